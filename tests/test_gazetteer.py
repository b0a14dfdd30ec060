"""The gazetteer: the country of an office holder the text names without one."""

from __future__ import annotations

import pytest

import readoutmodel
from readoutmodel.gazetteer import Gazetteer, gazetteer_for
from readoutmodel.patterns import Grammar
from readoutmodel.vocab import Person


@pytest.fixture(scope="module")
def gazetteer(grammar: Grammar) -> Gazetteer:
    return gazetteer_for(grammar.vocabulary, grammar.words.name_noise, grammar.words.patronymics)


def _countries(people: tuple[Person, ...]) -> set[str]:
    return {p.country for p in people}


@pytest.mark.parametrize(
    ("name", "known"),
    [
        ("Emmanuel Macron", True),
        ("Erdogan", True),  # without its diacritic
        ("ERDOĞAN", True),
        ("Zorvalo Quentarik", False),
        ("", False),
    ],
)
def test_may_know_rules_out_names_with_no_known_word(
    gazetteer: Gazetteer, name: str, known: bool
) -> None:
    """The quick test says no only where :meth:`find` would find no one."""
    assert gazetteer.may_know(name) is known
    if not known:
        assert gazetteer.find(name) == ()


class TestFind:
    @pytest.mark.parametrize(
        ("name", "country"),
        [
            ("Joe Biden", "US"),
            ("Joseph R. Biden, Jr.", "US"),
            ("Kishida Fumio", "JP"),
            ("Fumio Kishida", "JP"),
            ("Recep Tayyip Erdogan", "TR"),
            ("Recep Tayyip Erdoğan", "TR"),
            ("Biden", "US"),
            ("习近平", "CN"),
        ],
    )
    def test_a_name_finds_its_country(self, gazetteer: Gazetteer, name: str, country: str) -> None:
        """Every form of a name, diacritics or not, finds the same office holder."""
        assert _countries(gazetteer.find(name)) == {country}

    def test_a_family_name_of_several_gives_no_one(self, gazetteer: Gazetteer) -> None:
        """ "Li" alone could be many people."""
        assert len(gazetteer.find("Li")) != 1
        assert gazetteer.person(["Li"]) is None

    def test_every_name_of_a_principal_narrows_who_it_is(self, gazetteer: Gazetteer) -> None:
        """A family name two office holders share is settled by a fuller name the text
        gives the same person; names that point at different people settle nothing."""
        assert len(gazetteer.find("Harris", 2023)) > 1
        person = gazetteer.person(["Harris", "Kamala Harris"], 2023)
        assert person is not None
        assert person.country == "US"
        assert gazetteer.person(["Kamala Harris", "Emmanuel Macron"], 2023) is None
        assert gazetteer.person(["Kamala Harris", "Freya Nobody"], 2023) == person

    def test_the_office_the_text_gives_tells_two_holders_of_a_name_apart(
        self, gazetteer: Gazetteer
    ) -> None:
        """ "Vice President Harris" is the Harris who held that office; "Harris" alone, or
        with an office neither held, is no one."""
        person = gazetteer.person(["Harris"], None, ["Vice President"])
        assert person is not None
        assert person.country == "US"
        assert gazetteer.person(["Harris"]) is None
        assert gazetteer.person(["Harris"], None, ["Pope"]) is None

    def test_two_holders_of_one_country_give_their_country(self, gazetteer: Gazetteer) -> None:
        """ "Secretary Rice": either of two Americans, so an American; "Harris": an American
        or an Irishman, so no country."""
        assert gazetteer.person(["Rice"]) is None
        assert gazetteer.country(["Rice"]) == "US"
        assert gazetteer.country(["Harris"]) is None
        assert gazetteer.country(["Freya Nobody"]) is None

    @pytest.mark.parametrize(
        "names",
        [
            ["Jonathan Reynolds", "Reynolds"],  # Linda Reynolds bears the family name
            ["Gustavo Petro", "Petro"],  # Petro Poroshenko bears the given name
        ],
    )
    def test_a_fuller_name_belies_one_found_by_a_single_word(
        self, gazetteer: Gazetteer, names: list[str]
    ) -> None:
        assert gazetteer.person(names[1:], 2020) is not None
        assert gazetteer.person(names, 2020) is None

    def test_year_out_of_office(self, gazetteer: Gazetteer) -> None:
        """Someone out of office in the readout's year is not found."""
        assert _countries(gazetteer.find("Barack Obama", 2012)) == {"US"}
        assert gazetteer.find("Barack Obama", 2022) == ()

    def test_unknown_name(self, gazetteer: Gazetteer) -> None:
        assert gazetteer.find("Freya Nobody") == ()


