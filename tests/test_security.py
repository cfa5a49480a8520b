"""Security: malicious templates, unsafe YAML, output paths that try to escape, no network.

A unit's own template and a case file are untrusted input: neither may run code,
read files, reach Python internals or write anywhere but the output folder.
"""

from __future__ import annotations

import ast
import datetime as dt
import json
import socket
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from conftest import run

try:
    import resource
except ImportError:  # Windows
    resource = None

from helpers import LECZNA, WRZOSOGROD, paragraphs
from pismo.render import blueprints, ooxml
from pismo.render.engine import BUILTIN_DIR, Template, TemplateError
from pismo.case.loader import load_case
from pismo.files.output import OutputError, subfolder, write_all
from pismo.case.problems import CaseError

SRC = Path(__file__).resolve().parents[1] / "src" / "pismo"
PASSWD = Path("/etc/passwd")




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
    "{{ lipsum.__globals__['os'].popen('id').read() }}": "zmienna „lipsum” nie istnieje",
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
    """Each refused by the guard its message names, before the work it guards (not by the clock)."""
    template = malicious_template(tmp_path / "szablony", attack)
    out = tmp_path / "out"
    result = run("plan", LECZNA, "--szablony", tmp_path / "szablony", "-o", out)
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
    from pismo.case.loader import Case

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


# pismo serwer is the one module that serves (on loopback only) and opens the user's browser.
# urllib.parse only splits and quotes strings: the web app reads its query, the server a --host typed as a browser
# address, the public version and the scrubber a link they scrub (a query's „+” and %-escapes read as text)
SERVING = {"web/server.py": {"webbrowser", "socket", "urllib.parse"}, "web/app.py": {"urllib.parse"},
           "render/public.py": {"urllib.parse"}, "publication/redact.py": {"urllib.parse"},
           "typed.py": {"urllib.parse"}}  # a percent-encoded file name („Plan%20…”) is no cmd.exe variable


def test_no_module_imports_a_network_library():
    found = []
    for path in sorted(SRC.rglob("*.py")):
        allowed = SERVING.get(path.relative_to(SRC).as_posix(), set())
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else [])
            found += [f"{path.relative_to(SRC)}: {n}" for n in names
                      if n.split(".")[0] in NETWORK_MODULES and n not in allowed]
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


# --- templates that would run for ever or fill the memory ----------------------------------------

