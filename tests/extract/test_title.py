"""Title: the headline among the lines before the body, or None when there is none."""

from __future__ import annotations

import pytest

import readoutmodel

BODY = (
    "\n\nPresident Joe Biden spoke today with Prime Minister Keir Starmer of the United Kingdom."
    " The leaders discussed Ukraine."
)
HEADLINE = "Readout of President Biden's Call with Prime Minister Starmer"


class TestHeadline:
    """The headline line is found in every issuer's way of writing one."""

    @pytest.mark.parametrize(
        "headline",
        [
            # White House and State Department
            "Readout of President Joe Biden's Call with Prime Minister Keir Starmer"
            " of the United Kingdom",
            "Readout of the Secretary's Call with Foreign Minister Wong",
            "Secretary Rubio's Call with Turkish Foreign Minister Fidan",
            # Chinese Foreign Ministry and Xinhua
            "Xi Jinping Speaks with President Emmanuel Macron on the Phone",
            "Wang Yi Holds Talks with Foreign Minister Penny Wong",
            "Putin, Xi hold video call",
            # the Kremlin
            "Telephone conversation with Prime Minister of the United Kingdom Keir Starmer",
            # Downing Street, with the date after a colon
            "PM call with President Biden: 3 March 2025",
            "PM meeting with President Macron: 3 March 2025",
            # Japan, Canada, Turkey, India
            "Japan-UK Summit Telephone Talk",
            "Prime Minister Carney speaks with President Sheinbaum",
            "Erdoğan holds phone call with Zelensky",
            "Modi, Macron hold talks in Paris",
            "Telephone Conversation between PM and the President of the French Republic",
            # news headlines with a reporting verb
            "Biden, Starmer discuss Ukraine in phone call",
            "Sunak urges Xi to rein in Russia during call",
            "Kishida, Yoon reaffirm cooperation",
            # other kinds of document
            "Joint Statement by the Leaders of the United States and the United Kingdom",
            "The Prime Minister's call with Chancellor Merz",
            # in capitals
            "READOUT OF PRESIDENT BIDEN'S CALL WITH PRIME MINISTER STARMER",
            # two names and a verb, no longer than a byline
            "Zhou Ming Meets Lula",
            "Starmer Calls Carney",
        ],
    )
    def test_headline_before_the_body(self, headline: str) -> None:
        """The line before the body that reads as a headline is the title, as written."""
        assert readoutmodel.parse(headline + BODY).title == headline

    @pytest.mark.parametrize(
        "chrome",
        [
            "Home > Briefing Room > Statements",
            "The White House\nBriefing Room",
            "Statements and Releases\nMarch 3, 2025",
            "Readouts\nShare on Facebook\nShare on X",
            "Press release",
            "Prime Minister's Office",
            "Office of the Spokesperson",
            "Ministry of Foreign Affairs of the People's Republic of China",
            "Ministry of External Affairs, Government of India",
            "Presidency of the Republic of Türkiye",
            "Federal Foreign Office",
            "News Releases",
            "GOV.UK",
            "European Commission - Press corner",
            "Government of Ireland | Press releases",
            # breadcrumbs, a site's name in capitals, a ticker
            "Media Center > Bilateral Documents",
            "Home » Diplomacy » Bilateral",
            "U.S. DEPARTMENT of STATE",
            "Latest: PM holds telephone conversation with President of Kenya",
        ],
    )
    def test_chrome_before_the_headline(self, chrome: str) -> None:
        """Menus, site names and dates above the headline are passed over."""
        assert readoutmodel.parse(f"{chrome}\n{HEADLINE}{BODY}").title == HEADLINE

    @pytest.mark.parametrize(
        "chrome",
        [
            "From:",
            "News story",
            "Share this page",
            "Published",
            "From: Foreign, Commonwealth & Development Office",
            "Press release 212/2023",
            "Media release",
            "Spokesperson",
            "Release date 3 March 2025",
            # a byline opened by a style
            "Rt Hon Ana Ruiz MP",
            # a link to the page in another language; a news page's bar
            "Japanese",
            "2025-03-03 10:11:25 | Source: Xinhua | Editor: Li Hua",
            # the publisher's name, alone or after "From"
            "European Council",
            "From Department of the Taoiseach",
        ],
    )
    def test_chrome_under_the_headline(self, chrome: str) -> None:
        """A page's label right under the headline is no part of it."""
        text = f"PM call with President Biden: 3 March 2025\n{chrome}\n10 Downing Street{BODY}"
        assert readoutmodel.parse(text).title == "PM call with President Biden: 3 March 2025"

    def test_a_headline_ending_with_an_abbreviation_under_chrome(self) -> None:
        """ "Readout of ... Marcos Jr." under a site's name is the headline, not the
        body's first sentence, and the date line under it dates the readout."""
        headline = "Readout of the Secretary's Meeting with President Juan R. Cruz Jr."
        text = (
            f"U.S. Department of State\n\n{headline}\n\nMay 1, 2023\n\nSecretary Ann Lee"
            " met today with President Juan R. Cruz Jr. of the Philippines. The Secretary"
            " reaffirmed the alliance."
        )
        readout = readoutmodel.parse(text)
        assert readout.title == headline
        assert str(readout.date) == "2023-05-01"

    def test_whitespace_is_collapsed(self) -> None:
        """Runs of spaces and tabs inside the headline become single spaces."""
        text = "Readout of  President Biden's\tCall with Prime Minister Starmer" + BODY
        assert readoutmodel.parse(text).title == HEADLINE

    def test_title_span_points_at_the_headline(self) -> None:
        """The title's span covers the headline in the text."""
        text = f"Home > News\n{HEADLINE}{BODY}"
        readout = readoutmodel.parse(text)
        assert readout.title_span is not None
        assert readout.title_span.of(text) == HEADLINE


