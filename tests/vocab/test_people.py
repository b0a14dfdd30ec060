"""The gazetteer of office holders, data/people.tsv, read here on its own: four columns on
every line, known country codes, well-formed years, and no name form that points at two
countries."""

from __future__ import annotations

import collections
import importlib.resources
import re
from typing import NamedTuple

import pytest

DATA = importlib.resources.files("readoutmodel.vocab") / "data"
FIRST_YEAR, LAST_YEAR = 2000, 2025
YEARS_RE = re.compile(r"(\d{4})-(\d{4})")
HAN_RE = re.compile(r"[\u4e00-\u9fff]")


class Person(NamedTuple):
    line: int
    country: str
    names: tuple[str, ...]
    offices: tuple[str, ...]
    years: str


def _data_lines(text: str) -> list[tuple[int, str]]:
    return [
        (number, line)
        for number, line in enumerate(text.splitlines(), 1)
        if line.strip() and not line.startswith("#")
    ]


@pytest.fixture(scope="module")
def text() -> str:
    return (DATA / "people.tsv").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def people(text: str) -> list[Person]:
    rows = []
    for number, line in _data_lines(text):
        country, names, offices, years = line.split("\t")
        rows.append(
            Person(number, country, tuple(names.split("|")), tuple(offices.split("|")), years)
        )
    return rows


@pytest.fixture(scope="module")
def codes() -> set[str]:
    text = (DATA / "en" / "countries.tsv").read_text(encoding="utf-8")
    return {line.split("\t")[0] for _, line in _data_lines(text)}


def test_header_comes_first(text: str) -> None:
    """The file says what it holds before its first entry."""
    assert text.lstrip().startswith("#")


def test_every_line_has_four_columns(text: str) -> None:
    """Each data line splits on tabs into exactly country, names, offices and years."""
    bad = [number for number, line in _data_lines(text) if len(line.split("\t")) != 4]
    assert not bad, f"lines without four columns: {bad}"


def test_lines_are_clean(text: str) -> None:
    """No trailing whitespace, no empty column or variant, no stray spaces inside one."""
    for number, line in enumerate(text.splitlines(), 1):
        assert line == line.rstrip(), f"line {number} ends in whitespace"
    for number, line in _data_lines(text):
        for column in line.split("\t"):
            for variant in column.split("|"):
                assert variant, f"line {number}: empty variant"
                assert variant == variant.strip(), f"line {number}: {variant!r}"
                assert "  " not in variant, f"line {number}: {variant!r}"
        assert "\u2019" not in line, f"line {number}: curly apostrophe"


def test_countries_are_known_codes(people: list[Person], codes: set[str]) -> None:
    """Every country is an ISO alpha-2 code from countries.tsv, or EU, UN, NATO."""
    assert {"EU", "UN", "NATO"} <= codes
    unknown = [(p.line, p.country) for p in people if p.country not in codes]
    assert not unknown


def test_years_are_well_formed(people: list[Person]) -> None:
    """Years are FIRST-LAST ranges within 2000-2025, ascending and not overlapping."""
    for person in people:
        previous = FIRST_YEAR - 1
        for span in person.years.split("|"):
            match = YEARS_RE.fullmatch(span)
            assert match, f"line {person.line}: {person.years!r}"
            first, last = int(match[1]), int(match[2])
            assert FIRST_YEAR <= first <= last <= LAST_YEAR, f"line {person.line}: {span}"
            assert first > previous, f"line {person.line}: {person.years!r} out of order"
            previous = last


def _years(person: Person) -> set[int]:
    spans = [YEARS_RE.fullmatch(span) for span in person.years.split("|")]
    return {year for m in spans if m for year in range(int(m[1]), int(m[2]) + 1)}


def test_no_name_form_names_two_countries_in_one_year(people: list[Person]) -> None:
    """A name form, compared without case, belongs to one country in any year: a person
    who served two codes is listed under each, for the years of each, the two sharing
    at most the year of the move."""
    lines: dict[str, list[Person]] = collections.defaultdict(list)
    for person in people:
        for name in person.names:
            lines[name.casefold()].append(person)
    for name, found in lines.items():
        for i, one in enumerate(found):
            for other in found[i + 1 :]:
                assert one.country != other.country, (name, one.line, other.line)
                assert len(_years(one) & _years(other)) <= 1, (name, one.line, other.line)


def test_no_name_form_names_two_people(people: list[Person]) -> None:
    """Within a line each name form appears once, and a form on two lines is one
    person's: the lines share their first form."""
    first: dict[str, set[str]] = collections.defaultdict(set)
    for person in people:
        forms = [name.casefold() for name in person.names]
        assert len(set(forms)) == len(forms), person.line
        for form in forms:
            first[form].add(forms[0])
    shared = {form: sorted(found) for form, found in first.items() if len(found) > 1}
    assert not shared


def test_no_duplicate_lines(text: str) -> None:
    """No entry is listed twice."""
    lines = [line for _, line in _data_lines(text)]
    repeated = [line for line, count in collections.Counter(lines).items() if count > 1]
    assert not repeated


def test_offices_are_listed_once(people: list[Person]) -> None:
    """Each line names an office at most once."""
    for person in people:
        assert len(set(person.offices)) == len(person.offices), person.line


def test_sorted_by_country(people: list[Person]) -> None:
    """Lines are grouped and ordered by country code."""
    countries = [person.country for person in people]
    assert countries == sorted(countries)


def test_every_name_list_leads_with_a_latin_name(people: list[Person]) -> None:
    """The first form is the name as English writes it, not a Chinese rendering."""
    for person in people:
        assert not HAN_RE.search(person.names[0]), person.line


def test_chinese_officials_have_their_chinese_name(people: list[Person]) -> None:
    """Every Chinese official is also listed under the name in Chinese characters."""
    chinese = [p for p in people if p.country == "CN"]
    missing = [p.names[0] for p in chinese if not any(map(HAN_RE.search, p.names))]
    assert not missing


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Joseph R. Biden Jr.", "US"),
        ("习近平", "CN"),
        ("Vladimir Putin", "RU"),
        ("Kishida Fumio", "JP"),
        ("Volodymyr Zelenskyy", "UA"),
        ("Lula", "BR"),
        ("Ursula von der Leyen", "EU"),
        ("António Guterres", "UN"),
        ("Jens Stoltenberg", "NATO"),
        ("Mark Rutte", "NATO"),
    ],
)
def test_well_known_holders(people: list[Person], name: str, country: str) -> None:
    """A few office holders every readout names are there, under the right code (and
    perhaps another, for the years before or after)."""
    found = [p.country for p in people if name in p.names]
    assert country in found
