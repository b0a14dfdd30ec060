"""Topics: the issues the body raises, where it names them, and who raised them.

A topic is raised where a sentence of the body names it with one of its terms
(the taxonomy's ``terms``), also where the items of a list share the term's last
word ("the economic, energy and climate fields" names economic fields), unless

- the term sits inside one of the taxonomy's ``exclude`` phrases ("world
  economy"), or in a title or country of a participant ("President of the
  Republic of Korea"), or points back at what was said ("these investments");
- the topic asks for context grammar and the context says no: ``engagement``
  (the engagement itself is no topic: "during the meeting", "your visit"
  while visiting, a visit named where the opening sentence sets the scene;
  "the next meeting", "his recent visit to Iran", "agreed to meet", "X will
  visit China", "looks forward to X's visit" and "looked forward to welcoming
  her to India" are), ``affiliation``
  ("permanent members of the Security Council") or ``possession`` ("Syria's
  chemical weapons", "the nuclear threat from North Korea").

Headlines, page chrome and anything outside the body raise nothing. A topic
named inside a statement is raised by the statement's speakers, every one of
them for a joint statement.
"""

from __future__ import annotations

import bisect
import datetime
import re

import attrs

from readoutmodel.mentions import Mention
from readoutmodel.model import Kind, Span
from readoutmodel.patterns import Grammar, TopicGrammar
from readoutmodel.text import Document

__all__ = ["Found", "find"]

_MARKS = '()"“”‘'  # brackets and quotation marks around a word
_QUOTES = _MARKS + "’'"  # and apostrophes
_BREAKS = ',;:!?"“”—–'  # what ends a clause
_NEXT_WORD = re.compile(r"[\s-]+(\w+)")  # the word after spacing or a hyphen
_TWO_WORDS = re.compile(r"\s+(\w[\w-]*)(?:\s+(\w[\w-]*))?")  # the next word or two


@attrs.frozen
class Found:
    """A raised topic: its id, where it is named, and the principals who raised it."""

    id: str
    mentions: tuple[Span, ...]
    raised_by: tuple[int, ...]


@attrs.define(eq=False)
class _Context:
    """One readout as the context grammar sees it.

    Where the scene is set, how the engagement was held, where the participants'
    titles are written and where people are named are worked out the first time a
    term asks: most terms ask for none of it, many readouts not for all of it.
    """

    document: Document
    grammar: Grammar
    mentions: tuple[Mention, ...]
    text: str
    lowered: str  # the text in lower case, offset for offset
    # the lowered text after a space, for the patterns that take the character before a
    # phrase too (a space stands before a phrase at the start): offsets one more
    scanned: str
    starts: list[int]  # where each sentence starts
    titling: list[Mention]  # the mentions that write a title or a country
    titled: bytearray  # 1 where any title or country is written, a participant's or not
    on: datetime.date | None  # the day of the engagement, if known
    _openings: tuple[tuple[int, int], ...] | None = attrs.field(default=None, init=False)
    _held: tuple[bool, bool] | None = attrs.field(default=None, init=False)
    _titles: bytearray | None = attrs.field(default=None, init=False)
    _people: frozenset[int] | None = attrs.field(default=None, init=False)
    _offices: frozenset[int] | None = attrs.field(default=None, init=False)
    _office_spans: tuple[list[int], list[int]] | None = attrs.field(default=None, init=False)
    _countries: tuple[dict[int, Mention], dict[int, Mention]] | None = attrs.field(
        default=None, init=False
    )

    def floor(self, offset: int, paragraph: int) -> int:
        """Where the sentence holding ``offset`` starts."""
        i = bisect.bisect_right(self.starts, offset) - 1
        start = self.starts[i] if i >= 0 else 0
        return start if start > paragraph else paragraph

    @property
    def openings(self) -> tuple[tuple[int, int], ...]:
        """The sentences that set the scene."""
        if self._openings is None:
            self._openings = _openings(self.document, self.grammar.topics, self.scanned)
        return self._openings

    def in_opening(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self.openings)

    @property
    def in_person(self) -> bool:
        """Whether the engagement is a meeting or a visit, not a call."""
        return self._how()[0]

    @property
    def by_phone(self) -> bool:
        """Whether the engagement is a telephone call."""
        return self._how()[1]

    def _how(self) -> tuple[bool, bool]:
        if self._held is None:
            header = [(line.start, line.end) for line in self.document.header]
            mode = _mode(self.grammar, self.scanned, header + list(self.openings))
            self._held = (mode is Kind.MEETING, mode is Kind.PHONE_CALL)
        return self._held

    @property
    def people(self) -> frozenset[int]:
        """Where the mentions of people with an office end."""
        if self._people is None:
            self._people = frozenset(
                m.end
                for m in self.mentions
                if m.kind in ("person", "office") and m.offices and not m.plural
            )
        return self._people

    @property
    def offices(self) -> frozenset[int]:
        """Where the mentions of offices start, a person's or not."""
        if self._offices is None:
            self._offices = frozenset(
                m.start for m in self.mentions if m.kind in ("person", "office") and m.offices
            )
        return self._offices

    def in_office(self, offset: int) -> bool:
        """Whether ``offset`` lies inside the mention of an office, a person's or not."""
        if self._office_spans is None:
            spans = sorted(
                (m.start, m.end)
                for m in self.mentions
                if m.kind in ("person", "office") and m.offices
            )
            self._office_spans = ([s for s, _ in spans], [e for _, e in spans])
        starts, ends = self._office_spans
        i = bisect.bisect_right(starts, offset) - 1
        return i >= 0 and offset < ends[i]

    @property
    def countries(self) -> tuple[dict[int, Mention], dict[int, Mention]]:
        """The mentions of countries, by where they start and by where they end."""
        if self._countries is None:
            named = [m for m in self.mentions if m.kind == "country"]
            self._countries = ({m.start: m for m in named}, {m.end: m for m in named})
        return self._countries

    def in_title(self, start: int, end: int) -> bool:
        """Whether ``start:end`` lies in a participant's title or country."""
        if not (self.titled[start] and self.titled[end - 1]):
            return False  # no title or country is written there at all
        if self._titles is None:
            self._titles = _titles(self)
        return bool(self._titles[start] and self._titles[end - 1])


