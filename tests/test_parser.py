"""End to end: :func:`readoutmodel.parse` on whole readouts written in each issuer's style."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import readoutmodel
from readoutmodel import InputTooLargeError, Kind, ParseError, Readout, TimeOfDay, VerbCategory

SKIP = object()
"""An expectation left out: the field is not what the case is about."""

ASSERT = VerbCategory.ASSERT
EMPHASIZE = VerbCategory.EMPHASIZE
STANCE = VerbCategory.STANCE
AGREE = VerbCategory.AGREE
DISCUSS = VerbCategory.DISCUSS
INFORM = VerbCategory.INFORM
COURTESY = VerbCategory.COURTESY
REQUEST = VerbCategory.REQUEST

BIDEN = "Joseph R. Biden, Jr."

# Each readout: what a careful reader finds in it, field by field (see GUIDELINES).
# A statement is (speakers, verb, category, the first words of each sentence it covers).
EXPECTED: dict[str, dict[str, Any]] = {
    "cn_mfa_phone": {
        "title": "Li Qiang Holds Telephone Talks at Request with Prime Minister Anthony Albanese"
        " of Australia",
        "date": dt.date(2024, 2, 6),
        "kind": Kind.PHONE_CALL,
        "initiator": "Anthony Albanese",
        "participants": [
            ("Li Qiang", "Premier", "CN"),
            ("Anthony Albanese", "Prime Minister", "AU"),
        ],
        "statements": [
            (
                ("Li Qiang",),
                "noted",
                ASSERT,
                ["Li Qiang noted, China", "A healthy and stable", "China is ready to work"],
            ),
            (
                ("Anthony Albanese",),
                "said",
                ASSERT,
                ["Anthony Albanese said that", "The Australian side is willing"],
            ),
            (
                ("Li Qiang",),
                "stressed",
                EMPHASIZE,
                ["Li Qiang stressed, the two", "History has shown"],
            ),
            (("Li Qiang", "Anthony Albanese"), "exchanged views", DISCUSS, ["The two sides also"]),
        ],
    },
    "cn_xinhua_meeting": {
        "title": "Xi meets Serbian president, calls for deeper ironclad friendship",
        "date": dt.date(2024, 5, 8),
        "kind": Kind.MEETING,
        "initiator": None,
        "participants": [
            ("Xi Jinping", "President", "CN"),
            ("Aleksandar Vucic", "President", "RS"),
        ],
        "statements": [
            (("Xi Jinping",), "said", ASSERT, ["Xi said that China and Serbia"]),
            (("Xi Jinping",), "said", ASSERT, ["The two countries should deepen"]),
            (("Aleksandar Vucic",), "said", ASSERT, ["Noting that China is Serbia's"]),
            (("Aleksandar Vucic",), "said", ASSERT, ['"Serbia will always be']),
        ],
    },
    "us_whitehouse_call": {
        "title": "Readout of President Biden's Call with Prime Minister Mark Rutte"
        " of the Netherlands",
        "date": dt.date(2023, 3, 14),
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [
            (BIDEN, "President", "US"),
            ("Mark Rutte", "Prime Minister", "NL"),
        ],
        "statements": [
            ((BIDEN, "Mark Rutte"), "discuss", DISCUSS, ["President Joseph R. Biden, Jr. spoke"]),
            ((BIDEN,), "thanked", COURTESY, ["The President thanked the Prime"]),
            ((BIDEN, "Mark Rutte"), "reviewed", DISCUSS, ["The leaders reviewed efforts"]),
            ((BIDEN, "Mark Rutte"), "discussed", DISCUSS, ["They also discussed preparations"]),
            ((BIDEN,), "underscored", EMPHASIZE, ["President Biden underscored that"]),
        ],
    },
    "us_state_meeting": {
        "title": "Secretary Blinken's Meeting with Indian External Affairs Minister Jaishankar",
        "date": dt.date(2023, 9, 27),
        "kind": Kind.MEETING,
        "initiator": None,
        "participants": [
            ("Antony J. Blinken", "Secretary of State", "US"),
            ("S. Jaishankar", "External Affairs Minister", "IN"),
        ],
        "statements": [
            (("Antony J. Blinken",), "welcomed", STANCE, ["The Secretary welcomed the progress"]),
            (
                ("Antony J. Blinken", "S. Jaishankar"),
                "discussed",
                DISCUSS,
                ["Secretary Blinken and External Affairs"],
            ),
            (("Antony J. Blinken",), "emphasized", EMPHASIZE, ["The Secretary emphasized the"]),
        ],
    },
    "us_reprint_call": {
        "title": "Readout of Vice President Harris's Call with President Bernardo Arévalo"
        " of Guatemala",
        "date": dt.date(2024, 1, 16),
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [
            ("Kamala Harris", "Vice President", "US"),
            ("Bernardo Arévalo", "President", "GT"),
        ],
        "statements": [
            (("Kamala Harris",), "congratulated", COURTESY, ["The Vice President congratulated"]),
            (
                ("Kamala Harris", "Bernardo Arévalo"),
                "discussed",
                DISCUSS,
                ["The two leaders discussed efforts"],
            ),
            (("Kamala Harris",), "looked forward to", STANCE, ["The Vice President looked"]),
        ],
    },
    "ru_kremlin_call": {
        "title": "Telephone conversation with President of France Emmanuel Macron",
        "date": dt.date(2022, 3, 3),  # the date line, the time and the place under the headline
        "kind": Kind.PHONE_CALL,
        "initiator": "Emmanuel Macron",
        "participants": [
            ("Emmanuel Macron", "President", "FR"),
            ("Vladimir Putin", "President", "RU"),
        ],
        "statements": [
            (("Vladimir Putin",), "set out", INFORM, ["The President of Russia set out"]),
            (("Vladimir Putin",), "stressed", EMPHASIZE, ["He stressed that the goals"]),
            (("Emmanuel Macron",), "expressed", STANCE, ["Emmanuel Macron expressed concern"]),
            (
                ("Emmanuel Macron", "Vladimir Putin"),
                "agreed",
                AGREE,
                ["The two leaders agreed to continue"],
            ),
        ],
    },
    "ru_tass_call": {
        "title": None,
        "date": dt.date(2024, 7, 12),
        "kind": Kind.PHONE_CALL,
        "initiator": "Viktor Orban",
        "participants": [
            ("Vladimir Putin", "President", "RU"),
            ("Viktor Orban", "Prime Minister", "HU"),
        ],
        "statements": [
            (
                ("Vladimir Putin", "Viktor Orban"),
                "discussed",
                DISCUSS,
                ["Russian President Vladimir Putin and"],
            ),
            (("Viktor Orban",), "informed", INFORM, ["According to the Kremlin, Orban"]),
            (("Vladimir Putin",), "noted", ASSERT, ["Putin noted that the Kiev"]),
            (
                ("Vladimir Putin", "Viktor Orban"),
                "exchanged views",
                DISCUSS,
                ["The two leaders also exchanged"],
            ),
        ],
    },
    "gb_downing_call": {
        "title": "PM call with Prime Minister Kishida: 7 March 2023",
        "date": dt.date(2023, 3, 7),
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [
            ("Rishi Sunak", "Prime Minister", "GB"),
            ("Fumio Kishida", "Prime Minister", "JP"),
        ],
        "statements": [
            (("Rishi Sunak",), "congratulated", COURTESY, ["The Prime Minister congratulated"]),
            (("Rishi Sunak", "Fumio Kishida"), "discussed", DISCUSS, ["The leaders discussed the"]),
            (("Fumio Kishida",), "thanked", COURTESY, ["Prime Minister Kishida thanked"]),
            (("Rishi Sunak", "Fumio Kishida"), "agreed", AGREE, ["They agreed to stay"]),
        ],
    },
    "in_mea_call": {
        "title": "Telephone conversation between Prime Minister and the President of the Republic"
        " of Indonesia",
        "date": dt.date(2023, 3, 12),
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [
            ("Narendra Modi", "Prime Minister", "IN"),
            ("Joko Widodo", "President", "ID"),
        ],
        "statements": [
            (("Narendra Modi", "Joko Widodo"), "reviewed", DISCUSS, ["The two leaders reviewed"]),
            (("Narendra Modi",), "conveyed", INFORM, ["Prime Minister conveyed his best"]),
            (("Joko Widodo",), "thanked", COURTESY, ["President Widodo thanked the"]),
            (("Narendra Modi", "Joko Widodo"), "agreed", AGREE, ["The leaders agreed to remain"]),
        ],
    },
    "fr_elysee_call": {
        "title": "Telephone conversation between the President of the Republic and the Prime"
        " Minister of India",
        "date": dt.date(2023, 7, 14),
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [
            ("Emmanuel Macron", "President of the Republic", "FR"),
            ("Narendra Modi", "Prime Minister", "IN"),
        ],
        "statements": [
            (
                ("Emmanuel Macron", "Narendra Modi"),
                "welcomed",
                STANCE,
                ["The two leaders welcomed"],
            ),
            # "The President of the Republic" is the speaker, not a person named "Republic"
            (("Emmanuel Macron",), "reaffirmed", EMPHASIZE, ["The President of the Republic"]),
            (
                ("Emmanuel Macron", "Narendra Modi"),
                "discussed",
                DISCUSS,
                ["They discussed the war"],
            ),
            (("Emmanuel Macron",), "stressed", EMPHASIZE, ["Emmanuel Macron stressed"]),
            (("Narendra Modi",), "thanked", COURTESY, ["The Prime Minister thanked"]),
        ],
    },
    "kr_president_call": {
        "title": "President Yoon Suk Yeol Holds Phone Talks with Japanese Prime Minister Kishida",
        "date": dt.date(2023, 3, 3),
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [
            ("Yoon Suk Yeol", "President", "KR"),
            ("Fumio Kishida", "Prime Minister", "JP"),
        ],
        "statements": [
            (("Yoon Suk Yeol",), "said", ASSERT, ["President Yoon said that"]),
            (("Fumio Kishida",), "responded", ASSERT, ["Prime Minister Kishida responded"]),
            (
                ("Yoon Suk Yeol", "Fumio Kishida"),
                "condemned",
                STANCE,
                ["The two leaders condemned"],
            ),
            (("Yoon Suk Yeol",), "invited", REQUEST, ["President Yoon also invited"]),
        ],
    },
    # page chrome around the readout; an abbreviated given name ("Ma.") ends no sentence;
    # "Foreign Ministers'" in the headline are both sides, not a third principal
    "jp_mofa_page": {
        "title": "Japan-Philippines Foreign Ministers' Telephone Talk",
        "date": dt.date(2025, 10, 3),
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [
            ("MOTEGI Toshimitsu", "Minister for Foreign Affairs", "JP"),
            ("Ma. Theresa P. Lazaro", "Secretary of Foreign Affairs", "PH"),
        ],
        "statements": [
            (("MOTEGI Toshimitsu",), "expressed", STANCE, ["Minister Motegi expressed"]),
            (("Ma. Theresa P. Lazaro",), "expressed", STANCE, ["Secretary Lazaro expressed"]),
            (
                ("MOTEGI Toshimitsu", "Ma. Theresa P. Lazaro"),
                "exchanged views",
                DISCUSS,
                ["The two ministers also"],
            ),
        ],
    },
    # the publisher's name ("U.S. Department of State") is no headline, the "Readout"
    # label under the headline is not part of it; "Also discussed were ..." is joint
    "us_state_page": {
        "title": "Deputy Secretary Landau's Call with Egyptian Foreign Minister Abdelatty",
        "date": dt.date(2025, 9, 18),
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [
            ("Christopher Landau", "Deputy Secretary of State", "US"),
            ("Badr Abdelatty", "Foreign Minister", "EG"),
        ],
        "statements": [
            (("Christopher Landau",), "thanked", COURTESY, ["The Deputy Secretary thanked"]),
            (
                ("Christopher Landau", "Badr Abdelatty"),
                "discussed",
                DISCUSS,
                ["Also discussed were"],
            ),
        ],
    },
    "pk_pmo_call": {
        "title": "PRIME MINISTER SPEAKS WITH PRESIDENT OF TURKIYE",
        "date": dt.date(2023, 2, 10),
        "kind": Kind.PHONE_CALL,
        "initiator": "Muhammad Shehbaz Sharif",
        "participants": [
            ("Muhammad Shehbaz Sharif", "Prime Minister", "PK"),
            ("Recep Tayyip Erdogan", "President", "TR"),
        ],
        "statements": [
            (("Muhammad Shehbaz Sharif",), "express", STANCE, ["Prime Minister Muhammad Shehbaz"]),
            (("Muhammad Shehbaz Sharif",), "conveyed", INFORM, ["The Prime Minister conveyed"]),
            (("Muhammad Shehbaz Sharif",), "affirmed", EMPHASIZE, ["The Prime Minister affirmed"]),
            (("Recep Tayyip Erdogan",), "thanked", COURTESY, ["President Erdogan thanked"]),
            (
                ("Muhammad Shehbaz Sharif", "Recep Tayyip Erdogan"),
                "agreed",
                AGREE,
                ["The two leaders agreed"],
            ),
        ],
    },
    "it_chigi_call": {
        "title": "President Meloni's telephone conversation with President Zelensky",
        "date": dt.date(2023, 6, 5),
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [
            ("Giorgia Meloni", "President of the Council of Ministers", "IT"),
            ("Volodymyr Zelensky", "President", "UA"),
        ],
        "statements": [
            (("Giorgia Meloni",), "reiterated", EMPHASIZE, ["President Meloni reiterated"]),
            (("Giorgia Meloni", "Volodymyr Zelensky"), "discussed", DISCUSS, ["The two leaders"]),
            # the sentence before ends with a name of a conference: no mention runs over it
            (("Volodymyr Zelensky",), "thanked", COURTESY, ["President Zelensky thanked"]),
        ],
    },
    "tr_directorate_call": {
        "title": "President Erdoğan holds a phone call with President Putin",
        "date": dt.date(2024, 6, 3),
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        # the Directorate of Communications passes the readout on and takes no part
        "participants": [
            ("Recep Tayyip Erdoğan", "President", "TR"),
            ("Vladimir Putin", "President", "RU"),
        ],
        "statements": [
            (("Recep Tayyip Erdoğan",), "stated", ASSERT, ["During the call, President"]),
            (("Recep Tayyip Erdoğan",), "said", ASSERT, ['"A just peace can be']),
            (("Vladimir Putin",), "briefed", INFORM, ["President Putin, for his part"]),
        ],
    },
    "jp_mofa_call": {
        "title": "Japan-Canada Summit Telephone Talk",
        "date": dt.date(2023, 3, 9),
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [
            ("KISHIDA Fumio", "Prime Minister", "JP"),
            ("Justin Trudeau", "Prime Minister", "CA"),
        ],
        "statements": [
            (("KISHIDA Fumio",), "stated", ASSERT, ["Prime Minister Kishida stated that"]),
            (("Justin Trudeau",), "expressed", STANCE, ["In response, Prime Minister Trudeau"]),
            (
                ("KISHIDA Fumio", "Justin Trudeau"),
                "exchanged views",
                DISCUSS,
                ["The two leaders exchanged views"],
            ),
        ],
    },
    "ca_pmo_call": {
        "title": "Prime Minister Justin Trudeau speaks with Prime Minister of Poland Donald Tusk",
        "date": dt.date(2024, 2, 15),
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [
            ("Justin Trudeau", "Prime Minister", "CA"),
            ("Donald Tusk", "Prime Minister", "PL"),
        ],
        "statements": [
            (("Justin Trudeau",), "congratulate", COURTESY, ["Today, Prime Minister Justin"]),
            (("Justin Trudeau", "Donald Tusk"), "discussed", DISCUSS, ["The Prime Minister and"]),
            (("Justin Trudeau",), "highlighted", EMPHASIZE, ["Prime Minister Trudeau highlighted"]),
            (("Justin Trudeau",), "noted", ASSERT, ["He noted that Canada"]),
            (("Donald Tusk",), "thanked", COURTESY, ["Prime Minister Tusk thanked"]),
            (("Justin Trudeau", "Donald Tusk"), "agreed", AGREE, ["The leaders agreed to keep"]),
        ],
    },
    "tr_anadolu_video": {
        "title": "Turkish president, Italian prime minister hold video call",
        "date": None,  # "on Monday", and nothing in the text dates it
        "kind": Kind.VIDEO_CALL,
        "initiator": None,
        "participants": [
            ("Recep Tayyip Erdogan", "President", "TR"),
            ("Giorgia Meloni", "Prime Minister", "IT"),
        ],
        "statements": [
            (
                ("Recep Tayyip Erdogan", "Giorgia Meloni"),
                "discussed",
                DISCUSS,
                ["Turkish President Recep Tayyip Erdogan"],
            ),
            (("Recep Tayyip Erdogan",), "said", ASSERT, ["Erdogan said that Türkiye"]),
            (("Recep Tayyip Erdogan",), "said", ASSERT, ["Stressing the importance of"]),
            (("Giorgia Meloni",), "thanked", COURTESY, ["Meloni thanked Erdogan"]),
        ],
    },
    "il_pmo_call": {
        "title": "PM Netanyahu Speaks with Greek Prime Minister Mitsotakis",
        "date": dt.date(2024, 2, 11),
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [
            ("Benjamin Netanyahu", "Prime Minister", "IL"),
            ("Kyriakos Mitsotakis", "Prime Minister", "GR"),
        ],
        "statements": [
            (("Benjamin Netanyahu",), "thanked", COURTESY, ["Prime Minister Netanyahu thanked"]),
            (
                ("Benjamin Netanyahu", "Kyriakos Mitsotakis"),
                "discussed",
                DISCUSS,
                ["The two leaders discussed"],
            ),
            (
                ("Kyriakos Mitsotakis",),
                "stressed",
                EMPHASIZE,
                ["Prime Minister Mitsotakis stressed"],
            ),
        ],
    },
    "ae_wam_call": {
        "title": None,
        "date": dt.date(2024, 3, 4),
        "kind": Kind.PHONE_CALL,
        "initiator": "Cyril Ramaphosa",
        "participants": [
            ("Sheikh Mohamed bin Zayed Al Nahyan", "President", "AE"),
            ("Cyril Ramaphosa", "President", "ZA"),
        ],
        "statements": [
            (
                ("Sheikh Mohamed bin Zayed Al Nahyan", "Cyril Ramaphosa"),
                "discussed",
                DISCUSS,
                ["President His Highness Sheikh Mohamed"],
            ),
            (
                ("Sheikh Mohamed bin Zayed Al Nahyan", "Cyril Ramaphosa"),
                "exchanged views",
                DISCUSS,
                ["The two leaders also exchanged"],
            ),
            (
                ("Cyril Ramaphosa",),
                "congratulated",
                COURTESY,
                ["President Ramaphosa congratulated"],
            ),
        ],
    },
    "eu_commission_call": {
        "title": "Readout of the phone call between President von der Leyen"
        " and Prime Minister Modi",
        "date": dt.date(2024, 6, 10),
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [
            ("Ursula von der Leyen", "President", "EU"),
            ("Narendra Modi", "Prime Minister", "IN"),
        ],
        "statements": [
            (("Ursula von der Leyen",), "congratulated", COURTESY, ["The President congratulated"]),
            (("Ursula von der Leyen",), "welcomed", STANCE, ["She welcomed the launch"]),
            (("Narendra Modi",), "thanked", COURTESY, ["Prime Minister Modi thanked"]),
            (
                ("Ursula von der Leyen", "Narendra Modi"),
                "agreed",
                AGREE,
                ["The two leaders agreed to meet"],
            ),
        ],
    },
    "un_sg_call": {
        "title": "Readout of the Secretary-General's call with President William Ruto of Kenya",
        "date": dt.date(2023, 10, 2),
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        # the Secretary-General is never named: only the office is known
        "participants": [
            (SKIP, "Secretary-General", "UN"),
            ("William Ruto", "President", "KE"),
        ],
        "statements": SKIP,
    },
}


def _statements(readout: Readout) -> list[tuple[tuple[str, ...], str, VerbCategory, list[str]]]:
    text = readout.text
    return [
        (
            tuple(p.name for p in s.speakers),
            s.verb,
            s.category,
            [" ".join(text[x.start : x.end].split()) for x in s.sentences],
        )
        for s in readout.statements
    ]


def _matches(found: list[tuple[Any, ...]], expected: list[tuple[Any, ...]]) -> bool:
    if len(found) != len(expected):
        return False
    for (speakers, verb, category, sentences), (e_speakers, e_verb, e_category, e_anchors) in zip(
        found, expected, strict=True
    ):
        if (speakers, verb, category) != (e_speakers, e_verb, e_category):
            return False
        if len(sentences) != len(e_anchors):
            return False
        if not all(s.startswith(a) for s, a in zip(sentences, e_anchors, strict=True)):
            return False
    return True


def _having(field: str) -> list[str]:
    return sorted(name for name, fields in EXPECTED.items() if fields[field] is not SKIP)


class TestInventedReadouts:
    """Each invented readout parses to what a careful reader finds in it."""

    @pytest.mark.parametrize("name", _having("title"))
    def test_title(self, name: str, load_readout: Callable[[str], str]) -> None:
        """The headline is found as written, or None when the text has none."""
        expected = EXPECTED[name]["title"]
        assert readoutmodel.parse(load_readout(name)).title == expected

    @pytest.mark.parametrize("name", _having("date"))
    def test_date(self, name: str, load_readout: Callable[[str], str]) -> None:
        """The engagement's date is read, or resolved against a date the text gives."""
        assert readoutmodel.parse(load_readout(name)).date == EXPECTED[name]["date"]

    @pytest.mark.parametrize("name", _having("kind"))
    def test_kind(self, name: str, load_readout: Callable[[str], str]) -> None:
        """The kind of engagement is read from the headline and the scene."""
        assert readoutmodel.parse(load_readout(name)).kind is EXPECTED[name]["kind"]

    @pytest.mark.parametrize("name", _having("initiator"))
    def test_initiator(self, name: str, load_readout: Callable[[str], str]) -> None:
        """The initiator is the participant whose side asked, or None when the text is silent."""
        readout = readoutmodel.parse(load_readout(name))
        found = readout.initiator.name if readout.initiator is not None else None
        assert found == EXPECTED[name]["initiator"]

    @pytest.mark.parametrize("name", _having("participants"))
    def test_participants(self, name: str, load_readout: Callable[[str], str]) -> None:
        """The principals come in the order first named, with name, office and country."""
        readout = readoutmodel.parse(load_readout(name))
        expected = EXPECTED[name]["participants"]
        found = [(p.name, p.title, p.country) for p in readout.participants]
        assert len(found) == len(expected), found
        for person, wanted in zip(found, expected, strict=True):
            assert all(w is SKIP or f == w for f, w in zip(person, wanted, strict=True)), found

    @pytest.mark.parametrize("name", _having("statements"))
    def test_statements(self, name: str, load_readout: Callable[[str], str]) -> None:
        """Every attribution is a statement with its speakers, verb, category and sentences."""
        found = _statements(readoutmodel.parse(load_readout(name)))
        assert _matches(found, EXPECTED[name]["statements"]), found

    @pytest.mark.parametrize("name", sorted(EXPECTED))
    def test_spans_point_into_the_text(self, name: str, load_readout: Callable[[str], str]) -> None:
        """Every span of the result lies inside the text, and each sentence inside its statement."""
        text = load_readout(name)
        readout = readoutmodel.parse(text)
        assert readout.text is text
        assert readout.body is not None
        assert readout.body.end <= len(text)
        for statement in readout.statements:
            assert readout.body.contains(statement.span)
            assert all(statement.span.contains(s) for s in statement.sentences)
            assert statement.span.of(text).startswith(statement.sentences[0].of(text))
            assert set(statement.speakers) <= set(readout.participants)


