"""The example cases without their hand-typed forms: pismo derives them from the dictionary,
lists each for confirmation, writes them back on request (`pismo odmien`), and the documents
are the same as with the typed forms."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from corpus import document_text
from pismo.cli.main import main
from pismo.documents.kinds import REGISTRY
from pismo.render.engine import TemplateSet
from pismo.documents.generate import collect, render
from pismo.case.loader import load_case

ROOT = Path(__file__).resolve().parents[1]
CASES = sorted((ROOT / "cases").glob("*.yaml"))
TEMPLATES = TemplateSet()
# every form pismo can derive: genitives, the meeting place's locative, genders, salutations, unused forms
TYPED = re.compile(r"\n *(dopelniacz|narzednik|plec|powitanie|miejscownik): [^\n]*")


def _stripped(path: Path, tmp_path: Path) -> Path:
    text = TYPED.sub("", path.read_text(encoding="utf-8"))
    assert text != path.read_text(encoding="utf-8")
    out = tmp_path / path.name
    out.write_text(text, encoding="utf-8")
    return out


def _documents(path: Path) -> dict[str, str]:
    case = load_case(path)
    return {r.item.filename: (document_text(r.data) if r.item.template else r.data.decode("utf-8"))
            for r in render(collect(case, REGISTRY.names(main_only=True)), TEMPLATES)}


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_documents_same_without_typed_forms(path: Path, tmp_path: Path):
    typed, derived = _documents(path), _documents(_stripped(path, tmp_path))
    assert typed.keys() == derived.keys()
    for name in typed:
        assert derived[name] == typed[name], f"{name}: dokument różni się bez wpisanych form"


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_every_derived_form_is_listed(path: Path, tmp_path: Path):
    stripped = _stripped(path, tmp_path)
    case = load_case(stripped)
    fields = {w.field for w in case.warnings}
    assert "jednostka.nazwa.dopelniacz" in fields and "osoby.dzielnicowy.plec" in fields
    assert all(d.loc for d in case.derived)
    assert len(case.derived) == len([w for w in case.warnings if "ze słownika" in w.message])
    result = CliRunner().invoke(main, ["sprawdz", str(stripped)])
    assert result.exit_code == 0, result.output
    unit = case.sprawa.jednostka.nazwa.dopelniacz
    assert f"jednostka.nazwa.dopelniacz: ostrzeżenie: odmiana ze słownika: {unit} – potwierdź albo wpisz własną" \
        in result.output


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_odmien_writes_forms_and_keeps_the_rest(path: Path, tmp_path: Path):
    stripped = _stripped(path, tmp_path)
    before = stripped.read_text(encoding="utf-8")
    result = CliRunner().invoke(main, ["odmien", str(stripped)])
    assert result.exit_code == 0, result.output
    after = stripped.read_text(encoding="utf-8")
    kept = [line for line in after.split("\n") if "# ze słownika – sprawdź" not in line]
    assert [line for line in before.split("\n") if line not in kept] == []  # every line and comment kept
    case = load_case(stripped)
    assert [str(w) for w in case.warnings] == []  # nothing left to confirm: the forms are typed now
    assert _documents(stripped) == _documents(path)
    again = CliRunner().invoke(main, ["odmien", str(stripped)])
    assert "brak form do uzupełnienia" in again.output and stripped.read_text(encoding="utf-8") == after


def test_typed_form_wins(tmp_path: Path):
    path = CASES[0]
    text = path.read_text(encoding="utf-8").replace(
        "dopelniacz: Komendy Powiatowej Policji w Łęcznej", "dopelniacz: Komendy Powiatowej Policji W ŁĘCZNEJ")
    case_file = tmp_path / "sprawa.yaml"
    case_file.write_text(text, encoding="utf-8")
    case = load_case(case_file)
    assert case.sprawa.jednostka.nazwa.dopelniacz == "Komendy Powiatowej Policji W ŁĘCZNEJ"
    assert not case.derived


def test_short_name_becomes_mapping(tmp_path: Path):
    case_file = _stripped(CASES[0], tmp_path)
    text = case_file.read_text(encoding="utf-8").replace(
        "  wydzial:\n    mianownik: Wydział Prewencji\n", "  wydzial: Wydział Prewencji   # komórka\n")
    case_file.write_text(text, encoding="utf-8")
    CliRunner().invoke(main, ["odmien", str(case_file)])
    assert ("  wydzial:  # komórka\n    mianownik: Wydział Prewencji\n"
            "    dopelniacz: Wydziału Prewencji  # ze słownika – sprawdź\n") in case_file.read_text(encoding="utf-8")


def test_unknown_first_name_is_flagged_not_defaulted(tmp_path: Path):
    text = CASES[0].read_text(encoding="utf-8").replace(
        "    imie_nazwisko: Marek Przykładowy\n    plec: M\n", "    imie_nazwisko: Kim Przykładowy\n")
    case_file = tmp_path / "sprawa.yaml"
    case_file.write_text(text, encoding="utf-8")
    case = load_case(case_file)
    assert case.sprawa.osoby.dzielnicowy.plec is None
    flagged = [w for w in case.warnings if w.field == "osoby.dzielnicowy.plec"]
    assert flagged and "„Kim”" in flagged[0].message and "plec: M" in flagged[0].message
    with pytest.raises(Exception) as info:
        collect(case, ["plan"])
    assert "osoby.dzielnicowy.plec" in str(info.value)


def test_odmien_refuses_a_broken_case_and_leaves_it(tmp_path: Path):
    case_file = _stripped(CASES[0], tmp_path)
    broken = case_file.read_text(encoding="utf-8").replace("  numer: 3", "  numer: trzy")
    case_file.write_text(broken, encoding="utf-8")
    result = CliRunner().invoke(main, ["odmien", str(case_file)])
    assert result.exit_code == 1 and "rejon.numer" in result.output and "Traceback" not in result.output
    assert case_file.read_text(encoding="utf-8") == broken


def test_odmien_keeps_bom_and_windows_line_ends(tmp_path: Path):
    case_file = _stripped(CASES[0], tmp_path)
    raw = b"\xef\xbb\xbf" + case_file.read_text(encoding="utf-8").replace("\n", "\r\n").encode("utf-8")
    case_file.write_bytes(raw)
    assert CliRunner().invoke(main, ["odmien", str(case_file)]).exit_code == 0
    after = case_file.read_bytes()
    assert after.startswith(b"\xef\xbb\xbf") and b"\n" not in after.replace(b"\r\n", b"")
    assert b"dopelniacz: Komendy Powiatowej Policji w \xc5\x81\xc4\x99cznej  # ze s" in after
    assert load_case(case_file).warnings == []


def test_odmien_quotes_what_yaml_would_misread(tmp_path: Path):
    from pismo.morph.writeback import scalar

    for value in ("Szanowny Panie Burmistrzu,", "M", "Komendy Powiatowej Policji w Łęcznej", "true", "12",
                  "a: b", "#1", "- x", "„Batory” oraz „Wspólnota”", " x"):
        import yaml

        assert yaml.safe_load(f"k: {scalar(value)}") == {"k": value}, value


def test_odmien_writes_through_a_link_to_the_case_and_refuses_a_shared_file(tmp_path: Path):
    """A case file that is a symbolic link was replaced by a copy (the real case got nothing); one with a second
    name (a hard link) was split silently."""
    import os

    real = _stripped(CASES[0], tmp_path)
    link = tmp_path / "skrot.yaml"
    link.symlink_to(real)
    before = real.read_text(encoding="utf-8")
    assert CliRunner().invoke(main, ["odmien", str(link)]).exit_code == 0
    assert link.is_symlink() and real.read_text(encoding="utf-8") != before
    assert "dopelniacz:" in real.read_text(encoding="utf-8")
    (tmp_path / "drugi").mkdir()
    second = _stripped(CASES[0], tmp_path / "drugi")
    os.link(second, tmp_path / "druga-nazwa.yaml")
    kept = second.read_bytes()
    result = CliRunner().invoke(main, ["odmien", str(second)])
    assert result.exit_code == 1 and "dowiązania twarde" in result.output, result.output
    assert second.read_bytes() == kept == (tmp_path / "druga-nazwa.yaml").read_bytes()


# --- rev-files7 finding 3: odmien racing a save of the case file -----------------------------------------

def _saved_over(path: Path, text: str) -> None:
    """An editor's save: a new file takes the name at once."""
    temporary = path.with_name(path.name + ".edytor")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)


