"""Vocabularies: the phrases the parser knows, loaded from data files.

Everything a domain reader might want to add to (reporting verbs, offices,
countries, page chrome, topic terms) lives in a data file of
``vocab/data/<language>/``, one file per kind, each opening with a comment on
what belongs in it. :class:`Vocabulary` holds them as tuples, so it is
immutable and hashable and the compiled patterns can be cached per vocabulary.

>>> vocabulary = Vocabulary.default()
>>> "stress" in {verb.phrase for verb in vocabulary.verbs}
True
>>> more = vocabulary.extend(titles=["Grand Vizier"])
>>> "Grand Vizier" in more.titles and "Grand Vizier" not in vocabulary.titles
True
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import attrs

from readoutmodel.exceptions import VocabularyError
from readoutmodel.model import COUNTRY_RE, Kind, VerbCategory
from readoutmodel.vocab.taxonomy import Taxonomy, TopicDefinition, expand

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable
    from pathlib import Path

# importlib.resources, pathlib and tomllib are imported where a vocabulary is
# read: together with what they import they are a fifth of readoutmodel's
# import time, and a program that only reads JSON never loads a vocabulary.

__all__ = [
    "ChromeRule",
    "Country",
    "EngagementCue",
    "Person",
    "Reference",
    "Taxonomy",
    "TimeWord",
    "TopicDefinition",
    "Verb",
    "Vocabulary",
    "Words",
]


@attrs.frozen
class Verb:
    """A reporting verb with its forms, each a whole phrase ("pointed out")."""

    phrase: str
    category: VerbCategory
    kind: str = "verb"  # verb, adj or noun
    past: str = ""
    participle: str = ""
    ing: str = ""
    third: str = ""

    def forms(self) -> dict[str, str]:
        """Each written form mapped to its grammatical role."""
        if self.kind != "verb":
            return {self.phrase: self.kind}
        out = {self.phrase: "base", self.third: "present", self.ing: "ing"}
        out[self.participle] = "participle"
        out[self.past] = "past"
        return out


@attrs.frozen
class Country:
    """A country or body with the ways a text names it."""

    code: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]


@attrs.frozen
class Reference:
    """A phrase that points back at participants, and how it resolves."""

    phrase: str
    kind: str


@attrs.frozen
class EngagementCue:
    """A word that says how the leaders engaged, or sets the scene."""

    phrase: str
    part: str
    kind: Kind | None
    strong: bool
    direction: str | None


@attrs.frozen
class Person:
    """An office holder: the country served, the forms of the name, the offices held and
    the years in them (see ``data/people.tsv``)."""

    country: str
    names: tuple[str, ...]
    offices: tuple[str, ...]
    years: tuple[tuple[int, int], ...]

    def served(self, year: int) -> bool:
        """Whether the person held office in ``year``, or a year either side of it."""
        return any(first - 1 <= year <= last + 1 for first, last in self.years)

    def held(self, year: int) -> bool:
        """Whether the person held office in ``year`` itself."""
        return any(first <= year <= last for first, last in self.years)


@attrs.frozen
class ChromeRule:
    """A page-chrome rule: a kind (line, prefix, ...) and its phrase."""

    kind: str
    phrase: str


@attrs.frozen
class TimeWord:
    """A word placing the engagement relative to a dated anchor ("yesterday")."""

    phrase: str
    days: int | None  # None: a time that names no day ("last week")
    part_of_day: str | None


@attrs.frozen
class Words:
    """The grammar words of a language (grammar.toml): closed classes the rules use."""

    terminal: tuple[str, ...]
    soft_endings: tuple[str, ...]
    list_markers: tuple[str, ...]
    list_ordinals: tuple[str, ...]
    quotes: tuple[str, ...]
    particles: tuple[str, ...]
    hyphened: tuple[str, ...]
    noise: tuple[str, ...]
    abbreviated: tuple[str, ...]
    suffixes: tuple[str, ...]
    post_nominals: tuple[str, ...]
    kept_styles: tuple[str, ...]
    body_stopwords: tuple[str, ...]
    name_openers: tuple[str, ...]
    patronymics: tuple[str, ...]
    sourcing: tuple[str, ...]
    agencies: tuple[str, ...]
    place_particles: tuple[str, ...]
    sourced_from: tuple[str, ...]
    documents: tuple[str, ...]
    masculine: tuple[str, ...]
    feminine: tuple[str, ...]
    masculine_owning: tuple[str, ...]
    feminine_owning: tuple[str, ...]
    determiners: tuple[str, ...]
    quantifiers: tuple[str, ...]
    organisation: tuple[str, ...]
    regions: tuple[str, ...]
    of: tuple[str, ...]
    origin: tuple[str, ...]
    states: tuple[str, ...]
    portfolio_of: tuple[str, ...]
    posted: tuple[str, ...]
    subordinate: tuple[str, ...]
    serving: tuple[str, ...]
    joining: tuple[str, ...]
    office_dashes: tuple[str, ...]
    guest_words: tuple[str, ...]
    portraits: tuple[str, ...]
    before_people: tuple[str, ...]
    whereabouts: tuple[str, ...]
    addressed: tuple[str, ...]
    object_pronouns: tuple[str, ...]
    partners: tuple[str, ...]
    locative: tuple[str, ...]
    accompanying: tuple[str, ...]
    royal_styles: tuple[str, ...]
    royal_offices: tuple[str, ...]
    predicative: tuple[str, ...]
    incoming: tuple[str, ...]
    call_nouns: tuple[str, ...]
    call_owners: tuple[str, ...]
    placing: tuple[str, ...]
    readout: tuple[str, ...]
    joined: tuple[str, ...]
    joined_by: tuple[str, ...]
    agent: tuple[str, ...]
    infinitives: tuple[str, ...]
    consorts: tuple[str, ...]
    fronted_passives: tuple[str, ...]
    request_openers: tuple[str, ...]
    request_sources: tuple[str, ...]
    asked_for: tuple[str, ...]
    reflexive: tuple[str, ...]
    owner_after: tuple[str, ...]
    occasions: tuple[str, ...]
    venues: tuple[str, ...]
    passive: tuple[str, ...]
    present_passive: tuple[str, ...]
    stative: tuple[str, ...]
    copulas: tuple[str, ...]
    copula_adverbs: tuple[str, ...]
    adverb_endings: tuple[str, ...]
    not_adverbs: tuple[str, ...]
    noun_verbs: tuple[str, ...]
    existential: tuple[str, ...]
    happened: tuple[str, ...]
    light_verbs: tuple[str, ...]
    gerund_openers: tuple[str, ...]
    relatives: tuple[str, ...]
    object_relatives: tuple[str, ...]
    subject_relatives: tuple[str, ...]
    split_particles: tuple[str, ...]
    particle_splitters: tuple[str, ...]
    articles: tuple[str, ...]
    indefinite: tuple[str, ...]
    name_words: tuple[str, ...]
    perfect: tuple[str, ...]
    recalled: tuple[str, ...]
    recalled_pointers: tuple[str, ...]
    recalled_occasions: tuple[str, ...]
    placeholders: tuple[str, ...]
    entourages: tuple[str, ...]
    bestowing: tuple[str, ...]
    bestowed_with: tuple[str, ...]
    present: tuple[str, ...]
    given_offices: tuple[str, ...]
    courtesy_offices: tuple[str, ...]
    modals: tuple[str, ...]
    infinitive: tuple[str, ...]
    recency: tuple[str, ...]
    apposing: tuple[str, ...]
    met_later: tuple[str, ...]
    in_turn: tuple[str, ...]
    met_with: tuple[str, ...]
    met_through: tuple[str, ...]
    met_by: tuple[str, ...]
    met_in: tuple[str, ...]
    along_with: tuple[str, ...]
    as_well_as: tuple[str, ...]
    unnamed_joiners: tuple[str, ...]
    behalf: tuple[str, ...]
    hospitality: tuple[str, ...]
    mourned_links: tuple[str, ...]
    bygone: tuple[str, ...]
    losses: tuple[str, ...]
    everyone: tuple[str, ...]
    bare_pairs: tuple[str, ...]
    plural_endings: tuple[str, ...]
    subordinators: tuple[str, ...]
    time_nouns: tuple[str, ...]
    after_initials: tuple[str, ...]
    arrivals: tuple[str, ...]
    processes: tuple[str, ...]
    content_openers: tuple[str, ...]
    adding: tuple[str, ...]
    adjuncts: tuple[str, ...]
    according: tuple[str, ...]
    according_around: tuple[str, ...]
    background: tuple[str, ...]
    own: tuple[str, ...]
    own_nouns: tuple[str, ...]
    adversary_nouns: tuple[str, ...]
    month_first: tuple[str, ...]


@attrs.frozen(cache_hash=True)
class Vocabulary:
    """Every phrase list the parser uses, for one language."""

    language: str
    verbs: tuple[Verb, ...]
    titles: tuple[str, ...]
    title_abbreviations: tuple[tuple[str, str], ...]
    title_modifiers: tuple[str, ...]
    honorifics: tuple[str, ...]
    references: tuple[Reference, ...]
    countries: tuple[Country, ...]
    engagements: tuple[EngagementCue, ...]
    chrome: tuple[ChromeRule, ...]
    issuers: tuple[tuple[str, str], ...]
    abbreviations: tuple[str, ...]
    adverbs: tuple[str, ...]
    auxiliaries: tuple[tuple[str, bool], ...]
    time_words: tuple[TimeWord, ...]
    parts_of_day: tuple[tuple[str, str], ...]
    stopwords: tuple[str, ...]
    relays: tuple[str, ...]
    portfolios: tuple[str, ...]
    past_tense: tuple[str, ...]
    pairings: tuple[str, ...]
    numbers: tuple[tuple[str, float], ...]
    words: Words
    taxonomy: Taxonomy
    topic_cues: tuple[tuple[str, str], ...] = ()  # (kind, phrase), see topic_cues.tsv
    people: tuple[Person, ...] = ()  # office holders, shared by every language
    # given names and whether they say "he" or "she", shared by every language
    given_names: tuple[tuple[str, str], ...] = ()
    title_kin: tuple[
        tuple[str, str], ...
    ] = ()  # offices of one kind: ("Premier", "Prime Minister")
    # offices one government alone has, and its code: ("Taoiseach", "IE")
    office_countries: tuple[tuple[str, str], ...] = ()

    @classmethod
    def default(cls, language: str = "en") -> Vocabulary:
        """The vocabulary shipped with readoutmodel for ``language``."""
        return _default(language)

    @classmethod
    def load(cls, directory: str | Path, language: str | None = None) -> Vocabulary:
        """Load a vocabulary from a directory laid out like ``vocab/data/<language>``."""
        from pathlib import Path

        path = Path(directory)
        if not path.is_dir():
            raise VocabularyError("not a directory", str(path))
        return _load(_DirectorySource(path), language or path.name)

    def extend(self, **lists: Iterable[Any]) -> Vocabulary:
        """A new vocabulary with entries added to the named lists.

        ``verbs`` takes :class:`Verb` objects or ``(phrase, category)`` pairs;
        ``titles``, ``honorifics``, ``adverbs`` and ``abbreviations`` take
        strings; ``countries`` takes :class:`Country` objects (one with a known
        code replaces it); ``chrome`` takes :class:`ChromeRule` objects or
        ``(kind, phrase)`` pairs.
        """
        changes: dict[str, Any] = {}
        for name, entries in lists.items():
            if name not in _EXTENDABLE:
                raise TypeError(f"cannot extend {name!r}; extendable: {', '.join(_EXTENDABLE)}")
            added = tuple(_EXTENDABLE[name](entry, f"extend({name}=...)") for entry in entries)
            if name == "countries":
                codes = {c.code for c in added}
                kept = tuple(c for c in self.countries if c.code not in codes)
                changes[name] = kept + added
            else:
                current: tuple[Any, ...] = getattr(self, name)
                changes[name] = current + tuple(e for e in added if e not in current)
        return attrs.evolve(self, **changes)

    def with_taxonomy(self, taxonomy: Taxonomy) -> Vocabulary:
        """A new vocabulary that detects topics with ``taxonomy``."""
        return attrs.evolve(self, taxonomy=taxonomy)

    def country(self, code: str) -> Country | None:
        """The country with ``code``, or None."""
        return next((c for c in self.countries if c.code == code), None)


# -- reading data files ---------------------------------------------------------------


def _is_country_code(code: str) -> bool:
    return re.fullmatch(COUNTRY_RE, code) is not None


_DATA_FILES = (
    "abbreviations.txt",
    "adverbs.txt",
    "auxiliaries.txt",
    "chrome.tsv",
    "countries.tsv",
    "engagements.tsv",
    "grammar.toml",
    "honorifics.txt",
    "issuers.tsv",
    "parts_of_day.tsv",
    "past_tense.txt",
    "numbers.tsv",
    "pairings.txt",
    "portfolios.txt",
    "references.tsv",
    "relays.txt",
    "stopwords.txt",
    "time_words.tsv",
    "title_modifiers.txt",
    "titles.txt",
    "topic_cues.tsv",
    "topics.toml",
    "verbs.tsv",
)


class _Source:
    """Where data files come from: the package, or a user's directory."""

    def read(self, name: str) -> str:
        raise NotImplementedError

    def read_shared(self, name: str) -> tuple[str, str]:
        """A file every language shares (``data/people.tsv``), with its label: the
        directory's own if it has one, else the package's."""
        return _packaged(name).read_text(encoding="utf-8"), f"readoutmodel/vocab/data/{name}"

    def label(self, name: str) -> str:
        raise NotImplementedError


