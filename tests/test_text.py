"""Segmentation: page chrome set aside, the body cut into paragraphs and sentences."""

from __future__ import annotations

import pytest

from readoutmodel.patterns import Grammar
from readoutmodel.text import Document, segment, split_sentences


def _body(document: Document) -> str:
    assert document.body is not None
    return document.body.of(document.text)


def _paragraphs(document: Document) -> list[str]:
    return [document.text[p.start : p.end] for p in document.paragraphs]


def _sentences(document: Document) -> list[str]:
    return [document.text[s.start : s.end] for s in document.sentences]


SCENE = "The Chancellor spoke with the President on Monday about energy."


class TestChrome:
    """Menus, share bars, source lines and footers stay outside the body."""

    @pytest.mark.parametrize(
        ("text", "chrome"),
        [
            # breadcrumbs and share bars above the headline
            (f"Home > Newsroom > Readouts\nShare\nPrint\nReadout of the Call\n\n{SCENE}", "Home"),
            # the Chinese missions' footer
            (f"Readout\n\n{SCENE}\n\nSuggest to a friend\nPrint this page", "Suggest"),
            # a State Department source line and a "More News" block
            (f"Readout\n\n{SCENE}\n\nSource: Federal Government\n\nMore News", "Source:"),
            # the White House end mark
            (f"Readout\n\n{SCENE}\n\n###", "###"),
            # Japan's Foreign Ministry back link
            (f"Readout\n\n{SCENE}\n\nBack to Japan-Germany Relations", "Back to"),
            # India's translations and comment form
            (
                f"Readout\n\n{SCENE}\n\nClick here for Hindi version Hindi.pdf\nWrite a Comment",
                "Hindi",
            ),
            # a related-stories tail and everything after it
            (
                f"Readout\n\n{SCENE}\n\nRelated News\nAnother story about the weather today.",
                "weather",
            ),
            # a bracketed communication line of Israel's offices
            (f"(Communicated by the Prime Minister's Media Adviser)\n{SCENE}", "Communicated"),
        ],
    )
    def test_chrome_is_outside_the_body(self, text: str, chrome: str, grammar: Grammar) -> None:
        """The body holds the readout's prose and none of the page's furniture."""
        body = _body(segment(text, grammar))
        assert body == SCENE
        assert chrome not in body

    def test_capture_stamp_is_read_and_set_aside(self, grammar: Grammar) -> None:
        """A leading " date YYYY-MM-DD" capture line is kept as the capture span, not prose."""
        text = f" date 2023-05-01 {SCENE}"
        document = segment(text, grammar)
        assert document.capture is not None
        assert document.capture.of(text) == "2023-05-01"
        assert _body(document) == SCENE

    @pytest.mark.parametrize(
        "preface",
        [
            "The following statement was released by the Office of the Spokesperson on May 1,"
            " 2023, and is reproduced in full below.\n\n",
            "The below is attributable to Spokesperson Jane Doe: ",
            "A No 10 spokesperson said:\n",
        ],
    )
    def test_reprint_and_attribution_prefaces_are_outside(
        self, preface: str, grammar: Grammar
    ) -> None:
        """A reprint header or a "The below is attributable to ..." preface is not prose."""
        document = segment(preface + SCENE, grammar)
        assert _body(document) == SCENE

    def test_text_without_chrome_is_all_body(self, grammar: Grammar) -> None:
        """A text that starts straight with the body has no header."""
        document = segment(SCENE, grammar)
        assert document.header == ()
        assert document.body is not None
        assert (document.body.start, document.body.end) == (0, len(SCENE))

    @pytest.mark.parametrize("text", ["", "   \n\n  ", "12345", "Readout of the call\n\n"])
    def test_no_prose_means_no_body(self, text: str, grammar: Grammar) -> None:
        """Text without a sentence of prose has no body and no paragraphs."""
        document = segment(text, grammar)
        assert document.body is None
        assert document.paragraphs == ()
        assert document.sentences == ()

    @pytest.mark.parametrize(
        "opening",
        [
            "The Chancellor held talks with the President of Kenya in Berlin today:",
            "The Chancellor spoke with the President today. The spokesperson announced:",
        ],
    )
    def test_a_sentence_ending_in_a_colon_opens_the_body(
        self, opening: str, grammar: Grammar
    ) -> None:
        """A sentence that leads what follows with a colon is prose: the body starts at
        it, not at the paragraph under it; a short label ending in a colon is not."""
        text = f"Chancellor meets President of Kenya\n\n{opening}\n\nThey discussed trade."
        assert _body(segment(text, grammar)).startswith(opening)
        after = "The two leaders discussed trade and energy."
        short = f"Chancellor meets President of Kenya\n\nOutcomes:\n\n{after}"
        assert _body(segment(short, grammar)) == after

    def test_header_holds_the_lines_before_the_body(self, grammar: Grammar) -> None:
        """The lines of text above the body, chrome excluded, form the header."""
        text = f"Home > News\nReadout of the Chancellor's Call with the President\n\n{SCENE}"
        document = segment(text, grammar)
        assert [text[line.start : line.end] for line in document.header] == [
            "Readout of the Chancellor's Call with the President"
        ]


