"""Security: malicious templates, unsafe YAML, output paths that try to escape, no network.

A unit's own template and a case file are untrusted input: neither may run code,
read files, reach Python internals or write anywhere but the output folder.
"""

from __future__ import annotations

import ast
import datetime as dt
import socket
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from click.testing import CliRunner

from helpers import LECZNA, WRZOSOGROD, paragraphs
from pismo import blueprints, ooxml
from pismo.cli import main
from pismo.engine import BUILTIN_DIR, Template, TemplateError
from pismo.loader import load_case
from pismo.output import OutputError, subfolder, write_all
from pismo.problems import CaseError

SRC = Path(__file__).resolve().parents[1] / "src" / "pismo"
PASSWD = Path("/etc/passwd")


def run(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert "Traceback" not in result.output
    return result


def malicious_template(folder: Path, injected: str, name: str = "plan.docx") -> Path:
    """The built-in template with jinja injected where it prints „ZATWIERDZAM”."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    with zipfile.ZipFile(BUILTIN_DIR / name) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                assert b"ZATWIERDZAM" in data
                data = data.replace(b"ZATWIERDZAM", escape(injected).encode("utf-8"))
            out.writestr(info, data)
    return path


# --- templates -----------------------------------------------------------------------------------

ATTACKS = {
    "{{ ''.__class__.__mro__ }}": "dostęp do „__class__” jest zablokowany",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}": "dostęp do „__class__” jest zablokowany",
    "{{ self.__init__.__globals__ }}": "dostęp do „__init__” jest zablokowany",
    "{{ cycler.__init__.__globals__.os }}": "dostęp do „__init__” jest zablokowany",
    "{{ namespace.__init__.__globals__ }}": "dostęp do „__init__” jest zablokowany",
    "{{ joiner.__init__.__globals__ }}": "dostęp do „__init__” jest zablokowany",
    "{{ lipsum.__globals__['os'].popen('id').read() }}": "dostęp do „__globals__” jest zablokowany",
    "{{ rejon.__class__.__base__ }}": "dostęp do „__class__” jest zablokowany",
    "{{ '{0.__class__}'.format(rejon) }}": "dostęp do „__class__” jest zablokowany",
    "{{ rejon|attr('__class__') }}": "dostęp do „__class__” jest zablokowany",
    "{{ config }}": "zmienna „config” nie istnieje",
    "{{ request }}": "zmienna „request” nie istnieje",
    "{% import 'x' as y %}": "znacznik „{% import %}” jest niedozwolony",
    "{% from 'x' import y %}": "znacznik „{% from … import %}” jest niedozwolony",
    "{% include '/etc/passwd' %}": "znacznik „{% include %}” jest niedozwolony",
    "{% extends '/etc/passwd' %}": "znacznik „{% extends %}” jest niedozwolony",
    "{{ 'x' * 1000000000 }}": "powielony tekst lub lista byłyby zbyt długie",
    "{{ [0] * 1000000000 }}": "powielony tekst lub lista byłyby zbyt długie",
    "{{ 2 ** 100000000 }}": "wykładnik potęgi 100000000 jest zbyt duży",
    "{% for i in range(1000000000) %}{% endfor %}": "zakres range() jest zbyt duży",
}


@pytest.mark.parametrize("attack", list(ATTACKS))
def test_malicious_template_is_refused_with_nothing_written(tmp_path, attack):
    template = malicious_template(tmp_path / "szablony", attack)
    out = tmp_path / "out"
    started = time.monotonic()
    result = run("plan", LECZNA, "--szablony", tmp_path / "szablony", "-o", out)
    assert time.monotonic() - started < 10
    assert result.exit_code == 1, result.output
    assert f"szablon {template}, treść: " in result.output and ATTACKS[attack] in result.output
    assert "nie utworzono dokumentów" in result.output
    assert not out.exists() or not any(out.rglob("*"))
    if PASSWD.exists():
        assert "root:" not in result.output


@pytest.mark.parametrize("tag", ["{% include '/etc/passwd' %}", "{% import 'os' as os %}"])
def test_template_check_refuses_file_loading_tags(tmp_path, tag):
    malicious_template(tmp_path / "szablony", tag)
    result = run("szablony", "sprawdz", tmp_path / "szablony")
    assert result.exit_code == 1
    assert "plan.docx: treść: znacznik „{% " in result.output and "jest niedozwolony" in result.output


def test_file_contents_never_reach_a_document():
    body = blueprints.p("{% include '/etc/passwd' %}") + blueprints.p("{{ tekst }}")
    with pytest.raises(TemplateError, match="include"):
        Template("proba.docx", ooxml.docx_bytes(body, "Próba")).render({"tekst": "x"}, "T", "J", dt.date(2025, 1, 1))


def test_data_cannot_smuggle_template_code(tmp_path):
    """Tags inside case data are printed literally, never executed (the case is data)."""
    case = tmp_path / "sprawa.yaml"
    case.write_text(LECZNA.read_text(encoding="utf-8").replace(
        "Za pośrednictwem lokalnych mediów.", "\"{{ cycler.__init__.__globals__.os.system('id') }} {% include '/etc/passwd' %}\""),
        encoding="utf-8")
    result = run("informacja", case, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    text = " ".join(paragraphs((tmp_path / "out" / "sprawa" / "informacja.docx").read_bytes()))
    assert "{{ cycler.__init__.__globals__.os.system('id') }} {% include '/etc/passwd' %}" in text.replace("\u00a0", " ")
    assert "root:" not in text


# --- case files ----------------------------------------------------------------------------------

@pytest.mark.parametrize("value", [
    '!!python/object/apply:os.system ["touch {marker}"]',
    '!!python/object/new:os.system ["touch {marker}"]',
    "!!python/name:os.system",
    "!!python/module:os",
    "!!python/tuple [3, 4]",
    "!!binary dGVzdA==",
    "!!set {{3: null}}",
    "!wlasny 3",
])
def test_yaml_tags_are_refused_and_never_constructed(tmp_path, value):
    marker = tmp_path / "wykonano"
    case = tmp_path / "sprawa.yaml"
    case.write_text(LECZNA.read_text(encoding="utf-8").replace("  numer: 3\n", f"  numer: {value.format(marker=marker)}\n"),
                    encoding="utf-8")
    with pytest.raises(CaseError) as error:
        load_case(case)
    assert "znacznik" in str(error.value) and "rejon.numer" in str(error.value)
    assert not marker.exists()


# --- output paths --------------------------------------------------------------------------------

ESCAPING_NAMES = ["../../etc/x", "../x.docx", "/tmp/x.docx", "..\\x.docx", "a/b.docx", "a\0b.docx", "", ".", "..",
                  ".ukryty.docx", "x" * 300 + ".docx", "za\nwniosek.docx"]


@pytest.mark.parametrize("name", ESCAPING_NAMES)
def test_file_names_cannot_leave_the_output_folder(tmp_path, name):
    folder = tmp_path / "root" / "sprawa"
    with pytest.raises(OutputError, match="niedozwolona nazwa pliku wynikowego"):
        write_all(folder, [("dobry.docx", b"PK"), (name, b"zlosliwy")])
    assert not (tmp_path / "root").exists()  # refused before anything is created
    assert not any(p.is_file() for p in tmp_path.rglob("*"))


@pytest.mark.parametrize("name", ["..", ".", "", "../sprawa", "a/b", "..\\x"])
def test_case_folder_names_are_confined(tmp_path, name):
    with pytest.raises(OutputError, match="niedozwolona nazwa folderu sprawy"):
        subfolder(tmp_path, name)


@pytest.mark.parametrize("filename", ["...yaml", "..yaml"])
def test_case_file_named_like_a_parent_folder_is_refused(tmp_path, filename):
    source = tmp_path / "sprawy" / filename
    source.parent.mkdir()
    source.write_text(LECZNA.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "a" / "b"
    result = run("plan", source, "-o", out)
    assert result.exit_code == 1 and f"„{filename}”" in result.output
    assert not [p for p in tmp_path.rglob("*") if p.is_file() and p.parent.name != "sprawy"]


@pytest.mark.parametrize("name", ["..", "."])
def test_output_refuses_a_case_folder_outside_even_when_the_loader_lets_it_pass(tmp_path, monkeypatch, name):
    from pismo.loader import Case

    monkeypatch.setattr(Case, "name", property(lambda self: name))
    out = tmp_path / "a" / "b"
    result = run("plan", LECZNA, "-o", out)
    assert result.exit_code == 1 and "niedozwolona nazwa folderu sprawy" in result.output
    assert not [p for p in tmp_path.rglob("*") if p.is_file()]


@pytest.mark.parametrize("overwrite", [[], ["--nadpisz"]])
def test_symlink_in_the_output_folder_is_never_written_through(tmp_path, overwrite):
    elsewhere = tmp_path / "gdzie-indziej" / "wazny.docx"
    elsewhere.parent.mkdir()
    elsewhere.write_bytes(b"cudzy plik")
    folder = tmp_path / "out" / "leczna-rejon-3-2025"
    folder.mkdir(parents=True)
    (folder / "plan.docx").symlink_to(elsewhere)
    (folder / "informacja.docx").symlink_to(tmp_path / "nie-istnieje.docx")  # dangling
    for kind, link in (("plan", "plan.docx"), ("informacja", "informacja.docx")):
        result = run(kind, LECZNA, "-o", tmp_path / "out", *overwrite)
        assert result.exit_code == 1
        assert f"{folder / link}: to dowiązanie symboliczne" in result.output and "nic nie zapisano" in result.output
        assert (folder / link).is_symlink()
    assert elsewhere.read_bytes() == b"cudzy plik" and not (tmp_path / "nie-istnieje.docx").exists()


# --- no network ----------------------------------------------------------------------------------

NETWORK_MODULES = {"socket", "ssl", "http", "urllib", "urllib3", "requests", "httpx", "aiohttp", "ftplib", "smtplib",
                   "poplib", "imaplib", "telnetlib", "xmlrpc", "socketserver", "webbrowser"}


def test_no_module_imports_a_network_library():
    found = []
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else [])
            found += [f"{path.relative_to(SRC)}: {n}" for n in names if n.split(".")[0] in NETWORK_MODULES]
    assert found == []


def test_generation_touches_no_network(tmp_path, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("próba połączenia sieciowego")

    for name in ("socket", "create_connection", "getaddrinfo", "gethostbyname", "socketpair"):
        monkeypatch.setattr(socket, name, no_network)
    result = run("wszystko", LECZNA, WRZOSOGROD, "-o", tmp_path / "out", "-j", "1")
    assert result.exit_code == 0, result.output
    for kind in ("plan", "informacja"):
        assert run(kind, WRZOSOGROD, "--publikacja", "-o", tmp_path / "out").exit_code == 0
    assert run("szablony", "sprawdz").exit_code == 0
    assert len(list((tmp_path / "out").rglob("*.docx"))) > 20
