"""Topics: the issues the body raises, where it names them, and who raised them.

A topic is raised where a sentence of the body names it with one of its terms
(the taxonomy's ``terms``), unless

- the term sits inside one of the taxonomy's ``exclude`` phrases ("world
  economy"), or in a title or country of a participant ("President of the
  Republic of Korea"), or points back at what was said ("these investments");
- the topic asks for context grammar and the context says no: ``engagement``
  (a mention of this engagement, "during the meeting", "your visit" while
  visiting, or any mention in the opening sentence that sets the scene, is
  not a topic; "the next meeting", "his recent visit to Iran", "agreed to
  meet", "looked forward to welcoming her to India" are), ``affiliation``
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

_QUOTES = "()\"“”‘’'"
_BREAKS = ',;:!?"“”—–'


@attrs.frozen
class Found:
    """A raised topic: its id, where it is named, and the principals who raised it."""

    id: str
    mentions: tuple[Span, ...]
    raised_by: tuple[int, ...]


@attrs.frozen
class _Scene:
    """What the context grammar needs to know about the engagement."""

    opening: tuple[int, int]  # the sentence that sets the scene
    in_person: bool  # a meeting or visit, not a call
    titles: tuple[tuple[int, int], ...]  # participants' titles and countries, as written


def _scene(document: Document, topics: TopicGrammar, mentions: tuple[Mention, ...]) -> _Scene:
    text = document.text
    body = document.sentences[0] if document.sentences else None
    opening = (body.start, body.end) if body is not None else (0, 0)
    pieces = [text[line.start : line.end] for line in document.header]
    pieces.append(text[opening[0] : opening[1]])
    remote = meeting = False
    for piece in pieces:
        for m in topics.scene.finditer(piece):
            remote = remote or m.lastgroup == "remote"
            meeting = meeting or m.lastgroup == "meeting"
    # The participants' countries: those of the people named where the scene is set.
    first = document.body.start if document.body is not None else 0
    countries = {
        code
        for m in mentions
        if m.kind in ("person", "office")
        and (m.start < first or opening[0] <= m.start < opening[1])
        for code in m.countries
    }
    titles = tuple(
        (m.start, m.end)
        for m in mentions
        if (m.kind == "office" or m.titles or m.kind == "reference")
        and (not m.countries or countries.intersection(m.countries))
    )
    return _Scene(opening, meeting and not remote, titles)


def _words(text: str, floor: int, start: int) -> list[str]:
    """The words before ``start`` in its clause, at most five, nearest last."""
    window = text[max(floor, start - 60) : start]
    cut = max(window.rfind(ch) for ch in _BREAKS)
    if cut >= 0:
        window = window[cut + 1 :]
    return window.split()[-5:]


def _opening(scene: _Scene, offset: int) -> bool:
    return scene.opening[0] <= offset < scene.opening[1]


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "’s", "s'", "s’"))


def _engagement(
    topics: TopicGrammar, text: str, floor: int, start: int, end: int, scene: _Scene
) -> bool:
    """Whether a term names another engagement than this one (a visit, a summit, a
    meeting to come), rather than this one."""
    words = topics.words
    phrase = text[start:end].casefold().split()
    if any(words.get(w) == "ahead" for w in phrase):
        return True
    following = text[end : end + 20].split()
    if following and following[0].strip(_QUOTES).casefold() in topics.media:
        return False
    proper = False
    for raw in reversed(_words(text, floor, start)):
        word = raw.strip(_QUOTES).casefold()
        kind = words.get(word)
        if kind == "ahead":
            return True
        if word in topics.media or kind in ("vague", "demonstrative"):
            return False
        if kind == "verbal":
            return True
        if kind == "stop":
            break
        if kind == "self":
            return proper
        if kind == "possessive" or _possessive(raw.rstrip(_QUOTES[:6])):
            return proper or not scene.in_person
        if word in ("a", "an"):
            break
        if raw[:1].isupper() or raw[:1].isdigit() or raw.startswith("("):
            proper = True
    if proper:
        return True
    return not (_opening(scene, start) or scene.in_person)


def _counts(
    topics: TopicGrammar,
    topic_id: str,
    text: str,
    floor: int,
    start: int,
    end: int,
    scene: _Scene,
) -> bool:
    """Whether a term of ``topic_id`` at ``start:end`` raises it, given its context."""
    contexts = topics.contexts.get(topic_id, frozenset())
    if "engagement" in contexts and not _engagement(topics, text, floor, start, end, scene):
        return False
    if "affiliation" in contexts and (
        topics.member_before.search(text, max(floor, start - 40), start)
        or topics.member_after.match(text, end)
    ):
        return False
    if "possession" in contexts:
        before = _words(text, floor, start)
        if before and (before[-1].casefold() == "its" or _possessive(before[-1])):
            return False
    return True


def find(
    document: Document,
    grammar: Grammar,
    mentions: tuple[Mention, ...],
    statements: tuple[tuple[Span, tuple[int, ...]], ...],
) -> tuple[tuple[Found, ...], tuple[tuple[str, ...], ...]]:
    """The raised topics in taxonomy order, and the topic ids of each statement, given
    each statement's span and speakers."""
    topics = grammar.topics
    text = document.text
    spans: dict[str, list[Span]] = {}
    if document.paragraphs:
        scene = _scene(document, topics, mentions)
        starts = [s.start for s in document.sentences]
        hosting = [t for t, kinds in topics.contexts.items() if "engagement" in kinds]
        for paragraph in document.paragraphs:
            for m in topics.pattern.finditer(text, paragraph.start, paragraph.end):
                start, end = m.span()
                if any(s <= start and end <= e for s, e in scene.titles):
                    continue
                i = bisect.bisect_right(starts, start) - 1
                floor = max(paragraph.start, document.sentences[i].start if i >= 0 else 0)
                ids = topics.ids(m.group())
                if not ids:
                    # "welcome President X to India": a visit to come, without a term
                    guest = topics.guest.match(text, end)
                    if guest is None or scene.in_person or _opening(scene, start):
                        continue
                    for topic_id in hosting:
                        spans.setdefault(topic_id, []).append(Span(start, guest.end()))
                    continue
                before = text[max(floor, start - 30) : start]
                if ("hese " in before or "hose " in before) and topics.pointer.search(
                    text, max(floor, start - 30), start
                ):
                    continue
                for topic_id in ids:
                    if _counts(topics, topic_id, text, floor, start, end, scene):
                        spans.setdefault(topic_id, []).append(Span(start, end))
    per_statement: list[tuple[str, ...]] = []
    raisers: dict[str, list[int]] = {}
    for passage, speakers in statements:
        ids = tuple(
            topic_id for topic_id, found in spans.items() if any(passage.contains(s) for s in found)
        )
        per_statement.append(ids)
        for topic_id in ids:
            for speaker in speakers:
                if speaker not in raisers.setdefault(topic_id, []):
                    raisers[topic_id].append(speaker)
    order = grammar.vocabulary.taxonomy.ids
    found = tuple(
        Found(topic_id, tuple(spans[topic_id]), tuple(raisers.get(topic_id, ())))
        for topic_id in order
        if topic_id in spans
    )
    return found, tuple(tuple(t for t in order if t in ids) for ids in per_statement)
