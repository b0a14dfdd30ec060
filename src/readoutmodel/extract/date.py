"""Date, time and duration of the engagement.

The engagement's date is the date expression of the scene ("On the evening of
December 20, 2019", "spoke today", "on Wednesday"; one that counts from an anchor
the text lacks gives way to a full date told after it), or, where the scene has
none, of a line that names the engagement ("... the readout of the phone
call ... on February 13"), or else the dateline's (or a page line's that holds a
date and a place in a capital city: "October 12, 2022, Astana", or above the text
in a town: "Lutsk, 11 July 2023"). Incomplete
expressions are resolved against an anchor: the best complete date the text gives, ranked
dateline, publication line after the headline, headline (which may name the
engagement's own day: "PM call with X: 7 March 2025" over a page published on the
8th that says "last night"), publication line before the headline, capture stamp,
other page lines; an anchor later than the
capture stamp is not believed. A dateline without its year takes the year of the
page's date, and is no later than it ("BEIJING, Dec. 31" on a page of 1 January
is of the year before), or the one year the opening paragraphs give. Without an
anchor an incomplete date stays unknown.
A numeric anchor that reads either way ("Posted 11/03/2025") is read as a
written date of the headline or first paragraph has it ("Tuesday 11 March"),
else in the order another numeric date of the page shows, else the reading
within a week of a written date, else the one on the weekday the text names,
else day first on a page datelined in a country that writes dates so, else
month first.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

import attrs

from readoutmodel.dates import DateMention, find_dates, resolve
from readoutmodel.lexer import Lexemes
from readoutmodel.model import Diagnostic, Kind, Span, TimeOfDay
from readoutmodel.patterns import Grammar
from readoutmodel.scene import Scene
from readoutmodel.text import Document, dateline_country

__all__ = ["When", "find"]


@attrs.frozen
class When:
    """When the engagement took place, as far as the text says."""

    date: dt.date | None = None
    span: Span | None = None
    time_of_day: TimeOfDay | None = None
    start_time: dt.time | None = None
    duration: dt.timedelta | None = None
    diagnostics: tuple[Diagnostic, ...] = ()


class _Dates:
    """The date expressions of one text, by span; a span is read once, though the
    headline and the first paragraph are looked at for the anchor and the scene both."""

    def __init__(self, text: str, grammar: Grammar) -> None:
        self.text = text
        self.grammar = grammar
        self.found: dict[tuple[int, int], list[DateMention]] = {}

    def __call__(self, start: int, end: int) -> list[DateMention]:
        """The date expressions of ``text[start:end]``, as :func:`find_dates` finds them
        (the list is shared: do not change it)."""
        found = self.found.get((start, end))
        if found is None:
            found = self.found[start, end] = find_dates(self.text, start, end, self.grammar)
        return found


def _anchors(
    document: Document, dates: _Dates, title: Span | None
) -> tuple[dt.date | None, int | None]:
    """The anchor date and, failing that, an anchor year."""
    ranked: list[tuple[int, int, DateMention]] = []
    title_start = title.start if title is not None else 0

    def add(rank: int, start: int, end: int) -> None:
        for mention in dates(start, end):
            # a range is a visit's days, the last choice: "Visit of X (August 19-21, 2024)"
            ranked.append((rank + _RANGE if mention.until else rank, mention.start, mention))

    if document.dateline is not None:
        add(0, document.dateline.start, document.dateline.end)
    if title is not None:
        add(2, title.start, title.end)
    for line in document.lines:
        if line.role == "date":
            add(1 if line.start >= title_start else 4, line.start, line.end)
    capture: dt.date | None = None
    capture_year: int | None = None
    if document.capture is not None:
        stamp = dates(document.capture.start, document.capture.end)
        if stamp:
            capture = stamp[0].date()
            capture_year = stamp[0].year
            ranked.append((5, document.capture.start, stamp[0]))
    ranked.sort(key=lambda item: (item[0], item[1]))
    # The other page lines come last: when no earlier anchor needs settling and one
    # gives the year, they can only matter if no earlier anchor is chosen, so they are
    # read only then.
    if not any(m.ambiguous for _, _, m in ranked):
        year = next((m.year for _, _, m in ranked if m.year is not None), None)
        if year is not None:
            chosen = _choose(ranked, capture, year)
            if chosen is not None:
                return chosen
    date_lines = {line.start for line in document.lines if line.role == "date"}
    for span in document.outside:
        if span.start not in date_lines:
            add(6, span.start, span.end)
    ranked.sort(key=lambda item: (item[0], item[1]))
    if any(m.ambiguous for _, _, m in ranked):
        ranked = _settled(document, dates, title, ranked)
    year = next((m.year for _, _, m in ranked if m.year is not None), capture_year)
    if year is None and any(rank == 0 for rank, _, _ in ranked):
        # "BEIJING, April 14 -- ... a state visit from April 12 to 15, 2023"
        year = _opening_year(document, dates)
    return _choose(ranked, capture, year) or (None, year)


_RANGE = 10  # what a range adds to the rank of an anchor: after every single day


def _opening_year(document: Document, dates: _Dates) -> int | None:
    """The one year the opening paragraphs give, if they give one."""
    years = {
        m.year
        for paragraph in document.paragraphs[:_YEAR_PARAGRAPHS]
        for m in dates(paragraph.start, paragraph.end)
        if m.year is not None
    }
    return years.pop() if len(years) == 1 else None


_YEAR_PARAGRAPHS = 2  # how many opening paragraphs may give a dateline its year


def _choose(
    ranked: list[tuple[int, int, DateMention]], capture: dt.date | None, year: int | None
) -> tuple[dt.date, int] | None:
    """The first of the ranked anchors that gives a date no later than the capture
    stamp, and its year."""
    for rank, _, mention in ranked:
        complete = mention.date()
        if complete is not None and (capture is None or complete <= capture):
            return complete, complete.year
        if rank <= _PAGE_LINE and year is not None:
            partial = resolve(
                mention, None, year
            )  # a dateline without its year: "BEIJING, Dec. 15", "Doha, April 01"
            dated = _dated(ranked, year)
            if partial is not None and dated is not None and partial > dated:
                # a page dated 1 January over "BEIJING, Dec. 31": the year before
                before = resolve(mention, None, year - 1)
                if before is not None and (capture is None or before <= capture):
                    return before, year - 1
                continue
            if partial is not None and (capture is None or partial <= capture):
                return partial, year
    return None


_PAGE_LINE = 1  # the rank of a date line under the headline: one without its year takes it too


def _dated(ranked: list[tuple[int, int, DateMention]], year: int) -> dt.date | None:
    """The complete date of the page that gives ``year``, which a dateline without its
    year cannot come after."""
    for _, _, mention in ranked:
        complete = mention.date()
        if complete is not None and complete.year == year:
            return complete
    return None


def _settled(
    document: Document,
    dates: _Dates,
    title: Span | None,
    ranked: list[tuple[int, int, DateMention]],
) -> list[tuple[int, int, DateMention]]:
    """The anchors with each numeric date that reads either way ("11/03/2025") read as
    the text shows: the way a date with the month written out in the headline or the
    first paragraph gives ("Today, Tuesday 11 March"), else the order of another
    numeric date of the page whose numbers settle it ("25/03/2025"), else as
    :func:`_unsettled` reads it."""
    evidence: list[DateMention] = [m for _, _, m in ranked]
    if title is not None:
        evidence += dates(title.start, title.end)
    if document.paragraphs:
        first = document.paragraphs[0]
        evidence += dates(first.start, first.end)
    day_first = next((m.day_first for m in evidence if m.day_first is not None), None)
    weekdays = {m.weekday for m in evidence if m.weekday is not None and m.day is None}
    place = dateline_country(document, dates.grammar)
    local = place is not None and place not in dates.grammar.words.month_first
    settled = []
    for rank, start, mention in ranked:
        if mention.ambiguous:
            other = mention.swapped()
            written = [
                (m.month, m.day)
                for m in evidence
                if not m.ambiguous and m.day is not None and m.year in (None, mention.year)
            ]
            if (other.month, other.day) in written or (
                (mention.month, mention.day) not in written and day_first
            ):
                mention = other
            elif day_first is None and (mention.month, mention.day) not in written:
                mention = _unsettled(mention, other, written, weekdays, local)
        settled.append((rank, start, mention))
    return settled


_NEAR = 7  # how many days from a date the text writes out a reading of a numeric date is near


def _unsettled(
    mention: DateMention,
    other: DateMention,
    written: list[tuple[int | None, int]],
    weekdays: set[int],
    local: bool,
) -> DateMention:
    """The reading of a numeric date no other date settles: the one within a week of a
    date the text writes out ("03/07/2024" over "on July 2"), else the one on the one
    weekday the text names ("Published on 11/02/2025 ... spoke this Tuesday"), else day
    first where the page is datelined in a country that writes it so ("Ankara,
    02/11/2023"), else month first."""
    one, two = mention.date(), other.date()
    if one is None or two is None:
        return mention
    near_one, near_two = _near(one, written), _near(two, written)
    if near_one != near_two:
        return other if near_two else mention
    on_one, on_two = one.weekday() in weekdays, two.weekday() in weekdays
    if len(weekdays) == 1 and on_one != on_two:
        return other if on_two else mention
    return other if local else mention


def _near(date: dt.date, written: list[tuple[int | None, int]]) -> bool:
    """Whether ``date`` is within a week of a month and day the text writes out."""
    for month, day in written:
        if month is None:
            continue
        try:
            if abs((dt.date(date.year, month, day) - date).days) <= _NEAR:
                return True
        except ValueError:
            continue
    return False


def _best(
    mentions: list[DateMention],
    text: str,
    start: int,
    end: int,
    lexemes: Lexemes,
    articles: frozenset[str] = frozenset(),
) -> DateMention | None:
    """The date expression of a sentence that dates its engagement: one opening the
    sentence ("On December 20, 2019, ..."), else one right before the engagement word
    ("X today held a call with Y following the clash on 28 May"), else the first after it
    ("spoke today with ...", "phone call ... on February 13"), else the nearest before
    it; a complete date in brackets, after a comma or right beside a relative one
    ("today (15 February 2017)", "on Monday 6 May 2024") stands for it."""
    usable = [
        m
        for m in mentions
        if (m.day is not None or m.weekday is not None or m.days is not None or m.vague)
        and not _attributive(m, text, articles)
    ]
    if not usable:
        return None
    # mentions do not overlap: only the next three can start within three characters
    # the opening is read before the expression a bracketed date stands for: "Today (31
    # May 2025) at 16.00 hrs., ..."
    opening = text[start : usable[0].start].strip(" ,").casefold()
    usable = [_bracketed(m, usable[i + 1 : i + 4], text) for i, m in enumerate(usable)]
    if opening in (
        "",
        "on",
        "on the morning of",
        "on the afternoon of",
        "on the evening of",
        "on the night of",
    ):
        return usable[0]
    for cue in lexemes.between(start, end):
        entry = cue.entry
        # most lexemes are no engagement word at all: test that first, cheaply
        if (
            entry is not None
            and entry.engagement
            and any(c.part in ("verb", "noun") for c in entry.engagement)
        ):
            break
    else:
        return usable[0]
    # right before the verb: "X today held a call with Y following the clash on 28 May"
    beside = next(
        (m for m in usable if m.end <= cue.start and not text[m.end : cue.start].strip()), None
    )
    if beside is not None:
        return beside
    after = [m for m in usable if m.start >= cue.end]
    if after:
        return after[0]
    return min(usable, key=lambda m: cue.start - m.end)


def _attributive(mention: DateMention, text: str, articles: frozenset[str]) -> bool:
    """Whether a date qualifies a noun after an article, the date of something else: "the
    December 25 crash", "the 7 October attacks"."""
    before = text[max(0, mention.start - _ARTICLE_REACH) : mention.start].split()
    after = text[mention.end : mention.end + 2]
    return (
        bool(before)
        and before[-1].casefold() in articles
        and after[:1] == " "
        and after[1:].islower()
    )


_ARTICLE_REACH = 5  # how far before a date an article that opens it may start


def _bracketed(mention: DateMention, mentions: list[DateMention], text: str) -> DateMention:
    if mention.complete:
        return mention
    end = mention.end
    for other in mentions:
        if not 0 < other.start - end <= _ASIDE_REACH:
            continue
        between = text[end : other.start]
        beside = other.start - end <= 3 and between.strip() in ("(", "[", ",", "")
        if other.complete and (beside or _aside(between)):
            return other
        if beside and other.weekday is not None and other.day is None:
            end = other.end  # "today (Sunday, 8 October 2023)": the weekday, then the date
    return mention


def _aside(between: str) -> bool:
    """Whether ``between`` is a remark in brackets and a comma: " (local time), "."""
    inside, closing, after = between.strip().partition(")")
    return (
        bool(closing)
        and inside.startswith("(")
        and after.strip() in (",", "")
        and len(inside.split()) <= _ASIDE_WORDS
    )


_ASIDE_WORDS = 3  # the most words of a remark between two times: "(Seoul time)"
_ASIDE_REACH = 24  # the longest such remark, with its brackets and comma


def _names_engagement(lexemes: Lexemes, start: int, end: int, kind: Kind | None) -> bool:
    """Whether ``text[start:end]`` names an engagement of ``kind`` or of no kind alone
    ("talks", "conversation"), any engagement if the kind is not known."""
    return any(
        cue.part in ("noun", "verb") and (kind is None or cue.kind is None or cue.kind == kind)
        for lx in lexemes.between(start, end)
        if lx.entry is not None
        for cue in lx.entry.engagement
    )


def _with_cue(lexemes: Lexemes, span: Span) -> bool:
    return any(
        lx.entry is not None and lx.entry.engagement for lx in lexemes.between(span.start, span.end)
    )


def find(
    document: Document,
    lexemes: Lexemes,
    grammar: Grammar,
    scene: Scene,
    title: Span | None,
    kind: Kind | None = None,
) -> When:
    """When the engagement took place, given its ``kind``: a sentence that names an
    engagement of another kind dates that one ("invited him to the summit on October
    22" of a phone call)."""
    text = document.text
    dates = _Dates(text, grammar)
    anchor, year = _anchors(document, dates, title)
    chosen: DateMention | None = None
    vague: DateMention | None = None  # "last week": no day, unless another place names one
    # "yesterday evening" with nothing to count from, unless another place says the day:
    # "The call took place on 2 December 2021."
    pending: DateMention | None = None
    # "From January 26 to 27, X visited China. On January 27, he held talks with ...":
    # the visit's days, unless another place names the day
    ranged: DateMention | None = None
    for start, end in _places(document, lexemes, scene, grammar, kind, anchor is not None):
        if pending is not None:
            # only a full date now: "The call took place on 2 December 2021."; one after the
            # day in its own sentence is when that was told, which the day counts from ("held
            # a call on Friday night, the Palace said on Saturday, February 15")
            full = [m for m in dates(start, end) if m.date() is not None and not m.until]
            told = next((m for m in full if _told_on(lexemes, pending, m)), None)
            if told is not None:
                anchor = anchor or told.date()
                continue
            chosen = full[0] if full else None
            if chosen is not None:
                break
            continue
        chosen = _best(dates(start, end), text, start, end, lexemes, grammar.words.articles)
        if chosen is not None and chosen.vague:
            vague, chosen = vague or chosen, None
        elif chosen is not None and chosen.until:
            ranged, chosen = ranged or chosen, None
        elif chosen is not None and anchor is None and chosen.month is None:
            # counted from a day ("yesterday", "on Tuesday") the text does not give
            pending, chosen = pending or chosen, None
        elif chosen is not None:
            break
    chosen = chosen or pending or ranged or vague
    if chosen is not None and chosen.ambiguous:
        # "made a phone call on Saturday, 6/4/2024": read as the page shows, as anchors are
        chosen = _settled(document, dates, title, [(0, chosen.start, chosen)])[0][2]
    diagnostics: list[Diagnostic] = []
    date: dt.date | None = None
    span_: Span | None = None
    if chosen is not None:
        if chosen.year is None and anchor is None and year is None:
            # "paid a visit from May 3 to 5, 2025. On May 4, X met ...": the scene's year,
            # or the one year of the opening
            year = next(
                (m.year for s in scene.sentences for m in dates(s.start, s.end) if m.year),
                None,
            ) or _opening_year(document, dates)
        date = resolve(chosen, anchor, year)
        first = ranged.date() if ranged is not None and chosen is not ranged else None
        if first is not None and chosen.weekday is not None and chosen.month is None:
            # "is visiting India from 3 to 5 October. On Tuesday, ...": the Tuesday of the
            # visit, which the range opens
            date = first + dt.timedelta(days=(chosen.weekday - first.weekday()) % 7)
        span_ = Span(chosen.start, chosen.end)
        if date is None:
            said = text[chosen.start : chosen.end]
            diagnostics.append(
                Diagnostic(
                    "date-unresolved",
                    f"the date {said!r} names no day"
                    if chosen.vague
                    else f"the date {said!r} has no year or anchor in the text",
                    span_,
                )
            )
    elif anchor is not None:
        # no date where the engagement is told: a dateline's date is the engagement's
        span_ = document.dateline or _placed_date(document, dates, grammar)
        date = anchor if span_ is not None else None
    if date is None and not diagnostics:
        diagnostics.append(
            Diagnostic("no-date", "the text does not say when the engagement took place")
        )
    part = chosen.part_of_day if chosen is not None else None
    time_of_day, start_time, duration = _time(document, grammar, scene, part)
    return When(
        date, span_ if date else None, time_of_day, start_time, duration, tuple(diagnostics)
    )


def _told_on(lexemes: Lexemes, day: DateMention, full: DateMention) -> bool:
    """Whether ``full`` is the date the ``day`` before it was told on, a reporting verb
    between them: "on Friday night, the Palace said on Saturday, February 15"."""
    if not 0 < full.start - day.end <= _TOLD_REACH:
        return False
    return any(
        lx.entry is not None and lx.entry.verb is not None
        for lx in lexemes.between(day.end, full.start)
    )


_TOLD_REACH = 80  # how far after a day the date it was told on may stand


def _placed_date(document: Document, dates: _Dates, grammar: Grammar) -> Span | None:
    """A line of the page that holds a date and a place in a capital city and nothing
    else (or, above the text, in a town: "Lutsk, 11 July 2023"), which dates the engagement
    as a dateline does: "October 12, 2022, Astana",
    "Astana, 12 October 2022", "October 12, 2022, The Kremlin, Moscow"; or a date line
    with the place on the line above it ("State House, Nairobi / Monday, 10th March
    2025") or under it."""
    text = document.text
    lines = document.lines
    opening = document.paragraphs[0].start if document.paragraphs else None
    for index, line in enumerate(lines):
        if line.role != "date":
            continue
        found = dates(line.start, line.end)
        if not found:
            continue
        rest = text[line.start : line.end]
        for mention in reversed(found):
            start, end = mention.start - line.start, mention.end - line.start
            rest = rest[:start] + "," + rest[end:]
        if _in_capital(rest, grammar) or (
            opening is not None
            and line.end <= opening
            and _in_town(text[line.start : line.end], rest, grammar)
        ):
            return Span(line.start, line.end)
        above = lines[index - 1] if index else None
        if above is not None and _in_capital(text[above.start : above.end].strip(), grammar):
            return Span(line.start, line.end)
        # the place on a line of its own, perhaps after the time: "March 14, 2025 / 17:30
        # / The Kremlin, Moscow"
        for following in lines[index + 1 : index + 3]:
            piece = text[following.start : following.end].strip()
            if _in_capital(piece, grammar):
                return Span(line.start, line.end)
            if not grammar.clock.fullmatch(piece):
                break
    return None


def _in_town(line: str, rest: str, grammar: Grammar) -> bool:
    """Whether a date ``line`` above the text opens with the name of a town and a comma, and
    holds nothing else besides its dates (``rest``): a word or two the vocabulary does not
    know, "Lutsk, 11 July 2023"; not a body that signs ("Communications Directorate, 14
    March 2023")."""
    place = _place(rest)
    if len(place) != 1 or not line.startswith(f"{place[0]},"):
        return False
    words = place[0].split()
    return (
        0 < len(words) <= _TOWN_WORDS
        and all(word[:1].isupper() and word.replace("-", "").isalpha() for word in words)
        and not any(grammar.lookup(word) for word in words)
        and not grammar.ends_like_body(place[0])
    )


_TOWN_WORDS = 2  # the most words of a town's name on a date line: "Nusa Dua"


def _place(rest: str) -> list[str]:
    """The parts, set off by commas, of what a line holds besides its dates."""
    parts = (" ".join(p.split()).strip("-–— .") for p in rest.split(","))
    return [p for p in parts if p]


def _in_capital(rest: str, grammar: Grammar) -> bool:
    """Whether what a line holds besides its dates is a place in a capital city and
    nothing else: "Astana", "The Kremlin, Moscow", "Mexico City, April 11, 2025." with
    its full stop, "Nairobi, Kenya, 17 February 2024" with the city's country."""
    place = _place(rest)
    if len(place) > 1:
        entry = grammar.lookup(place[-1])
        city = place[-2].casefold()
        if entry is not None and any(
            c.code in entry.countries and city in (cap.casefold() for cap in c.capitals)
            for c in grammar.vocabulary.countries
        ):
            place = place[:-1]  # "Brussels, Belgium": the capital, then its country
    return (
        bool(place)
        and place[-1].casefold() in grammar.capitals
        and all(word[:1].isupper() for p in place for word in p.split())
    )


def _places(
    document: Document,
    lexemes: Lexemes,
    scene: Scene,
    grammar: Grammar,
    kind: Kind | None,
    anchored: bool = True,
) -> Iterator[tuple[int, int]]:
    """Where to look for the engagement's date, in order: the scene's sentences whose verb
    sets it, before the headline, whose date may be the page's ("...: 4 March 2022" over
    "spoke ... on 3 March 2022"), and before a visit's sentence ("paid a visit from 6-8
    March. On 7 March, he held talks with ..."), after the clause of another engagement
    that may open them ("Following his visit to Kyiv on February 23, X spoke with Y on
    March 3"); the rest of the scene; the page lines that name an engagement; the first
    paragraph's sentences that name an engagement of its kind (the later paragraphs are
    rarely needed)."""
    text = document.text
    occasions = grammar.vocabulary.words.occasions
    for span in scene.setting:
        opening = text[span.start : span.start + _OPENING].casefold()
        comma = opening.find(", ")
        if comma > 0 and opening.startswith(occasions):
            yield span.start + comma + 2, span.end
        yield span.start, span.end
    for span in scene.spans:
        if span not in scene.setting:
            yield span.start, span.end
    for span in document.outside:
        if _with_cue(lexemes, span):
            yield span.start, span.end
    if document.paragraphs:
        # not the date of an event the leaders spoke of ("condemned the attack of October
        # 7, 2023", "noted the upcoming G7 meeting on March 20" of a call)
        for sentence in document.paragraph_sentences(0):
            if _names_engagement(lexemes, sentence.start, sentence.end, kind):
                yield sentence.start, sentence.end
    if len(document.paragraphs) > 1:
        # under a summary that gives no day, the second paragraph's "has today met ...":
        # a day counted from the page's, which is this engagement's; where the page gives
        # no date, its "In the phone call on Tuesday, 1 July 2025, ..."; past a line that
        # leads it ("The statement reads as follows:"), the paragraph it leads
        second = 1
        leading = document.paragraphs[1]
        if len(document.paragraphs) > 2 and text[leading.start : leading.end].rstrip().endswith(
            _LEADS
        ):
            second = 2
        for sentence in document.paragraph_sentences(second):
            if _names_engagement(lexemes, sentence.start, sentence.end, kind) and any(
                m.group("relative") or (not anchored and _full(m))
                for _, m in grammar.date_matches(text, sentence.start, sentence.end)
            ):
                yield sentence.start, sentence.end
    if not anchored:
        # where the page gives no date, a later sentence that tells of the engagement
        # itself: "The call took place on Tuesday, October 22, 2024."
        for index in range(2, len(document.paragraphs)):
            for sentence in document.paragraph_sentences(index):
                subject = lexemes.first(sentence.start, sentence.end)
                if (
                    subject is not None
                    and subject.entry is not None
                    and subject.entry.reference == "engagement"
                    and not text[sentence.start : subject.start].strip()
                    and any(
                        _full(m)
                        for _, m in grammar.date_matches(text, sentence.start, sentence.end)
                    )
                ):
                    yield sentence.start, sentence.end


def _full(match: re.Match[str]) -> bool:
    """Whether a date's match gives a day, a month and a year."""
    found = match.groupdict()
    return any(
        found[f"{form}_y"] and found[f"{form}_d"] for form in ("iso", "cjk", "ymd", "dmy", "mdy")
    )


_LEADS = (":", "：")  # what ends a line that leads the paragraph after it
_OPENING = 120  # the longest clause of another engagement that opens a scene sentence


def _time(
    document: Document, grammar: Grammar, scene: Scene, part: str | None
) -> tuple[TimeOfDay | None, dt.time | None, dt.timedelta | None]:
    text = document.text
    spans = [(s.start, s.end) for s in scene.sentences]
    if document.paragraphs:
        first = document.paragraphs[0]
        spans.append((first.start, first.end))
    time_of_day = TimeOfDay(part) if part is not None and part in set(TimeOfDay) else None
    start_time: dt.time | None = None
    duration: dt.timedelta | None = None
    for start, end in spans:
        piece = text[start:end].casefold()
        if time_of_day is None and any(part in piece for part in grammar.parts_of_day):
            m = grammar.part_of_day.search(text, start, end)
            if m:
                word = (m.group("part") or m.group("part2") or "evening").casefold()
                named = grammar.parts_of_day.get(word)
                time_of_day = TimeOfDay(named) if named else None
        if start_time is None and grammar.digit.search(piece):
            start_time = _clock(text, start, end, grammar)
        if duration is None and ("minute" in piece or "hour" in piece):
            duration = _duration(text, start, end, grammar)
    if time_of_day is None and start_time is not None:
        hour = start_time.hour
        time_of_day = (
            TimeOfDay.MORNING
            if 5 <= hour < 12
            else TimeOfDay.AFTERNOON
            if 12 <= hour < 17
            else TimeOfDay.EVENING
            if 17 <= hour < 21
            else TimeOfDay.NIGHT
        )
    return time_of_day, start_time, duration


def _clock(text: str, start: int, end: int, grammar: Grammar) -> dt.time | None:
    m = _first_clock(text, start, end, grammar)
    if not m:
        return None
    hour = int(m.group("hour") or m.group("hour24"))
    minute = int(m.group("minute") or m.group("minute24") or 0)
    meridiem = (m.group("meridiem") or "").casefold().replace(".", "").replace(" ", "")
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    if hour > 23:
        return None
    return dt.time(hour, minute)


def _first_clock(text: str, start: int, end: int, grammar: Grammar) -> Any:
    """The first time of day in ``text[start:end]``, as a search would find it. A time
    starts a run of digits: trying the start of each run is cheaper than trying every
    position."""
    match = grammar.clock.match
    for run in grammar.digit_runs.finditer(text, start, end):
        m = match(text, run.start(), end)
        if m:
            return m
    return None


def _duration(text: str, start: int, end: int, grammar: Grammar) -> dt.timedelta | None:
    m = grammar.duration.search(text, start, end)
    if not m:
        return None
    amount_text = (m.group("amount") or m.group("amount2")).casefold()
    amount = grammar.numbers.get(amount_text)
    if amount is None:
        try:
            amount = float(amount_text)
        except ValueError:
            return None
    unit = (m.group("unit") or m.group("unit2")).casefold()
    if m.group("half"):
        amount += 0.5
    return dt.timedelta(hours=amount) if unit.startswith("hour") else dt.timedelta(minutes=amount)
