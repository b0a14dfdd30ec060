"""Hypothesis strategies: model objects, readout-like text, and readouts mangled as pages are.

Model strategies build consistent :class:`~readoutmodel.Readout` objects from
the bottom up (ids that match the id pattern, spans inside the text, speakers
and raisers among the participants, statement topics among the readout's),
which a bare ``st.builds`` cannot satisfy.

Text strategies write readout-like text from phrases in issuers' styles, and
mutate whole readouts the way scraped pages arrive: sentences dropped,
duplicated or shuffled; line breaks, spaces and invisible characters swapped
in; HTML left in; other scripts mixed in; quotation marks of every kind; cut
off mid-sentence. The readouts mutated are the invented ones in
``tests/readouts/`` and, when it is present, the shared development corpus,
read from where it lies and never copied into the repository.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

from hypothesis import strategies as st

from readoutmodel import (
    Diagnostic,
    Kind,
    Participant,
    Readout,
    Span,
    Statement,
    TimeOfDay,
    Topic,
    VerbCategory,
    Vocabulary,
)

__all__ = [
    "CORPUS",
    "INVENTED",
    "corpus_texts",
    "invented",
    "invented_texts",
    "mutated",
    "readout_texts",
    "readouts",
    "spans",
    "text_soup",
]

INVENTED = Path(__file__).parent / "readouts"
"""The readouts written for the tests, in real issuers' styles."""

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"
"""The shared development corpus of published readouts (absent on some machines)."""


@functools.cache
def invented_texts() -> tuple[str, ...]:
    """The invented readouts, in name order."""
    return tuple(p.read_text(encoding="utf-8") for p in sorted(INVENTED.glob("*.txt")))


def invented(name: str) -> str:
    """The invented readout ``readouts/<name>.txt``."""
    return (INVENTED / f"{name}.txt").read_text(encoding="utf-8")


@functools.cache
def corpus_texts() -> tuple[str, ...]:
    """The development corpus's texts, in name order; empty when the corpus is absent."""
    if not CORPUS.is_dir():
        return ()
    return tuple(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))


# -- characters --------------------------------------------------------------------------

LINE_BREAKS = ("\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\u2028", "\u2029", "\x85", "\x0b", "\x0c")
SPACES = (" ", "\t", "\u00a0", "\u2009", "\u202f", "\u3000", "\u2003", "  ", " \t ")
ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad")
BIDI = (
    "\u200e", "\u200f", "\u061c",  # marks
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",  # embeddings and overrides
    "\u2066", "\u2067", "\u2068", "\u2069",  # isolates
)  # fmt: skip
QUOTES = (
    '"', "'", "“", "”", "‘", "’", "«", "»", "„", "‚", "‹", "›",
    "「", "」", "『", "』", "〝", "〞", "＂", "＇", "‟", "‛", "❝", "❞", "`", "´",
)  # fmt: skip
FOREIGN = (
    "习近平同法国总统马克龙通电话。",
    "双方就乌克兰局势交换了意见。",
    "中华人民共和国外交部",
    "Владимир Путин провёл телефонный разговор с Президентом Франции.",
    "Стороны обсудили ситуацию на Украине.",
    "أجرى الرئيس اتصالاً هاتفياً مع رئيس الوزراء.",
    "وزارة الخارجية",
    "प्रधानमंत्री श्री नरेन्द्र मोदी ने बात की।",
    "นายกรัฐมนตรีหารือทางโทรศัพท์",
    "大統領と電話会談を行いました。",
    "İSTANBUL ışık İzmir",
    "e\u0301e\u0301 a\u0308\u0308\u0308",
    "🇨🇳🇺🇸 🤝",
)
HTML = (
    "<p>", "</p>", "<br>", "<br/>", "<b>", "</b>", "<div class=\"readout\">", "</div>",
    "<a href=\"/news\">", "</a>", "<!-- share -->", "<script>var x = 1;</script>",
    "&nbsp;", "&amp;", "&quot;", "&#8220;", "&#8221;", "&rsquo;", "&lt;", "&gt;", "&#x201C;",
)  # fmt: skip
ODD = ("\x00", "\ud800", "\udfff", "\ufffd", "\x1b[0m", "\u0007", "\uffff", "…", "—", "–", "•")