class TestHeadlineLikeASentence:
    """Headlines that end as a sentence would, or quote someone, are still the title."""

    SCENE = (
        "President Hakainde Hichilema met President Lazarus Chakwera of Malawi at State House"
        " today. President Hichilema said the two countries share a long border."
    )

    @pytest.mark.parametrize(
        ("text", "headline"),
        [
            # Kenyan and Zambian State House style: a full stop, then the place and date
            (
                "President Hichilema holds talks with President Chakwera.\n\nLusaka, 3 June"
                " 2025\n\n{scene}",
                "President Hichilema holds talks with President Chakwera.",
            ),
            # an agency's marked story ending with an abbreviation, then its dateline
            (
                "(2nd LD) Hichilema, Chakwera agree to boost trade with U.S.\n\nLUSAKA, June 3"
                " (ZNBC) -- {scene}",
                "(2nd LD) Hichilema, Chakwera agree to boost trade with U.S.",
            ),
            # a headline ending with an abbreviation, over the body's dated opening
            (
                "Hichilema Meets with Malawian President Lazarus Chakwera Jr.\n\nOn 3 June"
                " 2025, {scene}",
                None,
            ),
            ("Zambian leader meets delegation from the U.S.\n\nOn 3 June 2025, {scene}", None),
            # a headline over an opening that ends with initials
            (
                "Hichilema meets Chakwera\n\nPresident Hakainde Hichilema met President Lazarus"
                " Chakwera today at the embassy in Washington, D.C.\n\n{scene}",
                "Hichilema meets Chakwera",
            ),
            # a speaker and his words, in each kind of quotation mark
            ('Hichilema: "Zambia and Malawi are one family"\n\n{scene}', None),
            ("Hichilema: “Zambia and Malawi are one family”\n\n{scene}", None),
            ("Hichilema: 'Zambia and Malawi are one family'\n\n{scene}", None),
            ("Hichilema: «Zambia and Malawi are one family»\n\n{scene}", None),
            ("Border talks: 'We are neighbours'\n\n{scene}", None),
        ],
    )
    def test_headline(self, text: str, headline: str | None) -> None:
        """The first line is the title, as written, and no statement comes from it."""
        text = text.format(scene=self.SCENE)
        headline = headline or text.split("\n", 1)[0]
        readout = readoutmodel.parse(text)
        assert readout.title == headline
        assert readout.title_span is not None
        assert all(s.span.start >= readout.title_span.end for s in readout.statements)

    def test_dateline_is_left_out_of_the_first_statement(self) -> None:
        """Under such a headline the dateline is cut off the opening paragraph, so the
        first statement starts with its subject."""
        text = (
            "Hichilema, Chakwera agree to boost trade with U.S.\n\nLUSAKA, June 3 (ZNBC) --"
            " President Hakainde Hichilema and President Lazarus Chakwera of Malawi agreed"
            " to reopen the border post at Mchinji."
        )
        readout = readoutmodel.parse(text)
        assert readout.statements
        assert readout.statements[0].span.of(text).startswith("President Hakainde Hichilema")

    def test_a_line_with_a_colon_and_no_quotation_is_no_headline(self) -> None:
        """A colon alone does not make a headline of a line naming nothing."""
        assert readoutmodel.parse("Kafue: a river town" + BODY).title is None