class TestIssuer:
    """The government that published a readout."""

    @pytest.mark.parametrize(
        ("name", "issuer"),
        [
            ("kr_president_call", "KR"),  # the scene's subject, nothing else marks it
            ("gb_downing_press", "GB"),  # "The Prime Minister spoke to ..."
            ("jp_mofa_call", "JP"),
            ("ru_kremlin_call", "RU"),
            ("pk_pmo_call", "PK"),  # the dateline's city
            ("eu_commission_call", "EU"),  # the page's marks
            ("us_state_page", "US"),
        ],
    )
    def test_issuer(self, name: str, issuer: str, load_readout: Callable[[str], str]) -> None:
        """Marks on the page decide; else the country of whom the scene names first."""
        assert readoutmodel.parse(load_readout(name)).issuer == issuer

    def test_no_telling_whose(self) -> None:
        """An office that two participants hold tells no issuer."""
        text = "The President spoke with President Ana Ruiz of Peru and President Lee of Korea."
        assert readoutmodel.parse(text).issuer is None

    def test_the_office_of_the_one_known_by_office_alone(self) -> None:
        """ "The Prime Minister welcomed Prime Minister X": the subject is the principal
        the text never names, whose country the body gives."""
        text = (
            "PM meeting with Prime Minister of Malta\n\nThe Prime Minister welcomed Prime"
            " Minister Carmel Vella to Downing Street today. The leaders discussed the deep"
            " ties between the UK and Malta, and the Prime Minister reiterated the UK's support"
            " for Ukraine."
        )
        readout = readoutmodel.parse(text)
        assert [(p.name, p.country) for p in readout.participants] == [
            ("Prime Minister", "GB"),
            ("Carmel Vella", "MT"),
        ]
        assert readout.issuer == "GB"


