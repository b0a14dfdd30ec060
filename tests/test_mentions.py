"""Mentions: the noun phrases that can refer to participants, and what they say of them."""

from __future__ import annotations

import pytest

from readoutmodel.lexer import lex
from readoutmodel.mentions import Mention, find_mentions
from readoutmodel.patterns import Grammar


def _mentions(text: str, grammar: Grammar) -> tuple[Mention, ...]:
    return find_mentions(text, lex(text, grammar), grammar)


def _one(text: str, grammar: Grammar) -> Mention:
    found = _mentions(text, grammar)
    assert len(found) == 1, [text[m.start : m.end] for m in found]
    return found[0]


class TestPeople:
    """A name with its office and country, in every order readouts write them."""

    @pytest.mark.parametrize(
        ("text", "name", "office", "countries"),
        [
            ("Chinese President Xi Jinping", "Xi Jinping", "President", ("CN",)),
            (
                "President Donald Trump of the United States (US)",
                "Donald Trump",
                "President",
                ("US",),
            ),
            (
                "H.E. Donald Trump, President of United States of America",
                "Donald Trump",
                "President",
                ("US",),
            ),
            ("U.S. President Joe Biden", "Joe Biden", "President", ("US",)),
            (
                "President of the French Republic Emmanuel Macron",
                "Emmanuel Macron",
                "President",
                ("FR",),
            ),
            (
                "Federal Chancellor of Germany Olaf Scholz",
                "Olaf Scholz",
                "Federal Chancellor",
                ("DE",),
            ),
            ("Prime Minister Shri Narendra Modi", "Narendra Modi", "Prime Minister", ()),
            (
                "Secretary of State Antony J. Blinken",
                "Antony J. Blinken",
                "Secretary of State",
                (),
            ),
            (
                "PRC State Councilor and Foreign Minister Wang Yi",
                "Wang Yi",
                "Foreign Minister",
                ("CN",),
            ),
            ("Chancellor Scholz", "Scholz", "Chancellor", ()),
            ("His Majesty King Abdullah II", "Abdullah II", "King", ()),
            ("Japanese Prime Minister Fumio Kishida", "Fumio Kishida", "Prime Minister", ("JP",)),
            (
                "Mr. Kishida Fumio, Prime Minister of Japan",
                "Kishida Fumio",
                "Prime Minister",
                ("JP",),
            ),
            ("President-elect Donald Trump", "Donald Trump", "President-elect", ()),
            ("Vice President Kamala Harris", "Kamala Harris", "Vice President", ()),
            ("Foreign Secretary David Lammy", "David Lammy", "Foreign Secretary", ()),
            ("Acting President Han Duck-soo", "Han Duck-soo", "President", ()),
            ("Swiss President Alain Berset", "Alain Berset", "President", ("CH",)),
            ("Mexican President Claudia Sheinbaum", "Claudia Sheinbaum", "President", ("MX",)),
            (
                "Prime Minister Kyriakos Mitsotakis of Greece",
                "Kyriakos Mitsotakis",
                "Prime Minister",
                ("GR",),
            ),
            ("President William Ruto of Kenya", "William Ruto", "President", ("KE",)),
            (
                "President Shavkat Mirziyoyev of Uzbekistan",
                "Shavkat Mirziyoyev",
                "President",
                ("UZ",),
            ),
            (
                "Lao Prime Minister Sonexay Siphandone",
                "Sonexay Siphandone",
                "Prime Minister",
                ("LA",),
            ),
            (
                "Kazakh President Kassym-Jomart Tokayev",
                "Kassym-Jomart Tokayev",
                "President",
                ("KZ",),
            ),
            (
                "President Cyril Ramaphosa of the Republic of South Africa",
                "Cyril Ramaphosa",
                "President",
                ("ZA",),
            ),
            (
                "Ms. Penny Wong, Minister for Foreign Affairs of Australia",
                "Penny Wong",
                "Foreign Minister",
                ("AU",),
            ),
            ("NATO Secretary General Mark Rutte", "Mark Rutte", "Secretary General", ("NATO",)),
            (
                "European Commission President Ursula von der Leyen",
                "Ursula von der Leyen",
                "President",
                ("EU",),
            ),
            (
                "UN Secretary-General António Guterres",
                "António Guterres",
                "Secretary-General",
                ("UN",),
            ),
            ("Egyptian President el-Sisi", "el-Sisi", "President", ("EG",)),
            (
                "General Secretary of the Communist Party of Viet Nam Central Committee and"
                " President of Viet Nam To Lam",
                "To Lam",
                "General Secretary",
                ("VN",),
            ),
            ("Iraqi Prime Minister al-Sudani", "al-Sudani", "Prime Minister", ("IQ",)),
        ],
    )
    def test_person(
        self, text: str, name: str, office: str, countries: tuple[str, ...], grammar: Grammar
    ) -> None:
        """The whole phrase is one person mention with its name, office and countries."""
        mention = _one(text, grammar)
        assert mention.kind == "person"
        assert mention.name_text(text) == name
        assert office in mention.offices
        assert mention.countries == countries
        assert (mention.start, mention.end) == (0, len(text))

    def test_joined_offices_keep_the_run_as_written(self, grammar: Grammar) -> None:
        """Two offices joined by "and" are one title as written."""
        text = "PRC State Councilor and Foreign Minister Wang Yi"
        mention = _one(text, grammar)
        assert set(mention.titles) == {"State Councilor and Foreign Minister"}
        assert set(mention.offices) == {"State Councilor", "Foreign Minister"}

    @pytest.mark.parametrize(
        ("text", "name", "title"),
        [
            (
                "Minister of National Security Tomas Brenner",
                "Tomas Brenner",
                "Minister of National Security",
            ),
            (
                "Minister for Foreign Affairs and Trade Aroha Tane",
                "Aroha Tane",
                "Minister for Foreign Affairs and Trade",
            ),
            (
                "Minister of International Relations and Cooperation, Mr Sipho Dube",
                "Sipho Dube",
                "Minister of International Relations and Cooperation",
            ),
            (
                "Secretary-General of the Gulf Cooperation Council Yusuf Hamdan",
                "Yusuf Hamdan",
                "Secretary-General of the Gulf Cooperation Council",
            ),
            ("Speaker of Parliament Karim Haddad", "Karim Haddad", "Speaker of Parliament"),
            (
                "Under-Secretary-General for Humanitarian Affairs Ines Varga",
                "Ines Varga",
                "Under-Secretary-General for Humanitarian Affairs",
            ),
        ],
    )
    def test_portfolio_belongs_to_the_title(
        self, text: str, name: str, title: str, grammar: Grammar
    ) -> None:
        """What an office is "of" or "for" is part of the title; the name starts after it."""
        mention = _one(text, grammar)
        assert mention.name_text(text) == name
        assert mention.titles == (title,)

    def test_portfolio_then_another_office(self, grammar: Grammar) -> None:
        """A body's name between two offices does not end the run of offices."""
        text = "Chairman of the National Defence Committee and Vice Premier Han Lu"
        mention = _one(text, grammar)
        assert mention.name_text(text) == "Han Lu"
        assert "Vice Premier" in mention.offices

    def test_no_mention_runs_over_a_sentence_end(self, grammar: Grammar) -> None:
        """A country and a name ending a sentence do not qualify an office opening the next."""
        text = "They discussed the Ukraine Recovery Conference. President Zelensky thanked Italy."
        found = {text[m.start : m.end]: m for m in _mentions(text, grammar)}
        assert "President Zelensky" in found, list(found)
        assert found["President Zelensky"].countries == ()

    @pytest.mark.parametrize(
        ("text", "title", "countries"),
        [
            ("The President of the Republic reaffirmed", "President of the Republic", ()),
            ("the Federal President of the Republic said", "Federal President of the Republic", ()),
            ("the President of the French Republic said", "President", ("FR",)),
            ("the President of the Czech Republic said", "President", ("CZ",)),
        ],
    )
    def test_the_state_itself(
        self, text: str, title: str, countries: tuple[str, ...], grammar: Grammar
    ) -> None:
        """ "of the Republic" with no country named is part of the title; a state's own
        name ("the French Republic") is its country."""
        mention = _one(text, grammar)
        assert mention.kind == "office"
        assert mention.titles == (title,)
        assert mention.countries == countries

    @pytest.mark.parametrize(
        ("text", "title"),
        [
            ("Deputy Secretary of State Carla Mendes", "Deputy Secretary of State"),
            ("State Minister for Foreign Affairs Ono Kenta", "State Minister for Foreign Affairs"),
        ],
    )
    def test_modifier_before_a_longer_office(self, text: str, title: str, grammar: Grammar) -> None:
        """A modifier that also begins a shorter office still takes the longest office."""
        mention = _one(text, grammar)
        assert mention.titles == (title,)
        assert mention.name_text(text) == text[len(title) + 1 :]

    def test_former_is_kept_in_the_title(self, grammar: Grammar) -> None:
        """ "Former President" is written as the title; the office is still President."""
        mention = _one("Former President Donald Trump", grammar)
        assert mention.titles == ("Former President",)
        assert mention.offices == ("President",)

    def test_counterpart_with_a_demonym(self, grammar: Grammar) -> None:
        """ "his German counterpart Angela Merkel" names Angela Merkel, of Germany."""
        text = "his German counterpart Angela Merkel"
        mention = _one(text, grammar)
        assert mention.name_text(text) == "Angela Merkel"
        assert mention.countries == ("DE",)

    def test_possessive_owner(self, grammar: Grammar) -> None:
        """ "President Biden's" is a possessive person mention."""
        text = "President Biden's Call"
        mention = _mentions(text, grammar)[0]
        assert mention.name_text(text) == "Biden"
        assert mention.possessive

    def test_two_people_joined_by_and(self, grammar: Grammar) -> None:
        """Two named people joined by "and" are two mentions."""
        text = "Prime Minister Anthony Albanese and President Joko Widodo"
        names = [m.name_text(text) for m in _mentions(text, grammar)]
        assert names == ["Anthony Albanese", "Joko Widodo"]

    def test_headline_name_is_cut_before_the_verb(self, grammar: Grammar) -> None:
        """In a title-case headline the name ends where the engagement words start."""
        text = "Xi Jinping Holds Telephone Talks with President Emmanuel Macron"
        names = [m.name_text(text) for m in _mentions(text, grammar) if m.kind == "person"]
        assert names == ["Xi Jinping", "Emmanuel Macron"]

    def test_capitals_headline(self, grammar: Grammar) -> None:
        """An office in capitals is still read as an office."""
        text = "PRIME MINISTER SPEAKS TO PRESIDENT"
        offices = [m.offices for m in _mentions(text, grammar)]
        assert offices == [("Prime Minister",), ("President",)]


