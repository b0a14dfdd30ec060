"""The lexer: one pass over the text that finds every phrase the parser cares about.

A lexeme is a phrase of the vocabulary (an office, a country, a reporting
verb, an engagement word ...), a capitalised name, a quotation mark or a
possessive ending, with its offsets and its lexicon entry. Everything between
lexemes is ordinary words and spacing, which later stages read as "gaps".
"""

from __future__ import annotations

import bisect
import functools
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

    def first(self, start: int, end: int) -> Lexeme | None:
        """The first lexeme lying inside ``[start, end)``, without making the list of the
        others that :meth:`between` makes."""
        items = self.items
        index = bisect.bisect_left(self.starts, start)
        while index < len(items) and items[index].start < end:
            if items[index].end <= end:
                return items[index]
            index += 1
        return None


def lex(text: str, grammar: Grammar, lines: Iterable[tuple[int, int]] | None = None) -> Lexemes:
    """Every lexeme of ``text``, in order, line by line: no lexeme runs over from one
    line to the next (a line wrapped by hand is one line: see :mod:`readoutmodel.text`)."""
    grammar = grammar.for_text(text)
    items: list[Lexeme] = []
    for number, (start, end) in enumerate(lines if lines is not None else [(0, len(text))]):
        _scan(text, grammar, start, end, items, number)
    return Lexemes(tuple(items), tuple([item[0] for item in items]))


# Lexemes are made with the tuple's constructor: a named tuple's own is a Python
# function, and a readout has hundreds of lexemes.
_new = tuple.__new__


def _is_word(ch: str) -> bool:
    """Whether ``ch`` is a letter, digit or underscore (``\\w``)."""
    return ch.isalnum() or ch == "_"


def _scan(
    text: str, grammar: Grammar, start: int, end: int, items: list[Lexeme], line: int = 0
) -> None:
    """Adds the lexemes of ``text[start:end]`` to ``items``.

    The lexer pattern finds a lexeme together with the character before it, so
    one that opens where reading starts (the start of a line, a word after a cut
    name) is matched there first, on its own.
    """
    position = start
    while position < end:
        if position == 0 or not _is_word(text[position - 1]):
            m = grammar.lexeme.match(text, position, end)
            if m is not None:
                resume = _take(text, grammar, m, m.lastgroup, position, end, items, line)
                position = m.end() if resume is None else resume
                continue
        position = _search(text, grammar, position, end, items, line)


def _search(
    text: str, grammar: Grammar, start: int, end: int, items: list[Lexeme], line: int
) -> int:
    """Adds the lexemes from ``start`` on; returns where reading resumes after a
    lexeme that asks for it, or ``end``.

    A match reads the same wherever it stands, but for a few phrases that look at
    what follows them: what it makes is worked out once, as a :class:`_Plan`, and
    laid down at each place it stands.
    """
    plans = _plans(grammar)
    for m in grammar.lexer.finditer(text, start, end):
        found: str = m.group()
        at: int = m.start()
        plan = plans.get(found)
        kind = m.lastgroup
        if plan is None or plan.kind != kind:
            plan = _plan(grammar, m, kind)
            if plan is None:
                if found[0] in _QUOTES:
                    items.append(_new(Lexeme, (at, at + 1, "quote", found[0], None, line)))
                resume = _take(text, grammar, m, kind, at + 1, end, items, line)
                if resume is not None:
                    return resume
                continue
            if len(plans) >= _PLANS:
                plans.clear()
            plans[found] = plan
        for offset, stop, made, written, entry in plan.lexemes:
            items.append(_new(Lexeme, (at + offset, at + stop, made, written, entry, line)))
        if plan.resume is not None:
            return at + plan.resume
        if plan.open_end:
            stop = at + len(found)
            if stop < end and _is_word(text[stop]):
                return stop  # "J.Trump": a name may start right after
    return end


_QUOTES = frozenset('"“”«»„')

_PLANS = 4096  # the most matches whose plans are kept


class _Plan(NamedTuple):
    """What a match of the lexer makes, wherever it stands."""

    kind: str | None  # the group that matched
    lexemes: tuple[tuple[int, int, str, str, Entry | None], ...]  # at offsets into the match
    resume: int | None  # where reading resumes, as an offset into the match, or None
    open_end: bool  # whether a name may start right after it ("J.Trump")


