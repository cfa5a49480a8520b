"""The `pismo` command: thin click wrappers over pismo.api (main: the command group)."""

from pismo.cli.main import main

__all__ = ["main"]