class TestDatelines:
    """Agency datelines open the first paragraph but are not part of its first sentence."""

    @pytest.mark.parametrize(
        ("text", "dateline"),
        [
            (f"BEIJING, March 3 (Xinhua) -- {SCENE}", "BEIJING, March 3 (Xinhua) --"),
            (f"MOSCOW, July 12. /TASS/. {SCENE}", "MOSCOW, July 12. /TASS/."),
            (f"WASHINGTON, March 14 (Reuters) - {SCENE}", "WASHINGTON, March 14 (Reuters) -"),
            (f"ABU DHABI, 4th March 2024 (WAM) -- {SCENE}", "ABU DHABI, 4th March 2024 (WAM) --"),
            # a place in title case that is not a capital, with a date or an agency
            (f"Kuwait, May 6, 2024 (KUNA) -- {SCENE}", "Kuwait, May 6, 2024 (KUNA) --"),
            (f"Jeddah, June 2, 2024, SPA -- {SCENE}", "Jeddah, June 2, 2024, SPA --"),
            (f"Mombasa (KNA) - {SCENE}", "Mombasa (KNA) -"),
            (f"Cebu City, Philippines — {SCENE}", "Cebu City, Philippines —"),
            # a town whose name holds a small word
            (f"Rio de Janeiro, Brazil - {SCENE}", "Rio de Janeiro, Brazil -"),
            (f"Dar es Salaam, Tanzania - {SCENE}", "Dar es Salaam, Tanzania -"),
            # the agency first, as translated wire copy has it
            (f"Xinhua, Hanoi, April 14, 2025 -- {SCENE}", "Xinhua, Hanoi, April 14, 2025 --"),
            (f"CGTN, Beijing, April 14 -- {SCENE}", "CGTN, Beijing, April 14 --"),
            # a city in capitals the gazetteer lacks, with its country
            (
                f"PUNTA CANA, Dominican Republic, May 4 (Xinhua) -- {SCENE}",
                "PUNTA CANA, Dominican Republic, May 4 (Xinhua) --",
            ),
            # the date in figures
            (f"LAGOS, 21/05/2024 - {SCENE}", "LAGOS, 21/05/2024 -"),
            # a style right after the dash, as a news agency opens
            (
                "Tangier - His Majesty King Hassan Idrissi held talks with President Paul Roy.",
                "Tangier -",
            ),
            (
                "Tangier - HRH Crown Prince Hassan Idrissi held talks with President Paul Roy.",
                "Tangier -",
            ),
        ],
    )
    def test_dateline_is_cut_off(self, text: str, dateline: str, grammar: Grammar) -> None:
        """The dateline is recorded and the first sentence starts after it."""
        document = segment(text, grammar)
        assert document.dateline is not None
        assert document.dateline.of(text).strip() == dateline
        assert _sentences(document) == [text[len(dateline) :].strip()]

    def test_no_dateline_in_plain_prose(self, grammar: Grammar) -> None:
        """A sentence that only starts with a capitalised word is no dateline."""
        document = segment(SCENE, grammar)
        assert document.dateline is None

    @pytest.mark.parametrize(
        "text",
        [
            # a place in title case needs a date in figures or an agency before a dash
            "Mombasa, the port city - the President arrived there on Monday.",
            "Mombasa - the President arrived there on Monday.",
            "Mombasa, Kenyan - the President arrived there on Monday.",
            "Mombasa - President Ruto arrived there on Monday.",
            # an office with a bracket is no place
            "Prime Minister (PM) - the office holder met the King on Monday.",
            "President Lula (right) - with President Boric - met the press on Monday.",
        ],
    )
    def test_no_dateline_without_a_date_or_agency(self, text: str, grammar: Grammar) -> None:
        """Capitalised words before a dash are a dateline only with a date or an agency."""
        document = segment(text, grammar)
        assert document.dateline is None
        assert _sentences(document)[0].startswith(text[:8])


