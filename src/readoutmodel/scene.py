"""The scene: the headline and the opening sentences that say who engaged with whom.

Participants, the kind of engagement, its date and who asked for it are read
first from the scene, where readouts state them ("On December 20, President Xi
Jinping held telephone talks at request with President Donald Trump"), and
only then from the rest of the text.
"""

from __future__ import annotations

import itertools

import attrs

from readoutmodel.lexer import Lexemes
from readoutmodel.model import Span
from readoutmodel.text import Document, Sentence

__all__ = ["Scene", "acted", "find_scene"]


@attrs.frozen
class Scene:
    """The headline (if any) and the scene-setting sentences of the body."""

    title: Span | None
    sentences: tuple[Span, ...]

    @property
    def spans(self) -> tuple[Span, ...]:
        return ((self.title,) if self.title else ()) + self.sentences


def _has_cue(lexemes: Lexemes, sentence: Sentence) -> bool:
    for lx in lexemes.between(sentence.start, sentence.end):
        if lx.entry is not None and lx.entry.engagement:
            return True
    return False


def acted(lexemes: Lexemes, sentence: Sentence | Span) -> bool:
    """Whether ``sentence`` has a verb that sets a scene: "met", "spoke with", "called"."""
    for lx in lexemes.between(sentence.start, sentence.end):
        if lx.entry is not None and any(c.part == "verb" for c in lx.entry.engagement):
            return True
    return False


def _names_people(lexemes: Lexemes, sentence: Sentence) -> bool:
    for lx in lexemes.between(sentence.start, sentence.end):
        if lx.kind == "name" or (lx.entry is not None and lx.entry.title is not None):
            return True
    return False


def find_scene(document: Document, lexemes: Lexemes, title: Span | None) -> Scene:
    """The headline, the body's first sentence, and the first sentence with an
    engagement word ("call", "met", "spoke") if that is another one; if neither names
    anyone ("The conversation took place at the initiative of the Azerbaijani side."),
    the first sentence with an engagement word that does."""
    sentences = document.sentences[:6]
    chosen: list[Sentence] = list(sentences[:1])
    # the sentences with an engagement word, looked for only as far as needed: mostly
    # the first one is all
    cued = (s for s in sentences if _has_cue(lexemes, s))
    first = next(cued, None)
    if first is not None and first not in chosen:
        chosen.append(first)
    if first is not None and not acted(lexemes, first):
        # "X is in Russia on an official visit. Vladimir Putin met with X on 17 January.":
        # the sentence whose verb sets the scene too
        setting = next((s for s in cued if acted(lexemes, s)), None)
        if setting is not None and setting not in chosen:
            chosen.append(setting)
    if first is not None and not any(_names_people(lexemes, s) for s in chosen):
        named = next(
            (s for s in itertools.chain((first,), cued) if _names_people(lexemes, s)), None
        )
        if named is not None and named not in chosen:
            chosen.append(named)
    return Scene(title, tuple(Span(s.start, s.end) for s in chosen))
