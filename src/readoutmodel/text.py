"""The document: page chrome set aside, the body cut into paragraphs and sentences.

:func:`segment` never changes the text: every line, paragraph and sentence is a
pair of offsets into the string given to :func:`readoutmodel.parse`. Lines are
classified first (chrome, preface, date line, byline, text); the body begins at
the first line of prose and ends where a tail marker ("Related Stories",
"Suggest to a friend") or the text ends. The text lines before the body are
the header, where the title is looked for.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Iterator
from typing import Any

import attrs

from readoutmodel.model import Span
from readoutmodel.patterns import Grammar

__all__ = ["Document", "Line", "Paragraph", "Sentence", "dateline_country", "holds_any", "segment"]


@attrs.frozen
class Line:
    """A line of the text (its content, without surrounding space) and its role.

    Roles: ``text``, ``chrome``, ``tail`` (a tail marker), ``preface``,
    ``date`` (a line that is only a date or a dateline), ``byline``.
    """

    start: int
    end: int
    role: str
    blank_before: bool = False


@attrs.frozen
class Paragraph:
    """A paragraph of the body; ``question`` for a "Q:" paragraph of a press briefing."""

    start: int
    end: int
    index: int
    question: bool = False


@attrs.frozen
class Sentence:
    """A sentence of the body, with the index of its paragraph."""

    start: int
    end: int
    paragraph: int


@attrs.frozen
class Document:
    """A text cut into its parts, all as offsets into ``text``."""

    text: str
    lines: tuple[Line, ...]
    header: tuple[Line, ...]
    body: Span | None
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    capture: Span | None
    dateline: Span | None
    outside: tuple[Span, ...]
    bylines: tuple[Span, ...]

    def paragraph_sentences(self, index: int) -> tuple[Sentence, ...]:
        """The sentences of paragraph ``index``."""
        # sentences are in paragraph order: find the paragraph's run by bisection
        low = bisect.bisect_left(self.sentences, index, key=_paragraph)
        high = bisect.bisect_right(self.sentences, index, lo=low, key=_paragraph)
        return self.sentences[low:high]


_paragraph = operator.attrgetter("paragraph")  # read in C: bisection calls it at every step


def _lines(text: str) -> list[tuple[int, int]]:
    """Each line's content span, without its line break and surrounding space."""
    spans = []
    position = 0
    for raw in text.splitlines(keepends=True):
        # line breaks are spacing too: stripping the line strips its break
        content = raw.lstrip()
        if content:
            start = position + len(raw) - len(content)
            spans.append((start, start + len(content.rstrip())))
        else:
            start = position + len(raw.rstrip(_BREAKS))  # a blank line: where its break is
            spans.append((start, start))
        position += len(raw)
    return spans


