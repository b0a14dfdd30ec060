"""Statements: who said or did what, sentence by sentence.

The body is read paragraph by paragraph, in units: a sentence, or the
sentences a quotation runs over. A unit's first attribution starts a
statement; the attribution forms are

- a speaker and a reporting verb: "Xi Jinping pointed out that ...", "The two
  leaders agreed ...", "Mr Putin and Ms Merkel discussed ...", with adverbs,
  times and appositions between ("Xi once again congratulated", "Chinese
  President Xi Jinping on Tuesday urged");
- the same at the end: "..., Xi said.", "..., said Moon.", '"...," Zelensky
  emphasized.';
- a passive with no agent, a joint act: "Syria was discussed", "Also discussed
  were ...", "Among the issues discussed was ...";
- a stance with a copula: "He was confident that ...";
- an act named by a noun: "had a candid and in-depth exchange of views";
- the act of the scene sentence: "X spoke with Y to congratulate him",
  "X held a phone conversation with Y, exchanging views", "X spoke with Y and
  reaffirmed ...";
- a participant's words relayed by an office: '"The heads of diplomatic
  agencies exchanged opinions ...," the ministry noted.'

A unit without an attribution continues the statement before it in the same
paragraph (readouts report on: "Xi Jinping stressed, ... The US behaviors
have ... China hopes ..."), unless it narrates again with a participant as
subject ("They also made progress ..."). A paragraph that is only a quotation
continues the statement of the paragraph before it, unless the quotation is left
open for the next paragraph to go on with and an attribution closes it there
('“We agree. / “We will act,” she said.'): then the attribution covers it all.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from typing import NamedTuple

import attrs

from readoutmodel.cast import Cast, relayer_named, relaying_office, relays
from readoutmodel.lexer import Lexeme, Lexemes
from readoutmodel.mentions import Mention, joins
from readoutmodel.model import Kind, Span, VerbCategory
from readoutmodel.patterns import Grammar
from readoutmodel.text import Document, Paragraph, Sentence

__all__ = ["Draft", "Reading", "find"]

_SPEECH = (VerbCategory.ASSERT, VerbCategory.EMPHASIZE)
_WORD = 24  # the longest word looked back at, or ahead
_JOINED_REACH = 12  # the characters read before a joined clause's subject, and after it
_ACCORDING_REACH = 80  # how far from a sentence's end its "according to X" may open
_OF_REACH = 4  # how far after a reference its "of" is read: "the leaders of ..."
_ENGAGEMENT_WORDS = 6  # how far into a sentence the engagement it tells of is named
_RECALLED_WORDS = 3  # the most words of a clause that gives a year: "In May 2023,"
_POINTED = 3  # the words of a clause that points back at an occasion: "During that visit,"
_AUXILIARY_REACH = 36  # how far back a passive's auxiliary and its adverbs are read
_FRONTED = 60  # how far into a sentence a fronted passive may stand: "Particular attention"
_ADJUNCT = 8  # the most words after a verb that closes a quotation: "on his social media"
# how far before an act named by a noun its verb is looked for: eight words and more
_NOUN_VERB_REACH = 200
_UNPERFORMED = 8  # the most words before an act no one performs: "There was a frank and ..."
# how far before the act of a scene sentence ("... to discuss") its engagement's verb may
# stand: past the names of several leaders
_SCENE_REACH = 400
_PAIR_REACH = 400  # how far back "the former" and "the latter" look for the two named
_CLAUSE_REACH = 120  # how far back the clause a passive stands in is read for its opening
_PARTNER = 120  # how far after "discussed" its object may run before "with" and a partner
_YEAR_COMMA = re.compile(r",(?=\s*\d{4}(?!\d))")  # the comma before a year: "March 1, 2024"
_GAP = 240  # the longest stretch between a subject and its verb ("on Tuesday", "(R)", ...)
_NEXT_CHARACTER = re.compile(r"\s*(\S)")  # the next character that is not a space
_RELATIVE_REACH = 40  # how far before a verb the comma of a relative pronoun may stand
_OPENER_REACH = 40  # the longest opener before a verb in -ing, or a comma ("began by")
_COPULA_REACH = 40  # the longest copula with its adverb before a stance ("have been deeply")
_CLAUSE = 160  # the longest relative clause set off by commas before a verb, in characters
_ASIDE = 120  # the longest aside set off by commas before a verb ("as host of the G7")
_WITH_REACH = 40  # how far before a verb in -ing "with" and its subject may open
# the acts whose verb takes a person for its object: "thanked the President", "told
# him", "urged the Prime Minister"; not "said the Brazilian side ...", content
_PERSON_OBJECT = frozenset({VerbCategory.COURTESY, VerbCategory.INFORM, VerbCategory.REQUEST})
_ADVERBS_REACH = 30  # how far before a verb the adverbs after an aside's comma may run
_NEAR_SUBJECT = 24  # the most between a present's subject and it ("also once again")

_start = operator.attrgetter("start")
_end = operator.attrgetter("end")

# Drafts, and the attributions of most verbs, are made with the tuple's constructor:
# a named tuple's own is a Python function, called for every statement.
_new = tuple.__new__


class Draft(NamedTuple):
    """A statement before the model objects are built (a named tuple: cheap to make)."""

    speakers: tuple[int, ...]
    verb: str
    category: VerbCategory
    span: Span
    sentences: tuple[Span, ...]
    paragraph: int
    content: str


@attrs.frozen
class Reading:
    """What the statements stage found: the statements, and the references it
    resolved on the way (pronouns included), as (principal, span) pairs."""

    statements: tuple[Draft, ...]
    references: tuple[tuple[int, Span], ...]


def _genders(
    cast: Cast, grammar: Grammar, text: str, mentions: tuple[Mention, ...], lexemes: Lexemes
) -> dict[int, str]:
    """The principals whose style, where the scene first names them, says "he" or "she":
    "Mr.", "His Majesty", "Ms.", "Her Excellency" (grammar.toml: masculine, feminine), or
    else their given name ("Giorgia", data/given_names.tsv);
    not a later name, which may be a namesake's ("Mrs. Michelle Obama"); then those a
    possessive right after them says it of, where a courtesy is paid them ("congratulated
    Prime Minister X on her appointment": grammar.toml masculine_owning, feminine_owning;
    not "briefed X on her visit", the subject's)."""
    words = grammar.words
    found: dict[int, str] = {}
    for i, principal in enumerate(cast.principals):
        if principal.before_names:
            opening = principal.before_names[0] + " "  # "ms. ", "her excellency madam "
            if opening.startswith(words.masculine):
                found[i] = "he"
                continue
            if opening.startswith(words.feminine):
                found[i] = "she"
                continue
        # a given name that says it: "Giorgia Meloni", "Tsai Ing-wen"
        gender = grammar.gender(principal.name) if principal.named else None
        if gender is not None:
            found[i] = gender
    if len(found) == len(cast.principals):
        return found
    for mention in mentions:
        if mention.kind != "person" and mention.kind != "office":
            continue
        end = mention.end
        if text.startswith(words.masculine_owning, end):
            gender = "he"
        elif text.startswith(words.feminine_owning, end):
            gender = "she"
        else:
            continue
        before = lexemes.between(max(0, mention.start - _COURTESY_REACH), mention.start)
        verb = before[-1] if before else None
        if verb is None or verb.entry is None or verb.entry.verb is None:
            continue
        if verb.entry.verb.category is not VerbCategory.COURTESY:
            continue
        whom = cast.resolve(mention, text)
        if len(whom) == 1:
            found.setdefault(whom[0], gender)
    return found


_COURTESY_REACH = 16  # how far before a person the courtesy paid them may stand


class _ThirdParty(Exception):
    """The unit reports someone who took no part: nothing in it is a participant's."""


_PURPOSE_REACH = 80  # how far before a verb joined to a purpose that purpose may start
_SENTENCE_MARKS = " .!?"  # what may follow a verb that closes its sentence, with quotes
_SAYING = frozenset((VerbCategory.ASSERT, VerbCategory.EMPHASIZE))  # "said", "stressed"


class _Attribution(NamedTuple):
    speakers: tuple[int, ...]
    verb: str
    category: VerbCategory
    verb_end: int
    trailing: bool  # the attribution closes its sentence
    subject: tuple[int, int] | None  # the subject's span, for content
    inside_quote: bool


@attrs.define
class _Open:
    """The statement being read."""

    attribution: _Attribution
    paragraph: int
    start: int
    end: int
    sentences: list[Span]
    content: list[str]
    speech: bool


@attrs.define
class _Unit:
    start: int
    end: int
    sentences: list[Sentence]
    quotes: list[tuple[int, int]]  # quotation regions inside the unit


class _Reader:
    def __init__(
        self,
        document: Document,
        lexemes: Lexemes,
        mentions: tuple[Mention, ...],
        cast: Cast,
        grammar: Grammar,
        scene: tuple[Span, ...],
        openings: tuple[Span, ...] | None = None,
    ) -> None:
        self.text = document.text
        self.document = document
        self.lexemes = lexemes
        self.mentions = mentions
        self.starts = list(map(_start, mentions))
        self.cast = cast
        self.grammar = grammar
        self.scene = scene
        self.quoting = any(map(self.text.__contains__, grammar.words.quotes))
        # a unit's quotations by the list's id: the list, their starts in order, the
        # furthest end so far (see in_quotation)
        self.quote_index: dict[int, tuple[list[tuple[int, int]], list[int], list[int]]] = {}
        # one span per place: a statement of one sentence shares that sentence's span
        self.spans = {(span.start, span.end): span for span in scene}
        # where the scene sentences that open the body lie, as offsets: the first, and one
        # that tells it again; nowhere when there is none
        spans = [(span.start, span.end) for span in (scene[:1] if openings is None else openings)]
        first, again, *_ = [*spans, (0, 0), (0, 0)]
        self.openings = (first, again)
        self.drafts: list[Draft] = []
        self.references: list[tuple[int, Span]] = []
        self.last_single: int | None = None
        self.last_group: tuple[int, ...] = ()
        # who the paragraph has named so far: the speakers of its statements, and the units
        # whose people are read only when "they" asks for them
        self.paragraph_speakers: list[int] = []
        self.paragraph_units: list[tuple[int, int]] = []
        self.paragraph_start = 0  # where the paragraph being read starts
        self.speech = False  # the unit reads inside a speaker's reported words
        self.speaking: tuple[int, ...] = ()  # whose words those are
        self.others: set[int] = set()  # the starts of units that report others' words
        self.after_others = False  # whether the unit before reported others' words
        self.unit_start = 0  # where the unit being read starts
        self.relayers: set[int] = set()  # the starts of units whose subject relays words
        # the starts of units of a passive with an agent, and the one principal its subject
        # names, whom "He" in the sentence after is: "The Secretary-General was briefed by
        # the Prime Minister. He reiterated ..."
        self.patients: dict[int, int] = {}

    # -- helpers --------------------------------------------------------------------

    def mentions_between(self, start: int, end: int) -> tuple[Mention, ...]:
        """The mentions lying inside ``[start, end)``."""
        low = bisect.bisect_left(self.starts, start)
        high = bisect.bisect_left(self.starts, end, low)
        found = self.mentions[low:high]
        if found and max(map(_end, found)) > end:  # one of them runs past the end
            return tuple(m for m in found if m.end <= end)
        return found

    def last_of(self, holders: tuple[int, ...], before: int) -> tuple[int, ...]:
        """The one of ``holders`` last named by name in the paragraph before ``before``,
        or ()."""
        floor = self.paragraph_start
        index = bisect.bisect_left(self.starts, before) - 1
        while index >= 0 and self.mentions[index].start >= floor:
            mention = self.mentions[index]
            if mention.kind == "person" and mention.name is not None:
                found = self.cast.resolve(mention, self.text)
                if len(found) == 1 and found[0] in holders:
                    return found
            index -= 1
        return ()

    def mention_from(self, start: int, end: int) -> Mention | None:
        """The first mention that starts in ``[start, end)``, wherever it ends: a long one
        ("His Highness X, President of the United Arab Emirates") too."""
        index = bisect.bisect_left(self.starts, start)
        if index < len(self.mentions) and self.mentions[index].start < end:
            return self.mentions[index]
        return None

    def span(self, start: int, end: int) -> Span:
        """The span ``[start, end)``, made once."""
        found = self.spans.get((start, end))
        if found is None:
            found = self.spans[start, end] = Span(start, end)
        return found

    def gap_ok(self, start: int, end: int) -> bool:
        """Whether only words that may stand between a subject and its verb stand between
        ``start`` and ``end`` (``grammar.gap``): spacing and commas at once."""
        if start > end:
            return False
        if not self.text[start:end].strip(" ,"):
            return True
        return self.grammar.gap.fullmatch(self.text, start, end) is not None

    def resolve(self, mention: Mention) -> tuple[int, ...]:
        if mention.kind != "reference":
            found = self.cast.resolve(mention, self.text)
            if mention.kind == "office" and len(found) == 1 and not mention.plural:
                # "The Prime Minister" of two: the one the paragraph last named
                holders = self.cast.holders(mention)
                if len(holders) > 1 and self.cast.home not in holders:
                    return self.last_of(holders, mention.start) or found
            return found
        reference = mention.reference
        if reference in ("he", "she"):
            if self.after_others:
                return ()  # the one whose words the sentence before reported
            # the one the sentence opens with ("Ambassador X held a roundtable, where she
            # underscored"); the one last spoken of; before any statement, the subject of
            # the scene
            last = self.opening_subject(mention.start, reference)
            if last is None:
                last = self.last_single if self.last_single is not None else self.scene_subject
            if last is None:
                return ()
            known = self.genders.get(last)
            if known != reference:
                others = self.cast.others((last,))
                if known is None:
                    # "Macron thanked the Vice President for her leadership. She ...": the
                    # one known to be "she", not one of whom nothing is known, nor one the
                    # sentence goes on to name ("She briefed the Vice President"); most
                    # leaders are men, so one known as "he" does not take "He" from such a one
                    fitting = (
                        [
                            i
                            for i in others
                            if self.genders.get(i) == reference
                            and i not in self.named_after(mention.end)
                        ]
                        if reference == "she"
                        else []
                    )
                else:
                    # "She thanked him ... He briefed her": not the one "she" was
                    fitting = [i for i in others if self.genders.get(i, reference) == reference]
                if len(fitting) == 1:
                    last = fitting[0]
            self.genders.setdefault(last, reference)
            return (last,)
        if reference == "they":
            return self.they()
        if reference in ("first", "we"):
            # a statement issued by a leader in person: "Today I spoke with ...", "We discussed";
            # not when the one principal is whom the writer, never named, spoke with
            if not self.first_person or self.cast.home is None or len(self.cast) < 2:
                return ()
            return (self.cast.home,) if reference == "first" else self.cast.everyone()
        if reference == "former" or reference == "latter":
            pair = self.last_two(mention.start)
            if pair is not None:
                return (pair[0],) if reference == "former" else (pair[1],)
            reference = "other"
        if reference == "pair":
            if len(self.last_group) == 2:
                return tuple(sorted(self.last_group))  # "A and B welcomed ... The two leaders"
            last = self.last_other(mention.start)
            return self.cast.pair(self.last_single if last is None else last, self.scene_subject)
        if reference == "group" and self.cast.in_turn and not mention.offices:
            met = self.met_here(mention)
            if met is not None:
                return met
        if reference == "other":
            # before any statement, the counterpart of the scene's subject
            last = self.last_single if self.last_single is not None else self.scene_subject
            return () if last is None else self.cast.others((last,))[:1]
        return self.cast.resolve(mention, self.text)

    def opening_subject(self, before: int, reference: str) -> int | None:
        """The one principal the unit being read opens with, before ``before``, whom "he"
        or "she" may be: "Ambassador X held a roundtable, where she underscored"."""
        start = self.unit_start
        # the first mention alone, not all up to the pronoun: a unit may be long
        mention = self.mention_from(start, before)
        if mention is None or mention.end > before or mention.start - start > _CLAUSE_REACH:
            return None
        lead = self.text[start : mention.start]
        if lead.strip() and not lead.rstrip().endswith(","):
            return None  # "In response, X ...": a phrase set off, then the subject
        if mention.kind not in ("person", "office") or mention.possessive:
            return None
        found = self.cast.resolve(mention, self.text)
        if len(found) != 1 or self.genders.get(found[0], reference) != reference:
            return None
        return found[0]

    def met_here(self, mention: Mention) -> tuple[int, ...] | None:
        """Of meetings told in turn, "The leaders" and "Both sides" of a paragraph that has
        named one met besides the host, or of a paragraph that names no one after one that
        did: those two; None where it names more, or where the group or its sentence
        counts everyone ("all the leaders", "In all three meetings, the leaders")."""
        # the group's words, and the sentence's before it: "In all three meetings, the
        # leaders condemned"
        start = max(min(self.unit_start, mention.start), mention.start - _CLAUSE_REACH)
        words = self.text[start : mention.end].replace(",", " ").casefold().split()
        numbers = self.grammar.numbers
        if any(w in self.grammar.words.everyone or numbers.get(w, 0) > 2 for w in words):
            return None
        host = self.cast.home if self.cast.home is not None else self.scene_subject
        people = self.paragraph_people() | ({host} if host is not None else set())
        if len(people) < 2 and host is not None:
            # a paragraph of its own after the one that told of the meeting: the one met
            # last before it
            last = self.last_other(mention.start)
            if last is not None:
                people.add(last)
        return tuple(sorted(people)) if len(people) == 2 else None

    def named_after(self, start: int) -> set[int]:
        """The principals named one by one in the rest of the sentence after ``start``."""
        end = self.text.find(". ", start, start + _PAIR_REACH)
        end = start + _PAIR_REACH if end < 0 else end
        low = bisect.bisect_left(self.starts, start)
        high = bisect.bisect_left(self.starts, end, low)
        return {
            i
            for m in self.mentions[low:high]
            if m.kind == "person" or m.kind == "office"
            for i in self.cast.resolve(m, self.text)
        }

    def last_other(self, start: int) -> int | None:
        """The principal other than the issuer's own last named one by one before
        ``start``, within a few sentences: whom "The two leaders" of a readout of meetings
        in turn pair with the issuer's own ("X also met Y of Z. The two leaders ...")."""
        index = bisect.bisect_left(self.starts, start)
        reach = start - 2 * _PAIR_REACH
        home = self.cast.home
        while index > 0:
            index -= 1
            mention = self.mentions[index]
            if mention.start < reach:
                break
            if mention.kind != "person" and mention.kind != "office":
                continue
            whom = self.resolve(mention)
            if len(whom) == 1 and whom[0] != home:
                return whom[0]
        return None

    def last_two(self, start: int) -> tuple[int, int] | None:
        """The last two principals named one by one before ``start``, in the order they
        were named, within its sentence and the one before; None when there are not two
        ("The Prime Minister conveyed ... The latter thanked ...": the other, as "other")."""
        index = bisect.bisect_left(self.starts, start)
        text = self.text
        reach = max(0, start - _PAIR_REACH)
        floor = start
        for _ in range(2):  # back to where the sentence before this one starts
            floor = max(text.rfind(". ", reach, floor), text.rfind("\n", reach, floor))
            if floor < 0:
                floor = reach
                break
        found: list[int] = []
        while index > 0 and len(found) < 2:
            index -= 1
            mention = self.mentions[index]
            if mention.start < floor:
                break
            if mention.kind != "person" and mention.kind != "office":
                continue
            whom = self.cast.resolve(mention, self.text)
            if len(whom) == 1 and whom[0] not in found:
                found.append(whom[0])
        return (found[1], found[0]) if len(found) == 2 else None

    # Worked out on first use: most readouts never say "He", "I" or "We".
    @functools.cached_property
    def genders(self) -> dict[int, str]:
        """ "he" or "she" of the principals, as their styles have it, then as the
        pronouns read so far have it."""
        return _genders(self.cast, self.grammar, self.text, self.mentions, self.lexemes)

    @functools.cached_property
    def first_person(self) -> bool:
        """Whether the body is a leader's own statement: its first sentence has "I" or
        "We" before its verb ("Today I spoke with President Biden."), or one of its
        first two sentences has "I" ("Had a good call with X. I thanked him ...")."""
        for span in self.scene[:1]:
            for mention in self.mentions_between(span.start, span.end):
                if mention.kind == "reference" and mention.reference in ("first", "we"):
                    return True
                break
        return any(
            not self.quoted(sentence.start, mention.start)
            for sentence in self.document.sentences[:2]
            for mention in self.mentions_between(sentence.start, sentence.end)
            if mention.kind == "reference" and mention.reference == "first"
        )

    def quoted(self, start: int, position: int) -> bool:
        """Whether a quotation mark opens between ``start`` and ``position``."""
        return any(map(self.text[start:position].__contains__, self.grammar.words.quotes))

    @functools.cached_property
    def scene_subject(self) -> int | None:
        """The principal the scene sentence opens with ("President Xi Jinping held talks
        with ...")."""
        for span in self.scene:
            for mention in self.mentions_between(span.start, span.end):
                if mention.kind in ("person", "office"):
                    found = self.cast.resolve(mention, self.text)
                    if len(found) == 1:
                        return found[0]
            return None
        return None

    def they(self) -> tuple[int, ...]:
        if len(self.last_group) >= 2:
            return self.last_group
        people = self.paragraph_people()
        if len(people) >= 2:
            return tuple(sorted(people))
        if len(people) == 1 and self.cast.home is not None and self.cast.home not in people:
            return tuple(sorted({*people, self.cast.home}))
        return self.cast.leaders()

    def paragraph_people(self) -> set[int]:
        """The principals the paragraph has named so far."""
        people = set(self.paragraph_speakers)
        for start, end in self.paragraph_units:
            for mention in self.mentions_between(start, end):
                if mention.kind in ("person", "office"):
                    people.update(self.cast.resolve(mention, self.text))
        return people

    # -- units ----------------------------------------------------------------------

    def units(self, sentences: tuple[Sentence, ...], start: int, end: int) -> list[_Unit]:
        quotes = sorted(self.quote_regions(start, end))
        if not quotes:
            return [_Unit(s.start, s.end, [s], []) for s in sentences]
        units: list[_Unit] = []
        seen: set[tuple[int, int]] = set()  # the quotations of the last unit
        # The quotations are in text order, sentence by sentence: those that end before a
        # sentence are passed over once, not tested again for every sentence after them.
        low = 0
        for sentence in sentences:
            while low < len(quotes) and quotes[low][1] <= sentence.start:
                low += 1
            inside = []
            running_on = False  # a quotation of the unit before runs into this sentence
            for q in itertools.islice(quotes, low, None):
                if q[0] >= sentence.end:
                    break
                if q[1] > sentence.start:
                    inside.append(q)
                    running_on = running_on or bool(units and q[0] < units[-1].end)
            if running_on:
                unit = units[-1]
                unit.end = sentence.end
                unit.sentences.append(sentence)
                for q in inside:
                    if q not in seen:
                        seen.add(q)
                        unit.quotes.append(q)
                continue
            units.append(_Unit(sentence.start, sentence.end, [sentence], inside))
            seen = set(inside)
        return units

    def quote_regions(self, start: int, end: int) -> list[tuple[int, int]]:
        """The quotations of a paragraph, as (start, end) pairs; a straight quotation
        mark may close a typographic one and the other way round."""
        regions: list[tuple[int, int]] = []
        if not self.quoting:
            return regions  # no quotation in the whole text
        quotes = self.grammar.words.quotes
        if not any(map(self.text[start:end].__contains__, quotes)):
            return regions  # no quotation opens here
        opened: tuple[int, str] | None = None
        for lx in self.lexemes.between(start, end):
            if lx.kind != "quote":
                continue
            mark = lx.text
            if opened is None:
                if mark in quotes:
                    opened = (lx.start, quotes[mark])
            elif mark == opened[1] or (mark in ('"', "”") and opened[1] in ('"', "”")):
                regions.append((opened[0], lx.end))
                opened = None
        if opened is not None:
            regions.append((opened[0], end))
        return regions

    # -- reading --------------------------------------------------------------------

    def read(self) -> None:
        current: _Open | None = None
        # paragraphs of a quotation left open, which the next one goes on with
        held: list[tuple[Paragraph, _Unit]] = []
        for paragraph in self.document.paragraphs:
            units = self.begin(paragraph)
            if self.runs_on(paragraph, units):
                held.append((paragraph, units[0]))
                continue
            number = -1
            if held:
                closing = self.closing(units[0]) if units else None
                if closing is not None:
                    # '“We agree. / “We will act,” she said.': one statement, the whole
                    # quotation, from the paragraph it opens in
                    self.close(current)
                    current = self.open(closing, units[0], held[0][0].index)
                    self.prepend(current, [unit for _, unit in held])
                    number = 0
                else:
                    for before, unit in held:
                        self.begin(before)
                        current = self.go_on(current, before, unit, 0, [unit])
                    self.begin(paragraph)
                held = []
            while number + 1 < len(units):
                number += 1
                unit = units[number]
                if paragraph.question:
                    self.close(current)
                    current = None
                    continue
                self.speech = (
                    current is not None and current.paragraph == paragraph.index and current.speech
                )
                self.speaking = current.attribution.speakers if current is not None else ()
                attribution = self.attribution(unit)
                if attribution is not None and attribution.inside_quote and len(unit.sentences) > 1:
                    # a relayed quotation of several sentences: each sentence has its own act
                    units[number : number + 1] = [
                        _Unit(s.start, s.end, [s], unit.quotes) for s in unit.sentences
                    ]
                    number -= 1
                    continue
                if attribution is not None and not self.told(attribution):
                    self.close(current)
                    current = self.open(attribution, unit, paragraph.index)
                    continue
                current = self.go_on(current, paragraph, unit, number, units)
        for before, unit in held:
            self.begin(before)
            current = self.go_on(current, before, unit, 0, [unit])
        self.close(current)

    def document_follows(self, lx: Lexeme) -> bool:
        """Whether a document that says what it says follows the verb after what it says, a
        whole word: "..., said a statement by ..."; not "welcomed the statement by the G7",
        "condemned the statements of ..."."""
        text = self.text
        before = text[max(0, lx.start - 3) : lx.start].rstrip()
        quotes = self.grammar.words.quotes
        if not before.endswith((",", *quotes, *quotes.values())):
            return False
        for document in self.grammar.words.documents:
            if text.startswith(document, lx.end):
                after = lx.end + len(document)
                return after >= len(text) or not text[after].isalnum()
        return False

    def object_of_word(self, start: int, position: int) -> bool:
        """Whether a word in lower case, no article, stands right before ``position`` in
        the unit from ``start``: what follows it is an object ("signed the revised X"), not
        a subject."""
        before = self.text[max(start, position - 24) : position].split()
        words = self.grammar.words
        while before and before[-1].casefold() in words.articles:
            before.pop()
        if not before or not before[-1].isalpha() or not before[-1].islower():
            return False
        # not one that joins subjects, nor a verb that reports them, nor one that opens
        # what is reported: "X and Y", "said X", "said that X and Y discussed"
        word = before[-1]
        entry = self.grammar.lookup(word)
        return (
            word not in words.joining
            and word not in words.content_openers
            and (entry is None or entry.verb is None)
        )

    def perfect(self, attribution: _Attribution) -> bool:
        """Whether an attribution's verb is in the present perfect ("has sent", "have
        expressed"): within reported words, what the speaker said others have done."""
        start = attribution.verb_end - len(attribution.verb)
        word = self.text[max(0, start - 6) : start].split()[-1:]
        return bool(word) and word[0].casefold() in self.grammar.words.perfect

    def told(self, attribution: _Attribution) -> bool:
        """Whether an attribution within a speaker's words is part of what they say, not an
        act anew: what others have done ("the U.S. side has sent wrong signals"), what both
        sides are ("China and Brazil are both committed to ..."), or what a participant
        did with someone who took no part ("President X and President Boric had an
        exchange of views in Lima last November"), or what the speaker recalls of a time
        gone by ("Last year, he and President Y jointly announced ..."). What the group
        speaking says of itself in the present is an act anew."""
        if not self.speech:
            return False
        if self.with_others(attribution):
            return True
        start = attribution.verb_end - len(attribution.verb)
        if self.recalled(max(self.paragraph_start, self.text.rfind(". ", 0, start) + 2), start):
            return True
        # what the group speaking says of itself in the present is its act anew: "The
        # ministers announced a dialogue. They look forward to the summit."
        joint_present = (
            len(attribution.speakers) > 1
            and set(attribution.speakers) != set(self.speaking)
            and self.present(attribution)
        )
        return (self.perfect(attribution) or joint_present) and not self.named(attribution)

    def of_the_engagement(self, unit: _Unit, piece: str) -> bool:
        """Whether a unit (``piece``, in lower case) tells of the engagement itself, within
        its first words: a placeholder a copula names so ("This was their first call.", "It
        was the President's third call this year.") or the engagement a day owns as its
        subject ("Today's call follows their meeting in May.")."""
        words = piece.split(None, 2)[:2]
        grammar = self.grammar
        placeholder = (
            len(words) == 2
            and words[0] in grammar.words.placeholders
            and words[1] in grammar.words.copulas
        )
        if not (placeholder or self.opens_with_days(unit)):
            return False
        found = self.lexemes.between(unit.start, unit.end)
        noun = next(
            (
                lx
                for lx in found
                if lx.entry is not None and any(c.part == "noun" for c in lx.entry.engagement)
            ),
            None,
        )
        return noun is not None and (
            len(self.text[unit.start : noun.start].split()) < _ENGAGEMENT_WORDS
        )

    def opens_with_days(self, unit: _Unit) -> bool:
        """Whether a day and the lexer's possessive ending open a unit: "Today's"."""
        first = self.lexemes.first(unit.start, unit.end)
        if first is None or first.start != unit.start or first.entry is None:
            return False  # the commonest case: no phrase opens the unit
        if first.entry.time is None:
            return False
        following = self.lexemes.first(first.end, unit.end)
        return (
            following is not None
            and following.kind == "possessive"
            and following.start == first.end
        )

    def recalled(self, low: int, high: int) -> bool:
        """Whether the sentence that starts at ``low`` opens with a clause of a time gone
        by, ending before ``high``: "Last year,", "Two years ago,", "In 2023,", "During that
        visit,"."""
        text = self.text
        comma = text.find(",", low, high)
        if comma < 0:
            return False
        words = text[low:comma].casefold().split()
        closed = self.grammar.words
        recalled = closed.recalled
        return bool(words) and (
            words[0] in recalled
            or words[-1] in recalled
            or (
                len(words) == _POINTED
                and words[1] in closed.recalled_pointers
                and words[2] in closed.recalled_occasions
            )
            # a year of a few words, not a clause that tells another act in it: "Recalling
            # his visit to Spain in 2018, Xi said ..."
            or (len(words) <= _RECALLED_WORDS and len(words[-1]) == 4 and words[-1].isdigit())
        )

    def present(self, attribution: _Attribution) -> bool:
        """Whether an attribution's verb is in the present ("they share", "China and Brazil
        are both committed"): within reported words, what the speaker says holds."""
        start = attribution.verb_end - len(attribution.verb)
        verb = self.lexemes.first(start, attribution.verb_end)
        if verb is not None and verb.entry is not None and verb.entry.form in ("base", "present"):
            return True
        # from the word before the subject: "are both committed", "both" after its copula
        low = self.word_before(attribution.subject[0]) if attribution.subject else start
        return any(w.casefold() in self.grammar.words.present for w in self.text[low:start].split())

    def word_before(self, position: int) -> int:
        """Where the word before ``position`` starts."""
        low = max(0, position - _WORD)
        words = self.text[low:position].rstrip()
        last = words.rsplit(None, 1)[-1] if words.strip() else ""
        return low + len(words) - len(last) if last else position

    def with_others(self, attribution: _Attribution) -> bool:
        """Whether an attribution's subject names someone by name who took no part."""
        if attribution.subject is None:
            return False
        return any(
            mention.kind == "person" and mention.name is not None and not self.resolve(mention)
            for mention in self.mentions_between(*attribution.subject)
        )

    def named(self, attribution: _Attribution) -> bool:
        """Whether an attribution's subject names a participant, or two of them, by name,
        office or count ("Pedro Sánchez has insisted", "Both leaders have agreed"): someone
        reported anew, not what the speaker says others have done ("China has always
        ...", "He has ...", "The two sides have", who may be any two)."""
        if attribution.subject is None or not attribution.speakers:
            return False
        found = self.mentions_between(*attribution.subject)
        if found and found[0].reference == "pair":
            # "China and Brazil are both committed": "both" after a copula floats off the
            # subject before it
            start = self.word_before(attribution.subject[0])
            word = self.text[start : attribution.subject[0]].strip().casefold()
            return word not in self.grammar.words.copulas
        return bool(found) and found[0].kind in ("person", "office")

    def begin(self, paragraph: Paragraph) -> list[_Unit]:
        """Start reading a paragraph: its units."""
        self.paragraph_speakers = []
        self.paragraph_units = []
        self.paragraph_start = paragraph.start
        self.last_group = ()
        self.speech = False  # the paragraph's first unit continues no speech of its own
        sentences = self.document.paragraph_sentences(paragraph.index)
        return self.units(sentences, paragraph.start, paragraph.end)

    def go_on(
        self,
        current: _Open | None,
        paragraph: Paragraph,
        unit: _Unit,
        number: int,
        units: list[_Unit],
    ) -> _Open | None:
        """A unit without an attribution: the statement being read goes on with it, or
        ends, as it does at the words of someone who took no part; the statement being
        read after it."""
        if current is None:
            self.paragraph_units.append((unit.start, unit.end))
            self.spoken_of(unit)
            return None
        same_paragraph = current.paragraph == paragraph.index
        quoted_paragraph = (
            number == 0
            and len(units) == 1
            and self.text[unit.start : unit.start + 1] in self.grammar.words.quotes
            and paragraph.index > 0
            # the statement reaches into the paragraph before: a quotation that runs over
            # several paragraphs goes on
            and current.end >= self.document.paragraphs[paragraph.index - 1].start
            and not self.relayed(unit)
        )
        if (
            (same_paragraph or quoted_paragraph or self.listed_under(current, paragraph))
            and unit.start not in self.others
            and not self.narrates(unit, current.attribution.category in _SAYING)
        ):
            self.extend(current, unit)
            return current
        self.close(current)
        self.paragraph_units.append((unit.start, unit.end))
        self.spoken_of(unit)
        return None

    def listed_under(self, current: _Open, paragraph: Paragraph) -> bool:
        """Whether ``paragraph`` is an item of a list that the statement being read opens
        with a colon, in the paragraphs right after it: "The two leaders welcomed the
        following steps:" over "- The resumption of ...", "Xi put forward three
        proposals:" over "First, ..."."""
        if paragraph.index == 0 or not self.item(paragraph):
            return False
        before = self.document.paragraphs[paragraph.index - 1]
        if current.end < before.start:
            return False  # the statement ended before the paragraph before
        opened = self.text[current.end - 1 : current.end] == ":"
        # the item before was the list's, taken into the statement
        listed = self.item(before) and current.paragraph < before.index
        return opened or listed

    def item(self, paragraph: Paragraph) -> bool:
        """Whether ``paragraph`` opens like an item of a list: a marker ("- ", "• ") or an
        ordinal and a comma ("First, ")."""
        text, words = self.text, self.grammar.words
        if text[paragraph.start] in words.list_markers:
            return True
        first, comma, _ = text[paragraph.start : paragraph.start + 12].partition(",")
        return bool(comma) and first.casefold() in words.list_ordinals

    def spoken_of(self, unit: _Unit) -> None:
        """A unit outside any statement that opens with one principal's name or office, or
        names it after a phrase set off by a comma, is about them: "He" after it is they
        ("President X is on his first visit to India. He thanked ..."); not within a
        statement, whose speaker's words may name others."""
        for mention in self.mentions_between(unit.start, min(unit.end, unit.start + 80)):
            lead = self.text[unit.start : mention.start].rstrip()
            if (
                (not lead or lead.endswith(","))  # "In response, President X ..."
                and mention.kind in ("person", "office")
                and not mention.possessive
            ):
                found = self.cast.resolve(mention, self.text)
                if len(found) == 1:
                    self.last_single = found[0]
            return

    def runs_on(self, paragraph: Paragraph, units: list[_Unit]) -> bool:
        """Whether a paragraph is a quotation left open, without an attribution, that the
        next paragraph goes on with: it opens with a quotation mark it does not close, and
        the next one opens with a quotation mark, as English sets a quotation of several
        paragraphs."""
        if len(units) != 1 or not units[0].quotes:
            return False
        unit, text, quotes = units[0], self.text, self.grammar.words.quotes
        opening, last_end = unit.quotes[0][0], unit.quotes[-1][1]
        if opening != unit.start or last_end != paragraph.end:
            return False
        if text[paragraph.end - 1] in self.grammar.words.closing_quotes:
            return False  # closed where the paragraph ends
        following = self.document.paragraphs[paragraph.index + 1 : paragraph.index + 2]
        if not following or text[following[0].start] not in quotes:
            return False
        return self.attribution(unit) is None

    def closing(self, unit: _Unit) -> _Attribution | None:
        """The attribution after a quotation that opens a paragraph and closes in it:
        '“We will act,” she said.'."""
        if self.text[unit.start] not in self.grammar.words.quotes:
            return None
        attribution = self.attribution(unit)
        if attribution is None or not attribution.trailing or attribution.inside_quote:
            return None
        return attribution

    def prepend(self, current: _Open, units: list[_Unit]) -> None:
        """Open the statement being read with the units before it."""
        current.start = units[0].start
        current.sentences[:0] = [self.span(s.start, s.end) for u in units for s in u.sentences]
        marks = self.grammar.words.opening_quotes
        current.content[:0] = [self.text[u.start : u.end].strip().lstrip(marks) for u in units]

    def in_quotation(self, quotes: list[tuple[int, int]], position: int) -> bool:
        """Whether ``position`` lies inside one of ``quotes`` (strictly): by the starts in
        order and, for each, the furthest end of the quotations that start no later,
        worked out once for each list, as a unit has many verbs and may share its list."""
        index = self.quote_index.get(id(quotes))
        if index is None or index[0] is not quotes:
            ordered = sorted(quotes)
            reach: list[int] = []
            furthest = -1
            for _, end in ordered:
                furthest = max(furthest, end)
                reach.append(furthest)
            index = self.quote_index[id(quotes)] = (quotes, [q[0] for q in ordered], reach)
        _, starts, reach = index
        before = bisect.bisect_left(starts, position)  # the quotations opening before it
        return before > 0 and reach[before - 1] > position

    def joined_subject(self, start: int, end: int) -> int | None:
        """The one principal who is the subject of the last clause that ", and" joins to the
        sentence after ``start`` with a verb of its own: "..., and the Prime Minister
        stressed ..."; None if there is none."""
        found = None
        for mention in self.mentions_between(start, end):
            if mention.kind not in ("person", "office") or mention.possessive:
                continue
            before = self.text[max(start, mention.start - _JOINED_REACH) : mention.start]
            head, _, last = before.rstrip().rpartition(" ")
            if not head.endswith(",") or last.casefold() not in self.grammar.words.joining:
                continue
            verb = self.lexemes.first(mention.end, mention.end + _JOINED_REACH)
            if (
                verb is None
                or verb.entry is None
                or verb.entry.verb is None
                or verb.entry.form not in ("past", "present")
                or self.text[mention.end : verb.start].strip(" ,")
            ):
                continue
            resolved = self.cast.resolve(mention, self.text)
            if len(resolved) == 1:
                found = resolved[0]
        return found

    def relayed(self, unit: _Unit) -> bool:
        """Whether a quotation is attributed outside it ('"...," the Kremlin said.')."""
        last = max((end for _, end in unit.quotes), default=unit.start)
        return any(
            lx.entry is not None and lx.entry.verb is not None
            for lx in self.lexemes.between(last, unit.end)
        )

    def open(self, attribution: _Attribution, unit: _Unit, paragraph: int) -> _Open:
        speakers = attribution.speakers
        if len(speakers) == 1:
            self.last_single = self.patients.get(unit.start, speakers[0])
        else:
            self.last_group = speakers
        joined = self.joined_subject(attribution.verb_end, unit.end)
        if joined is not None and joined not in speakers:
            # "X updated on ..., and the Prime Minister stressed ...": "He" is now the other
            self.last_single = joined
        self.paragraph_speakers.extend(speakers)
        self.paragraph_units.append((unit.start, unit.end))
        content = self.content(attribution, unit)
        after = self.text[attribution.verb_end : attribution.verb_end + 8].lstrip()
        speech = attribution.category in _SPEECH or after.startswith(
            self.grammar.words.content_openers
        )
        return _Open(
            attribution,
            paragraph,
            unit.start,
            unit.end,
            [self.span(s.start, s.end) for s in unit.sentences],
            [content],
            speech,
        )

    def extend(self, current: _Open, unit: _Unit) -> None:
        current.end = unit.end
        current.sentences.extend(self.span(s.start, s.end) for s in unit.sentences)
        current.content.append(self.text[unit.start : unit.end])
        self.paragraph_units.append((unit.start, unit.end))

    def close(self, current: _Open | None) -> None:
        """Record the statement being read, if any."""
        if current is None:
            return
        a = current.attribution
        self.drafts.append(
            _new(
                Draft,
                (
                    a.speakers,
                    a.verb,
                    a.category,
                    self.span(current.start, current.end),
                    tuple(current.sentences),
                    current.paragraph,
                    " ".join(filter(None, current.content)),
                ),
            )
        )

    def content(self, attribution: _Attribution, unit: _Unit) -> str:
        text = self.text
        if attribution.trailing and attribution.subject is not None:
            piece = text[unit.start : attribution.subject[0]]
            marks = self.grammar.words.closing_quotes + self.grammar.words.opening_quotes
            return piece.strip().rstrip(",").strip().strip(marks).strip().rstrip(",").strip()
        raw = text[attribution.verb_end : unit.end]
        piece = raw.strip()
        if piece and self.auxiliary_at(unit.end - len(raw.lstrip())):
            piece = piece.partition(" ")[2]  # "Also discussed were trade and energy."
        if not any(ch.isalnum() for ch in piece):
            subject = self.passive_subject(attribution, unit)  # "Syria was discussed."
            if subject:
                return subject
        if piece.startswith("that "):
            return piece[5:].lstrip()
        if piece.startswith((",", ":")):
            return piece[1:].lstrip()  # the spacing after ": " is stripped with the rest
        return piece

    def passive_subject(self, attribution: _Attribution, unit: _Unit) -> str | None:
        """What a passive that closes its sentence reports: its subject, the words before
        the verb and its auxiliaries ("Trade and energy were also discussed."); None when
        no auxiliary stands before the verb ("The leaders agreed.")."""
        before = self.text[unit.start : attribution.verb_end - len(attribution.verb)].rstrip()
        auxiliary = False
        while True:
            head, _, last = before.rpartition(" ")
            word = last.casefold()
            if head and self.is_auxiliary(word):
                auxiliary = True
            elif not head or not self.grammar.adverb(last):
                return before if auxiliary else None
            before = head.rstrip()

    def narrates(self, unit: _Unit, saying: bool = False) -> bool:
        """Whether a unit narrates anew, with a participant as subject ("They also made
        ...") or about other times ("The parliament adopted a law last week."), unless it
        goes on with what someone is ``saying`` ("X said that ... Trade hit a record last
        year.", "Last year, the two sides held ..."): words tell of other times as often as
        a writer does."""
        text = self.text
        piece = text[unit.start : unit.end].casefold()
        if (
            not saying
            and not unit.quotes
            and any(map(piece.__contains__, self.grammar.words.background))
        ):
            return True
        if not unit.quotes and self.of_the_engagement(unit, piece):
            return True
        if saying and self.recalled(unit.start, unit.end):
            return False  # "Last year, the two sides held ...": what the speaker recalls
        mentions = self.mentions_between(unit.start, unit.end)
        for index, mention in enumerate(mentions):
            if mention.reference == "engagement" and text.startswith(",", mention.end):
                continue  # an opening phrase: "Prior to the talks, X held a welcome ceremony"
            lead = text[unit.start : mention.start]
            if lead.strip() and not lead.rstrip().endswith(","):
                return False
            if mention.kind not in ("person", "office", "reference") or mention.possessive:
                return False
            if mention.reference == "engagement" and not lead.strip():
                return True  # the engagement told of with no act: "The call lasted an hour."
            if mention.kind == "reference" and mention.reference in ("engagement", "role"):
                return False
            end = mention.end
            resolved = bool(self.resolve(mention))
            by_name = mention.kind == "person" and mention.name is not None
            if (
                not resolved
                and mention.kind != "reference"
                and (not by_name or (saying and (mention.offices or self.one_word(mention))))
            ):
                # an official who took no part, named and titled, tells of something else
                # done ("Secretary X spoke separately with Y"), but within what a speaker
                # is saying is part of it, as is a word no one answers to ("Xi'an was
                # ..."), a place more often than a person
                return False
            # others named with them: "X and Y were present at the talks", "After the
            # talks, A and B jointly witnessed the signing"
            joining = self.grammar.words.joining
            for other in mentions[index + 1 :]:
                named = other.kind == "person" or (other.kind == "office" and resolved)
                if not named or not joins(text[end : other.start], joining):
                    break
                end = other.end
            # past the comma that closes an apposition: "X, Chinese Ambassador ..., attended"
            words = text[end : end + 40].lstrip(" ,").split()
            for number, word in enumerate(words[:3]):
                stripped = word.strip(",.;")
                if self.grammar.adverb(stripped) or stripped in self.grammar.words.recency:
                    continue  # "The two leaders last met in May"
                bare = stripped.casefold()
                past = bare in self.grammar.past_tense or (bare.endswith("ed") and len(bare) > 4)
                following = words[number + 1].casefold() if number + 1 < len(words) else ""
                # "The parties concerned should ...": an adjective, then the verb
                return past and following not in self.grammar.words.modals
            return False
        return False

    def one_word(self, mention: Mention) -> bool:
        """Whether a mention's name is a single word."""
        assert mention.name is not None
        start, end = mention.name
        return " " not in self.text[start:end]

    # -- attributions ---------------------------------------------------------------

    def attribution(self, unit: _Unit) -> _Attribution | None:
        """The unit's first attribution outside a quotation, else its first inside one."""
        self.unit_start = unit.start
        found = self.first_attribution(unit)
        if found is None and unit.start in self.relayers:
            # "Kremlin spokesman X said Russia would ...": a spokesman's own words, not a
            # participant's, end the statement before them
            self.others.add(unit.start)
        # "Kremlin spokesman X said ... He noted ...": "He" after someone who took no part
        # is that one
        self.after_others = unit.start in self.others
        return found

    def first_attribution(self, unit: _Unit) -> _Attribution | None:
        first: _Attribution | None = None
        third = False  # whether someone who took no part spoke first
        for lx in self.lexemes.between(unit.start, unit.end):
            entry = lx.entry
            if entry is None or entry.verb is None:
                continue
            try:
                attribution = self.at_verb(unit, lx)
            except _ThirdParty:
                # their words may relay a principal's: "Foreign Minister X said that
                # President Y emphasised ...", as a spokesperson's do
                third = third or first is None
                continue
            if (
                attribution is not None
                and third
                and (
                    not attribution.speakers
                    or (attribution.subject is not None and self.pronoun_at(attribution.subject[0]))
                )
            ):
                # "Stoltenberg said he was glad": the one who spoke is the third party
                continue
            if attribution is not None:
                if not attribution.inside_quote:
                    return self.said_last(unit, lx) or attribution
                if first is None:
                    first = attribution
        if third and first is None:
            # "According to President X, the Lobito Corridor offers ...": X's words, whoever
            # is their subject
            found = self.according_to(unit)
            if found is not None:
                return found
            self.others.add(unit.start)
            return None
        if first is None:
            return (
                self.according_to(unit) or self.according_after(unit) or self.fronted_passive(unit)
            )
        return first

    def fronted_passive(self, unit: _Unit) -> _Attribution | None:
        """ "Particular attention was paid to ...", "Emphasis was placed on ...": a joint
        act with no agent named, the participle its verb."""
        if unit.quotes:
            return None
        piece = self.text[unit.start : min(unit.end, unit.start + _FRONTED)].casefold()
        for phrase in self.grammar.words.fronted_passives:
            at = piece.find(phrase)
            if at >= 0 and (at == 0 or not piece[at - 1].isalnum()):
                verb_end = unit.start + at + len(phrase)
                verb = self.text[verb_end - len(phrase.rsplit(" ", 1)[-1]) : verb_end]
                speakers = self.cast.leaders()
                if not speakers:
                    return None
                return _Attribution(
                    speakers, verb, VerbCategory.EMPHASIZE, verb_end, False, None, False
                )
        return None

    def said_last(self, unit: _Unit, lx: Lexeme) -> _Attribution | None:
        """The attribution that closes the unit after the one at ``lx``, a name and a verb
        of saying after a comma, if one does, perhaps with what it adds after it: the whole
        sentence is then its speaker's words ("The two sides have supported each other, Xi
        said.", "..., Xi said, adding that ..."); not a clause of its own (", and the
        President accepted")."""
        text = self.text
        closing = self.grammar.words.closing_quotes
        end = unit.end
        while end > lx.end and (text[end - 1] in _SENTENCE_MARKS or text[end - 1] in closing):
            end -= 1
        # or before what it adds: "..., Xi said, adding that ..."
        end = min(
            (at for at in (text.find(a, lx.end, end) for a in self.grammar.words.adding) if at > 0),
            default=end,
        )
        last = self.lexemes.between(lx.end, end)[-1:]
        if not last or last[0].end != end or last[0].entry is None or last[0].entry.verb is None:
            return None  # the commonest case: the unit ends with no verb
        if last[0].entry.verb.category not in _SAYING:
            return None
        try:
            found = self.at_verb(unit, last[0])
        except _ThirdParty:
            return None  # "..., the ministry's spokesman said": relayed, not its words
        if found is None or not found.trailing or not found.speakers or found.subject is None:
            return None
        subject = self.mentions_between(*found.subject)
        named = bool(subject) and subject[0].kind == "person" and subject[0].name is not None
        comma = text[: found.subject[0]].rstrip().endswith(",")
        return found if named and comma else None

    def joined_purpose(self, unit: _Unit, lx: Lexeme) -> bool:
        """Whether a verb in the base form is joined by "and" to a purpose ("to mark the
        occasion and reaffirm"), within one clause."""
        before = self.text[max(unit.start, lx.start - _PURPOSE_REACH) : lx.start]
        if not before.endswith(self.grammar.words.joining_words) or not lx.text[:1].islower():
            return False  # the commonest case: no "and" before the verb
        to = before.rfind(" to ")
        if to < 0 or any(mark in before[to:] for mark in ",.;:"):
            return False
        # a verb after "to", not a place: "to the White House ... and State Dinner"
        verb = before[to + 4 :].split(maxsplit=1)[:1]
        return bool(verb) and verb[0].islower() and verb[0] not in self.grammar.words.articles

    def at_verb(self, unit: _Unit, lx: Lexeme) -> _Attribution | None:
        entry = lx.entry
        assert entry is not None
        assert entry.verb is not None
        verb = entry.verb
        form = entry.form
        text = self.text
        position = lx.start
        quoted = bool(unit.quotes) and self.in_quotation(unit.quotes, position)
        if (
            entry.engagement
            and any(c.part == "verb" for c in entry.engagement)
            and (
                self.object_follows(lx)
                or self.purpose_follows(lx)
                or self.grammar.words.pronoun_object(text, lx.end, closing=False)
            )
            and not self.urged(lx)
        ):
            # "President Obama called President Medvedev", "X called on Prime Minister Y":
            # the scene, not an act; "X, who called to congratulate him": the act is the
            # purpose's
            return None
        if self.engagement_follows(lx) or (self.in_scene(unit) and self.hosts(lx)):
            return None  # "X answered a phone call from Y": the scene, not an act
        if self.document_follows(lx):
            return None  # "..., said a statement by the Royal Office": a document relays
        if verb.phrase in self.grammar.words.bestowing and self.bestowed(lx):
            return None  # "presented the President with a bowl of shamrock": a gift
        if form == "present" and text.startswith(",", lx.end):
            return None  # "In both calls, the Taoiseach ...": a noun, not a verb
        if form == "base" and self.after_copula(lx.start):
            return None  # "X and Y were also present": an adjective, not a verb
        words = lx.text.casefold().split()
        if len(words) > 1 and words[-1] in self.grammar.words.content_openers:
            words.pop()  # "held that": the verb whose content the phrase opens
        written = words[0] if entry.split else " ".join(words)
        if form == "adj":
            found = self.copula(unit, lx, written, verb.category, quoted)
            if found is not None or entry.active is None:
                return found
            verb, form = entry.active, "past"  # "X encouraged Y to ...": no stance but an act
        if form == "noun":
            if self.in_scene(unit) and any(c.part == "noun" for c in entry.engagement):
                return None  # "X held discussions with Y": the scene, as "held talks" is
            return self.noun_act(unit, lx, written, verb.category, quoted)
        if form == "ing":
            return self.participle(unit, lx, written, verb.category, quoted)
        if form == "base" and self.joined_purpose(unit, lx):
            # "spoke with X to mark the occasion and reaffirm ...": the second of two
            # purposes, the first no act
            return self.scene_act(unit, lx, written, verb.category, quoted)
        if form == "base" and text[max(0, lx.start - 3) : lx.start] == "to ":
            before = text[max(unit.start, lx.start - 40) : lx.start]
            lights = self.grammar.words.light_verbs
            light = next((v for v in lights if before.endswith(v)), None)
            if light is not None:
                # "X took the opportunity to congratulate Y": X's act
                end = lx.start - len(light)
                subject = self.subject_before(unit, end)
                if subject and subject[0]:
                    speakers, span = subject
                    return _Attribution(
                        speakers, written, verb.category, lx.end, False, span, quoted
                    )
                return None
            return self.scene_act(
                unit, lx, written, verb.category, quoted
            )  # "spoke with X to discuss"
        agent = self.passive_agent(lx, form) if self.agent_follows(lx) else None
        if (
            self.agent_follows(lx)
            and (agent is not None or form in ("past", "participle"))
            and (
                self.engagement_subject(unit, lx)
                or (
                    verb.category is VerbCategory.REQUEST
                    and self.in_relative(lx, form)
                    and self.engagement_named(unit.start, lx.start)
                )
            )
        ):
            # "The call was requested by X", "The call, requested by X, lasted an hour",
            # "X held a call with Y, which was requested by Y": who asked, not what was said
            return None
        if agent is not None and self.hospitality(lx, form):
            return None  # "a lunch was offered by His Majesty": a meal, no words
        if agent is not None:
            # "The Prime Minister was briefed by President X on ...": X's act, reporting
            # what follows the agent, if anything does
            speakers, span = agent
            patient = self.mention_from(unit.start, lx.start)
            if (
                patient is not None
                and patient.kind in ("person", "office")
                and not self.text[unit.start : patient.start].strip(" ,")
            ):
                who = self.cast.resolve(patient, self.text)
                if len(who) == 1 and who[0] not in speakers:
                    self.patients[unit.start] = who[0]
            rest = self.text[span[1] : unit.end]
            end = span[1] if any(ch.isalnum() for ch in rest) else lx.end
            return _Attribution(speakers, written, verb.category, end, False, span, quoted)
        if self.agent_follows(lx) and self.auxiliary_before(lx, form) is not None:
            return None  # "X was greeted by a guard of honour": the act of no participant
        if self.in_relative(lx, form):
            return None  # a clause on what comes before: "The meeting, which was described"
        # past, participle, present; the base form as the present of a plural subject
        anew = form == "base" or (form == "present" and self.speech)
        if anew and not self.named_right_before(lx.start):
            return None  # "will discuss", "China appreciates", read without the subject
        subject = self.subject_before(unit, self.before_clause(unit, lx.start))
        # "China appreciates ...": the speaker's words go on, unless another principal is
        # named their subject
        if anew and (subject is None or not subject[0] or not self.speaks_anew(subject, form)):
            return None
        if (
            self.speech
            and subject is not None
            and len(subject[0]) == 1
            and self.present_state(lx, form)
            and not self.speaks_anew(subject, "present")
        ):
            return None  # "The US side is committed to ...": the speaker's side, in their words
        if subject is not None:
            speakers, span = subject
            if self.grammar.words.object_relative(self.text, span[0]) is not None:
                return None  # "The call, which the Prime Minister requested, focused on ..."
            if not speakers:
                if self.passive(lx, form) or self.auxiliary_follows(lx, form):
                    # "Joint fight against DAESH was discussed", "Among the issues
                    # discussed were ..."
                    return self.joint(written, verb.category, lx, quoted)
                raise _ThirdParty  # "Presidential Aide Vladimir Medinsky ... said that ..."
            if self.passive(lx, form):
                if verb.category in _PERSON_OBJECT:
                    # "The Azerbaijani President was informed that ...": the subject is
                    # told, thanked or asked, by no one named: a joint act
                    return self.joint(written, verb.category, lx, quoted)
                # "The Prime Minister was welcomed with a state ceremony": what was done
                # to the subject, by no one named, is no act of theirs
                return None
            if len(speakers) >= 3:
                speakers = self.without_object(speakers, lx)
            elif (
                len(speakers) == 1 and verb.category in _PERSON_OBJECT and self.unnamed_at(span[0])
            ):
                speakers = self.not_own_object(speakers, lx)
            if verb.category is VerbCategory.DISCUSS:
                speakers = self.with_partner(speakers, lx, unit.end)
            closes = self.closes(unit, lx) or self.closes_quotation(unit, lx, span)
            return _new(
                _Attribution, (speakers, written, verb.category, lx.end, closes, span, quoted)
            )
        inverted = self.inverted(unit, lx)
        if inverted is not None:
            speakers, span = inverted
            return _Attribution(speakers, written, verb.category, lx.end, True, span, quoted)
        if self.passive(lx, form) or self.auxiliary_follows(lx, form):
            # "Syria was discussed", "Also discussed were ...": a joint act with no named
            # agent
            return self.joint(written, verb.category, lx, quoted)
        if form in ("past", "present") and self.after_and(unit, lx):
            return self.coordinated(unit, lx, written, verb.category, quoted)
        return None

    def named_right_before(self, position: int) -> bool:
        """Whether a person, an office or a reference ends a few characters before
        ``position``, with a space after it: the subject a present needs ("The leaders
        agree", "President Lula looks")."""
        index = bisect.bisect_left(self.starts, position) - 1
        if index < 0:
            return False
        last = self.mentions[index]
        return (
            last.kind in ("person", "office", "reference")
            and 0 < position - last.end <= _NEAR_SUBJECT
        )

    def speaks_anew(
        self, subject: tuple[tuple[int, ...], tuple[int, int]], form: str | None
    ) -> bool:
        """Whether a verb in the present, or in the base form, with ``subject`` before it
        starts a statement: the base form of a plural subject or of the first person ("The
        leaders agree", "I thank him"; not "to agree", "will agree"), a present whose
        subject names another principal than the one speaking ("President Lula looks
        forward to ..." after Biden's words; not "China appreciates ...")."""
        speakers, (start, end) = subject
        mention = self.mentions_between(start, end)[0]
        if form == "base":
            return len(speakers) >= 2 or mention.reference in ("first", "we")
        return mention.kind in ("person", "office") and not set(speakers) <= set(self.speaking)

    def before_clause(self, unit: _Unit, position: int) -> int:
        """Where a clause or an aside set off by commas starts when it closes right before
        ``position``, or before the adverbs there, else ``position``: the verb's subject
        stands before it. A relative clause ("X, who had requested the call, also said"),
        or a few words that hold no verb and name no one ("X, as G7 chair, thanked", "X,
        however, commended", "X, Chairman of the African Union, underlined")."""
        text = self.text
        end = position
        if "," not in text[position - 3 : position]:
            if "," not in text[max(0, position - _ADVERBS_REACH) : position]:
                return position  # the commonest case: no comma near before the verb
            end = self.before_adverbs(position)
            if end == position or "," not in text[end - 3 : end]:
                return position  # the commonest case: no comma right before the verb
        while end > unit.start and text[end - 1].isspace():
            end -= 1
        if end == unit.start or text[end - 1] != ",":
            return position
        low = max(unit.start, end - _CLAUSE)
        opening = max(text.rfind(r, low, end - 1) for r in self.grammar.words.relatives)
        # no comma within the clause, but a year's: "X, who is visiting from February 28 to
        # March 1, 2024, stressed"
        if opening >= 0 and "," not in _YEAR_COMMA.sub("", text[opening + 1 : end - 1]):
            return opening
        comma = text.rfind(",", max(unit.start, end - _ASIDE), end - 1)
        if comma < 0:
            # an office in apposition runs longer: "Wang, also a member of the Political
            # Bureau of the Communist Party of China Central Committee, said"
            comma = text.rfind(",", low, end - 1)
            if comma < 0 or not self.apposition(comma + 1, end - 1):
                return position
        if not self.aside(comma + 1, end - 1):
            return position
        return comma

    def apposition(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` opens with an office, after adverbs and an article
        ("also a member of ...", "general secretary of ...")."""
        text = self.text
        closed = self.grammar.words
        position = start
        for word in text[start:end].split():
            if not (self.grammar.adverb(word) or word.casefold() in closed.articles):
                break
            position = text.index(word, position) + len(word)
        first = self.lexemes.first(position, end)
        return (
            first is not None
            and first.entry is not None
            and first.entry.title is not None
            and not text[position : first.start].strip()
        )

    def aside(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]``, set off by commas between a subject and its verb,
        is an aside: a few words, no verb in the past of their own ("in his remarks" has
        none), no principal named first ("X, Y, agreed" is a list; "X, in his call with
        Y, stressed" an aside)."""
        text = self.text
        if not text[start:end].strip():
            return False
        for lx in self.lexemes.between(start, end):
            entry = lx.entry
            if entry is not None and entry.verb is not None and entry.form == "past":
                return False
        # nor the end of a mention that runs into it: "The Prime Minister, Rishi Sunak,"
        return not any(
            m.end > start
            and (
                m.start < start
                or (
                    m.kind == "person"
                    and not text[start : m.start].strip()
                    and bool(self.resolve(m))
                )
            )
            for m in self.mentions_between(max(0, start - _ASIDE), end)
        )

    def in_relative(self, lx: Lexeme, form: str | None) -> bool:
        """Whether the verb's auxiliary opens a relative clause on what comes before it:
        "The meeting, which was described as constructive, focused on ..."."""
        if "," not in self.text[max(0, lx.start - _RELATIVE_REACH) : lx.start]:
            return False  # the commonest case: no clause set off by a comma before the verb
        start = self.auxiliary_before(lx, form)
        if start is None:
            return False
        auxiliary = self.text.rfind(" ", 0, start - 1) + 1  # where the auxiliary starts
        return self.grammar.words.object_relative(self.text, auxiliary) is not None

    def passive(self, lx: Lexeme, form: str | None) -> bool:
        """Whether the verb is a passive with no agent that reports an act: "was
        discussed", not "was told by", nor a state ("is committed to") or an act to come
        or owed ("must be opposed", "will be discussed", "needs to be stressed")."""
        start = self.auxiliary_before(lx, form)
        if start is None or self.agent_follows(lx) or self.subordinate(start):
            return False
        text = self.text
        words = self.grammar.words
        low = max(0, start - 12)
        if self.present_auxiliary(start):
            return not self.speech and lx.text.casefold() not in words.stative
        if text.endswith("be ", low, start):
            modal = text[max(0, start - 12) : start - 3].split()
            return not (
                modal and (modal[-1].casefold() in words.modals or modal[-1] in words.infinitive)
            )
        return True

    def present_state(self, lx: Lexeme, form: str | None) -> bool:
        """Whether a participle stands after an auxiliary in the present: "is committed"."""
        start = self.auxiliary_before(lx, form)
        return start is not None and self.present_auxiliary(start)

    def present_auxiliary(self, start: int) -> bool:
        """Whether the auxiliary of a passive that ends at ``start`` is in the present, its
        adverbs aside: "is", "are also", "has always been"."""
        words = self.text[max(0, start - _AUXILIARY_REACH) : start].split()
        kept = [w.casefold() for w in words if not self.grammar.adverb(w)][-2:]
        present = self.grammar.words.present_passive
        return f"{' '.join(kept)} " in present or f"{' '.join(kept[-1:])} " in present

    def after_copula(self, start: int) -> bool:
        """Whether a copula stands before ``start``, past the adverbs: "were also"."""
        stop = self.before_adverbs(start)
        words = self.text[max(0, stop - _COPULA_REACH) : stop].casefold().split()
        return bool(words) and words[-1] in self.grammar.words.copulas

    def subordinate(self, start: int) -> bool:
        """Whether the clause that ``start`` stands in opens with a word of a clause inside
        the sentence ("where", "since"), read back to a comma or the sentence's start."""
        low = max(0, start - _CLAUSE_REACH)
        piece = self.text[low:start]
        cut = max(piece.rfind(","), piece.rfind(". "), piece.rfind(";"), piece.rfind("\n"))
        subordinators = self.grammar.words.subordinators
        words = piece[cut + 1 :].casefold().split()
        if not any(word in subordinators for word in words):
            return False
        if cut < 0 or words[0] not in subordinators:
            return True
        # "During the meeting, where trade was discussed, ...": a clause of the
        # engagement, right after its noun, tells what was done in it
        comma = low + cut
        before = self.lexemes.between(max(0, comma - _WORD), comma)
        return not (
            before
            and before[-1].end == comma
            and before[-1].entry is not None
            and any(cue.part == "noun" for cue in before[-1].entry.engagement)
        )

    def auxiliary_before(self, lx: Lexeme, form: str | None) -> int | None:
        """Where the adverbs before a participle start when a passive's auxiliary stands
        before them ("was briefly discussed"), else None."""
        if form not in ("past", "participle"):
            return None
        start = self.before_adverbs(lx.start)
        return start if self.grammar.words.passive_before(self.text, start) else None

    def auxiliary_follows(self, lx: Lexeme, form: str | None) -> bool:
        """Whether the auxiliary of a passive follows the verb, which no participant
        governs: "Also discussed were ...", "Among the issues discussed were ..."."""
        return (
            form in ("past", "participle")
            and self.text[lx.end : lx.end + 1] == " "
            and self.auxiliary_at(lx.end + 1)
        )

    def auxiliary_at(self, position: int) -> bool:
        """Whether a passive's auxiliary is the word at ``position``."""
        return self.is_auxiliary(self.text[position : position + 8].partition(" ")[0])

    def is_auxiliary(self, word: str) -> bool:
        """Whether ``word`` is an auxiliary of a passive: "was", "were", "been"."""
        return f"{word.casefold()} " in self.grammar.words.passive

    def before_adverbs(self, start: int) -> int:
        """``start`` moved back over the adverbs before it, to just after the word before
        them."""
        text = self.text
        while True:
            head = text[max(0, start - 24) : start]
            word = head.rstrip().rpartition(" ")[2]
            if not word or not head.endswith(" "):
                return start
            if not self.grammar.adverb(word):
                return start
            start -= len(head) - len(head.rstrip()) + len(word)

    def joint(self, written: str, category: VerbCategory, lx: Lexeme, quoted: bool) -> _Attribution:
        """The act of every participant at once."""
        return _Attribution(self.cast.leaders(), written, category, lx.end, False, None, quoted)

    def after_and(self, unit: _Unit, lx: Lexeme) -> bool:
        """Whether the verb is coordinated: "... and reaffirmed", "..., and also stressed"."""
        words = [w.strip(",") for w in self.text[max(unit.start, lx.start - 40) : lx.start].split()]
        while words and self.grammar.adverb(words[-1]):
            words.pop()
        return bool(words) and words[-1].casefold() in self.grammar.words.joining

    def coordinated(
        self, unit: _Unit, lx: Lexeme, written: str, category: VerbCategory, quoted: bool
    ) -> _Attribution | None:
        """A verb joined by "and" to a clause before it shares that clause's subject:
        "X spoke with Y and reaffirmed ...", "Putin waved his hand ... and referred to ..."."""
        found = self.scene_act(unit, lx, written, category, quoted)
        if found is not None:
            return found
        text = self.text
        for mention in reversed(self.mentions_between(unit.start, lx.start)):
            if mention.possessive or mention.kind == "country":
                continue
            following = text[mention.end : mention.end + 30].split()
            if not following:
                continue
            word = following[0].strip(",").casefold()
            entry = self.grammar.lookup(word)
            narrated = (
                word in self.grammar.past_tense
                or word.endswith("ed")
                or (entry is not None and entry.form in ("past",))
            )
            if not narrated:
                continue
            # the whole subject: "Lula and Petro signed ... and agreed ..."
            verb_at = text.index(following[0], mention.end)
            subject = self.subject_before(unit, verb_at)
            if subject is not None and subject[0]:
                speakers, span = subject
                return _Attribution(speakers, written, category, lx.end, False, span, quoted)
            speakers = self.resolve(mention)
            if speakers:
                return _Attribution(
                    speakers, written, category, lx.end, False, (mention.start, mention.end), quoted
                )
            return None
        return None

    def with_partner(self, speakers: tuple[int, ...], lx: Lexeme, end: int) -> tuple[int, ...]:
        """ "X discussed with Y ...", "X discussed trade with Y": Y discussed too; ``end``
        is where the unit ends."""
        text = self.text
        if text.startswith(" with ", lx.end):
            at = lx.end
        else:
            # after the object: "with" and a person within the same stretch, not a country
            # ("cooperation with Africa")
            at = text.find(" with ", lx.end, min(end, lx.end + _PARTNER))
            if at < 0:
                return speakers
        after_object = at > lx.end
        for mention in self.mentions_between(at, min(end, at + 80)):  # not the next sentence
            if mention.kind not in ("person", "office", "reference"):
                if after_object:
                    return speakers  # "cooperation with Germany"
                continue
            if after_object and len(text[at + 6 : mention.start].split()) > 2:
                return speakers
            following = tuple(text[mention.end : mention.end + _OF_REACH].split()[:1])
            if mention.kind == "reference" and following in self.grammar.words.of:
                return speakers  # "his contacts with the leaders of several countries": others
            partners = self.cast.resolve(mention, text)
            return tuple(dict.fromkeys((*speakers, *partners)))
        return speakers

    def closes(self, unit: _Unit, lx: Lexeme) -> bool:
        """Whether the verb closes its unit: nothing but a full stop after it, or ", adding".
        Read from the verb on, not the rest of the unit copied: a unit may be long, with
        a verb in every line."""
        text = self.text
        at = lx.end
        while at < unit.end and text[at].isspace():
            at += 1
        return (
            at >= unit.end
            or text[at] in ".!?"
            or text.startswith(self.grammar.words.adding, at, unit.end)
        )

    def closes_quotation(self, unit: _Unit, lx: Lexeme, subject: tuple[int, int]) -> bool:
        """Whether the verb closes the quotation before its subject, with no more than
        where or how it was said after it: '"...," the President wrote on his social
        media.'"""
        text = self.text
        # read near the verb only, not the unit copied: a unit may be long, with a verb
        # in every line
        if unit.end - lx.end > _ADJUNCT * 16:
            return False
        before = subject[0]
        while before > unit.start and text[before - 1].isspace():
            before -= 1
        closers = self.grammar.words.closing_quotes
        if before == unit.start or text[before - 1] not in closers:
            return False
        rest = text[lx.end : unit.end].strip().lstrip(",")
        words = rest.rstrip(".!?").split()
        return (
            0 < len(words) <= _ADJUNCT
            and words[0].casefold() in self.grammar.words.adjuncts
            and not any(ch in closers for ch in rest)
        )

    def object_follows(self, lx: Lexeme) -> bool:
        """Whether a verb of the scene has a principal for its object ("called President
        Y"), or anyone, for a verb that is a request too, whose urging "to" would follow
        (see :meth:`urged`): "called on the President of India, X", a visit."""
        mention = self.mention_from(lx.end, lx.end + 60)
        gap = self.text[lx.end : mention.start].strip() if mention is not None else "-"
        if mention is None or gap not in ("", "the", "with", "to"):
            return False
        if mention.kind not in ("person", "office"):
            return False
        if self.grammar.words.naming(self.text, mention.end):
            return False  # "called the Prime Minister a close friend": what X said Y is
        verb = lx.entry.verb if lx.entry is not None else None
        if verb is not None and verb.category is VerbCategory.REQUEST:
            return True
        return bool(self.cast.resolve(mention, self.text))

    def urged(self, lx: Lexeme) -> bool:
        """Whether a verb that is a request as well as a scene's verb has an object and
        then "to" and a verb: "called on the President to lift the sanctions", not "called
        on the President today" (nor "called X to congratulate him", a call's purpose)."""
        entry = lx.entry
        if entry is None or entry.verb is None or entry.verb.category is not VerbCategory.REQUEST:
            return False
        mention = self.mention_from(lx.end, lx.end + 60)
        # "to" and a word in lower case: a verb ("to lift"), not a place ("to Delhi")
        return (
            mention is not None
            and self.text.startswith(" to ", mention.end)
            and self.text[mention.end + 4 : mention.end + 5].islower()
        )

    def engagement_follows(self, lx: Lexeme) -> bool:
        """Whether the verb's object is the engagement itself ("answered a phone call")."""
        other = self.lexemes.first(lx.end, lx.end + 24)
        if other is None:
            return False
        entry = other.entry
        # the phrase after a verb is rarely an engagement: ask that before reading the gap
        if entry is None or not entry.engagement:
            return False
        words = self.text[lx.end : other.start].split()
        verb = lx.entry.verb if lx.entry is not None else None
        asks = verb is not None and verb.category is VerbCategory.REQUEST
        if (
            asks
            and entry.reference == "engagement"
            and len(words) == 1
            and lx.entry is not None
            and any(c.part == "request" for c in lx.entry.engagement)
        ):
            return True  # "asked for the call": who asked, a word of the verb's between
        if (
            asks
            and words == ["to"]
            and lx.entry is not None
            and any(c.part == "request" for c in lx.entry.engagement)
            and any(c.part == "verb" for c in entry.engagement)
        ):
            return True  # "had asked to speak with the President": who asked
        if not words and not (asks and entry.reference == "engagement"):
            # an article before the noun, or in the phrase after asking: "requested the
            # call"; not "echoed the call for restraint"
            return False
        if any(w.casefold() not in self.grammar.words.articles for w in words):
            return False
        calls = (Kind.PHONE_CALL, Kind.VIDEO_CALL)
        return any(c.part == "noun" and c.kind in calls for c in entry.engagement)

    def in_scene(self, unit: _Unit) -> bool:
        """Whether ``unit`` is the opening sentence that sets the scene."""
        first, again = self.openings
        return first[0] <= unit.start < first[1] or again[0] <= unit.start < again[1]

    def hosts(self, lx: Lexeme) -> bool:
        """Whether a verb of the scene sentence welcomes a participant to a place ("X
        welcomed Y to NATO Headquarters"): the visit itself, not an act."""
        for mention in self.mentions_between(lx.end, lx.end + 80):
            if self.text[lx.end : mention.start].strip() not in ("", "the"):
                return False
            if mention.kind not in ("person", "office") or not self.resolve(mention):
                return False
            after = self.text[mention.end : mention.end + 16].lstrip(", ")
            place = after[3:].removeprefix("the ")
            return after.startswith(("to ", "in ", "at ")) and place[:1].isupper()
        return False

    def passive_agent(
        self, lx: Lexeme, form: str | None
    ) -> tuple[tuple[int, ...], tuple[int, int]] | None:
        """The principals who did what a passive reports whose agent follows ``lx``, and
        the agent's span: "was briefed by President X", "Concern was expressed by the
        Prime Minister"; None for any other verb."""
        if self.auxiliary_before(lx, form) is None:
            return None
        for mention in self.mentions_between(lx.end + 4, lx.end + 60):
            if self.text[lx.end + 4 : mention.start].strip() not in ("", "the"):
                return None
            found = self.resolve(mention) if mention.kind != "country" else ()
            return (found, (mention.start, mention.end)) if found else None
        return None

    def hospitality(self, lx: Lexeme, form: str | None) -> bool:
        """Whether the subject of a passive ``lx`` is a meal or a reception, named right
        before its auxiliary: "a lunch was offered by X"."""
        start = self.auxiliary_before(lx, form)
        if start is None:
            return False
        # the word before the auxiliary ("was")
        words = self.text[max(0, start - _AUXILIARY_REACH) : start].casefold().split()
        return len(words) > 1 and words[-2] in self.grammar.words.hospitality

    def engagement_subject(self, unit: _Unit, lx: Lexeme) -> bool:
        """Whether the unit's first mention before ``lx`` is the engagement itself: "The
        call, which lasted an hour, was requested by ..."."""
        first = next(iter(self.mentions_between(unit.start, lx.start)), None)
        return first is not None and first.reference == "engagement"

    def engagement_named(self, start: int, end: int) -> bool:
        """Whether a noun of the engagement stands between ``start`` and ``end``."""
        return any(
            x.entry is not None and any(cue.part == "noun" for cue in x.entry.engagement)
            for x in self.lexemes.between(start, end)
        )

    def agent_follows(self, lx: Lexeme) -> bool:
        return self.text.startswith(self.grammar.words.agent, lx.end)

    def subject_before(
        self, unit: _Unit, position: int
    ) -> tuple[tuple[int, ...], tuple[int, int]] | None:
        """The speakers of a verb at ``position`` whose subject stands before it, and the
        subject's span. Countries ("Chinese") are passed over: they are never the subject."""
        mentions = self.mentions
        low = bisect.bisect_left(self.starts, unit.start)
        # walk back from the verb over the mentions before it, passing over those that
        # run past it as well as countries
        index = bisect.bisect_left(self.starts, position, low) - 1
        while index >= low and (
            mentions[index].kind == "country" or mentions[index].end > position
        ):
            index -= 1
        if index < low:
            return None
        last = mentions[index]
        if position - last.end > _GAP or last.possessive:
            return None  # far before the verb, it is no subject: nor read the text between
        if self.owned(unit.start, last):
            return None  # "The trade teams of the two sides had ...": the teams
        if not self.gap_ok(last.end, position) and not (
            self.in_scene(unit) and self.relative_gap(last.end, position)
        ):
            return None
        if relays(self.grammar, self.text, unit.start, position):
            return None
        chain = [last]
        for earlier in range(index - 1, low - 1, -1):  # not a slice: a unit may be long
            mention = mentions[earlier]
            if mention.kind == "country" or mention.end > position:
                continue
            gap = self.text[mention.end : chain[0].start].replace(",", " , ").split()
            if len(gap) > 1 and gap[-1].casefold() in self.grammar.words.articles:
                del gap[-1]  # "X and the President of Mexico, Y,": the article opens Y's
            # "X and Y", "X, Y and Z": a comma joins only before an "and"; the engagement
            # joins no one ("During the meeting, A and B discussed")
            joins = mention.reference != "engagement" and (
                gap in (["and"], [",", "and"], ["&"]) or (gap == [","] and len(chain) > 1)
            )
            # a style alone right before a name or an office opens it: "His Excellency the
            # French President"
            styled = not gap and mention.kind == "reference" and self.style(mention)
            # not a place or an object before ", and": "met with X in New York, and they
            # discussed", "signed the Free Trade Agreement, and they discussed"
            if (
                (joins or styled)
                and not mention.possessive
                and not self.grammar.words.located(self.text, mention.start)
                and not self.object_of_word(unit.start, mention.start)
            ):
                chain.insert(0, mention)
            else:
                break
        if self.relay_owns(unit.start, chain[0]):
            return None  # "..., the press service of the Belarusian leader said"
        speakers: list[int] = []
        writing = len(chain) > 1 and any(m.reference == "first" for m in chain)
        for mention in chain:
            resolved = self.resolve(mention)
            if writing and mention.kind == "office" and resolved == (self.cast.home,):
                # "The President and I": another President than the one writing
                others = tuple(i for i in self.cast.holders(mention) if i != self.cast.home)
                resolved = others or resolved
            if not resolved and len(chain) > 1 and mention.offices:
                continue  # "President Biden and Secretary Blinken stressed": the principal's
            if not resolved:
                named = (
                    mention.kind == "person"
                    and mention.name is not None
                    and len(chain) == 1
                    and (
                        bool(mention.offices)
                        or len(self.text[mention.name[0] : mention.name[1]].split()) >= 2
                        # "Stoltenberg said he was glad.", not "Moscow believes that"
                        or (
                            mention.start == unit.start
                            and self.text[mention.start : mention.end].casefold()
                            not in self.grammar.capitals
                        )
                    )
                )
                relay = (
                    relays(self.grammar, self.text, mention.start, mention.end)
                    or relaying_office(mention, self.grammar, self.text)
                    or (
                        index > low
                        and relayer_named(mentions[index - 1], mention, self.text, self.grammar)
                    )
                )
                if named and not relay:
                    return (), (mention.start, mention.end)  # someone who took no part
                if named:
                    self.relayers.add(unit.start)  # "Kremlin spokesman X said ..."
                return None
            if mention.joined is not None and len(resolved) == 1:
                resolved = self.joined_holder(mention, resolved[0]) + resolved
            if mention.reference == "pair" and speakers:
                # "Wang Yi and the two ministers": two besides those named before them
                others = self.cast.others(tuple(speakers))
                if len(others) == 2:
                    resolved = others
            span = Span(mention.start, mention.end)
            # "The call focused on ...": the engagement speaks for all, but names no one
            named_here = mention.reference != "engagement"
            for i in resolved:
                if i not in speakers:
                    speakers.append(i)
                if named_here:
                    self.references.append((i, span))
        if not speakers:
            return None  # office-holders who took no part, none of them a principal
        return tuple(speakers), (chain[0].start, chain[-1].end)

    def relay_owns(self, start: int, mention: Mention) -> bool:
        """Whether an office that passes the readout on is "of" a mention, which is then
        whose office it is, not the subject: "the press service of the Belarusian leader",
        "the Office of the President"."""
        low = max(start, mention.start - _WORD)
        before = self.text[low : mention.start].rstrip()
        link = before.rsplit(None, 1)[-1:]
        if not link or (link[0].casefold(),) not in self.grammar.words.of:
            return False  # the commonest case: no "of" right before the mention
        return relays(self.grammar, self.text, start, low + len(before) - len(link[0]))

    def owned(self, start: int, mention: Mention) -> bool:
        """Whether a mention is what a word the lexicon does not know is "of": "the economic
        and trade teams of the two sides" are not the sides; "the leaders of the two
        countries" are."""
        if mention.reference not in ("pair", "group", "heads"):
            return False
        before = self.text[max(start, mention.start - _WORD) : mention.start].split()
        return (
            len(before) >= 2
            and (before[-1],) in self.grammar.words.of
            and before[-2].isalpha()
            and before[-2].islower()
            and self.grammar.lookup(before[-2]) is None
        )

    def joined_holder(self, mention: Mention, named: int) -> tuple[int, ...]:
        """The principal who holds the office joined by "and" before a name that is not
        the named one's: "PM and President Biden discussed" is the Prime Minister's act too."""
        assert mention.joined is not None
        office = mention.joined[2]
        if self.cast.principals[named].office == office:
            return ()
        holders = tuple(i for i in self.cast.by_office(office) if i != named)
        return self.cast.prefer_home(holders)

    def purpose_follows(self, lx: Lexeme) -> bool:
        """Whether "to" and a reporting verb follow ``lx``: "called to congratulate"."""
        if not self.text.startswith(" to ", lx.end):
            return False
        after = self.lexemes.first(lx.end + 4, lx.end + 40)
        return (
            after is not None
            and after.start == lx.end + 4
            and after.entry is not None
            and after.entry.verb is not None
            and after.entry.form == "base"
        )

    def style(self, mention: Mention) -> bool:
        """Whether a mention is a style alone: "His Excellency"."""
        entry = self.grammar.lookup(self.text[mention.start : mention.end].casefold())
        return entry is not None and entry.honorific

    def relative_gap(self, start: int, end: int) -> bool:
        """Whether a relative pronoun that is its clause's subject, and what may stand
        between a subject and its verb, are all that lie between ``start`` and ``end``:
        "a call from X, who also congratulated ..."."""
        for relative in self.grammar.words.subject_relatives:
            if self.text.startswith(relative, start, end):
                return self.gap_ok(start + len(relative), end)
        return False

    def inverted(self, unit: _Unit, lx: Lexeme) -> tuple[tuple[int, ...], tuple[int, int]] | None:
        """ "..., said Moon." """
        before = self.text[max(unit.start, lx.start - 3) : lx.start].rstrip()
        if not before.endswith((",", *self.grammar.words.closing_quotes)):
            return None
        # the first mention after the verb, read without the rest of the unit: a verb
        # after a comma may stand in every clause of a long unit
        mentions = self.mentions
        index = bisect.bisect_left(self.starts, lx.end)
        while (
            index < len(mentions)
            and mentions[index].start < unit.end
            and mentions[index].end > unit.end
        ):
            index += 1  # runs past the unit
        if index == len(mentions) or mentions[index].start >= unit.end:
            return None
        mention = mentions[index]
        if self.text[lx.end : mention.start].strip():
            return None
        following = _NEXT_CHARACTER.match(self.text, mention.end, unit.end)
        if (
            following is not None
            and following.group(1) not in ".!?,"
            and not (before and before[-1] in self.grammar.words.closing_quotes)
            and not self.adjunct_at(following.start(1))
        ):
            # the unit goes on after the name, but for where or when the words were said:
            # '"...," said X at a press conference', "..., said X while talking to Y"
            return None
        resolved = self.resolve(mention)
        return (resolved, (lx.start, mention.end)) if resolved else None

    def adjunct_at(self, start: int) -> bool:
        """Whether a word that opens where, when or how words were said stands at
        ``start``: "while talking to ...", "in his remarks"."""
        word = self.text[start : start + _WORD].split(None, 1)
        return bool(word) and word[0].casefold() in self.grammar.words.adjuncts

    def pronoun_at(self, start: int) -> bool:
        """Whether the mention at ``start`` is a pronoun of one person: "She", "He"."""
        mention = self.mention_from(start, start + 1)
        return mention is not None and mention.reference in ("he", "she")

    def unnamed_at(self, start: int) -> bool:
        """Whether the mention at ``start`` names no one by name: "She", "The head of
        state", "The President"."""
        mention = self.mention_from(start, start + 1)
        return mention is not None and mention.name is None

    def not_own_object(self, speakers: tuple[int, ...], lx: Lexeme) -> tuple[int, ...]:
        """ "She congratulated the President", "The head of state congratulated X": a
        subject of no name read as the one its verb's object names is the other of two
        principals; not when the object's office is both's ("The President spoke with the
        President of X. She thanked the President")."""
        for mention in self.mentions_between(lx.end, lx.end + 40):
            if not self.text[lx.end : mention.start].strip() and (
                mention.kind != "reference" or self.style(mention)  # "His Highness", not "him"
            ):
                if mention.name is None and any(
                    len(self.cast.by_office(office)) > 1 for office in mention.offices
                ):
                    break
                if self.cast.resolve(mention, self.text) == speakers:  # not "the two sides"
                    others = self.cast.others(speakers)
                    return others if len(others) == 1 else speakers
            break
        return speakers

    def without_object(self, speakers: tuple[int, ...], lx: Lexeme) -> tuple[int, ...]:
        """ "In each case the leaders congratulated the Taoiseach": of three speakers or more,
        not the Taoiseach himself."""
        for mention in self.mentions_between(lx.end, lx.end + 40):
            if self.text[lx.end : mention.start].strip() in ("", "the"):
                objects = set(self.cast.resolve(mention, self.text))
                kept = tuple(i for i in speakers if i not in objects)
                return kept or speakers
            break
        return speakers

    def copula(
        self, unit: _Unit, lx: Lexeme, written: str, category: VerbCategory, quoted: bool
    ) -> _Attribution | None:
        # the words just before it, not the unit's: a sentence may be long, with a stance
        # in every clause; an adverb of the lexicon may stand between ("was sincerely
        # grateful"), as may the adverbs of degree of the grammar ("was very pleased")
        stop = self.before_adverbs(lx.start)
        low = max(unit.start, stop - _COPULA_REACH)
        before = self.text[low:stop].rstrip()
        words = self.grammar.words
        head, space, last = before.rpartition(" ")
        if space and last in words.copula_adverbs:
            before = head.rstrip()
        if not before.endswith(words.copula_endings):
            return None  # most adjectives stand after no copula: one test for them all
        for copula in words.copulas:
            if before.endswith(" " + copula) or (low == unit.start and before == copula):
                subject = self.subject_before(unit, low + len(before) - len(copula))
                if subject and subject[0]:
                    return _Attribution(
                        subject[0], written, category, lx.end, False, subject[1], quoted
                    )
                return None
        return None

    def noun_act(
        self, unit: _Unit, lx: Lexeme, written: str, category: VerbCategory, quoted: bool
    ) -> _Attribution | None:
        # the words just before it, not the whole unit's: a sentence may be long, with an
        # act in every clause
        low = max(unit.start, lx.start - _NOUN_VERB_REACH)
        before = self.text[low : lx.start]
        words = before.split()
        if low > unit.start and words and not self.text[low - 1].isspace():
            words = words[1:]  # a word the window cut
        folded = [w.casefold() for w in words]
        for i in range(len(words) - 1, max(-1, len(words) - 9), -1):
            for parts in self.grammar.words.noun_verbs:
                if tuple(folded[i : i + len(parts)]) == parts:
                    offset = before.rfind(" " + words[i] + " ") + 1 if i else 0
                    end = low + offset
                    # past an aside: "The two leaders, accompanied by their ministers, had"
                    subject = self.subject_before(unit, self.before_clause(unit, end))
                    if not subject or not subject[0]:
                        return None
                    speakers, span = subject
                    if category is VerbCategory.DISCUSS:
                        # "X had an exchange with Y on ...": Y took part in it
                        speakers = self.with_partner(speakers, lx, unit.end)
                    return _Attribution(speakers, written, category, lx.end, False, span, quoted)
        if self.performed_by_none(unit, lx):
            return self.joint(written, category, lx, quoted)
        return None

    def performed_by_none(self, unit: _Unit, lx: Lexeme) -> bool:
        """Whether an act named by a noun opens its clause with no one to perform it, a
        joint act: "There was a frank exchange of views on ...", "An exchange of views took
        place ...". Between the clause's start and the noun stand only words in lower case
        (an article, adjectives), after "there was" or, with "took place" after the noun,
        a capitalised article."""
        text, words = self.text, self.grammar.words
        start = max(unit.start, text.rfind(",", unit.start, lx.start) + 1)
        before = text[start : lx.start].split()
        if len(before) > _UNPERFORMED:
            return False
        folded = tuple(w.casefold() for w in before)
        for parts in words.existential:
            if folded[: len(parts)] == parts:
                return all(w.islower() for w in before[len(parts) :])
        return (
            bool(before)
            and all(w.islower() for w in before[1:])
            and before[0][:1].isupper()
            and folded[0] in words.articles
            and text[lx.end : lx.end + 40].lstrip().casefold().startswith(words.happened)
        )

    def participle(
        self, unit: _Unit, lx: Lexeme, written: str, category: VerbCategory, quoted: bool
    ) -> _Attribution | None:
        """ "X held a phone conversation with Y, exchanging views on ...": the act of X;
        "X began by expressing ...": the act of X, the verb as written."""
        reach = max(unit.start, lx.start - _OPENER_REACH)
        before = self.text[reach : lx.start].rstrip()
        words = self.grammar.words
        opener = words.gerund_opener.search(before) if before.endswith(words.gerund_ends) else None
        if opener is not None:
            subject = self.subject_before(unit, reach + opener.start())
            if subject is None or not subject[0]:
                return None
            speakers, span = subject
            return _Attribution(speakers, written, category, lx.end, False, span, quoted)
        accompanying = self.grammar.words.accompanying
        near = before[-_WITH_REACH:]
        if not before.endswith(",") and any(word in near for word in accompanying):
            # "..., with both sides pledging to ...": the act of those after "with"
            subject = self.subject_before(unit, lx.start)
            if subject is not None and subject[0]:
                speakers, span = subject
                opening = self.text[max(unit.start, span[0] - _WITH_REACH) : span[0]]
                if opening.endswith(accompanying):
                    return _Attribution(speakers, written, category, lx.end, False, span, quoted)
        if not before.endswith(",") or self.object_follows(lx):
            return None
        return self.scene_act(unit, lx, written, category, quoted)

    def scene_act(
        self, unit: _Unit, lx: Lexeme, written: str, category: VerbCategory, quoted: bool
    ) -> _Attribution | None:
        """The act of the scene sentence's subject; a discussion involves everyone it names.
        The engagement's verb stands within a few hundred characters before the act, which
        are all that is read: a sentence may be long, with an act in every clause."""
        engagement = None
        low = max(unit.start, lx.start - _SCENE_REACH)
        in_scene = self.in_scene(unit)
        for other in self.lexemes.between(low, lx.start):
            entry = other.entry
            if entry is None:
                continue
            if any(c.part == "verb" for c in entry.engagement) or (
                # "X welcomed Y to the White House to reaffirm ...": the visit's verb
                in_scene and entry.verb is not None and self.hosts(other)
            ):
                engagement = other
        if engagement is None:
            return None
        subject = self.subject_before(unit, engagement.start)
        if subject is None or not subject[0]:
            return None
        speakers = list(subject[0])
        if category is VerbCategory.DISCUSS:
            for mention in self.mentions_between(engagement.end, lx.start):
                if mention.kind in ("person", "office") and not mention.possessive:
                    for i in self.cast.resolve(mention, self.text):
                        if i not in speakers:
                            speakers.append(i)
        return _Attribution(tuple(speakers), written, category, lx.end, False, subject[1], quoted)

    def bestowed(self, lx: Lexeme) -> bool:
        """Whether a person, then "with", follows the verb ``lx``: "presented the President
        with ..."."""
        index = bisect.bisect_left(self.starts, lx.end)
        if index >= len(self.mentions):
            return False
        mention = self.mentions[index]
        between = self.text[lx.end : mention.start].strip().casefold()
        return (
            mention.kind in ("person", "office", "reference")
            and (not between or between in self.grammar.words.articles)
            and self.text[mention.end : mention.end + _WORD]
            .casefold()
            .startswith(self.grammar.words.bestowed_with)
        )

    def according_after(self, unit: _Unit) -> _Attribution | None:
        """ "The call was productive, according to the President.": the words are the
        President's, told at the end of the sentence, the one named there a principal."""
        text = self.text
        stop = unit.end
        while stop > unit.start and (text[stop - 1] in _SENTENCE_MARKS or text[stop - 1].isspace()):
            stop -= 1
        tail = text[max(unit.start, stop - _ACCORDING_REACH) : stop].casefold()
        low = stop - len(tail)
        for phrase in self.grammar.words.according:
            at = tail.rfind(f", {phrase} ")
            if at < 0:
                continue
            after = low + at + len(phrase) + 3
            found = self.mentions_between(after, stop)
            if len(found) != 1 or found[0].start != after or found[0].end != stop:
                return None  # "..., according to the statement of X": no one's own words
            resolved = self.resolve(found[0]) if found[0].kind != "country" else ()
            if not resolved:
                return None
            return _Attribution(
                resolved, phrase, VerbCategory.ASSERT, found[0].end, True, None, False
            )
        return None

    def according_to(self, unit: _Unit) -> _Attribution | None:
        """ "According to Xi Jinping, ...": the words are Xi's; "According to him" goes on
        with the speaker before, "According to the Kremlin" relays no one."""
        text = self.text
        head = text[unit.start : unit.start + 40].casefold()
        according = self.grammar.words.according
        if not head.startswith(according):
            return self.according_around(unit, head)  # most units open otherwise
        phrase = next((p for p in according if head.startswith(f"{p} ")), None)
        if phrase is None:
            return None
        after = unit.start + len(phrase)
        for mention in self.mentions_between(after, min(unit.end, after + 80)):
            if mention.kind == "reference" and mention.reference in ("he", "she"):
                return None
            if text[after : mention.start].strip():
                return None  # "According to him, the two sides ...": goes on with him
            resolved = self.resolve(mention) if mention.kind != "country" else ()
            if not resolved:
                if mention.kind == "person" and mention.name is not None:
                    # "According to Presidential Aide X, ...": his own words, and "He"
                    # after them is he
                    self.others.add(unit.start)
                return None
            return _Attribution(
                resolved, phrase, VerbCategory.ASSERT, mention.end, False, None, False
            )
        return None

    def according_around(self, unit: _Unit, head: str) -> _Attribution | None:
        """ "In Xi Jinping's view, ...", "As the Prime Minister put it, ...": the words are
        the speaker's, named between the words that attribute them."""
        for before, after in self.grammar.words.according_around:
            if not head.startswith(before):
                continue
            start = unit.start + len(before)
            found = self.mentions_between(start, min(unit.end, start + 80))
            if not found or found[0].start != start or found[0].kind == "country":
                return None
            mention = found[0]
            if (
                not self.text[mention.end : mention.end + len(after) + 2]
                .casefold()
                .startswith(f" {after}")
            ):
                continue
            resolved = self.resolve(mention)
            if not resolved or mention.reference in ("he", "she"):
                return None  # "In his view" goes on with the speaker before
            return _Attribution(
                resolved,
                after,
                VerbCategory.ASSERT,
                mention.end + 1 + len(after),
                False,
                None,
                False,
            )
        return None


def find(
    document: Document,
    lexemes: Lexemes,
    mentions: tuple[Mention, ...],
    cast: Cast,
    grammar: Grammar,
    scene: tuple[Span, ...],
    openings: tuple[Span, ...] | None = None,
) -> Reading:
    """The statements of the body, in text order. ``openings`` are the scene sentences
    that open the body (by default the first)."""
    if not cast.principals:
        return Reading((), ())
    reader = _Reader(document, lexemes, mentions, cast, grammar, scene, openings)
    reader.read()
    return Reading(tuple(reader.drafts), tuple(reader.references))