class TestOffices:
    """An office without a name stands for whoever holds it."""

    @pytest.mark.parametrize(
        ("text", "office", "determined"),
        [
            ("The President", "President", True),
            ("the Secretary", "Secretary", True),
            ("the Prime Minister", "Prime Minister", True),
            ("The Vice President", "Vice President", True),
            ("the Chancellor", "Chancellor", True),
            ("The Secretary-General", "Secretary-General", True),
            ("the Taoiseach", "Taoiseach", True),
        ],
    )
    def test_office(self, text: str, office: str, determined: bool, grammar: Grammar) -> None:
        """ "The President" is an office mention, marked as determined by its article."""
        mention = _one(text, grammar)
        assert mention.kind == "office"
        assert mention.offices == (office,)
        assert mention.determined is determined
        assert mention.name is None

    def test_possessive_office(self, grammar: Grammar) -> None:
        """ "the Prime Minister's" is a possessive office."""
        mention = _one("the Prime Minister's", grammar)
        assert mention.kind == "office"
        assert mention.possessive

    def test_plural_office_with_countries(self, grammar: Grammar) -> None:
        """ "Thai and New Zealand prime ministers" is a plural office of two countries."""
        mention = _one("Thai and New Zealand prime ministers", grammar)
        assert mention.plural
        assert mention.countries == ("TH", "NZ")
        assert mention.offices == ("Prime Minister",)

    def test_office_with_demonym(self, grammar: Grammar) -> None:
        """ "the US President" is an office of the United States."""
        mention = _one("the US President", grammar)
        assert mention.offices == ("President",)
        assert mention.countries == ("US",)