class TestHeadlineWrittenAsASentence:
    """A headline may end with a full stop or a quotation; the layout around it tells it
    from the first paragraph of the body."""

    BODY = (
        "President Hakainde Hichilema met President Lazarus Chakwera of Malawi at State House"
        " today. The two leaders agreed to reopen the border post at Mchinji."
    )

    @pytest.mark.parametrize(
        ("text", "headline"),
        [
            # a full stop, then a line that is only a date
            (
                f"President Hichilema holds talks with President Chakwera.\n\nLusaka, 3 June"
                f" 2025\n\n{BODY}",
                "President Hichilema holds talks with President Chakwera.",
            ),
            # an abbreviation at the end, then a paragraph opening with an agency dateline
            (
                "(URGENT) Hichilema, Chakwera agree to deepen trade with U.S.\n\nLUSAKA, June 3"
                f" (ZNBC) -- {BODY}",
                "(URGENT) Hichilema, Chakwera agree to deepen trade with U.S.",
            ),
            # a quotation closes the line with no sentence ending inside it
            (
                f'Hichilema: "Zambia and Malawi are one family"\n\n{BODY}',
                'Hichilema: "Zambia and Malawi are one family"',
            ),
            (f"Border talks: 'We are neighbours'\n\n{BODY}", "Border talks: 'We are neighbours'"),
        ],
    )
    def test_headline_stays_in_the_header(self, text: str, headline: str, grammar: Grammar) -> None:
        """The headline is a header line and the body starts with the scene sentence,
        after any dateline."""
        document = segment(text, grammar)
        assert [text[line.start : line.end] for line in document.header] == [headline]
        assert _sentences(document)[0].startswith("President Hakainde Hichilema met")

    def test_sentence_under_a_headline_opens_the_body(self, grammar: Grammar) -> None:
        """Under a headline, a single sentence followed by the date line is the body's
        opening (the Kremlin's layout), not a second headline."""
        text = (
            "Telephone conversation with President of Malawi\n\nPresident Hakainde Hichilema"
            " had a telephone conversation with President Lazarus Chakwera.\n\nJune 3, 2025"
            "\n\nThe two leaders agreed to reopen the border post at Mchinji."
        )
        document = segment(text, grammar)
        assert [text[line.start : line.end] for line in document.header] == [
            "Telephone conversation with President of Malawi"
        ]
        assert _sentences(document)[0].startswith("President Hakainde Hichilema had")

    @pytest.mark.parametrize(
        ("first", "sentence"),
        [
            # two sentences are no headline, whatever follows
            (
                "President Hichilema met President Chakwera. They discussed trade.",
                "President Hichilema met President Chakwera.",
            ),
            # a quotation with a sentence ending inside it
            (
                'President Hichilema met President Chakwera. He said: "We are one family"',
                "President Hichilema met President Chakwera.",
            ),
        ],
    )
    def test_prose_first_line_opens_the_body(
        self, first: str, sentence: str, grammar: Grammar
    ) -> None:
        """A first line that reads as prose is the body's, even above a date line."""
        text = f"{first}\n\nLusaka, 3 June 2025\n\nThe leaders agreed to meet again."
        document = segment(text, grammar)
        assert document.header == ()
        assert _sentences(document)[0] == sentence


