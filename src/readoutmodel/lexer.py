"""The lexer: one pass over the text that finds every phrase the parser cares about.

A lexeme is a phrase of the vocabulary (an office, a country, a reporting
verb, an engagement word ...), a capitalised name, a quotation mark or a
possessive ending, with its offsets and its lexicon entry. Everything between
lexemes is ordinary words and spacing, which later stages read as "gaps".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from typing import NamedTuple

import attrs

from readoutmodel.patterns import Entry, Grammar

__all__ = ["Lexeme", "Lexemes", "lex"]


class Lexeme(NamedTuple):
    """A phrase, name, quotation mark or possessive found in the text.

    A named tuple rather than an attrs class: a readout has hundreds of lexemes
    and they are made on every parse.
    """

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
        found = self.items[low:high]
        if found and found[-1].end > end:
            return tuple(item for item in found if item.end <= end)
        return found


def lex(text: str, grammar: Grammar, lines: Iterable[tuple[int, int]] | None = None) -> Lexemes:
    """Every lexeme of ``text``, in order, line by line: no lexeme runs over from one
    line to the next (a line wrapped by hand is one line: see :mod:`readoutmodel.text`)."""
    items: list[Lexeme] = []
    for number, (start, end) in enumerate(lines if lines is not None else [(0, len(text))]):
        _scan(text, grammar, start, end, items, number)
    return Lexemes(tuple(items), tuple(item.start for item in items))


def _scan(
    text: str, grammar: Grammar, start: int, end: int, items: list[Lexeme], line: int = 0
) -> None:
    exact, folded, lookup = grammar.exact, grammar.folded, grammar.lookup
    finditer = grammar.lexer.finditer
    position: int | None = start
    while position is not None and position < end:
        resume: int | None = None
        for m in finditer(text, position, end):
            kind = m.lastgroup
            if kind == "name":
                resume = _name(text, grammar, m.start(), m.end(), items, line)
                if resume is not None:
                    break  # the name was cut: read on from the cut
            elif kind == "phrase" or kind == "suffix":
                phrase = m.group("phrase")
                entry = exact.get(phrase)
                if entry is not None:
                    longer = grammar.folded_phrase.match(text, m.start(), end)
                    if longer is not None and longer.end() > m.end():
                        # "General Secretary" over the style "General": the longest phrase
                        found = longer.group()
                        wider = folded[found.casefold()]
                        items.append(Lexeme(m.start(), longer.end(), "phrase", found, wider, line))
                        resume = longer.end()
                        break
                entry = entry or folded.get(phrase.casefold()) or lookup(phrase)
                if entry is None:
                    continue
                suffix = m.group("suffix")
                if suffix and entry.title is not None:
                    entry = attrs.evolve(entry, title=entry.title + suffix)
                if entry.title is not None and " " in phrase:
                    resume = _modified(text, grammar, m, end, items, line)
                    if resume is not None:
                        break  # a modifier before a longer office: read on after it
                items.append(Lexeme(m.start(), m.end(), "phrase", m.group(), entry, line))
            elif kind is not None:
                items.append(Lexeme(m.start(), m.end(), kind, m.group(), None, line))
        position = resume


def _modified(
    text: str, grammar: Grammar, m: re.Match[str], end: int, items: list[Lexeme], line: int
) -> int | None:
    """ "Deputy Secretary of State": the office "Deputy Secretary" matched first, but
    after its modifier stands a longer office. Adds the modifier alone and returns
    where lexing resumes; None when the office as matched is the longest."""
    first, _, _ = m.group("phrase").partition(" ")
    entry = grammar.lookup(first)
    if entry is None or not entry.modifier:
        return None
    after = m.start() + len(first) + 1
    longer = grammar.lexer.match(text, after, end)
    if longer is None or longer.lastgroup != "phrase" or longer.end() <= m.end():
        return None
    other = grammar.lookup(longer.group("phrase"))
    if other is None or other.title is None:
        return None
    items.append(Lexeme(m.start(), m.start() + len(first), "phrase", first, entry, line))
    return after


def _name(
    text: str, grammar: Grammar, start: int, end: int, items: list[Lexeme], line: int = 0
) -> int | None:
    """A capitalised run, cut before the first word that is not part of a name; returns
    where lexing resumes when the run was cut.

    The run "Xi Jinping Holds Telephone Talks" of a headline is the name "Xi
    Jinping" and the phrases after it; "The Head of State" is no name but a
    phrase; a run in capitals ("BRITISH PRIME MINISTER") is read again as its words.
    """
    piece = text[start:end]
    titled = piece.title()
    readable = titled != piece and (" " in piece or grammar.lookup(titled) is not None)
    if piece.isupper() and len(piece) > 3 and readable:
        # Read the run again in title case. Only the character before it goes
        # along (the lexer looks one character behind), not a copy of the text.
        before = text[start - 1 : start]
        first = len(items)
        _scan(before + titled, grammar, len(before), len(before) + len(piece), items, line)
        shift = start - len(before)
        items[first:] = [
            lx._replace(start=lx.start + shift, end=lx.end + shift) for lx in items[first:]
        ]
        return None
    words = piece.split()
    cut = _portfolio_cut(words, grammar)
    if cut:
        # "National Defence Wladyslaw Nowak": a body's name, then a person's
        first_end = start + piece.index(words[cut - 1]) + len(words[cut - 1])
        resume = _name(text, grammar, start, first_end, items, line)
        return resume if resume is not None else text.index(words[cut], first_end)
    position = start
    for number, word in enumerate(words):
        word_start = text.index(word, position)
        position = word_start + len(word)
        bare = word.rstrip(".,")
        stop = bare in grammar.stopwords
        head, _, suffix = bare.rpartition("-")
        entry = None if stop else grammar.lookup(head if suffix in grammar.title_suffixes else bare)
        if entry is None and not stop and number + 1 < len(words):
            # a phrase of two or three words inside the run: "... Politburo Member"
            for size in (3, 2):
                phrase = words[number : number + size]
                entry = grammar.lookup(" ".join(phrase)) if len(phrase) == size else None
                if entry is None:
                    continue
                cut = _trim(text, start, word_start)
                if cut > start:
                    items.append(Lexeme(start, cut, "name", text[start:cut], None, line))
                    return word_start
                phrase_end = text.index(phrase[-1], position) + len(phrase[-1])
                items.append(
                    Lexeme(
                        word_start, phrase_end, "phrase", text[word_start:phrase_end], entry, line
                    )
                )
                return phrase_end
        if stop or entry is not None:
            cut = _trim(text, start, word_start)
            if cut > start:
                items.append(Lexeme(start, cut, "name", text[start:cut], None, line))
            elif entry is not None:
                # the phrase could not match where it stands ("President’s"): take the word
                items.append(
                    Lexeme(word_start, word_start + len(bare), "phrase", bare, entry, line)
                )
                return word_start + len(bare)
            return position if stop else word_start
    items.append(Lexeme(start, end, "name", piece, None, line))
    return None


def _portfolio_cut(words: list[str], grammar: Grammar) -> int:
    """The number of words before a person's name in a capitalised run that opens with
    a portfolio or a body ("Foreign Affairs", "Arab League") and goes on with two words
    or more; 0 when the run is one name."""
    portfolios = grammar.portfolios
    for number in range(len(words) - 3, -1, -1):
        if words[number].casefold() in portfolios:
            return number + 1
    return 0


def _trim(text: str, start: int, end: int) -> int:
    """``end`` moved back over spaces and particles left dangling after a cut."""
    while end > start and text[end - 1] in " \u00a0,":
        end -= 1
    return end
