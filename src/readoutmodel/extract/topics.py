"""Topics: the issues the body raises, where it names them, and who raised them.

A topic is raised where a sentence of the body names it with one of its terms
(the taxonomy's ``terms``). A term does not count inside an excluded phrase
(the taxonomy's ``exclude``: "world economy"), inside a participant's office
or country ("President of the Republic of Korea"), or outside the body
(headlines, page chrome). A topic named inside a statement is raised by the
statement's speakers.
"""

from __future__ import annotations

import attrs

from readoutmodel.mentions import Mention
from readoutmodel.model import Span
from readoutmodel.patterns import Grammar
from readoutmodel.text import Document

__all__ = ["Found", "find"]


@attrs.frozen
class Found:
    """A raised topic: its id, where it is named, and the principals who raised it."""

    id: str
    mentions: tuple[Span, ...]
    raised_by: tuple[int, ...]


def _covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def find(
    document: Document,
    grammar: Grammar,
    mentions: tuple[Mention, ...],
    statements: tuple[tuple[Span, tuple[int, ...]], ...],
) -> tuple[tuple[Found, ...], tuple[tuple[str, ...], ...]]:
    """The raised topics in taxonomy order, and the topic ids of each statement, given
    each statement's span and speakers."""
    text = document.text
    people = [(m.start, m.end) for m in mentions if m.kind in ("person", "office")]
    spans: dict[str, list[Span]] = {}
    for paragraph in document.paragraphs:
        for m in grammar.topics.finditer(text, paragraph.start, paragraph.end):
            if m.lastgroup == "exclude" or _covered(people, m.start(), m.end()):
                continue
            if m.lastgroup == "acronym":
                ids = grammar.topic_acronyms.get(m.group(), ())
            else:
                ids = grammar.topic_terms.get(m.group().casefold(), ())
            for topic_id in ids:
                spans.setdefault(topic_id, []).append(Span(m.start(), m.end()))
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