_MODES = (Kind.VIDEO_CALL, Kind.PHONE_CALL, Kind.MEETING)


def _openings(
    document: Document, topics: TopicGrammar, scanned: str
) -> tuple[tuple[int, int], ...]:
    """The body's first sentence and, when it names no engagement, the first of the
    next few that does ("SEOUL, March 16 -- X and Y held a summit ..." after a line
    the segmenter kept in the body)."""
    sentences = document.sentences[:6]
    if not sentences:
        return ((0, 0),)
    first = (sentences[0].start, sentences[0].end)
    if topics.scene.search(scanned, first[0], first[1] + 1):
        return (first,)
    search = topics.scene.search
    cued = next((s for s in sentences[1:] if search(scanned, s.start, s.end + 1)), None)
    return (first,) if cued is None else (first, (cued.start, cued.end))


def _mode(grammar: Grammar, scanned: str, spans: list[tuple[int, int]]) -> Kind | None:
    """How the engagement was held, as the header and the opening say it: their
    strong cues first ("telephone", "met"), then the weak ones ("spoke", "talks");
    a video cue beats a telephone cue, which beats a meeting cue."""
    topics = grammar.topics
    strong: set[Kind] = set()
    weak: set[Kind] = set()
    for start, end in spans:
        for m in topics.scene.finditer(scanned, start, end + 1):
            at = m.start("cue")  # offsets into the scanned text are one more
            before = scanned[max(start + 1, at - 12) : at].split()
            if before and topics.words.get(before[-1]) in ("ahead", "verbal"):
                continue  # "to meet in Beijing", "the next meeting": not this one
            entry = grammar.lookup(m.group("cue"))
            for cue in entry.engagement if entry is not None else ():
                if cue.kind is not None:
                    (strong if cue.strong else weak).add(cue.kind)
    found = strong or weak
    return next((kind for kind in _MODES if kind in found), None)