# the characters that end a line for str.splitlines
_BREAKS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def _logical_lines(
    text: str, spans: list[tuple[int, int]], grammar: Grammar
) -> list[tuple[int, int]]:
    """Physical lines with the lines a hard wrap broke joined again ("held a phone /
    conversation with ..."); a blank line stays a break."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and start < end
            and previous[0] < previous[1]
            and _soft_wrapped(text, previous, (start, end), grammar)
        ):
            joined[-1] = (previous[0], end)
            continue
        joined.append((start, end))
    return joined


def _at_most(piece: str, count: int) -> bool:
    """Whether ``piece`` has at most ``count`` words; a long line is split only that far."""
    return len(piece.split(None, count)) <= count


def _folded(piece: str) -> str:
    """``piece`` casefolded, its runs of spacing made single spaces."""
    if piece.isprintable() and "  " not in piece and piece[:1] != " " and piece[-1:] != " ":
        # only single spaces in it (every other spacing character is unprintable):
        # nothing to collapse
        return piece.casefold()
    return " ".join(piece.split()).casefold()


def _labels(text: str, line: Line, grammar: Grammar) -> bool:
    """Whether a line of chrome is a label whose value the next line is ("From:")."""
    return bool(grammar.chrome_labels) and _folded(text[line.start : line.end]) in (
        grammar.chrome_labels
    )


def _classify(piece: str, grammar: Grammar) -> str:
    if not piece:
        return "blank"
    folded = _folded(piece)
    bare = folded.rstrip(":").strip()
    if bare in grammar.chrome_tails or folded in grammar.chrome_tails:
        return "tail"
    if folded.endswith(grammar.words.portraits):
        for suffix in grammar.words.portraits:
            if folded.endswith(suffix) and grammar.bare_name.match(piece[: -len(suffix)].strip()):
                return "byline"  # "Barack Obama photo": the page of a person's papers
    if _is_date_line(piece, grammar):
        return "date"
    if folded.startswith(grammar.words.readout) and folded not in grammar.chrome_lines:
        return "text"  # a headline that names its kind: "Press release on X's talks with Y"
    if (
        folded in grammar.chrome_lines
        or bare in grammar.chrome_lines
        or grammar.chrome_opening.match(folded)
        or folded.endswith(grammar.chrome_suffixes)
        or holds_any(folded, grammar.chrome_contains)
        # most lines open with a letter: no need to look further
        or not (piece[0].isalpha() or any(ch.isalpha() for ch in piece))
        or folded.startswith(("http://", "https://", "www."))
        or (piece.startswith("(") and piece.endswith(")"))
        # a caption closes the line: no bracket, no caption
        or (")" in piece and grammar.caption.search(piece))
    ):
        return "chrome"
    if folded.startswith(grammar.prefaces) or (
        folded.endswith(":")
        and any(phrase in folded for phrase in grammar.prefaces)
        # a line of its own, not the last sentence of the opening paragraph: "X held a
        # telephone conversation with Y. The essence of the conversation is as follows:"
        and (". " not in folded or len(split_sentences(piece, 0, len(piece), 0, grammar)) == 1)
    ):
        return "preface"
    if folded in grammar.capitals:
        return "date"
    # folded has single spaces only: it has one word more than spaces
    if folded.count(" ") < 4 and grammar.bare_name.match(piece) and not _has_phrase(piece, grammar):
        return "byline"
    return "text"


def dateline_country(document: Document, grammar: Grammar) -> str | None:
    """The country whose capital the page is datelined in: the issuer's, unless the
    scene's subject says otherwise (a leader abroad: "Riyadh / September 10" over "EAM
    met the Saudi Foreign Minister")."""
    text = document.text
    places = [document.dateline] if document.dateline is not None else []
    places += [Span(line.start, line.end) for line in document.lines if line.role == "date"]
    for span in places:
        piece = text[span.start : span.end]
        cut = min((i for i in (piece.find(mark) for mark in ",(/:") if i >= 0), default=len(piece))
        city = piece[:cut].strip(" -–—").casefold()
        if city in grammar.capitals:
            return grammar.capitals[city]
    return None


def holds_any(folded: str, phrases: tuple[str, ...]) -> bool:
    """Whether ``folded`` holds any of ``phrases``."""
    # a loop, not any() over a generator: this runs for nearly every line
    for phrase in phrases:  # noqa: SIM110
        if phrase in folded:
            return True
    return False


def _has_phrase(piece: str, grammar: Grammar) -> bool:
    """Whether ``piece`` holds a phrase of the vocabulary, a verb of a headline inside a
    capitalised run included ("Xi Jinping Meets Lula")."""
    for m in grammar.lexer_matches(piece):
        if m.group("phrase"):
            return True
        if m.lastgroup == "name":
            for word in m.group().split():
                entry = grammar.lookup(word)
                if entry is not None and (entry.verb is not None or entry.engagement):
                    return True
    return False