text_soup = st.lists(
    st.one_of(
        st.characters(),
        st.sampled_from("abcdefghij ABCDEFG .,;:!?()-'\"\n"),
        st.sampled_from(LINE_BREAKS + SPACES + ZERO_WIDTH + BIDI + QUOTES + ODD + HTML),
        st.sampled_from((*FOREIGN, "President ", "said ", "Xi Jinping ", "Prime Minister ")),
    ),
    max_size=200,
).map("".join)
"""Any string at all, biased towards what matters to a readout parser."""


# -- readout-like text --------------------------------------------------------------------

NAMES = (
    "Ana Ruiz", "Jean-Pierre Dubois", "Mohamed bin Zayed Al Nahyan", "KISHIDA Fumio",
    "Recep Tayyip Erdoğan", "Luiz Inácio Lula da Silva", "Joseph R. Biden, Jr.",
    "Prayut Chan-o-cha", "Mohammed Shia' al-Sudani", "Olaf Scholz", "Xi Jinping",
    "Narendra Modi", "Emmanuel Macron", "Cyril Ramaphosa", "Volodymyr Zelenskyy",
    "Владимир Путин", "习近平", "محمد بن سلمان", "Maria van der Berg", "Kwame Mensah",
)  # fmt: skip
PLACES = ("Beijing", "Moscow", "Washington", "New Delhi", "Pretoria", "Tokyo", "BEIJING", "Rome")
CLAUSES = (
    "the two countries should deepen cooperation in trade, energy and climate change",
    "the situation in Ukraine remained a matter of grave concern",
    "the one-China policy is the political foundation of relations",
    "both sides support the denuclearization of the Korean Peninsula",
    "the partnership had grown stronger since the last meeting in 2019",
    "“we will not accept unilateral changes to the status quo”",
    "China is ready to work with all parties, and looks forward to the summit",
    "the humanitarian situation in Gaza required an immediate ceasefire",
    "cooperation on health, food security and new technologies should be expanded",
    "he looked forward to welcoming the President to India next year",
)  # fmt: skip
SUBJECTS = (
    "{name}", "President {last}", "Prime Minister {last}", "The two leaders", "Both sides",
    "He", "She", "The President", "The Prime Minister", "{title} {name}", "The {demonym} side",
)  # fmt: skip
OPENINGS = (
    "{title} {name} spoke by phone with {title2} {name2} of {country} {when}.",
    "On {date}, {title} {name} held talks with {title2} {name2} in {place}.",
    "{name} had a telephone conversation with {title2} of {country} {name2}.",
    "At the request of {title2} {name2}, {title} {name} held a video call with him {when}.",
    "{place}, {date} (Xinhua) -- {title} {name} met with visiting {title2} {name2} {when}.",
)
HEADLINES = (
    "Readout of {title} {name}’s Call with {title2} {name2} of {country}",
    "{name} Holds Talks with {title2} {name2}",
    "Telephone conversation with {title2} of {country} {name2}",
    "PM call with {title2} {name2}: {date}",
    "{NAME} MEETS {TITLE2} {NAME2}",
)
WHEN = ("today", "on Tuesday", "this evening", "yesterday afternoon", "on the evening of May 3")


Words = tuple[str, ...]


@functools.cache
def _vocabulary_words() -> tuple[Words, Words, Words, Words]:
    """Titles, countries, demonyms and past-tense reporting verbs of the shipped vocabulary."""
    vocabulary = Vocabulary.default()
    titles = tuple(sorted(vocabulary.titles))
    countries = tuple(sorted(c.names[0] for c in vocabulary.countries))
    demonyms = tuple(sorted(c.demonyms[0] for c in vocabulary.countries if c.demonyms))
    verbs = tuple(sorted(v.past for v in vocabulary.verbs if v.kind == "verb" and v.past))
    return titles, countries, demonyms, verbs