class TestAliases:
    """A participant's aliases and mentions are the ways the text names that person."""

    TEXT = (
        "Readout of President Lena Hart's Call with Prime Minister Omar Said of Jordan\n\n"
        "President Hart spoke with Prime Minister Omar Said of Jordan today. The call focused"
        " on regional security. The President's team will follow up. The leaders agreed to"
        " meet in Washington.\n"
    )

    def test_a_possessive_is_not_part_of_the_name(self) -> None:
        """ "President Lena Hart's" names her as "President Lena Hart"."""
        hart = readoutmodel.parse(self.TEXT).participant("Lena Hart")
        assert "President Lena Hart" in hart.aliases
        assert not any(alias.endswith(("'s", "’s")) for alias in hart.aliases)
        assert not any(self.TEXT[m.start : m.end].endswith("'s") for m in hart.mentions)

    def test_the_engagement_names_no_one(self) -> None:
        """ "The call focused on ..." is a joint statement, but "The call" is no alias."""
        readout = readoutmodel.parse(self.TEXT)
        focused = next(s for s in readout.statements if s.verb == "focused on")
        assert len(focused.speakers) == 2
        for person in readout.participants:
            assert "The call" not in person.aliases
            assert "The leaders" in person.aliases


EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "readout.txt"


class TestExample:
    """The example readout shipped for the README parses fully right."""

    def test_example(self) -> None:
        """Every field of the README's example is what a reader finds in it."""
        readout = readoutmodel.parse(EXAMPLE.read_text(encoding="utf-8"))
        assert readout.title == (
            "Xi Jinping Holds Telephone Talks at Request with President Yoon Suk Yeol"
            " of the Republic of Korea"
        )
        assert readout.date == dt.date(2023, 11, 21)
        assert readout.time_of_day is TimeOfDay.EVENING
        assert readout.kind is Kind.PHONE_CALL
        assert readout.initiator is not None
        assert readout.initiator.name == "Yoon Suk Yeol"
        assert [(p.name, p.title, p.country) for p in readout.participants] == [
            ("Xi Jinping", "President", "CN"),
            ("Yoon Suk Yeol", "President", "KR"),
        ]
        expected = [
            (
                ("Yoon Suk Yeol",),
                "said",
                ASSERT,
                ["Yoon Suk Yeol said, the", "Trade between the two", "The Korean side hopes"],
            ),
            (
                ("Xi Jinping",),
                "pointed out",
                ASSERT,
                ["Xi Jinping pointed out", "Over the past 31", "China is willing"],
            ),
            (
                ("Xi Jinping",),
                "stressed",
                EMPHASIZE,
                ["Xi Jinping stressed", "Industrial and supply", "China welcomes more"],
            ),
            (
                ("Xi Jinping", "Yoon Suk Yeol"),
                "exchanged views",
                DISCUSS,
                ["The two heads of state also"],
            ),
            (("Xi Jinping",), "noted", ASSERT, ["Xi Jinping noted", "The parties concerned"]),
        ]
        found = _statements(readout)
        assert _matches(found, expected), found
        assert {"trade", "korean_peninsula"} <= {t.id for t in readout.topics}