@functools.lru_cache(maxsize=8)
def _plans(grammar: Grammar) -> dict[str, _Plan]:
    """The plans of the matches seen so far, by match: a cache the lexer clears when
    it is full."""
    return {}


def _plan(grammar: Grammar, m: re.Match[str], kind: str | None) -> _Plan | None:
    """What the match ``m`` of the lexer makes, wherever it stands; None for a phrase
    whose lexeme depends on what follows it (one that a longer phrase may open with,
    an office a modifier opens)."""
    found = m.group()
    if kind == "quote" or kind == "possessive":
        return _Plan(kind, ((0, len(found), kind, found, None),), None, False)
    made: list[tuple[int, int, str, str, Entry | None]] = []
    if found[0] in _QUOTES:
        made.append((0, 1, "quote", found[0], None))
    if kind == "name":
        if " " in found and found[1:].split(" ", 1)[0].casefold() in _capital_heads(grammar):
            return None  # a capital that opens it may be a place after "of" (see _take)
        run, cut = _read_name(grammar, found[1:])
        if cut is not None and _at_style(grammar, found, cut + 1):
            return None  # what the style opens depends on what stands before (see _take)
        made.extend((lx[0] + 1, lx[1] + 1, lx[2], lx[3], lx[4]) for lx in run)
        if cut is not None:
            return _Plan(kind, tuple(made), cut + 1, False)
        return _Plan(kind, tuple(made), None, not _is_word(found[-1]))
    phrase, suffix = m.group("phrase", "suffix")
    entry, stem, modified = _entry(grammar, phrase, suffix)
    if stem or modified or phrase in grammar.words.name_words:
        return None
    if entry is not None:
        made.append((1, len(found), "phrase", found[1:], entry))
    return _Plan(kind, tuple(made), None, False)


def _take(
    text: str,
    grammar: Grammar,
    m: re.Match[str],
    kind: str | None,
    at: int,
    end: int,
    items: list[Lexeme],
    line: int,
) -> int | None:
    """Adds the phrase or name ``m`` (of group ``kind``) found at ``at``; returns where
    reading resumes when that is not the end of ``m``, or None."""
    stop: int = m.end()
    if kind == "name":
        place = _place_before_name(grammar, text, at, stop)
        if place is not None:
            # "Crown Prince of Abu Dhabi Mohammed bin Zayed": the place, then the person
            items.append(_new(Lexeme, (at, place, "name", text[at:place], None, line)))
            return place + 1
        # the lexemes of the capitalised run, read once for all the places it stands
        run, cut = _read_name(grammar, text[at:stop])
        if (
            cut is not None
            and _at_style(grammar, text, at + cut)
            and not _after_of(text, at, grammar)
        ):
            # a style kept in names inside a run opens another after "of" alone: "Crown
            # Prince of Abu Dhabi Sheikh X" is the place, then the person; "President
            # Hassan Sheikh Mohamud" is one name
            run, cut = _read_name(grammar, text[at:stop], False)
        for lx in run:
            items.append(_new(Lexeme, (lx[0] + at, lx[1] + at, lx[2], lx[3], lx[4], line)))
        if cut is not None:
            return cut + at
        if stop < end and not _is_word(text[stop - 1]) and _is_word(text[stop]):
            return stop  # "J.Trump": a name may start right after
        return None
    phrase, suffix = m.group("phrase", "suffix")
    entry, stem, modified = _entry(grammar, phrase, suffix)
    if stem:
        longer = grammar.folded_phrase.match(text, at, end)
        if longer is not None and longer.end() > stop:
            # "General Secretary" over the style "General": the longest phrase
            found: str = longer.group()
            wider = grammar.folded[found.casefold()]
            after: int = longer.end()
            items.append(_new(Lexeme, (at, after, "phrase", found, wider, line)))
            return after
    if entry is None:
        return None
    if phrase in grammar.words.name_words:
        named = _family_name(text, grammar, at, stop, end, items, line)
        if named is not None:
            return named
    if modified:
        resume = _modified(text, grammar, phrase, at, stop, end, items, line)
        if resume is not None:
            return resume  # a modifier before a longer office: read on after it
    items.append(_new(Lexeme, (at, stop, "phrase", text[at:stop], entry, line)))
    return None