def _dates() -> st.SearchStrategy[str]:
    return st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31)).flatmap(
        lambda d: st.sampled_from(
            (
                f"{d:%B} {d.day}, {d.year}",
                f"{d.day} {d:%B} {d.year}",
                d.isoformat(),
                f"{d:%d.%m.%Y}",
                f"{d:%b}. {d.day}",
                f"{d.year}年{d.month}月{d.day}日",
            )
        )
    )


@st.composite
def readout_texts(draw: st.DrawFn) -> str:
    """A readout-like text: a headline, maybe a date line, an opening and attributed sentences."""
    titles, countries, demonyms, verbs = _vocabulary_words()
    name, name2 = draw(st.lists(st.sampled_from(NAMES), min_size=2, max_size=2, unique=True))
    words = {
        "name": name,
        "name2": name2,
        "last": name.split()[-1],
        "title": draw(st.sampled_from(titles)),
        "title2": draw(st.sampled_from(titles)),
        "country": draw(st.sampled_from(countries)),
        "demonym": draw(st.sampled_from(demonyms)),
        "place": draw(st.sampled_from(PLACES)),
        "date": draw(_dates()),
        "when": draw(st.sampled_from(WHEN)),
    }
    words.update(NAME=name.upper(), TITLE2=words["title2"].upper(), NAME2=name2.upper())
    parts: list[str] = []
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(HEADLINES)).format(**words))
    if draw(st.booleans()):
        parts.append(words["date"])
    paragraphs = [draw(st.sampled_from(OPENINGS)).format(**words)]
    for _ in range(draw(st.integers(0, 4))):
        sentences = []
        for _ in range(draw(st.integers(1, 3))):
            subject = draw(st.sampled_from(SUBJECTS)).format(**words)
            verb = draw(st.sampled_from(verbs))
            joint = draw(st.sampled_from((" that ", ", ", " ", ": ", " that, in his view, ")))
            sentences.append(f"{subject} {verb}{joint}{draw(st.sampled_from(CLAUSES))}.")
        paragraphs.append(" ".join(sentences))
    parts.extend(paragraphs)
    return draw(st.sampled_from(("\n\n", "\n", "\r\n\r\n"))).join(parts)


# -- mutations ---------------------------------------------------------------------------

Mutation = Callable[[st.DrawFn, str], str]

_SENTENCE_BREAK = re.compile(r"(?<=[.!?。])(\s+)|(\n)")


def _units(text: str) -> list[str]:
    """The text cut after each sentence end and line break, separators kept with the piece."""
    pieces = [piece for piece in _SENTENCE_BREAK.split(text) if piece]
    units: list[str] = []
    for piece in pieces:
        if units and not piece.strip():
            units[-1] += piece
        else:
            units.append(piece)
    return units


def _indices(draw: st.DrawFn, size: int, most: int = 5) -> list[int]:
    return draw(st.lists(st.integers(0, max(size - 1, 0)), max_size=most)) if size else []


def drop_sentences(draw: st.DrawFn, text: str) -> str:
    units = _units(text)
    gone = set(_indices(draw, len(units)))
    return "".join(u for i, u in enumerate(units) if i not in gone)


def duplicate_sentences(draw: st.DrawFn, text: str) -> str:
    units = _units(text)
    for i in sorted(_indices(draw, len(units)), reverse=True):
        units.insert(i, units[i])
    return "".join(units)


def shuffle_sentences(draw: st.DrawFn, text: str) -> str:
    return "".join(draw(st.permutations(_units(text))))