class TestParagraphs:
    """Paragraphs are separated by blank lines or by lines that end a sentence."""

    def test_blank_lines_separate_paragraphs(self, grammar: Grammar) -> None:
        """Each block between blank lines is a paragraph, numbered from 0."""
        text = "Readout\n\nThe two leaders spoke by phone.\n\nThey discussed trade and energy.\n"
        document = segment(text, grammar)
        assert _paragraphs(document) == [
            "The two leaders spoke by phone.",
            "They discussed trade and energy.",
        ]
        assert [p.index for p in document.paragraphs] == [0, 1]

    def test_wrapped_lines_join_one_paragraph(self, grammar: Grammar) -> None:
        """A line break inside a sentence only wraps it."""
        text = (
            "Readout\n\nThe Chancellor spoke with the President on Monday\nabout energy and the\n"
            "situation in the region.\n\nThe leaders agreed to stay in touch."
        )
        document = segment(text, grammar)
        assert len(document.paragraphs) == 2
        assert _sentences(document)[0] == (
            "The Chancellor spoke with the President on Monday\nabout energy and the\n"
            "situation in the region."
        )

    def test_a_finished_line_ends_its_paragraph(self, grammar: Grammar) -> None:
        """Lines that each end a sentence are paragraphs of their own (Downing Street style)."""
        text = (
            "Readout\nThe Prime Minister spoke to the President.\n"
            "The leaders agreed to stay in touch."
        )
        document = segment(text, grammar)
        assert _paragraphs(document) == [
            "The Prime Minister spoke to the President.",
            "The leaders agreed to stay in touch.",
        ]

    @pytest.mark.parametrize(
        ("text", "first"),
        [
            ("1. The leaders discussed energy security.\n2. They agreed to meet again.", "The"),
            ("• The leaders discussed energy security.\n• They agreed to meet again.", "The"),
        ],
    )
    def test_list_markers_are_not_part_of_sentences(
        self, text: str, first: str, grammar: Grammar
    ) -> None:
        """Numbered and bulleted paragraphs have sentences that start after the marker."""
        sentences = _sentences(segment(text, grammar))
        assert [s.split()[0] for s in sentences] == [first, "They"]

    @pytest.mark.parametrize("gap", ["\n", "\n\n"])
    def test_a_line_ending_in_a_colon_leads_its_list(self, gap: str, grammar: Grammar) -> None:
        """ "The leaders discussed:" and the items under it are one paragraph, however
        short the lines; the line after the list is not part of it."""
        text = (
            "Readout\n\nThe Prime Minister spoke to the President today.\n\nThe leaders"
            f" discussed:{gap}• Ukraine\n• energy security\nThey agreed to meet again."
        )
        assert _paragraphs(segment(text, grammar)) == [
            "The Prime Minister spoke to the President today.",
            f"The leaders discussed:{gap}• Ukraine\n• energy security",
            "They agreed to meet again.",
        ]

    def test_a_short_line_with_a_colon_leads_no_prose(self, grammar: Grammar) -> None:
        """A short line ending in a colon with no list under it stays out of the body."""
        text = "Readout\n\nThe Prime Minister spoke to the President today.\n\nRead more:\nNews"
        assert _paragraphs(segment(text, grammar)) == [
            "The Prime Minister spoke to the President today."
        ]

    def test_question_paragraphs_are_marked(self, grammar: Grammar) -> None:
        """A "Q:" paragraph of a briefing is a question; its label is outside the text read."""
        text = (
            "Q: Did the President raise tariffs?\n\n"
            "A: The President raised tariffs with the Chancellor."
        )
        document = segment(text, grammar)
        assert [p.question for p in document.paragraphs] == [True, False]
        assert _sentences(document) == [
            "Did the President raise tariffs?",
            "The President raised tariffs with the Chancellor.",
        ]