def _packaged(*parts: str) -> Traversable:
    """A file of ``vocab/data/`` in the installed package."""
    import importlib.resources

    return importlib.resources.files("readoutmodel.vocab").joinpath("data", *parts)


@attrs.frozen
class _PackageSource(_Source):
    language: str

    def read(self, name: str) -> str:
        try:
            return _packaged(self.language, name).read_text(encoding="utf-8")
        except FileNotFoundError:
            raise VocabularyError("missing data file", self.label(name)) from None

    def label(self, name: str) -> str:
        return f"readoutmodel/vocab/data/{self.language}/{name}"


@attrs.frozen
class _DirectorySource(_Source):
    path: Path

    def read(self, name: str) -> str:
        try:
            return (self.path / name).read_text(encoding="utf-8")
        except FileNotFoundError:
            raise VocabularyError("missing data file", self.label(name)) from None
        except UnicodeDecodeError as error:
            raise VocabularyError(f"not UTF-8 ({error.reason})", self.label(name)) from None

    def label(self, name: str) -> str:
        return str(self.path / name)

    def read_shared(self, name: str) -> tuple[str, str]:
        if (self.path / name).is_file():
            return self.read(name), self.label(name)
        return super().read_shared(name)


def _rows(source: _Source, name: str, columns: tuple[int, int]) -> Iterator[tuple[str, list[str]]]:
    """Non-comment lines of a data file split on tabs, with a label for errors."""
    low, high = columns
    for number, raw in enumerate(source.read(name).splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in raw.rstrip("\n").split("\t")]
        where = f"line {number}"
        if not low <= len(cells) <= high:
            want = str(low) if low == high else f"{low} to {high}"
            raise VocabularyError(
                f"expected {want} tab-separated columns, found {len(cells)}",
                source.label(name),
                where,
            )
        if any(not cell for cell in cells):
            raise VocabularyError("empty column (write '-' for none)", source.label(name), where)
        yield where, cells


