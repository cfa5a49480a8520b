"""The case file's messages: the twenty-first messages review (rev-msg21) of issue 17, third part – a field between
two levels, a list's item pasted at the line's start. Each case is the Wrzosogród example with a line changed; each
fix the message offers is applied and must pass the check."""

from __future__ import annotations

import pytest

from example_edits import checked as _check, edited


def _only_error(report):
    assert len(report.errors) == 1, [(e.line, e.column, e.message) for e in report.errors]
    return report.errors[0]


# --- 7: a field one space too deep after a nested group ------------------------------------------------------------

@pytest.mark.parametrize("new", ["     partnerzy: [urzad-miejski]", "     partnerzy: urzad-miejski"])
def test_a_field_between_its_groups_level_and_the_nested_groups_is_told_to_lose_a_space(new):
    """Finding 7 of rev-msg21: „partnerzy” at 5 spaces after „termin:” (4) and its „do:” (6) was told to quote its
    „[…]” or got the generic „sprawdź wcięcia pól”."""
    error = _only_error(_check((144, "    partnerzy: [urzad-miejski]", new)))
    assert (error.line, error.column) == (144, 6)
    assert error.message == (
        "błąd składni YAML: pole „partnerzy” ma większe wcięcie (5 spacji) niż pole „termin” tej samej grupy w "
        "wierszu 142 (4 spacje), a mniejsze niż pola w grupie „termin” (6 spacji), więc YAML nie wie, do której grupy "
        "należy – usuń 1 spację przed „partnerzy:”, by stało w tej samej kolumnie co „termin:”")


def test_the_field_moved_as_told_passes():
    from pismo import api

    text = edited((144, "    partnerzy: [urzad-miejski]", "     partnerzy: [urzad-miejski]"))
    fixed = text.replace("\n     partnerzy: [urzad-miejski]", "\n    partnerzy: [urzad-miejski]", 1)
    assert not api.check(fixed, name="sprawa.yaml").errors


def test_a_list_under_the_field_is_told_the_same():
    error = _only_error(_check((144, "    partnerzy: [urzad-miejski]", "     partnerzy:\n      - urzad-miejski")))
    assert "usuń 1 spację przed „partnerzy:”" in error.message


# --- 12: a list's item pasted with its indentation lost ------------------------------------------------------------

_LAST = "  - Informowanie podczas spotkań z mieszkańcami."


@pytest.mark.parametrize("new, depth, more", [("- Informowanie podczas spotkań z mieszkańcami.", 0, 2),
                                              (" - Informowanie podczas spotkań z mieszkańcami.", 1, 1)])
def test_a_list_item_with_less_indentation_than_its_list_is_told_how_to_indent_it(new, depth, more):
    """Finding 12 of rev-msg21: the item at the line's start was told „nieprawidłowe wcięcie albo brak dwukropka –
    sprawdź wcięcia pól tego samego poziomu” – no field and no colon is at fault."""
    error = _only_error(_check((284, _LAST, new)))
    assert (error.line, error.column) == (284, depth + 1)
    spaces = {0: "0 spacji", 1: "1 spacja"}[depth]
    added = {2: "2 spacje", 1: "1 spację"}[more]
    assert error.message == (
        f"błąd składni YAML: ten punkt listy „informowanie” ma mniejsze wcięcie ({spaces}) niż jej punkty powyżej "
        f"(2 spacje, wiersz 283), więc YAML nie czyta go już jako punktu tej listy – dodaj {added} przed „-”, by stał "
        "w tej samej kolumnie co „-” w wierszu 283")
    assert not _check((284, _LAST, _LAST)).errors  # the item indented as told


def test_a_list_starting_at_its_keys_column_is_no_slip():
    """„informowanie:” with its items at the line's start is right YAML: nothing to tell."""
    lines = [(281 + i, "  - ", "- ") for i in range(4)]
    assert not _check(*lines).errors
