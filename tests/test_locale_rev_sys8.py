"""A non-UTF-8 locale (LC_ALL=C with PYTHONUTF8=0) decodes a valid UTF-8 name as surrogates: the name's bytes,
not the decoded text, decide whether it is UTF-8 – finding 6 of rev-sys8 („Łęczna.yaml” was „bytes outside
UTF-8 – rename it”, and no case with a Polish name could be made)."""

from __future__ import annotations

import os

from pismo.files.output import name_problem


def test_a_utf8_name_decoded_by_an_ascii_locale_is_a_good_name():
    as_ascii_locale = "Łęczna".encode("utf-8").decode("ascii", "surrogateescape")
    assert name_problem(as_ascii_locale) is None


def test_bytes_that_are_not_utf8_are_still_named():
    assert "spoza UTF-8" in name_problem("\u0141".encode("cp1250").decode("utf-8", "surrogateescape") + "x")
    assert "spoza UTF-8" in name_problem(os.fsdecode(b"\xb3\xb9ka"))


def test_the_other_rules_see_the_true_name():
    """The rules after it (length, Windows' names) look at the name as its bytes spell it."""
    dotted = "łąka.".encode("utf-8").decode("ascii", "surrogateescape")
    assert "kropką" in name_problem(dotted)