def _is_date_line(piece: str, grammar: Grammar) -> bool:
    """A line that holds a date and little else ("April 04, 2020", "Xinhua) 10:04, Dec...")."""
    if len(piece) > 120 or not grammar.digit.search(piece):
        return False
    found = list(grammar.date_matches(piece, 0, len(piece)))
    if not any(m.group("weekday") is None and m.group("relative") is None for _, m in found):
        return False
    start, last = found[-1]
    if (
        last.end() == len(piece.rstrip(" ."))
        and piece[:start].rstrip().endswith(",")
        and _at_most(piece[:start], _SIGNED)
        and all(
            word[:1].isupper() or word in grammar.words.organisation
            for word in piece[:start].rstrip(" ,").split()
        )
    ):
        return True  # a closing line that signs and dates: "Department of the Taoiseach, 7 May"
    rest = piece
    for start, m in reversed(found):
        rest = rest[:start] + rest[m.end() :]
    return _letter_runs_at_most(_without_clock(rest, grammar), 3)


_SIGNED = 6  # the most words of who signs a closing line before its date


def _without_clock(piece: str, grammar: Grammar) -> str:
    """``piece`` with each time of day replaced by a space, as ``clock.sub`` would do. A
    time starts a run of digits: trying the start of each run is cheaper than trying
    every position."""
    kept: list[str] = []
    done = 0
    match = grammar.clock.match
    for run in grammar.digit_runs.finditer(piece):
        if run.start() >= done:
            m = match(piece, run.start())
            if m:
                kept += (piece[done : m.start()], " ")
                done = m.end()
    return "".join(kept) + piece[done:] if kept else piece


def _letter_runs_at_most(piece: str, count: int) -> bool:
    """Whether ``piece`` has at most ``count`` runs of letters ("3rd" has one, "a.m." two)."""
    runs = 0
    for word in piece.split():
        if word.isalpha():
            runs += 1  # most words are all letters: look at the others letter by letter
        else:
            letter = False
            for ch in word:
                runs += ch.isalpha() and not letter
                letter = ch.isalpha()
        if runs > count:
            return False
    return True


# marks that may close a quotation at the end of a line
_CLOSING = "\"'”’»“"


_LABEL = 20  # the longest label of a page's kind: "Joint Readout"


def _is_prose(piece: str, grammar: Grammar) -> bool:
    if piece[:_LABEL].casefold().startswith(grammar.words.readout) and (
        len(split_sentences(piece, 0, len(piece), 0, grammar)) == 1
    ):
        return False  # a page's label of one sentence: "Readout of ... Marcos Jr."
    ended = piece.endswith(grammar.words.terminal) or (piece.endswith(")") and ". " in piece)
    if ended and piece.endswith(tuple(_CLOSING)):
        # a quotation closes the line: prose when a sentence ends inside it ('... said.'"),
        # a headline when nothing does (Pezeshkian: "Iran seeks peace")
        core = piece.rstrip(_CLOSING)
        ended = core.endswith(grammar.words.terminal) or bool(grammar.sentence_end.search(piece))
    if ended and piece.endswith(".") and _abbreviated(piece, grammar):
        # a headline that ends with an abbreviation: "... President Marcos Jr.", "Chinese
        # vice premier meets delegation from the U.S."
        ended = False
    if not ended and piece.endswith(":"):
        # a sentence that leads what follows: "X held talks with Y today. The two leaders
        # signed the following:"; not a short label ("Outcomes:")
        return not _at_most(piece, _LEADING_WORDS)
    return ended and not _at_most(piece, 4)


_LEADING_WORDS = 6  # the fewest words of a line ending in a colon that is prose


def _abbreviated(piece: str, grammar: Grammar) -> bool:
    """Whether a short line of one sentence ends with an abbreviation that ends no
    sentence, as a headline may ("... Marcos Jr.", "... from the U.S."); not an opening
    sentence, which mostly gives a date or a time ("met today in Washington, D.C.")."""
    words = piece.split()
    word = words[-1]
    return (
        (word in grammar.abbreviations or _initials(word) > 1)
        and len(words) <= _HEADLINE_WORDS
        and not grammar.digit.search(piece)
        and not any(w.casefold() in grammar.time_words for w in words)
        and len(split_sentences(piece, 0, len(piece), 0, grammar)) == 1
    )