def _family_name(
    text: str, grammar: Grammar, at: int, stop: int, end: int, items: list[Lexeme], line: int
) -> int | None:
    """Adds a name that a word of the lexicon opens as a family name ("He Lifeng", not
    "He said"): one word of a name right after it, which the lexicon does not know ("He
    Lifeng Holds Talks" of a headline, not "He Told Reporters"); returns where reading
    resumes, or None when no such name follows."""
    if not (stop + 1 < end and text[stop] == " " and text[stop + 1].isupper()):
        return None
    m = grammar.lexeme.match(text, stop + 1, end)
    if m is None or m.lastgroup != "name":
        return None
    run, _ = _read_name(grammar, m.group())
    if not run or run[0][2] != "name" or run[0][0] != 0 or not run[0][3].isalpha():
        return None
    after = stop + 1 + run[0][1]
    items.append(_new(Lexeme, (at, after, "name", text[at:after], None, line)))
    return after


@functools.lru_cache(maxsize=4096)
def _entry(grammar: Grammar, phrase: str, suffix: str | None) -> tuple[Entry | None, bool, bool]:
    """The lexicon entry of a phrase as matched, an office with its suffix
    ("President-elect"); whether the phrase is one written with capitals that a
    longer phrase of any case may open with; and whether it is an office of several
    words that a modifier opens ("Deputy Secretary")."""
    exact = grammar.exact.get(phrase)
    entry = exact or grammar.folded.get(phrase.casefold()) or grammar.lookup(phrase)
    if entry is not None and suffix and entry.title is not None:
        entry = attrs.evolve(entry, title=entry.title + suffix)
    modified = (
        entry is not None and entry.title is not None and _opens_with_modifier(grammar, phrase)
    )
    return entry, exact is not None and _is_stem(grammar, phrase), modified


def _is_stem(grammar: Grammar, phrase: str) -> bool:
    """Whether a case-insensitive phrase longer than ``phrase`` may open with it: most
    phrases written with capitals ("China", "U.S.") open none, and the longer phrase
    need not be looked for after them."""
    if not phrase.isascii():
        return True  # letters beyond ASCII are not worth the care their cases need
    return phrase.lower() in _stems(grammar)


@functools.lru_cache(maxsize=8)
def _stems(grammar: Grammar) -> frozenset[str]:
    """The beginnings of the case-insensitive phrases, short of the whole phrase, as an
    ASCII phrase in lower case reads when they match it: the only letter of a folded
    phrase beyond ASCII that matches one in it, whatever its case, is the dotless ı."""
    return frozenset(
        phrase[:size].replace("\u0131", "i")
        for phrase in grammar.folded
        for size in range(1, len(phrase))
    )


def _opens_with_modifier(grammar: Grammar, phrase: str) -> bool:
    """Whether the first of several words of ``phrase`` is a modifier of offices."""
    first, space, _ = phrase.partition(" ")
    entry = grammar.lookup(first) if space else None
    return entry is not None and entry.modifier


def _modified(
    text: str,
    grammar: Grammar,
    phrase: str,
    at: int,
    stop: int,
    end: int,
    items: list[Lexeme],
    line: int,
) -> int | None:
    """ "Deputy Secretary of State": the office "Deputy Secretary" matched first, but
    after its modifier stands a longer office. Adds the modifier alone and returns
    where lexing resumes; None when the office as matched is the longest."""
    first, _, _ = phrase.partition(" ")
    entry = grammar.lookup(first)
    if entry is None:
        return None
    after = at + len(first) + 1
    longer = grammar.lexeme.match(text, after, end)
    if longer is None or longer.lastgroup != "phrase" or longer.end() <= stop:
        return None
    other = grammar.lookup(longer.group("phrase"))
    if other is None or other.title is None:
        return None
    items.append(_new(Lexeme, (at, at + len(first), "phrase", first, entry, line)))
    return after