class TestOddDocuments:
    """Truncated, mixed and unusual documents still parse into a readout."""

    def test_truncated_readout(self, load_readout: Callable[[str], str]) -> None:
        """A capture that stops mid-sentence keeps its participants and statements."""
        readout = readoutmodel.parse(load_readout("truncated_call"))
        assert [p.name for p in readout.participants] == [BIDEN, "Yoon Suk Yeol"]
        assert [(s.verb, len(s.speakers)) for s in readout.statements] == [
            ("condemned", 2),
            ("reaffirmed", 1),
        ]

    def test_two_readouts_on_one_page(self, load_readout: Callable[[str], str]) -> None:
        """A page with two readouts is read from its first: headline, date and principals."""
        readout = readoutmodel.parse(load_readout("mixed_two_readouts"))
        assert readout.title == "Prime Minister Albanese's call with President Marcos"
        assert readout.date == dt.date(2024, 1, 9)
        assert [p.name for p in readout.participants][:1] == ["Anthony Albanese"]
        assert readout.statements[0].verb == "reaffirmed"

    @pytest.mark.parametrize(
        "text",
        [
            "",
            "   \n\n  ",
            "Hello.",
            "12345",
            "\x00\x01 binary junk \x7f",
            "Readout of the call\n\n",
            "ÜÖÄ ééé 中文",
            "The President spoke.",
            "\ufeffPresident Joe Biden spoke today with Prime Minister Keir Starmer. The leaders"
            " discussed Ukraine.",
            "A" * 20_000,
            "President " * 2_000,
            "“" * 500 + "said" + "”" * 500,
            "\r\n".join(["The leaders agreed."] * 300),
        ],
    )
    def test_any_string_parses(self, text: str) -> None:
        """Any string gives a Readout whose spans lie inside the text."""
        readout = readoutmodel.parse(text)
        assert isinstance(readout, Readout)
        assert readout.text == text
        size = len(text)
        for span in (readout.body, readout.title_span, readout.date_span):
            assert span is None or span.end <= size
        assert all(s.span.end <= size for s in readout.statements)

    @pytest.mark.parametrize(
        ("text", "codes"),
        [
            ("", {"no-body", "no-participants", "no-date"}),
            ("Hello there, nothing here at all.", {"no-participants", "no-date"}),
            ("The President spoke.", {"unnamed-participant", "no-date"}),
            (
                "President Joe Biden spoke today with Prime Minister Keir Starmer. The leaders"
                " discussed Ukraine.",
                {"date-unresolved"},
            ),
        ],
    )
    def test_diagnostics_say_what_is_missing(self, text: str, codes: set[str]) -> None:
        """What cannot be established is reported as diagnostics, not raised."""
        readout = readoutmodel.parse(text)
        assert codes <= {d.code for d in readout.diagnostics}

    def test_readout_is_immutable(self) -> None:
        """The parsed readout is frozen."""
        readout = readoutmodel.parse("President Joe Biden spoke with Chancellor Olaf Scholz.")
        with pytest.raises(AttributeError):
            readout.title = "changed"  # type: ignore[misc]