CONFINED = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (512 * 2**20, 512 * 2**20))
from pismo.render import sandbox
sandbox.MAX_SECONDS = float(sys.argv.pop(1))
from pismo.cli.main import main
main(sys.argv[1:], prog_name="pismo")
"""


def run_confined(*args, seconds: float = 1.0) -> subprocess.CompletedProcess:
    """pismo in a child process limited to 512 MB, with the time limit lowered: a failing guard cannot hurt.
    The timeout is a safety net against a guard that fails (minutes of work), not a measure of speed."""
    if resource is None:
        pytest.skip("resource limits are POSIX only")
    return subprocess.run([sys.executable, "-c", CONFINED, str(seconds), *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def assert_template_refused(result, template: Path, *fragments: str) -> None:
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert f"szablon {template}, treść: " in result.stderr, result.stderr
    for fragment in fragments:
        assert fragment in result.stderr, result.stderr


ENDLESS = {
    "nested-loops": "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
    "macro-twice-per-level": "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}{{ f(60) }}",
    "filter-in-a-loop": "{% for i in range(100000) %}{% for j in range(100000) %}{{ i|string|length }}{% endfor %}{% endfor %}",
}


@pytest.mark.parametrize("attack", sorted(ENDLESS))
def test_endless_template_stops_at_the_time_limit(tmp_path, attack):
    """Stopped by the deadline its message names; without it the child would run until run_confined's safety
    net (no bound in seconds here: they failed on a loaded machine)."""
    template = malicious_template(tmp_path / "szablony", ENDLESS[attack])
    result = run_confined("plan", LECZNA, "--szablony", tmp_path / "szablony", "-o", tmp_path / "out", seconds=0.3)
    assert_template_refused(result, template, "przekroczono limit czasu wypełniania szablonu (0.3 s)",
                            "sprawdź pętle")
    assert not (tmp_path / "out").exists()


HUNGRY = {  # each would build hundreds of megabytes; refused before it does
    "{{ rejon|center(500000000) }}": "liczba 500000000 jest zbyt duża dla „center”",
    "{{ rejon|indent(500000000) }}": "liczba 500000000 jest zbyt duża dla „indent”",
    "{{ 'a'.ljust(500000000) }}": "liczba 500000000 jest zbyt duża dla „ljust”",
    "{{ '%500000000d' % 1 }}": "szerokość pola 500000000 jest zbyt duża",
    "{{ '%*d' % (500000000, 1) }}": "liczba 500000000 jest zbyt duża",
    "{{ '%500000000d'|format(1) }}": "szerokość pola 500000000 jest zbyt duża",
    "{{ '{:500000000}'.format(1) }}": "szerokość pola 500000000 jest zbyt duża",
    "{{ '{:{}}'.format(1, 500000000) }}": "szerokość pola 500000000 jest zbyt duża",
    "{% set ns = namespace(a='x' * 100000) %}{% for i in range(30) %}{% set ns.a = ns.a ~ ns.a %}{% endfor %}":
        "tekst byłby zbyt długi",
    "{% set ns = namespace(a='x' * 100000) %}{% for i in range(30) %}{% set ns.a = ns.a + ns.a %}{% endfor %}":
        "wynik byłby zbyt długi",
    "{{ ('x' * 100000)|replace('', 'y' * 100000) }}": "wynik byłby zbyt długi",
    "{{ ('x' * 100000).replace('', 'y' * 100000) }}": "wynik byłby zbyt długi",
    "{{ ('x' * 100000).join('y' * 100000) }}": "wynik byłby zbyt długi",
    "{{ range(100000)|map('string')|join('y' * 10000) }}": "wynik byłby zbyt długi",
    "{{ ('y' * 10000).join(range(100000)|map('string')) }}": "wynik byłby zbyt długi",
    "{% set f = '{0}' * 30000 %}{{ f.format('x' * 1000) }}": "wynik byłby zbyt długi",
    "{% set f = '%(a)s' * 20000 %}{{ f % {'a': 'x' * 100000} }}": "wynik byłby zbyt długi",
    "{{ [1]|tojson(indent=500000000) }}": "liczba 500000000 jest zbyt duża dla „tojson”",
    "{{ ['x' * 100000] * 100000 }}": "powielony tekst lub lista byłyby zbyt długie",
    "{% for i in range(100000) %}{% for j in range(1000) %}" + "TEKST" * 100 + "{% endfor %}{% endfor %}":
        "dokument byłby zbyt długi",
    "{% macro m() %}{% for i in range(100000) %}" + "T" * 1000 + "{% endfor %}{% endmacro %}{{ m() }}":
        "dokument byłby zbyt długi",
    "{{ ((9 ** 100) ** 100) ** 100 }}": "wynik potęgowania byłby zbyt wielką liczbą",
    "{{ lipsum(100000) }}": "zmienna „lipsum” nie istnieje",
}


RENDER_EACH = """
import datetime as dt, json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (512 * 2**20, 512 * 2**20))
from pismo.render import blueprints, ooxml
from pismo.render.engine import Template, TemplateError
results = {}
for attack in json.load(sys.stdin):
    try:
        template = Template("proba.docx", ooxml.docx_bytes(blueprints.p(attack), "Próba"))
        template.render({"rejon": "Rejon 3"}, "T", "J", dt.date(2025, 1, 1))
        results[attack] = "wypełniono"
    except (TemplateError, MemoryError) as exc:
        results[attack] = f"{type(exc).__name__}: {exc}"