def _lines(source: _Source, name: str) -> tuple[str, ...]:
    return tuple(cells[0] for _, cells in _rows(source, name, (1, 1)))


def _variants(cell: str) -> tuple[str, ...]:
    return () if cell == "-" else tuple(part.strip() for part in cell.split("|") if part.strip())


def inflect(phrase: str) -> tuple[str, str, str]:
    """The past, -ing and third-person forms of a regular English verb phrase."""
    head, _, rest = phrase.partition(" ")
    tail = f" {rest}" if rest else ""
    vowels = "aeiou"
    if head.endswith("e"):
        past, ing = (
            head + "d",
            (head[:-1] if not head.endswith(("ee", "ye", "oe")) else head) + "ing",
        )
    elif head.endswith("y") and len(head) > 1 and head[-2] not in vowels:
        past, ing = head[:-1] + "ied", head + "ing"
    else:
        past, ing = head + "ed", head + "ing"
    if head.endswith(("s", "x", "z", "ch", "sh")):
        third = head + "es"
    elif head.endswith("y") and len(head) > 1 and head[-2] not in vowels:
        third = head[:-1] + "ies"
    else:
        third = head + "s"
    return past + tail, ing + tail, third + tail


def _verb(cells: list[str], label: str, where: str) -> Verb:
    phrase, category = cells[0], cells[1]
    try:
        category_ = VerbCategory(category)
    except ValueError:
        raise VocabularyError(
            f"unknown category {category!r} (one of {', '.join(VerbCategory)})", label, where
        ) from None
    kind = cells[3] if len(cells) > 3 else "verb"
    if kind not in ("verb", "adj", "noun"):
        raise VocabularyError(f"unknown kind {kind!r} (verb, adj or noun)", label, where)
    if kind != "verb":
        return Verb(phrase, category_, kind)
    forms = cells[2] if len(cells) > 2 else "-"
    if forms == "-":
        past, ing, third = inflect(phrase)
        return Verb(phrase, category_, kind, past, past, ing, third)
    parts = _variants(forms)
    if len(parts) != 4:
        raise VocabularyError("forms must be past|participle|ing|third-person", label, where)
    return Verb(phrase, category_, kind, *parts)


