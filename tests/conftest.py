"""What every test module shares: one way to run the `pismo` command in-process."""

from __future__ import annotations

from click.testing import CliRunner


def run(*args):
    """`pismo ARGS…` in-process; its Result. A crash (any exception but the command's own exit) fails the test."""
    from pismo.cli.main import main

    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert "Traceback" not in result.output
    return result