class TestReferences:
    """Pronouns, groups and sides are references, resolved later against the cast."""

    @pytest.mark.parametrize(
        ("text", "reference", "countries"),
        [
            ("He", "he", ()),
            ("She", "she", ()),
            ("they", "they", ()),
            ("The two heads of state", "pair", ()),
            ("the two leaders", "pair", ()),
            ("The leaders", "group", ()),
            ("both sides", "group", ()),
            ("The two sides", "group", ()),
            ("the interlocutors", "group", ()),
            ("the Chinese side", "role", ("CN",)),
            ("the U.S. side", "role", ("US",)),
            ("the American side", "role", ("US",)),
            ("the Russian leader", "role", ("RU",)),
            ("his counterpart", "other", ()),
            ("the conversation", "engagement", ()),
            ("Their discussion", "engagement", ()),
        ],
    )
    def test_reference(
        self, text: str, reference: str, countries: tuple[str, ...], grammar: Grammar
    ) -> None:
        """Each form is one reference of its kind, with the country a demonym gives."""
        mention = _one(text, grammar)
        assert mention.kind == "reference"
        assert mention.reference == reference
        assert mention.countries == countries

    def test_group_of_an_office(self, grammar: Grammar) -> None:
        """ "the two Prime Ministers" is a group of the holders of that office."""
        mention = _one("the two Prime Ministers", grammar)
        assert mention.reference == "group"
        assert mention.offices == ("Prime Minister",)
        assert mention.plural