def _context(
    document: Document, grammar: Grammar, mentions: tuple[Mention, ...], on: datetime.date | None
) -> _Context:
    text = document.text
    # the mentions that write a title or a country: "President", "the Chinese side", "his
    # Iranian counterpart X"
    titling = [
        m
        for m in mentions
        if m.kind == "office"
        or m.titles
        or ((m.kind == "reference" or m.reference == "counterpart") and m.countries)
    ]
    titled = bytearray(len(text))
    for m in titling:
        titled[m.start : m.end] = b"\x01" * (m.end - m.start)
    lowered = grammar.topics.lower(text)
    return _Context(
        document,
        grammar,
        mentions,
        text,
        lowered,
        " " + lowered,
        [s.start for s in document.sentences],
        titling,
        titled,
        on,
    )


def _titles(context: _Context) -> bytearray:
    """1 where a participant's title or country is written: a title of no country, or
    of a country of the people named where the scene is set (the header, the opening
    sentence)."""
    document = context.document
    openings = context.openings
    body = document.body.start if document.body is not None else 0
    countries = {
        code
        for m in context.mentions
        if m.kind in ("person", "office")
        and (m.start < body or any(start <= m.start < end for start, end in openings))
        for code in m.countries
    }
    titles = bytearray(len(context.text))
    for m in context.titling:
        if not m.countries or countries.intersection(m.countries):
            titles[m.start : m.end] = b"\x01" * (m.end - m.start)
    return titles


def _words(text: str, floor: int, start: int) -> list[str]:
    """The words before ``start`` in its clause, at most five, nearest last."""
    window = text[max(floor, start - 60) : start]
    cut = max(window.rfind(ch) for ch in _BREAKS)
    return window[cut + 1 :].split()[-5:]


_QUALIFIERS = 2  # the most words in lower case between an owner and its term


def _owner_before(topics: TopicGrammar, before: list[str]) -> bool:
    """Whether a possessive ends the words before a term, perhaps with words in lower
    case between that no cue word is among: "Syria's", "North Korea's latest"."""
    for word in reversed(before[-_QUALIFIERS - 1 :]):
        if _possessive(word):
            return True
        if not word.islower() or word in topics.words:
            return False
    return False


def _possessive(word: str) -> bool:
    return word[-2:].casefold() in ("'s", "’s", "s'", "s’")


def _later(topics: TopicGrammar, context: _Context, end: int, reach: int = 80) -> bool:
    """Whether the clause after ``end`` puts the engagement to come ("next year"),
    within ``reach`` characters."""
    window = context.text[end : end + 80]
    cut = min((i for i in map(window.find, _BREAKS + ".") if i >= 0), default=len(window))
    found = topics.later.search(window, 0, cut)
    return found is not None and found.start() <= reach


def _asking(grammar: Grammar, phrase: str) -> bool:
    """Whether a term names the asking for an engagement: "invitation"."""
    entry = grammar.lookup(phrase)
    return entry is not None and any(c.part == "request" for c in entry.engagement)


