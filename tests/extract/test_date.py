"""Date, time and duration of the engagement, as far as the text says."""

from __future__ import annotations

import datetime as dt

import pytest

import readoutmodel
from readoutmodel import TimeOfDay

CALL = (
    "President Joe Biden spoke {when} with Prime Minister Keir Starmer."
    " The leaders discussed trade."
)
DATED = "Readout of President Biden's Call with Prime Minister Starmer\nMarch 14, 2025\n\n"
# March 14, 2025 is a Friday


class TestExplicitDates:
    """A complete date in the scene is the engagement's date, in every common form."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "On December 20, 2019, President Xi Jinping held telephone talks with President"
                " Donald Trump. Xi Jinping stressed that the two sides should cooperate.",
                dt.date(2019, 12, 20),
            ),
            (
                "On 20 December 2019, Prime Minister Boris Johnson spoke to President Emmanuel"
                " Macron. The leaders discussed trade.",
                dt.date(2019, 12, 20),
            ),
            (
                "On Sept. 5, 2024, Prime Minister Narendra Modi met with Prime Minister Lawrence"
                " Wong of Singapore. The leaders discussed semiconductors.",
                dt.date(2024, 9, 5),
            ),
            (
                "On 3rd March 2025, Prime Minister Narendra Modi met President Emmanuel Macron."
                " They discussed artificial intelligence.",
                dt.date(2025, 3, 3),
            ),
            (
                "On March 3rd, 2025, Prime Minister Narendra Modi met President Emmanuel Macron."
                " They discussed artificial intelligence.",
                dt.date(2025, 3, 3),
            ),
            (
                "President Emmanuel Macron had a 45-minute call with President Volodymyr"
                " Zelenskyy on 14 March 2025. The two presidents discussed security guarantees.",
                dt.date(2025, 3, 14),
            ),
            (
                "President Joe Biden spoke by phone on the afternoon of March 3, 2024 with"
                " President Volodymyr Zelenskyy. The leaders discussed air defense.",
                dt.date(2024, 3, 3),
            ),
            (
                "On February 29, 2024, President Lula da Silva met with President Gabriel Boric"
                " of Chile. They discussed trade.",
                dt.date(2024, 2, 29),
            ),
        ],
    )
    def test_complete_date_in_the_scene(self, text: str, expected: dt.date) -> None:
        """The scene's complete date stands alone, whatever its form."""
        readout = readoutmodel.parse(text)
        assert readout.date == expected
        assert readout.date_span is not None

    def test_impossible_date_is_no_date(self) -> None:
        """February 30 gives no date, and a diagnostic says why."""
        readout = readoutmodel.parse(
            "On February 30, 2024, President Lula da Silva met with President Gabriel Boric."
            " They discussed trade."
        )
        assert readout.date is None
        assert readout.diagnostics


