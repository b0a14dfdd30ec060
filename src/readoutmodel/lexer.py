"""The lexer: one pass over the text that finds every phrase the parser cares about.

A lexeme is a phrase of the vocabulary (an office, a country, a reporting
verb, an engagement word ...), a capitalised name, a quotation mark or a
possessive ending, with its offsets and its lexicon entry. Everything between
lexemes is ordinary words and spacing, which later stages read as "gaps".
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

import attrs

from readoutmodel.patterns import Entry, Grammar

__all__ = ["Lexeme", "Lexemes", "lex"]


@attrs.frozen
class Lexeme:
    """A phrase, name, quotation mark or possessive found in the text."""

    start: int
    end: int
    kind: str  # phrase, name, quote, possessive
    text: str
    entry: Entry | None = None
    line: int = 0  # the (logical) line it stands on


@attrs.frozen
class Lexemes:
    """The lexemes of a text in order, with slicing by offsets."""

    items: tuple[Lexeme, ...]
    starts: tuple[int, ...]

    def between(self, start: int, end: int) -> tuple[Lexeme, ...]:
        """The lexemes lying inside ``[start, end)``."""
        low = bisect.bisect_left(self.starts, start)
        high = bisect.bisect_left(self.starts, end)
        return tuple(item for item in self.items[low:high] if item.end <= end)


def lex(text: str, grammar: Grammar, lines: Iterable[tuple[int, int]] | None = None) -> Lexemes:
    """Every lexeme of ``text``, in order, line by line: no lexeme runs over from one
    line to the next (a line wrapped by hand is one line: see :mod:`readoutmodel.text`)."""
    items: list[Lexeme] = []
    for number, (start, end) in enumerate(lines if lines is not None else [(0, len(text))]):
        first = len(items)
        _scan(text, grammar, start, end, items)
        if number:
            items[first:] = [attrs.evolve(item, line=number) for item in items[first:]]
    return Lexemes(tuple(items), tuple(item.start for item in items))


def _scan(text: str, grammar: Grammar, start: int, end: int, items: list[Lexeme]) -> None:
    lookup = grammar.lookup
    position = start
    while position < end:
        m = grammar.lexer.search(text, position, end)
        if m is None:
            return
        kind = m.lastgroup
        position = m.end()
        if kind == "name":
            resume = _name(text, grammar, m.start(), m.end(), items)
            if resume is not None:
                position = resume
        elif kind in ("phrase", "suffix"):
            entry = lookup(m.group("phrase"))
            if entry is None:
                continue
            if m.group("suffix") and entry.title is not None:
                entry = attrs.evolve(entry, title=entry.title + m.group("suffix"))
            items.append(Lexeme(m.start(), m.end(), "phrase", m.group(), entry))
        elif kind is not None:
            items.append(Lexeme(m.start(), m.end(), kind, m.group()))


def _name(text: str, grammar: Grammar, start: int, end: int, items: list[Lexeme]) -> int | None:
    """A capitalised run, cut before the first word that is not part of a name; returns
    where lexing resumes when the run was cut.

    The run "Xi Jinping Holds Telephone Talks" of a headline is the name "Xi
    Jinping" and the phrases after it; "The Head of State" is no name but a
    phrase; a run in capitals ("BRITISH PRIME MINISTER") is read again as its words.
    """
    piece = text[start:end]
    if piece.isupper() and len(piece) > 3 and (" " in piece or grammar.lookup(piece.title())):
        _scan(text[:start] + piece.title() + text[end:], grammar, start, end, items)
        return None
    position = start
    for word in piece.split():
        word_start = text.index(word, position)
        position = word_start + len(word)
        bare = word.rstrip(".,")
        stop = bare in grammar.stopwords
        head, _, suffix = bare.rpartition("-")
        entry = None if stop else grammar.lookup(head if suffix in grammar.title_suffixes else bare)
        if stop or entry is not None:
            cut = _trim(text, start, word_start)
            if cut > start:
                items.append(Lexeme(start, cut, "name", text[start:cut]))
            elif entry is not None:
                # the phrase could not match where it stands ("President’s"): take the word
                items.append(Lexeme(word_start, word_start + len(bare), "phrase", bare, entry))
                return word_start + len(bare)
            return position if stop else word_start
    items.append(Lexeme(start, end, "name", piece))
    return None


def _trim(text: str, start: int, end: int) -> int:
    """``end`` moved back over spaces and particles left dangling after a cut."""
    while end > start and text[end - 1] in " \u00a0,":
        end -= 1
    return end