def _country(cells: list[str], label: str, where: str) -> Country:
    code = cells[0]
    if not _is_country_code(code):
        raise VocabularyError(f"bad country code {code!r}", label, where)
    names = _variants(cells[1])
    if not names:
        raise VocabularyError("a country needs a name", label, where)
    return Country(code, names, _variants(cells[2]), _variants(cells[3]))


def _engagement(cells: list[str], label: str, where: str) -> EngagementCue:
    phrase, part, kind, strength, direction = cells
    if part not in ("noun", "verb", "modifier", "request"):
        raise VocabularyError(f"unknown part {part!r}", label, where)
    if strength not in ("strong", "weak"):
        raise VocabularyError(f"strength must be strong or weak, not {strength!r}", label, where)
    if direction not in ("-", "with", "out", "in", "host"):
        raise VocabularyError(f"unknown direction {direction!r}", label, where)
    try:
        kind_ = None if kind == "-" else Kind(kind)
    except ValueError:
        raise VocabularyError(f"unknown kind {kind!r}", label, where) from None
    return EngagementCue(
        phrase, part, kind_, strength == "strong", None if direction == "-" else direction
    )


_REFERENCE_KINDS = (
    "he",
    "she",
    "they",
    "group",
    "heads",
    "pair",
    "role",
    "other",
    "former",
    "latter",
    "engagement",
    "first",
    "we",
)
_CHROME_KINDS = ("line", "prefix", "suffix", "contains", "crumb", "tail", "preface", "label")