class TestResolvedDates:
    """Relative and incomplete dates are resolved against a date the text itself gives."""

    @pytest.mark.parametrize(
        ("when", "expected"),
        [
            ("today", dt.date(2025, 3, 14)),
            ("this evening", dt.date(2025, 3, 14)),
            ("this morning", dt.date(2025, 3, 14)),
            ("earlier today", dt.date(2025, 3, 14)),
            ("yesterday", dt.date(2025, 3, 13)),
            ("last night", dt.date(2025, 3, 13)),
            ("on Tuesday", dt.date(2025, 3, 11)),
            ("on Friday", dt.date(2025, 3, 14)),
            ("on March 12", dt.date(2025, 3, 12)),
            ("on 12 March", dt.date(2025, 3, 12)),
        ],
    )
    def test_against_the_publication_date(self, when: str, expected: dt.date) -> None:
        """The date line under the headline anchors "today", weekdays and dates without year."""
        assert readoutmodel.parse(DATED + CALL.format(when=when)).date == expected

    @pytest.mark.parametrize(
        "anchor",
        [
            "March 14, 2025",
            "14 March 2025",
            "2025-03-14",
            "2025-03-14T09:30:00",
            "14.03.2025",
            "14/03/2025",
            "14-03-2025",
            "03/14/2025",
        ],
    )
    def test_anchor_in_any_form(self, anchor: str) -> None:
        """The anchoring date line may be written in any common form."""
        text = f"Readout of the Call\n{anchor}\n\n" + CALL.format(when="today")
        assert readoutmodel.parse(text).date == dt.date(2025, 3, 14)

    def test_year_boundary(self) -> None:
        """A December day read in a January publication belongs to the year before."""
        text = "Readout of the Call\nJanuary 3, 2025\n\n" + CALL.format(when="on December 30")
        assert readoutmodel.parse(text).date == dt.date(2024, 12, 30)

    def test_headline_date_anchors(self) -> None:
        """A Downing Street headline date anchors "this morning"."""
        text = (
            "PM call with President Macron: 14 March 2025\nThe Prime Minister spoke to President"
            " Macron this morning. They discussed Ukraine."
        )
        readout = readoutmodel.parse(text)
        assert readout.date == dt.date(2025, 3, 14)
        assert readout.time_of_day is TimeOfDay.MORNING

    def test_dateline_anchors(self) -> None:
        """An Indian dateline with its year anchors "today"."""
        text = (
            "New Delhi, 5 September 2024\n\nPrime Minister Narendra Modi held a telephone"
            " conversation today with President Vladimir Putin. The two leaders reviewed"
            " cooperation."
        )
        assert readoutmodel.parse(text).date == dt.date(2024, 9, 5)

    @pytest.mark.parametrize(
        "dateline",
        [
            # the Gulf agencies: a place in title case, the agency in brackets or after a comma
            "Kuwait, June 21, 2024 (KUNA) --",
            "Jeddah, June 21, 2024, SPA --",
            "Riyadh, June 21, 2024, SPA --",
            # a province after the city
            "ACCRA, GREATER ACCRA, June 21, 2024 —",
            # West African presidencies: the date in figures, day first
            "ACCRA, 21/06/2024 -",
            "Accra, 21-06-2024 -",
        ],
    )
    def test_dateline_forms_anchor(self, dateline: str) -> None:
        """Every common dateline gives the anchor of "today"."""
        text = (
            "Emir receives phone call from Ghanaian President\n\n"
            f"{dateline} His Highness the Emir received a phone call today from President Nana"
            " Akufo-Addo of Ghana. The two leaders discussed investment."
        )
        assert readoutmodel.parse(text).date == dt.date(2024, 6, 21)

    @pytest.mark.parametrize(
        ("line", "expected"),
        [
            ("Lutsk, 11 July 2023", dt.date(2023, 7, 11)),
            ("Nusa Dua, 11 July 2023", dt.date(2023, 7, 11)),
            # a body that signs is no town, nor is a label
            ("Communications Directorate, 11 July 2023", None),
            ("Date 11 July 2023", None),
        ],
    )
    def test_a_date_line_in_a_town_dates_the_engagement(
        self, line: str, expected: dt.date | None
    ) -> None:
        """A date line above the text that names a town the vocabulary does not know dates
        the engagement, as one in a capital does."""
        text = (
            "President of Ukraine met with the President of Poland\n\n"
            f"{line}\n\nPresident of Ukraine Petro Koval and President of Poland Jan Nowak"
            " held a meeting.\n\nPetro Koval thanked Poland for its support."
        )
        assert readoutmodel.parse(text).date == expected

    def test_capture_stamp_gives_the_year_of_a_dateline(self) -> None:
        """A TASS dateline takes its year from the capture stamp; "on Thursday" resolves."""
        text = (
            " date 2025-03-14 MOSCOW, March 14. /TASS/. Russian President Vladimir Putin held a"
            " telephone conversation with Turkish President Recep Tayyip Erdogan on Thursday, the"
            " Kremlin press service said.\n\nThe leaders discussed the situation in Syria."
        )
        assert readoutmodel.parse(text).date == dt.date(2025, 3, 13)

    @pytest.mark.parametrize(
        ("published", "expected"),
        [
            ("Source: Xinhua | 2027-01-01 08:02:11", dt.date(2026, 12, 30)),
            ("Source: Xinhua | 2026-12-31 19:40:05", dt.date(2026, 12, 30)),
        ],
    )
    def test_a_page_of_the_new_year_dates_a_dateline_of_the_old(
        self, published: str, expected: dt.date
    ) -> None:
        """ "BEIJING, Dec. 31" on a page of 1 January is of the year before: a dateline
        comes no later than the page that carries it; "on Wednesday" resolves from it."""
        text = (
            f"Xi, Rahmon exchange New Year greetings by phone\n\n{published}\n\n"
            "BEIJING, Dec. 31 (Xinhua) -- Chinese President Xi Jinping spoke with Tajik"
            " President Emomali Rahmon on the phone on Wednesday.\n\nXi said that China"
            " values the friendship."
        )
        assert readoutmodel.parse(text).date == expected

    def test_the_opening_gives_the_year_of_a_dateline(self) -> None:
        """ "BEIJING, April 14 -- ... on Friday. ... from April 12 to 15, 2023": the one
        year the opening gives is the dateline's."""
        text = (
            "Xi Jinping Holds Talks with President Ruiz\n\nBEIJING, April 14 (Xinhua) -- President"
            " Xi Jinping held talks with President Ana Ruiz in Beijing on Friday. Ruiz is paying"
            " a state visit to China from April 12 to 15, 2023.\n\nXi said trade matters."
        )
        assert readoutmodel.parse(text).date == dt.date(2023, 4, 14)

    def test_a_date_without_its_year_takes_the_openings(self) -> None:
        """ "On April 14, ... Ruiz is paying a state visit from April 12 to 15, 2023.": the
        one year the opening paragraph gives."""
        text = (
            "On April 14, President Xi Jinping held talks with President Ana Ruiz in Beijing."
            " Ruiz is paying a state visit to China from April 12 to 15, 2023.\n\nXi said"
            " trade matters."
        )
        assert readoutmodel.parse(text).date == dt.date(2023, 4, 14)

    def test_a_day_counted_from_nothing_gives_way_to_a_full_date(self) -> None:
        """ "yesterday evening" with no date to count from, then "The call took place on 2
        December 2021": the full date."""
        text = (
            "PM Cohen Speaks with President Petrov\n\nPrime Minister Dan Cohen called President"
            " Ivan Petrov yesterday evening. The call took place on 2 December 2021.\n\n"
            "President Petrov thanked him."
        )
        assert readoutmodel.parse(text).date == dt.date(2021, 12, 2)

    def test_bracketed_date_beside_today(self) -> None:
        """ "today (Sunday, 11 February 2024)" is dated by the bracketed date."""
        text = (
            "Prime Minister Benjamin Netanyahu this evening (Sunday, 11 February 2024) spoke with"
            " Greek Prime Minister Kyriakos Mitsotakis. The two leaders discussed energy."
        )
        readout = readoutmodel.parse(text)
        assert readout.date == dt.date(2024, 2, 11)
        assert readout.time_of_day is TimeOfDay.EVENING

    @pytest.mark.parametrize(
        "when",
        [
            "today (Sunday, 11 February 2024)",
            "on Sunday (local time), Feb. 11, 2024",
            "on Sunday (Seoul time), 11 February 2024",
        ],
    )
    def test_a_date_after_the_verb_and_a_remark(self, when: str) -> None:
        """After the verb, a bracketed date with its weekday, or a date after a remark in
        brackets, dates the engagement."""
        text = (
            f"Prime Minister Anna Berg spoke {when} with Greek Prime Minister Nikos Pappas."
            " The two leaders discussed energy."
        )
        assert readoutmodel.parse(text).date == dt.date(2024, 2, 11)

    @pytest.mark.parametrize(
        "when", ["on Monday 6 May 2024", "on Monday, 6 May 2024", "on Monday May 6, 2024"]
    )
    def test_weekday_beside_its_date(self, when: str) -> None:
        """A weekday written right before its complete date is dated by that date, with a
        comma or without."""
        text = (
            f"Chancellor Hans Vogel spoke by telephone {when} with President Daniel Otieno of"
            " Kenya. The Chancellor thanked the President for the invitation."
        )
        readout = readoutmodel.parse(text)
        assert readout.date == dt.date(2024, 5, 6)
        assert readout.date_span is not None
        assert text[readout.date_span.start : readout.date_span.end].endswith("2024")

    @pytest.mark.parametrize(
        ("when", "expected"),
        [
            ("two days ago", dt.date(2023, 12, 8)),
            ("the day before yesterday", dt.date(2023, 12, 8)),
            ("last week", None),
            ("recently", None),
        ],
    )
    def test_a_time_before_the_dateline(self, when: str, expected: dt.date | None) -> None:
        """ "two days ago" counts back from the dateline; "last week" names no day, and
        the dateline's day is not the engagement's."""
        text = (
            "PM spoke with President Roe\nJerusalem, Sunday, 10 December 2023\n\nPrime"
            f" Minister Dan Levi spoke {when} with President Ann Roe of France."
        )
        readout = readoutmodel.parse(text)
        assert readout.date == expected
        if expected is None:
            assert "date-unresolved" in {d.code for d in readout.diagnostics}

    def test_a_dateline_with_a_hijri_date_first(self) -> None:
        """ "Riyadh, Rajab 02, 1445, January 14, 2024, SPA --": the Gregorian date anchors
        "today" and the city gives the issuer."""
        text = (
            "Crown Prince Receives Phone Call from President of Kenya\n\nRiyadh, Rajab 02,"
            " 1445, January 14, 2024, SPA -- His Royal Highness Crown Prince Faisal bin Saud"
            " received a phone call today from President John Doe of Kenya."
        )
        readout = readoutmodel.parse(text)
        assert readout.date == dt.date(2024, 1, 14)
        assert readout.issuer == "SA"

    def test_a_vague_time_yields_to_a_date_elsewhere(self) -> None:
        """A preface that dates the call wins over "this week" in the scene."""
        text = (
            "The following readout was released by the White House on February 15, 2017, of"
            " the President's call with President Hale on February 13:\n\nPresident Ann Roe"
            " spoke this week with President Tom Hale of Kenya. The leaders agreed to cooperate."
        )
        assert readoutmodel.parse(text).date == dt.date(2017, 2, 13)

    def test_publication_line_in_the_preface(self) -> None:
        """A reprint preface dated "Jan. 16, 2024" anchors "Today"."""
        text = (
            "The following statement was released by the Office of the Vice President on Jan."
            " 16, 2024, and is reproduced in full below.\n\nToday, Vice President Kamala Harris"
            " spoke with President Bernardo Arévalo of Guatemala. The leaders discussed migration."
        )
        assert readoutmodel.parse(text).date == dt.date(2024, 1, 16)


