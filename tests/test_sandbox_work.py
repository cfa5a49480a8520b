"""Filters and methods that run without returning to the sandbox: the deadline cannot stop them, so the
ones whose time grows faster than their input are refused before they run (issue 17, templates review).

Each attack below is small enough to finish in a moment without the guard; the test lowers the work
limit so that the estimate, not the clock, must refuse it. The estimates' scale (nanoseconds on
CPython 3.11) is what MAX_WORK bounds to about two seconds.
"""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import paragraphs
from pismo.render import blueprints, ooxml, sandbox
from pismo.render.engine import Template, TemplateError
from test_template_package import render_each


def render(code: str, data: dict | None = None) -> str:
    template = Template("proba.docx", ooxml.docx_bytes(blueprints.p(code), "Próba"))
    return paragraphs(template.render(data or {}, "T", "J", dt.date(2025, 1, 1)))[0]


_WORD = "{% set w = 'x' * 20000 %}"
_LISTS = "{% set b = range(4000)|batch(1)|list %}"
_DEEP = "{% set ns = namespace(a=range(2000)|list) %}{% for i in range(30) %}{% set ns.a = [ns.a] %}{% endfor %}"
_TEXT = "{% set a = 'a' * 100000 %}{% set s = 'b' * 10000 ~ 'a' %}"
SLOW = {  # attack → the name the refusal gives
    _WORD + "{{ w|wordwrap(1)|length }}": "wordwrap",  # a long word: copied once per line
    _WORD + "{{ [w]|map('wordwrap', 1)|join|length }}": "wordwrap",  # also when named at run time
    _LISTS + "{{ b|sum(start=[])|length }}": "sum",  # each + copies the sum so far
    _LISTS + "{{ (range(4000)|batch(1))|sum(start=[])|length }}": "sum",  # a generator is counted as its items
    _LISTS + "{{ b|map('list')|sum(start=[])|length }}": "sum",
    _DEEP + "{{ ns.a|pprint|length }}": "pprint",  # every level measures everything below it
    "{{ (range(100000)|list)|tojson(indent=1)|length }}": "tojson",  # the Python encoder, an item a step
    _TEXT + "{{ a.strip(s)|length }}": "strip",  # each character looked up in all of s
    _TEXT + "{{ a.lstrip(s)|length }}": "lstrip",
    _TEXT + "{{ a.encode().rstrip(s.encode())|length }}": "rstrip",
    _TEXT + "{{ a|trim(s)|length }}": "trim",
    _TEXT + "{{ a.rfind('a' ~ s) }}": "rfind",  # backwards: no skipping as forwards
    _TEXT + "{{ a.rsplit('a' ~ s)|length }}": "rsplit",
    _TEXT + "{{ a.rpartition('a' ~ s)|length }}": "rpartition",
    _TEXT + "{{ a.encode().rindex(('a' ~ s).encode()) }}": "rindex",
}


@pytest.mark.parametrize("code", list(SLOW))
def test_a_call_whose_work_grows_faster_than_its_input_is_refused_before_it_runs(monkeypatch, code):
    monkeypatch.setattr(sandbox, "MAX_WORK", 20_000_000)  # 20 ms: each attack here takes more by its estimate
    with pytest.raises(TemplateError) as refused:
        render(code)
    assert str(refused.value).startswith(f"szablon proba.docx, treść: niedozwolona operacja w szablonie („{SLOW[code]}” "
                                         "działałby na tak dużych danych zbyt długo (ponad 0.02 s) – skróć tekst lub listę")


ORDINARY = {  # what a letter does with these: far below the limit
    "{{ 'Komenda Powiatowa Policji w Łęcznej'|wordwrap(12, wrapstring='/') }}":
        "Komenda/Powiatowa/Policji w/Łęcznej",
    "{{ [1, 2.5, 3]|sum }}|{{ [[1], [2, 3]]|sum(start=[]) }}|{{ [{'n': 2}, {'n': 3}]|sum(attribute='n') }}":
        "6.5|[1, 2, 3]|5",
    "{{ ' .Rejon 3. '|trim(' .') }}|{{ '--a--'.strip('-') }}|{{ 'a, b, c'.rsplit(', ', 1)|join('/') }}|"
    "{{ 'a.b.c'.rfind('.') }}|{{ 'a.b.c'.rpartition('.')[2] }}": "Rejon 3|a|a, b/c|3|c",
    "{{ {'a': [1, 2]}|tojson(indent=1)|length }}|{{ [[1], {'b': 2}]|pprint }}|{{ 2.456|round(2) }}":
        "23|[[1], {'b': 2}]|2.46",
}


