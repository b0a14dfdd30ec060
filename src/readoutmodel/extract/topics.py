"""Topics: the issues the body raises, where it names them, and who raised them.

A topic is raised where a sentence of the body names it with one of its terms
(the taxonomy's ``terms``), unless

- the term sits inside one of the taxonomy's ``exclude`` phrases ("world
  economy"), or in a title or country of a participant ("President of the
  Republic of Korea"), or points back at what was said ("these investments");
- the topic asks for context grammar and the context says no: ``engagement``
  (the engagement itself is no topic: "during the meeting", "your visit"
  while visiting, a visit named where the opening sentence sets the scene;
  "the next meeting", "his recent visit to Iran", "agreed to meet" and
  "looked forward to welcoming her to India" are), ``affiliation``
  ("permanent members of the Security Council") or ``possession`` ("Syria's
  chemical weapons").

Headlines, page chrome and anything outside the body raise nothing. A topic
named inside a statement is raised by the statement's speakers, every one of
them for a joint statement.
"""

from __future__ import annotations

import bisect

import attrs

from readoutmodel.mentions import Mention
from readoutmodel.model import Span
from readoutmodel.patterns import Grammar, TopicGrammar
from readoutmodel.text import Document

__all__ = ["Found", "find"]

_MARKS = '()"“”‘'  # brackets and quotation marks around a word
_QUOTES = _MARKS + "’'"  # and apostrophes
_BREAKS = ',;:!?"“”—–'  # what ends a clause


@attrs.frozen
class Found:
    """A raised topic: its id, where it is named, and the principals who raised it."""

    id: str
    mentions: tuple[Span, ...]
    raised_by: tuple[int, ...]


@attrs.frozen
class _Context:
    """One readout as the context grammar sees it."""

    text: str
    lowered: str  # the text in lower case, offset for offset
    starts: list[int]  # where each sentence starts
    opening: tuple[int, int]  # the sentence that sets the scene
    in_person: bool  # a meeting or a visit, not a call
    titles: bytearray  # 1 where a participant's title or country is written

    def floor(self, offset: int, paragraph: int) -> int:
        """Where the sentence holding ``offset`` starts."""
        i = bisect.bisect_right(self.starts, offset) - 1
        start = self.starts[i] if i >= 0 else 0
        return start if start > paragraph else paragraph

    def in_opening(self, offset: int) -> bool:
        return self.opening[0] <= offset < self.opening[1]

    def in_title(self, start: int, end: int) -> bool:
        """Whether ``start:end`` lies in a participant's title or country."""
        return bool(self.titles[start] and self.titles[end - 1])


def _context(document: Document, topics: TopicGrammar, mentions: tuple[Mention, ...]) -> _Context:
    text = document.text
    lowered = topics.lower(text)
    first = document.sentences[0] if document.sentences else None
    opening = (first.start, first.end) if first is not None else (0, 0)
    remote = meeting = False
    for start, end in [(line.start, line.end) for line in document.header] + [opening]:
        for m in topics.scene.finditer(lowered, start, end):
            before = lowered[max(start, m.start() - 12) : m.start()].split()
            if before and topics.words.get(before[-1]) in ("ahead", "verbal"):
                continue  # "to meet in Beijing", "the next meeting": not this one
            if m.group() in topics.remote:
                remote = True
            else:
                meeting = True
    # The participants' countries are those of the people named where the
    # scene is set: in the header or the opening sentence.
    body = document.body.start if document.body is not None else 0
    countries = {
        code
        for m in mentions
        if m.kind in ("person", "office") and (m.start < body or opening[0] <= m.start < opening[1])
        for code in m.countries
    }
    titles = bytearray(len(text))
    for m in mentions:
        if (m.kind == "office" or m.titles or (m.kind == "reference" and m.countries)) and (
            not m.countries or countries.intersection(m.countries)
        ):
            titles[m.start : m.end] = b"\x01" * (m.end - m.start)
    starts = [s.start for s in document.sentences]
    return _Context(text, lowered, starts, opening, meeting and not remote, titles)


def _words(text: str, floor: int, start: int) -> list[str]:
    """The words before ``start`` in its clause, at most five, nearest last."""
    window = text[max(floor, start - 60) : start]
    cut = max(window.rfind(ch) for ch in _BREAKS)
    return window[cut + 1 :].split()[-5:]


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "’s", "s'", "s’"))


def _later(topics: TopicGrammar, context: _Context, end: int) -> bool:
    """Whether the clause after ``end`` puts the engagement to come ("next year")."""
    window = context.text[end : end + 80]
    cut = min((i for i in map(window.find, _BREAKS + ".") if i >= 0), default=len(window))
    return topics.later.search(window, 0, cut) is not None