class TestAmbiguousNumericAnchor:
    """A numeric publication date that reads either way ("04/06/2024") is read as the
    rest of the text shows, else month first."""

    SCENE = (
        "President Cyril Ramaphosa spoke with President Emmanuel Macron of France. The two"
        " leaders discussed the G20 presidency."
    )

    def test_written_day_and_month_settle_it(self) -> None:
        """ "Today, Tuesday 4 June" in the body reads "Posted 04/06/2024" day first."""
        text = (
            "Statement\n\nToday, Tuesday 4 June, President Cyril Ramaphosa spoke with"
            " President Emmanuel Macron of France. The two leaders discussed the G20"
            " presidency.\n\nPosted 04/06/2024"
        )
        assert readoutmodel.parse(text).date == dt.date(2024, 6, 4)

    def test_written_month_and_day_keep_month_first(self) -> None:
        """ "June 4" in the headline keeps "06/04/2024" month first."""
        text = (
            "President Ramaphosa speaks with President Macron, June 4\n06/04/2024\n\n"
            f"Today, {self.SCENE}"
        )
        assert readoutmodel.parse(text).date == dt.date(2024, 6, 4)

    def test_another_numeric_date_settles_the_order(self) -> None:
        """A date of the page with a day above 12 ("Updated 14/06/2024") shows that the
        page writes the day first."""
        text = (
            "President Ramaphosa speaks with President Macron\nPublished 04/06/2024\n\n"
            f"Today, {self.SCENE}\n\nUpdated 14/06/2024"
        )
        assert readoutmodel.parse(text).date == dt.date(2024, 6, 4)

    @pytest.mark.parametrize(
        ("weekday", "date"),
        [("Tuesday", dt.date(2024, 6, 4)), ("Saturday", dt.date(2024, 4, 6))],
    )
    def test_the_weekday_named_settles_it(self, weekday: str, date: dt.date) -> None:
        """ "Published on 04/06/2024 ... this Tuesday": of the two readings, the one that
        falls on the weekday the first paragraph names (4 June 2024 was a Tuesday, 6 April
        2024 a Saturday)."""
        text = (
            "President Ramaphosa speaks with President Macron\n\nPublished on 04/06/2024\n\n"
            f"This {weekday}, {self.SCENE}"
        )
        assert readoutmodel.parse(text).date == date

    @pytest.mark.parametrize(
        ("when", "date"),
        [
            ("on Saturday, 6/4/2024", dt.date(2024, 4, 6)),
            ("on Tuesday (4/6/2024)", dt.date(2024, 6, 4)),
            ("on Thursday, 6/4/2024", dt.date(2024, 6, 4)),
        ],
    )
    def test_the_weekday_beside_a_date_in_the_scene_settles_it(
        self, when: str, date: dt.date
    ) -> None:
        """A numeric date in the scene that reads either way is read on the weekday
        written beside it, as an anchor is."""
        text = f"President Ramaphosa spoke {when} with President Macron of France."
        assert readoutmodel.parse(text).date == date

    def test_a_reading_near_a_written_date_settles_it(self) -> None:
        """ "03/06/2024" over "on June 2": 3 June is the day after, 6 March months before,
        so the page date is read day first and the call keeps its year."""
        text = (
            "President Ramaphosa speaks with President Macron\n03/06/2024\n\n"
            f"On the evening of June 2, {self.SCENE}"
        )
        assert readoutmodel.parse(text).date == dt.date(2024, 6, 2)

    @pytest.mark.parametrize(
        ("place", "date"),
        [("Pretoria", dt.date(2024, 6, 4)), ("Washington", dt.date(2024, 4, 6))],
    )
    def test_the_datelines_country_settles_it(self, place: str, date: dt.date) -> None:
        """A page datelined in the capital of a country that writes the day first reads
        "04/06/2024" so; one datelined in Washington reads it month first."""
        assert readoutmodel.parse(f"{place}, 04/06/2024\n\nToday, {self.SCENE}").date == date

    def test_month_first_without_evidence(self) -> None:
        """With nothing to settle it, the first number is the month."""
        text = (
            f"President Ramaphosa speaks with President Macron\n04/06/2024\n\nToday, {self.SCENE}"
        )
        assert readoutmodel.parse(text).date == dt.date(2024, 4, 6)