@functools.lru_cache(maxsize=4096)
def _read_name(
    grammar: Grammar, piece: str, styles: bool = True
) -> tuple[tuple[Lexeme, ...], int | None]:
    """The lexemes of a capitalised run, at offsets into the run, and where lexing
    resumes when the run was cut: a run reads the same wherever it stands, but for a
    style kept in names, which opens one only where ``styles`` says (see _take)."""
    items: list[Lexeme] = []
    resume = _cut(piece, grammar, 0, len(piece), items, styles)
    return tuple(items), resume


def _titled(piece: str, grammar: Grammar) -> str:
    """``piece`` in title case, but for the words the vocabulary knows only as written in
    capitals: "UK PRIME MINISTER" is "UK Prime Minister", not "Uk Prime Minister"."""
    titled = piece.title()
    if not piece.isupper():
        return titled
    words = titled.split(" ")
    for i, word in enumerate(piece.split(" ")):
        if word in grammar.exact and word.isupper():
            words[i] = word
    return " ".join(words)


def _cut(
    text: str, grammar: Grammar, start: int, end: int, items: list[Lexeme], styles: bool = True
) -> int | None:
    """A capitalised run, cut before the first word that is not part of a name; returns
    where lexing resumes when the run was cut.

    The run "Xi Jinping Holds Telephone Talks" of a headline is the name "Xi
    Jinping" and the phrases after it; "The Head of State" is no name but a
    phrase; a run in capitals ("BRITISH PRIME MINISTER") is read again as its words.
    """
    piece = text[start:end]
    titled = _titled(piece, grammar)
    readable = titled != piece and (" " in piece or grammar.lookup(titled) is not None)
    if piece.isupper() and len(piece) > 3 and readable:
        # Read the run again in title case; what stands before it does not matter,
        # as a name follows no letter or digit.
        first = len(items)
        _scan(titled, grammar, 0, len(piece), items)
        items[first:] = [
            lx._replace(start=lx.start + start, end=lx.end + start) for lx in items[first:]
        ]
        return None
    words = piece.split()
    if (
        len(words) > 2
        and len(words[0]) > 2
        and words[0].isalpha()
        and words[0].isupper()
        and (grammar.lookup(words[0]) or grammar.topics.ids(words[0], words[0].lower()))
    ):
        # "IAEA Rafael Grossi": a body's initials, then a person's name; not a family name
        # in capitals, as Japan writes it ("LEE Jae Myung")
        items.append(Lexeme(start, start + len(words[0]), "name", words[0]))
        return text.index(words[1], start + len(words[0]))
    cut = _portfolio_cut(words, grammar)
    if cut:
        # "National Defence Wladyslaw Nowak": a body's name, then a person's
        first_end = start + piece.index(words[cut - 1]) + len(words[cut - 1])
        resume = _cut(text, grammar, start, first_end, items, styles)
        return resume if resume is not None else text.index(words[cut], first_end)
    position = start
    particles = grammar.words.name_particles
    for number, word in enumerate(words):
        word_start = text.index(word, position)
        position = word_start + len(word)
        bare = word.rstrip(".,")
        # an initial inside a name is no stop word: the "A." of "Enrique A. Manalo"
        # nor the end of a body's name: the "Office" of "the UK Foreign Office"
        stop = bare in grammar.stopwords and not (
            number
            and ((len(bare) == 1 and word[1:2] == ".") or bare in grammar.words.body_stopwords)
        )
        head, _, suffix = bare.rpartition("-")
        entry = None if stop else grammar.lookup(head if suffix in grammar.title_suffixes else bare)
        if entry is not None and number and bare in grammar.words.name_words:
            entry = None  # "Liu He", "Arab States": after a word of a name, a word of it
        if entry is not None and number and words[number - 1].casefold() in particles:
            entry = None  # "Haitham bin Tarik Al Said": after a particle, a word of the name
        if entry is None and not stop and bare != word and "." in bare:
            entry = grammar.lookup(word.rstrip(","))  # a style in initials: "H.E."
        if number and styles and f"{bare} " in grammar.words.kept_styles:
            # a style kept in a name opens one: "Crown Prince of Abu Dhabi Sheikh X" is the
            # place, then the person (see _take)
            cut = _trim(text, start, word_start)
            items.append(Lexeme(start, cut, "name", text[start:cut]))
            return word_start
        if entry is None and not stop and number + 1 < len(words):
            # a phrase of two or three words inside the run: "... Politburo Member"
            for size in (3, 2):
                phrase = words[number : number + size]
                entry = grammar.lookup(" ".join(phrase)) if len(phrase) == size else None
                if entry is None:
                    continue
                cut = _trim(text, start, word_start)
                if cut > start:
                    items.append(Lexeme(start, cut, "name", text[start:cut]))
                    return word_start
                phrase_end = text.index(phrase[-1], position) + len(phrase[-1])
                items.append(
                    Lexeme(word_start, phrase_end, "phrase", text[word_start:phrase_end], entry)
                )
                return phrase_end
        if stop or entry is not None:
            cut = _trim(text, start, word_start)
            if cut > start:
                items.append(Lexeme(start, cut, "name", text[start:cut]))
            elif entry is not None:
                # the phrase could not match where it stands ("President’s"): take the word
                items.append(Lexeme(word_start, word_start + len(bare), "phrase", bare, entry))
                return word_start + len(bare)
            if stop and cut > start and grammar.lookup(" ".join(words[number : number + 2])):
                return word_start  # a style opened by a stop word: "His Excellency"
            return position if stop else word_start
    items.append(Lexeme(start, end, "name", piece))
    return None


