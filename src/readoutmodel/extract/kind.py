"""Kind: phone call, video call, meeting or other, from the words of the scene.

The headline and the scene-setting sentences are read first, then the first
paragraph, then the whole body; within each, a video cue ("video call",
"virtual meeting", "met virtually") beats a telephone cue ("telephone talks",
"Call with"), which beats a meeting cue ("met", "talks"), which beats other
("letter", "message"). Weak cues ("spoke with", "conversation", "summit")
decide only when no strong cue is found anywhere.
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
    scopes: list[tuple[Span, ...]] = [scene.spans]
    if document.paragraphs:
        first = document.paragraphs[0]
        scopes.append((Span(first.start, first.end),))
    if document.body is not None:
        scopes.append((document.body,))
    for strong in (True, False):
        for spans in scopes:
            found = _cues(lexemes, spans, strong)
            for kind in _PRECEDENCE:
                if kind in found:
                    return kind
    return Kind.OTHER
