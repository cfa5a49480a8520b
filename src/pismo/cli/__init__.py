"""The `pismo` command: thin click wrappers over pismo.api (main: the entry point around the command group)."""

from __future__ import annotations


def main() -> None:
    """The console entry point: Ctrl+C held back until the command runs, tolerant streams, then the group."""
    import _signal  # built in, so nothing is imported before Ctrl+C is held back (`signal` imports enum)

    pressed: list[bool] = []
    _signal.signal(_signal.SIGINT, lambda *_: pressed.append(True))
    try:
        from pismo.cli import console

        console.defer_interrupt(pressed)
        console.tolerant_streams()
        console.report_stream()
        from pismo.cli.main import main as command

        try:
            command()
        except SystemExit as exit_:
            console.report_lost(exit_.code)
            raise
    except KeyboardInterrupt:  # before the group runs (imports, arguments): the group says it itself later
        console.interrupted()


__all__ = ["main"]
