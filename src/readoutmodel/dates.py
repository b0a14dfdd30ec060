"""Dates in the text: finding the expressions and resolving them against an anchor.

An expression may be complete ("December 20, 2019", "2021-12-16",
"20.12.2019", "14/03/2025"), lack its year ("Dec. 15", "On 27 March"), name a weekday ("on
Tuesday") or be relative ("today", "this evening", "yesterday"). Only a
complete date stands alone; the others are resolved against an anchor, a
complete date the text gives elsewhere (a dateline, a publication date), and
never against the machine's clock. Month and weekday names are python-dateutil's.
"""

from __future__ import annotations

import datetime as dt

import attrs

from readoutmodel.patterns import Grammar, calendar_names

__all__ = ["DateMention", "find_dates", "resolve"]


@attrs.frozen
class DateMention:
    """A date expression and what it states."""

    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # Monday is 0
    days: int | None = None  # relative to the anchor: 0 today, -1 yesterday
    vague: bool = False  # a time that names no day: "last week", "recently"
    part_of_day: str | None = None
    # a numeric date that reads either way ("11/03/2025"): month and day hold the
    # default reading, :meth:`swapped` the other
    ambiguous: bool = False
    # a numeric date whose numbers settle their order: whether the day came first
    # ("14/03/2025": True, "3/14/2025": False)
    day_first: bool | None = None
    # the first day of a range ("August 19-21, 2024", "19 to 21 August"): a visit's days,
    # not one day
    until: bool = False

    def swapped(self) -> DateMention:
        """The other reading of an ambiguous numeric date: day and month exchanged."""
        return attrs.evolve(self, month=self.day, day=self.month, ambiguous=False)

    @property
    def complete(self) -> bool:
        return self.year is not None and self.month is not None and self.day is not None

    def date(self) -> dt.date | None:
        """The date itself, when the expression is complete and valid."""
        if not self.complete:
            return None
        year, month, day = self.year, self.month, self.day
        assert year is not None
        assert month is not None
        assert day is not None
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None


def _month(name: str) -> int | None:
    index = calendar_names().month(name.rstrip("."))
    return None if index is None else index


def find_dates(
    text: str, start: int, end: int, grammar: Grammar, month_first: bool = True
) -> list[DateMention]:
    """Every date expression in ``text[start:end]``.

    A numeric date whose first two numbers could each be the month ("11/03/2025",
    "11-03-2025") is read month first when ``month_first`` (the default, the American
    order: November 3), day first otherwise, and marked ``ambiguous``; a number above
    12 settles the order ("14/03/2025" is March 14 either way).
    """
    found = []
    times = grammar.time_words
    for begin, m in grammar.date_matches(text, start, end):
        # the alternative that matched is the group that closed last
        kind = m.lastgroup
        if kind is None:
            continue
        group = m.group
        mention: DateMention | None = None
        if kind == "iso":
            mention = DateMention(
                begin,
                m.end(),
                int(group("iso_y")),
                int(group("iso_m")),
                int(group("iso_d")) if group("iso_d") else None,
            )
        elif kind == "cjk":
            mention = DateMention(
                begin,
                m.end(),
                int(group("cjk_y")),
                int(group("cjk_m")),
                int(group("cjk_d")) if group("cjk_d") else None,
            )
        elif kind == "ymd":
            mention = DateMention(
                begin, m.end(), int(group("ymd_y")), int(group("ymd_m")), int(group("ymd_d"))
            )
        elif kind == "dots":
            mention = DateMention(
                begin, m.end(), int(group("dots_y")), int(group("dots_m")), int(group("dots_d"))
            )
        elif kind == "slash":
            a, b = int(group("slash_a")), int(group("slash_b"))
            month, day = (a, b) if (month_first and a <= 12) or b > 12 else (b, a)
            mention = DateMention(
                begin,
                m.end(),
                int(group("slash_y")),
                month,
                day,
                ambiguous=a != b and a <= 12 and b <= 12,
                day_first=a > 12 if (a > 12) != (b > 12) else None,
            )
        elif kind == "mdy":
            mention = DateMention(
                begin,
                m.end(),
                int(group("mdy_y")) if group("mdy_y") else None,
                _month(group("mdy_m")),
                int(group("mdy_d")),
                until=_ranges(
                    text, m.end("mdy_d"), m.start("mdy_y") if group("mdy_y") else m.end()
                ),
            )
        elif kind == "dmy":
            mention = DateMention(
                begin,
                m.end(),
                int(group("dmy_y")) if group("dmy_y") else None,
                _month(group("dmy_m")),
                int(group("dmy_d")),
                until=_ranges(text, m.end("dmy_d"), m.start("dmy_m")),
            )
        elif kind == "my":
            mention = DateMention(begin, m.end(), int(group("my_y")), _month(group("my_m")))
        elif kind == "weekday":
            weekday_number = calendar_names().weekday(group("weekday"))
            mention = DateMention(begin, m.end(), weekday=weekday_number)
        elif kind == "relative":
            word = times.get(group("relative").casefold())
            if word is not None:
                mention = DateMention(
                    begin,
                    m.end(),
                    days=word.days,
                    vague=word.days is None,
                    part_of_day=word.part_of_day,
                )
        if mention is not None and (mention.day is None or 1 <= mention.day <= 31):
            found.append(mention)
    return found


def _ranges(text: str, start: int, end: int) -> bool:
    """Whether the words after a day run on to a last day: "-21", " to 21"."""
    return any(ch.isdigit() for ch in text[start:end])


def resolve(
    mention: DateMention, anchor: dt.date | None, anchor_year: int | None = None
) -> dt.date | None:
    """The date ``mention`` means, given an anchor date (or only an anchor year)."""
    complete = mention.date()
    if complete is not None:
        return complete
    if mention.month is not None and mention.day is not None:
        year = anchor.year if anchor is not None else anchor_year
        if year is None:
            return None
        try:
            guess = dt.date(year, mention.month, mention.day)
        except ValueError:
            return None
        if anchor is not None and guess > anchor + dt.timedelta(days=14):
            guess = guess.replace(year=year - 1)
        return guess
    if anchor is None:
        return None
    if mention.weekday is not None:
        # the latest such weekday on or before the anchor
        return anchor - dt.timedelta(days=(anchor.weekday() - mention.weekday) % 7)
    if mention.days is not None:
        return anchor + dt.timedelta(days=mention.days)
    return None