print(json.dumps(results))
"""


@pytest.fixture(scope="module")
def hungry_results() -> dict[str, str]:
    """Every HUNGRY template rendered in one child process limited to 512 MB."""
    if resource is None:
        pytest.skip("resource limits are POSIX only")
    child = subprocess.run([sys.executable, "-c", RENDER_EACH], input=json.dumps(list(HUNGRY)), capture_output=True,
                           text=True, timeout=120)
    assert child.returncode == 0, child.stderr
    return json.loads(child.stdout)


@pytest.mark.parametrize("attack", list(HUNGRY))
def test_template_cannot_exhaust_memory(hungry_results, attack):
    result = hungry_results[attack]
    assert result.startswith("TemplateError: szablon proba.docx, treść: ") and HUNGRY[attack] in result
    assert "zabrakło pamięci" not in result  # refused by the guard, not saved by the 512 MB limit


def test_memory_hungry_template_stops_the_command_with_nothing_written(tmp_path):
    template = malicious_template(tmp_path / "szablony", "{{ rejon|center(500000000) }}")
    result = run_confined("wszystko", LECZNA, "--szablony", tmp_path / "szablony", "-o", tmp_path / "out", seconds=10)
    assert_template_refused(result, template, "liczba 500000000 jest zbyt duża dla „center”", "nie utworzono dokumentów")
    assert not (tmp_path / "out").exists()


def test_ordinary_template_code_passes_the_guards():
    body = blueprints.p("{{ '%05d' % 3 }}|{{ '{:>6}'.format('a') }}|{{ 'a b'|replace(' ', '-') }}|"
                        "{% for x in [1, 2] %}{{ loop.index }}/{{ loop.length }} {% endfor %}|{{ [1, 2]|join(', ') }}|"
                        "{{ '{}'.format(1500000) }}|{{ 1500000|default(0) }}|{{ ('ab' ~ 'c')|center(7) }}|"
                        "{{ '-'.join([1, 2]|map('string')) }}")
    data = Template("proba.docx", ooxml.docx_bytes(body, "Próba")).render({}, "T", "J", dt.date(2025, 1, 1))
    assert paragraphs(data)[0] == "00003|     a|a-b|1/2 2/2 |1, 2|1500000|1500000|  abc  |1-2"


def test_a_failure_without_a_message_is_still_explained():
    from pismo.render.engine import explain_failure

    assert explain_failure(MemoryError()) == "zabrakło pamięci – szablon buduje zbyt duże wartości"
    assert "rekurencja" in explain_failure(RecursionError("maximum recursion depth exceeded"))
    assert explain_failure(KeyError()) == "słownik nie ma takiego klucza – popraw szablon; szczegóły techniczne: KeyError"
    assert explain_failure(TypeError("object of type 'Namespace' has no len()")).startswith(
        "wartość rodzaju „namespace()” nie ma długości")
    assert explain_failure(TypeError("a text Python may add later")).startswith(
        "działanie na wartości niewłaściwego rodzaju")


def test_endless_recursion_is_a_polish_message(tmp_path):
    template = malicious_template(tmp_path / "szablony", "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}")
    result = run("plan", LECZNA, "--szablony", tmp_path / "szablony", "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert f"szablon {template}, treść: błąd wypełniania szablonu (zbyt głęboka rekurencja" in result.output


TOO_DEEP = {
    "parentheses": "{{ " + "(" * 2000 + "1" + ")" * 2000 + " }}",
    "long-expression": "{{ " + "+".join(["1"] * 15000) + " }}",  # under the code bound: refused for its depth
    "nested-ifs": "{% if 1 %}" * 900 + "x" + "{% endif %}" * 900,  # under the tag bound: refused for its depth
    "nested-loops": "{% for i in [1] %}" * 30 + "x" + "{% endfor %}" * 30,
}
TOO_COMPLEX = "szablon jest zbyt złożony (zbyt głęboko zagnieżdżone znaczniki lub nawiasy albo zbyt długie wyrażenie)"


@pytest.mark.parametrize("attack", sorted(TOO_DEEP))
def test_too_deeply_nested_template_is_refused_without_a_traceback(tmp_path, attack):
    template = malicious_template(tmp_path / "szablony", TOO_DEEP[attack])
    result = run("plan", LECZNA, "--szablony", tmp_path / "szablony", "-o", tmp_path / "out")
    assert result.exit_code == 1 and f"szablon {template}, treść: {TOO_COMPLEX}" in result.output
    checked = run("szablony", "sprawdz", tmp_path / "szablony")
    assert checked.exit_code == 1 and f"plan.docx: treść: {TOO_COMPLEX}" in checked.output


def test_too_deeply_nested_template_in_a_parallel_batch(tmp_path):
    malicious_template(tmp_path / "szablony", TOO_DEEP["parentheses"])
    result = run("wszystko", LECZNA, WRZOSOGROD, "--szablony", tmp_path / "szablony", "-o", tmp_path / "out", "-j", "2")
    assert result.exit_code == 1 and result.output.count(TOO_COMPLEX) == 2


def test_constant_expressions_are_not_evaluated_while_compiling():
    """jinja folds constants at compile time: '%500000000d' % 1 would be built before any guard ran."""
    template = Template("proba.docx", ooxml.docx_bytes(blueprints.p("{{ '%500000000d' % 1 }}"), "Próba"))
    with pytest.raises(TemplateError, match="szerokość pola 500000000 jest zbyt duża"):
        template.render({}, "T", "J", dt.date(2025, 1, 1))


# --- what a template's package may carry ---------------------------------------------------------

def edited_template(path: Path, edits: dict[str, object], extra: dict[str, bytes] | None = None) -> Path:
    """The built-in plan.docx with parts edited (name → function of the text) and parts added."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(BUILTIN_DIR / "plan.docx") as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info).decode("utf-8")
            out.writestr(info.filename, edits[info.filename](data) if info.filename in edits else data)
        for name, data in (extra or {}).items():
            out.writestr(name, data)
    return path


IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
LINKS = {
    "single-quotes": f"<Relationship Id='rId99' Type='{IMAGE}' Target='http://przyklad.invalid/x.png' TargetMode='External'/>",
    "spaces": f'<Relationship Id="rId99" Type="{IMAGE}" Target="http://przyklad.invalid/x.png" TargetMode = "External" />',
    "lower-case": f'<Relationship Id="rId99" Type="{IMAGE}" Target="http://przyklad.invalid/x.png" TargetMode="external"/>',
    "entity-in-value": f'<Relationship Id="rId99" Type="{IMAGE}" Target="http://przyklad.invalid/x.png" '
                       'TargetMode="&#69;xternal"/>',
}


@pytest.mark.parametrize("kind", sorted(LINKS))
def test_external_link_is_found_however_it_is_written(tmp_path, kind):
    rels = "word/_rels/document.xml.rels"
    template = edited_template(tmp_path / "szablony" / "plan.docx",
                               {rels: lambda xml: xml.replace("</Relationships>", LINKS[kind] + "</Relationships>")})
    message = "odwołuje się do zasobu zewnętrznego „http://przyklad.invalid/x.png”"
    result = run("plan", LECZNA, "--szablony", template.parent, "-o", tmp_path / "out")
    assert result.exit_code == 1 and f"szablon {template}: {message}" in result.output
    assert run("szablony", "sprawdz", template.parent).output.count(message) == 1
    assert not (tmp_path / "out").exists()


def test_relationships_are_read_without_expanding_entities(tmp_path):
    bomb = ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
            '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d SYSTEM "file:///etc/passwd">]>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId9" Type="&c;" Target="&d;" TargetMode="External"/></Relationships>')
    template = edited_template(tmp_path / "plan.docx", {}, {"word/_rels/settings.xml.rels": bomb})
    with pytest.raises(TemplateError) as error:
        Template.from_path(template)
    assert "root:" not in str(error.value) and "aaaaaaaaaa" not in str(error.value)


PEOPLE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w15:people xmlns:w15="http://schemas.microsoft.com/'
          'office/word/2012/wordml"><w15:person w15:author="Jan Kowalski"><w15:presenceInfo w15:providerId="AD" '
          'w15:userId="jan.kowalski@policja.invalid"/></w15:person></w15:people>')
