"""Title: the headline, among the lines before the body.

The headline is the first line before the body that is not page chrome and
reads like a headline of an engagement (of two such, not a label of the page's
kind before the headline: "PHONE CALL"): it names an office, an engagement
("Call", "Talks", "meets"), a reporting act ("urges", "discuss", or a
speaker's words after a colon: 'Pezeshkian: "Iran seeks peace"') or is a
"Readout"; failing those, a news headline with a verb the vocabulary does not
know ("Tinubu and Ramaphosa sign trade pact in Cape Town"). A line ending with
a colon introduces the body instead, a line of capitalised words alone is a
byline. A headline wrapped over two lines is joined. Texts that start straight
with the body have no title.
"""

from __future__ import annotations

from readoutmodel.lexer import Lexemes
from readoutmodel.model import Span
from readoutmodel.patterns import Grammar
from readoutmodel.text import Document, Line

__all__ = ["find", "title_text"]


def title_text(text: str, span: Span) -> str:
    """The headline with its whitespace collapsed."""
    return " ".join(text[span.start : span.end].split())


def _headline(text: str, line: Line, lexemes: Lexemes, grammar: Grammar) -> int:
    """How much a header line reads like the headline of an engagement: 2 when it names
    the engagement or an act ("Telephone conversation with ...", "Readout of ...", "Xi
    urges ..."), 1 when it only names an office (a site's name: "President of Russia"),
    0 when neither or when it introduces the body (ends with a colon). Words of a
    publisher's name ("Department of State") count for nothing."""
    piece = text[line.start : line.end]
    if piece.endswith(":") or len(piece.split()) < 2:
        return 0
    if piece.casefold().startswith(grammar.words.readout) or _quoted(piece, grammar):
        return 2
    score = 0
    # a publisher's name names no act: the "State" of "U.S. Department of State"
    marks = [m.span() for m in grammar.issuers.finditer(text, line.start, line.end)]
    for lx in lexemes.between(line.start, line.end):
        entry = lx.entry
        if entry is None:
            continue
        if marks and any(start <= lx.start and lx.end <= end for start, end in marks):
            continue
        # a verb's base form counts after its subject ("Li, German chancellor discuss ..."),
        # not as the first word of a line ("Press Statements")
        verb = entry.verb is not None and (
            entry.form in ("present", "past", "noun")
            or (entry.form == "base" and lx.start > line.start)
        )
        if entry.engagement or verb:
            return 2
        if entry.title is not None:
            score = 1
    if not score and _news(piece, lexemes, line, grammar):
        return 1
    return score


_NEWS_WORDS = 4  # the fewest words of a news headline: "Kenya, Italy deepen ties"


def _news(piece: str, lexemes: Lexemes, line: Line, grammar: Grammar) -> bool:
    """Whether a line reads like a news headline about the parties, with a verb the
    vocabulary does not know: "Tinubu and Ramaphosa sign trade pact in Cape Town", "Kenya,
    Italy to deepen cooperation in energy": it names a country or a person, holds a word in
    lower case that is no small word of a name, and ends with no full stop; a label and
    what it labels ("Kafue: a river town") are none."""
    words = piece.split()
    if len(words) < _NEWS_WORDS or ":" in piece or piece.rstrip().endswith(grammar.words.terminal):
        return False
    small = grammar.words.soft_endings
    if not any(w.isalpha() and w.islower() and w not in small for w in words):
        return False
    return any(
        lx.kind == "name" or (lx.entry is not None and lx.entry.countries)
        for lx in lexemes.between(line.start, line.end)
    )


# single quotation marks, which grammar.toml leaves out of its quotation pairs (they
# are apostrophes too) but which open a headline's quotation after a colon
_SINGLE = ("'", "‘")