_HEADLINE_WORDS = 14  # the most words of a headline that ends with an abbreviation


def _body_start(text: str, lines: list[Line], first: int, grammar: Grammar) -> int:
    """The first line of the body, given its first line of prose: a single sentence
    followed by a line that is only a date ("Nairobi, 14 March 2025") and then prose,
    or by a paragraph that opens with a dateline ("SEOUL, March 16 (Yonhap) --"), is
    a headline written as a sentence ("President Ruto holds talks with President
    Museveni.", "... cooperation with U.S."), and the body starts after it. Not when a
    line of text comes before it: that is the headline, and the sentence under it the
    opening of the body (the Kremlin's "Title / scene sentence / date / body")."""
    if first + 1 >= len(lines) or any(line.role == "text" for line in lines[:first]):
        return first
    line, following = lines[first], lines[first + 1]
    if len(split_sentences(text, line.start, line.end, 0, grammar)) != 1:
        return first
    if following.role == "date":
        return next(
            (
                i
                for i in range(first + 2, len(lines))
                if lines[i].role == "text"
                and _is_prose(text[lines[i].start : lines[i].end], grammar)
            ),
            first,
        )
    if following.role == "text" and _is_prose(text[following.start : following.end], grammar):
        m = _dateline(text, following.start, following.end, grammar)
        if m and (m.group("date") or m.group("agency") or m.group("slash") or m.group("bare")):
            return first + 1
    return first


def _soft_wrapped(
    text: str, previous: tuple[int, int], following: tuple[int, int], grammar: Grammar
) -> bool:
    """Whether a line break inside a paragraph only wraps a line."""
    # the ends of the lines are read in place: what came before may be a long paragraph
    start, end = previous
    if following[0] >= following[1] or text.endswith(grammar.words.terminal, start, end):
        return False
    if text[following[0]].islower() or text.endswith((",", ";", "-"), start, end):
        return True
    # the last word of what came before decides
    words = text[max(start, end - 64) : end].rsplit(None, 1)
    return (words[-1].casefold() if words else "") in grammar.words.soft_endings


