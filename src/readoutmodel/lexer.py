"""The lexer: one pass over the text that finds every phrase the parser cares about.

A lexeme is a phrase of the vocabulary (an office, a country, a reporting
verb, an engagement word ...), a capitalised name, a quotation mark or a
possessive ending, with its offsets and its lexicon entry. Everything between
lexemes is ordinary words and spacing, which later stages read as "gaps".
"""

from __future__ import annotations

import bisect

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


def lex(text: str, grammar: Grammar, start: int = 0, end: int | None = None) -> Lexemes:
    """Every lexeme of ``text[start:end]``, in order."""
    items: list[Lexeme] = []
    _scan(text, grammar, start, len(text) if end is None else end, items)
    return Lexemes(tuple(items), tuple(item.start for item in items))


def _scan(text: str, grammar: Grammar, start: int, end: int, items: list[Lexeme]) -> None:
    lookup = grammar.lookup
    for m in grammar.lexer.finditer(text, start, end):
        kind = m.lastgroup
        if kind == "name":
            _name(text, grammar, m.start(), m.end(), items)
        elif kind in ("phrase", "suffix"):
            entry = lookup(m.group("phrase"))
            if entry is None:
                continue
            if m.group("suffix") and entry.title is not None:
                entry = attrs.evolve(entry, title=entry.title + m.group("suffix"))
            items.append(Lexeme(m.start(), m.end(), "phrase", m.group(), entry))
        elif kind is not None:
            items.append(Lexeme(m.start(), m.end(), kind, m.group()))


def _name(text: str, grammar: Grammar, start: int, end: int, items: list[Lexeme]) -> None:
    """A capitalised run, cut before the first word that is not part of a name.

    The run "Xi Jinping Holds Telephone Talks" of a headline is the name "Xi
    Jinping" and the phrases after it; a run in capitals ("BRITISH PRIME
    MINISTER") is read again as its words.
    """
    piece = text[start:end]
    if piece.isupper() and len(piece) > 3 and (" " in piece or grammar.lookup(piece.title())):
        _scan(text[:start] + piece.title() + text[end:], grammar, start, end, items)
        return
    position = start
    for word in piece.split():
        word_start = text.index(word, position)
        position = word_start + len(word)
        bare = word.rstrip(".,")
        stop = bare in grammar.stopwords
        if stop or grammar.lookup(bare) is not None:
            cut = _trim(text, start, word_start)
            if cut > start:
                items.append(Lexeme(start, cut, "name", text[start:cut]))
            _scan(text, grammar, position if stop else word_start, end, items)
            return
    items.append(Lexeme(start, end, "name", piece))


def _trim(text: str, start: int, end: int) -> int:
    """``end`` moved back over spaces and particles left dangling after a cut."""
    while end > start and text[end - 1] in " \u00a0,":
        end -= 1
    return end