class TestEngagementNotPublication:
    """When the text gives both, the date is the engagement's, not the page's."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # a visit's days, then the day of the talks
            (
                "Visit of the Prime Minister to Egypt (24-25 June 2023)\nPrime Minister Ana Ruiz"
                " paid a State Visit to Egypt from 24-25 June 2023. On 25 June, the Prime"
                " Minister held talks with President Omar Aziz in Cairo.",
                dt.date(2023, 6, 25),
            ),
            (
                "Meeting with the President of Egypt\n\nJanuary 25, 2025\n\nPresident Omar"
                " Aziz is on a State Visit to Chile from 23-26 January 2025.\n\nPresident Ana"
                " Ruiz held talks with President Aziz today.",
                dt.date(2025, 1, 25),
            ),
            # the year of the day of the talks from the visit's
            (
                "Prime Minister Tom Hale of Kenya paid an official visit to Chile from May 3 to"
                " 5, 2025. On May 4, President Ana Ruiz met with Prime Minister Hale.",
                dt.date(2025, 5, 4),
            ),
            # a headline's date is the page's when the scene gives its own
            (
                "Foreign Secretary's call with the Greek Foreign Minister: 4 March 2022\n\n"
                "Foreign Secretary Ann Lee spoke to Greek Foreign Minister Nikos Pappas on 3"
                " March 2022. They discussed energy.",
                dt.date(2022, 3, 3),
            ),
            (
                "Foreign Secretary's call with the Greek Foreign Minister: 4 March 2022\n\n"
                "Foreign Secretary Ann Lee spoke to Greek Foreign Minister Nikos Pappas. They"
                " discussed energy.",
                dt.date(2022, 3, 4),
            ),
            (
                "Readout of the Secretary's Meeting\nSeptember 6, 2024\n\nSecretary of State"
                " Antony J. Blinken met with Foreign Minister Wang Yi on September 5 in Vientiane."
                " The Secretary emphasized open lines of communication.",
                dt.date(2024, 9, 5),
            ),
            (
                "Readout of the Secretary's Call\nFebruary 2, 2024\n\nSecretary of State Antony J."
                " Blinken spoke with Foreign Minister Wang Yi on Wednesday. The Secretary raised"
                " Taiwan.",
                dt.date(2024, 1, 31),
            ),
            (
                "Xi Jinping Speaks with President Macron on the Phone\n2023-04-03 09:15\n\nOn the"
                " evening of April 2, President Xi Jinping spoke on the phone with President"
                " Emmanuel Macron. Xi Jinping said China values its ties with France.",
                dt.date(2023, 4, 2),
            ),
            (
                " date 2023-04-03 Xi Jinping Speaks with President Macron on the Phone\n\nOn the"
                " evening of April 2, President Xi Jinping spoke on the phone with President"
                " Emmanuel Macron. Xi Jinping said China values its ties with France.",
                dt.date(2023, 4, 2),
            ),
            (
                "Japan-France Summit Telephone Talk\nMarch 14, 2025\n\nOn March 13, commencing at"
                " 9:15 p.m. for approximately 40 minutes, Mr. ISHIBA Shigeru, Prime Minister of"
                " Japan, held a summit telephone talk with H.E. Mr. Emmanuel Macron, President of"
                " the French Republic. The two leaders exchanged views on Ukraine.",
                dt.date(2025, 3, 13),
            ),
            (
                "Readout\nApril 7, 2025\n\nOn Saturday evening, President Joe Biden spoke by phone"
                " with Prime Minister Keir Starmer. The leaders discussed tariffs.",
                dt.date(2025, 4, 5),
            ),
            (
                "Readout\nPublished: April 5, 2024\nUpdated: April 6, 2024\n\nPresident Joe Biden"
                " spoke today with Prime Minister Benjamin Netanyahu. The President emphasized the"
                " need for a ceasefire.",
                dt.date(2024, 4, 5),
            ),
            # a meeting over several days: its first
            (
                "National Security Advisor Dan Cole met with Foreign Minister Li Wen in Bangkok"
                " on January 26-27, 2024. The two sides had candid discussions.",
                dt.date(2024, 1, 26),
            ),
            (
                "Prime Minister Ana Ruiz held talks with Prime Minister Lena Berg in Oslo on"
                " 26–27 January 2024. The two sides had candid discussions.",
                dt.date(2024, 1, 26),
            ),
            (
                "Prime Minister Ana Ruiz held talks with Prime Minister Lena Berg in Oslo on"
                " January 26 and 27, 2024. The two sides had candid discussions.",
                dt.date(2024, 1, 26),
            ),
        ],
    )
    def test_engagement_date(self, text: str, expected: dt.date) -> None:
        """The day of the call or meeting, resolved against the page's date where needed."""
        assert readoutmodel.parse(text).date == expected