def test_odmien_refuses_when_the_case_file_is_saved_while_it_reads(tmp_path: Path, monkeypatch):
    import pismo.case.loader as loader

    case_file = _stripped(CASES[0], tmp_path)
    saved = case_file.read_text(encoding="utf-8").replace("\n", "\n# zapisane w edytorze\n", 1)
    real = loader.load_case

    def saving_meanwhile(*args, **kwargs):
        case = real(*args, **kwargs)
        _saved_over(case_file, saved)
        return case

    monkeypatch.setattr(loader, "load_case", saving_meanwhile)
    result = CliRunner().invoke(main, ["odmien", str(case_file)])
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert "plik sprawy zmienił się w czasie" in result.output and "nic nie wpisano" in result.output, result.output
    assert case_file.read_text(encoding="utf-8") == saved


def test_odmien_never_throws_away_a_save_that_comes_while_it_writes(tmp_path: Path, monkeypatch):
    import os

    case_file = _stripped(CASES[0], tmp_path)
    saved = case_file.read_text(encoding="utf-8").replace("\n", "\n# zapisane w edytorze\n", 1)
    real, done = os.fsync, []

    def saving_meanwhile(handle):
        real(handle)
        if not done:
            done.append(True)
            _saved_over(case_file, saved)  # as odmien's new text goes to disk

    monkeypatch.setattr(os, "fsync", saving_meanwhile)
    result = CliRunner().invoke(main, ["odmien", str(case_file)])
    assert result.exit_code != 0 and "plik sprawy zmienił się w czasie" in result.output, result.output
    assert case_file.read_text(encoding="utf-8") == saved