def _load(source: _Source, language: str) -> Vocabulary:
    verbs = tuple(
        _verb(cells, source.label("verbs.tsv"), where)
        for where, cells in _rows(source, "verbs.tsv", (2, 4))
    )
    titles: list[str] = []
    abbreviations: list[tuple[str, str]] = []
    kindred: list[tuple[str, str]] = []
    national: list[tuple[str, str]] = []
    for where, (line, *government) in _rows(source, "titles.txt", (1, 2)):
        one, tilde, other = line.partition("~")
        abbr, eq, office = line.partition("=")
        if (tilde and not (one.strip() and other.strip())) or (
            eq and not (abbr.strip() and office.strip())
        ):
            raise VocabularyError(
                f"{line!r} needs an office on each side", source.label("titles.txt"), where
            )
        if government and (tilde or eq):
            raise VocabularyError(
                f"{line!r}: only an office takes a country", source.label("titles.txt"), where
            )
        if government and not _is_country_code(government[0]):
            raise VocabularyError(
                f"bad country code {government[0]!r}", source.label("titles.txt"), where
            )
        if tilde:
            kindred.append((one.strip(), other.strip()))
        elif eq:
            abbreviations.append((abbr.strip(), office.strip()))
        else:
            titles.append(line)
            if government:
                national.append((line, government[0]))
    references: list[Reference] = []
    for where, (phrase, kind) in _rows(source, "references.tsv", (2, 2)):
        if kind not in _REFERENCE_KINDS:
            raise VocabularyError(f"unknown kind {kind!r}", source.label("references.tsv"), where)
        try:
            spellings = expand(phrase)
        except ValueError as error:
            raise VocabularyError(str(error), source.label("references.tsv"), where) from None
        references.extend(Reference(spelling, kind) for spelling in spellings)
    chrome = []
    for where, (kind, phrase) in _rows(source, "chrome.tsv", (2, 2)):
        if kind not in _CHROME_KINDS:
            raise VocabularyError(f"unknown kind {kind!r}", source.label("chrome.tsv"), where)
        chrome.append(ChromeRule(kind, phrase))
    issuers = []
    for where, (phrase, code) in _rows(source, "issuers.tsv", (2, 2)):
        if not _is_country_code(code):
            raise VocabularyError(f"bad country code {code!r}", source.label("issuers.tsv"), where)
        issuers.append((phrase, code))
    time_words = []
    for where, (phrase, days, part) in _rows(source, "time_words.tsv", (3, 3)):
        try:
            offset = None if days == "?" else int(days)
        except ValueError:
            raise VocabularyError(
                f"days must be an integer or ?, not {days!r}",
                source.label("time_words.tsv"),
                where,
            ) from None
        time_words.append(TimeWord(phrase, offset, None if part == "-" else part))
    auxiliaries = tuple(
        (cells[0], len(cells) > 1 and cells[1] == "passive")
        for _, cells in _rows(source, "auxiliaries.txt", (1, 2))
    )
    return Vocabulary(
        language=language,
        verbs=verbs,
        titles=tuple(titles),
        title_abbreviations=tuple(abbreviations),
        title_kin=tuple(kindred),
        office_countries=tuple(national),
        title_modifiers=_lines(source, "title_modifiers.txt"),
        honorifics=_lines(source, "honorifics.txt"),
        references=tuple(references),
        countries=tuple(
            _country(cells, source.label("countries.tsv"), where)
            for where, cells in _rows(source, "countries.tsv", (4, 4))
        ),
        engagements=tuple(
            _engagement(cells, source.label("engagements.tsv"), where)
            for where, cells in _rows(source, "engagements.tsv", (5, 5))
        ),
        chrome=tuple(chrome),
        issuers=tuple(issuers),
        abbreviations=_lines(source, "abbreviations.txt"),
        adverbs=_lines(source, "adverbs.txt"),
        auxiliaries=auxiliaries,
        time_words=tuple(time_words),
        parts_of_day=tuple(
            (cells[0], cells[1]) for _, cells in _rows(source, "parts_of_day.tsv", (2, 2))
        ),
        stopwords=_lines(source, "stopwords.txt"),
        relays=_lines(source, "relays.txt"),
        portfolios=_lines(source, "portfolios.txt"),
        past_tense=_lines(source, "past_tense.txt"),
        pairings=_lines(source, "pairings.txt"),
        numbers=tuple(_numbers(source)),
        words=_words(source),
        taxonomy=Taxonomy.from_toml_text(source.read("topics.toml"), source.label("topics.toml")),
        topic_cues=tuple(_topic_cues(source)),
        people=tuple(_people(source)),
        given_names=tuple(_given_names(source)),
    )