class TestPlacedDateLine:
    """A line of the page with a date and the place, and nothing else, dates an engagement
    the body does not date, as a dateline does; a publication stamp does not."""

    TALKS = "Talks with President of Mongolia\n\n{line}\n\nVladimir Putin held talks with"
    TALKS += " President of Mongolia Ukhnaagiin Khurelsukh. The leaders discussed energy.\n"

    @pytest.mark.parametrize(
        "line",
        [
            "September 3, 2024, Ulaanbaatar",
            "Ulaanbaatar, 3 September 2024",
            "September 3, 2024, The Kremlin, Moscow",
        ],
    )
    def test_a_date_and_a_capital_date_the_engagement(self, line: str) -> None:
        """The date of a line that also names a capital city is the engagement's."""
        text = self.TALKS.format(line=line)
        readout = readoutmodel.parse(text)
        assert readout.date == dt.date(2024, 9, 3)
        assert readout.date_span is not None
        assert readout.date_span.of(text) == line

    @pytest.mark.parametrize(
        "lines", ["September 3, 2024\n14:20\nThe Kremlin, Moscow", "September 3, 2024\nUlaanbaatar"]
    )
    def test_the_place_may_stand_on_a_line_of_its_own(self, lines: str) -> None:
        """The place under the date, perhaps under the time too, places the date as well."""
        text = self.TALKS.format(line=lines)
        readout = readoutmodel.parse(text)
        assert readout.date == dt.date(2024, 9, 3)
        assert readout.date_span is not None
        assert readout.date_span.of(text) == "September 3, 2024"

    @pytest.mark.parametrize("place", ["State House, Ulaanbaatar", "Ulaanbaatar"])
    def test_or_above_it(self, place: str) -> None:
        """A State House page puts the place on the line above the date."""
        text = self.TALKS.format(line=f"{place}\nTuesday, 3rd September 2024")
        readout = readoutmodel.parse(text)
        assert readout.date == dt.date(2024, 9, 3)
        assert readout.date_span is not None
        assert readout.date_span.of(text) == "Tuesday, 3rd September 2024"

    @pytest.mark.parametrize(
        "line",
        [
            "September 3, 2024",
            "September 3, 2024, 14:20",
            "Posted September 3, 2024",
            "September 3, 2024\nMongolia and Russia",
            "Mongolia and Russia\nSeptember 3, 2024",
        ],
    )
    def test_a_publication_stamp_does_not(self, line: str) -> None:
        """A date alone, with a time or with other words, may be when it was published."""
        readout = readoutmodel.parse(self.TALKS.format(line=line))
        assert readout.date is None


class TestUnknownDates:
    """Without a dated anchor in the text an incomplete date stays unknown: no clock is read."""

    @pytest.mark.parametrize(
        "text",
        [
            CALL.format(when="today"),
            CALL.format(when="on Tuesday"),
            CALL.format(when="on March 12"),
            CALL.format(when="this evening"),
            # a dateline without a year, and nothing else dated
            "BEIJING, Dec. 20 (Xinhua) -- Chinese President Xi Jinping on Friday held a phone"
            " conversation with U.S. President Donald Trump. Xi said China is ready to work with"
            " the United States.",
            "MOSCOW, March 14. /TASS/. Russian President Vladimir Putin held a telephone"
            " conversation with Turkish President Recep Tayyip Erdogan on Thursday, the Kremlin"
            " press service said.",
            "BRASILIA, April 5 (Reuters) - Brazilian President Luiz Inacio Lula da Silva spoke with"
            " French President Emmanuel Macron on Thursday, his office said.",
            # a weekday and no anchor
            "On Friday Vladimir Putin had a telephone conversation with President of the United"
            " States Joe Biden. The two leaders exchanged views on Ukraine.",
        ],
    )
    def test_no_date(self, text: str) -> None:
        """The date is None and a diagnostic explains it."""
        readout = readoutmodel.parse(text)
        assert readout.date is None
        assert readout.date_span is None
        codes = {d.code for d in readout.diagnostics}
        assert codes & {"no-date", "date-unresolved"}


