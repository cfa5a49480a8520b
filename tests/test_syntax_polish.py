"""Every syntax error jinja can give reads in Polish, at its tag, without jinja's English or an offset into
the part's XML (issue 17, second templates review, finding 5)."""

from __future__ import annotations

import re

import pytest

from pismo.render import blueprints, ooxml, syntax
from pismo.render.engine import Template, TemplateError

SYNTAX = {  # a tag → what the user reads; one for each text jinja 3.1's lexer, parser and compiler raise
    "{{ 'abc }}": "niezamknięty cudzysłów ' (tekst musi się kończyć tym samym cudzysłowem)",
    "{{ „abc” }}": "cudzysłów drukarski „ (w znacznikach pisz proste cudzysłowy ' albo \"",
    "{{ @ }}": "niedozwolony znak „@”",
    "{% raw %}x": "blok {% raw %} bez zamknięcia {% endraw %}",
    "{{ x|nosuch }}": "nieznany filtr „nosuch” – sprawdź pisownię",
    "{{ rejon is nosuch }}": "nieznany test „nosuch” – sprawdź pisownię",
    "{{ rejon|defualt('') }}": "nieznany filtr „defualt” (czy chodziło o „default”?)",
    "{% if rejon %}{{ rejon|nosuch }}{% endif %}": "nieznany filtr „nosuch”",  # jinja would fail only when run
    "{% if rejon %}{{ rejon is nosuch }}{% endif %}": "nieznany test „nosuch”",
    "{% if rejon %}{% filter nosuch %}x{% endfilter %}{% endif %}": "nieznany filtr „nosuch”",
    "{{ (1] }}": "nieoczekiwany znak „]” – oczekiwano „)” (sprawdź, czy każdy nawias jest zamknięty)",
    "{{ 1) }}": "nieoczekiwany znak „)”",
    "{{ 'a\\x' }}": "niepoprawny ukośnik wsteczny \\ w tekście w cudzysłowie",
    "{{ 'a\\N{foo}' }}": "niepoprawny ukośnik wsteczny \\ w tekście w cudzysłowie",
    "{{ x 1 }}": "oczekiwano „}}”, a jest „liczba”",
    "{{ x 'a' }}": "oczekiwano „}}”, a jest „tekst w cudzysłowie”",
    "{% %}": "po „{%” brakuje nazwy znacznika",
    "{% block a-b %}{% endblock %}": "nazwa bloku nie może zawierać łącznika „-”",
    "{% macro m(a=1, b) %}{% endmacro %}": "argument bez wartości domyślnej stoi po argumencie z wartością domyślną",
    "{% macro m(caller, a) %}{{ caller() }}{% endmacro %}": "argument „caller” makra trzeba pominąć",
    "{% call x %}{% endcall %}": "po „call” musi stać wywołanie makra",
    "{% set 1 = 2 %}": "tu nie można przypisać wartości",
    "{{ a.( }}": "nieoczekiwany znak „}” – oczekiwano „)”",
    "{{ f(a=1, 2) }}": "argumenty z nazwą (a=1) muszą stać po argumentach bez nazwy",
    "{{ a is b is c }}": "nie można łączyć kilku testów „is”",
    "{% block a %}{% endblock %}{% block a %}{% endblock %}": "blok „a” jest zdefiniowany dwa razy",
    "{% for loop in [1] %}{% endfor %}": "zmienna pętli nie może się nazywać „loop”",
    "{% for x in [1] %}{% if x %}{% endfor %}": "znacznik „endfor” w niewłaściwym miejscu – otwarty jest blok „if”, "
                                                "oczekiwano {% elif %} albo {% else %} albo {% endif %}",
    "{% for x in [1] %}": "blok „for” nie jest zamknięty – brakuje znacznika {% endfor %} albo {% else %}",
    "{% endif %}": "nieznany albo niepasujący znacznik „endif”",
    "{% from 'x' import _a %}": "nie można importować nazw zaczynających się od „_”",
    "{% for x in %}{% endfor %}": "niepełne wyrażenie",
    "{{ a.1b }}": "oczekiwano „}}”, a jest „b”",
}
_ENGLISH = re.compile(r"expected|unexpected|named|Missing|token|template|Jinja|char\b|escape|assign|\bat \d")


@pytest.mark.parametrize("code", list(SYNTAX))
def test_a_syntax_error_is_said_in_polish_at_its_tag(code):
    with pytest.raises(TemplateError) as refused:
        Template("proba.docx", ooxml.docx_bytes(blueprints.p(code), "Próba"))
    message = str(refused.value)
    assert message.startswith("szablon proba.docx, treść: błąd składni znacznika: ") and SYNTAX[code] in message, message
    assert not _ENGLISH.search(message.replace(code, "")), message


def test_a_text_jinja_may_add_later_still_reads_in_polish():
    assert syntax.syntax_message("Something new went wrong") == syntax._FIXED
    assert not _ENGLISH.search(syntax._FIXED)


@pytest.mark.parametrize("code, message", [("{{ [1]|map('nosuch')|list }}", "nieznany filtr „nosuch”"),
                                           ("{{ [1]|select('nosuch')|list }}", "nieznany test „nosuch”")])