def _place_before_name(grammar: Grammar, text: str, start: int, end: int) -> int | None:
    """Where a capital city that opens the capitalised run ``text[start:end]`` ends, when
    the run follows "of" and goes on after it with a person: "of Abu Dhabi Mohammed bin
    Zayed", "of Tokyo Yuriko Koike"; else None."""
    first = text[start : start + _PLACE_WORD].split(" ", 1)[0].casefold()
    heads = _capital_heads(grammar)
    if first not in heads or not _after_of(text, start, grammar):
        return None
    piece = text[start:end]
    if grammar.ends_like_body(piece):
        return None  # "of Tokyo Electric Power Company": a body the place names
    words = piece.split(" ")
    for size in range(min(heads[first], len(words) - 1), 0, -1):
        if " ".join(words[:size]).casefold() in grammar.capitals:
            return start + len(" ".join(words[:size]))
    return None


@functools.lru_cache(maxsize=8)
def _capital_heads(grammar: Grammar) -> dict[str, int]:
    """The first words of the capital cities, each with the most words of a capital it
    opens: {"abu": 2, "tokyo": 1}."""
    heads: dict[str, int] = {}
    for city in grammar.capitals:
        words = city.split(" ")
        heads[words[0]] = max(heads.get(words[0], 0), len(words))
    return heads


_PLACE_WORD = 16  # the characters read for the first word of a capital city


def _at_style(grammar: Grammar, text: str, position: int) -> bool:
    """Whether a style kept in names ("Sheikh") stands at ``position``."""
    word = text[position : position + _STYLE_LENGTH].split(" ", 1)[0]
    return f"{word} " in grammar.words.kept_styles


def _after_of(text: str, start: int, grammar: Grammar) -> bool:
    """Whether ``text[start:]`` follows "of" or "of the": a place's name."""
    before = tuple(text[max(0, start - _OF_REACH) : start].casefold().split())
    return any(before[-len(of) :] == of for of in grammar.words.of)


_STYLE_LENGTH = 12  # the characters read for a style kept in names: "Sheikha"
_OF_REACH = 8  # how far before a name "of the" may start


def _portfolio_cut(words: list[str], grammar: Grammar) -> int:
    """The number of words before a person's name in a capitalised run that opens with
    a portfolio or a body ("Foreign Affairs", "Arab League") and goes on with two words
    or more; 0 when the run is one name, or a body's ("Pacific Islands Forum")."""
    if words and grammar.ends_like_body(words[-1]):
        return 0
    for number in range(len(words) - 3, -1, -1):
        if grammar.ends_like_body(words[number]):
            return number + 1
    return 0


def _trim(text: str, start: int, end: int) -> int:
    """``end`` moved back over spaces and particles left dangling after a cut."""
    while end > start and text[end - 1] in " \u00a0,":
        end -= 1
    return end