class TestSentences:
    """Sentences end at full stops, question and exclamation marks, not at abbreviations."""

    @pytest.mark.parametrize(
        ("paragraph", "expected"),
        [
            (
                "The leaders spoke today. They discussed trade.",
                ["The leaders spoke today.", "They discussed trade."],
            ),
            # a news agency's credit closing the paragraph is no sentence
            (
                "The leaders spoke today. They discussed trade. (TNA)",
                ["The leaders spoke today.", "They discussed trade."],
            ),
            (
                "The President reaffirmed U.S. support for Ukraine. He also discussed energy.",
                ["The President reaffirmed U.S. support for Ukraine.", "He also discussed energy."],
            ),
            (
                "President Donald J. Trump spoke with Mr. Abe. They agreed to meet.",
                ["President Donald J. Trump spoke with Mr. Abe.", "They agreed to meet."],
            ),
            # initials run together end no sentence either
            (
                "Xi said China is ready. K.P. Sharma Oli said Nepal agrees.",
                ["Xi said China is ready.", "K.P. Sharma Oli said Nepal agrees."],
            ),
            (
                "They met in Washington, D.C. President Roe thanked him.",
                ["They met in Washington, D.C.", "President Roe thanked him."],
            ),
            (
                "Secretary of State Antony J. Blinken met Dr. S. Jaishankar."
                " The Secretary thanked him.",
                [
                    "Secretary of State Antony J. Blinken met Dr. S. Jaishankar.",
                    "The Secretary thanked him.",
                ],
            ),
            (
                "The call began at 10 a.m. on Jan. 5 and lasted an hour."
                " The leaders discussed Gaza.",
                [
                    "The call began at 10 a.m. on Jan. 5 and lasted an hour.",
                    "The leaders discussed Gaza.",
                ],
            ),
            (
                "The U.N. Secretary-General spoke with Mrs. Smith. She thanked him!",
                ["The U.N. Secretary-General spoke with Mrs. Smith.", "She thanked him!"],
            ),
            (
                "The Minister met Md. Touhid Hossain and Ms. Ma. Elena Cruz. They discussed trade.",
                [
                    "The Minister met Md. Touhid Hossain and Ms. Ma. Elena Cruz.",
                    "They discussed trade.",
                ],
            ),
            (
                "Did the leaders agree? They did. Talks will continue.",
                ["Did the leaders agree?", "They did.", "Talks will continue."],
            ),
            (
                '"We are old friends. We will remain so," he said. The leaders shook hands.',
                [
                    '"We are old friends.',
                    'We will remain so," he said.',
                    "The leaders shook hands.",
                ],
            ),
            (
                "He said: “Our ties are strong.” The Prime Minister agreed.",
                ["He said: “Our ties are strong.”", "The Prime Minister agreed."],
            ),
            (
                "The leaders noted progress, e.g. in energy. They agreed to meet.",
                ["The leaders noted progress, e.g. in energy.", "They agreed to meet."],
            ),
            (
                "Trade reached 4.5 billion dollars in 2023. Both sides welcomed it.",
                ["Trade reached 4.5 billion dollars in 2023.", "Both sides welcomed it."],
            ),
            (
                "The leaders met in St. Petersburg on Friday. They discussed energy.",
                ["The leaders met in St. Petersburg on Friday.", "They discussed energy."],
            ),
            (
                "The Prime Minister hosted the President at No. 10 Downing Street. They met.",
                ["The Prime Minister hosted the President at No. 10 Downing Street.", "They met."],
            ),
            (
                "Pentagon Press Secretary Maj. Gen. Pat Ryder gave the readout."
                " The Secretary spoke.",
                [
                    "Pentagon Press Secretary Maj. Gen. Pat Ryder gave the readout.",
                    "The Secretary spoke.",
                ],
            ),
            (
                "The Secretary spoke with Gov. Gavin Newsom. They discussed wildfires.",
                ["The Secretary spoke with Gov. Gavin Newsom.", "They discussed wildfires."],
            ),
            (
                "President Ferdinand R. Marcos Jr. thanked President Biden. The leaders agreed.",
                [
                    "President Ferdinand R. Marcos Jr. thanked President Biden.",
                    "The leaders agreed.",
                ],
            ),
            # a name's suffix ends the sentence before a word that opens one
            (
                "The President spoke with President Juan R. Cruz Jr. The leaders agreed.",
                ["The President spoke with President Juan R. Cruz Jr.", "The leaders agreed."],
            ),
            # initials end the sentence before a word that never follows them inside one
            (
                "He praised ties with the U.S. The leaders agreed. The U.S. Secretary spoke.",
                [
                    "He praised ties with the U.S.",
                    "The leaders agreed.",
                    "The U.S. Secretary spoke.",
                ],
            ),
            # a country's initials before a name that speaks; a person's open the name
            (
                "Tariffs imposed by the U.S. Li Wen said China opposes them. K.P. Sharma Oli"
                " said Nepal agrees.",
                [
                    "Tariffs imposed by the U.S.",
                    "Li Wen said China opposes them.",
                    "K.P. Sharma Oli said Nepal agrees.",
                ],
            ),
            (
                "He met President Juan R. Cruz Jr. Li Wen said China agrees.",
                ["He met President Juan R. Cruz Jr.", "Li Wen said China agrees."],
            ),
            (
                "The talks covered approx. 20 topics. They ended at noon.",
                ["The talks covered approx. 20 topics.", "They ended at noon."],
            ),
            (
                "The leaders welcomed the U.S.-Japan-ROK trilateral. They agreed to meet again.",
                [
                    "The leaders welcomed the U.S.-Japan-ROK trilateral.",
                    "They agreed to meet again.",
                ],
            ),
            (
                "The leaders met in Washington, D.C. on Monday. They discussed trade.",
                ["The leaders met in Washington, D.C. on Monday.", "They discussed trade."],
            ),
            (
                "The meeting took place in Washington, D.C. The leaders discussed trade.",
                ["The meeting took place in Washington, D.C.", "The leaders discussed trade."],
            ),
            (
                "The Secretary met with Foreign Minister Wang Yi (PRC). They discussed fentanyl.",
                [
                    "The Secretary met with Foreign Minister Wang Yi (PRC).",
                    "They discussed fentanyl.",
                ],
            ),
            (
                "The President (who arrived Tuesday) met the King. They discussed energy.",
                ["The President (who arrived Tuesday) met the King.", "They discussed energy."],
            ),
            (
                "The leaders discussed Art. 5 of the Treaty. They agreed.",
                ["The leaders discussed Art. 5 of the Treaty.", "They agreed."],
            ),
            (
                "H.E. Mr. Emmanuel Macron arrived. The leaders met.",
                ["H.E. Mr. Emmanuel Macron arrived.", "The leaders met."],
            ),
            (
                "The two sides signed an MoU on A.I. cooperation. They agreed to meet.",
                ["The two sides signed an MoU on A.I. cooperation.", "They agreed to meet."],
            ),
            (
                "President Xi stressed... the importance of trade. Macron agreed.",
                ["President Xi stressed... the importance of trade.", "Macron agreed."],
            ),
            (
                "The leaders spoke today",
                ["The leaders spoke today"],
            ),
            # quotations in straight single quotes, guillemets and low-high quotes
            (
                "The ministers met in Lusaka on 3 June. 'Our border is a bridge,' Mr Mwale said.",
                [
                    "The ministers met in Lusaka on 3 June.",
                    "'Our border is a bridge,' Mr Mwale said.",
                ],
            ),
            (
                "The ministers met in Lusaka. «Our border is a bridge», said Mwale. He left.",
                [
                    "The ministers met in Lusaka.",
                    "«Our border is a bridge», said Mwale.",
                    "He left.",
                ],
            ),
            (
                "The ministers met in Lusaka. « Our border is a bridge », said Mwale.",
                ["The ministers met in Lusaka.", "« Our border is a bridge », said Mwale."],
            ),
            (
                "Mwale said: „Our border is a bridge.“ The ministers agreed.",
                ["Mwale said: „Our border is a bridge.“", "The ministers agreed."],
            ),
            (
                "'Our border is a bridge.' 'We will build on it.' The ministers agreed.",
                ["'Our border is a bridge.'", "'We will build on it.'", "The ministers agreed."],
            ),
        ],
    )
    def test_split(self, paragraph: str, expected: list[str], grammar: Grammar) -> None:
        """Abbreviations ("U.S.", "Mr.", "a.m."), initials and decimals do not end a sentence."""
        found = split_sentences(paragraph, 0, len(paragraph), 0, grammar)
        assert [paragraph[s.start : s.end] for s in found] == expected

    def test_offsets_point_into_the_whole_text(self, grammar: Grammar) -> None:
        """Sentence offsets are offsets into the whole text, not into the paragraph."""
        text = "Readout\n\nThe leaders spoke today. They discussed trade."
        document = segment(text, grammar)
        start = text.index("The leaders")
        assert [(s.start, s.end) for s in document.sentences] == [
            (start, start + len("The leaders spoke today.")),
            (text.index("They"), len(text)),
        ]

    def test_sentences_carry_their_paragraph(self, grammar: Grammar) -> None:
        """Each sentence knows the index of its paragraph."""
        text = "Readout\n\nThe leaders spoke today. They agreed.\n\nThe talks were warm."
        document = segment(text, grammar)
        assert [s.paragraph for s in document.sentences] == [0, 0, 1]
        assert len(document.paragraph_sentences(0)) == 2