def _another_engagement(
    topics: TopicGrammar, context: _Context, floor: int, start: int, end: int
) -> bool:
    """Whether a term names another engagement than the one the readout reports:
    another visit, a summit, a meeting to come."""
    words = topics.words
    if any(words.get(w) == "ahead" for w in context.lowered[start:end].split()):
        return True  # "next call"
    following = context.lowered[end : end + 24].split()
    if following and following[0].strip(_QUOTES) in topics.media:
        return False  # "summit telephone talk"
    proper = False
    for raw in reversed(_words(context.text, floor, start)):
        word = raw.strip(_QUOTES).lower()
        kind = words.get(word)
        if kind == "ahead":
            return True  # "his upcoming visit"
        if kind == "verbal":
            # "agreed to meet"; during a meeting, "glad to meet you" is this one
            return not context.in_person or _later(topics, context, end)
        if word in topics.media or kind in ("vague", "demonstrative"):
            return False  # "a virtual meeting", "various meetings"
        if kind == "stop":
            break
        if kind == "self":
            # "the G20 summit"; "the visit" is this one, or one named before,
            # unless a call names another: "the visit to China by ..."
            return proper or (
                not context.in_person and topics.beyond.match(context.text, end) is not None
            )
        if kind == "possessive" or _possessive(raw.rstrip(_MARKS)):
            return proper or not context.in_person  # "your visit", "Trump's visit"
        if word in ("a", "an"):
            break
        if raw[:1].isupper() or raw[:1].isdigit() or raw[:1] == "(":
            # "G20", "(QUAD)", "29th", "Copenhagen"; but where the scene is set,
            # "a Japan-Canada summit meeting" is this one
            pair = "-" in raw and raw.split("-")[-1][:1].isupper()
            proper = proper or not (pair and context.in_opening(start))
    if proper:
        return True
    # Unqualified, a visit named during a meeting or where the scene is set is
    # this one; several ("visits", "meetings") cannot be.
    phrase = context.lowered[start:end]
    plural = phrase.endswith("s") and not phrase.endswith("ss")
    return plural or not (context.in_person or context.in_opening(start))


def _points_back(topics: TopicGrammar, context: _Context, floor: int, start: int) -> bool:
    """Whether a demonstrative opens the phrase of a term: "these vital investments"."""
    before = context.lowered[max(floor, start - 30) : start]
    if not any(pointer in before for pointer in topics.pointers):
        return False
    words = topics.words
    for word in reversed(before.split()[-3:]):
        kind = words.get(word.strip(_QUOTES))
        if kind is not None:
            return kind == "demonstrative"
    return False


def _raises(
    topics: TopicGrammar, topic_id: str, context: _Context, floor: int, start: int, end: int
) -> bool:
    """Whether a term of ``topic_id`` at ``start:end`` raises it, given its context."""
    kinds = topics.contexts.get(topic_id, frozenset())
    if not kinds:
        return True
    text = context.text
    if "engagement" in kinds and not _another_engagement(topics, context, floor, start, end):
        return False
    if "affiliation" in kinds and (
        topics.member_before.search(text, max(floor, start - 40), start)
        or topics.member_after.match(text, end)
    ):
        return False  # "members of the Security Council", "an EU member"
    if "possession" in kinds:
        before = _words(text, floor, start)
        if before and (before[-1].lower() == "its" or _possessive(before[-1])):
            return False  # "Syria's chemical weapons"
    return True


def _inside(passage: Span, found: list[Span], starts: list[int]) -> bool:
    """Whether one of ``found`` (in text order; ``starts`` their starts) lies inside ``passage``."""
    for i in range(bisect.bisect_left(starts, passage.start), len(found)):
        if found[i].start >= passage.end:
            return False
        if found[i].end <= passage.end:
            return True
    return False


def _mentions(
    document: Document, topics: TopicGrammar, mentions: tuple[Mention, ...]
) -> dict[str, list[Span]]:
    """Where each topic is raised in the body."""
    spans: dict[str, list[Span]] = {}
    if not document.paragraphs:
        return spans
    context = _context(document, topics, mentions)
    text, lowered = context.text, context.lowered
    hosting = [t for t, kinds in topics.contexts.items() if "engagement" in kinds]
    for paragraph in document.paragraphs:
        for m in topics.pattern.finditer(lowered, paragraph.start, paragraph.end):
            start, end = m.span()
            if context.in_title(start, end):
                continue
            floor = context.floor(start, paragraph.start)
            ids = topics.ids(text[start:end], m.group())
            if not ids:
                if m.group() not in topics.hosts:
                    continue
                # "welcome President X to India": a visit to come, named by no term
                guest = topics.guest.match(text, end)
                if guest is None or context.in_person or context.in_opening(start):
                    continue
                ids, end = tuple(hosting), guest.end("to")
            elif _points_back(topics, context, floor, start):
                continue  # "these investments" is what was said before
            else:
                ids = tuple(t for t in ids if _raises(topics, t, context, floor, start, end))
            for topic_id in ids:
                spans.setdefault(topic_id, []).append(Span(start, end))
    return spans


def find(
    document: Document,
    grammar: Grammar,
    mentions: tuple[Mention, ...],
    statements: tuple[tuple[Span, tuple[int, ...]], ...],
) -> tuple[tuple[Found, ...], tuple[tuple[str, ...], ...]]:
    """The raised topics in taxonomy order, and the topic ids of each statement, given
    each statement's span and speakers."""
    spans = _mentions(document, grammar.topics, mentions)
    per_statement: list[tuple[str, ...]] = []
    raisers: dict[str, list[int]] = {}
    ordered = {t: sorted(found, key=lambda s: (s.start, s.end)) for t, found in spans.items()}
    starts = {t: [s.start for s in found] for t, found in ordered.items()}
    for passage, speakers in statements:
        ids = tuple(t for t, found in ordered.items() if _inside(passage, found, starts[t]))
        per_statement.append(ids)
        for topic_id in ids:
            for speaker in speakers:
                if speaker not in raisers.setdefault(topic_id, []):
                    raisers[topic_id].append(speaker)
    order = grammar.topics.order
    found = tuple(
        Found(topic_id, tuple(spans[topic_id]), tuple(raisers.get(topic_id, ())))
        for topic_id in order
        if topic_id in spans
    )
    return found, tuple(tuple(t for t in order if t in ids) for ids in per_statement)
