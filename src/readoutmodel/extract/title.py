"""Title: the headline, among the lines before the body.

The headline is the first line before the body that is not page chrome and
reads like a headline of an engagement: it names an office, an engagement
("Call", "Talks", "meets"), a reporting act ("urges", "discuss") or is a
"Readout". A line ending with a colon introduces the body instead, a line of
capitalised words alone is a byline. A headline wrapped over two lines is
joined. Texts that start straight with the body have no title.
"""

from __future__ import annotations

from readoutmodel.lexer import Lexemes
from readoutmodel.model import Span
from readoutmodel.patterns import Grammar
from readoutmodel.text import Document

__all__ = ["find", "title_text"]


def title_text(text: str, span: Span) -> str:
    """The headline with its whitespace collapsed."""
    return " ".join(text[span.start : span.end].split())


def _is_headline(text: str, span: Span, lexemes: Lexemes, grammar: Grammar) -> bool:
    piece = text[span.start : span.end]
    if piece.endswith(":") or len(piece.split()) < 2:
        return False
    if piece.casefold().startswith(grammar.words.readout):
        return True
    for lx in lexemes.between(span.start, span.end):
        entry = lx.entry
        if entry is None:
            continue
        if (
            entry.title is not None
            or entry.engagement
            or (entry.verb is not None and entry.form in ("present", "past", "base", "noun"))
        ):
            return True
    return False


def find(document: Document, lexemes: Lexemes, grammar: Grammar) -> Span | None:
    """The headline's span, or None."""
    text = document.text
    header = document.header
    for index, line in enumerate(header):
        span = Span(line.start, line.end)
        if not _is_headline(text, span, lexemes, grammar):
            continue
        end = line.end
        for following in header[index + 1 :]:
            if following.blank_before or not _wraps(
                text[line.start : end], text[following.start : following.end], grammar
            ):
                break
            end = following.end
        return Span(line.start, end)
    return None


def _wraps(before: str, after: str, grammar: Grammar) -> bool:
    words = before.split()
    return bool(words) and (
        words[-1].casefold() in grammar.words.soft_endings or after[:1].islower()
    )
