"""click 8.1's colorama wrapper must not act on escape sequences before pismo's sanitiser shows them."""

import click.utils

from pismo.cli import click_pl


def test_colorama_wrapper_of_click_8_1_is_switched_off(monkeypatch):
    wrapped = []
    monkeypatch.setattr(click.utils, "auto_wrap_for_ansi", lambda stream, color=None: wrapped.append(stream) or stream,
                        raising=False)
    click_pl._no_console_wrapper()
    assert click.utils.auto_wrap_for_ansi is None


def test_click_without_the_wrapper_is_left_as_it_is(monkeypatch):
    monkeypatch.delattr(click.utils, "auto_wrap_for_ansi", raising=False)
    click_pl._no_console_wrapper()
    assert getattr(click.utils, "auto_wrap_for_ansi", None) is None