def _another_engagement(
    grammar: Grammar, context: _Context, floor: int, start: int, end: int
) -> bool:
    """Whether a term names another engagement than the one the readout reports:
    another visit, a summit, a meeting to come."""
    topics = grammar.topics
    words = topics.words
    if any(words.get(w) == "ahead" for w in context.lowered[start:end].split()):
        return True  # "next call"
    if context.in_opening(start) and _asking(grammar, context.lowered[start:end]):
        # "had a phone conversation with X at the invitation of the British side": the
        # asking for this engagement, where the scene is set
        before = [w.lower() for w in _words(context.text, floor, start)]
        while before and before[-1] in grammar.words.articles:
            before.pop()
        if any(tuple(before[-len(o) :]) == o for o in grammar.words.request_openers):
            return False
    following = context.lowered[end : end + 24].split()
    if following and following[0].strip(_QUOTES) in topics.media:
        return False  # "summit telephone talk"
    before = _words(context.text, floor, start)
    if context.in_opening(start) and _held_here(grammar, before):
        return False  # "co-chaired the ninth China-Australia Annual Leaders' Meeting"
    subject = _subject_end(grammar, context.text, floor, start)
    if (
        subject < start
        and subject in context.people
        and not _possessive(context.text[max(floor, subject - 2) : subject])
    ):
        # "President Ramaphosa visited Berlin": a person before the term is its
        # subject, not a name that qualifies it; one that owns it ("Lula's visit") is
        # read with the words before the term
        return _fallback(context, start, end)
    proper = modified = False
    for index in range(len(before) - 1, -1, -1):
        raw = before[index]
        word = raw.strip(_QUOTES).lower()
        kind = words.get(word)
        if kind == "ahead":
            return True  # "his upcoming visit"
        if kind == "verbal":
            # "agreed to meet"; during a meeting, "glad to meet you" is this one, but not
            # what a guest is asked to do: "invited him to visit Brazil", nor one looked
            # forward to: "looked forward to visiting Tokyo", nor one a modal puts to
            # come: "Secretary X will visit China"
            return (
                not context.in_person
                or (word not in grammar.words.infinitive and not context.in_opening(start))
                or _later(topics, context, end)
                or _awaited(words, before, index)
                or any(_asking(grammar, w.strip(_QUOTES).lower()) for w in before[:index])
            )
        if word in topics.media or kind in ("vague", "demonstrative"):
            return False  # "a virtual meeting", "various meetings"
        if kind == "stop":
            break
        if kind in ("self", "current"):
            # "the G20 summit", "the summit later this year"; "the visit" is this one,
            # or one named before, unless a call names another: "the visit to China
            # by ...", or a telephone call names a summit it is not: "the peace
            # summit", "the Leaders' Retreat", or a place and a time of its own follow:
            # "the visit of President Xi to Moscow in May" ("this visit" is this one)
            named = start > floor and context.text[start].isupper()
            return (
                proper
                or (named and _titled(grammar, context, end))
                or _awaited(words, before, index, through="to")
                or _prepared(words, before, index)
                or ((modified or named) and context.by_phone)
                or _later(topics, context, end, reach=24)
                or (not context.in_person and topics.beyond.match(context.text, end) is not None)
                or (kind == "self" and _elsewhere_then(topics, context, start, end))
            )
        if kind == "possessive" or _possessive(raw.rstrip(_MARKS)):
            # "your visit", "Trump's visit"; but "Trump's visit later this year", "his visit
            # to Australia in 2024", "looks forward to President X's visit"
            return (
                proper
                or not context.in_person
                or _later(topics, context, end, reach=24)
                or _elsewhere_then(topics, context, start, end)
                or _awaited(words, before, _owner_start(before, index), through="to")
            )
        if word in ("a", "an"):
            # "extended an invitation", "invited him to a state visit": an engagement
            # asked for anew is another, unless the scene is set on it ("is in Seoul
            # on an invitation")
            asked = _asking(grammar, context.lowered[start:end]) or any(
                _asking(grammar, w.strip(_QUOTES)) for w in before[:index]
            )
            return (
                proper
                or (asked and not context.in_opening(start))
                or _later(topics, context, end, reach=24)  # "a visit next year"
                or _elsewhere_then(topics, context, start, end)
                or _fallback(context, start, end)
            )
        if raw[:1].isupper() or raw[:1].isdigit() or raw[:1] == "(":
            # "G20", "(QUAD)", "29th", "Copenhagen"; but where the scene is set,
            # "a Japan-Canada summit meeting" is this one
            pair = "-" in raw and raw.split("-")[-1][:1].isupper()
            proper = proper or not (pair and context.in_opening(start))
        elif kind is None and word.isalpha():
            modified = True  # "the peace summit", "the regional summit"
    return proper or _fallback(context, start, end)


def _titled(grammar: Grammar, context: _Context, end: int) -> bool:
    """Whether "of" and a name follow a term, which with it names an event of its own: "the
    Summit of the Forum on China-Africa Cooperation", "the Conference of the Parties"."""
    words = context.text[end : end + _TITLED].split()[:3]
    folded = tuple(w.casefold() for w in words)
    for size in (2, 1):
        if folded[:size] in grammar.words.of and len(words) > size:
            return words[size][:1].isupper()
    return False


_TITLED = 40  # how far after a term "of" and the name of its event are read