class TestTime:
    """Time of day, start time and duration, exposed when the text states them."""

    @pytest.mark.parametrize(
        ("text", "time_of_day"),
        [
            (
                "On the evening of December 20, 2019, President Xi Jinping held telephone talks"
                " with President Donald Trump.",
                TimeOfDay.EVENING,
            ),
            (
                "On the afternoon of February 6, 2024, Premier Li Qiang held telephone talks with"
                " Prime Minister Anthony Albanese.",
                TimeOfDay.AFTERNOON,
            ),
            (
                "On the morning of 5 September 2024, Prime Minister Narendra Modi met with Prime"
                " Minister Lawrence Wong.",
                TimeOfDay.MORNING,
            ),
            (
                "On the night of March 14, 2025, President Xi Jinping had a phone call with"
                " President Emmanuel Macron.",
                TimeOfDay.NIGHT,
            ),
            (DATED + CALL.format(when="this evening"), TimeOfDay.EVENING),
            (DATED + CALL.format(when="this morning"), TimeOfDay.MORNING),
            (DATED + CALL.format(when="last night"), TimeOfDay.NIGHT),
            (DATED + CALL.format(when="today"), None),
        ],
    )
    def test_time_of_day(self, text: str, time_of_day: TimeOfDay | None) -> None:
        """ "On the evening of", "this morning" and the like give the part of the day."""
        assert readoutmodel.parse(text).time_of_day is time_of_day

    @pytest.mark.parametrize(
        ("text", "start", "duration"),
        [
            (
                "On March 9, 2023, commencing at 8:30 a.m. for approximately 20 minutes,"
                " Mr. KISHIDA Fumio, Prime Minister of Japan, held a summit telephone talk with"
                " the Right Honourable Justin Trudeau, Prime Minister of Canada.",
                dt.time(8, 30),
                dt.timedelta(minutes=20),
            ),
            (
                "On March 13, 2025, commencing at 9:15 p.m. for approximately 40 minutes,"
                " Prime Minister Ishiba held a telephone talk with President Trump.",
                dt.time(21, 15),
                dt.timedelta(minutes=40),
            ),
            (
                "President Emmanuel Macron had a 45-minute call with President Volodymyr"
                " Zelenskyy on 14 March 2025.",
                None,
                dt.timedelta(minutes=45),
            ),
            (
                "On the morning of 5 September 2024, Prime Minister Narendra Modi met with Prime"
                " Minister Lawrence Wong of Singapore for over an hour.",
                None,
                dt.timedelta(hours=1),
            ),
            (
                "On 6 April 2025, President Xi Jinping met Prime Minister Pedro Sanchez in Beijing"
                " for one and a half hours.",
                None,
                dt.timedelta(hours=1, minutes=30),
            ),
            (
                DATED
                + "President Joe Biden held a 90-minute call with Prime Minister Keir Starmer.",
                None,
                dt.timedelta(minutes=90),
            ),
            (
                DATED + "President Joe Biden held a two-hour meeting with Prime Minister Keir"
                " Starmer.",
                None,
                dt.timedelta(hours=2),
            ),
            (
                DATED + "At 10:05 a.m. today, Prime Minister Rishi Sunak spoke to President"
                " Volodymyr Zelenskyy.",
                dt.time(10, 5),
                None,
            ),
            (
                DATED + "At 14:30 today, President Joe Biden spoke with Prime Minister Keir"
                " Starmer.",
                dt.time(14, 30),
                None,
            ),
            (
                DATED + "The Prime Minister spoke with President Zelenskyy for half an hour this"
                " morning.",
                None,
                dt.timedelta(minutes=30),
            ),
            (DATED + CALL.format(when="today"), None, None),
        ],
    )
    def test_start_and_duration(
        self, text: str, start: dt.time | None, duration: dt.timedelta | None
    ) -> None:
        """A clock time gives the start; "for approximately 30 minutes" gives the duration."""
        readout = readoutmodel.parse(text)
        assert readout.start_time == start
        assert readout.duration == duration

    def test_start_time_gives_part_of_day(self) -> None:
        """A start time at 3:30 pm without other words makes it the afternoon."""
        text = DATED + "President Joe Biden spoke with Prime Minister Keir Starmer at 3:30 pm."
        readout = readoutmodel.parse(text)
        assert readout.start_time == dt.time(15, 30)
        assert readout.time_of_day is TimeOfDay.AFTERNOON


def test_a_date_of_another_engagement_opening_the_scene_is_passed_over() -> None:
    """ "Following his visit to Kyiv on February 23, X spoke with Y on March 3": the
    opening clause's date is the visit's."""
    text = (
        "Following his visit to Kyiv on February 23, 2023, Prime Minister Ana Ruiz spoke by"
        " phone with President Ivan Petrenko on March 3, 2023."
    )
    assert str(readoutmodel.parse(text).date) == "2023-03-03"