def test_a_filter_or_test_named_at_run_time_is_said_in_polish(code, message):
    template = Template("proba.docx", ooxml.docx_bytes(blueprints.p(code), "Próba"))
    with pytest.raises(TemplateError, match=message) as refused:
        template.render({}, "T", "J", None)
    assert "No " not in str(refused.value)


UNPACKED = {  # several names given one value that has not as many items: Python's English said it before
    "{% set a, b = 1 %}": "wartość nie jest listą",
    "{% set a, b = [1, 2, 3] %}": "wartość ma więcej elementów niż zmiennych (2)",
    "{% set a, b, c = [1, 2] %}": "wartość ma mniej elementów niż zmiennych (3)",
    "{% for a, b in [1] %}{% endfor %}": "wartość nie jest listą",
    "{% for a, b in [[1, 2, 3]] %}{% endfor %}": "wartość ma więcej elementów niż zmiennych (2)",
    "{% with a, b = 1 %}{% endwith %}": "wartość nie jest listą",
}


UNPACKED.update({  # the mistakes one step beside: Python's English for each, said in Polish with what to do
    "{% for x in 1 %}{% endfor %}": "wartość rodzaju „liczba” nie jest listą ani tekstem",
    "{{ 1 in 2 }}": "wartość rodzaju „liczba” nie jest listą ani tekstem",
    "{{ 1|length }}": "wartość rodzaju „liczba” nie ma długości",
    "{{ 1 + 'a' }}": "działania „+” nie można wykonać na wartościach rodzaju „liczba” i „tekst”",
    "{{ none + 1 }}": "rodzaju „brak wartości (none)” i „liczba”",
    "{{ 'a' + 1 }}": "do wartości rodzaju „tekst” nie można dodać wartości rodzaju „liczba” – tekst z liczbą łącz znakiem ~",
    "{{ 'a' * 'b' }}": "tekst lub listę można powielić („*”) tylko liczbą całkowitą",
    "{{ -'a' }}": "znaku „-” nie można postawić przed wartością rodzaju „tekst”",
    "{{ 'a' < 1 }}": "nie można porównać wartości rodzaju „tekst” z wartością rodzaju „liczba”",
    "{{ [1, 'a']|sort|join }}": "nie można porównać wartości rodzaju „tekst” z wartością rodzaju „liczba”",
    "{% macro m(a) %}{% endmacro %}{{ m(1, 2) }}": "makro „m” wywołano z niewłaściwymi argumentami",
    "{% macro m(a) %}{% endmacro %}{{ m(b=1) }}": "makro „m” wywołano z niewłaściwymi argumentami",
    "{{ 1() }}": "wartości rodzaju „liczba” nie można wywołać jak makra",
    "{{ range('a')|list }}": "tu potrzebna jest liczba całkowita, a podano wartość rodzaju „tekst”",
    "{{ 'abc'.split(1) }}": "tu potrzebny jest tekst, a podano wartość rodzaju „liczba”",
    "{{ 'a'.join([1]) }}": "element nr 1 jest rodzaju „liczba” – użyj filtra |join",
    "{{ [1]|sum(start='a') }}": "sum() nie dodaje tekstów",
    "{{ 'ab'.index('z') }}": "szukanego fragmentu nie ma w tekście",
    "{{ '%d' % 'a' }}": "wzorzec formatowania (% albo format()) nie pasuje do podanych wartości",
    "{{ '%s %s' % 1 }}": "wzorzec formatowania",
    "{{ '%y' % 1 }}": "wzorzec formatowania",
    "{{ '{:d}'.format('a') }}": "wzorzec formatowania",
})


@pytest.mark.parametrize("code", list(UNPACKED))
def test_a_run_time_mistake_is_said_in_polish_at_its_place(code):
    template = Template("proba.docx", ooxml.docx_bytes(blueprints.p("Wstęp") + blueprints.p(code), "Próba"))
    with pytest.raises(TemplateError) as refused:
        template.render({}, "T", "J", None)
    message = str(refused.value)
    assert message.startswith("szablon proba.docx, treść: błąd wypełniania szablonu (") and UNPACKED[code] in message, message
    assert f"w akapicie „{code}”" in message or code.startswith("{% with"), message  # jinja gives {% with %} no line
    assert "szczegóły techniczne" not in message and not _ENGLISH.search(message.replace(code, "")), message


def test_a_case_value_of_its_own_kind_is_named_in_polish():
    """Dates and macros come from the case or the template, not from literals: Python names them by module."""
    import datetime as dt

    from pismo.render.engine import explain_failure

    day = dt.date(2025, 1, 1)
    for mistake, said in ((lambda: day + 1, "wartościach rodzaju „data” i „liczba”"),
                          (lambda: len(day), "wartość rodzaju „data” nie ma długości"),
                          (lambda: "a" + day, "nie można dodać wartości rodzaju „data”"),
                          (lambda: day < 1, "wartości rodzaju „data” z wartością rodzaju „liczba”")):
        with pytest.raises(TypeError) as error:
            mistake()
        message = explain_failure(error.value)
        assert said in message and "szczegóły techniczne" not in message, message