class TestNonMentions:
    """Words that look like names or offices but refer to no one."""

    @pytest.mark.parametrize(
        "text",
        [
            "the phase-one economic and trade agreement",
            "on the basis of equality and mutual respect",
            "both countries' markets have responded",
        ],
    )
    def test_no_person(self, text: str, grammar: Grammar) -> None:
        """Ordinary prose yields no person or office mention."""
        kinds = [m.kind for m in _mentions(text, grammar)]
        assert "person" not in kinds
        assert "office" not in kinds

    def test_country_alone_is_a_country(self, grammar: Grammar) -> None:
        """A country name alone is a country mention, not a person."""
        mention = _one("Kenya", grammar)
        assert mention.kind == "country"
        assert mention.countries == ("KE",)

    def test_month_is_no_name(self, grammar: Grammar) -> None:
        """A month name is not read as a person."""
        text = "On December 20 the leaders spoke"
        assert [m.kind for m in _mentions(text, grammar) if m.kind == "person"] == []


class TestLongRuns:
    """Runs of styles or offices longer than any real one are read once, not again from
    each of their words; what a real run says is kept."""

    def test_styles_before_a_name(self, grammar: Grammar) -> None:
        """Up to four styles in a row still open a person's mention."""
        text = "His Excellency Mr. Dr. Omar Haddad"
        mention = _one(text, grammar)
        assert mention.kind == "person"
        assert mention.name_text(text) == "Omar Haddad"

    @pytest.mark.parametrize("word", ["Ms. ", "H.E. ", "Former ", "Deputy "])
    def test_a_run_of_one_word_names_no_one(self, grammar: Grammar, word: str) -> None:
        """Thousands of styles or modifiers in a row make no person, and a name after the run
        is still found."""
        text = word * 3000 + "said Omar Haddad."
        found = _mentions(text, grammar)
        assert [m.name_text(text) for m in found if m.name is not None] == ["Omar Haddad"]
        assert all(m.kind != "person" or m.name is not None for m in found)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("This is welcomed by the two peoples and the world.", False),
        ("Both countries benefit from trade.", False),
        ("The two discussed trade.", True),
        ("Both also agreed to meet.", True),
    ],
)
def test_a_count_of_two_before_the_noun_it_counts_is_no_one(
    text: str, pair: bool, grammar: Grammar
) -> None:
    assert any(m.reference == "pair" for m in _mentions(text, grammar)) is pair


def test_a_style_that_ends_a_sentence_opens_no_mention_of_the_next(grammar: Grammar) -> None:
    """ "... as a Senator. President Ruiz expressed ...": President Ruiz alone."""
    text = "He backed it as a Senator. President Ruiz expressed thanks."
    found = [text[m.start : m.end] for m in _mentions(text, grammar)]
    assert "President Ruiz" in found
    assert not any("Senator" in m for m in found)


@pytest.mark.parametrize("closing", ["States", "States (ECOWAS)"])
def test_an_office_of_a_body_ends_with_its_sentence(grammar: Grammar, closing: str) -> None:
    """ "the Chair of the Committee of West African States. The Vice President and
    President X ...": the next sentence's offices are not the Chair's, though "and" joins
    them."""
    text = (
        f"She met the Chair of the Committee of West African {closing}. The Vice President"
        " and President Tinubu discussed Niger."
    )
    chair = next(m for m in _mentions(text, grammar) if "Chair" in m.offices)
    assert text[chair.start : chair.end] == "the Chair of the Committee"
    assert chair.name is None