class TestParse:
    @pytest.mark.parametrize(
        ("office", "name"), [("Vice President", "Harris"), ("Secretary", "Rice")]
    )
    def test_an_office_holder_known_by_a_shared_family_name(self, office: str, name: str) -> None:
        """A family name alone that the gazetteer shares among holders, under an office only
        one of them held or of one country, gives that country, and the page its issuer."""
        readout = readoutmodel.parse(
            f"Readout of {office} {name}'s Call with Prime Minister Ana Ruiz of Spain\n\n"
            f"{office} {name} spoke today with Prime Minister Ana Ruiz of Spain. The {office}"
            " thanked the Prime Minister."
        )
        assert [(p.name, p.country) for p in readout.participants] == [
            (name, "US"),
            ("Ana Ruiz", "ES"),
        ]
        assert readout.issuer == "US"

    def test_countries_the_text_does_not_state(self) -> None:
        """Leaders named without a country get the country they served."""
        readout = readoutmodel.parse(
            "President Joe Biden spoke with President Emmanuel Macron today. The two leaders"
            " discussed the situation in Ukraine."
        )
        assert [(p.name, p.country) for p in readout.participants] == [
            ("Joe Biden", "US"),
            ("Emmanuel Macron", "FR"),
        ]

    @pytest.mark.parametrize(
        ("text", "name", "country"),
        [
            (
                "Brussels, 3 March 2025\n\nPresident António Costa spoke today with President"
                " Volodymyr Zelenskyy.",
                "António Costa",
                "EU",
            ),
            (
                "Lisbon, 3 March 2018\n\nPrime Minister António Costa spoke today with"
                " President Volodymyr Zelenskyy.",
                "António Costa",
                "PT",
            ),
            (
                "Washington, 3 March 2016\n\nSecretary of Defense Ash Carter met Defence"
                " Minister Ursula von der Leyen today.",
                "Ursula von der Leyen",
                "DE",
            ),
            # the year after one office ended and in the other: the one held that year
            (
                "Brussels, 5 June 2025\n\nSecretary General Mark Rutte met the President of"
                " Romania today.",
                "Mark Rutte",
                "NATO",
            ),
            (
                "Brussels, 5 June 2025\n\nHigh Representative Kaja Kallas met the Foreign"
                " Minister of Japan today.",
                "Kaja Kallas",
                "EU",
            ),
            # no year: the later
            (
                "President Ursula von der Leyen spoke with President Volodymyr Zelenskyy.",
                "Ursula von der Leyen",
                "EU",
            ),
            # no year, but the office of one code as the text gives it
            (
                "Prime Minister Mark Rutte visited Kharkiv, where he met President Volodymyr"
                " Zelenskyy.",
                "Mark Rutte",
                "NL",
            ),
            (
                "Secretary General Mark Rutte spoke with President Volodymyr Zelenskyy.",
                "Mark Rutte",
                "NATO",
            ),
        ],
    )
    def test_a_career_in_two_codes_gives_the_years_code(
        self, text: str, name: str, country: str
    ) -> None:
        """One who served a government and then the EU or NATO is that code's in its years,
        and without a year the later code's."""
        countries = {p.name: p.country for p in readoutmodel.parse(text).participants}
        assert countries[name] == country

    def test_the_text_comes_first(self) -> None:
        """A country the text states is kept."""
        readout = readoutmodel.parse(
            "President Joe Biden spoke with President Emmanuel Macron of Peru today."
            " The two leaders discussed trade."
        )
        assert [p.country for p in readout.participants] == ["US", "PE"]

    def test_a_short_name_is_the_same_person(self) -> None:
        """A short form the gazetteer knows ("Jokowi") resolves to the principal."""
        readout = readoutmodel.parse(
            "President Joko Widodo met Prime Minister Anthony Albanese in Sydney on 4 July 2023."
            " Jokowi said Indonesia hopes to expand market access."
        )
        assert [(tuple(p.name for p in s.speakers), s.verb) for s in readout.statements] == [
            (("Joko Widodo",), "said")
        ]


def test_a_minister_sharing_a_family_name_with_a_known_one_takes_no_country_of_it() -> None:
    readout = readoutmodel.parse(
        "Prime Minister Tom Reed spoke to Prime Minister Narendra Modi. The Business"
        " Secretary, Jonathan Reynolds, joined the call.\n\nMr Reynolds said the agreement"
        " would open new markets."
    )
    assert [(p.name, p.country) for p in readout.participants][2] == ("Jonathan Reynolds", None)


@pytest.mark.parametrize(
    ("name", "first"),
    [
        ("Salman bin Abdulaziz", "Salman bin Abdulaziz"),
        ("Prince Mohammed bin Salman bin Abdulaziz Al Saud", "Mohammed bin Salman"),
        ("Sheikh Tamim bin Hamad", "Tamim bin Hamad Al Thani"),
        ("Abdulaziz bin Salman bin Abdulaziz", None),  # a son of the King, no one listed
        ("Khaled bin Mohamed bin Zayed", "Khaled bin Mohamed bin Zayed Al Nahyan"),
        ("Hazza bin Zayed Al Nahyan", None),  # not his brother Mohamed bin Zayed Al Nahyan
    ],
)
def test_a_name_giving_a_fathers_is_found_by_given_name_and_fathers(
    gazetteer: Gazetteer, name: str, first: str | None
) -> None:
    """A name with a patronymic is found by its given name and its father's, in that
    order, whatever it adds after them: "Abdulaziz bin Salman" is not Salman bin
    Abdulaziz, and the Crown Prince's full name is still his."""
    found = gazetteer.find(name, 2024)
    assert [p.names[0] for p in found] == ([first] if first else [])