def _held_here(grammar: Grammar, before: list[str]) -> bool:
    """Whether the scene's verb of holding an engagement governs the phrase of a term,
    the words ``before`` it, which then names this engagement: "X and Y co-chaired the
    ninth China-Australia Annual Leaders' Meeting", "X held the 25th China-EU Summit with
    Y"."""
    for index in range(len(before) - 1, -1, -1):
        word = before[index].strip(_QUOTES).casefold()
        if word in grammar.words.articles:
            verb = grammar.lookup(before[index - 1]) if index else None
            return verb is not None and any(
                cue.part == "verb" and cue.direction == "with" for cue in verb.engagement
            )
        if grammar.topics.words.get(word) == "stop":
            return False  # "the summit of the ...": another's
    return False


def _subject_end(grammar: Grammar, text: str, floor: int, start: int) -> int:
    """Where the words before ``start`` end, past the adverbs and days between a verb and
    its subject: "Frederiksen today visited", "Ruto also visited"."""
    subject = start
    for _ in range(_ADVERBS_BEFORE + 1):
        while subject > floor and text[subject - 1].isspace():
            subject -= 1
        word_start = subject
        while word_start > floor and text[word_start - 1].isalpha():
            word_start -= 1
        word = text[word_start:subject]
        if not word or not (grammar.adverb(word) or word.casefold() in grammar.time_words):
            break
        subject = word_start
    return subject


_ADVERBS_BEFORE = 2  # the most adverbs and days read past between a subject and its verb


def _elsewhere_then(topics: TopicGrammar, context: _Context, start: int, end: int) -> bool:
    """Whether the sentence after a term puts the visit at a place and a time of its own,
    which during a meeting make it another than the one the scene sentence sets: "the
    visit of President Xi to Moscow in May", "his visit to Australia in 2024"; not a
    month or a year the engagement is in."""
    text = context.text
    if topics.beyond.match(text, end) is None or context.in_opening(start):
        return False  # "his state visit", "this visit"
    i = bisect.bisect_right(context.starts, end)
    limit = min(end + 80, context.starts[i]) if i < len(context.starts) else end + 80
    window = text[end:limit]
    cut = min((i for i in map(window.find, _BREAKS) if i >= 0), default=len(window))
    found = topics.dated.search(window, 0, cut)
    if found is None:
        return False
    on = context.on
    month, of, year = found.group("month", "of", "year")
    if on is None or (month is None and year is None):
        return True  # "next year"
    if month is not None:
        return topics.months[month] != on.month or (of is not None and int(of) != on.year)
    return int(year) != on.year


def _owner_start(before: list[str], index: int) -> int:
    """The index of the first of the capitalised words that end at ``before[index]``, an
    owner's title and name: "President Ruto's"."""
    while index > 0 and before[index - 1][:1].isupper():
        index -= 1
    return index


def _awaited(words: dict[str, str], before: list[str], index: int, through: str = "") -> bool:
    """Whether the word before ``before[index]`` puts it to come ("looked forward to"),
    passing over ``through`` first ("looked forward to the visit")."""
    if through:
        if index < 1 or before[index - 1].lower() != through:
            return False
        index -= 1
    return index > 0 and words.get(before[index - 1].lower()) == "awaiting"


def _prepared(words: dict[str, str], before: list[str], index: int) -> bool:
    """Whether the engagement whose article is ``before[index]`` is prepared for, and so to
    come, a preposition between: "preparations for the visit", "the preparation of the
    summit"."""
    return (
        index > 1
        and words.get(before[index - 1].lower()) == "stop"
        and words.get(before[index - 2].lower()) == "preparing"
    )


def _host_awaited(topics: TopicGrammar, context: _Context, paragraph: int, start: int) -> bool:
    """Whether a host verb is looked forward to: "looks forward to welcoming"."""
    before = _words(context.text, context.floor(start, paragraph), start)
    return _awaited(topics.words, before, len(before), through="to")


def _fallback(context: _Context, start: int, end: int) -> bool:
    """Unqualified, a visit named during a meeting or where the scene is set is this
    one; several ("visits", "meetings") cannot be."""
    phrase = context.lowered[start:end]
    plural = phrase.endswith("s") and not phrase.endswith("ss")
    return plural or not (context.in_person or context.in_opening(start))


def _points_back(topics: TopicGrammar, context: _Context, floor: int, start: int) -> bool:
    """Whether a demonstrative opens the phrase of a term: "these vital investments"."""
    low = max(floor, start - 30)
    if topics.pointers.search(context.lowered, low, start) is None:
        return False
    before = context.lowered[low:start]
    words = topics.words
    for word in reversed(before.split()[-3:]):
        kind = words.get(word.strip(_QUOTES))
        if kind is not None:
            return kind == "demonstrative"
    return False