def _replace_some(draw: st.DrawFn, text: str, old: str, new: Sequence[str]) -> str:
    pieces = text.split(old)
    if len(pieces) == 1:
        return text
    everywhere = draw(st.booleans())
    out = [pieces[0]]
    for piece in pieces[1:]:
        out.append(draw(st.sampled_from(new)) if everywhere or draw(st.booleans()) else old)
        out.append(piece)
    return "".join(out)


def swap_line_breaks(draw: st.DrawFn, text: str) -> str:
    return _replace_some(draw, text, "\n", LINE_BREAKS)


def swap_spaces(draw: st.DrawFn, text: str) -> str:
    return _replace_some(draw, text, " ", SPACES)


def _insert(draw: st.DrawFn, text: str, things: st.SearchStrategy[str], most: int = 8) -> str:
    for _ in range(draw(st.integers(1, most))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(things) + text[at:]
    return text


def insert_invisible(draw: st.DrawFn, text: str) -> str:
    return _insert(draw, text, st.sampled_from(ZERO_WIDTH + BIDI), most=12)


def insert_html(draw: st.DrawFn, text: str) -> str:
    if draw(st.booleans()):
        text = "<p>" + text.replace("\n\n", "</p>\n<p>") + "</p>"
    return _insert(draw, text, st.sampled_from(HTML))


def insert_foreign(draw: st.DrawFn, text: str) -> str:
    return _insert(draw, text, st.sampled_from(FOREIGN), most=4)


def swap_quotes(draw: st.DrawFn, text: str) -> str:
    for mark in ('"', "“", "”", "’", "'"):
        text = _replace_some(draw, text, mark, QUOTES)
    return _insert(draw, text, st.sampled_from(QUOTES), most=4)


def insert_odd(draw: st.DrawFn, text: str) -> str:
    return _insert(draw, text, st.sampled_from((*ODD, "...", "?!", ",,,,", " -- ", "((", "))")))


def change_case(draw: st.DrawFn, text: str) -> str:
    units = _units(text)
    for i in _indices(draw, len(units), most=3):
        units[i] = draw(st.sampled_from((str.upper, str.lower, str.title)))(units[i])
    return "".join(units)


def normalize(draw: st.DrawFn, text: str) -> str:
    forms: tuple[Callable[[str], str], ...] = tuple(
        functools.partial(unicodedata.normalize, form) for form in ("NFC", "NFD", "NFKC", "NFKD")
    )
    return draw(st.sampled_from(forms))(text)


def truncate(draw: st.DrawFn, text: str) -> str:
    return text[: draw(st.integers(0, len(text)))]


def splice_soup(draw: st.DrawFn, text: str) -> str:
    return _insert(draw, text, text_soup, most=2)


MUTATIONS: tuple[Mutation, ...] = (
    drop_sentences,
    duplicate_sentences,
    shuffle_sentences,
    swap_line_breaks,
    swap_spaces,
    insert_invisible,
    insert_html,
    insert_foreign,
    swap_quotes,
    insert_odd,
    change_case,
    normalize,
    truncate,
    splice_soup,
)


@st.composite
def mutated(draw: st.DrawFn, texts: Sequence[str]) -> str:
    """One of ``texts`` with one to four mutations applied in turn."""
    text = draw(st.sampled_from(texts))
    for mutation in draw(st.lists(st.sampled_from(MUTATIONS), min_size=1, max_size=4)):
        text = mutation(draw, text)
    return text


# -- the model ---------------------------------------------------------------------------

ID = st.from_regex(r"[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}", fullmatch=True)
TOPIC_ID = st.from_regex(r"[a-z][a-z0-9_]{0,12}", fullmatch=True)
COUNTRY = st.one_of(
    st.from_regex(r"[A-Z]{2}", fullmatch=True), st.sampled_from(("EU", "UN", "NATO"))
)
WORDS = st.text(min_size=1, max_size=30)


def spans(size: int) -> st.SearchStrategy[Span]:
    """A span of a text of ``size`` characters."""
    return st.tuples(st.integers(0, size), st.integers(0, size)).map(
        lambda pair: Span(min(pair), max(pair))
    )


def _sorted_spans(size: int, most: int = 4) -> st.SearchStrategy[tuple[Span, ...]]:
    return st.lists(spans(size), max_size=most, unique=True).map(
        lambda found: tuple(sorted(found, key=lambda s: (s.start, s.end)))
    )


@st.composite
def participants(draw: st.DrawFn, size: int) -> tuple[Participant, ...]:
    """Zero to four participants with distinct ids, their mentions inside a text of ``size``."""
    ids = draw(st.lists(ID, max_size=4, unique=True))
    return tuple(
        Participant(
            id=identifier,
            name=draw(WORDS),
            title=draw(st.none() | WORDS),
            country=draw(st.none() | COUNTRY),
            aliases=draw(st.lists(WORDS, max_size=3, unique=True)),
            mentions=draw(_sorted_spans(size)),
        )
        for identifier in ids
    )


def _some(items: Sequence[object], least: int = 0) -> st.SearchStrategy[list[int]]:
    return st.lists(st.integers(0, len(items) - 1), min_size=least, max_size=3, unique=True)


@st.composite
def _statement(
    draw: st.DrawFn, size: int, people: Sequence[Participant], topics: Sequence[Topic]
) -> Statement:
    span = draw(spans(size))
    inside = st.integers(span.start, span.end)
    sentences = draw(
        st.lists(st.tuples(inside, inside), min_size=1, max_size=3).map(
            lambda pairs: tuple(Span(min(p), max(p)) for p in sorted(pairs))
        )
    )
    return Statement(
        speakers=tuple(people[i] for i in draw(_some(people, least=1))),
        verb=draw(WORDS),
        category=draw(st.sampled_from(VerbCategory)),
        content=draw(st.text(max_size=60)),
        span=span,
        sentences=sentences,
        paragraph=draw(st.integers(0, 20)),
        topics=tuple(topics[i] for i in draw(_some(topics))) if topics else (),
    )


OFFSETS = st.timedeltas(
    min_value=dt.timedelta(hours=-23, minutes=-59), max_value=dt.timedelta(hours=23, minutes=59)
).map(dt.timezone)
TIMES = st.times() | st.times(timezones=st.just(dt.UTC) | OFFSETS)


@st.composite
def readouts(draw: st.DrawFn, text: st.SearchStrategy[str] | None = None) -> Readout:
    """A consistent readout: every span inside its text, every reference resolvable."""
    body = draw(text if text is not None else st.text(max_size=200))
    size = len(body)
    people = draw(participants(size))
    topic_ids = draw(st.lists(TOPIC_ID, max_size=3, unique=True))
    topics = tuple(
        Topic(
            id=topic_id,
            label=draw(WORDS),
            mentions=draw(_sorted_spans(size)),
            raised_by=tuple(people[i] for i in draw(_some(people))) if people else (),
        )
        for topic_id in topic_ids
    )
    statements = draw(st.lists(_statement(size, people, topics), max_size=3)) if people else []
    return Readout(
        text=body,
        title=draw(st.none() | WORDS),
        date=draw(st.none() | st.dates()),
        kind=draw(st.sampled_from(Kind)),
        initiator=draw(st.none() | st.sampled_from(people)) if people else None,
        participants=people,
        statements=statements,
        topics=topics,
        body=draw(st.none() | spans(size)),
        title_span=draw(st.none() | spans(size)),
        date_span=draw(st.none() | spans(size)),
        time_of_day=draw(st.none() | st.sampled_from(TimeOfDay)),
        start_time=draw(st.none() | TIMES),
        duration=draw(st.none() | st.timedeltas()),
        issuer=draw(st.none() | COUNTRY),
        language=draw(st.from_regex(r"[a-z]{2}", fullmatch=True)),
        diagnostics=draw(
            st.lists(
                st.builds(Diagnostic, code=ID, message=WORDS, span=st.none() | spans(size)),
                max_size=3,
            )
        ),
    )