def _quoted(piece: str, grammar: Grammar) -> bool:
    """Whether the line reports words: a speaker, a colon and a quotation ('Pezeshkian:
    "Iran seeks peace"', "Ruto-Museveni talks: 'We are one people'")."""
    speaker, colon, words = piece.partition(": ")
    return (
        bool(colon)
        and 0 < len(speaker.split()) <= 6
        and speaker[:1].isupper()
        and words.startswith((*grammar.words.quotes, *_SINGLE))
    )


def find(document: Document, lexemes: Lexemes, grammar: Grammar) -> Span | None:
    """The headline's span, or None: the first line that names the engagement, else the
    first that names an office; a headline wrapped over two lines is joined."""
    text = document.text
    header = document.header
    scores = [_headline(text, line, lexemes, grammar) for line in header]
    best = max(scores, default=0)
    if not best:
        return None
    index = scores.index(best)
    later = scores.index(best, index + 1) if best in scores[index + 1 :] else None
    if later is not None and _label(text, header[index], lexemes):
        index = later  # "PHONE CALL" over "Lula and Macron talk": the page's label
    line = header[index]
    end = line.end
    for following, score in zip(header[index + 1 :], scores[index + 1 :], strict=True):
        after = text[following.start : following.end]
        wrapped = _wraps(text[line.start : end], after, grammar)
        # a line right under the headline that names nothing of its own goes on with it,
        # but for a label of the page's kind ("Readout"), a byline opened by a style
        # ("Rt Hon Jacinda Ardern") and the publisher's name ("From Department of the
        # Taoiseach")
        continuing = (
            score == 0
            and not text[line.start : end].endswith(grammar.words.terminal)
            and not after.casefold().startswith(grammar.words.readout)
            and not _styled(lexemes, following)
            and not _publisher(text, following, grammar)
        )
        if (
            following.blank_before
            or not (wrapped or continuing)
            or not _adjacent(text, end, following)
        ):
            break
        end = following.end
    return Span(line.start, end)


_LABEL_WORDS = 3  # the most words of a label of the page's kind: "BILATERAL MEETING"
_MENU = " | "  # what parts the items of a menu
_MENU_WORDS = 2  # the most words of a menu's item


def _label(text: str, line: Line, lexemes: Lexemes) -> bool:
    """Whether a line is a label of the page's kind or section, a few words that name
    no one and no country ("PHONE CALL", "OFFICIAL VISIT", "News | Photo | Video")."""
    piece = text[line.start : line.end]
    items = piece.split(_MENU)
    if len(items) > 1 and all(0 < len(item.split()) <= _MENU_WORDS for item in items):
        return True  # a menu: "News | Photo | Video"
    words = [w for w in piece.split() if any(ch.isalpha() for ch in w)]
    if len(words) > _LABEL_WORDS:
        return False
    return not any(
        lx.kind == "name"
        or (lx.entry is not None and (lx.entry.countries or lx.entry.title is not None))
        for lx in lexemes.between(line.start, line.end)
    )


def _styled(lexemes: Lexemes, line: Line) -> bool:
    """Whether ``line`` opens with a style ("Rt Hon", "H.E."): a byline's name."""
    first = lexemes.first(line.start, line.end)
    return (
        first is not None
        and first.start == line.start
        and first.entry is not None
        and first.entry.honorific
    )


def _publisher(text: str, line: Line, grammar: Grammar) -> bool:
    """Whether ``line`` is a publisher's name, with a word at most besides ("European
    Council", "From Department of the Taoiseach")."""
    rest = grammar.issuers.sub(" ", text[line.start : line.end])
    return rest != text[line.start : line.end] and len(rest.split()) <= 1


def _adjacent(text: str, end: int, following: Line) -> bool:
    """Whether ``following`` is the very next line after ``end``."""
    return text.count("\n", end, following.start) == 1


def _wraps(before: str, after: str, grammar: Grammar) -> bool:
    words = before.split()
    return bool(words) and (
        words[-1].casefold() in grammar.words.soft_endings or after[:1].islower()
    )
