"""Date expressions: finding them in every common form and resolving them against an anchor."""

from __future__ import annotations

import datetime as dt

import pytest

from readoutmodel.dates import DateMention, find_dates, resolve
from readoutmodel.patterns import Grammar


def _only(text: str, grammar: Grammar) -> DateMention:
    found = find_dates(text, 0, len(text), grammar)
    assert len(found) == 1, found
    return found[0]


class TestFind:
    """Every common way readouts write a date is found, with what it states."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("December 20, 2019", (2019, 12, 20)),
            ("20 December 2019", (2019, 12, 20)),
            ("Dec. 20, 2019", (2019, 12, 20)),
            ("20.12.2019", (2019, 12, 20)),
            ("2021-12-16", (2021, 12, 16)),
            ("1/25/2011", (2011, 1, 25)),
            ("14/03/2025", (2025, 3, 14)),
            ("14-03-2025", (2025, 3, 14)),
            ("3-14-2025", (2025, 3, 14)),
            ("13th Jan, 2020", (2020, 1, 13)),
            ("20th of December 2019", (2019, 12, 20)),
            ("March 3rd, 2025", (2025, 3, 3)),
            ("2019年12月20日", (2019, 12, 20)),
            ("SEPTEMBER 12, 2023", (2023, 9, 12)),
            ("SEPT. 12, 2023", (2023, 9, 12)),
            ("12 SEPTEMBER 2023", (2023, 9, 12)),
            ("08-May-2025", (2025, 5, 8)),
        ],
    )
    def test_complete_dates(
        self, text: str, expected: tuple[int, int, int], grammar: Grammar
    ) -> None:
        """A date with year, month and day is complete and stands alone."""
        mention = _only(text, grammar)
        assert (mention.year, mention.month, mention.day) == expected
        assert mention.complete
        assert mention.date() == dt.date(*expected)
        assert (mention.start, mention.end) == (0, len(text))

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Dec. 20", (12, 20)),
            ("Sept. 5", (9, 5)),
            ("20 Dec", (12, 20)),
            ("Dec 20th", (12, 20)),
            ("On 27 March", (3, 27)),
            ("on the evening of December 20", (12, 20)),
        ],
    )
    def test_dates_without_a_year(
        self, text: str, expected: tuple[int, int], grammar: Grammar
    ) -> None:
        """A month and day without a year is found but is not a date on its own."""
        mention = _only(text, grammar)
        assert (mention.month, mention.day) == expected
        assert mention.year is None
        assert not mention.complete
        assert mention.date() is None

    @pytest.mark.parametrize(
        ("text", "weekday"),
        [
            ("on Monday", 0),
            ("on Tuesday", 1),
            ("Wednesday", 2),
            ("on Friday", 4),
            ("Sunday", 6),
            ("THURSDAY", 3),
        ],
    )
    def test_weekdays(self, text: str, weekday: int, grammar: Grammar) -> None:
        """A weekday is found as its number, Monday being 0."""
        mention = _only(text, grammar)
        assert mention.weekday == weekday
        assert mention.date() is None

    @pytest.mark.parametrize(
        ("text", "days", "part"),
        [
            ("today", 0, None),
            ("earlier today", 0, None),
            ("yesterday", -1, None),
            ("the day before", -1, None),
            ("this morning", 0, "morning"),
            ("this evening", 0, "evening"),
            ("tonight", 0, "evening"),
            ("last night", -1, "night"),
        ],
    )
    def test_relative_days(self, text: str, days: int, part: str | None, grammar: Grammar) -> None:
        """A relative expression states its distance in days from the anchor, and a part of day."""
        mention = _only(text, grammar)
        assert (mention.days, mention.part_of_day) == (days, part)

    @pytest.mark.parametrize(
        "text",
        [
            "32 May",
            "at 10:05 a.m.",
            "in 2019",
            "Article 20 of the Charter",
            "the G20 summit",
            "a 45-minute call",
            "the May Fourth Movement",
        ],
    )
    def test_non_dates(self, text: str, grammar: Grammar) -> None:
        """Clock times, bare years, numbers and impossible days are no dates."""
        assert [m for m in find_dates(text, 0, len(text), grammar) if m.day or m.weekday] == []

    def test_impossible_day_is_no_date(self, grammar: Grammar) -> None:
        """February 31 is read as written but gives no date."""
        assert _only("31 February 2020", grammar).date() is None

    def test_timestamp_gives_its_date(self, grammar: Grammar) -> None:
        """An ISO timestamp ("2021-12-16T10:04:00") gives the date before its time."""
        mention = _only("2021-12-16T10:04:00", grammar)
        assert (mention.start, mention.end) == (0, 10)
        assert mention.date() == dt.date(2021, 12, 16)

    def test_weekday_and_date_are_both_found(self, grammar: Grammar) -> None:
        """ "Monday, March 3, 2025" holds a weekday and a complete date, in text order."""
        text = "on Monday, March 3, 2025"
        found = find_dates(text, 0, len(text), grammar)
        assert [text[m.start : m.end] for m in found] == ["Monday", "March 3, 2025"]

    @pytest.mark.parametrize(
        ("text", "until"),
        [
            ("August 19-21, 2024", True),
            ("19 to 21 August 2024", True),
            ("26–27 January", True),
            ("August 19, 2024", False),
            ("19 August 2024", False),
            ("Aug. 19", False),
        ],
    )
    def test_a_range_is_its_first_day_marked_as_one(
        self, text: str, until: bool, grammar: Grammar
    ) -> None:
        """A range of days states its first and is marked: a visit's days, not one day."""
        mention = _only(text, grammar)
        assert mention.day in (19, 26)
        assert mention.until is until

    def test_finds_within_bounds(self, grammar: Grammar) -> None:
        """Only expressions inside [start, end) are found, with offsets into the whole text."""
        text = "Published 5 May 2023. The call took place on 4 May 2023."
        start = text.index("The call")
        found = find_dates(text, start, len(text), grammar)
        assert [text[m.start : m.end] for m in found] == ["4 May 2023"]

    @pytest.mark.parametrize(
        ("text", "month_first", "expected"),
        [
            ("3/4/2025", True, (3, 4)),
            ("3/4/2025", False, (4, 3)),
            ("25/3/2025", True, (3, 25)),
        ],
    )
    def test_slashed_dates_follow_the_order_asked(
        self, text: str, month_first: bool, expected: tuple[int, int], grammar: Grammar
    ) -> None:
        """An ambiguous slashed date follows ``month_first``; a day above 12 settles it."""
        found = find_dates(text, 0, len(text), grammar, month_first=month_first)
        assert [(m.month, m.day) for m in found] == [expected]

    @pytest.mark.parametrize(
        ("text", "ambiguous", "day_first"),
        [
            ("11/03/2025", True, None),
            ("11-03-2025", True, None),
            ("25/03/2025", False, True),
            ("3/25/2025", False, False),
            ("05/05/2025", False, None),
            ("2025-03-11", False, None),
            ("11 March 2025", False, None),
        ],
    )
    def test_numeric_dates_say_whether_their_order_is_settled(
        self, text: str, ambiguous: bool, day_first: bool | None, grammar: Grammar
    ) -> None:
        """A numeric date whose two first numbers could each be the month is marked
        ambiguous; one with a number above 12 says which came first."""
        mention = _only(text, grammar)
        assert (mention.ambiguous, mention.day_first) == (ambiguous, day_first)

    def test_the_other_reading_of_an_ambiguous_date(self, grammar: Grammar) -> None:
        """``swapped`` exchanges day and month and is no longer ambiguous."""
        mention = _only("Posted 04/07/2024", grammar)
        assert mention.date() == dt.date(2024, 4, 7)
        other = mention.swapped()
        assert other.date() == dt.date(2024, 7, 4)
        assert not other.ambiguous

    @pytest.mark.parametrize("text", ["pages 10-12", "ref. 12-05-20", "call 555-12-2024x"])
    def test_dashed_numbers_that_are_no_dates(self, text: str, grammar: Grammar) -> None:
        """Ranges and reference numbers with dashes are not read as dates."""
        assert [m for m in find_dates(text, 0, len(text), grammar) if m.day] == []