def _raises(
    grammar: Grammar, topic_id: str, context: _Context, floor: int, start: int, end: int
) -> bool:
    """Whether a term of ``topic_id`` at ``start:end`` raises it, given its context."""
    topics = grammar.topics
    kinds = topics.contexts.get(topic_id, frozenset())
    if not kinds:
        return True
    text = context.text
    if "engagement" in kinds and not _another_engagement(grammar, context, floor, start, end):
        return False
    # both read within a window: given the rest of the text, the regex module looks for a
    # named list's words through all of it before it tries a match
    if "affiliation" in kinds and (
        _member_before(topics, text, floor, start)
        or _member_after(topics, text, end)
        or _organ_after(topics, context, start, end)
    ):
        return False  # "members of the Security Council", "an EU member", "the UN's envoy"
    if "possession" in kinds:
        before = _words(text, floor, start)
        if before and before[-1].lower() == "its":
            return False  # "its chemical weapons"
        if _owner_before(topics, before):
            return False  # "Syria's chemical weapons", "North Korea's latest nuclear test"
        if _owned(topics, context, floor, start, end):
            return False  # "the Iranian nuclear threat", "the nuclear threat from North Korea"
        if _sought(topics, context, floor, start):
            return False  # "Iran can never obtain a nuclear weapon"
    return True


_PAIRING = "-–/"  # what joins two countries into a pair: "US-Russia arms control"
# the bodies that countries.tsv names like countries: what they own is beyond one
# country's file ("the EU non-proliferation agenda")
_BODIES = frozenset(("EU", "UN", "NATO"))


def _owned(topics: TopicGrammar, context: _Context, floor: int, start: int, end: int) -> bool:
    """Whether one country, named right before a term or after it with an owner's word,
    owns it, as a possessive does: "the Iranian nuclear threat", "the nuclear threat from
    North Korea". Two do not, nor a body: "US-Russia arms control", "Russian and Chinese
    arsenals", "the UN disarmament agenda"."""
    text = context.text
    starts, ends = context.countries
    at = start
    while at > floor and text[at - 1].isspace():
        at -= 1
    country = ends.get(at) if at < start else None
    if country is None:
        owner = topics.owner.match(context.lowered, end)
        country = starts.get(owner.end()) if owner is not None else None
        if country is None:
            return False
    paired = (country.start > 0 and text[country.start - 1] in _PAIRING) or (
        country.end < len(text) and text[country.end] in _PAIRING
    )
    return len(country.countries) == 1 and country.countries[0] not in _BODIES and not paired


def _sought(topics: TopicGrammar, context: _Context, floor: int, start: int) -> bool:
    """Whether the one country named before a term in its sentence means to get it, a word
    of getting between them: "Iran can never obtain a nuclear weapon", "the DPRK's
    continued pursuit of nuclear weapons"."""
    text = context.text
    words = [w.strip(",.;:’'").casefold() for w in text[floor:start].split()[-_SOUGHT:]]
    if topics.acquiring.isdisjoint(words):
        return False  # most terms follow no such word
    starts, _ = context.countries
    named = [m for at, m in starts.items() if floor <= at < start]
    return (
        len(named) == 1
        and len(named[0].countries) == 1
        and named[0].countries[0] not in _BODIES
        and start - named[0].end <= _SOUGHT_REACH
    )


_SOUGHT = 6  # the words before a term a word of getting may stand among
_SOUGHT_REACH = 60  # how far before a term the country that seeks it may end


def _member_before(topics: TopicGrammar, text: str, floor: int, start: int) -> bool:
    """Whether a member's word and its link stand before a term: "members of the"."""
    near = start - 12 if start - 12 > floor else floor
    last = text[near:start].rsplit(None, 1)  # the last word, without splitting the others
    if not last or last[-1].casefold() not in topics.member_links:
        return False  # most terms follow no link: no need to run the pattern
    return topics.member_before.search(text, max(floor, start - 40), start) is not None