def segment(text: str, grammar: Grammar) -> Document:
    """Cut ``text`` into header, body, paragraphs and sentences."""
    spans = _logical_lines(text, _lines(text), grammar)
    capture: Span | None = None
    # spans set outside the body, as offsets: made spans once, without repeats, at the end
    outside: list[tuple[int, int]] = []
    bylines: list[Span] = []
    lines: list[Line] = []
    blank = True
    for start, end in spans:
        if capture is None and not lines and start < end and text.find("date", start, end) >= 0:
            stamp = grammar.capture.match(text, start, end)
            if stamp:
                capture = Span(stamp.start("stamp"), stamp.end("stamp"))
                start = stamp.end()
        if start == end:
            blank = True
            continue
        piece = text[start:end]
        role = _classify(piece, grammar)
        if lines and lines[-1].role == "chrome" and _labels(text, lines[-1], grammar):
            role = "chrome"  # "From:" over who published the page
        if role == "preface":
            colon = piece.find(":")
            after = piece[colon + 1 :]
            if colon >= 0 and not _at_most(after, 3):
                outside.append((start, start + colon + 1))
                start = start + colon + 1 + (len(after) - len(after.lstrip()))
                role = "text"
        lines.append(Line(start, end, role, blank))
        blank = False

    body_first = next(
        (
            i
            for i, line in enumerate(lines)
            if line.role == "text" and _is_prose(text[line.start : line.end], grammar)
        ),
        None,
    )
    if body_first is None:
        # no line ends a sentence (a capture cut short): the body starts at the first line
        # that has sentences in it, or else at the first line of text
        body_first = next(
            (
                i
                for i, line in enumerate(lines)
                if line.role == "text" and ". " in text[line.start : line.end]
            ),
            next((i for i, line in enumerate(lines) if line.role == "text"), len(lines)),
        )
    else:
        body_first = _body_start(text, lines, body_first, grammar)
    header = tuple(line for line in lines[:body_first] if line.role == "text")
    body_lines: list[Line] = []
    listing = False  # the items of a list that a line ending in a colon leads are kept
    items: set[int] = set()  # the starts of those items, which go with the line that leads
    for index in range(body_first, len(lines)):
        line = lines[index]
        if line.role == "tail":
            # comments, related stories: nothing after a tail marker is the readout's
            lines[index:] = [
                Line(rest.start, rest.end, "tail", rest.blank_before) for rest in lines[index:]
            ]
            break
        # a line that ends a sentence is read in place; only the others are counted
        listing = listing and _is_item(text, line, grammar)
        # a line ending in a colon that opens the list under it: "The leaders discussed: /
        # • trade and investment; ..." (the colon first: most lines end otherwise)
        following = lines[index + 1] if index + 1 < len(lines) else None
        leads = (
            text.endswith(":", line.start, line.end)
            and following is not None
            and following.role == "text"
            and _is_item(text, following, grammar)
            and (
                not _sentence_item(text, following, grammar)
                or _verb_before_colon(text, line, grammar)
            )
        )
        if line.role == "text" and (
            text.endswith(grammar.words.terminal, line.start, line.end)
            or not _at_most(text[line.start : line.end], 4)
            or leads
            or listing
            or _reports_quotation(text, line, following, grammar)
        ):
            body_lines.append(line)
            if listing:
                items.add(line.start)
        listing = listing or leads
    for index, line in enumerate(lines):
        if line.role == "byline" and index < body_first:
            bylines.append(_byline(text, line, grammar))
        if line.role != "text":
            outside.append((line.start, line.end))
    outside.extend((line.start, line.end) for line in header)
    if body_lines:
        tail_start = body_lines[-1].end
        outside.extend((line.start, line.end) for line in lines if line.start > tail_start)

    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    dateline: Span | None = None
    groups = _paragraph_groups(text, body_lines, items, grammar)
    for index, (start, end) in enumerate(groups):
        question = False
        if index == 0:
            start, dateline = _strip_dateline(text, start, end, grammar, outside)
        # a label ends in a colon: a paragraph without one has none
        label = grammar.label.match(text, start, end) if text.find(":", start, end) >= 0 else None
        if label:
            question = label.group("label") == "Q"
            outside.append((start, label.end("label") + 1))
            start = label.end()
        paragraph = Paragraph(start, end, len(paragraphs), question)
        paragraphs.append(paragraph)
        sentences.extend(split_sentences(text, start, end, paragraph.index, grammar))

    body = Span(paragraphs[0].start, paragraphs[-1].end) if paragraphs else None
    for line in lines:
        if line.role == "chrome" and "," in text[line.start : line.end]:
            citation = text[line.start : line.end]
            if any(phrase in citation.casefold() for phrase in grammar.chrome_contains):
                name_end = line.start + citation.find(",")
                if grammar.bare_name.match(text, line.start, name_end):
                    bylines.append(Span(line.start, name_end))
    return Document(
        text=text,
        lines=tuple(lines),
        header=header,
        body=body,
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentences),
        capture=capture,
        dateline=dateline,
        outside=tuple(Span(start, end) for start, end in sorted(set(outside))),
        bylines=tuple(bylines),
    )


def _byline(text: str, line: Line, grammar: Grammar) -> Span:
    piece = text[line.start : line.end]
    folded = piece.casefold()
    for suffix in grammar.words.portraits:
        if folded.endswith(suffix):
            return Span(line.start, line.end - len(suffix))
    return Span(line.start, line.end)


def _sentence_item(text: str, line: Line, grammar: Grammar) -> bool:
    """Whether a list item reads as a sentence: a capital after its marker, a stop at its
    end ("• The Chancellor expressed ... ."), not a piece of one ("- ratification of
    the treaty;")."""
    start = _skip_list_marker(text, line.start, line.end, grammar)
    return text[start : start + 1].isupper() and text.endswith(
        grammar.words.terminal, line.start, line.end
    )