_TOPIC_CUE_KINDS = frozenset(
    (
        "acquiring",
        "ahead",
        "awaiting",
        "current",
        "demonstrative",
        "host",
        "joining",
        "later",
        "member",
        "organ",
        "own",
        "owner",
        "possessive",
        "preparing",
        "self",
        "stop",
        "vague",
        "verbal",
    )
)


def _topic_cues(source: _Source) -> Iterator[tuple[str, str]]:
    for where, (kind, phrase) in _rows(source, "topic_cues.tsv", (2, 2)):
        if kind not in _TOPIC_CUE_KINDS:
            raise VocabularyError(f"unknown kind {kind!r}", source.label("topic_cues.tsv"), where)
        yield kind, phrase


def _words(source: _Source) -> Words:
    import tomllib

    label = source.label("grammar.toml")
    try:
        data = tomllib.loads(source.read("grammar.toml"))
    except tomllib.TOMLDecodeError as error:
        raise VocabularyError(f"invalid TOML ({error})", label) from None
    found: dict[str, tuple[str, ...]] = {}
    for section, table in data.items():
        if not isinstance(table, dict):
            raise VocabularyError("expected a table of word lists", label, section)
        for key, value in table.items():
            if not isinstance(value, list) or not all(isinstance(w, str) and w for w in value):
                raise VocabularyError(
                    "must be a list of non-empty strings", label, f"{section}.{key}"
                )
            found[key] = tuple(value)
    names = {field.name for field in attrs.fields(Words)}
    unknown = sorted(found.keys() - names)
    if unknown:
        raise VocabularyError("unknown word list", label, unknown[0])
    missing = sorted(names - found.keys())
    if missing:
        raise VocabularyError("missing word list", label, missing[0])
    return Words(**found)