def _member_after(topics: TopicGrammar, text: str, end: int) -> bool:
    """Whether a member's word follows a term: "member states", "officials"."""
    word = _NEXT_WORD.match(text, end, end + 40)
    if word is None or word.group(1).casefold() not in topics.member_openers:
        return False  # most terms are followed by no member's word
    return topics.member_after.match(text, end, end + 40) is not None


def _organ_after(topics: TopicGrammar, context: _Context, start: int, end: int) -> bool:
    """Whether an office or an organ follows an organisation's possessive, in the next
    word or two: "the EU's Commissioner for Energy", "the UN's special envoy", "the
    African Union's committee"; its members do not ("the EU's member states")."""
    text = context.text
    if text[end : end + 2] not in ("'s", "’s"):
        return False  # most terms are no possessive
    if context.in_office(start):
        return True  # the owner is read with its office: "the EU's Commissioner for Energy"
    found = _TWO_WORDS.match(text, end + 2, end + 60)
    if found is None:
        return False
    if found.group(1).casefold() in topics.organs:
        return True
    offices = context.offices
    return found.start(1) in offices or (found.group(2) is not None and found.start(2) in offices)


def _guest_to_act(
    grammar: Grammar, context: _Context, people: dict[int, Mention], end: int
) -> int | None:
    """After a host verb, a guest asked to do something somewhere: "invited President X
    to take part in COP30 in Belém". Returns where the verbal word ("to") ends."""
    topics = grammar.topics
    text = context.text
    window = text[end : end + 100]
    cut = min((i for i in map(window.find, _BREAKS + ".") if i >= 0), default=len(window))
    position = end + len(window) - len(window.lstrip())
    guest = people.get(position)
    if guest is None:
        return None  # the guest is a person the text names, not "Chinese companies"
    tail = text[guest.end : end + cut].split()
    if len(tail) < 2 or topics.words.get(tail[0].lower()) != "verbal":
        return None
    if not any(word[:1].isupper() or word[:1].isdigit() for word in tail[1:7]):
        return None  # somewhere or at some event: "in Belém", "the G20"
    return text.index(tail[0], guest.end) + len(tail[0])


def _hits(
    document: Document,
    grammar: Grammar,
    mentions: tuple[Mention, ...],
    issuer: str | None,
    on: datetime.date | None,
) -> list[tuple[int, int, tuple[str, ...]]]:
    """Where topics are raised in the body, in text order: each term's start and end,
    and the topics it raises."""
    hits: list[tuple[int, int, tuple[str, ...]]] = []
    if not document.paragraphs:
        return hits
    topics = grammar.topics
    context = _context(document, grammar, mentions, on)
    people: dict[int, Mention] | None = None
    text, scanned = context.text, context.scanned
    # read once: a readout may hold a term in every other word
    leads, contextual, in_title = topics.leads, topics.contextual, context.in_title
    for paragraph in document.paragraphs:
        for m in topics.scan.finditer(scanned, paragraph.start, paragraph.end + 1):
            phrase = m.group("term")
            start, end = m.span("term")
            start, end = start - 1, end - 1
            lead = leads.get(phrase)
            if lead is not None:
                # "economic, energy and climate fields": the lead word is a term of its own
                # and, with the list's last word, another ("economic fields")
                shared = topics.shared(context.lowered, lead, start)
                phrase, end = lead, start + len(lead)
                ids = topics.ids(text[start:end], phrase)
                ids = tuple(dict.fromkeys(ids + shared)) if shared else ids
            else:
                ids = topics.ids(text[start:end], phrase)
            if ids:
                ids = topics.unslotted(ids, phrase, context.lowered, start)
            if not ids and phrase not in topics.hosts:
                continue  # an excluded phrase: "world economy"
            if in_title(start, end):
                continue
            if ids and context.in_office(start) and not _country(grammar, text[start:end]):
                continue  # a word of an office: "Trade Representative X", not "Ukrainian"
            if not ids:
                # "welcome President X to India", "invited X to take part in COP30":
                # a visit to come, named by no term
                # during a visit, its host welcomes the guest to this one, unless the
                # welcome is looked forward to ("looks forward to welcoming him to
                # Australia"); an invitation asks the guest to another, unless the scene
                # is set on it
                if context.in_opening(start) or (
                    context.in_person
                    and not _asking(grammar, phrase)
                    and not _host_awaited(topics, context, paragraph.start, start)
                ):
                    continue
                guest = topics.guest.match(text, end)
                if guest is not None:
                    ids, end = topics.hosting, guest.end("to")
                else:
                    if people is None:
                        people = {p.start: p for p in mentions if p.kind in ("person", "office")}
                    act = _guest_to_act(grammar, context, people, end)
                    if act is None:
                        continue
                    ids, end = topics.hosting, act
            else:
                floor = context.floor(start, paragraph.start)
                if _points_back(topics, context, floor, start):
                    continue  # "these investments" is what was said before
                if len(ids) == 1:
                    if ids[0] in contextual and not _raises(
                        grammar, ids[0], context, floor, start, end
                    ):
                        continue
                elif not contextual.isdisjoint(ids):
                    ids = tuple(t for t in ids if _raises(grammar, t, context, floor, start, end))
            if ids:
                hits.append((start, end, ids))
    if issuer is not None and issuer in topics.own:
        hits.extend(_own_name(document, grammar, context, issuer))
        hits.sort()
    return hits