def _verb_before_colon(text: str, line: Line, grammar: Grammar) -> bool:
    """Whether a line ends with a verb and a colon, whose object is the list under it
    ("The leaders discussed:", "... discussed the following:"); the items under another
    ("The spokesperson issued the following statement:") are sentences of their own."""
    words = text[max(line.start, line.end - 60) : line.end - 1].split()[-_COLON_OBJECT:]
    for size in (1, 2):  # "discussed", "agreed on", "touched upon"
        for at in range(len(words) - size + 1):
            entry = grammar.lookup(" ".join(words[at : at + size]))
            if entry is not None and entry.verb is not None:
                return True
    return False


_COLON_OBJECT = 3  # the most words a verb's object before a colon leading a list runs to


def _reports_quotation(text: str, line: Line, following: Line | None, grammar: Grammar) -> bool:
    """Whether a line is a verb and a colon over a paragraph of quoted words, however
    short: "President X said:" / "We have opened ...". Longer lines are read anyway."""
    return (
        following is not None
        and following.role == "text"
        and text.endswith(":", line.start, line.end)
        and text[following.start] in grammar.words.opening_quotes
        and _verb_before_colon(text, line, grammar)
    )


def _is_item(text: str, line: Line, grammar: Grammar) -> bool:
    """Whether a line opens with a list marker ("• ", "2. ")."""
    return _skip_list_marker(text, line.start, line.end, grammar) > line.start


def _paragraph_groups(
    text: str, lines: list[Line], items: set[int], grammar: Grammar
) -> list[tuple[int, int]]:
    """The stretches of the body's lines that are paragraphs; ``items`` are the starts of
    the items of a list that a line ending in a colon leads."""
    groups: list[tuple[int, int]] = []
    for line in lines:
        if groups and line.start in items:
            groups[-1] = (groups[-1][0], line.end)  # a list goes with the line that leads it
        elif (
            groups
            and not line.blank_before
            and _soft_wrapped(text, groups[-1], (line.start, line.end), grammar)
        ):
            groups[-1] = (groups[-1][0], line.end)
        else:
            groups.append((line.start, line.end))
    return groups


def _strip_dateline(
    text: str, start: int, end: int, grammar: Grammar, outside: list[tuple[int, int]]
) -> tuple[int, Span | None]:
    """Move a paragraph's start past a dateline ("BEIJING, Dec. 15 (Xinhua) --")."""
    dateline: Span | None = None
    m = _dateline(text, start, end, grammar)
    if m:
        dateline = Span(m.start(), m.end())
        outside.append((m.start(), m.end()))
        start = m.end()
    tag = grammar.source_tag.match(text, start, end) if text.startswith("(", start, end) else None
    if tag:
        outside.append((tag.start(), tag.end()))
        start = tag.end()
    return start, dateline


def _dateline(text: str, start: int, end: int, grammar: Grammar) -> Any:
    """The dateline opening ``text[start:end]``, if any. A place in title case that is
    not a capital ("Jeddah, March 31, 2024, SPA --") makes one only with a date in
    figures, its country ("Cebu City, Philippines —") or an agency before a dash
    ("Sydney (ANTARA) -"), and not when it is an office ("Prime Minister (PM) -")."""
    if not grammar.dateline_marks.search(text, start, end):
        return None  # the cheap test first: a dateline ends in one of these marks
    m = grammar.dateline.match(text, start, end)
    if not m or m.group("place") is None:
        return m
    date = m.group("date")
    country = grammar.lookup(date.strip()) if date else None
    if not (
        (date and grammar.digit.search(date))
        or (country is not None and country.countries and not country.demonym)
        or m.group("agency_dash")
        or _styled(text, m.end(), grammar)
    ):
        return None
    for word in m.group("place").replace("-", " ").split():
        entry = grammar.lookup(word)
        if entry is not None and (entry.title or entry.honorific or entry.verb):
            return None
    return m