class TestResolve:
    """Incomplete expressions are resolved against a date the text gives, never the clock."""

    ANCHOR = dt.date(2025, 3, 14)  # a Friday

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("today", dt.date(2025, 3, 14)),
            ("this evening", dt.date(2025, 3, 14)),
            ("yesterday", dt.date(2025, 3, 13)),
            ("last night", dt.date(2025, 3, 13)),
            ("on Friday", dt.date(2025, 3, 14)),
            ("on Thursday", dt.date(2025, 3, 13)),
            ("on Monday", dt.date(2025, 3, 10)),
            ("on Saturday", dt.date(2025, 3, 8)),
            ("on March 12", dt.date(2025, 3, 12)),
            ("on 1 March", dt.date(2025, 3, 1)),
            ("December 20, 2019", dt.date(2019, 12, 20)),
        ],
    )
    def test_against_an_anchor(self, text: str, expected: dt.date, grammar: Grammar) -> None:
        """Weekdays go back to the latest such day; a month and day takes the anchor's year."""
        assert resolve(_only(text, grammar), self.ANCHOR) == expected

    def test_month_and_day_after_the_anchor_is_last_year(self, grammar: Grammar) -> None:
        """A day well after a January anchor ("December 30") belongs to the year before."""
        mention = _only("December 30", grammar)
        assert resolve(mention, dt.date(2025, 1, 3)) == dt.date(2024, 12, 30)

    def test_month_and_day_just_after_the_anchor_keeps_its_year(self, grammar: Grammar) -> None:
        """A day a few days after the anchor (an announced call) keeps the anchor's year."""
        mention = _only("March 16", grammar)
        assert resolve(mention, self.ANCHOR) == dt.date(2025, 3, 16)

    def test_year_alone_completes_a_month_and_day(self, grammar: Grammar) -> None:
        """With only a year known, a month and day take it."""
        assert resolve(_only("Dec. 15", grammar), None, 2021) == dt.date(2021, 12, 15)

    @pytest.mark.parametrize(
        "text", ["today", "yesterday", "on Tuesday", "this evening", "Dec. 15"]
    )
    def test_no_anchor_no_date(self, text: str, grammar: Grammar) -> None:
        """Without an anchor an incomplete expression stays unknown: the clock is never read."""
        assert resolve(_only(text, grammar), None) is None

    def test_impossible_day_with_anchor(self, grammar: Grammar) -> None:
        """A month and day that do not exist in the anchor's year give no date."""
        assert resolve(_only("February 29", grammar), dt.date(2025, 3, 1)) is None

    def test_leap_day(self, grammar: Grammar) -> None:
        """February 29 exists in a leap year's anchor."""
        assert resolve(_only("February 29", grammar), dt.date(2024, 3, 1)) == dt.date(2024, 2, 29)
