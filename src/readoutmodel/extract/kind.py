"""Kind: phone call, video call, meeting or other, from the words of the scene.

A video cue ("video call", "virtual meeting", "met virtually") in the scene or
the first two paragraphs decides at once: readouts mention no video call but
their own. Otherwise the strong cues of the scene (the headline and the
opening sentences) decide, then its weak cues ("spoke with", "conversation",
"summit"), then the strong cues of the first paragraph and of the body, then
the weak ones; within one place a telephone cue ("telephone talks", "Call
with") beats a meeting cue ("met", "talks"), which beats other ("letter",
"message").
"""

from __future__ import annotations

from readoutmodel.lexer import Lexemes
from readoutmodel.model import Kind, Span
from readoutmodel.scene import Scene
from readoutmodel.text import Document

__all__ = ["find"]

_PRECEDENCE = (Kind.VIDEO_CALL, Kind.PHONE_CALL, Kind.MEETING, Kind.OTHER)


def _cues(lexemes: Lexemes, spans: tuple[Span, ...], strong: bool) -> set[Kind]:
    found: set[Kind] = set()
    for span in spans:
        for lx in lexemes.between(span.start, span.end):
            if lx.entry is None:
                continue
            for cue in lx.entry.engagement:
                if cue.kind is not None and cue.strong == strong:
                    found.add(cue.kind)
    return found


def find(document: Document, lexemes: Lexemes, scene: Scene) -> Kind:
    """The kind of engagement the readout reports."""
    opening = tuple(Span(p.start, p.end) for p in document.paragraphs[:2])
    if Kind.VIDEO_CALL in _cues(lexemes, scene.spans + opening, strong=True):
        return Kind.VIDEO_CALL  # readouts mention no video call but their own
    first = opening[:1]
    body = (document.body,) if document.body is not None else ()
    for spans, strong in (
        (scene.spans, True),
        (scene.spans, False),
        (first, True),
        (body, True),
        (body, False),
    ):
        found = _cues(lexemes, spans, strong)
        for kind in _PRECEDENCE:
            if kind in found:
                return kind
    return Kind.OTHER