@pytest.mark.parametrize("code", list(ORDINARY))
def test_ordinary_uses_of_these_filters_still_work(code):
    assert render(code) == ORDINARY[code]


def test_depth_counts_levels_once_however_shared_or_cyclic():
    inner = [1, [2, [3]]]
    shared = [inner] * 1000
    assert (sandbox.depth("text"), sandbox.depth([]), sandbox.depth(inner), sandbox.depth([shared, shared])) == (0, 1, 3, 5)
    cycle: list = [1]
    cycle.append([cycle])
    assert sandbox.depth(cycle) == 2


# The reviewer's inputs at full size, each in a child limited to 768 MB with the real limits: refused at once,
# where before they took gigabytes (tojson), minutes (wordwrap, sum, pprint, urlize) or hours (round).
FULL_SIZE = {
    "{{ [range(8000)|list]|tojson(indent=100000) }}": "wynik byłby zbyt długi",
    "{{ [range(3000)|list]|tojson(indent=' ' * 100000) }}": "wynik byłby zbyt długi",
    "{% set a = 'x' * 100000 %}{{ (a~a~a~a~a~a~a~a~a~a~a~a~a~a~a)|wordwrap(1) }}": "„wordwrap” działałby",
    "{% set b = range(100000)|batch(1)|list %}{{ (b + b)|sum(start=[])|length }}": "„sum” działałby",
    "{% set ns = namespace(a=range(100000)|list) %}{% for i in range(320) %}{% set ns.a = [ns.a] %}{% endfor %}"
    "{{ ns.a|pprint|length }}": "wynik byłby zbyt długi",
    "{% set ns = namespace(a=range(15000)|list) %}{% for i in range(30) %}{% set ns.a = [ns.a] %}{% endfor %}"
    "{{ ns.a|pprint|length }}": "„pprint” działałby",
    "{{ 1|round(100000000, 'ceil') }}": "dokładność zaokrąglenia 100000000 jest zbyt duża",
    "{{ 5|round(-100000000) }}": "dokładność zaokrąglenia -100000000 jest zbyt duża",
}


@pytest.fixture(scope="module")
def full_size_results() -> dict[str, str]:
    return render_each({code: code for code in FULL_SIZE}, timeout=120)


@pytest.mark.parametrize("code", list(FULL_SIZE))
def test_the_reviewers_inputs_are_refused_before_they_run(full_size_results, code):
    result = full_size_results[code]
    assert result.startswith("TemplateError: szablon proba.docx, treść: niedozwolona operacja w szablonie ("), result
    assert FULL_SIZE[code] in result, result


@pytest.mark.parametrize("code", ["{{ 'http://example.com'|urlize }}", "{% filter urlize %}http://a.pl{% endfilter %}"])
def test_urlize_is_refused_when_the_template_is_read(code):
    with pytest.raises(TemplateError, match="filtr „urlize” jest niedozwolony – wstawia odnośniki HTML"):
        Template("proba.docx", ooxml.docx_bytes(blueprints.p(code), "Próba"))


def test_urlize_named_at_run_time_is_refused():
    with pytest.raises(TemplateError, match="filtr „urlize” jest niedozwolony"):
        render("{{ [(')' * 20000) ~ 'a)']|map('urlize')|join }}")


_LETTERS = "{% set s %}{% for i in range(200, 1200) %}{{ '%c' % i }}{% endfor %}{% endset %}"


@pytest.mark.parametrize("code", [_LETTERS + "{{ s.encode('punycode')|length }}", _LETTERS + "{{ s.encode('idna')|length }}",
                                  "{{ 'xn--abc'.encode().decode(encoding='punycode') }}"])
