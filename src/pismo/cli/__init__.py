"""The `pismo` command: thin click wrappers over pismo.api (main: the entry point around the command group)."""

from __future__ import annotations


def main() -> None:
    """The console entry point: Ctrl+C held back until the command runs, tolerant streams, then the group."""
    import _signal  # built in, so nothing is imported before Ctrl+C is held back (`signal` imports enum)

    pressed: list[bool] = []
    if _signal.getsignal(_signal.SIGINT) != _signal.SIG_IGN:  # ignored by whoever started pismo (a background job
        _signal.signal(_signal.SIGINT, lambda *_: pressed.append(True))  # `pismo … &`): stays so (console)
    try:
        _hold_back(_signal, pressed)
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


def _hold_back(_signal, pressed: list[bool]) -> None:
    """Ctrl+\\, a closed terminal, a kill held back as Ctrl+C is until the command runs: Ctrl+\\ in the first
    moments ended pismo with 131 and the shell's „Quit” (rev-sys12 #18). A signal ignored by whoever started pismo
    (nohup, a background job) stays ignored."""
    from pismo.errors import STOPPING  # os and unicodedata only

    for name in STOPPING[1:]:  # SIGINT: already held back
        number = getattr(_signal, name, None)
        if number is not None and _signal.getsignal(number) != _signal.SIG_IGN:
            _signal.signal(number, lambda *_: pressed.append(True))


__all__ = ["main"]