def _styled(text: str, start: int, grammar: Grammar) -> bool:
    """Whether a style opens the text at ``start``, as after a news agency's dateline:
    "Marrakech - His Majesty King ..."."""
    words = text[start : start + _STYLE_REACH].split()[:_STYLE_WORDS]
    for size in range(1, len(words) + 1):
        entry = grammar.lookup(" ".join(words[:size]))
        if entry is not None and entry.honorific:
            return True
    return False


_STYLE_WORDS = 3  # the most words of a style: "His Royal Highness"
_STYLE_REACH = 40  # how far those words are read


def split_sentences(
    text: str, start: int, end: int, paragraph: int, grammar: Grammar
) -> list[Sentence]:
    """The sentences of ``text[start:end]``; abbreviations and initials do not end one."""
    start = _skip_list_marker(text, start, end, grammar)
    sentences = []
    begin = start
    for m in _sentence_ends(text, start, end, grammar):
        stop = m.end("close")
        if stop < 0:  # no closing marks and spacing: a stop glued to the next sentence
            cut = stop = m.end()
        else:
            cut = m.end()
            # the stop group opens the match
            word_start = text.rfind(" ", begin, m.start()) + 1
            word = text[max(word_start, begin) : m.end("stop")]
            if (
                _keeps_sentence(word, grammar, begin, word_start)
                or _opens_name(word, text, cut, end, grammar)
            ) and not _closes_name(word, text, cut, end, grammar):
                continue
        if stop > begin and _has_content(text, begin, stop):
            sentences.append(Sentence(begin, stop, paragraph))
        begin = cut
    if begin < end and _has_content(text, begin, end) and not _credit(text, begin, end):
        sentences.append(Sentence(begin, end, paragraph))
    return sentences


def _credit(text: str, start: int, end: int) -> bool:
    """Whether what closes a paragraph is a news agency's credit after its last sentence,
    no sentence of its own: "(TNA)", "(MAP)"."""
    piece = text[start:end].strip()
    inner = piece[1:-1]
    return piece[:1] == "(" and piece[-1:] == ")" and 0 < len(inner) <= _CREDIT and inner.isupper()


_CREDIT = 8  # the longest credit in brackets, in capitals: "(TNA)", "(BERNAMA)"


def _sentence_ends(text: str, start: int, end: int, grammar: Grammar) -> Iterator[Any]:
    """The matches of ``sentence_end`` in ``text[start:end]``, as ``finditer`` gives them.
    Most paragraphs stop only with full stops: trying the pattern at each of them, found
    with ``str.find``, is quicker than the engine's scan, which tests every character
    against the class of stops."""
    if text.find("!", start, end) >= 0 or text.find("?", start, end) >= 0:
        yield from grammar.sentence_end.finditer(text, start, end)
        return
    match = grammar.sentence_end.match
    stop = text.find(".", start, end)
    while stop >= 0:
        m = match(text, stop, end)
        if m:
            yield m
        stop = text.find(".", m.end() if m else stop + 1, end)