def test_a_pure_python_codec_is_refused(code):
    """punycode is quadratic in the distinct letters: 12 000 of them ran past the deadline inside one call."""
    with pytest.raises(TemplateError, match="kodowanie „(punycode|idna)” jest niedozwolone – użyj „utf-8”"):
        render(code)


def test_the_codecs_a_letter_needs_still_work():
    assert render("{{ 'Łęczna'.encode('cp1250')|length }}|{{ 'Łęczna'.encode()|length }}|"
                  "{{ 'Łęczna'.encode('UTF-16-LE').decode('utf_16_le') }}") == "6|8|Łęczna"


# --- work inside one operation that the deadline only saw before and after -----------------------

from helpers import LECZNA  # noqa: E402
from test_security import assert_template_refused, malicious_template, run_confined  # noqa: E402

_SHARED = ("{% set a = range(100000)|list %}{% set a2 = range(100000)|list %}"
           + "".join(f"{{% set {n} = [{p},{p},{p},{p},{p},{p},{p},{p},{p},{p}] %}}{{% set {n}2 = [{p}2,{p}2,{p}2,{p}2,{p}2,"
                     f"{p}2,{p}2,{p}2,{p}2,{p}2] %}}" for n, p in zip("bcdef", ["a", "b", "c", "d", "e"])))
_TUPLES = ("{% set t = (" + ",".join(map(str, range(1000))) + ") %}"
           + "".join(f"{{% set t = (t,t,t,t,t,t,t,t,t,t) %}}" for _ in range(7)))
LONG_OPERATIONS = {  # each ran for minutes in one operation; now stopped at the deadline or refused at once
    "attribute-path": ("{% set l = range(2000)|map('string')|list %}{{ l|sort(attribute='0' ~ '.0' * 40000)|length }}",
                       "przekroczono limit czasu wypełniania szablonu (0.3 s)"),
    "compare-shared-lists": (_SHARED + "{{ f == f2 }}", "porównywana lub szukana wartość jest zbyt duża"),
    "in-shared-lists": (_SHARED + "{% if f in [f2] %}tak{% endif %}", "porównywana lub szukana wartość jest zbyt duża"),
    "test-in": (_SHARED + "{{ f is in [f2] }}", "porównywana lub szukana wartość jest zbyt duża"),
    "tuple-dict-key": (_TUPLES + "{% set d = {t: 1} %}", "porównywana lub szukana wartość jest zbyt duża"),
    "tuple-lookup": (_TUPLES + "{{ {1: 2}[t] }}", "porównywana lub szukana wartość jest zbyt duża"),
}


@pytest.mark.parametrize("name", list(LONG_OPERATIONS))
def test_one_long_operation_never_runs_far_past_the_deadline(tmp_path, name):
    """The guard its message names refuses, not the clock: an operation refused by weight runs with the full
    time limit (so a loaded machine cannot stop it by the clock first); one stopped at the deadline with 0.3 s.
    Without the guards each ran for minutes, past run_confined's safety net."""
    code, message = LONG_OPERATIONS[name]
    template = malicious_template(tmp_path / "szablony", code)
    seconds = 0.3 if "limit czasu" in message else sandbox.MAX_SECONDS
    result = run_confined("plan", LECZNA, "--szablony", tmp_path / "szablony", "-o", tmp_path / "out", seconds=seconds)
    assert_template_refused(result, template, message)
    assert not (tmp_path / "out").exists()


def test_comparisons_and_lookups_of_ordinary_values_still_work():
    assert render("{{ 1 < 2 <= 2 }}|{{ 'a' in ['a', 'b'] }}|{{ [1, [2]] == [1, [2]] }}|{{ {(1, 2): 'x'}[(1, 2)] }}|"
                  "{{ [3, 1]|select('in', [1])|list }}|{{ 'b' is in 'abc' }}|{{ [{'a': 2}, {'a': 1}]|sort(attribute='a')|"
                  "map(attribute='a')|join }}") == "True|True|True|x|[1]|True|12"


@pytest.fixture(scope="module")
def to_bytes_result() -> str:
    code = "{{ (1).to_bytes(300000000, 'big')|length }}"
    return render_each({code: code}, timeout=120)[code]