def _numbers(source: _Source) -> Iterator[tuple[str, float]]:
    for where, (phrase, value) in _rows(source, "numbers.tsv", (2, 2)):
        try:
            yield phrase, float(value)
        except ValueError:
            raise VocabularyError(
                f"value must be a number, not {value!r}", source.label("numbers.tsv"), where
            ) from None


_YEARS = re.compile(r"((?:19|20)\d\d)-((?:19|20)\d\d)")


def _shared_rows(source: _Source, name: str) -> Iterator[tuple[str, str, list[str]]]:
    """The non-comment lines of a file every language shares, split on tabs, with the
    file's label and the line's place for errors."""
    text, label = source.read_shared(name)
    for number, raw in enumerate(text.splitlines(), start=1):
        if raw.strip() and not raw.startswith("#"):
            yield label, f"line {number}", raw.split("\t")


def _people(source: _Source) -> Iterator[Person]:
    for label, where, cells in _shared_rows(source, "people.tsv"):
        if len(cells) != 4 or not all(cell.strip() for cell in cells):
            raise VocabularyError("expected 4 non-empty tab-separated columns", label, where)
        code, names, offices, years = (cell.strip() for cell in cells)
        if not _is_country_code(code):
            raise VocabularyError(f"not a country code: {code!r}", label, where)
        spans = []
        for piece in years.split("|"):
            match = _YEARS.fullmatch(piece)
            if match is None or int(match[1]) > int(match[2]):
                raise VocabularyError(f"years are FIRST-LAST, not {piece!r}", label, where)
            spans.append((int(match[1]), int(match[2])))
        yield Person(code, tuple(names.split("|")), tuple(offices.split("|")), tuple(spans))


def _given_names(source: _Source) -> Iterator[tuple[str, str]]:
    for label, where, raw_cells in _shared_rows(source, "given_names.tsv"):
        cells = [cell.strip() for cell in raw_cells]
        if len(cells) != 2 or not cells[0]:
            raise VocabularyError("expected a name and he or she, tab-separated", label, where)
        if cells[1] not in ("he", "she"):
            raise VocabularyError(f"expected he or she, not {cells[1]!r}", label, where)
        yield cells[0], cells[1]


@functools.cache
def _default(language: str) -> Vocabulary:
    return _load(_PackageSource(language), language)


def _as_verb(entry: Any, label: str) -> Verb:
    if isinstance(entry, Verb):
        return entry
    if isinstance(entry, tuple | list) and len(entry) == 2:
        return _verb([str(entry[0]), str(entry[1])], label, repr(entry))
    raise VocabularyError("a verb is a Verb or a (phrase, category) pair", label, repr(entry))


def _as_str(entry: Any, label: str) -> str:
    if isinstance(entry, str) and entry.strip():
        return entry.strip()
    raise VocabularyError("entries must be non-empty strings", label, repr(entry))


def _as_country(entry: Any, label: str) -> Country:
    if isinstance(entry, Country) and _is_country_code(entry.code) and entry.names:
        return entry
    raise VocabularyError("a country is a Country with a valid code and a name", label, repr(entry))


def _as_chrome(entry: Any, label: str) -> ChromeRule:
    if isinstance(entry, tuple | list) and len(entry) == 2:
        entry = ChromeRule(str(entry[0]), str(entry[1]))
    if isinstance(entry, ChromeRule) and entry.kind in _CHROME_KINDS:
        return entry
    raise VocabularyError(f"a chrome rule is (kind, phrase), kind one of {_CHROME_KINDS}", label)


_EXTENDABLE: dict[str, Any] = {
    "verbs": _as_verb,
    "titles": _as_str,
    "honorifics": _as_str,
    "adverbs": _as_str,
    "abbreviations": _as_str,
    "portfolios": _as_str,
    "countries": _as_country,
    "chrome": _as_chrome,
}

DATA_FILES = _DATA_FILES