def _has_content(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is more than spacing; most pieces show it at once."""
    return not text[start].isspace() or not text[start:end].isspace()


def _keeps_sentence(word: str, grammar: Grammar, begin: int, word_start: int) -> bool:
    """Whether the full stop ending ``word`` leaves the sentence open."""
    if word in grammar.abbreviations or word.rpartition("-")[2] in grammar.abbreviations:
        return True
    core = word.lstrip("(\"“‘'")
    if _initials(core) == 1:
        return True  # an initial: "Donald J. Trump"
    return core[:-1].isdigit() and word_start <= begin  # a numbered list: "1. In light of"


def _initials(core: str) -> int:
    """How many initials ``core`` is, each a capital and a full stop ("J.", "K.P."); 0 when
    it is something else."""
    if core[1:2] != ".":
        return 0  # most words that end a sentence: no need to read them all
    count = len(core) // 2
    if len(core) % 2 or not (core[0::2].isupper() and core[0::2].isalpha()):
        return 0
    return count if core[1::2] == "." * count else 0


def _next_opens_sentence(text: str, after: int, end: int, grammar: Grammar) -> bool | None:
    """Whether the capitalised word at ``after`` opens a sentence, as a small word or a
    phrase of the vocabulary does ("The leaders ..."), not a name; None when the next word
    is not capitalised."""
    following = text[after : min(end, after + 40)].split(None, 1)
    nxt = following[0].rstrip(",.;:") if following else ""
    if not nxt[:1].isupper():
        return None
    return nxt in grammar.stopwords or grammar.lookup(nxt) is not None


def _closes_name(word: str, text: str, after: int, end: int, grammar: Grammar) -> bool:
    """Whether ``word`` is a name's suffix ("Jr.") before a word that opens a sentence, a
    small word or a phrase of the vocabulary ("... Marcos Jr. The two leaders"), or
    initials ("U.S.") before a word that never follows them in a sentence ("... with the
    U.S. The two leaders", not "the U.S. Secretary"); either before a name that speaks
    ("... Marcos Jr. Li Wen said", "... by the U.S. Li Wen said")."""
    if word in grammar.vocabulary.words.suffixes:
        return bool(_next_opens_sentence(text, after, end, grammar)) or _speaker_next(
            text, after, end, grammar
        )
    if _initials(word) < 2:
        return False
    following = text[after : min(end, after + 20)].split(None, 1)
    if following and following[0].casefold() in grammar.words.after_initials:
        return True
    # a country's initials close a sentence before a name that speaks: "... imposed by the
    # U.S. Wang Yi said ..."; not a person's ("K.P. Sharma Oli said")
    entry = grammar.lookup(word)
    return entry is not None and bool(entry.countries) and _speaker_next(text, after, end, grammar)


def _speaker_next(text: str, after: int, end: int, grammar: Grammar) -> bool:
    """Whether capitalised words that are no phrase of the vocabulary, a name, stand at
    ``after`` and a reporting verb in the past right after them: "Wang Yi said"."""
    words = text[after : min(end, after + _SPEAKER_REACH)].split()
    for i, word in enumerate(words[: _SPEAKER_WORDS + 1]):
        if not word[:1].isupper():
            if i == 0:
                return False
            entry = grammar.lookup(word.rstrip(",.;:"))
            return entry is not None and entry.verb is not None and entry.form == "past"
        if word in grammar.stopwords or grammar.lookup(word.rstrip(",.;:")) is not None:
            return False
    return False


_SPEAKER_REACH = 60  # how far after a stop a name and its verb are read
_SPEAKER_WORDS = 4  # the most words of that name


def _opens_name(word: str, text: str, after: int, end: int, grammar: Grammar) -> bool:
    """Whether ``word`` is initials run together that open a name ("K.P. Sharma Oli"):
    the next word is capitalised and is no small word or phrase of the vocabulary, which
    a sentence after a place's initials opens ("Washington, D.C. The leaders ...")."""
    if _initials(word.lstrip("(\"“‘'")) < 2:
        return False
    return _next_opens_sentence(text, after, end, grammar) is False


def _skip_list_marker(text: str, start: int, end: int, grammar: Grammar) -> int:
    """Where a paragraph begins past a list marker ("• ", "2. "); only its first few
    characters are looked at."""
    if start < end and not (
        text[start].isspace() or text[start].isdigit() or text[start] in grammar.words.list_markers
    ):
        return start  # most paragraphs open with a word
    first = _skip_space(text, start, end)
    if first == end:
        return start
    after = text[first + 1 : min(first + 2, end)]
    if text[first] in grammar.words.list_markers and after.isspace():
        return _skip_space(text, first + 1, end)
    stop = text.find(". ", first, min(end, first + 4))
    if stop > first and text[first:stop].isdigit():
        return _skip_space(text, stop + 2, end)
    return start


def _skip_space(text: str, start: int, end: int) -> int:
    """The first position of ``text[start:end]`` that is not spacing, or ``end``."""
    while start < end and text[start].isspace():
        start += 1
    return start