class TestArguments:
    """What parse accepts, and how it refuses the rest."""

    @pytest.mark.parametrize(
        ("value", "type_name"),
        [
            (b"President Xi Jinping spoke.", "bytes"),
            (None, "NoneType"),
            (42, "int"),
            (["President Xi Jinping spoke."], "list"),
            (Path("readout.txt"), "PosixPath"),
        ],
    )
    def test_non_str_raises_type_error(self, value: object, type_name: str) -> None:
        """A non-str argument raises TypeError naming its type."""
        with pytest.raises(TypeError, match=type_name):
            readoutmodel.parse(value)  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        ("text", "missing"),
        [
            ("Hello there, nothing here at all.", ("date", "participants", "statements")),
            (
                "President Joe Biden spoke with Prime Minister Keir Starmer. The leaders discussed"
                " Ukraine.",
                ("date",),
            ),
            (
                "On 3 March 2025, President Joe Biden spoke with Prime Minister Keir Starmer"
                " about Ukraine.",
                ("statements",),
            ),
        ],
    )
    def test_strict_names_what_is_missing(self, text: str, missing: tuple[str, ...]) -> None:
        """In strict mode a readout lacking a date, participants or statements raises ParseError."""
        with pytest.raises(ParseError) as caught:
            readoutmodel.parse(text, strict=True)
        assert caught.value.missing == missing
        for name in missing:
            assert name in str(caught.value)
        assert isinstance(caught.value, ValueError)

    def test_strict_passes_a_complete_readout(self, load_readout: Callable[[str], str]) -> None:
        """A readout with date, participants and statements parses in strict mode."""
        text = load_readout("cn_mfa_phone")
        assert readoutmodel.parse(text, strict=True) == readoutmodel.parse(text)

    def test_too_long_raises(self) -> None:
        """A text longer than max_chars raises InputTooLargeError with size and limit."""
        with pytest.raises(InputTooLargeError) as caught:
            readoutmodel.parse("x" * 101, max_chars=100)
        assert (caught.value.size, caught.value.limit) == (101, 100)
        assert isinstance(caught.value, ValueError)

    def test_parse_is_deterministic(self, load_readout: Callable[[str], str]) -> None:
        """Parsing the same text twice gives equal readouts."""
        text = load_readout("us_whitehouse_call")
        assert readoutmodel.parse(text) == readoutmodel.parse(text)