def _country(grammar: Grammar, term: str) -> bool:
    """Whether a term is a country or its people: "Ukraine", "Ukrainian"."""
    entry = grammar.lookup(term)
    return entry is not None and bool(entry.countries)


def _own_name(
    document: Document, grammar: Grammar, context: _Context, issuer: str
) -> list[tuple[int, int, tuple[str, ...]]]:
    """Where a body's own readout names it in its own way ("the Alliance" in NATO's): it
    raises what the body's code does as a term ("NATO"), in the same context."""
    topics = grammar.topics
    named = topics.ids(issuer, issuer.lower())
    found: list[tuple[int, int, tuple[str, ...]]] = []
    for paragraph in document.paragraphs if named else ():
        for m in topics.own[issuer].finditer(context.text, paragraph.start, paragraph.end):
            start, end = m.span("term")
            if context.in_title(start, end):
                continue
            floor = context.floor(start, paragraph.start)
            ids = tuple(
                t
                for t in named
                if t not in topics.contextual or _raises(grammar, t, context, floor, start, end)
            )
            if ids:
                found.append((start, end, ids))
    return found


def find(
    document: Document,
    grammar: Grammar,
    mentions: tuple[Mention, ...],
    statements: tuple[tuple[Span, tuple[int, ...]], ...],
    issuer: str | None = None,
    on: datetime.date | None = None,
) -> tuple[tuple[Found, ...], tuple[tuple[str, ...], ...]]:
    """The raised topics in taxonomy order, and the topic ids of each statement, given
    each statement's span and speakers, who issued the readout (a body's readout names
    the body in its own way: "the Alliance") and the day of the engagement (a visit
    dated otherwise is another)."""
    hits = _hits(document, grammar, mentions, issuer, on)
    if not hits:
        return (), tuple(() for _ in statements)
    spans: dict[str, list[Span]] = {}
    for start, end, ids in hits:
        span = Span(start, end)
        for topic_id in ids:
            if topic_id in spans:
                spans[topic_id].append(span)
            else:
                spans[topic_id] = [span]
    # Statements are in text order and do not overlap, so the only one that can hold a
    # hit is the last to start at or before it.
    starts = [passage.start for passage, _ in statements]
    inside: list[set[str]] = [set() for _ in statements]
    for start, end, ids in hits:
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and end <= statements[i][0].end:
            inside[i].update(ids)
    rank = grammar.topics.rank.__getitem__
    per_statement: list[tuple[str, ...]] = []
    raisers: dict[str, list[int]] = {}
    for (_, speakers), raised in zip(statements, inside, strict=True):
        ordered = tuple(sorted(raised, key=rank)) if len(raised) > 1 else tuple(raised)
        per_statement.append(ordered)
        for topic_id in ordered:
            for speaker in speakers:
                if speaker not in raisers.setdefault(topic_id, []):
                    raisers[topic_id].append(speaker)
    found = tuple(
        Found(topic_id, tuple(spans[topic_id]), tuple(raisers.get(topic_id, ())))
        for topic_id in sorted(spans, key=rank)
    )
    return found, tuple(per_statement)