def test_a_dateline_with_a_weekday_dates_yesterday_from_it() -> None:
    """ "Colombo, Thursday, 13 April 2023 – ... yesterday evening": the day before."""
    readout = readoutmodel.parse(
        "Colombo, Thursday, 13 April 2023 – President Amal Perera held a telephone"
        " conversation yesterday evening with Prime Minister of Japan Kenji Mori.\n\nThe two"
        " leaders discussed debt restructuring."
    )
    assert readout.date == dt.date(2023, 4, 12)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Secretary condemned the terrorist attack of October 7, 2023.",
        "The President of Russia invited him to the BRICS summit in Kazan on October 22.",
        "The Prime Minister noted the upcoming G7 meeting on March 20.",
    ],
)
def test_the_date_of_an_event_spoken_of_is_not_the_engagements(sentence: str) -> None:
    """A full date in the first paragraph dates the engagement only in a sentence that
    names one of its kind: an attack, or a summit of a phone call, is another event."""
    readout = readoutmodel.parse(
        "Secretary Tom Hale spoke by phone with Foreign Minister Eli Adler of Israel."
        f" {sentence}\n\nPublication date: March 13, 2024"
    )
    assert readout.date is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # "The call took place on 2 December 2021." dates a call the scene leaves undated
        pytest.param(
            "Secretary Tom Hale spoke by phone with Foreign Minister Eli Adler of Israel. The"
            " call took place on 2 December 2021.",
            dt.date(2021, 12, 2),
            id="the-call-itself",
        ),
        # a headline's range gives way to the date line for "today"
        pytest.param(
            "Visit of Prime Minister of Malaysia to India (August 19-21, 2024)\n\nAugust 20,"
            " 2024\n\nPrime Minister Arjun Rao held talks today with Prime Minister of"
            " Malaysia Hamzah Osman.",
            dt.date(2024, 8, 20),
            id="headline-range-and-date-line",
        ),
        # with no other anchor, a headline's range still gives the year
        pytest.param(
            "Visit of Prime Minister of Malaysia to India (August 19-21, 2024)\n\nPrime"
            " Minister Arjun Rao held talks on August 20 with Prime Minister of Malaysia Hamzah"
            " Osman.",
            dt.date(2024, 8, 20),
            id="headline-range-gives-the-year",
        ),
        # a visit's range gives way to the day a later sentence names for the talks
        pytest.param(
            "From January 26 to 27, 2025, Foreign Secretary Arjun Rao visited China. On"
            " January 27, Vice Foreign Minister Li Wen held talks with him in Beijing.",
            dt.date(2025, 1, 27),
            id="visit-range-then-the-day",
        ),
        # a weekday is the visit's: its Tuesday, not the one before it
        pytest.param(
            "Foreign Minister Anna Weber is visiting India from 3 to 5 October 2022. On"
            " Tuesday, the second day of her visit, she held talks in New Delhi with External"
            " Affairs Minister Arjun Rao.",
            dt.date(2022, 10, 4),
            id="weekday-within-the-visit",
        ),
        # the day right before the verb, not the day of what led to the call
        pytest.param(
            "Bangkok, 12 June 2025\n\nPrime Minister Arjun Rao today held a telephone"
            " conversation with Prime Minister Hamzah Osman following the floods on 9 June.",
            dt.date(2025, 6, 12),
            id="today-before-the-verb",
        ),
        # an opening relative day with its date in brackets
        pytest.param(
            "Bangkok, 12 June 2025\n\nToday (12 June 2025) at 15.00 hrs., Prime Minister"
            " Arjun Rao held a telephone conversation with Prime Minister Hamzah Osman"
            " following the floods on 9 June.",
            dt.date(2025, 6, 12),
            id="opening-today-with-its-date-in-brackets",
        ),
        # a place and date line closed with a full stop
        pytest.param(
            "Mexico City, April 11, 2025.\n\nPresident Ana Ruiz held a telephone conversation"
            " with the Prime Minister of Canada, Mark Ellis.",
            dt.date(2025, 4, 11),
            id="date-line-with-a-full-stop",
        ),
        # a summary with no day over a paragraph that counts the day from the page's
        pytest.param(
            "Defence Secretary meets US counterpart\n\nThe Defence Secretary, Tom Reed MP,"
            " met US Secretary of Defense Ann Cole at the Pentagon.\n\nPublished 20 March"
            " 2025\n\nDefence Secretary Tom Reed has today met his US counterpart, Ann Cole.",
            dt.date(2025, 3, 20),
            id="today-under-a-summary",
        ),
        # a day counted from the date on which the text says it was told
        pytest.param(
            "MANILA – President Jose Reyes and Prime Minister Tom Reed of Australia held a"
            " phone conversation on Friday night, the Palace said on Saturday, February 15,"
            " 2025.",
            dt.date(2025, 2, 14),
            id="day-counted-from-the-date-it-was-told",
        ),
        pytest.param(
            "President Kim Min-su held a phone conversation with Prime Minister Kenji Mori of"
            " Japan last night, the presidential office said on Friday, Nov. 3, 2023.",
            dt.date(2023, 11, 2),
            id="last-night-counted-from-the-date-it-was-told",
        ),
        # talks held over days with no day singled out: the first
        pytest.param(
            "Foreign Minister Anna Weber held talks with External Affairs Minister Arjun Rao in"
            " New Delhi from 3 to 5 October 2022.",
            dt.date(2022, 10, 3),
            id="range-alone",
        ),
    ],
)
def test_the_day_of_the_engagement_among_other_dates(text: str, day: dt.date) -> None:
    """The engagement's day where the text also gives the days of a visit or a headline's
    range."""
    assert readoutmodel.parse(text).date == day


def test_a_closing_line_that_signs_and_dates_is_an_anchor() -> None:
    """ "Department of the Taoiseach, 7 February 2024" under the body dates "this
    evening"; a sentence of the body with a date after a comma is no such line."""
    readout = readoutmodel.parse(
        "The Taoiseach Sean Byrne has this evening spoken with US President Tom Hale by"
        " telephone.\n\nThe two leaders discussed the situation in the Middle East.\n\n"
        "Department of the Taoiseach, 7 February 2024"
    )
    assert readout.date == dt.date(2024, 2, 7)
    body = readoutmodel.parse(
        "The Taoiseach Sean Byrne has this evening spoken with US President Tom Hale.\n\n"
        "Talks held in Rome, 7 May 2024"
    )
    assert body.body is not None
    assert body.text[body.body.start : body.body.end].endswith("Talks held in Rome, 7 May 2024")


def test_a_full_date_of_the_engagement_in_the_second_paragraph_dates_it() -> None:
    """An opening that gives no day and a page that gives none: "In the phone call on
    Tuesday, 1 July 2025, ..." in the next paragraph says when it took place; not where a
    dateline dates the page and a later event is named."""
    readout = readoutmodel.parse(
        "President Reza Karimi has held a telephone conversation with President Anton"
        " Volkov.\n\nIn the phone call on Tuesday, 1 July 2025, the two presidents"
        " discussed the situation in the region."
    )
    assert readout.date == dt.date(2025, 7, 1)
    dated = readoutmodel.parse(
        "TEHRAN, June 28, 2025 -- President Reza Karimi has held a telephone conversation"
        " with President Anton Volkov.\n\nThe two presidents agreed to meet at the summit"
        " on 22 November 2025."
    )
    assert dated.date == dt.date(2025, 6, 28)


