"""The scene: the headline and the opening sentences that say who engaged with whom.

Participants, the kind of engagement, its date and who asked for it are read
first from the scene, where readouts state them ("On December 20, President Xi
Jinping held telephone talks at request with President Donald Trump"), and
only then from the rest of the text.
"""

from __future__ import annotations

import attrs

from readoutmodel.lexer import Lexemes
from readoutmodel.model import Span
from readoutmodel.text import Document, Sentence

__all__ = ["Scene", "find_scene"]


@attrs.frozen
class Scene:
    """The headline (if any) and the scene-setting sentences of the body."""

    title: Span | None
    sentences: tuple[Span, ...]
    # the sentences whose verb sets the scene ("met", "spoke with"), not only a noun
    # ("on an official visit")
    setting: tuple[Span, ...] = ()
    # the sentences without a closing clause of another engagement: "X spoke to Y, following
    # his meeting with Z" is Z's meeting, not this engagement (the sentences by default)
    main: tuple[Span, ...] | None = None

    @property
    def spans(self) -> tuple[Span, ...]:
        return ((self.title,) if self.title else ()) + self.sentences

    @property
    def main_spans(self) -> tuple[Span, ...]:
        """The headline and the scene sentences up to a clause of another engagement."""
        return ((self.title,) if self.title else ()) + (
            self.sentences if self.main is None else self.main
        )


_NONE, _NAMED, _SET = 0, 1, 2  # no engagement word; a noun or modifier of one; a verb


def _cue(lexemes: Lexemes, sentence: Sentence) -> int:
    """What engagement word ``sentence`` has: none, only a noun or a modifier ("on an
    official visit"), or a verb that sets the scene ("met", "spoke with", "called")."""
    found = _NONE
    for lx in lexemes.between(sentence.start, sentence.end):
        entry = lx.entry
        if entry is not None and entry.engagement:
            for cue in entry.engagement:
                if cue.part == "verb":
                    return _SET
            found = _NAMED
    return found


def _names_people(lexemes: Lexemes, sentence: Sentence) -> bool:
    for lx in lexemes.between(sentence.start, sentence.end):
        if lx.kind == "name" or (lx.entry is not None and lx.entry.title is not None):
            return True
    return False


def _main(text: str, lexemes: Lexemes, sentence: Sentence, occasions: tuple[str, ...]) -> Span:
    """The sentence up to a clause after a comma that tells of another engagement, once its
    own verb has set the scene ("X spoke to Y this morning, following his meeting with Z",
    ", ahead of the President's talks with Z"), not of the asking for it (", following a
    request from Y")."""
    start, end = sentence.start, sentence.end
    items = lexemes.between(start, end)
    index = 0
    set_before = False  # whether a verb before the comma has set the scene
    comma = text.find(", ", start, end)
    while comma >= 0:
        while index < len(items) and items[index].start < comma:
            entry = items[index].entry
            if entry is not None and any(c.part == "verb" for c in entry.engagement):
                set_before = True
            index += 1
        after = text[comma + 2 : comma + 2 + _OCCASION_REACH].casefold()
        if set_before and after.startswith(occasions):
            # the clause's first engagement word, read no further than a clause runs
            told = next(
                (
                    lx.entry.engagement
                    for lx in lexemes.between(comma, min(end, comma + _CLAUSE_REACH))
                    if lx.entry is not None and lx.entry.engagement
                ),
                None,
            )
            if told is not None and all(c.part != "request" for c in told):
                return Span(start, comma)
        comma = text.find(", ", comma + 2, end)
    return Span(start, end)


_OCCASION_REACH = 20  # the longest word of an occasion after a comma: "in the wake of"
_CLAUSE_REACH = 120  # how far after the comma the clause's engagement may be named


def find_scene(
    document: Document,
    lexemes: Lexemes,
    title: Span | None,
    occasions: tuple[str, ...] = (),
) -> Scene:
    """The headline, the body's first sentence, and the first sentence with an
    engagement word ("call", "met", "spoke") if that is another one; if neither names
    anyone ("The conversation took place at the initiative of the Azerbaijani side."),
    the first sentence with an engagement word that does. ``occasions`` are the words
    after a comma that open a clause of another engagement ("following", "ahead of")."""
    sentences = document.sentences[:6]
    chosen: list[Sentence] = list(sentences[:1])
    # the engagement words of the sentences, read only as far as needed: mostly the first
    # sentence is all
    cues: dict[int, int] = {}

    def cue(sentence: Sentence) -> int:
        found = cues.get(sentence.start)
        if found is None:
            found = cues[sentence.start] = _cue(lexemes, sentence)
        return found

    index = next((i for i, s in enumerate(sentences) if cue(s)), None)
    if index is not None:
        first = sentences[index]
        if first not in chosen:
            chosen.append(first)
        if cue(first) != _SET:
            # "X is in Russia on an official visit. Vladimir Putin met with X on 17
            # January.": the sentence whose verb sets the scene too
            setting = next((s for s in sentences[index + 1 :] if cue(s) == _SET), None)
            if setting is not None:
                chosen.append(setting)
        if not any(_names_people(lexemes, s) for s in chosen):
            named = next(
                (s for s in sentences[index:] if cue(s) and _names_people(lexemes, s)), None
            )
            if named is not None and named not in chosen:
                chosen.append(named)
    spans = tuple(Span(s.start, s.end) for s in chosen)
    setting_spans = tuple(
        span for span, s in zip(spans, chosen, strict=True) if cues.get(s.start) == _SET
    )
    main = tuple(_main(document.text, lexemes, s, occasions) for s in chosen) if occasions else None
    return Scene(title, spans, setting_spans, main if main != spans else None)