def test_an_integers_bytes_are_sized_before_they_are_built(to_bytes_result):
    """int.to_bytes(n) allocates n bytes: 300 MB existed before the size guard refused them."""
    assert "liczba 300000000 jest zbyt duża dla „to_bytes”" in to_bytes_result, to_bytes_result
    assert render("{{ (258).to_bytes(2, 'big')|list }}") == "[1, 2]"


def test_translate_with_a_list_table_is_sized_before_it_runs():
    """Only a dict table was estimated: a list table of long texts asked for a 10 GB result (second templates
    review), refused only after gigabytes were built."""
    code = "{% set t = ['x' * 100000] * 200 %}{{ ('a' * 100000).translate(t)|length }}"
    with pytest.raises(TemplateError, match="zbyt"):
        render(code)
    assert render("{{ 'abc'.translate({97: 'A', 98: None}) }}|{{ 'ab'.translate(['', ''] + [''] * 95 + ['X']) }}") \
        == "Ac|Xb"


_HEX = "{% set a = ('f' * 5000)|int(base=16) %}"  # 20 000 bits: int() of a power-of-two base has no digit limit
BIG_INTEGERS = {  # each made an integer of more than MAX_INT_BITS, on which // and % are quadratic in one C call
    _HEX + "{{ a // 7 > 0 }}",
    _HEX + "{{ a % 7 }}",
    "{{ (0).from_bytes(('x' * 5000).encode(), 'big') // 7 > 0 }}",
    "{% set ns = namespace(a=('f' * 3400)|int(base=16)) %}{% for i in range(700) %}{% set ns.a = ns.a - (-ns.a) %}"
    "{% endfor %}{{ ns.a > 0 }}",  # a bit more at each subtraction
}


@pytest.mark.parametrize("code", sorted(BIG_INTEGERS))
def test_an_integer_past_the_limit_is_refused_where_it_is_made(code):
    """Second templates review, finding 2: int(…, 16) made integers of millions of bits, and one `a // b` of
    them ran 37 s in a single operation the deadline could not stop."""
    with pytest.raises(TemplateError, match="niedozwolona operacja w szablonie \\(liczba byłaby zbyt wielka "
                                            "\\(najwyżej około 4200 cyfr\\)"):
        render(code)


@pytest.mark.parametrize("literal", ["0x" + "f" * 5000, "1" * 5000])
def test_an_integer_literal_past_the_limit_is_refused_when_the_template_is_read(literal):
    """jinja could not even read or compile it: Python's ValueError (4300 digits) was a traceback."""
    with pytest.raises(TemplateError, match="liczba zapisana w szablonie jest zbyt wielka \\(najwyżej około 4200 cyfr\\)"):
        Template("proba.docx", ooxml.docx_bytes(blueprints.p("{{ " + literal + " // 7 > 0 }}"), "Próba"))


def test_integers_below_the_limit_still_compute():
    assert render("{% set a = ('f' * 3000)|int(base=16) %}{{ (a // (a // 7)) }}|{{ a % 10 }}|{{ 7 // 2 }}|{{ 7 - 9 }}|"
                  "{{ 7 / 2 }}|{{ (258).to_bytes(2, 'big')|list }}") == "7|5|3|-2|3.5|[1, 2]"


OUT_OF_RANGE = {  # Python's English OverflowError was the only reason, or "inf" was printed in the letter
    "{{ (('f' * 300)|int(base=16))|float }}": "liczba poza zakresem – wynik obliczenia byłby zbyt wielki",
    "{{ (('f' * 300)|int(base=16)) / 3 }}": "liczba poza zakresem – wynik obliczenia byłby zbyt wielki",
    "{{ (1e308 * 10)|int }}": "liczba poza zakresem – wynik obliczenia byłby zbyt wielki",
    "{{ 1e308 * 10 }}": "wynik obliczenia nie jest liczbą (wyszedł poza zakres liczb)",
    "{{ (1e308 * 10) // 1 }}": "wynik obliczenia nie jest liczbą (wyszedł poza zakres liczb)",
}


@pytest.mark.parametrize("code", list(OUT_OF_RANGE))
def test_a_number_out_of_range_is_said_in_polish(code):
    with pytest.raises(TemplateError) as refused:
        render(code)
    assert OUT_OF_RANGE[code] in str(refused.value) and "float" not in str(refused.value), str(refused.value)