class TestNoHeadline:
    """Texts that start with the body, or whose only header lines are not headlines."""

    @pytest.mark.parametrize(
        "text",
        [
            BODY.strip(),
            # an agency story that starts with its dateline
            "BEIJING, March 3 (Xinhua) -- Chinese President Xi Jinping held talks with President"
            " Emmanuel Macron of France on Friday. Xi said China values its ties with France.",
            # a capture stamp and then the body
            " date 2024-07-12 MOSCOW, July 12. /TASS/. Russian President Vladimir Putin held a"
            " telephone conversation with Prime Minister Viktor Orban of Hungary.",
            # a line introducing the body
            "The following is a readout:" + BODY,
            # a lone topic word
            "Ukraine" + BODY,
        ],
    )
    def test_no_title(self, text: str) -> None:
        """No line before the body reads as a headline: the title is None."""
        readout = readoutmodel.parse(text)
        assert readout.title is None
        assert readout.title_span is None

    def test_headline_is_not_a_statement(self) -> None:
        """A headline with a reporting verb yields no statement."""
        readout = readoutmodel.parse("Biden, Starmer discuss Ukraine in phone call" + BODY)
        assert readout.title_span is not None
        assert all(s.span.start >= readout.title_span.end for s in readout.statements)


def test_a_press_release_on_talks_is_a_headline() -> None:
    """ "Press release on X's talks with Y" names its kind and is the headline; a bare
    "Press release 212" is a page's label."""
    headline = "Press release on Foreign Minister Ivan Petrov's talks with Foreign Minister Li Wen"
    readout = readoutmodel.parse(
        f"{headline}\n\n1 April 2025 - 15:10\n\nOn April 1, Foreign Minister Ivan Petrov held"
        " talks in Moscow with Foreign Minister of China Li Wen."
    )
    assert readout.title == headline


def test_a_joint_readout_is_a_headline() -> None:
    readout = readoutmodel.parse(
        "Joint Readout of the U.S.-Japan Security Consultative Committee\n\nSecretary of State"
        " Tom Hale met today in Tokyo with Japanese Minister for Foreign Affairs Kenji Mori."
    )
    assert readout.title == "Joint Readout of the U.S.-Japan Security Consultative Committee"


@pytest.mark.parametrize(
    "headline",
    [
        "Mensah and Novak sign trade pact in Accra",
        "Ghana, Slovakia to deepen cooperation in energy, agriculture",
    ],
)
def test_a_news_headline_with_a_verb_of_its_own_is_a_headline(headline: str) -> None:
    readout = readoutmodel.parse(
        f"{headline}\n\nPresident Kofi Mensah met Prime Minister Jan Novak of Slovakia in"
        " Accra today."
    )
    assert readout.title == headline


@pytest.mark.parametrize(
    "line",
    ["State House Ghana", "President Kofi Mensah met Prime Minister Jan Novak in Accra today."],
)
def test_a_line_of_names_or_a_sentence_is_no_news_headline(line: str) -> None:
    readout = readoutmodel.parse(f"{line}\n\nThe two leaders discussed trade and energy.")
    assert readout.title is None


def test_a_leaders_retreat_names_the_engagement_in_a_headline() -> None:
    """ "Singapore-Thailand Leaders' Retreat" over the body is its headline: a retreat is a
    meeting."""
    readout = readoutmodel.parse(
        "Singapore-Thailand Leaders' Retreat\n\nPrime Minister Tan Wei Ling hosted Thai Prime"
        " Minister Somchai Wong for the Singapore-Thailand Leaders' Retreat on 12 June 2025."
        "\n\nPM Somchai thanked Singapore for its support."
    )
    assert readout.title == "Singapore-Thailand Leaders' Retreat"
    assert readout.kind.value == "meeting"


@pytest.mark.parametrize("label", ["PHONE CALL", "OFFICIAL VISIT", "News | Photo | Video"])
def test_a_label_of_the_pages_kind_before_the_headline_is_no_title(label: str) -> None:
    """A label or menu above the headline ("PHONE CALL", "News | Photo | Video") names no
    one: the headline under it is the title."""
    readout = readoutmodel.parse(
        f"{label}\n\nPresident Ana Costa talks to President Jean Roche\n\n"
        "President Ana Costa spoke by phone with the President of France, Jean Roche."
    )
    assert readout.title == "President Ana Costa talks to President Jean Roche"


def test_a_label_alone_is_still_the_title() -> None:
    """With no headline after it, a line that names the engagement stays the title."""
    readout = readoutmodel.parse(
        "Telephone conversation\n\nPresident Ana Costa spoke by phone with the President of"
        " France, Jean Roche."
    )
    assert readout.title == "Telephone conversation"
