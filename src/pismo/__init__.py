"""pismo: documents of a community police officer's priority action plan."""

__version__ = "0.1.0"