def test_a_publisher_under_a_from_label_is_page_chrome() -> None:
    """GOV.UK pages: headline, summary, "From:" over who published it, "Published" over the
    date, then the body; "today" counts from that date, and "Commonwealth" in the
    office's name raises no topic."""
    readout = readoutmodel.parse(
        "Foreign Secretary meets Foreign Minister Li Wen in London\nForeign Secretary Tom"
        " Reed hosted Foreign Minister Li Wen for the Strategic Dialogue.\nFrom:\nForeign,"
        " Commonwealth & Development Office and The Rt Hon Tom Reed MP\nPublished\n13"
        " February 2025\n\nForeign Secretary Tom Reed today welcomed Li Wen to London.\n\nThe"
        " two Ministers agreed to restart the economic dialogue."
    )
    assert readout.date == dt.date(2025, 2, 13)
    assert "multilateral" not in [t.id for t in readout.topics]


def test_a_relative_day_counts_from_the_publication_line_not_the_headlines_date() -> None:
    """ "PM call with X: 7 March 2025" published on the 8th, "last night": the headline's
    date is the call's own, and "last night" was written on the 8th."""
    readout = readoutmodel.parse(
        "PM call with Prime Minister Aoki of Japan: 7 March 2025\nPublished\n8 March 2025\n\n"
        "Prime Minister Tom Reed spoke to Prime Minister Ken Aoki of Japan last night.\n\n"
        "The leaders discussed the situation in the Indo-Pacific."
    )
    assert readout.date == dt.date(2025, 3, 7)


def test_a_closing_sentence_of_the_engagement_itself_dates_an_undated_page() -> None:
    """ "The call took place on ..." at the end dates a page that gives no other date; a
    date a later sentence gives of another event does not."""
    readout = readoutmodel.parse(
        "Secretary Ann Cole spoke yesterday with Prime Minister Ion Rusu.\n\nSecretary Cole"
        " reiterated the commitment of the United States.\n\nPrime Minister Rusu thanked her."
        "\n\nThe call took place on Tuesday, October 22, 2024."
    )
    assert readout.date == dt.date(2024, 10, 22)
    other = readoutmodel.parse(
        "Secretary Ann Cole spoke with Prime Minister Ion Rusu.\n\nSecretary Cole reiterated"
        " the commitment of the United States.\n\nPrime Minister Rusu thanked her.\n\nThey"
        " agreed to meet at the summit on Tuesday, October 22, 2024."
    )
    assert other.date is None


def test_a_full_date_in_the_paragraph_a_leading_line_opens_dates_a_weekday() -> None:
    """ "held on Saturday a call ... The statement reads as follows: / "... held today,
    Saturday 14 October 2023, a call ..."": the statement's full date."""
    readout = readoutmodel.parse(
        "Rabat - King Omar held on Saturday a telephone conversation with Prime Minister Tom"
        " Hale, the Royal Office said in a statement.\n\nThe statement reads as follows:\n\n"
        '"King Omar held today, Saturday 14 October 2023, a telephone conversation with Prime'
        ' Minister Tom Hale.\n\nThe two leaders agreed to meet in Madrid."'
    )
    assert readout.date == dt.date(2023, 10, 14)


def test_a_news_sites_updated_line_with_its_time_dates_the_weekday() -> None:
    """ "Updated 21:14, 08-May-2025" over "on Thursday": the Thursday of that week."""
    readout = readoutmodel.parse(
        "Leaders hold talks in Moscow\n\nUpdated 21:14, 08-May-2025\n\nChinese President Li"
        " Wen held talks with Russian President Ivan Petrov in Moscow on Thursday."
    )
    assert readout.date == dt.date(2025, 5, 8)


@pytest.mark.parametrize("when", ["the March 3 earthquake", "the 3 March earthquake"])
def test_a_date_that_qualifies_another_event_is_not_the_engagements(when: str) -> None:
    """ "condolences for ... the March 3 earthquake": the date is the earthquake's; with
    no day the engagement is told on, the engagement has none."""
    readout = readoutmodel.parse(
        "Readout of President Hale's Call with President Ana Ruiz of Chile\n\nMarch 5, 2025"
        "\n\nPresident Tom Hale spoke with President Ana Ruiz of Chile to express his"
        f" condolences for the loss of life in {when} in the north of the country."
    )
    assert readout.date is None


def test_a_date_after_the_engagement_in_its_own_phrase_still_dates_it() -> None:
    """ "spoke ... on March 3": after a preposition the date is the engagement's."""
    readout = readoutmodel.parse(
        "President Tom Hale spoke with President Ana Ruiz of Chile on March 3, 2025 about"
        " the earthquake."
    )
    assert readout.date == dt.date(2025, 3, 3)


def test_a_date_line_without_its_year_anchors_today_with_the_pages_year() -> None:
    """ "Doha, April 01" over the text and "Published: 2 April 2024" under it: "today" is
    the day of the date line, in the year the page gives."""
    readout = readoutmodel.parse(
        "Doha, April 01\nHis Highness the Amir received a phone call today from President"
        " Tom Hale of Chile.\n\nPublished: 2 April 2024\n"
    )
    assert readout.date == dt.date(2024, 4, 1)


def test_a_date_line_with_the_capitals_country_dates_the_engagement() -> None:
    """ "Nairobi, Kenya, 17 February 2024" on its own line is a capital, its country and
    a date: it dates the talks as "Nairobi, 17 February 2024" does."""
    readout = readoutmodel.parse(
        "Nairobi, Kenya, 17 February 2024\n\nPresident Daniel Kiprop has held talks with"
        " Prime Minister Alemu Tesfaye of Ethiopia."
    )
    assert readout.date == dt.date(2024, 2, 17)