CUSTOM = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/'
          'officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
          'docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Autor">'
          '<vt:lpwstr>Jan Kowalski, tel. 600 100 200</vt:lpwstr></property></Properties>')


def with_author_parts(path: Path) -> Path:
    """plan.docx as Word saves it after editing: the people who edited it, custom properties, all registered."""
    types = ('<Override PartName="/word/people.xml" ContentType="application/vnd.openxmlformats-officedocument.'
             'wordprocessingml.people+xml"/><Override PartName="/docProps/custom.xml" ContentType="application/'
             'vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>')
    people = ("<Relationship Id='rId77' Type='http://schemas.microsoft.com/office/2011/relationships/people' "
              "Target='people.xml'/></Relationships>")
    custom = ('<Relationship Id="rId78" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
              'custom-properties" Target="/docProps/custom.xml"/></Relationships>')
    return edited_template(path, {
        "[Content_Types].xml": lambda xml: xml.replace("</Types>", types),
        "word/_rels/document.xml.rels": lambda xml: xml.replace("</Relationships>", people),
        "_rels/.rels": lambda xml: xml.replace("</Relationships>", custom),
    }, {"word/people.xml": PEOPLE, "docProps/custom.xml": CUSTOM})


def test_template_authors_data_never_reaches_a_document(tmp_path):
    import docx

    template = with_author_parts(tmp_path / "szablony" / "plan.docx")
    assert run("plan", LECZNA, "--szablony", template.parent, "-o", tmp_path / "out").exit_code == 0
    document = tmp_path / "out" / "leczna-rejon-3-2025" / "plan.docx"
    with zipfile.ZipFile(document) as archive:
        names = archive.namelist()
        everything = b"".join(archive.read(name) for name in names)
    assert "word/people.xml" not in names and "docProps/custom.xml" not in names
    assert b"Kowalski" not in everything and b"people" not in everything and b"custom" not in everything
    assert docx.Document(str(document)).paragraphs[0].text == "ZATWIERDZAM"  # still a valid package
    assert run("szablony", "sprawdz", template.parent).exit_code == 0


RUN = '<w:t xml:space="preserve">ZATWIERDZAM</w:t></w:r>'
REVISIONS = {
    "tracked-insertion": RUN + '<w:ins w:id="1" w:author="Jan Kowalski" w:date="2025-01-01T00:00:00Z">'
                               '<w:r><w:t>nowe</w:t></w:r></w:ins>',
    "tracked-deletion": RUN + '<w:del w:id="2" w:author = \'Jan Kowalski\'><w:r><w:delText>stare</w:delText></w:r></w:del>',
}


@pytest.mark.parametrize("kind", sorted(REVISIONS))
def test_template_with_tracked_changes_is_refused(tmp_path, kind):
    def edit(xml):
        assert RUN in xml
        return xml.replace(RUN, REVISIONS[kind])

    template = edited_template(tmp_path / "szablony" / "plan.docx", {"word/document.xml": edit})
    message = "zawiera komentarze albo śledzone zmiany (z nazwiskami ich autorów, część word/document.xml)"
    result = run("plan", LECZNA, "--szablony", template.parent, "-o", tmp_path / "out")
    assert result.exit_code == 1 and f"szablon {template}: {message}" in result.output
    assert "zaakceptuj lub odrzuć wszystkie zmiany" in result.output
    assert message in run("szablony", "sprawdz", template.parent).output


def test_template_with_comments_is_refused(tmp_path):
    comments = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="http://schemas.'
                'openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0" w:author="Jan Kowalski" '
                'w:initials="JK"><w:p><w:r><w:t>do poprawy</w:t></w:r></w:p></w:comment></w:comments>')
    template = edited_template(tmp_path / "szablony" / "plan.docx", {}, {"word/comments.xml": comments})
    result = run("plan", LECZNA, "--szablony", template.parent, "-o", tmp_path / "out")
    assert result.exit_code == 1 and "zawiera komentarze albo śledzone zmiany" in result.output