def test_an_agency_opening_a_dateline_is_the_issuer_and_no_participant() -> None:
    """ "Xinhua, Hanoi, April 14, 2025 --": the agency marks China as the issuer, and is
    no one who took part."""
    readout = readoutmodel.parse(
        "Xinhua, Hanoi, April 14, 2025 -- President Zhao Ming held talks with Vietnamese leader"
        " Tran Duc Minh in Hanoi on Monday.\n\nZhao said the two sides should carry forward"
        " their friendship."
    )
    assert readout.issuer == "CN"
    assert [p.name for p in readout.participants] == ["Zhao Ming", "Tran Duc Minh"]
    assert readout.date == dt.date(2025, 4, 14)


def test_a_name_without_its_kept_style_is_no_alias_of_its_own() -> None:
    """Where zero-width spaces split a name and its style ("Zayed\\u200b Al Nahyan",
    "S\\u200bheikh"), the name given without "Sheikh" is the participant's name, not one
    of its aliases as well."""
    text = (
        "ABU DHABI, 13th Jan, 2020 (WAM) -- His Highness Sheikh Hamad bin Saif\u200b Al Falasi,"
        " Crown Prince of Abu Dhabi, today received a phone call from German Chancellor Anna"
        " Berg.\n\nHis Highness S\u200bheikh Hamad bin Saif and Berg reviewed regional"
        " developments.\n\nDuring the call, Sheikh Hamad and Chancellor Berg stressed the need"
        " for calm."
    )
    readout = readoutmodel.parse(text)
    for person in readout.participants:
        assert person.name not in person.aliases
        surfaces = {" ".join(m.of(text).split()) for m in person.mentions}
        assert set(person.aliases) == surfaces - {person.name}
