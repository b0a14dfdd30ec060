"""Statements: who said or did what, and the sentences that report it."""

from __future__ import annotations

import pytest

import readoutmodel
from readoutmodel import Readout, VerbCategory

XI = "Xi Jinping"
MACRON = "Emmanuel Macron"
BIDEN = "Joe Biden"
STARMER = "Keir Starmer"
PUTIN = "Vladimir Putin"
MERKEL = "Angela Merkel"
CARNEY = "Mark Carney"
SHEINBAUM = "Claudia Sheinbaum"

CN = (
    "On March 3, 2025, President Xi Jinping held telephone talks with President Emmanuel Macron"
    " of France.\n\n"
)
US = "President Joe Biden spoke today with Prime Minister Keir Starmer of the United Kingdom.\n\n"
RU = (
    "Vladimir Putin had a telephone conversation with Federal Chancellor of Germany Angela"
    " Merkel.\n\n"
)
CA = (
    "Readout of the Prime Minister's Call with President Claudia Sheinbaum of Mexico\n"
    "March 3, 2025\n\nPrime Minister Mark Carney spoke today with President Claudia Sheinbaum"
    " of Mexico.\n\n"
)

Found = list[tuple[tuple[str, ...], str, list[str]]]


def _found(readout: Readout) -> Found:
    text = readout.text
    return [
        (
            tuple(p.name for p in s.speakers),
            s.verb,
            [" ".join(text[x.start : x.end].split()) for x in s.sentences],
        )
        for s in readout.statements
    ]


def _same(found: Found, expected: list[tuple[tuple[str, ...], str, list[str]]]) -> bool:
    """Speakers and verb equal, and each sentence starting with its expected anchor."""
    return len(found) == len(expected) and all(
        (speakers, verb) == (e_speakers, e_verb)
        and len(sentences) == len(anchors)
        and all(s.startswith(a) for s, a in zip(sentences, anchors, strict=True))
        for (speakers, verb, sentences), (e_speakers, e_verb, anchors) in zip(
            found, expected, strict=True
        )
    )


def _check(text: str, expected: list[tuple[tuple[str, ...], str, list[str]]]) -> None:
    found = _found(readoutmodel.parse(text))
    assert _same(found, expected), found


class TestAttributionForms:
    """Every way readouts attribute words to a participant starts a statement."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # sentence-initial, with "that"
            (
                CN + "Xi Jinping pointed out that China and France are permanent members of the"
                " Security Council.",
                [((XI,), "pointed out", ["Xi Jinping pointed out"])],
            ),
            # with a comma and direct speech without quotation marks
            (
                CN + "Emmanuel Macron said, I am glad to speak with you again.",
                [((MACRON,), "said", ["Emmanuel Macron said, I am"])],
            ),
            # with a colon
            (
                CN + "Xi Jinping noted: the world is undergoing profound changes.",
                [((XI,), "noted", ["Xi Jinping noted: the world"])],
            ),
            (
                RU + "Putin said: “Russia is open to dialogue.”",
                [((PUTIN,), "said", ["Putin said: “Russia"])],
            ),
            # trailing
            (
                CN + "China is ready to work with France to deepen cooperation, Xi said.",
                [((XI,), "said", ["China is ready to work"])],
            ),
            (
                RU + "«Russia is open to dialogue», Putin said.",
                [((PUTIN,), "said", ["«Russia is open"])],
            ),
            (
                CA + "«Canada is a reliable partner», said the Prime Minister.",
                [((CARNEY,), "said", ["«Canada is a reliable"])],
            ),
            (
                CA + "«Canada is a reliable partner,» said the Prime Minister.",
                [((CARNEY,), "said", ["«Canada is a reliable"])],
            ),
            # a quotation of several sentences closed by the attribution
            (
                CN + '"France values its partnership with China. We must work together on'
                ' climate," Macron said.',
                [((MACRON,), "said", ['"France values', "We must work"])],
            ),
            (
                CA + "“We stand with Mexico,” the Prime Minister said. “Our partnership has never"
                " mattered more.”",
                [((CARNEY,), "said", ["“We stand with", "“Our partnership"])],
            ),
            # "According to X"
            (
                RU + "According to the Kremlin, Putin stressed the need for a ceasefire.",
                [((PUTIN,), "stressed", ["According to the Kremlin, Putin"])],
            ),
            # several verbs in one sentence: the first
            (
                CN + "Xi Jinping reaffirmed China's position on Ukraine and underscored the need"
                " for dialogue.",
                [((XI,), "reaffirmed", ["Xi Jinping reaffirmed"])],
            ),
            # a participle before the main verb gives the main verb
            (
                CN + "Stressing that dialogue is the only way out, Xi Jinping called on all parties"
                " to exercise restraint.",
                [((XI,), "called on", ["Stressing that dialogue"])],
            ),
            (
                CA + "Having thanked the President for her leadership, the Prime Minister raised"
                " the issue of fentanyl trafficking.",
                [((CARNEY,), "raised", ["Having thanked the President"])],
            ),
            # an introductory phrase before the subject
            (
                CA + "In response, President Sheinbaum emphasized that Mexico values its"
                " partnership with Canada.",
                [((SHEINBAUM,), "emphasized", ["In response, President Sheinbaum"])],
            ),
            # two attributions of different speakers in one sentence: the first
            (
                RU
                + "Merkel urged Putin to withdraw troops, while Putin criticised NATO expansion.",
                [((MERKEL,), "urged", ["Merkel urged Putin"])],
            ),
            (
                US + "Biden underscored the importance of AUKUS, while Starmer highlighted the UK's"
                " commitment.",
                [((BIDEN,), "underscored", ["Biden underscored"])],
            ),
            # quotation introduced by "said, ..." in one paragraph, "added" in the next
            (
                RU + 'Putin noted, "We have always supported the Normandy format."\n\n"This format'
                ' remains the only one," Putin added.',
                [
                    ((PUTIN,), "noted", ['Putin noted, "We have']),
                    ((PUTIN,), "added", ['"This format remains']),
                ],
            ),
        ],
    )
    def test_form(self, text: str, expected: list[tuple[tuple[str, ...], str, list[str]]]) -> None:
        """The attribution is found with its speaker, its verb and the sentences it covers."""
        _check(text, expected)


class TestSpeakers:
    """Names, short names, offices, sides, pronouns and groups resolve to participants."""

    @pytest.mark.parametrize(
        ("text", "speakers"),
        [
            (CN + "Macron congratulated Xi on the anniversary of diplomatic relations.", (MACRON,)),
            (CN + "The French President thanked China for its support.", (MACRON,)),
            (CN + "The Chinese side expressed appreciation for France's foreign policy.", (XI,)),
            (RU + "The German side expressed interest in continuing gas supplies.", (MERKEL,)),
            (RU + "The Russian leader stressed the need for a political settlement.", (PUTIN,)),
            (
                RU + "The Federal Chancellor noted the importance of the Minsk agreements.",
                (MERKEL,),
            ),
            (RU + "Mr Putin and Ms Merkel discussed the situation in Ukraine.", (PUTIN, MERKEL)),
            # "the Presidents" are not an aide who serves one of them
            (
                "President Petro Koval of Ukraine met President Jan Nowak of Poland in Kyiv."
                " The Head of the Office of the President Ivan Moroz took part in the"
                " meeting.\n\nThe Presidents discussed the summit.",
                ("Petro Koval", "Jan Nowak"),
            ),
            # "President of Government" without its article is the same office
            (
                "His Majesty King Hassan II had a telephone conversation today with the"
                " President of the Government of the Kingdom of Spain, Mr. Luis Ortega.\n\n"
                "The communiqué stated that the Spanish President of Government thanked the"
                " Sovereign.",
                ("Luis Ortega",),
            ),
            # the news's name for the holder of a brief
            (
                "WASHINGTON, May 3 (Xinhua) -- Chinese Vice Premier Liu Ming met with U.S."
                " Treasury Secretary Tom Hale in Washington on Friday.\n\nThe U.S. treasury"
                " chief said that talks would go on.",
                ("Tom Hale",),
            ),
            # a person's counterpart is the other principal
            (RU + "Vladimir Putin's counterpart noted the gas transit talks.", (MERKEL,)),
            # "X discussed ... with Y": Y discussed too, but not a country or a body
            (RU + "Mr Putin discussed with Ms Merkel the situation in Ukraine.", (PUTIN, MERKEL)),
            (
                RU + "Mr Putin discussed the situation in Ukraine with his German counterpart.",
                (PUTIN, MERKEL),
            ),
            (RU + "Mr Putin discussed trade and energy cooperation with Germany.", (PUTIN,)),
            # an office in the plural takes in the principal whose office is never given
            (
                "Vladimir Putin had a telephone conversation with President of Belarus Ivan"
                " Petrov.\n\nThe presidents discussed bilateral cooperation.",
                (PUTIN, "Ivan Petrov"),
            ),
            (
                "Sergey Lavrov had a telephone conversation with Foreign Secretary of the United"
                " Kingdom John Doe.\n\nThe ministers discussed the work of the embassies.",
                ("Sergey Lavrov", "John Doe"),
            ),
            # "The President" alone is the issuer's own, named without an office in its
            # readouts, when that is the office it is known for; not another office
            (
                "Vladimir Putin had a telephone conversation with President of Egypt Omar"
                " Nabil.\n\nThe President said that Russia is ready to supply wheat.",
                (PUTIN,),
            ),
            (
                "Vladimir Putin had a telephone conversation with Prime Minister of Egypt Omar"
                " Nabil.\n\nThe Prime Minister thanked Russia for the wheat.",
                ("Omar Nabil",),
            ),
            # "the President" is not the Vice President
            (
                "Vice President Ana Ruiz spoke today with President Lee Jun of Korea. The"
                " President thanked the Vice President for the support.",
                ("Lee Jun",),
            ),
            (
                "Deputy Prime Minister Ana Ruiz met Prime Minister Lee Jun of Korea. The Prime"
                " Minister welcomed the Deputy Prime Minister.",
                ("Lee Jun",),
            ),
            # an office in the plural of two principals, one holding it, is both
            (
                "Secretary of State Ann Lee spoke with Foreign Minister Omar Aziz of Egypt.\n\n"
                "The ministers discussed Gaza.",
                ("Ann Lee", "Omar Aziz"),
            ),
            (
                "Secretary of State Ann Lee spoke with Foreign Minister Omar Aziz of Egypt.\n\n"
                "The two top diplomats discussed Gaza.",
                ("Ann Lee", "Omar Aziz"),
            ),
            (
                "Secretary of State Ann Lee spoke with Foreign Minister Omar Aziz of Egypt.\n\n"
                "The officials agreed to meet again.",
                ("Ann Lee", "Omar Aziz"),
            ),
            # "the two leaders" of three principals: the two of the highest offices
            (
                "President Ana Ruiz, accompanied by Foreign Minister Tom Hale, met Chancellor"
                " Eva Berg of Germany today.\n\nThe two leaders discussed Ukraine.",
                ("Ana Ruiz", "Eva Berg"),
            ),
            (
                "President Ana Ruiz, accompanied by Foreign Minister Tom Hale, met Chancellor"
                " Eva Berg of Germany today.\n\nThe two sides discussed Ukraine.",
                ("Ana Ruiz", "Tom Hale", "Eva Berg"),
            ),
            (US + "The President reaffirmed the special relationship.", (BIDEN,)),
            (US + "The Prime Minister welcomed the President's commitment to NATO.", (STARMER,)),
            (
                US + "President Biden and Prime Minister Starmer agreed to stay in contact.",
                (BIDEN, STARMER),
            ),
            (
                US + "The President and the Prime Minister also discussed the Middle East.",
                (BIDEN, STARMER),
            ),
            (
                CA + "The Prime Minister highlighted the importance of the CUSMA agreement.",
                (CARNEY,),
            ),
            (CA + "President Sheinbaum thanked the Prime Minister for his call.", (SHEINBAUM,)),
            # groups
            (CN + "The two heads of state agreed to maintain close communication.", (XI, MACRON)),
            (CN + "Both sides exchanged views on the situation in the Middle East.", (XI, MACRON)),
            (CN + "The two presidents also discussed the Paris Olympics.", (XI, MACRON)),
            (CN + "Both leaders underlined their commitment to the Paris Agreement.", (XI, MACRON)),
            (US + "The leaders condemned Iran's support for Russia's war.", (BIDEN, STARMER)),
            (RU + "The two agreed to continue contacts.", (PUTIN, MERKEL)),
            (
                "Prime Minister Jacinda Ardern spoke with Prime Minister Anthony Albanese.\n\n"
                "The two Prime Ministers discussed climate change.",
                ("Jacinda Ardern", "Anthony Albanese"),
            ),
            (
                "Prime Minister Jacinda Ardern spoke with Prime Minister Anthony Albanese.\n\n"
                "The Prime Ministers agreed to meet in Wellington.",
                ("Jacinda Ardern", "Anthony Albanese"),
            ),
        ],
    )
    def test_speaker(self, text: str, speakers: tuple[str, ...]) -> None:
        """The statement's speakers are the participants the subject refers to."""
        readout = readoutmodel.parse(text)
        assert len(readout.statements) == 1
        assert tuple(p.name for p in readout.statements[0].speakers) == speakers

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                RU + "Angela Merkel shared her assessment of the situation. She noted the"
                " importance of the Minsk agreements.",
                [
                    ((MERKEL,), "shared", ["Angela Merkel shared"]),
                    ((MERKEL,), "noted", ["She noted"]),
                ],
            ),
            (
                CA + "Prime Minister Carney conveyed his greetings to President Sheinbaum. The"
                " latter thanked him for the call. The leaders of both countries agreed to meet."
                " Each leader expressed concern about the storms. The pair discussed trade.",
                [
                    ((CARNEY,), "conveyed", ["Prime Minister Carney conveyed"]),
                    ((SHEINBAUM,), "thanked", ["The latter thanked him"]),
                    ((CARNEY, SHEINBAUM), "agreed", ["The leaders of both countries"]),
                    ((CARNEY, SHEINBAUM), "expressed", ["Each leader expressed concern"]),
                    ((CARNEY, SHEINBAUM), "discussed", ["The pair discussed trade."]),
                ],
            ),
            (
                "His Majesty King Mohammed VI held a phone conversation with President of"
                " Senegal Amadou Ba.\n\nThe Sovereign congratulated President Ba on his"
                " election. President Ba thanked the monarch.",
                [
                    (("Mohammed VI",), "congratulated", ["The Sovereign congratulated"]),
                    (("Amadou Ba",), "thanked", ["President Ba thanked the monarch."]),
                ],
            ),
            (
                "Secretary of Defense John Doe spoke today with German Minister of Defense Hans"
                " Vogel. Secretary Doe and his counterpart discussed air defense.",
                [(("John Doe", "Hans Vogel"), "discussed", ["Secretary Doe and his counterpart"])],
            ),
            (
                CA + "Prime Minister Carney briefed President Sheinbaum on his recent visit to"
                " Europe. He informed her of Canada's new defence spending. President Sheinbaum"
                " welcomed these updates.",
                [
                    ((CARNEY,), "briefed", ["Prime Minister Carney briefed"]),
                    ((CARNEY,), "informed", ["He informed her"]),
                    ((SHEINBAUM,), "welcomed", ["President Sheinbaum welcomed"]),
                ],
            ),
            (
                CA + "President Sheinbaum expressed her gratitude. She also invited the Prime"
                " Minister to visit Mexico City.",
                [
                    ((SHEINBAUM,), "expressed", ["President Sheinbaum expressed"]),
                    ((SHEINBAUM,), "invited", ["She also invited"]),
                ],
            ),
            (
                US + "They also reviewed progress on AUKUS. The President thanked the Prime"
                " Minister.",
                [
                    ((BIDEN, STARMER), "reviewed", ["They also reviewed"]),
                    ((BIDEN,), "thanked", ["The President thanked"]),
                ],
            ),
            (
                RU + "Both leaders expressed concern over the humanitarian situation. They agreed"
                " to keep in touch.",
                [
                    ((PUTIN, MERKEL), "expressed", ["Both leaders expressed"]),
                    ((PUTIN, MERKEL), "agreed", ["They agreed"]),
                ],
            ),
        ],
    )
    def test_pronouns(
        self, text: str, expected: list[tuple[tuple[str, ...], str, list[str]]]
    ) -> None:
        """ "He", "She" and "They" refer to the speakers of the statement before."""
        _check(text, expected)

    @pytest.mark.parametrize(
        ("scene", "verb", "speakers"),
        [
            ("in New York, and they discussed the partnership.", "discussed", 2),
            ("at the White House, and the two leaders discussed trade.", "discussed", 2),
            ("in the Oval Office, and he thanked the Prime Minister.", "thanked", 1),
            (
                "today. The two leaders signed the Free Trade Agreement, and they discussed trade.",
                "discussed",
                2,
            ),
        ],
    )
    def test_a_place_or_an_object_before_and_is_no_subject(
        self, scene: str, verb: str, speakers: int
    ) -> None:
        """ "met with X in New York, and they discussed ...": the place, or the object of a
        verb, before ", and" is no one of the subject after it."""
        text = f"President Tom Hale met with Prime Minister Ann Lee of Australia {scene}"
        readout = readoutmodel.parse(text)
        assert [(s.verb, len(s.speakers)) for s in readout.statements] == [(verb, speakers)]

    def test_subjects_joined_after_a_reporting_verb_stay_joined(self) -> None:
        """ "the office said President X and Prime Minister Y reaffirmed ...": both."""
        text = (
            "President Tom Hale met with Prime Minister Ann Lee of Australia in Manila. In a"
            " statement, the office said President Hale and Prime Minister Lee reaffirmed"
            " their commitment to the region."
        )
        readout = readoutmodel.parse(text)
        assert [len(s.speakers) for s in readout.statements] == [2]

    @pytest.mark.parametrize(
        "told",
        [
            "President Xi Jinping then took the floor.",
            "In response, President Xi Jinping then took the floor.",
        ],
    )
    def test_he_after_a_principal_told_of_is_that_principal(self, told: str) -> None:
        """ "He" after a sentence told of a principal, not a statement of theirs, is that
        principal, not the speaker of the statement before."""
        text = (
            "On November 16, 2021, President Xi Jinping held a virtual meeting with U.S."
            " President Joe Biden.\n\nPresident Biden said that the United States values"
            f" stable ties.\n\n{told} He pointed out that Taiwan is a core interest."
        )
        found = [
            (s.verb, [p.name for p in s.speakers]) for s in readoutmodel.parse(text).statements
        ]
        assert found == [("said", ["Joe Biden"]), ("pointed out", ["Xi Jinping"])]

    @pytest.mark.parametrize(
        "group", ["Leaders", "All leaders", "Leaders of both countries", "Leaders from both sides"]
    )
    def test_leaders_without_an_article_are_everyone(self, group: str) -> None:
        """ "Leaders agreed ..." opens a joint statement, as "The leaders agreed" does."""
        text = (
            "Today, Prime Minister Ann Lee spoke with President Tom Hale of Kenya.\n\n"
            f"{group} agreed to keep working together."
        )
        readout = readoutmodel.parse(text)
        assert [(s.verb, len(s.speakers)) for s in readout.statements] == [("agreed", 2)]

    @pytest.mark.parametrize(
        "group", ["The four ministers", "All four ministers", "The four officials", "All four"]
    )
    def test_a_counted_group_is_everyone_whatever_their_offices(self, group: str) -> None:
        """ "The four ministers" of two Secretaries and two Ministers is all four, not the
        two whose office is Minister."""
        text = (
            "Secretary of State Jane Roe and Secretary of Defense John Doe met today with"
            " Foreign Minister Ken Sato and Defense Minister Aki Mori of Japan.\n\n"
            f"{group} condemned the missile launches."
        )
        readout = readoutmodel.parse(text)
        assert len(readout.participants) == 4
        assert [len(s.speakers) for s in readout.statements] == [4]

    @pytest.mark.parametrize(
        "sentence",
        [
            "The two leaders had candid and constructive exchanges on regional issues.",
            "The two sides had in-depth strategic communication on regional issues.",
            "The two leaders were in agreement that the talks should continue.",
            "The two interlocutors agreed to meet again.",
        ],
    )
    def test_joint_acts_named_by_nouns_and_groups(self, sentence: str) -> None:
        """Acts named by a noun after "had" ("exchanges", "communication"), stances with a
        copula ("were in agreement") and groups ("the two interlocutors") are joint."""
        readout = readoutmodel.parse(RU + sentence)
        assert [len(s.speakers) for s in readout.statements] == [2]

    @pytest.mark.parametrize("group", ["Both officials", "Both diplomats"])
    def test_both_of_a_kind_is_a_joint_subject(self, group: str) -> None:
        """ "Both officials looked forward to ..." is a joint statement of the two, not more
        of what the one before said."""
        text = (
            "Deputy Secretary Jane Roe met today with Foreign Secretary Ana Cruz of the"
            " Philippines.\n\nSecretary Cruz welcomed continued support. "
            f"{group} looked forward to the trilateral summit."
        )
        found = [
            (s.verb, sorted(p.name for p in s.speakers))
            for s in readoutmodel.parse(text).statements
        ]
        assert found == [
            ("welcomed", ["Ana Cruz"]),
            ("looked forward to", ["Ana Cruz", "Jane Roe"]),
        ]

    @pytest.mark.parametrize(
        ("sentence", "verb"),
        [
            ("Mr Putin unequivocally condemned the attack.", "condemned"),
            ("Ms Merkel categorically rejected the accusations.", "rejected"),
            ("Mr Putin and Ms Merkel wholeheartedly welcomed the agreement.", "welcomed"),
        ],
    )
    def test_an_adverb_of_no_list_passes(self, sentence: str, verb: str) -> None:
        """An adverb in -ly that adverbs.txt does not list stands between a subject and its
        verb as the listed ones do."""
        readout = readoutmodel.parse(RU + sentence)
        assert [s.verb for s in readout.statements] == [verb]

    def test_a_name_in_ly_is_no_adverb(self) -> None:
        """A capitalised word in -ly is a name, the verb's subject: "Secretary Kelly"."""
        text = (
            "Secretary of Homeland Security John Kelly met with Minister of the Interior Ana"
            " Ruiz of Mexico.\n\nSecretary Kelly noted the progress. Minister Ruiz and Kelly"
            " agreed to meet again."
        )
        found = [
            (s.verb, [p.name for p in s.speakers]) for s in readoutmodel.parse(text).statements
        ]
        assert found == [("noted", ["John Kelly"]), ("agreed", ["Ana Ruiz", "John Kelly"])]

    @pytest.mark.parametrize(
        "visit",
        [
            "Prime Minister Ali Khan called on His Highness Sheikh Hamad bin Jassim bin Khalid Al"
            " Thani, Emir of the"
            " State of Qatar, at the Amiri Diwan today.",
            "Prime Minister Ali Khan met Emir Hamad Al Thani of Qatar today. Prime Minister Khan"
            " also called on the President of Pakistan, Mr. Arif Shah.",
        ],
    )
    def test_calling_on_someone_is_a_visit_not_an_act(self, visit: str) -> None:
        """ "called on X" with no "to" and a verb after it is a visit: no statement, whoever
        X is, a principal with a long style or someone who took no part."""
        readout = readoutmodel.parse(visit + "\n\nThe Emir thanked Pakistan for its support.")
        assert [s.verb for s in readout.statements] == ["thanked"]


class TestVerbs:
    """The verb as written, lower case, particles kept, adverbs and auxiliaries dropped."""

    @pytest.mark.parametrize(
        ("sentence", "verb", "category"),
        [
            ("Xi Jinping said that China values Europe.", "said", VerbCategory.ASSERT),
            ("Macron noted that France values China.", "noted", VerbCategory.ASSERT),
            (
                "Macron told Xi that France is ready to work with China.",
                "told",
                VerbCategory.ASSERT,
            ),
            ("Macron recalled his visit to Guangzhou last year.", "recalled", VerbCategory.ASSERT),
            ("Xi Jinping put forward a four-point proposal.", "put forward", VerbCategory.ASSERT),
            ("Xi Jinping stated that China is open.", "stated", VerbCategory.ASSERT),
            # "that" opens the content of a phrase that needs it, and is no part of the verb
            ("Xi Jinping held that dialogue is the only way.", "held", VerbCategory.ASSERT),
            ("Macron maintained that Europe must rearm.", "maintained", VerbCategory.ASSERT),
            (
                "Macron spoke in favour of a ceasefire in Gaza.",
                "spoke in favour of",
                VerbCategory.STANCE,
            ),
            ("Macron reported on his recent visit to Kyiv.", "reported on", VerbCategory.INFORM),
            (
                "Xi Jinping spoke positively of the progress made.",
                "spoke positively of",
                VerbCategory.STANCE,
            ),
            ("Macron echoed the call for restraint.", "echoed", VerbCategory.STANCE),
            ("Macron defended the reform of the Council.", "defended", VerbCategory.STANCE),
            (
                "Macron gave an update on the talks in Paris.",
                "gave an update on",
                VerbCategory.INFORM,
            ),
            ("Macron elaborated on his plan.", "elaborated on", VerbCategory.INFORM),
            ("Macron previewed his trip to Asia.", "previewed", VerbCategory.INFORM),
            ("Macron flagged the risks of escalation.", "flagged", VerbCategory.EMPHASIZE),
            ("Macron questioned the proposal.", "questioned", VerbCategory.STANCE),
            ("Macron recommitted to the agreement.", "recommitted", VerbCategory.AGREE),
            ("Macron felt that more could be done.", "felt", VerbCategory.ASSERT),
            ("Macron was of the view that trade must grow.", "of the view", VerbCategory.ASSERT),
            ("Macron was saddened by the loss of life.", "saddened", VerbCategory.STANCE),
            (
                "Macron gave a high assessment of the talks.",
                "gave a high assessment",
                VerbCategory.STANCE,
            ),
            ("Macron looked ahead to the summit in Nice.", "looked ahead to", VerbCategory.STANCE),
            ("Macron relayed a message from the Pope.", "relayed", VerbCategory.INFORM),
            ("Macron made the case for more investment.", "made the case", VerbCategory.ASSERT),
            ("Macron pointed to the risks of escalation.", "pointed to", VerbCategory.ASSERT),
            ("Macron reciprocated the greetings.", "reciprocated", VerbCategory.COURTESY),
            (
                "Macron drew attention to the food crisis.",
                "drew attention to",
                VerbCategory.EMPHASIZE,
            ),
            (
                "Macron drew the attention of the President to the food crisis.",
                "drew the attention of",
                VerbCategory.EMPHASIZE,
            ),
            (
                "Xi Jinping also stressed that the sides should cooperate.",
                "stressed",
                VerbCategory.EMPHASIZE,
            ),
            (
                "Xi Jinping underlined that protectionism leads nowhere.",
                "underlined",
                VerbCategory.EMPHASIZE,
            ),
            (
                "Xi Jinping highlighted the importance of exchanges.",
                "highlighted",
                VerbCategory.EMPHASIZE,
            ),
            (
                "Xi Jinping reiterated that China's position is consistent.",
                "reiterated",
                VerbCategory.EMPHASIZE,
            ),
            (
                "Macron reaffirmed France's commitment to dialogue.",
                "reaffirmed",
                VerbCategory.EMPHASIZE,
            ),
            (
                "Xi Jinping has expressed appreciation for France's position.",
                "expressed",
                VerbCategory.STANCE,
            ),
            ("Xi Jinping expressed thanks for France's support.", "expressed", VerbCategory.STANCE),
            (
                "Macron welcomed China's decision to extend visa-free entry.",
                "welcomed",
                VerbCategory.STANCE,
            ),
            ("Xi Jinping condemned all attacks on civilians.", "condemned", VerbCategory.STANCE),
            (
                "Macron voiced concern over the situation in the Red Sea.",
                "voiced",
                VerbCategory.STANCE,
            ),
            (
                "Macron praised China's role in climate negotiations.",
                "praised",
                VerbCategory.STANCE,
            ),
            ("Macron hailed the progress in bilateral relations.", "hailed", VerbCategory.STANCE),
            (
                "Macron looked forward to receiving Xi in Paris.",
                "looked forward to",
                VerbCategory.STANCE,
            ),
            (
                "Macron was confident that the relationship would grow.",
                "confident",
                VerbCategory.STANCE,
            ),
            ("Macron is optimistic that trade will grow.", "optimistic", VerbCategory.STANCE),
            ("Macron was clear that the embargo stays.", "clear", VerbCategory.EMPHASIZE),
            ("Macron was adamant that Europe must act.", "adamant", VerbCategory.EMPHASIZE),
            ("Macron was unanimous with Xi on the talks.", "unanimous", VerbCategory.AGREE),
            ("Macron was sincerely grateful for the support.", "grateful", VerbCategory.STANCE),
            ("Macron was extremely pleased with the talks.", "pleased", VerbCategory.STANCE),
            ("Macron was appreciative of China's role.", "appreciative", VerbCategory.STANCE),
            ("Macron is convinced that trade will grow.", "convinced", VerbCategory.STANCE),
            (
                "The two sides were pleased with the progress in aviation.",
                "pleased",
                VerbCategory.STANCE,
            ),
            (
                "The two heads of state were satisfied with the talks.",
                "satisfied",
                VerbCategory.STANCE,
            ),
            (
                "The two presidents spoke highly of bilateral cooperation.",
                "spoke highly of",
                VerbCategory.STANCE,
            ),
            ("Xi Jinping pledged to keep China's market open.", "pledged", VerbCategory.AGREE),
            ("The two heads of state agreed to stay in touch.", "agreed", VerbCategory.AGREE),
            ("Macron accepted Xi's invitation to visit China.", "accepted", VerbCategory.AGREE),
            (
                "The two presidents also discussed the Paris Olympics.",
                "discussed",
                VerbCategory.DISCUSS,
            ),
            (
                "Both sides exchanged views on the Middle East.",
                "exchanged views",
                VerbCategory.DISCUSS,
            ),
            (
                "The two presidents had a candid and in-depth exchange of views on governance.",
                "exchange of views",
                VerbCategory.DISCUSS,
            ),
            (
                "The two presidents continued a frank exchange of views on governance.",
                "exchange of views",
                VerbCategory.DISCUSS,
            ),
            ("The two sides also touched upon aviation.", "touched upon", VerbCategory.DISCUSS),
            ("Xi Jinping reviewed the history of the relations.", "reviewed", VerbCategory.DISCUSS),
            ("Macron reflected on the lessons of 1914.", "reflected on", VerbCategory.DISCUSS),
            ("The two sides went over the agenda.", "went over", VerbCategory.DISCUSS),
            ("Xi Jinping laid out China's position.", "laid out", VerbCategory.INFORM),
            ("Macron clarified that France seeks no conflict.", "clarified", VerbCategory.ASSERT),
            ("Xi Jinping indicated that China is open.", "indicated", VerbCategory.ASSERT),
            ("Macron conceded that talks had stalled.", "conceded", VerbCategory.ASSERT),
            ("Macron objected to the new tariffs.", "objected to", VerbCategory.STANCE),
            ("Macron advocated a ceasefire.", "advocated", VerbCategory.REQUEST),
            ("Macron restated France's support.", "restated", VerbCategory.EMPHASIZE),
            ("Macron brought up the detained citizens.", "brought up", VerbCategory.ASSERT),
            ("Xi Jinping spelled out China's position.", "spelled out", VerbCategory.INFORM),
            (
                "The two sides examined the outcome of the dialogue.",
                "examined",
                VerbCategory.DISCUSS,
            ),
            ("The two sides evaluated the joint projects.", "evaluated", VerbCategory.DISCUSS),
            (
                "The two presidents compared notes on Africa.",
                "compared notes",
                VerbCategory.DISCUSS,
            ),
            ("Macron took note of China's proposal.", "took note of", VerbCategory.STANCE),
            ("Macron exhorted the parties to show restraint.", "exhorted", VerbCategory.REQUEST),
            # an adjective of stance that is also a verb's past: after a copula the stance,
            # else the act
            ("Macron was encouraged by the progress.", "encouraged", VerbCategory.STANCE),
            ("Macron encouraged China to play a role.", "encouraged", VerbCategory.REQUEST),
            (
                "Xi briefed Macron on China's position on the crisis.",
                "briefed",
                VerbCategory.INFORM,
            ),
            ("Xi Jinping informed Macron of China's views.", "informed", VerbCategory.INFORM),
            ("Xi Jinping expounded China's principled position.", "expounded", VerbCategory.INFORM),
            ("Macron conveyed the French people's condolences.", "conveyed", VerbCategory.INFORM),
            ("Macron shared his views on the situation in Europe.", "shared", VerbCategory.INFORM),
            ("Xi Jinping urged the French side to act prudently.", "urged", VerbCategory.REQUEST),
            (
                "Macron called for an immediate ceasefire in Gaza.",
                "called for",
                VerbCategory.REQUEST,
            ),
            ("Macron asked Xi to use his influence with Russia.", "asked", VerbCategory.REQUEST),
            ("Xi Jinping proposed that the two hold a dialogue.", "proposed", VerbCategory.REQUEST),
            ("Macron invited Xi to visit France next year.", "invited", VerbCategory.REQUEST),
            ("Macron congratulated Xi on the anniversary.", "congratulated", VerbCategory.COURTESY),
            ("Xi Jinping once again congratulated Macron.", "congratulated", VerbCategory.COURTESY),
            ("Macron thanked Xi for the warm hospitality.", "thanked", VerbCategory.COURTESY),
            ("Macron extended greetings to the Chinese people.", "extended", VerbCategory.COURTESY),
            ("Macron wished Xi good health.", "wished", VerbCategory.COURTESY),
            ("Xi Jinping apologised for the incident.", "apologised", VerbCategory.COURTESY),
            (
                "Macron provided an assessment of the situation in the Sahel.",
                "provided an assessment of",
                VerbCategory.INFORM,
            ),
            (
                "Macron gave his assessment of the talks in Geneva.",
                "gave his assessment of",
                VerbCategory.INFORM,
            ),
            (
                "Macron provided a readout of his visit to Nairobi.",
                "provided a readout of",
                VerbCategory.INFORM,
            ),
            (
                "Xi Jinping gave a full account of China's position.",
                "gave a full account of",
                VerbCategory.INFORM,
            ),
            (
                "Macron acquainted Xi with the results of the summit.",
                "acquainted",
                VerbCategory.INFORM,
            ),
            (
                "The two presidents tasked their teams to draft a plan.",
                "tasked",
                VerbCategory.REQUEST,
            ),
            (
                "The two presidents coordinated their positions before the summit.",
                "coordinated their positions",
                VerbCategory.DISCUSS,
            ),
            (
                "The two presidents summed up the results of the year.",
                "summed up",
                VerbCategory.DISCUSS,
            ),
            (
                "The two presidents looked back on fifty years of relations.",
                "looked back on",
                VerbCategory.DISCUSS,
            ),
            (
                "The two presidents then turned to the Middle East.",
                "turned to",
                VerbCategory.DISCUSS,
            ),
            (
                "Xi Jinping made positive comments on the French initiative.",
                "made positive comments on",
                VerbCategory.STANCE,
            ),
        ],
    )
    def test_verb_and_category(self, sentence: str, verb: str, category: VerbCategory) -> None:
        """Each reporting verb is read as written and counted in its category."""
        readout = readoutmodel.parse(CN + sentence)
        assert [(s.verb, s.category) for s in readout.statements] == [(verb, category)]

    @pytest.mark.parametrize(
        ("sentence", "verb"),
        [
            ("The conversation touched on climate change and biodiversity.", "touched on"),
            ("Their discussion covered trade and investment.", "covered"),
        ],
    )
    def test_conversation_as_subject(self, sentence: str, verb: str) -> None:
        """A sentence about the conversation itself is a joint statement with that verb."""
        readout = readoutmodel.parse(CN + sentence)
        assert [(tuple(p.name for p in s.speakers), s.verb) for s in readout.statements] == [
            ((XI, MACRON), verb)
        ]

    @pytest.mark.parametrize(
        ("sentence", "content"),
        [
            ("The situation in the Middle East was discussed.", "The situation in the Middle East"),
            ("Tariffs on steel and aluminum were also discussed.", "Tariffs on steel and aluminum"),
            ("Regional security was briefly discussed.", "Regional security"),
            (
                "In the course of the talks, energy issues were also thoroughly discussed.",
                "In the course of the talks, energy issues",
            ),
            ("It was agreed to hold the next round in Paris.", "to hold the next round in Paris."),
            ("Also discussed were tariffs and export controls.", "tariffs and export controls."),
            (
                "Among the issues discussed was the situation in Sudan.",
                "the situation in Sudan.",
            ),
        ],
    )
    def test_agentless_passive_is_joint(self, sentence: str, content: str) -> None:
        """A passive with no named agent, adverbs and all, is a joint statement with the
        participle as verb; closing its sentence, it reports its subject."""
        readout = readoutmodel.parse(CN + sentence)
        assert [(len(s.speakers), s.content) for s in readout.statements] == [(2, content)]
        assert readout.statements[0].verb in ("discussed", "agreed")

    @pytest.mark.parametrize(
        "sentence",
        [
            "Chile is proud to be the country where the green hydrogen plan was put forward.",
            "Trade has doubled since the partnership was announced.",
            "The corridor, which was discussed for years, opens next spring.",
        ],
    )
    def test_a_passive_in_a_clause_inside_the_sentence_is_no_act(self, sentence: str) -> None:
        """A passive in a clause that "where", "since" or "which" opens tells of something
        else done: it is no joint act, and a speaker's words run on over it."""
        readout = readoutmodel.parse(CN + f"Xi Jinping said that ties are strong. {sentence}")
        assert [(s.verb, len(s.speakers), len(s.sentences)) for s in readout.statements] == [
            ("said", 1, 2)
        ]

    def test_a_passive_in_a_clause_of_the_engagement_is_a_joint_act(self) -> None:
        """ "During the meeting, where trade was discussed, ...": what was done in the
        engagement."""
        readout = readoutmodel.parse(
            CN + "During the meeting, where trade and energy were discussed, the ministers"
            " signed two agreements."
        )
        assert [(s.verb, len(s.speakers)) for s in readout.statements] == [("discussed", 2)]

    def test_a_passive_with_its_agent_is_the_agents(self) -> None:
        """ "X was briefed by Y on ...": Y's act, reporting what follows the agent; "The
        call was requested by Y" says who asked, not what was said."""
        text = (
            CA + "The Prime Minister was briefed by President Sheinbaum on the new border"
            " measures. Concern was expressed by the Prime Minister about tariffs. The call,"
            " which lasted an hour, had been requested by the Mexican side."
        )
        readout = readoutmodel.parse(text)
        assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
            ("briefed", [SHEINBAUM]),
            ("expressed", [CARNEY]),
        ]
        assert readout.statements[0].content == "on the new border measures."

    @pytest.mark.parametrize("meal", ["a lunch", "a dinner"])
    def test_a_meal_offered_by_a_host_is_no_statement(self, meal: str) -> None:
        """ "a lunch was offered by X in honour of Y": hospitality, no words of X's."""
        readout = readoutmodel.parse(
            "His Majesty King Hassan II received on Friday at the Royal Palace in Rabat the"
            " President of Senegal, Amadou Ba.\n\nThe Senegalese President conveyed to His"
            f" Majesty the King his thanks.\n\nAt the end of this audience, {meal} was offered"
            " by His Majesty the King in honour of the Senegalese President."
        )
        assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
            ("conveyed", ["Amadou Ba"])
        ]

    @pytest.mark.parametrize(
        "sentence",
        [
            "France is committed to reaching a deal on trade.",
            "The two countries are committed to peace.",
            "Hegemony must be opposed by all.",
            "The matter will be discussed at the next round of talks.",
            "The issue should be raised at the United Nations.",
        ],
    )
    def test_a_state_or_an_act_to_come_is_no_joint_passive(self, sentence: str) -> None:
        """ "is committed to" is a state and "will be discussed" an act to come: neither
        is the participants' joint act, as "was discussed" is."""
        readout = readoutmodel.parse(CN + sentence)
        assert [s.verb for s in readout.statements] == []

    def test_a_verb_closing_its_sentence_reports_nothing_before_it(self) -> None:
        """ "The two leaders agreed." is no passive: its content is empty, not its subject."""
        readout = readoutmodel.parse(CN + "The two leaders agreed.")
        assert [(s.verb, s.content) for s in readout.statements] == [("agreed", "")]


class TestSceneActs:
    """An opening sentence that says what a participant did beyond taking part is a statement."""

    @pytest.mark.parametrize(
        ("text", "speakers", "verb"),
        [
            (
                "Prime Minister Mark Carney spoke today with President Claudia Sheinbaum of Mexico"
                " to congratulate her on her first hundred days in office.",
                (CARNEY,),
                "congratulate",
            ),
            (
                "Prime Minister Mark Carney spoke today with President Claudia Sheinbaum of Mexico"
                " and reaffirmed the strong partnership between the two countries.",
                (CARNEY,),
                "reaffirmed",
            ),
            # a relative clause of the scene says what its antecedent did
            (
                "Prime Minister Mark Carney received a phone call today from President Claudia"
                " Sheinbaum of Mexico, who congratulated him on his election victory.",
                (SHEINBAUM,),
                "congratulated",
            ),
            (
                "Prime Minister Mark Carney received a phone call today from President Claudia"
                " Sheinbaum of Mexico, who called to congratulate him on his election victory.",
                (SHEINBAUM,),
                "congratulate",
            ),
            (
                "Prime Minister Mark Carney spoke today with President Claudia Sheinbaum of Mexico"
                " to discuss North American trade.",
                (CARNEY, SHEINBAUM),
                "discuss",
            ),
            (
                "President Joe Biden spoke today with Chancellor Olaf Scholz to review preparations"
                " for the NATO Summit.",
                (BIDEN, "Olaf Scholz"),
                "review",
            ),
            (
                "President Joe Biden called Chancellor Olaf Scholz to congratulate him on his"
                " election victory.",
                (BIDEN,),
                "congratulate",
            ),
            (
                "President Joe Biden spoke today with Chancellor Olaf Scholz, expressing gratitude"
                " for Germany's leadership.",
                (BIDEN,),
                "expressing",
            ),
            (
                "President Joe Biden held a phone conversation with Chancellor Olaf Scholz,"
                " exchanging views on the situation in the Middle East.",
                (BIDEN, "Olaf Scholz"),
                "exchanging views",
            ),
            (
                "Today, Prime Minister Justin Trudeau met with President Emmanuel Macron of France"
                " to underline the importance of the Canada-France partnership.",
                ("Justin Trudeau",),
                "underline",
            ),
            (
                "Prime Minister Narendra Modi spoke with President Emmanuel Macron and conveyed his"
                " condolences on the loss of lives in the floods.",
                ("Narendra Modi",),
                "conveyed",
            ),
            (
                "Prime Minister Narendra Modi had a telephone conversation with President Emmanuel"
                " Macron today, during which the two leaders discussed defence cooperation.",
                ("Narendra Modi", MACRON),
                "discussed",
            ),
            # a guest welcomed to a place is the visit, and the act after it the host's
            (
                "President Joe Biden welcomed President Emmanuel Macron to the White House today"
                " to reaffirm the alliance.",
                (BIDEN,),
                "reaffirm",
            ),
        ],
    )
    def test_scene_with_an_act(self, text: str, speakers: tuple[str, ...], verb: str) -> None:
        """The scene sentence is a statement with the act's verb, as written."""
        readout = readoutmodel.parse(text)
        found = [(tuple(p.name for p in s.speakers), s.verb) for s in readout.statements]
        assert found == [(speakers, verb)]
        assert readout.body is not None
        assert readout.statements[0].span.start == readout.body.start

    @pytest.mark.parametrize(
        "text",
        [
            "Prime Minister Mark Carney spoke today with President Claudia Sheinbaum of Mexico"
            " about North American trade.",
            "Prime Minister Mark Carney held talks today with President Claudia Sheinbaum of Mexico"
            " on North American trade.",
            "On March 3, President Xi Jinping held telephone talks with President Emmanuel Macron.",
            "The Prime Minister spoke to President Macron this morning.",
            "President Joe Biden and Chancellor Olaf Scholz spoke today to coordinate their"
            " response to the crisis.",
            "President Joe Biden answered a phone call from Prime Minister Keir Starmer.",
            "NATO Secretary General Mark Rutte welcomed the President of Finland, Alexander"
            " Stubb, to NATO Headquarters today.",
        ],
    )
    def test_scene_alone_is_no_statement(self, text: str) -> None:
        """ "X spoke with Y about Z" only sets the scene."""
        assert readoutmodel.parse(text).statements == ()


class TestContinuation:
    """Sentences that go on reporting the same speaker's words belong to the statement."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                CN + "Xi Jinping pointed out that China and France are permanent members of the"
                " Security Council. The two countries should strengthen coordination. China"
                " supports France in hosting the summit.",
                [
                    (
                        (XI,),
                        "pointed out",
                        ["Xi Jinping pointed", "The two countries", "China supports"],
                    )
                ],
            ),
            (
                CN + "Emmanuel Macron said, I am glad to speak with you again. France attaches"
                " great importance to its relations with China.",
                [((MACRON,), "said", ["Emmanuel Macron said", "France attaches"])],
            ),
            (
                CN
                + "Xi Jinping put forward a four-point proposal. First, both sides should respect"
                " each other. Second, both sides should expand trade.",
                [((XI,), "put forward", ["Xi Jinping put forward", "First, both", "Second, both"])],
            ),
            (
                CN + "Xi Jinping noted: the world is undergoing profound changes. China and France"
                " bear special responsibilities.",
                [((XI,), "noted", ["Xi Jinping noted", "China and France bear"])],
            ),
            (
                RU + "Putin described the situation as a crisis. In his view, the West bears"
                " responsibility.",
                [((PUTIN,), "described", ["Putin described", "In his view"])],
            ),
            (
                CA + "The Prime Minister highlighted the importance of the CUSMA agreement. He"
                " noted that both countries benefit from integrated supply chains. Canada will"
                " continue to defend its workers.\n\nPresident Sheinbaum thanked the Prime Minister"
                " for his call.",
                [
                    ((CARNEY,), "highlighted", ["The Prime Minister highlighted"]),
                    ((CARNEY,), "noted", ["He noted that both", "Canada will continue"]),
                    ((SHEINBAUM,), "thanked", ["President Sheinbaum thanked"]),
                ],
            ),
        ],
    )
    def test_continued(
        self, text: str, expected: list[tuple[tuple[str, ...], str, list[str]]]
    ) -> None:
        """The statement covers the sentences after it until a new attribution."""
        _check(text, expected)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # a new attribution ends the statement
            (
                CN + "The two heads of state agreed to instruct their teams to follow up. Xi"
                " Jinping stressed that China is willing to import more French products.",
                [
                    ((XI, MACRON), "agreed", ["The two heads of state"]),
                    ((XI,), "stressed", ["Xi Jinping stressed"]),
                ],
            ),
            # a trailing attribution of the next sentence is its own statement
            (
                CN + "Macron said France opposes decoupling. China is an important partner for"
                " Europe, he added.",
                [((MACRON,), "said", ["Macron said"]), ((MACRON,), "added", ["China is an"])],
            ),
            # a new paragraph ends it
            (
                CN + "Xi Jinping said that China and France should jointly oppose bloc"
                " confrontation. Both countries are permanent members of the Security Council.\n\n"
                "Macron agreed.",
                [
                    ((XI,), "said", ["Xi Jinping said", "Both countries"]),
                    ((MACRON,), "agreed", ["Macron agreed"]),
                ],
            ),
            # a paragraph of background after a statement is not part of it
            (
                CN + "Xi Jinping said China values Europe.\n\nThe international community is"
                " watching the two countries.",
                [((XI,), "said", ["Xi Jinping said"])],
            ),
        ],
    )
    def test_ended(self, text: str, expected: list[tuple[tuple[str, ...], str, list[str]]]) -> None:
        """A new attribution or a new paragraph ends the statement."""
        _check(text, expected)

    def test_quotation_paragraph_continues(self) -> None:
        """A paragraph that is only a quotation goes on with the statement before it."""
        text = (
            "President Isaac Herzog spoke by telephone with Chancellor Friedrich Merz of Germany"
            " and congratulated him on taking office.\n\n“Germany has a true friend in Israel."
            " I hope to welcome you in Jerusalem soon.”"
        )
        readout = readoutmodel.parse(text)
        assert len(readout.statements) == 1
        assert readout.statements[0].verb == "congratulated"
        assert len(readout.statements[0].sentences) == 3

    def test_a_quotation_of_several_paragraphs_is_its_speakers(self) -> None:
        """A quotation left open at the end of a paragraph goes on in the next, which
        opens with a quotation mark again: the attribution that closes it covers it all."""
        text = (
            CA + "The Prime Minister highlighted the ties between Canada and Mexico.\n\n“Our"
            " countries are partners. We will keep working together.\n\n“We stand together for"
            " free trade,” said President Sheinbaum."
        )
        _check(
            text,
            [
                ((CARNEY,), "highlighted", ["The Prime Minister highlighted"]),
                (
                    (SHEINBAUM,),
                    "said",
                    ["“Our countries are partners", "We will keep working", "“We stand together"],
                ),
            ],
        )
        said = readoutmodel.parse(text).statements[1]
        assert said.content == (
            "Our countries are partners. We will keep working together. We stand together for"
            " free trade"
        )

    def test_content_drops_every_kind_of_quotation_mark(self) -> None:
        """The words of a quotation in guillemets, closed by its attribution, are the
        content without the marks."""
        text = CA + "«Our countries are partners.\n\n«We stand together,» said the Prime Minister."
        assert [s.content for s in readoutmodel.parse(text).statements] == [
            "Our countries are partners. We stand together"
        ]

    def test_a_quotation_left_open_without_an_attribution_goes_on_as_before(self) -> None:
        """Without an attribution closing it, the open quotation continues the statement
        before it, as a paragraph that is only a quotation does, to its last paragraph."""
        text = (
            CA + "The Prime Minister highlighted the ties between Canada and Mexico.\n\n“Our"
            " countries are partners.\n\n“We stand together for free trade.”"
        )
        _check(
            text,
            [
                (
                    (CARNEY,),
                    "highlighted",
                    [
                        "The Prime Minister highlighted",
                        "“Our countries are partners",
                        "“We stand together for free trade",
                    ],
                )
            ],
        )


class TestNotStatements:
    """Background, third parties, spokespeople and page furniture are not statements."""

    @pytest.mark.parametrize(
        "told",
        [
            "Recently, the German side has sent wrong signals.",
            "The two sides have expressed willingness to keep negotiating.",
        ],
    )
    def test_a_perfect_within_reported_words_goes_on_with_them(self, told: str) -> None:
        """ "Putin said that ... Recently, the German side has sent wrong signals.": what
        the speaker said others have done, not an act of theirs told by the readout."""
        readout = readoutmodel.parse(
            RU + f"Mr Putin said that talks between Russia and Ukraine matter. {told}"
            " Russia supports dialogue.\n\nMs Merkel said that Germany agrees."
        )
        found = [(s.verb, s.speakers[0].name, len(s.sentences)) for s in readout.statements]
        assert found == [("said", PUTIN, 3), ("said", MERKEL, 1)]

    def test_asking_for_the_engagement_is_no_act(self) -> None:
        """ "The Prime Minister had requested the call.": who asked, not what was said."""
        readout = readoutmodel.parse(
            US + "The Prime Minister had requested the call. The leaders condemned the attacks."
        )
        assert [s.verb for s in readout.statements] == ["condemned"]
        assert readout.initiator is not None
        assert readout.initiator.name == STARMER

    def test_third_party_words(self) -> None:
        """A leader who took no part says nothing in the readout's statements."""
        text = (
            US + "French President Emmanuel Macron said on Monday that Europe must rearm. The"
            " leaders discussed defense spending."
        )
        _check(text, [((BIDEN, STARMER), "discussed", ["The leaders discussed"])])

    @pytest.mark.parametrize(
        "teller",
        [
            "Kremlin spokesman Oleg Sokolov said earlier that the call took long to prepare.",
            "French President Jean Martin said on Monday that Europe must rearm.",
        ],
    )
    def test_a_pronoun_after_others_words_is_theirs(self, teller: str) -> None:
        """ "He" right after the words of someone who took no part, a spokesman or a
        third party, is that one: no statement of a principal."""
        text = US + f"The leaders discussed defense spending. {teller} He added that talks go on."
        assert [s.verb for s in readoutmodel.parse(text).statements] == ["discussed"]

    def test_a_determiner_is_a_word_of_its_own(self) -> None:
        """ "Other leaders" is no one's "her leaders": the words are no principal's."""
        readout = readoutmodel.parse(
            US + "The leaders discussed defense spending. Other leaders welcomed the plan."
        )
        assert [s.verb for s in readout.statements] == ["discussed"]
        assert all("her leaders" not in p.aliases for p in readout.participants)

    def test_third_party_words_end_a_statement(self) -> None:
        """The words of someone who took no part are no more of the statement before."""
        text = (
            US + "President Biden stressed that support for Ukraine would continue. Earlier,"
            " French President Emmanuel Macron said that Europe was ready. The Prime Minister"
            " agreed."
        )
        _check(
            text,
            [
                ((BIDEN,), "stressed", ["President Biden stressed that"]),
                ((STARMER,), "agreed", ["The Prime Minister agreed."]),
            ],
        )

    def test_an_office_in_the_plural_that_no_principal_holds(self) -> None:
        """Offices in the plural that neither principal holds, with no principal left
        untitled, are others: "The defence ministers" of two leaders say nothing."""
        text = US + "The defence ministers discussed the exercises. The leaders agreed."
        _check(text, [((BIDEN, STARMER), "agreed", ["The leaders agreed"])])

    def test_background_sentence(self) -> None:
        """A background sentence before an attribution is not a statement."""
        text = (
            CA + "President Donald Trump announced new tariffs last week. The Prime Minister"
            " stressed that Canada would respond firmly."
        )
        readout = readoutmodel.parse(text)
        _check(text, [((CARNEY,), "stressed", ["The Prime Minister stressed"])])
        assert [p.name for p in readout.participants] == [CARNEY, SHEINBAUM]

    def test_spokesperson_lines(self) -> None:
        """A spokesperson's line about the call is not a participant's statement."""
        text = RU + "Peskov told reporters that the conversation was businesslike."
        assert readoutmodel.parse(text).statements == ()

    def test_relayed_joint_act(self) -> None:
        """An office relaying what the leaders did gives the leaders' statement, not its own."""
        text = CA + "The Prime Minister's Office said the two leaders discussed tariffs."
        _check(text, [((CARNEY, SHEINBAUM), "discussed", ["The Prime Minister's Office"])])

    def test_relayed_quotation(self) -> None:
        """A spokesman quoting what the presidents did gives the presidents' statement."""
        text = (
            "MOSCOW, March 5. /TASS/. Russian President Vladimir Putin and Chinese President Xi"
            " Jinping discussed bilateral trade in a telephone conversation on Wednesday, Kremlin"
            ' spokesman Dmitry Peskov told reporters.\n\n"The presidents paid special attention'
            ' to energy projects," Peskov said.'
        )
        readout = readoutmodel.parse(text)
        assert [p.name for p in readout.participants] == [PUTIN, XI]
        assert [tuple(p.name for p in s.speakers) for s in readout.statements] == [
            (PUTIN, XI),
            (PUTIN, XI),
        ]

    def test_headline_dateline_and_chrome(self) -> None:
        """Nothing outside the body becomes a statement."""
        text = (
            "Home > News\nXi Jinping Stresses Dialogue in Call with Macron\n\n" + CN + "Xi Jinping"
            " stressed that dialogue is the only way.\n\nSuggest to a friend"
        )
        readout = readoutmodel.parse(text)
        assert readout.body is not None
        assert [s.verb for s in readout.statements] == ["stressed"]
        assert all(readout.body.contains(s.span) for s in readout.statements)

    def test_witnessing_a_signing(self) -> None:
        """Witnessing the signing of documents is no communicative act."""
        text = CN + "The two heads of state witnessed the signing of several cooperation documents."
        assert readoutmodel.parse(text).statements == ()


class TestStatementFields:
    """Span, sentences, content and paragraph of a statement point into the text."""

    def test_span_and_sentences(self) -> None:
        """The span runs from the attribution to the last continued sentence."""
        text = (
            CN + "Xi Jinping stressed, the two sides should respect each other. History shows"
            " that dialogue works.\n\nMacron agreed."
        )
        readout = readoutmodel.parse(text)
        first = readout.statements[0]
        assert first.span.of(text) == (
            "Xi Jinping stressed, the two sides should respect each other. History shows that"
            " dialogue works."
        )
        assert [s.of(text) for s in first.sentences] == [
            "Xi Jinping stressed, the two sides should respect each other.",
            "History shows that dialogue works.",
        ]
        assert [s.paragraph for s in readout.statements] == [1, 2]

    def test_content_drops_the_attribution(self) -> None:
        """The content is the reported words without "X stressed that"."""
        readout = readoutmodel.parse(
            CN + "Xi Jinping stressed that the two sides should respect each other."
        )
        assert readout.statements[0].content == "the two sides should respect each other."

    def test_content_of_a_trailing_attribution(self) -> None:
        """For "..., Xi said." the content is what comes before the attribution."""
        readout = readoutmodel.parse(CN + "China is ready to deepen cooperation, Xi said.")
        assert readout.statements[0].content == "China is ready to deepen cooperation"

    @pytest.mark.parametrize(
        ("sentence", "verb"),
        [
            ("“China is ready to deepen cooperation,” Xi said.", "said"),
            ("“China is ready to deepen cooperation,” Xi said in his speech.", "said"),
            ("“China is ready to deepen cooperation,” Xi wrote on social media.", "wrote"),
            ("“China is ready to deepen cooperation,” Xi said, according to Xinhua.", "said"),
        ],
    )
    def test_content_of_a_verb_that_closes_a_quotation(self, sentence: str, verb: str) -> None:
        """A verb that closes a quotation, where or how it was said after it, reports the
        quotation."""
        readout = readoutmodel.parse(CN + sentence)
        assert [(s.verb, s.content) for s in readout.statements] == [
            (verb, "China is ready to deepen cooperation")
        ]

    def test_statements_by(self) -> None:
        """A readout lists the statements of one participant."""
        readout = readoutmodel.parse(
            CN + "Xi Jinping said China values Europe.\n\nMacron agreed.\n\nXi Jinping thanked"
            " Macron."
        )
        assert [s.verb for s in readout.statements_by(XI)] == ["said", "thanked"]
        assert [s.verb for s in readout.statements_by(MACRON)] == ["agreed"]


class TestMoreForms:
    """Acts named after a light verb, the engagement as subject, roles of a country."""

    def test_the_present_of_a_plural_subject_or_another_speaker(self) -> None:
        """The base form is the present of a plural subject ("The leaders agree"), not of
        "will" or "to"; a present whose subject names another principal than the one
        speaking starts a statement, one whose subject is a country goes on with it."""
        text = (
            US + "President Biden reaffirmed the special relationship. The United Kingdom"
            " appreciates the support. Prime Minister Starmer looks forward to hosting the"
            " summit. The leaders agree that Europe must do more. They will discuss energy"
            " next month. The two leaders look forward to meeting in London."
        )
        _check(
            text,
            [
                ((BIDEN,), "reaffirmed", ["President Biden reaffirmed", "The United Kingdom"]),
                ((STARMER,), "looks forward to", ["Prime Minister Starmer looks forward"]),
                ((BIDEN, STARMER), "agree", ["The leaders agree", "They will discuss"]),
                ((BIDEN, STARMER), "look forward to", ["The two leaders look forward"]),
            ],
        )

    @pytest.mark.parametrize(
        ("text", "speakers"),
        [
            (
                "President Ana Ruiz spoke today with President Tom Hale of Kenya. She thanked"
                " President Hale for the call. He briefed her on the drought. She offered help.",
                ["Ana Ruiz", "Tom Hale", "Ana Ruiz"],
            ),
            (
                "Mr. Mark Lee, Prime Minister of Canada, spoke today with Ms. Anna Berg, Prime"
                " Minister of Sweden. Mr. Lee congratulated her on the election. She thanked him.",
                ["Mark Lee", "Anna Berg"],
            ),
            # "her" owning a counterpart is no style of his
            (
                "Foreign Minister Ann Lee today spoke with her Chinese counterpart, Wang Yi. Mr"
                " Wang said the exercises were lawful. He added that China values the ties.",
                ["Wang Yi", "Wang Yi"],
            ),
        ],
    )
    def test_a_pronoun_of_the_other_gender_is_the_other(
        self, text: str, speakers: list[str]
    ) -> None:
        """ "She ... He ...": a pronoun of the other gender than the one last spoken of, as
        a style or an earlier pronoun has it, is the other principal."""
        readout = readoutmodel.parse(text)
        assert [p.name for s in readout.statements for p in s.speakers] == speakers

    @pytest.mark.parametrize(
        ("text", "speakers"),
        [
            (
                "President Ana Ruiz spoke with Prime Minister Tom Hale. Ruiz and Hale discussed"
                " trade. The former stressed the need for open markets.",
                [["Ana Ruiz", "Tom Hale"], ["Ana Ruiz"]],
            ),
            (
                "Chancellor Eva Berg met President Ana Ruiz and Prime Minister Tom Hale. Ruiz"
                " and Hale discussed trade. The latter stressed the need for open markets.",
                [["Ana Ruiz", "Tom Hale"], ["Tom Hale"]],
            ),
            # one named in the sentence before: "the latter" is the other
            (
                "President Ana Ruiz spoke with Prime Minister Tom Hale. The President conveyed"
                " her sympathies to the people. The latter thanked her.",
                [["Ana Ruiz"], ["Tom Hale"]],
            ),
        ],
    )
    def test_the_former_and_the_latter(self, text: str, speakers: list[list[str]]) -> None:
        """ "The former", "the latter": the first or the second of the two last named."""
        readout = readoutmodel.parse(text)
        assert [[p.name for p in s.speakers] for s in readout.statements] == speakers

    @pytest.mark.parametrize(
        ("text", "speakers"),
        [
            (
                "Vice President Ana Ruiz spoke today with President Tom Hale of Kenya. President"
                " Hale thanked the Vice President for her leadership. She welcomed Kenya's plans.",
                ["Tom Hale", "Ana Ruiz"],
            ),
            (
                "Prime Minister Tom Hale spoke today with Prime Minister Ana Ruiz of Chile. He"
                " congratulated Prime Minister Ruiz on her appointment. She outlined her plans.",
                ["Tom Hale", "Ana Ruiz"],
            ),
            # one of whom nothing is known may be "he"
            (
                "His Excellency Tom Hale spoke today with Prime Minister Omar Aziz. Prime Minister"
                " Aziz thanked Mr. Hale for his support. He reaffirmed the partnership.",
                ["Omar Aziz", "Omar Aziz"],
            ),
            # briefing someone on "her" visit: the subject's
            (
                "Foreign Minister Eva Berg spoke with Secretary of State Tom Hale. Foreign Minister"
                " Berg briefed the Secretary on her visit to Kyiv. She stressed Europe's resolve.",
                ["Eva Berg", "Eva Berg"],
            ),
            # "She" who goes on to name the one known to be a woman is not that one
            (
                "Prime Minister Eva Berg spoke with Vice President Ana Ruiz. Prime Minister Berg"
                " congratulated the Vice President on her election. She briefed the Vice"
                " President on the floods.",
                ["Eva Berg", "Eva Berg"],
            ),
        ],
    )
    def test_a_possessive_after_a_person_says_their_gender(
        self, text: str, speakers: list[str]
    ) -> None:
        """ "thanked the Vice President for her leadership. She ...": the possessive is
        the person's, and "She" is the one known to be a woman, not the last subject of
        whom nothing is known."""
        readout = readoutmodel.parse(text)
        assert [p.name for s in readout.statements for p in s.speakers] == speakers

    def test_a_style_opening_an_office_among_subjects(self) -> None:
        """ "His Highness Sheikh X and His Excellency the French President reviewed ...":
        the style opens the office, and both are the subjects."""
        text = (
            "ABU DHABI, 12th November, 2023 (WAM) -- His Highness Sheikh Khalid bin Saeed,"
            " President of the UAE, received a phone call today from His Excellency Jean"
            " Martin, President of the French Republic.\n\nHis Highness Sheikh Khalid and His"
            " Excellency the French President reviewed bilateral relations."
        )
        readout = readoutmodel.parse(text)
        assert [len(s.speakers) for s in readout.statements] == [2]

    def test_the_first_person_of_a_writer_never_named(self) -> None:
        """ "I spoke with Prime Minister X ...": with no byline the writer is no one the
        text names, and not X; "I" and "We" speak for no principal."""
        text = (
            "Call with Prime Minister of New Zealand\nWednesday 17 January 2024\n\nI spoke"
            " with Prime Minister Tom Hale this morning. We discussed climate change. I"
            " congratulated Prime Minister Hale on his election."
        )
        readout = readoutmodel.parse(text)
        assert [p.name for p in readout.participants] == ["Tom Hale"]
        assert "I" not in readout.participants[0].aliases
        assert readout.statements == ()

    def test_a_pronoun_after_a_sentence_about_a_principal(self) -> None:
        """A sentence outside any statement that opens with a principal is about them:
        "He" after it is they, not the scene's subject."""
        text = (
            "PM holds talks with President of Ghana\nNew Delhi, 3 March 2025\n\nPrime"
            " Minister Shri Narendra Modi held talks today with President Kwame Mensah of"
            " Ghana. President Mensah is on his first State Visit to India. He thanked the"
            " Prime Minister for the warm hospitality."
        )
        readout = readoutmodel.parse(text)
        assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
            ("thanked", ["Kwame Mensah"])
        ]

    def test_the_first_person_present(self) -> None:
        """ "I thank him", "We agree": a leader's own statement in the present."""
        text = (
            "Statement by Prime Minister Anna Berg\n\nI spoke today with President John Doe"
            " of Kenya. I thank him for the invitation. We agree that trade must grow."
        )
        readout = readoutmodel.parse(text)
        assert [(s.verb, len(s.speakers)) for s in readout.statements] == [
            ("thank", 1),
            ("agree", 2),
        ]
        assert readout.statements[0].speakers[0].name == "Anna Berg"

    def test_took_the_opportunity_to(self) -> None:
        """ "X took the opportunity to congratulate Y": X's act, with the verb as written."""
        text = US + "President Biden took the opportunity to congratulate the Prime Minister."
        _check(text, [((BIDEN,), "congratulate", ["President Biden took the opportunity"])])

    @pytest.mark.parametrize(
        ("sentence", "verb"),
        [
            ("He began by expressing his condolences for the victims.", "expressing"),
            ("President Biden concluded by thanking the Prime Minister.", "thanking"),
        ],
    )
    def test_began_by(self, sentence: str, verb: str) -> None:
        """ "X began by expressing ...": X's act, with the verb as written."""
        _check(US + sentence, [((BIDEN,), verb, [sentence[:20]])])

    @pytest.mark.parametrize(
        ("sentence", "speakers", "verb", "content"),
        [
            (
                "Prime Minister Starmer spoke at length about the war in Ukraine.",
                (STARMER,),
                "spoke",
                "the war in Ukraine.",
            ),
            (
                "The two leaders touched briefly on trade.",
                (BIDEN, STARMER),
                "touched",
                "trade.",
            ),
            (
                "The leaders dwelt at some length on energy security.",
                (BIDEN, STARMER),
                "dwelt",
                "energy security.",
            ),
            (
                "President Biden referred once again to the summit in June.",
                (BIDEN,),
                "referred",
                "the summit in June.",
            ),
            (
                "They also talked in detail about the supply chains.",
                (BIDEN, STARMER),
                "talked",
                "the supply chains.",
            ),
            (
                "The leaders spoke broadly about the Middle East.",
                (BIDEN, STARMER),
                "spoke",
                "the Middle East.",
            ),
        ],
    )
    def test_a_phrasal_verb_parted_by_an_adverbial(
        self, sentence: str, speakers: tuple[str, ...], verb: str, content: str
    ) -> None:
        """ "spoke at length about", "touched briefly on": the verb and its particle, an
        adverbial between them, report an act; the verb as written is the verb alone."""
        readout = readoutmodel.parse(US + sentence)
        assert [
            (tuple(p.name for p in s.speakers), s.verb, s.content) for s in readout.statements
        ] == [(speakers, verb, content)]

    def test_a_parted_phrasal_verb_keeps_its_subject_for_the_next_pronoun(self) -> None:
        """The subject of a parted phrasal verb is whom the next "He" means: before, the
        sentence reported nothing and "He" went to the principal before it."""
        text = (
            US + "President Biden welcomed the visit. Prime Minister Starmer spoke at length"
            " about the alliance. He said that Britain will raise its defence spending."
        )
        _check(
            text,
            [
                ((BIDEN,), "welcomed", ["President Biden welcomed"]),
                ((STARMER,), "spoke", ["Prime Minister Starmer spoke"]),
                ((STARMER,), "said", ["He said that Britain"]),
            ],
        )

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            # the clause's object is a noun: the subject of "said" stands before the clause
            (
                "Prime Minister Starmer, who had requested the call, said that Britain stands"
                " with Ukraine.",
                [((STARMER,), "said", ["Prime Minister Starmer, who"])],
            ),
            (
                "President Biden, whose team drafted the plan, stressed that it would hold.",
                [((BIDEN,), "stressed", ["President Biden, whose team"])],
            ),
            # the call is the subject of the verb after its clause: a joint statement
            (
                "The call, which lasted an hour, focused on energy.",
                [((BIDEN, STARMER), "focused on", ["The call, which lasted"])],
            ),
            # the subject after ", which" asked for the call and said nothing by it
            (
                "The call, which the Prime Minister requested, focused on energy.",
                [((BIDEN, STARMER), "focused on", ["The call, which the"])],
            ),
            # after a preposition, "which" opens a clause that states an act
            (
                "They spoke for an hour, during which the two leaders discussed energy.",
                [((BIDEN, STARMER), "discussed", ["They spoke for an hour"])],
            ),
        ],
    )
    def test_a_relative_clause_set_off_by_commas(
        self, sentence: str, expected: list[tuple[tuple[str, ...], str, list[str]]]
    ) -> None:
        """A relative clause between a subject and its verb is passed over; the subject
        of a clause opened by ", which" is the clause's own, not the sentence's speaker."""
        _check(US + sentence, expected)

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "Prime Minister Starmer, as host of the G7 summit, thanked the President.",
                [((STARMER,), "thanked", ["Prime Minister Starmer, as host"])],
            ),
            (
                "The Prime Minister, in his remarks, welcomed the President's support.",
                [((STARMER,), "welcomed", ["The Prime Minister, in his remarks"])],
            ),
            (
                "President Biden, however, stressed that the alliance would hold.",
                [((BIDEN,), "stressed", ["President Biden, however"])],
            ),
            (
                "Starmer, also leader of the Labour Party of the United Kingdom, said the two"
                " parties should talk more.",
                [((STARMER,), "said", ["Starmer, also leader"])],
            ),
            (
                "The leaders, who last met in June, also discussed energy.",
                [((BIDEN, STARMER), "discussed", ["The leaders, who last met"])],
            ),
            # a principal named inside, after the aside opens: still an aside
            (
                "The Prime Minister, in his conversation with President Biden, stressed that"
                " Britain would stay the course.",
                [((STARMER,), "stressed", ["The Prime Minister, in his conversation"])],
            ),
            (
                "Prime Minister Starmer, thanking President Biden for his support, stressed"
                " that Britain would stay the course.",
                [((STARMER,), "stressed", ["Prime Minister Starmer, thanking"])],
            ),
            # an aside after the object is no subject's: the object is no speaker
            (
                "The President thanked Prime Minister Starmer, as host of the G7, for his support.",
                [((BIDEN,), "thanked", ["The President thanked"])],
            ),
        ],
    )
    def test_an_aside_set_off_by_commas(
        self, sentence: str, expected: list[tuple[tuple[str, ...], str, list[str]]]
    ) -> None:
        """A few words set off by commas between a subject and its verb, with no verb of
        their own and no principal named, are passed over as a relative clause is."""
        _check(US + sentence, expected)

    @pytest.mark.parametrize(
        "sentence",
        [
            "Zhou, also a member of the Political Bureau of the Communist Party of China Central"
            " Committee, said the two countries are partners.",
            "Zhou, also general secretary of the Communist Party of China Central Committee and"
            " chairman of the Central Military Commission, said the two countries are partners.",
        ],
    )
    def test_an_office_in_apposition_runs_longer_than_an_aside(self, sentence: str) -> None:
        """Offices set off by commas after the subject are passed over however long they run."""
        scene = (
            "BEIJING, May 6, 2025 (Xinhua) -- Chinese President Zhou Ming held talks with"
            " Kenyan President Amani Wekesa in Beijing on Tuesday.\n\n"
        )
        found = _found(readoutmodel.parse(scene + sentence))
        assert [(speakers, verb) for speakers, verb, _ in found] == [(("Zhou Ming",), "said")]

    @pytest.mark.parametrize(
        "sentence",
        [
            # a principal named between commas is a list, not an aside
            "President Biden, Prime Minister Starmer, agreed to meet again.",
            # a verb of its own: a clause, not an aside
            "The President, the Prime Minister noted, was clear about Ukraine.",
        ],
    )
    def test_what_is_no_aside(self, sentence: str) -> None:
        """Words between commas that name a principal or hold a verb are no aside."""
        found = _found(readoutmodel.parse(US + sentence))
        assert not any(
            verb in ("agreed", "was") and speakers == (BIDEN,) for speakers, verb, _ in found
        )

    @pytest.mark.parametrize(
        "sentence",
        [
            "Presidential Aide Ivan Sokolov told reporters that President Biden stressed the"
            " need for talks.",
            "Senior Presidential Secretary for Public Relations Kim Min-ji said that President"
            " Biden stressed the need for talks.",
            "Spokesman for the Presidency Ambassador Omar Rady said that President Biden"
            " stressed the need for talks.",
            "Communications Director Omar Rady said that President Biden stressed the need"
            " for talks.",
            # anyone named who took no part may pass a principal's words on
            "Foreign Minister Ana Ruiz said that President Biden stressed the need for talks.",
            "Head of the Office of the President Ivan Sokolov said President Biden stressed the"
            " need for talks.",
        ],
    )
    def test_an_aide_relays_a_principals_words(self, sentence: str) -> None:
        """Words of a principal passed on by an aide, a secretary for public relations, a
        spokesman named by his rank or anyone named who took no part are the principal's;
        the one passing them on is no participant."""
        readout = readoutmodel.parse(US + sentence)
        assert [p.name for p in readout.participants] == [BIDEN, STARMER]
        assert _same(_found(readout), [((BIDEN,), "stressed", [sentence[:20]])])

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            # an office-holder who took no part beside a principal: the principal's act
            (
                "President Biden and Secretary Ruiz stressed the importance of NATO.",
                [((BIDEN,), "stressed", ["President Biden and Secretary Ruiz"])],
            ),
            (
                "Secretary Ruiz, President Biden and Prime Minister Starmer agreed to meet.",
                [((BIDEN, STARMER), "agreed", ["Secretary Ruiz, President Biden"])],
            ),
            # office-holders none of whom took part, or places, say nothing for a principal
            ("Secretary Ruiz and Minister Diaz stressed the importance of NATO.", []),
            ("Madrid and Lisbon agreed to swap prisoners.", []),
        ],
    )
    def test_a_subject_of_several_with_one_who_took_no_part(
        self, sentence: str, expected: list[tuple[tuple[str, ...], str, list[str]]]
    ) -> None:
        """Subjects joined by "and" that hold an office-holder who is no principal are the
        principals among them."""
        _check(US + sentence, expected)

    def test_an_adverbial_after_the_particle_parts_nothing(self) -> None:
        """ "spoke about ... at length" is the verb and its particle together, as before."""
        _check(
            US + "Prime Minister Starmer spoke about the alliance at length.",
            [((STARMER,), "spoke about", ["Prime Minister Starmer spoke"])],
        )

    def test_engagement_dealt_with(self) -> None:
        """ "The call dealt with ...": a joint statement."""
        text = US + "The call dealt with trade and the situation in Ukraine."
        _check(text, [((BIDEN, STARMER), "dealt with", ["The call dealt with"])])

    def test_a_country_role_in_the_plural(self) -> None:
        """ "The EU leaders" are every principal of the EU."""
        text = (
            "President of the European Council Anna Kovac and President of the European"
            " Commission Lars Holm met President Xi Jinping in Beijing today.\n\nThe EU leaders"
            " raised concerns about export controls."
        )
        _check(text, [(("Anna Kovac", "Lars Holm"), "raised", ["The EU leaders raised"])])

    def test_a_demonym_office_names_the_principal_without_a_country(self) -> None:
        """ "The Kenyan President" is the President who is not Ugandan."""
        text = (
            "President Daniel Otieno spoke with President Grace Namutebi of Uganda.\n\nHis"
            " Ugandan counterpart welcomed the progress on the pipeline. The Kenyan President"
            " noted that the community must remain united."
        )
        _check(
            text,
            [
                (("Grace Namutebi",), "welcomed", ["His Ugandan counterpart welcomed"]),
                (("Daniel Otieno",), "noted", ["The Kenyan President noted"]),
            ],
        )

    def test_a_list_under_the_verb(self) -> None:
        """ "The leaders discussed:" and the list under it: one joint statement whose
        content is the list."""
        text = US + "The leaders discussed:\n• Ukraine;\n• trade and tariffs.\n\nThey agreed."
        readout = readoutmodel.parse(text)
        listed = readout.statements[0]
        assert (listed.verb, [p.name for p in listed.speakers]) == ("discussed", [BIDEN, STARMER])
        assert listed.content == "• Ukraine;\n• trade and tariffs."
        assert [t.id for t in listed.topics] == ["trade", "ukraine"]

    @pytest.mark.parametrize("marker", ["•", "-"])
    def test_a_list_in_paragraphs_under_the_verb(self, marker: str) -> None:
        """ "The leaders welcomed the following steps:" over a paragraph for each item: the
        items are the statement's, and the paragraph after them is not."""
        text = (
            US + "The leaders welcomed the following steps:\n\n"
            f"{marker} The launch of a dialogue on critical minerals.\n\n"
            f"{marker} The return of the two ambassadors.\n\n"
            "President Biden stressed the importance of Ukraine."
        )
        found = _found(readoutmodel.parse(text))
        assert [(speakers, verb, len(anchors)) for speakers, verb, anchors in found] == [
            ((BIDEN, STARMER), "welcomed", 3),
            ((BIDEN,), "stressed", 1),
        ]

    def test_proposals_in_paragraphs_opened_by_ordinals_under_the_verb(self) -> None:
        """ "Xi Jinping put forward three proposals:" over "First, ...", "Second, ...": the
        proposals are his, and the paragraph after them is not; "First," with no colon
        before it opens no list."""
        text = (
            CN + "Xi Jinping put forward two proposals:\n\nFirst, the two sides should deepen"
            " political trust.\n\nSecondly, China is ready to import more French cheese."
            "\n\nEmmanuel Macron said France welcomes the proposals."
        )
        found = _found(readoutmodel.parse(text))
        assert [(speakers, verb, len(anchors)) for speakers, verb, anchors in found] == [
            ((XI,), "put forward", 3),
            ((MACRON,), "said", 1),
        ]
        unlisted = CN + "Xi Jinping stressed trust.\n\nFirst, a new office opened in Beijing."
        assert [len(anchors) for _, _, anchors in _found(readoutmodel.parse(unlisted))] == [1]

    @pytest.mark.parametrize("marker", ["•", "-", "*"])
    def test_sentences_listed_under_a_colon_are_statements_of_their_own(self, marker: str) -> None:
        """Items that are sentences, under a line that is no verb's ("The spokesperson
        issued the following statement:"), are read one by one, not as the line's list."""
        text = (
            "Prime Minister Ann Lee spoke by telephone with President Tom Hale of Kenya. The"
            " spokesperson issued the following statement:\n\n"
            f"{marker} The Prime Minister expressed her condolences on the floods.\n"
            f"{marker} President Hale thanked the Prime Minister for her support.\n"
            f"{marker} Both agreed to stay in close contact."
        )
        found = _found(readoutmodel.parse(text))
        assert [(speakers, verb, anchors[0].split()[:3]) for speakers, verb, anchors in found] == [
            (("Ann Lee",), "expressed", ["The", "Prime", "Minister"]),
            (("Tom Hale",), "thanked", ["President", "Hale", "thanked"]),
            (("Ann Lee", "Tom Hale"), "agreed", ["Both", "agreed", "to"]),
        ]

    def test_a_joint_deed_ends_the_statement(self) -> None:
        """ "Both leaders signed ..." narrates anew; "The parties concerned should" does not."""
        text = (
            CN + "Xi Jinping stressed the importance of dialogue. Both leaders signed a joint"
            " declaration.\n\nXi Jinping noted, the situation is complex. The parties concerned"
            " should show restraint."
        )
        _check(
            text,
            [
                ((XI,), "stressed", ["Xi Jinping stressed the importance"]),
                ((XI,), "noted", ["Xi Jinping noted", "The parties concerned should"]),
            ],
        )

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # "She" after a man is the woman of the engagement
            (
                "Premier Li Qiang met with Prime Minister Giorgia Rossi of Italy.\n\nLi Qiang said"
                " that China values Italy. She said that Italy values China.",
                [("Li Qiang",), ("Giorgia Rossi",)],
            ),
            # "He" after a woman is the man
            (
                "The Taoiseach Simon Byrne spoke with President Ursula Weber by phone.\n\nShe"
                " thanked the Taoiseach. He said that Ireland wants a strong portfolio.",
                [("Ursula Weber",), ("Simon Byrne",)],
            ),
        ],
    )
    def test_a_given_name_tells_he_from_she(
        self, text: str, expected: list[tuple[str, ...]]
    ) -> None:
        """Where no style says it, a participant's given name tells "he" from "she"."""
        found = _found(readoutmodel.parse(text))
        assert [speakers for speakers, _, _ in found] == expected

    def test_another_given_name_is_another_person(self) -> None:
        """ "Mrs. Michelle Rao" in a quotation is not President Joe Rao, whose name stays."""
        text = (
            "President Xi Jinping held a telephone talk with President Joe Rao.\n\nXi Jinping"
            " said, I welcome the visit of your wife, Mrs. Michelle Rao.\n\nPresident Rao"
            " expressed his thanks. He said the visit would be a success."
        )
        readout = readoutmodel.parse(text)
        assert [p.name for p in readout.participants] == ["Xi Jinping", "Joe Rao"]
        assert [s.speakers[0].name for s in readout.statements][-2:] == ["Joe Rao"] * 2

    @pytest.mark.parametrize("verb", ["informed", "briefed", "thanked"])
    def test_a_principal_told_in_the_passive_is_a_joint_act(self, verb: str) -> None:
        """ "The Azerbaijani President was informed that ...": told by no one named, not
        the one told alone."""
        text = (
            "Vladimir Petrov had a telephone conversation with President of Azerbaijan Ilham"
            f" Aliyev.\n\nThe Azerbaijani President was {verb} about the investigation."
        )
        found = _found(readoutmodel.parse(text))
        assert [(len(speakers), written) for speakers, written, _ in found] == [(2, verb)]

    @pytest.mark.parametrize("name", ["Abe", "Mitsotakis"])
    def test_a_name_ending_like_an_auxiliary_makes_no_passive(self, name: str) -> None:
        """ "Prime Minister Abe congratulated": the "be" of "Abe" is no auxiliary."""
        text = (
            f"Prime Minister Kenji {name} held a telephone talk with President Tom Hale.\n\n"
            f"Prime Minister {name} congratulated President Hale on his birthday."
        )
        found = _found(readoutmodel.parse(text))
        assert [(speakers, verb) for speakers, verb, _ in found] == [
            ((f"Kenji {name}",), "congratulated")
        ]

    def test_set_forth_reports(self) -> None:
        """ "X set forth China's position" is X's statement, verb "set forth"."""
        text = CN + "Xi Jinping set forth China's position on the crisis."
        found = _found(readoutmodel.parse(text))
        assert [(speakers, verb) for speakers, verb, _ in found] == [((XI,), "set forth")]

    def test_a_modified_office_alone_is_its_holder(self) -> None:
        """ "The Deputy Secretary" is the Deputy Secretary of State the scene names."""
        text = (
            "Deputy Secretary of State Tom Hale met today with Foreign Minister Ana Reyes of"
            " Chile. The Deputy Secretary reaffirmed the U.S. commitment to Chile."
        )
        found = _found(readoutmodel.parse(text))
        assert [(speakers, verb) for speakers, verb, _ in found] == [(("Tom Hale",), "reaffirmed")]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Prime Minister Arjun Rao spoke with President Lina Moyo of Zambia today.\n\n"
                "PM and President Moyo discussed trade.",
                ("Arjun Rao", "Lina Moyo"),
            ),
            (
                "His Highness Sheikh Khalid bin Saif received a phone call today from President"
                " Lina Moyo of Zambia.\n\nHis Highness and President Moyo discussed trade.",
                ("Sheikh Khalid bin Saif", "Lina Moyo"),
            ),
        ],
    )
    def test_an_office_or_style_joined_to_a_named_counterpart(
        self, text: str, expected: tuple[str, ...]
    ) -> None:
        """ "PM and President X", "His Highness and President X": the office or style
        before "and" is the other principal's, who speaks too."""
        found = _found(readoutmodel.parse(text))
        assert [(speakers, verb) for speakers, verb, _ in found] == [(expected, "discussed")]

    @pytest.mark.parametrize(
        "after",
        [
            # others who did something then
            "Li Hong and Zhao Wen were present at the talks.",
            # a principal's deed after a phrase that names the engagement
            "Prior to the talks, Xi Jinping held a welcome ceremony in Beijing.",
        ],
    )
    def test_a_deed_after_an_opening_or_by_others_ends_the_statement(self, after: str) -> None:
        """A sentence that tells what others did, or what a principal did after a phrase
        naming the engagement, is narration, not the speaker's words going on."""
        text = CN + "Xi Jinping stressed the importance of dialogue. " + after
        _check(text, [((XI,), "stressed", ["Xi Jinping stressed the importance"])])


def test_a_long_paragraph_of_quotations() -> None:
    """Each quoted sentence of a long paragraph is a statement of whoever says it, the
    quotation's words as its content, however many came before."""
    text = (
        "President Ana Ruiz spoke with Prime Minister Lee Jun today.\n\n"
        + "“We agree on trade,” President Ruiz said. “So do we,” Prime Minister Lee said. " * 60
    )
    readout = readoutmodel.parse(text)
    said = [(s.speakers[0].name, s.content) for s in readout.statements]
    assert said == [("Ana Ruiz", "We agree on trade"), ("Lee Jun", "So do we")] * 60


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        (", with both sides pledging to deepen ties.", [((BIDEN, STARMER), "pledging")]),
        (", with the two leaders agreeing to meet again.", [((BIDEN, STARMER), "agreeing")]),
        # someone who took no part after "with", or no one at all: no act
        (", with Minister Ana Ruiz joining by phone.", []),
        (" with a view to deepening ties.", []),
    ],
)
def test_an_act_after_with_in_the_scene(
    tail: str, expected: list[tuple[tuple[str, ...], str]]
) -> None:
    """ "X met Y, with both sides pledging ...": the act of those after "with"."""
    readout = readoutmodel.parse(
        "President Joe Biden met with Prime Minister Keir Starmer of the United Kingdom" + tail
    )
    assert [(tuple(p.name for p in s.speakers), s.verb) for s in readout.statements] == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "She" after the President's sentence, her verb's object the President: the other
        (
            "President Joe Biden spoke today with Prime Minister Anna Berg of Sweden. The"
            " President stressed the alliance. She congratulated the President on the summit.",
            "SE",
        ),
        # the object's office is both's: "the President" tells no one apart, and "She"
        # stays the one the discourse gives
        (
            "European Commission\n\nThe President spoke today by phone with the President"
            " of Kenya. She thanked the President for Kenya's role in the talks.",
            "EU",
        ),
    ],
)
def test_a_pronoun_is_not_its_verbs_object(text: str, speaker: str) -> None:
    """A pronoun read as the one its verb's object names is the other of two (the
    speaker given by country)."""
    readout = readoutmodel.parse(text)
    acts = [s for s in readout.statements if s.verb in ("congratulated", "thanked")]
    assert [[p.country for p in s.speakers] for s in acts] == [[speaker]]


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("The two leaders had a candid exchange on trade.", "exchange"),
        (
            "President Hale had a frank exchange with Prime Minister Mori on North Korea.",
            "exchange",
        ),
        ("The President also had an exchange on Taiwan with the Prime Minister.", "exchange"),
        ("The President had a long discussion with Prime Minister Mori.", "discussion"),
    ],
)
def test_an_exchange_named_by_a_noun_is_a_statement(sentence: str, verb: str) -> None:
    """ "had a candid exchange on": the act named by a noun after "had", the noun as the
    verb; whoever it was had with takes part in it."""
    text = f"President Tom Hale spoke with Prime Minister Kenji Mori of Japan today.\n\n{sentence}"
    readout = readoutmodel.parse(text)
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        (verb, ["Tom Hale", "Kenji Mori"])
    ]


def test_exchange_as_a_verb_in_the_past_is_still_reported() -> None:
    """The noun "exchange" does not take the verb's past: "exchanged views"."""
    readout = readoutmodel.parse(
        "President Tom Hale spoke with Prime Minister Kenji Mori of Japan today.\n\n"
        "The leaders exchanged views on trade."
    )
    assert [s.verb for s in readout.statements] == ["exchanged views"]


def test_a_participant_named_in_the_present_perfect_is_reported_anew() -> None:
    """After a statement, "X has insisted ..." and "Both leaders have agreed ..." are new
    attributions, as La Moncloa writes every one of them; "China has always ..." within
    reported words stays the speaker's."""
    text = (
        "The President of the Government, Luis Ortega, has received today the President of"
        " Ghana, Kofi Asante.\n\nAsante reiterated his thanks to Spain. Luis Ortega has"
        " insisted on the need for a ceasefire. Both leaders have agreed to meet again."
    )
    readout = readoutmodel.parse(text)
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        ("reiterated", ["Kofi Asante"]),
        ("insisted", ["Luis Ortega"]),
        ("agreed", ["Luis Ortega", "Kofi Asante"]),
    ]


def test_a_country_in_the_present_perfect_stays_reported_words() -> None:
    readout = readoutmodel.parse(
        "Xi Wen spoke with President Tom Hale of Brazil.\n\nXi Wen stressed that the two"
        " countries are partners. China has always supported Brazil."
    )
    assert [(s.verb, len(s.sentences)) for s in readout.statements] == [("stressed", 2)]


@pytest.mark.parametrize(
    "subject",
    [
        "The heads of government",
        "The heads of state and government",
        "The participants",
        "Both heads of government",
    ],
)
def test_heads_of_government_and_participants_are_everyone(subject: str) -> None:
    text = (
        "Federal Chancellor Karl Weber met Prime Minister Jan Nowak of Poland in Berlin.\n\n"
        f"{subject} discussed the planned consultations."
    )
    readout = readoutmodel.parse(text)
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        ("discussed", ["Karl Weber", "Jan Nowak"])
    ]


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [("Talks focused on Haiti.", "focused on"), ("Discussions also covered Haiti.", "covered")],
)
def test_the_talks_without_an_article_opening_a_sentence_are_a_joint_act(
    sentence: str, verb: str
) -> None:
    """ "Talks focused on ...": the engagement as the subject, bare where a sentence starts;
    not "held talks" or "peace talks" inside one."""
    text = (
        "Prime Minister Ann Lee spoke with President Tom Hale of Chile.\n\n"
        f"{sentence} The leaders welcomed peace talks covered by the press."
    )
    readout = readoutmodel.parse(text)
    assert [(s.verb, len(s.speakers)) for s in readout.statements] == [
        (verb, 2),
        ("welcomed", 2),
    ]


@pytest.mark.parametrize(
    ("scene", "subject", "speakers"),
    [
        # no one holds "premier" by name: the Prime Minister of the two, the issuer's
        (
            "Prime Minister Ali Khan of Pakistan met Prime Minister Anwar Ismail of Malaysia"
            " in Putrajaya.",
            "the premier",
            ["Ali Khan"],
        ),
        # one holds it by name: him, not the Prime Minister who is its kin
        (
            "Prime Minister Ali Khan of Pakistan met Premier Li Wen of China in Beijing.",
            "The Premier",
            ["Li Wen"],
        ),
        # a plural takes the kin besides: the US Secretary among "the Ministers"
        (
            "Secretary of Defense Tom Hale met Minister for Defence Ann Lee of Australia and"
            " Minister of Defense Kenji Mori of Japan.",
            "The Ministers",
            ["Tom Hale", "Ann Lee", "Kenji Mori"],
        ),
        (
            "Foreign Secretary Tom Hale met Foreign Minister Li Wen of China in London.",
            "The Foreign Minister",
            ["Li Wen"],
        ),
    ],
)
def test_an_office_of_the_same_kind_under_another_name(
    scene: str, subject: str, speakers: list[str]
) -> None:
    readout = readoutmodel.parse(f"{scene}\n\nDuring the meeting, {subject} welcomed the talks.")
    assert [[p.name for p in s.speakers] for s in readout.statements] == [speakers]


def test_a_style_alone_is_whoever_it_stood_before() -> None:
    """ "His Highness" alone is the principal it was written before, after his office
    ("President of the UAE, His Highness Sheikh ...")."""
    readout = readoutmodel.parse(
        "Prime Minister Ravi Menon spoke on phone today with President of the UAE, His"
        " Highness Sheikh Khalid bin Saeed.\n\nPrime Minister conveyed greetings to His"
        " Highness. His Highness reciprocated the warm wishes."
    )
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        ("conveyed", ["Ravi Menon"]),
        ("reciprocated", ["Sheikh Khalid bin Saeed"]),
    ]


@pytest.mark.parametrize("after", ["", " at a press conference after the meeting"])
def test_an_inverted_attribution_of_a_quotation_with_where_it_was_said(after: str) -> None:
    readout = readoutmodel.parse(
        "Prime Minister Jan Nowak held talks with Prime Minister Anna Conti on 5 July 2023."
        f'\n\n"The EU must protect its borders," said Prime Minister Nowak{after}.'
    )
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        ("said", ["Jan Nowak"])
    ]


@pytest.mark.parametrize(
    "after", [" while talking to the Ambassador", " in his remarks", " during the meeting"]
)
def test_an_inverted_attribution_with_where_the_words_were_said(after: str) -> None:
    """Unquoted words a comma closes, then "said X while talking to ...": X's, and the
    "He said" after them too, not the Ambassador's who spoke before."""
    readout = readoutmodel.parse(
        "Prime Minister Imran Qadir met Chinese Ambassador Li Wen in Islamabad on 12 May"
        " 2023.\n\nThe Ambassador conveyed greetings. Pakistan values its ties with China,"
        f" said the Prime Minister{after}. He said that the corridor would grow."
    )
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        ("conveyed", ["Li Wen"]),
        ("said", ["Imran Qadir"]),
        ("said", ["Imran Qadir"]),
    ]


@pytest.mark.parametrize(
    ("sentence", "verb", "speakers"),
    [
        ("Ortega has transmitted to Hale the firm support of Spain.", "transmitted", 1),
        ("The leaders considered matters of energy cooperation.", "considered", 2),
        ("The President pushed for faster completion of the road.", "pushed for", 1),
        ("They also directed their ministers to resolve the barriers.", "directed", 2),
        ("The two heads of state continued discussing trade.", "discussing", 2),
        ("The two heads of state continued to discuss trade.", "discuss", 2),
        ("The President used the call to underscore the need for calm.", "underscore", 1),
        ("In the opinion of the Spanish President, the sanctions failed.", "in the opinion of", 1),
        ("As noted by the President of Spain, exports grew.", "as noted by", 1),
    ],
)
def test_more_ways_of_reporting(sentence: str, verb: str, speakers: int) -> None:
    """Verbs and phrases of readouts beyond the first ones learnt: La Moncloa's
    "transmitted", the Kremlin's "considered", "continued discussing", "In the opinion
    of X", "used the call to"."""
    text = (
        "President of the Government Luis Ortega of Spain spoke by phone with President Tom"
        f" Hale of Kenya.\n\n{sentence}"
    )
    readout = readoutmodel.parse(text)
    assert [(s.verb, len(s.speakers)) for s in readout.statements] == [(verb, speakers)]


def test_a_call_held_via_video_communication_is_a_video_call_and_no_statement() -> None:
    readout = readoutmodel.parse(
        "President Ivan Petrov held a conversation via video communication with President"
        " Ali Demir of Turkey.\n\nThe parties discussed energy."
    )
    assert readout.kind is readoutmodel.Kind.VIDEO_CALL
    assert [s.verb for s in readout.statements] == ["discussed"]


@pytest.mark.parametrize(("group", "count"), [("The Quad leaders", 3), ("The Istanbul talks", 0)])
def test_a_group_named_after_its_determiner_is_everyone(group: str, count: int) -> None:
    """ "The Quad leaders" are the leaders of the call; "the Istanbul talks" are other talks
    than the engagement, and say nothing."""
    readout = readoutmodel.parse(
        "President Tom Hale, Prime Minister Ann Lee of Australia and Prime Minister Ravi"
        f" Menon of India met virtually today.\n\n{group} discussed Ukraine."
    )
    assert [len(s.speakers) for s in readout.statements] == ([count] if count else [])


@pytest.mark.parametrize("participle", ["requested", "proposed"])
def test_the_engagement_asked_for_in_a_participle_is_no_act(participle: str) -> None:
    """ "The call, requested by X, lasted an hour": who asked, not what was said."""
    readout = readoutmodel.parse(
        "President Tom Hale talked on the phone with the President of France, Luc Martin."
        f" The call, {participle} by the French president, lasted about 50 minutes."
    )
    assert readout.statements == ()


@pytest.mark.parametrize("role", ["The Head of our state", "The leader of our country"])
def test_our_state_is_the_issuers_own(role: str) -> None:
    """Uzbekistan's "The Head of our state" is its own President."""
    readout = readoutmodel.parse(
        "President Karim Usmonov had a telephone conversation with President of the Kyrgyz"
        f" Republic Talant Asanov.\n\n{role} congratulated Talant Asanov on the holiday."
    )
    assert [[p.name for p in s.speakers] for s in readout.statements] == [["Karim Usmonov"]]


@pytest.mark.parametrize("body", ["Commission", "Council"])
def test_a_bodys_office_after_another_office_is_a_second_speaker(body: str) -> None:
    """ "The Prime Minister and the Commission President": two people, the second an
    office of a body that names no one."""
    readout = readoutmodel.parse(
        "Prime Minister Anna Holm today met with President of the European"
        f" {body} Karl Weber in Copenhagen.\n\nThe Prime Minister and the {body} President"
        " discussed European defence."
    )
    assert [[p.name for p in s.speakers] for s in readout.statements] == [
        ["Anna Holm", "Karl Weber"]
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a name and a verb of saying after a comma make the whole sentence his words
        ("The two sides have supported each other, Li said.", ("said", ["Li Wen"])),
        # a clause of its own is not
        (
            "President Li invited President Tam to visit, and the President accepted.",
            ("invited", ["Li Wen"]),
        ),
    ],
)
def test_a_sentence_closed_by_a_name_and_said_is_that_ones_words(
    sentence: str, expected: tuple[str, list[str]]
) -> None:
    readout = readoutmodel.parse(
        "BEIJING, Jan. 18 (Xinhua) -- Chinese President Li Wen and Vietnamese President"
        f" Tran Tam on Saturday held talks in Beijing.\n\n{sentence}"
    )
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [expected]


def test_both_are_the_two_principals_not_a_minister_beside_them() -> None:
    """ "Both agreed": the two of the highest offices, not the minister who joined."""
    readout = readoutmodel.parse(
        "The President of the Council, Anna Conti, hosted NATO Secretary General Jan Berg in"
        " Rome, together with the Minister of Defence, Luca Greco.\n\nBoth agreed on the"
        " need for a strong response."
    )
    assert [[p.name for p in s.speakers] for s in readout.statements] == [
        ["Anna Conti", "Jan Berg"]
    ]


def test_diplomats_by_role() -> None:
    """ "The Iranian diplomat", "The diplomats": the Foreign Ministries' readouts' roles."""
    readout = readoutmodel.parse(
        "Deputy Foreign Minister of Russia Ivan Petrov held consultations with Deputy Foreign"
        " Minister of Iran Reza Karimi.\n\nThe Iranian diplomat stressed the importance of the"
        " agreement.\n\nThe diplomats agreed to meet again."
    )
    assert [[p.name for p in s.speakers] for s in readout.statements] == [
        ["Reza Karimi"],
        ["Ivan Petrov", "Reza Karimi"],
    ]


def test_an_act_joined_to_a_purpose_in_the_scene() -> None:
    """ "spoke with X to mark the occasion and reaffirm ...": the second purpose is the
    subject's act; "to the White House ... and State Dinner" is none."""
    readout = readoutmodel.parse(
        "Prime Minister Ann Lee spoke with the President of Ukraine, Oleh Marchenko, to mark"
        " the occasion and reaffirm Canada's support.\n\nPresident Tom Hale welcomed Prime"
        " Minister Ann Lee to the White House today for an Official Visit and State Dinner."
    )
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        ("reaffirm", ["Ann Lee"])
    ]


def test_quoted_as_saying_is_the_subjects_statement() -> None:
    readout = readoutmodel.parse(
        "LIMA -- President Kim Min-su held a summit with Chinese President Li Wen in Lima on"
        " Nov. 15, 2024.\n\nLi was quoted as saying that China wants no escalation."
    )
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        ("saying", ["Li Wen"])
    ]


@pytest.mark.parametrize("adverb", ["in particular", "particularly", "mainly"])
def test_a_passive_phrasal_verb_parted_by_an_adverb_is_joint(adverb: str) -> None:
    """ "Attention was focused in particular on ...": a joint act, the phrasal verb parted."""
    readout = readoutmodel.parse(
        "President Anna Conti met President Oleh Marchenko in Rome on 10 July 2025.\n\n"
        f"Attention was focused {adverb} on air defence."
    )
    assert [(s.verb, len(s.speakers)) for s in readout.statements] == [("focused", 2)]


@pytest.mark.parametrize(
    "subject",
    [
        "Prime Minister Paul Leduc and the President of Mexico, Rosa Ibarra,",
        "The Prime Minister and the President of Mexico, Rosa Ibarra,",
    ],
)
def test_an_office_with_a_name_in_apposition_after_and_joins_the_subject(subject: str) -> None:
    """ "X and the President of Mexico, Y, discussed": the article of the second subject
    does not part it from the first."""
    readout = readoutmodel.parse(
        "Prime Minister Paul Leduc spoke with President Rosa Ibarra of Mexico today.\n\n"
        f"{subject} discussed the trade relationship."
    )
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        ("discussed", ["Paul Leduc", "Rosa Ibarra"])
    ]


def test_a_short_line_reporting_the_quotation_under_it() -> None:
    """ "President X said:" on a line of its own, the quotation in the paragraphs under
    it: one statement over the line and every quoted paragraph."""
    text = (
        "President Kemal Aydin met with Prime Minister Nikos Pappas of Greece in Athens.\n\n"
        "President Aydin said:\n\n"
        "“We have opened a new chapter with Greece. Our trade will grow.\n\n"
        "“We also discussed migration. Our work will go on.”\n\n"
        "The two leaders agreed to meet again next year."
    )
    readout = readoutmodel.parse(text)
    said, agreed = readout.statements
    assert (said.verb, [p.name for p in said.speakers]) == ("said", ["Kemal Aydin"])
    assert [text[s.start : s.end] for s in said.sentences] == [
        "President Aydin said:",
        "“We have opened a new chapter with Greece.",
        "Our trade will grow.",
        "“We also discussed migration.",
        "Our work will go on.”",
    ]
    assert agreed.verb == "agreed"


def test_a_line_ending_in_a_colon_over_unquoted_text_is_no_lead() -> None:
    """A short line with a colon over a paragraph that opens without a quotation mark is
    page furniture, as before: "Related statements:"."""
    readout = readoutmodel.parse(
        "President Kemal Aydin met with Prime Minister Nikos Pappas of Greece in Athens.\n\n"
        "Related statements:\n\n"
        "Prime Minister Pappas welcomed the visit."
    )
    assert [(s.verb, s.paragraph) for s in readout.statements] == [("welcomed", 1)]


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("Kemal Aydin made the following remarks: “We are ready.”", "made the following remarks"),
        ("Kemal Aydin made three suggestions. First, trade should grow.", "made three suggestions"),
        (
            "Kemal Aydin made the following points. First, trade should grow.",
            "made the following points",
        ),
        ("Kemal Aydin gave a briefing on the situation in the region.", "gave a briefing on"),
    ],
)
def test_acts_named_by_a_verb_and_its_object(sentence: str, verb: str) -> None:
    readout = readoutmodel.parse(
        "President Kemal Aydin met with Prime Minister Nikos Pappas of Greece in Athens.\n\n"
        + sentence
    )
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        (verb, ["Kemal Aydin"])
    ]


@pytest.mark.parametrize(
    "after",
    [
        "Kremlin spokesman Oleg Smirnov said Russia would press on.",
        "The call lasted about an hour.",
        "The meeting took place at the White House.",
    ],
)
def test_a_spokesmans_own_words_or_the_engagement_told_of_end_a_statement(after: str) -> None:
    """A named spokesman's own words and a sentence on the engagement itself are no
    participant's: the statement before them ends there."""
    text = (
        "President Tom Hale spoke today with President Oleh Marchenko of Ukraine. President"
        f" Hale condemned the latest missile strikes on Kyiv. {after}"
    )
    readout = readoutmodel.parse(text)
    assert [(s.verb, [text[x.start : x.end] for x in s.sentences]) for s in readout.statements] == [
        ("condemned", ["President Hale condemned the latest missile strikes on Kyiv."])
    ]


def test_a_spokesman_relaying_a_participants_words_is_still_read() -> None:
    """ "Kremlin spokesman X said President Y stressed ...": the participant's act."""
    readout = readoutmodel.parse(
        "President Tom Hale spoke today with President Ivan Sokolov of Russia.\n\n"
        "Kremlin spokesman Oleg Smirnov said President Sokolov stressed the need for talks."
    )
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        ("stressed", ["Ivan Sokolov"])
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "As the two largest developing countries, China and Chile are both committed to"
        " development.",
        "Both are led by socialist parties, and they share similar systems.",
        "The trade teams of the two sides had a candid exchange of views in Geneva.",
        "China is no party to the dispute, and has always been committed to dialogue.",
        "Both countries have also been committed to free trade.",
        "The Chinese side is committed to deeper openness.",
        "It needs to be stressed that the dispute must be settled by talks.",
        "Last year, he and President Ruiz jointly announced a new port.",
        "Two years ago, the two sides agreed to open a trade route.",
        "In May 2019, the two heads of state agreed to build a railway.",
        "Last November, President Hu Ming paid a state visit to Chile.",
        "During that visit, the two heads of state agreed to build a railway.",
        "At that time, the two sides agreed to open a trade route.",
    ],
)
def test_what_both_sides_are_in_a_speakers_words_goes_on_with_them(sentence: str) -> None:
    """Within a speaker's run, what the two sides are (in the present) and what others of
    theirs did are the speaker's words, not the sides' act."""
    text = (
        "On May 3, 2025, President Li Wen held talks with President Ana Ruiz of Chile.\n\n"
        f"Li Wen noted that the anniversary marks a new start. {sentence}"
    )
    readout = readoutmodel.parse(text)
    assert [(s.verb, len(s.sentences)) for s in readout.statements] == [("noted", 2)]


@pytest.mark.parametrize("opening", ["In that regard", "To that end"])
def test_a_clause_that_points_back_at_no_occasion_leaves_the_act_the_sides(opening: str) -> None:
    """ "To that end, the two sides agreed ..." after a speaker's words is the sides' act."""
    text = (
        "On May 3, 2025, President Li Wen held talks with President Ana Ruiz of Chile.\n\n"
        f"Li Wen noted that the anniversary marks a new start. {opening}, the two sides"
        " agreed to open a trade route."
    )
    readout = readoutmodel.parse(text)
    assert [(s.verb, len(s.speakers)) for s in readout.statements] == [
        ("noted", 1),
        ("agreed", 2),
    ]


def test_what_the_group_speaking_says_of_itself_in_the_present_is_its_act() -> None:
    """ "They look forward to ..." after the same group's announcement is a statement of
    its own, not the words announced."""
    readout = readoutmodel.parse(
        "Secretary of State Mark Hale met today with Dutch Foreign Minister Els Visser.\n\n"
        "The ministers announced a new maritime dialogue. They look forward to the"
        " summit in Rome."
    )
    assert [(s.verb, len(s.speakers), len(s.sentences)) for s in readout.statements] == [
        ("announced", 2, 1),
        ("look forward to", 2, 1),
    ]


def test_a_state_of_the_other_principal_in_a_speakers_words_is_his_own_act() -> None:
    """ "President Ruiz is committed to ..." inside Li Wen's run is Ruiz's stance, while the
    Chinese side's would be Li Wen's words."""
    readout = readoutmodel.parse(
        "On May 3, 2025, President Li Wen held talks with President Ana Ruiz of Chile.\n\n"
        "Li Wen noted that the anniversary marks a new start. President Ruiz is committed"
        " to deeper openness."
    )
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        ("noted", ["Li Wen"]),
        ("committed", ["Ana Ruiz"]),
    ]


def test_a_clause_that_tells_another_act_in_a_year_names_a_speaker_anew() -> None:
    """ "Recalling his visit in 2019, President Ruiz said ..." is Ruiz's act, not words of
    the speaker before him recalling that year."""
    readout = readoutmodel.parse(
        "On May 3, 2025, President Li Wen held talks with President Ana Ruiz of Chile.\n\n"
        "Li Wen noted that the anniversary marks a new start. Recalling her visit to China in"
        " 2019, President Ruiz said the port is a success."
    )
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        ("noted", ["Li Wen"]),
        ("said", ["Ana Ruiz"]),
    ]


def test_the_two_sides_narrated_in_the_past_are_still_their_act() -> None:
    """ "The two sides agreed ...", after a speaker's words, is the sides' own act."""
    readout = readoutmodel.parse(
        "On May 3, 2025, President Li Wen held talks with President Ana Ruiz of Chile.\n\n"
        "Li Wen noted that the anniversary marks a new start. The two sides agreed to"
        " expand trade."
    )
    assert [(s.verb, len(s.speakers)) for s in readout.statements] == [
        ("noted", 1),
        ("agreed", 2),
    ]


@pytest.mark.parametrize(
    ("opening", "verb"),
    [
        ("In Li Wen's view,", "view"),
        ("In President Li's words,", "words"),
        ("As Li Wen put it,", "put it"),
    ],
)
def test_words_attributed_around_the_speaker(opening: str, verb: str) -> None:
    """ "In Xi Jinping's view, ...": the sentence is the named speaker's, not the one
    before's; "In his view" goes on with the speaker before."""
    text = (
        "On May 3, 2025, President Li Wen held a video call with Prime Minister Ana Ruiz of"
        " Spain.\n\nAna Ruiz said that Spain values the partnership."
        f" {opening} ties between the two regions target no third party."
        " In her view, trade should grow."
    )
    readout = readoutmodel.parse(text)
    assert [
        (s.verb, [p.name for p in s.speakers], len(s.sentences)) for s in readout.statements
    ] == [
        ("said", ["Ana Ruiz"], 1),
        (verb, ["Li Wen"], 2),
    ]


def test_solemn_representations_are_an_act() -> None:
    readout = readoutmodel.parse(
        "On June 18, 2024, Vice Foreign Minister Li Wen met with Ambassador Jaime Cruz and"
        " lodged solemn representations over the incident."
    )
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        ("lodged solemn representations", ["Li Wen"])
    ]


def test_a_participants_act_with_someone_absent_goes_on_with_the_speaker() -> None:
    """ "President X and President Boric had an exchange of views in Lima last November",
    within Han's words: Han's account, not Boric's act in this meeting."""
    readout = readoutmodel.parse(
        "On February 19, 2025, Vice President Han Wei met with visiting Chilean President"
        " Tomas Vidal in Beijing.\n\nHan Wei said that Chile was the first country in the"
        " region to recognise China. President Li Ming and President Vidal had an in-depth"
        " exchange of views in Lima last November."
    )
    assert [
        (s.verb, [p.name for p in s.speakers], len(s.sentences)) for s in readout.statements
    ] == [("said", ["Han Wei"], 2)]


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        ("The two PMs agreed to expand trade.", ["Kenji Mori", "Pham Van Duc"]),
        (
            "The principals reaffirmed the strength of the partnership.",
            ["Kenji Mori", "Pham Van Duc"],
        ),
        ("The Vietnamese delegation raised concerns about tariffs.", ["Pham Van Duc"]),
    ],
)
def test_pms_principals_and_a_delegation_are_subjects(sentence: str, speakers: list[str]) -> None:
    readout = readoutmodel.parse(
        "Prime Minister Kenji Mori held talks with Vietnamese Prime Minister Pham Van Duc in"
        f" Tokyo.\n\n{sentence}"
    )
    assert [[p.name for p in s.speakers] for s in readout.statements] == [speakers]


@pytest.mark.parametrize(
    "aside", ["accompanied by their foreign ministers", "in a warm atmosphere"]
)
def test_an_act_named_by_a_noun_after_an_aside(aside: str) -> None:
    """ "The two leaders, accompanied by ..., had a frank exchange of views on ...": the
    aside parts the subject from its act."""
    readout = readoutmodel.parse(
        "Prime Minister Kenji Mori held a summit meeting with Prime Minister Arjun Rao of"
        f" India.\n\nThe two leaders, {aside}, had a frank exchange of views on the region."
    )
    assert [(s.verb, len(s.speakers)) for s in readout.statements] == [("exchange of views", 2)]


def test_a_joint_subject_after_a_sentence_ending_in_initials_is_its_own_statement() -> None:
    """ "... with the U.S. The two leaders agreed ...": the country's initials and the
    reference after them are no one mention across the sentences."""
    readout = readoutmodel.parse(
        "Prime Minister Arjun Rao spoke today with President Tom Hale.\n\nPrime Minister"
        " Rao said that India values its partnership with the U.S. The two leaders agreed to"
        " remain in touch."
    )
    assert [([p.name for p in s.speakers], s.verb) for s in readout.statements] == [
        (["Arjun Rao"], "said"),
        (["Arjun Rao", "Tom Hale"], "agreed"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lindqvist said he was glad about the outcome.",
        "NATO Secretary General Erik Lindqvist said he was glad about the outcome.",
    ],
)
def test_a_stance_in_the_words_of_one_who_took_no_part_is_no_statement(sentence: str) -> None:
    """ "Lindqvist said he was glad": neither the saying nor the stance of "he" is a
    participant's."""
    readout = readoutmodel.parse(
        "President Tom Hale met Prime Minister Ulf Berg of Sweden in Vilnius.\n\nBerg said"
        f" Sweden would keep its word.\n\n{sentence}"
    )
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        ("said", ["Ulf Berg"])
    ]


def test_a_capital_opening_a_sentence_speaks_for_its_country() -> None:
    """ "Moscow believes that ...": the speaker's words go on, no one else speaks."""
    readout = readoutmodel.parse(
        "Vladimir Putin had a telephone conversation with Emir of Qatar Tamim bin Hamad Al"
        " Thani.\n\nVladimir Putin outlined Russia's approach to a settlement. Moscow"
        " believes that a lasting peace needs the UN resolutions."
    )
    assert [len(s.sentences) for s in readout.statements] == [2]


@pytest.mark.parametrize("place", ["held in Abu Dhabi", "held at Qasr Al Watan"])
def test_a_style_after_a_place_and_a_comma_is_the_subject(place: str) -> None:
    """ "During the meeting, held in Abu Dhabi, His Highness stressed ...": the style
    alone is the principal it styles, not a formula after the place."""
    readout = readoutmodel.parse(
        "His Highness Sheikh Hamad bin Rashid Al Harbi, President of the UAE, held talks today"
        f" with President Budi Santoso of Indonesia.\n\nDuring the meeting, {place}, His"
        " Highness stressed the importance of ties."
    )
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        ("stressed", ["Sheikh Hamad bin Rashid Al Harbi"])
    ]


def test_words_said_of_other_times_go_on_with_the_speaker() -> None:
    """ "X said that ... Trade hit a record last year. China is willing ...": what the
    speaker said of last year is the speaker's, as is what follows it."""
    readout = readoutmodel.parse(
        CN + "Xi Jinping said that this year marks an anniversary. Trade hit a record last"
        " year. China is willing to work with France."
    )
    assert [(s.verb, len(s.sentences)) for s in readout.statements] == [("said", 3)]


def test_a_top_diplomat_of_a_country_is_its_principal() -> None:
    readout = readoutmodel.parse(
        "On April 9, Foreign Minister Ivan Petrov held talks in Beijing with Foreign Minister"
        " of the People's Republic of China Li Wen.\n\nThe Chinese top diplomat praised the"
        " level of trust. He noted that China supports the process."
    )
    assert [[p.name for p in s.speakers] for s in readout.statements] == [["Li Wen"], ["Li Wen"]]


def test_the_heads_of_state_are_the_leaders_not_the_ministers_who_joined() -> None:
    readout = readoutmodel.parse(
        "President Paul Kamau received President Joseph Okello of Uganda at State House today."
        " President Kamau was joined by Cabinet Secretary Ann Wanjiru and Cabinet Secretary"
        " Peter Otieno.\n\nThe Heads of State agreed to fast-track the railway."
    )
    assert [[p.name for p in s.speakers] for s in readout.statements] == [
        ["Paul Kamau", "Joseph Okello"]
    ]


def test_a_passive_whose_agent_took_no_part_is_no_act() -> None:
    """ "Upon arrival, X was greeted by a guard of honour": the guard's act, no one's here."""
    readout = readoutmodel.parse(
        "President Budi Santoso received Prime Minister Tom Reed of Australia at the palace"
        " today.\n\nUpon arrival, Prime Minister Reed was greeted by a guard of honour."
    )
    assert [s.verb for s in readout.statements] == []


def test_who_asked_for_the_telephone_talk_said_nothing_by_it() -> None:
    """ "The telephone talk was requested by the ROK side.": who asked, no statement."""
    readout = readoutmodel.parse(
        "On June 8, Mr. SATO Kenji, Minister for Foreign Affairs of Japan, held a telephone"
        " talk with H.E. Mr. KIM Min-su, Minister of Foreign Affairs of the Republic of Korea."
        " The telephone talk was requested by the ROK side."
    )
    assert readout.initiator is not None
    assert readout.initiator.name == "KIM Min-su"
    assert [s.verb for s in readout.statements] == []


def test_present_after_a_copula_is_no_verb() -> None:
    readout = readoutmodel.parse(
        "President Lee Min-ho spoke with President Tom Hale today. Chief of Staff Kim Dae-su"
        " and National Security Adviser Park Ji-won were also present during the call."
    )
    assert [s.verb for s in readout.statements] == []


def test_an_office_told_another_way_is_its_holder() -> None:
    """ "the Head of the Presidential Office" is the Head of the Office of the President."""
    readout = readoutmodel.parse(
        "Head of the Office of the President of Ukraine Oleh Bondar had a phone conversation"
        " with U.S. National Security Advisor Tom Hale.\n\nAccording to the Head of the"
        " Presidential Office, Ukraine is grateful for the new aid package."
    )
    assert [[p.name for p in s.speakers] for s in readout.statements] == [["Oleh Bondar"]]


def test_a_principal_and_his_counterparts_are_all_of_them() -> None:
    readout = readoutmodel.parse(
        "Secretary of State Ann Cole spoke today with German Foreign Minister Karl Weber and"
        " UK Foreign Secretary Tom Reed. The Secretary and her counterparts discussed Iran."
    )
    assert [len(s.speakers) for s in readout.statements] == [3]


@pytest.mark.parametrize("opening", ["In both calls", "On both calls"])
def test_a_noun_that_is_also_a_verb_before_a_comma_is_no_verb(opening: str) -> None:
    """ "In both calls, the Taoiseach welcomed ...": his act, not a joint "calls"."""
    readout = readoutmodel.parse(
        "The Taoiseach Sean Byrne spoke by phone with King Omar of Jordan and with President"
        f" Adel Nasser of Egypt.\n\n{opening}, the Taoiseach welcomed the ceasefire."
    )
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        ("welcomed", ["Sean Byrne"])
    ]


def test_both_leaders_after_meetings_in_turn_are_the_host_and_the_last_guest() -> None:
    """ "X met separately with A and B ... B said ... Both leaders agreed": X and B, the
    two who met, never A and B."""
    readout = readoutmodel.parse(
        "On 9 October 2025, Premier Li Qiang met separately with Philippine President Jose"
        " Reyes and Thai Prime Minister Somchai Wong in Vientiane.\n\nSomchai said that"
        " Thailand is ready to deepen cooperation with China.\n\nBoth leaders agreed to"
        " speed up the railway project."
    )
    assert [[p.name for p in s.speakers] for s in readout.statements] == [
        ["Somchai Wong"],
        ["Li Qiang", "Somchai Wong"],
    ]


def test_the_two_leaders_are_the_two_sides_heads_when_a_deputy_joins() -> None:
    """ "Vice President X also joined the call. The two leaders discussed ...": the
    President and his counterpart, not the President and his Vice President."""
    readout = readoutmodel.parse(
        "U.S. President Tom Hale spoke today with Prime Minister David Levi of Israel. U.S."
        " Vice President Ann Cole also joined the call.\n\nThe two leaders discussed the"
        " situation in Gaza."
    )
    assert [p.name for p in readout.participants] == ["Tom Hale", "David Levi", "Ann Cole"]
    assert [[p.name for p in s.speakers] for s in readout.statements] == [
        ["Tom Hale", "David Levi"]
    ]


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("Particular attention was paid to trade in national currencies.", "paid"),
        ("Emphasis was placed on cooperation within the union.", "placed"),
        ("Special mention was made of the joint energy projects.", "made"),
        ("Particular attention was given to the supply of gas.", "given"),
    ],
)
def test_a_light_verbs_object_fronted_in_the_passive_is_a_joint_act(
    sentence: str, verb: str
) -> None:
    """ "Particular attention was paid to ...": a joint act with no agent, after another
    statement too."""
    readout = readoutmodel.parse(
        "President Ivan Sokolov held talks with President Daulet Abenov of Kazakhstan.\n\n"
        f"The Presidents discussed the state of relations. {sentence}"
    )
    assert [(s.verb, len(s.speakers)) for s in readout.statements] == [
        ("discussed", 2),
        (verb, 2),
    ]


@pytest.mark.parametrize(
    ("scene", "sentence", "speaker"),
    [
        (
            "Secretary Hale spoke with Foreign Minister Ivan Sokolov of Russia today.",
            "The Secretary of State stressed the need for a ceasefire.",
            "Hale",
        ),
        (
            "Chancellor Karl Weber spoke with President Paul Girard this morning.",
            "The Federal Chancellor emphasised that support would continue.",
            "Karl Weber",
        ),
    ],
)
def test_an_office_in_full_is_the_one_named_by_its_short_form(
    scene: str, sentence: str, speaker: str
) -> None:
    """ "Secretary X" is "the Secretary of State", not the counterpart whose office is of
    the same kind."""
    readout = readoutmodel.parse(f"{scene}\n\n{sentence}")
    assert [[p.name for p in s.speakers] for s in readout.statements] == [[speaker]]


def test_a_deputy_office_is_not_the_short_form_of_its_principal() -> None:
    readout = readoutmodel.parse(
        "Prime Minister Karl Weber spoke with President Paul Girard this morning.\n\n"
        "The Deputy Prime Minister stressed that support would continue."
    )
    assert readout.statements == ()


def test_what_was_done_to_a_participant_is_no_act_of_theirs() -> None:
    """ "The Prime Minister was welcomed with a state ceremony": no statement; "was
    welcomed by President X" is X's act, "was informed about" a joint one."""
    readout = readoutmodel.parse(
        "President Ana Ruiz received Prime Minister Tom Hale at the palace.\n\nThe Prime"
        " Minister was informed about the reforms. The Prime Minister was welcomed with a"
        " state ceremony. The Prime Minister was welcomed by President Ruiz."
    )
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        ("informed", ["Ana Ruiz", "Tom Hale"]),
        ("welcomed", ["Ana Ruiz"]),
    ]


def test_the_two_leaders_of_meetings_in_turn_are_the_host_and_the_guest_just_named() -> None:
    """Paragraph by paragraph, "The two leaders" and "They" after "X also met Y" are X
    and Y, whoever a statement named last."""
    readout = readoutmodel.parse(
        "Indian Prime Minister Ravi Menon held bilateral meetings on the sidelines of the"
        " summit in Lima on 14 November 2025.\n\nPrime Minister met President Ana Prado of"
        " Peru. The two leaders reviewed trade and energy ties. They agreed to open a new"
        " consulate.\n\nPrime Minister also met Prime Minister Tom Reid of New Zealand. The"
        " two leaders welcomed the start of talks on a trade agreement. They discussed dairy"
        " cooperation."
    )
    assert [[p.name for p in s.speakers] for s in readout.statements] == [
        ["Ravi Menon", "Ana Prado"],
        ["Ravi Menon", "Ana Prado"],
        ["Ravi Menon", "Tom Reid"],
        ["Ravi Menon", "Tom Reid"],
    ]


@pytest.mark.parametrize("subject", ["Wang Yi and the two ministers", "Wang Yi and both ministers"])
def test_the_two_after_a_participant_named_before_them_are_the_other_two(subject: str) -> None:
    """ "X and the two ministers discussed": X and the two others, all three."""
    readout = readoutmodel.parse(
        "On 3 March 2025, Foreign Minister Wang Yi met with Foreign Minister Ana Prado of"
        " Peru and Foreign Minister Tom Reid of New Zealand in Beijing.\n\n"
        f"{subject} also discussed the reform of global governance."
    )
    assert [[p.name for p in s.speakers] for s in readout.statements] == [
        ["Wang Yi", "Ana Prado", "Tom Reid"]
    ]


@pytest.mark.parametrize(
    "opening",
    [
        "The Prime Minister welcomed President Olena Bondar of Ukraine to Downing Street"
        " this afternoon, a day after her visit to Paris.",
        "The Prime Minister spoke with President Olena Bondar of Ukraine this afternoon.",
    ],
)
def test_a_summary_under_the_headline_told_again_where_the_body_opens_sets_the_scene(
    opening: str,
) -> None:
    """GOV.UK prints a one-line summary under the headline; the body's first sentence tells
    the same engagement again and is no statement either."""
    readout = readoutmodel.parse(
        "PM meeting with President Bondar: 1 March 2025\nThe Prime Minister welcomed"
        f" President Olena Bondar to Downing Street this afternoon.\n\n{opening}\n\nThe"
        " leaders discussed air defence."
    )
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        ("discussed", ["Prime Minister", "Olena Bondar"])
    ]


def test_a_summary_that_names_offices_only_is_told_again_with_names() -> None:
    """ "The Prime Minister spoke to the Emir of Qatar this evening." over the body's
    "Prime Minister X spoke to His Highness Y, the Emir of Qatar, ...": one engagement,
    whose counterpart is named in the body."""
    readout = readoutmodel.parse(
        "PM call with the Emir of Qatar: 2 March 2025\nThe Prime Minister spoke to the Emir"
        " of Qatar this evening.\n\nPrime Minister Tom Reed spoke to His Highness Sheikh"
        " Fahad bin Nasser Al Harbi, the Emir of Qatar, this evening.\n\nThe Emir thanked"
        " the Prime Minister for the call."
    )
    assert [p.name for p in readout.participants] == [
        "Tom Reed",
        "Sheikh Fahad bin Nasser Al Harbi",
    ]
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        ("thanked", ["Sheikh Fahad bin Nasser Al Harbi"])
    ]


def test_who_called_is_read_from_the_body_opening_under_a_summary() -> None:
    readout = readoutmodel.parse(
        "PM call with Prime Minister Hansen of Denmark: 22 January 2025\nThe Prime Minister"
        " spoke with Danish Prime Minister Lise Hansen this afternoon.\n\nPrime Minister"
        " Lise Hansen called Prime Minister Tom Reed this afternoon.\n\nThe leaders agreed"
        " to stay in close touch."
    )
    assert [p.name for p in readout.participants] == ["Tom Reed", "Lise Hansen"]
    assert readout.initiator is not None
    assert readout.initiator.name == "Lise Hansen"
    assert [s.verb for s in readout.statements] == ["agreed"]


def test_a_body_opening_that_reports_words_under_a_summary_is_a_statement() -> None:
    """ "X said that A and B had a good meeting": the words come first, not the scene."""
    readout = readoutmodel.parse(
        "Foreign Secretary meeting with Foreign Minister Li Wen: 2 May 2025\nThe Foreign"
        " Secretary met Foreign Minister Li Wen in London today.\n\nLi Wen said that the"
        " two leaders had a good meeting last month."
    )
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        ("said", ["Li Wen"])
    ]


def test_principals_named_together_as_a_subject_narrate_anew() -> None:
    """ "After the talks, A and B jointly witnessed the signing ...": the scene again, not
    more of what both agreed."""
    readout = readoutmodel.parse(
        "On June 18, 2025, Premier Li Qiang held talks with Prime Minister Tom Reid of New"
        " Zealand in Beijing.\n\nBoth prime ministers agreed to expand trade in dairy"
        " products. After the talks, Li Qiang and Tom Reid jointly witnessed the signing of"
        " several cooperation documents."
    )
    assert [(s.verb, len(s.sentences)) for s in readout.statements] == [("agreed", 1)]


def test_the_president_is_the_president_not_the_minister_president() -> None:
    readout = readoutmodel.parse(
        "Minister-President Dirk Smit spoke by telephone on Monday evening with the"
        " President of the United States, Tom Hale.\n\nThe President praised the"
        " Netherlands for its efforts as host."
    )
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        ("praised", ["Tom Hale"])
    ]


@pytest.mark.parametrize(
    ("office", "named"),
    [
        ("The President of the Government, Luis Ortega,", "The Spanish Prime Minister"),
        ("The President of the Council of Ministers, Lucia Conti,", "The Italian Premier"),
        ("Minister-President Dirk Smit", "The Dutch Prime Minister"),
    ],
)
def test_a_head_of_government_named_as_a_presidency_is_the_prime_minister(
    office: str, named: str
) -> None:
    readout = readoutmodel.parse(
        f"{office} today received the President of the French Republic, Paul Girard.\n\n"
        f"{named} thanked the French President for his visit."
    )
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        ("thanked", [readout.participants[0].name])
    ]


@pytest.mark.parametrize("verb", ["disclosed", "revealed"])
def test_disclosing_is_telling(verb: str) -> None:
    readout = readoutmodel.parse(
        "President Musa Bello received World Bank President Ana Prado at the State House"
        f" in Abuja today.\n\nMs. Prado {verb} that the Bank had approved new support for"
        " health reforms."
    )
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        (verb, ["Ana Prado"])
    ]


@pytest.mark.parametrize(
    "named", ["The President", "The Kazakh President", "The Head of the Government of Kazakhstan"]
)
def test_a_leader_introduced_by_his_role_is_named_by_his_office(named: str) -> None:
    """ "Head of State X" is "the President" of a text that names no other; "Head of
    Government Y" is "the Head of the Government"."""
    office = "Head of Government" if "Government" in named else "Head of State"
    readout = readoutmodel.parse(
        f"{office} Arman Sadykov received Minister of Foreign Affairs of Hungary Peter"
        f" Nagy.\n\n{named} noted that Hungary is an important partner of Kazakhstan."
    )
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        ("noted", ["Arman Sadykov"])
    ]


def test_talks_in_narrow_and_extended_formats_are_the_scene() -> None:
    readout = readoutmodel.parse(
        "President Arman Sadykov held talks in narrow and extended formats with Prime"
        " Minister Giorgi Beridze of Georgia.\n\nArman Sadykov proposed a joint grain"
        " terminal."
    )
    assert [s.verb for s in readout.statements] == ["proposed"]
    assert readout.kind == "meeting"


@pytest.mark.parametrize(
    "named", ["The Party chief", "The Vietnamese Government leader", "The Party and State leader"]
)
def test_viet_nams_words_for_its_leaders_name_them(named: str) -> None:
    readout = readoutmodel.parse(
        "Hanoi, January 14, 2025 (VNA) - General Secretary Nguyen Van Long held phone talks"
        f" with President Li Wen of China on January 14.\n\n{named} underlined that Viet Nam"
        " values its ties with China."
    )
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        ("underlined", ["Nguyen Van Long"])
    ]


def test_the_leaders_of_meetings_in_turn_are_the_two_who_met_in_the_paragraph() -> None:
    """Each paragraph tells one meeting: its "The leaders" are the host and the one he met
    there; "all the leaders" are everyone."""
    readout = readoutmodel.parse(
        "Prime Minister Tom Reed met President Ana Duarte of Portugal this morning. The"
        " leaders discussed defence.\n\nThe Prime Minister then met Prime Minister Lars"
        " Berg of Sweden. The leaders agreed to work together in the High North.\n\nAt the"
        " close of the day, all the leaders welcomed the summit's outcome."
    )
    assert [[p.name for p in s.speakers] for s in readout.statements] == [
        ["Tom Reed", "Ana Duarte"],
        ["Tom Reed", "Lars Berg"],
        ["Tom Reed", "Ana Duarte", "Lars Berg"],
    ]


def test_a_pronoun_in_a_clause_is_the_one_its_sentence_opens_with() -> None:
    """ "X held a roundtable with union leaders, where he underscored ...": X, not the
    one a statement named last."""
    readout = readoutmodel.parse(
        "Trade Representative Tom Cole met with Kenyan Cabinet Secretary for Trade Peter"
        " Wanjiru. The Cabinet Secretary welcomed the outcomes. Ambassador Cole then met"
        " with President Musa Bello. President Bello urged a long reauthorization of the"
        " trade program. Ambassador Cole also held"
        " a roundtable with union leaders, where he underscored the worker-centered trade"
        " policy."
    )
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        ("welcomed", ["Peter Wanjiru"]),
        ("urged", ["Musa Bello"]),
        ("underscored", ["Tom Cole"]),
    ]


@pytest.mark.parametrize("owner", ["Iran's", "Tehran's"])
def test_a_role_owned_by_a_country_or_its_capital_is_that_countrys(owner: str) -> None:
    readout = readoutmodel.parse(
        "Iranian Foreign Minister Reza Karimi and his Russian counterpart Anton Volkov"
        " conferred by phone.\n\nVolkov reaffirmed Russia's position on the deal."
        f" {owner} top diplomat said that the European parties had failed to keep their"
        " commitments."
    )
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements][1:] == [
        ("reaffirmed", ["Anton Volkov"]),
        ("said", ["Reza Karimi"]),
    ]


@pytest.mark.parametrize(
    ("named", "verb", "speakers"),
    [
        ("The head of the Executive thanked", "thanked", ["Luis Ortega"]),
        ("The head of the Federal Executive thanked", "thanked", ["Luis Ortega"]),
        ("Both politicians agreed", "agreed", ["Luis Ortega", "Paul Girard"]),
        ("The politicians agreed", "agreed", ["Luis Ortega", "Paul Girard"]),
    ],
)
def test_more_words_for_the_leaders(named: str, verb: str, speakers: list[str]) -> None:
    readout = readoutmodel.parse(
        "The President of the Government, Luis Ortega, today received the President of the"
        f" French Republic, Paul Girard.\n\n{named} the French President for his visit."
    )
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        (verb, speakers)
    ]


def test_an_opening_paragraph_ending_as_follows_is_read() -> None:
    """ "... The essence of the conversation is as follows:" closes the opening paragraph;
    it is no preface line to throw away."""
    readout = readoutmodel.parse(
        "On 2 April 2025, Prime Minister Somchai Wong of Thailand held a telephone"
        " conversation with Prime Minister Aziz Rahman of Malaysia. The essence of the"
        " conversation is as follows:\n\n1. The Prime Minister of Malaysia expressed his"
        " condolences for the earthquake."
    )
    assert [p.name for p in readout.participants] == ["Somchai Wong", "Aziz Rahman"]
    assert readout.kind == "phone_call"
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        ("expressed", ["Aziz Rahman"])
    ]


@pytest.mark.parametrize(
    "talks", ["The official talks", "The bilateral talks", "The expanded meeting"]
)
def test_the_engagement_qualified_is_a_joint_subject(talks: str) -> None:
    readout = readoutmodel.parse(
        "Crown Prince Faisal bin Nasser Al Harbi held official talks today in Jeddah with"
        f" President Musa Bello of Kenya.\n\n{talks} reviewed cooperation in energy."
    )
    assert [(s.verb, len(s.speakers)) for s in readout.statements] == [("reviewed", 2)]


def test_according_to_him_before_a_subject_goes_on_with_him() -> None:
    readout = readoutmodel.parse(
        "President Anton Volkov held a video conference with President Li Wen.\n\nLi, for"
        " his part, said China was ready to deepen coordination. According to him, the two"
        " sides should firmly support each other."
    )
    assert [
        (s.verb, [p.name for p in s.speakers], len(s.sentences)) for s in readout.statements
    ] == [("said", ["Li Wen"], 2)]


def test_the_leaders_in_a_paragraph_of_their_own_after_a_meeting_told_in_turn() -> None:
    """ "Later, X met Y." then a paragraph "The leaders discussed ...": X and Y; and the
    one met first is the first meeting's, even when the second counterpart is of the
    same country."""
    readout = readoutmodel.parse(
        "Prime Minister Ari Levi met with Hungarian Prime Minister Peter Nagy in"
        " Budapest.\n\nThe two leaders discussed defense cooperation.\n\nLater, Prime"
        " Minister Levi met with Hungarian President Janos Szabo.\n\nThe leaders discussed"
        " the history of the two peoples."
    )
    assert [[p.name for p in s.speakers] for s in readout.statements] == [
        ["Ari Levi", "Peter Nagy"],
        ["Ari Levi", "Janos Szabo"],
    ]


def test_an_official_set_off_by_his_office_who_attended_narrates_anew() -> None:
    """ "X, Chinese Ambassador to the United States, attended the consultations.": one
    more who took part, not more of what both sides agreed."""
    readout = readoutmodel.parse(
        "Executive Vice Foreign Minister Li Wen held consultations with Deputy Secretary of"
        " State Tom Reed in Washington.\n\nThe two sides agreed to keep in touch. Wang Hai,"
        " Chinese Ambassador to the United States, attended the consultations."
    )
    assert [(p.name, p.country) for p in readout.participants][2] == ("Wang Hai", "CN")
    assert [(s.verb, len(s.sentences)) for s in readout.statements] == [("agreed", 1)]


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("The ministers paid particular attention to the settlement.", "paid particular attention"),
        ("The ministers paid close attention to the settlement.", "paid close attention"),
    ],
)
def test_more_ways_of_drawing_and_paying_attention(sentence: str, verb: str) -> None:
    readout = readoutmodel.parse(
        f"Anton Volkov held talks with Foreign Minister of China Li Wen.\n\n{sentence}"
    )
    assert [s.verb for s in readout.statements] == [verb]


def test_words_according_to_an_aide_who_took_no_part_are_his_and_so_is_he() -> None:
    readout = readoutmodel.parse(
        "MOSCOW, August 6. /TASS/. Russian President Anton Volkov met with US Special"
        " Envoy Tom Reed in the Kremlin.\n\nAnton Volkov stressed the value of dialogue."
        " According to Presidential Aide Oleg Sidorov, no date has yet been set for a"
        " summit. He said the details would be worked out in the coming days."
    )
    assert [(s.verb, len(s.sentences)) for s in readout.statements] == [("stressed", 1)]


@pytest.mark.parametrize(
    ("sentence", "speakers", "verb"),
    [
        ("The leaders' discussion focused on trade.", ["Kofi Mensah", "Jan Novak"], "focused on"),
        ("The two sides' talks centred on energy.", ["Kofi Mensah", "Jan Novak"], "centred on"),
        ("President Mensah reported that exports had doubled.", ["Kofi Mensah"], "reported"),
        (
            "President Mensah began the meeting by reaffirming his support.",
            ["Kofi Mensah"],
            "reaffirming",
        ),
        (
            "Prime Minister Novak opened the session by highlighting trade.",
            ["Jan Novak"],
            "highlighting",
        ),
    ],
)
def test_more_ways_of_telling_an_act(sentence: str, speakers: list[str], verb: str) -> None:
    readout = readoutmodel.parse(
        f"President Kofi Mensah met Prime Minister Jan Novak of Slovakia in Accra.\n\n{sentence}"
    )
    assert [([p.name for p in s.speakers], s.verb) for s in readout.statements] == [
        (speakers, verb)
    ]


@pytest.mark.parametrize("verb", ["said", "reported"])
def test_a_relaying_office_of_a_principal_is_no_statement_of_his(verb: str) -> None:
    """ "the press service of the Belarusian leader said": the press service's words about
    the call, not the leader's."""
    readout = readoutmodel.parse(
        "Belarusian President Ivan Petrov had a telephone conversation with Russian President"
        f" Anton Volkov on 24 June, the press service of the Belarusian leader {verb}.\n\nThe"
        " leaders discussed trade."
    )
    assert [s.verb for s in readout.statements] == ["discussed"]


def test_the_president_of_our_country_is_the_issuers_own() -> None:
    readout = readoutmodel.parse(
        "President of the Republic of Uzbekistan Aziz Karimov held talks with President of"
        " the People's Republic of China Li Wen via videoconference.\n\nThe President of our"
        " country congratulated the Chinese leader on his birthday."
    )
    assert [([p.name for p in s.speakers], s.verb) for s in readout.statements] == [
        (["Aziz Karimov"], "congratulated")
    ]


def test_both_authorities_are_the_two_principals() -> None:
    readout = readoutmodel.parse(
        "President Ana Ruiz held a telephone conversation with the President of the"
        " Government of Spain, Pedro Vidal.\n\nBoth authorities agreed to move forward with"
        " the agreement."
    )
    assert [([p.name for p in s.speakers], s.verb) for s in readout.statements] == [
        (["Ana Ruiz", "Pedro Vidal"], "agreed")
    ]


def test_a_passive_in_a_relative_clause_on_the_subject_is_not_its_verb() -> None:
    readout = readoutmodel.parse(
        "President Kofi Mensah met Prime Minister Jan Novak of Slovakia in Accra.\n\nThe"
        " meeting, which was described as constructive, focused on trade."
    )
    assert [s.verb for s in readout.statements] == ["focused on"]


def test_letters_after_a_name_set_off_by_commas_keep_a_joint_subject() -> None:
    readout = readoutmodel.parse(
        "President Musa Bello, GCFR, and President Ana Ruiz of Brazil have agreed to revive"
        " the strategic dialogue."
    )
    assert [([p.name for p in s.speakers], s.verb) for s in readout.statements] == [
        (["Musa Bello", "Ana Ruiz"], "agreed")
    ]


def test_the_two_leaders_are_not_an_official_of_no_country_who_attended() -> None:
    readout = readoutmodel.parse(
        "On 16 May 2025, at the Prime Minister's Office in Tokyo, Ms. Anong Srisuk, Prime"
        " Minister of Thailand, held a bilateral meeting with Mr. Kenji Mori, Prime Minister"
        " of Japan.\n\nThe two leaders exchanged views on the situation in Myanmar.\n\nMr."
        " Somchai Wong, Minister of Commerce, attended the meeting."
    )
    assert [[p.name for p in s.speakers] for s in readout.statements] == [
        ["Anong Srisuk", "Kenji Mori"]
    ]


def test_an_office_two_hold_is_the_one_the_paragraph_last_named() -> None:
    """Two Prime Ministers met in turn: "The Prime Minister" after "In his meeting with
    Prime Minister B" is B, and "The two" pairs the issuer's own with B."""
    readout = readoutmodel.parse(
        "Secretary of State Tom Hale met separately today with Crown Prince and Prime"
        " Minister Faisal bin Saad of Saudi Arabia and with Prime Minister Khalid bin Nasser"
        " of Qatar.\n\nIn his meeting with Prime Minister Khalid, Secretary Hale thanked"
        " Qatar for its efforts. The Prime Minister said Qatar would keep working. The two"
        " also discussed the situation in Gaza."
    )
    assert [([p.name for p in s.speakers], s.verb) for s in readout.statements] == [
        (["Tom Hale"], "thanked"),
        (["Khalid bin Nasser"], "said"),
        (["Tom Hale", "Khalid bin Nasser"], "discussed"),
    ]


def test_the_deputy_pm_is_the_deputy_prime_minister() -> None:
    readout = readoutmodel.parse(
        "Deputy Prime Minister and Foreign Minister Tran Van Minh held phone talks with"
        " Foreign Minister Kim Min-jun of the Republic of Korea.\n\nMinh welcomed the call."
        " The Deputy PM proposed closer coordination."
    )
    assert [([p.name for p in s.speakers], s.verb) for s in readout.statements] == [
        (["Tran Van Minh"], "welcomed"),
        (["Tran Van Minh"], "proposed"),
    ]


def test_strategic_communication_sets_the_scene_and_is_an_act_in_the_body() -> None:
    """ "held strategic communication with X" is the engagement; "The two sides had candid
    strategic communication on ..." is their act, as an exchange of views is."""
    readout = readoutmodel.parse(
        "Foreign Minister Li Wen held a new round of strategic communication with National"
        " Security Advisor Tom Hale in Bangkok.\n\nThe two sides had candid strategic"
        " communication on trade. Hale provided updates on the talks."
    )
    assert readout.kind.value == "meeting"
    assert [(s.verb, len(s.speakers)) for s in readout.statements] == [
        ("strategic communication", 2),
        ("provided updates on", 1),
    ]


@pytest.mark.parametrize(
    "closing",
    [
        "This was their first call.",
        "It was the President's third call with a Chilean leader this year.",
        "Today's call follows their meeting in Lima in May.",
    ],
)
def test_a_sentence_of_the_engagement_itself_ends_the_statement(closing: str) -> None:
    """What the readout says of the call itself is no one's words."""
    readout = readoutmodel.parse(
        "President Tom Hale spoke today with President Ana Ruiz of Chile. The two leaders"
        f" agreed to meet at the summit. {closing}"
    )
    assert [(s.verb, len(s.sentences)) for s in readout.statements] == [("agreed", 1)]


def test_a_placeholder_before_no_engagement_goes_on_with_the_words() -> None:
    """ "This is ..." of anything else than the engagement goes on with the speaker."""
    readout = readoutmodel.parse(
        "President Tom Hale spoke today with President Ana Ruiz of Chile. President Hale said"
        " the port will open in May. This is a sign of strong ties."
    )
    assert [(s.verb, len(s.sentences)) for s in readout.statements] == [("said", 2)]


def test_according_to_a_principal_at_the_end_of_a_sentence_is_theirs() -> None:
    readout = readoutmodel.parse(
        "President Tom Hale spoke today with President Ana Ruiz of Chile. The call was very"
        " productive, according to President Hale."
    )
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        ("according to", ["Tom Hale"])
    ]


def test_contacts_with_the_leaders_of_other_countries_make_no_joint_act() -> None:
    """ "X spoke about his contacts with the leaders of ..." is X's act alone."""
    readout = readoutmodel.parse(
        "President Tom Hale had a telephone conversation with President Ana Ruiz of Chile.\n\n"
        "Ana Ruiz spoke about her contacts with the leaders of several Andean countries."
    )
    assert [[p.name for p in s.speakers] for s in readout.statements] == [["Ana Ruiz"]]


def test_according_to_a_principal_keeps_words_whose_subject_is_a_proper_name() -> None:
    """ "According to President X, the Lobito Corridor offers ...": a capitalised subject
    read as a name is no one speaking."""
    readout = readoutmodel.parse(
        "Today, Prime Minister Tom Hale spoke with the President of Chile, Ana Ruiz.\n\n"
        "According to President Ruiz, the Atacama Corridor offers new openings for trade."
    )
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        ("according to", ["Ana Ruiz"])
    ]


@pytest.mark.parametrize("style", ["His Majesty", "His Highness"])
def test_a_style_alone_and_an_office_are_two_speakers(style: str) -> None:
    readout = readoutmodel.parse(
        f"The Prime Minister, Tom Hale, spoke today with {style} King Omar of Jordan.\n\n"
        f"{style} and the Prime Minister agreed to remain in close contact."
    )
    assert [[p.name for p in s.speakers] for s in readout.statements] == [["Omar", "Tom Hale"]]


def test_the_two_are_the_leaders_beside_an_aide_named_as_attending() -> None:
    """ "The two ministers" are the two who met, not an aide of a high office who attended."""
    readout = readoutmodel.parse(
        "On April 2, 2023, Mr. SATO Ken, Minister for Foreign Affairs of Japan, held a"
        " telephone talk with Mr. Li Wen, Minister of Foreign Affairs of the People's Republic"
        " of China. Mr. ONO Jiro, Secretary General of the National Security Secretariat,"
        " also attended.\n\nThe two ministers exchanged views on the region."
    )
    assert [[p.name for p in s.speakers] for s in readout.statements] == [["SATO Ken", "Li Wen"]]


@pytest.mark.parametrize(
    ("sentence", "verbs"),
    [
        ("The Taoiseach presented the President with a bowl of shamrock.", []),
        ("President Hale presented Prime Minister Ruiz with a gift.", []),
        ("The Taoiseach presented his proposals to the President.", ["presented"]),
    ],
)
def test_a_thing_presented_to_a_person_is_a_gift_not_an_act(
    sentence: str, verbs: list[str]
) -> None:
    readout = readoutmodel.parse(
        f"The Taoiseach, Sean Ruiz, met President Tom Hale in the Oval Office today.\n\n{sentence}"
    )
    assert [s.verb for s in readout.statements] == verbs


def test_a_long_list_of_officials_who_joined_ends_the_statement() -> None:
    """An attendance line whose verb stands far into the sentence is no one's words."""
    readout = readoutmodel.parse(
        "President Tom Hale welcomed President Ana Ruiz of Chile to the White House today."
        " They agreed to launch a partnership for workers. Secretary of State Marcus"
        " Coleridge, Secretary of the Treasury Linda Baxter-Hale, and Special Presidential"
        " Envoy for Climate Omar Farah also participated in the meeting."
    )
    assert [(s.verb, len(s.sentences)) for s in readout.statements] == [("agreed", 1)]


@pytest.mark.parametrize("adding", ["adding that", "noting that", "stressing that"])
def test_a_closing_attribution_with_what_it_adds_makes_the_sentence_its_speakers(
    adding: str,
) -> None:
    """ "In 2025, the two heads of state met ..., Li said, adding that ...": Li's words,
    verb "said", not an act of both."""
    readout = readoutmodel.parse(
        "BEIJING, Jan. 9, 2026 (Xinhua) -- Chinese President Li Wen held a video call with"
        " Russian President Ivan Petrov on Friday.\n\nIn 2025, the two heads of state met"
        " three times and jointly celebrated the anniversary of ties, Li said,"
        f" {adding} ties are at their best."
    )
    assert [([p.name for p in s.speakers], s.verb) for s in readout.statements] == [
        (["Li Wen"], "said")
    ]


@pytest.mark.parametrize("group", ["The military leaders", "The two military leaders"])
def test_the_military_leaders_are_both_principals(group: str) -> None:
    readout = readoutmodel.parse(
        "Chairman of the Joint Chiefs of Staff Gen. Tom Hale spoke by phone today with Chief"
        f" of the General Staff of the Russian Armed Forces Gen. Ivan Petrov. {group}"
        " discussed security issues."
    )
    assert [[p.name for p in s.speakers] for s in readout.statements] == [
        ["Tom Hale", "Ivan Petrov"]
    ]


def test_one_office_twice_before_a_name_is_two_people() -> None:
    """ "EAM and FM Wadephul discussed ...": the External Affairs Minister and the German
    Foreign Minister, as no one holds an office twice."""
    readout = readoutmodel.parse(
        "External Affairs Minister Dr. Raj Mehta received a telephone call from Dr. Karl Roth,"
        " Federal Minister for Foreign Affairs of Germany, today.\n\nEAM and FM Roth discussed"
        " the strategic partnership."
    )
    assert [[p.name for p in s.speakers] for s in readout.statements] == [
        ["Raj Mehta", "Karl Roth"]
    ]


@pytest.mark.parametrize(
    "closing",
    [
        "The two leaders last met in San Diego in March.",
        "Secretary of State Tom Reed spoke separately with Foreign Minister Ali Kaya earlier"
        " in the day.",
    ],
)
def test_a_closing_sentence_of_another_time_or_another_official_ends_the_statement(
    closing: str,
) -> None:
    """ "The two leaders last met ...", "Secretary X spoke separately with Y ...": no words
    of the speaker, so the statement before ends."""
    text = (
        "President Joe Biden spoke today with President Recep Tayyip Erdoğan of Türkiye."
        f" The two Presidents agreed to stay in close contact. {closing}"
    )
    readout = readoutmodel.parse(text)
    assert [
        [text[s.start : s.end] for s in statement.sentences] for statement in readout.statements
    ] == [["The two Presidents agreed to stay in close contact."]]


def test_a_third_party_named_within_reported_words_goes_on_with_them() -> None:
    """Within what a speaker says, an official who took no part is part of the words."""
    text = (
        "President Xi Jinping spoke with President Joe Biden. Xi said that the two sides"
        " should keep talking. Secretary Tom Reed visited Beijing last month and held"
        " useful talks."
    )
    readout = readoutmodel.parse(text)
    assert len(readout.statements[0].sentences) == 2


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "National Security Advisor Tom Reed spoke today with National Security Advisor Raj"
            " Mehta of India. The two NSAs exchanged views on regional security.",
            ["Tom Reed", "Raj Mehta"],
        ),
        (
            "President Tom Reed met today with His Holiness Pope Francis in Vatican City. The"
            " Holy Father expressed his hope for peace.",
            ["Francis"],
        ),
    ],
)
def test_more_ways_of_naming_principals(text: str, speakers: list[str]) -> None:
    readout = readoutmodel.parse(text)
    assert [[p.name for p in s.speakers] for s in readout.statements] == [speakers]


def test_the_partner_of_a_discussion_is_in_its_own_sentence() -> None:
    """ "A and B discussed cooperation with partners. C also joined the call.": C is no
    partner of the discussion."""
    readout = readoutmodel.parse(
        "President Tom Reed spoke today with Prime Minister Raj Mehta of India. President Reed"
        " and Prime Minister Mehta discussed cooperation with partners. Secretary of State"
        " Ann Cole also joined the call."
    )
    assert [[p.name for p in s.speakers] for s in readout.statements] == [["Tom Reed", "Raj Mehta"]]


@pytest.mark.parametrize("opening", ["During the meeting,", "During the talks,", "In the call,"])
def test_the_engagement_opening_a_sentence_joins_no_one_to_its_subject(opening: str) -> None:
    """ "During the meeting, A and B discussed ...": the speakers are the two named, not
    every principal the engagement had, when a third met one of them apart."""
    readout = readoutmodel.parse(
        "President Kemal Aydin met with President Rauf Aliyev of Azerbaijan in Tirana on 16 May"
        f" 2025.\n\n{opening} President Aydin and President Aliyev discussed the peace"
        " process.\n\nOn the margins of the summit, President Aydin also met with Prime"
        " Minister of Armenia Aram Petrosyan."
    )
    assert [p.name for p in readout.participants] == [
        "Kemal Aydin",
        "Rauf Aliyev",
        "Aram Petrosyan",
    ]
    assert [[p.name for p in s.speakers] for s in readout.statements] == [
        ["Kemal Aydin", "Rauf Aliyev"]
    ]


@pytest.mark.parametrize("in_turn", ["respectively", "separately"])
def test_both_sides_of_meetings_the_scene_tells_in_turn_are_the_host_and_that_guest(
    in_turn: str,
) -> None:
    """ "Wang Yi met with A and B respectively": "Both sides" in the paragraph on A's meeting
    are Wang Yi and A, not every principal."""
    readout = readoutmodel.parse(
        "On May 15, 2025, Foreign Minister Zhao Ming met in Beijing with Uruguayan Foreign"
        f" Minister Pablo Ruiz and Kyrgyz Foreign Minister Almaz Beishenov {in_turn}.\n\nIn the"
        " meeting with Pablo Ruiz, Zhao Ming noted that Uruguay is a partner. Both sides"
        " expressed support for free trade.\n\nDuring the meeting with Almaz Beishenov, Zhao"
        " Ming said that the railway matters. The two sides exchanged views on Afghanistan."
    )
    assert [[p.name for p in s.speakers] for s in readout.statements] == [
        ["Zhao Ming"],
        ["Zhao Ming", "Pablo Ruiz"],
        ["Zhao Ming"],
        ["Zhao Ming", "Almaz Beishenov"],
    ]


def test_thinks_reports_and_a_thought_named_for_a_leader_does_not() -> None:
    """ "Fico thinks ..." is Fico's statement; the "Thought" of "Xi Jinping Thought" is a
    word of a name, so the speaker's words go on over it."""
    readout = readoutmodel.parse(
        "On May 15, 2025, President Xi Jinping met with Prime Minister Robert Fico of Slovakia"
        " in Beijing.\n\nXi Jinping said that the congress was a success. Its guide is Xi"
        " Jinping Thought on Socialism with Chinese Characteristics. Fico thinks the two sides"
        " should deepen cooperation."
    )
    assert [
        ([p.name for p in s.speakers], s.verb, len(s.sentences)) for s in readout.statements
    ] == [(["Xi Jinping"], "said", 2), (["Robert Fico"], "thinks", 1)]


def test_the_two_leaders_after_a_pair_named_as_speakers_are_that_pair() -> None:
    """ "X called on A and held a meeting with B. ... B and X welcomed ... The two leaders
    noted ...": the two just named, not the scene's subject and the first met."""
    readout = readoutmodel.parse(
        "General Secretary Tran Van Minh called on President Lim Boon Keng and held a meeting"
        " with Prime Minister Tan Wei Ling on 12 March 2025.\n\nPrime Minister Tan and General"
        " Secretary Tran welcomed the elevation of relations. The two leaders noted with"
        " satisfaction the progress of the industrial parks."
    )
    assert [sorted(p.name for p in s.speakers) for s in readout.statements] == [
        ["Tan Wei Ling", "Tran Van Minh"],
        ["Tan Wei Ling", "Tran Van Minh"],
    ]


def test_a_reporting_verb_coordinated_after_a_narrated_one_keeps_the_whole_subject() -> None:
    """ "During the meeting, Lula and Petro signed ... and agreed ...": both agreed."""
    readout = readoutmodel.parse(
        "President Paulo Souza received the President of Colombia, Juan Restrepo, at the"
        " Planalto Palace this Thursday.\n\nDuring the meeting, Souza and Restrepo signed a"
        " declaration on the Amazon and agreed to create a mechanism against illegal mining."
    )
    assert [([p.name for p in s.speakers], s.verb) for s in readout.statements] == [
        (["Paulo Souza", "Juan Restrepo"], "agreed")
    ]


def test_he_after_a_passive_with_an_agent_is_its_subject() -> None:
    """ "The Secretary-General was briefed by the Prime Minister. He reiterated ...": the
    Prime Minister briefed, and "He" is the Secretary-General."""
    readout = readoutmodel.parse(
        "The Secretary-General, Omar Haddad, spoke by phone today with Jean Baptiste, Prime"
        " Minister of Haiti.\n\nThe Secretary-General was briefed by the Prime Minister on the"
        " security situation. He reiterated the full support of the United Nations."
    )
    assert [([p.name for p in s.speakers], s.verb) for s in readout.statements] == [
        (["Jean Baptiste"], "briefed"),
        (["Omar Haddad"], "reiterated"),
    ]


def test_a_relative_clause_with_a_date_and_its_year_before_the_verb() -> None:
    """ "The Philippine President, who is on a state visit from February 28 to March 1,
    2024, stressed ...": the comma before the year is no end of the clause."""
    readout = readoutmodel.parse(
        "President Ramon Cruz and Australian Prime Minister Tom Reed held a bilateral meeting"
        " at Parliament House on February 29, 2024.\n\nThe Philippine President, who is on a"
        " state visit to Australia from February 28 to March 1, 2024, stressed that Manila"
        " values the partnership."
    )
    assert [([p.name for p in s.speakers], s.verb) for s in readout.statements] == [
        (["Ramon Cruz"], "stressed")
    ]


def test_the_office_beside_i_is_the_other_holder() -> None:
    """ "The President and I spoke about energy" in a statement by a President: the other
    President and the writer."""
    readout = readoutmodel.parse(
        "Statement by President Anna Berg following her phone call with President Tom Hale\n\n"
        "Today I had a good phone call with President Tom Hale. The President and I spoke about"
        " energy."
    )
    assert [sorted(p.name for p in s.speakers) for s in readout.statements] == [
        ["Anna Berg", "Tom Hale"]
    ]


@pytest.mark.parametrize(
    "subject", ["The Chinese and French sides", "Both the Chinese and French sides"]
)
def test_the_sides_two_peoples_name_are_joint(subject: str) -> None:
    """ "The Chinese and French sides agreed": both participants, as "the two sides"."""
    found = _found(readoutmodel.parse(CN + f"{subject} agreed to expand trade in wine."))
    assert [(speakers, verb) for speakers, verb, _ in found] == [((XI, MACRON), "agreed")]


@pytest.mark.parametrize(
    "ceremony",
    [
        "reviewed the guard of honor of the Chinese People's Liberation Army",
        "inspected the guard of honour",
    ],
)
def test_reviewing_a_guard_of_honour_is_no_statement(ceremony: str) -> None:
    """The welcome ceremony of a state visit is no communicative act and raises no defense;
    "reviewed the progress" still is one."""
    readout = readoutmodel.parse(
        "On May 17, 2025, President Xi Jinping held talks with President Ana Ruiz of Chile in"
        f" Beijing.\n\nThe two heads of state {ceremony}.\n\nThe two heads of state reviewed"
        " the progress of their cooperation."
    )
    [statement] = readout.statements
    said = readout.text[statement.span.start : statement.span.end]
    assert (statement.verb, said.split()[-1]) == ("reviewed", "cooperation.")
    assert readout.kind == "meeting"
    assert [t.id for t in readout.topics] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "There was a detailed and frank exchange of views on the situation in the Middle East.",
        "In the course of the conversation, there was an exchange of views on Syria.",
        "An exchange of views took place on energy supplies.",
    ],
)
def test_an_act_named_by_a_noun_no_one_performs_is_joint(sentence: str) -> None:
    """ "There was an exchange of views", "An exchange of views took place": a joint act,
    as a passive with no agent is; an exchange someone speaks of is not one."""
    found = _found(readoutmodel.parse(RU + sentence))
    assert [(speakers, verb) for speakers, verb, _ in found] == [
        ((PUTIN, MERKEL), "exchange of views")
    ]
    spoken_of = RU + "The exchange of views that followed was useful, Angela Merkel said."
    found = _found(readoutmodel.parse(spoken_of))
    assert [(speakers, verb) for speakers, verb, _ in found] == [((MERKEL,), "said")]


def test_a_spokesman_relays_both_subjects_after_that() -> None:
    """ "The Spokesman said that A and B discussed": both principals, as without "that"."""
    readout = readoutmodel.parse(
        CN.replace("telephone talks", "talks")
        + "The Spokesman said that President Xi Jinping and President Emmanuel Macron discussed"
        " the situation in Gaza."
    )
    found = _found(readout)
    assert [(speakers, verb) for speakers, verb, _ in found] == [((XI, MACRON), "discussed")]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("China's top legislator", "Li Wen"),
        ("The Vietnamese legislator", "Tran Van Son"),
        ("The Chinese top political advisor", "Li Wen"),
    ],
)
def test_a_legislator_or_political_advisor_is_the_role_of_that_countrys_principal(
    subject: str, speaker: str
) -> None:
    """Xinhua's roles for the heads of legislatures and advisory bodies resolve as "the
    Chinese top diplomat" does."""
    readout = readoutmodel.parse(
        "BEIJING, April 8 (Xinhua) -- Li Wen, chairman of the Standing Committee of China's"
        " legislature, held talks with Tran Van Son, chairman of the National Assembly of"
        f" Vietnam, in Beijing on Monday.\n\n{subject} said the two legislatures should deepen"
        " cooperation."
    )
    found = _found(readout)
    assert [(speakers, verb) for speakers, verb, _ in found] == [((speaker,), "said")]


@pytest.mark.parametrize(
    ("sentence", "verbs"),
    [
        ("Angela Merkel condemned the statements of some politicians.", ["condemned"]),
        ("Angela Merkel welcomed the statement by the G7.", ["welcomed"]),
        ("The talks were constructive, said a statement by the Chancellery.", []),
    ],
)
def test_a_document_relays_only_after_what_it_says(sentence: str, verbs: list[str]) -> None:
    """ "..., said a statement by X" is the document's; a statement a leader condemns or
    welcomes is what the leader did."""
    readout = readoutmodel.parse(RU + sentence)
    assert [s.verb for s in readout.statements] == verbs


@pytest.mark.parametrize("frame", ["was an opportunity to", "provided an opportunity to"])
def test_an_engagement_that_was_an_opportunity_to_act_is_a_joint_act(frame: str) -> None:
    """ "The meeting was an opportunity to discuss ...": the engagement as subject, joint,
    with the verb after "to"."""
    readout = readoutmodel.parse(
        "Prime Minister Ana Ruiz met with Prime Minister Tom Hale of Sweden today.\n\nThe"
        f" meeting {frame} discuss the main issues on the European agenda."
    )
    assert [([p.name for p in s.speakers], s.verb) for s in readout.statements] == [
        (["Ana Ruiz", "Tom Hale"], "discuss")
    ]


@pytest.mark.parametrize("welcomed", ["the President", "President Tom Hale"])
def test_a_style_after_an_office_set_off_by_a_comma_speaks(welcomed: str) -> None:
    """ "Welcoming the President, His Majesty said ...": the style is the King, not part of
    the office before the comma; the participle before gives the main verb."""
    readout = readoutmodel.parse(
        "King Faisal II met with President Tom Hale of Chile.\n\nWelcoming"
        f" {welcomed}, His Majesty said Jordan values its partnership with Chile."
    )
    assert [([p.name for p in s.speakers], s.verb) for s in readout.statements] == [
        (["Faisal II"], "said")
    ]


@pytest.mark.parametrize("place", ["Samarkand", "Xi'an"])
def test_a_name_no_one_bears_goes_on_with_what_a_speaker_says(place: str) -> None:
    """A sentence opening with a name that is no participant's ("Samarkand was ...") goes
    on with what the speaker is saying: a speaker's words name places and others."""
    readout = readoutmodel.parse(
        "On May 3, 2024, Premier Li Qiang met with President Tolib Nazarov of Uzbekistan.\n\n"
        "Nazarov said that he was glad to come to China again. "
        f"{place} was a great hub of the ancient trade routes. "
        "Uzbekistan is ready to deepen cooperation with China."
    )
    [statement] = readout.statements
    assert [p.name for p in statement.speakers] == ["Tolib Nazarov"]
    assert len(statement.sentences) == 3


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("The call witnessed an exchange of views on the situation in Sudan.", "exchange of views"),
        ("The meeting saw an exchange of views on regional security.", "exchange of views"),
        ("This meeting was an opportunity to discuss ways to deepen relations.", "discuss"),
        ("The session dealt with cooperation in trade and investment.", "dealt with"),
    ],
)
def test_the_engagement_as_subject_is_a_joint_act(sentence: str, verb: str) -> None:
    """The engagement named as subject ("The call witnessed ...", "This meeting was an
    opportunity to ...", "The session dealt with ...") acts for both leaders."""
    readout = readoutmodel.parse(
        "President Omar Farouk received a phone call from President Tom Hale of Chile.\n\n"
        + sentence
    )
    assert [([p.name for p in s.speakers], s.verb) for s in readout.statements] == [
        (["Omar Farouk", "Tom Hale"], verb)
    ]


@pytest.mark.parametrize("office", ["President", "Prime Minister"])
def test_the_visiting_office_is_the_guest(office: str) -> None:
    """ "The visiting President said ..." of two Presidents is the guest, not the host
    whose readout it is."""
    readout = readoutmodel.parse(
        f"{office} Daniel Kibet of Kenya held talks with {office} Jean Mugabo of Rwanda in"
        f" Nairobi.\n\nThe visiting {office} said Rwanda was ready to deepen trade with Kenya."
    )
    assert [[p.name for p in s.speakers] for s in readout.statements] == [["Jean Mugabo"]]


def test_the_head_of_state_is_not_the_one_he_congratulates() -> None:
    """ "The head of state congratulated X": a role read as X, its own object, is the
    other principal, the issuer's leader named without an office."""
    readout = readoutmodel.parse(
        "Telephone conversation with President of Kazakhstan Nurlan Abenov\n\n"
        "Pavel Orlov had a telephone conversation with President of Kazakhstan Nurlan"
        " Abenov.\n\nThe head of state congratulated Nurlan Abenov on his birthday."
    )
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        ("congratulated", ["Pavel Orlov"])
    ]


def test_a_caller_congratulating_his_highness_is_the_caller() -> None:
    """ "received a phone call from X, during which he congratulated His Highness": "he"
    read as the host, who is the style's, is the other: the caller."""
    readout = readoutmodel.parse(
        "President Sheikh Hamad bin Khalid received a phone call from President Paul Girard"
        " of France, during which he congratulated His Highness on the success of the summit."
    )
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        ("congratulated", ["Paul Girard"])
    ]


def test_talking_to_a_visitor_who_called_on_him() -> None:
    """ "Talking to X, who called on him today, Prime Minister Y said that ...": calling on
    someone is a visit, not an urging, and "Talking" opens no name; the words are Y's."""
    readout = readoutmodel.parse(
        "Islamabad, 12 May 2023\n\nTalking to Chinese Ambassador Li Wen, who called on him"
        " today, Prime Minister Imran Qadir said that Pakistan valued its ties with China."
    )
    assert [p.name for p in readout.participants] == ["Li Wen", "Imran Qadir"]
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        ("said", ["Imran Qadir"])
    ]


@pytest.mark.parametrize(
    "subject",
    ["The heads of state of the two countries", "The heads of government of the two nations"],
)
def test_the_heads_of_the_two_countries_act_together(subject: str) -> None:
    readout = readoutmodel.parse(
        "President Li Wei held talks with President Aibek Omarov.\n\n"
        f"{subject} agreed to hold a strategic dialogue."
    )
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        ("agreed", ["Li Wei", "Aibek Omarov"])
    ]


@pytest.mark.parametrize(
    ("opening", "subject", "speaker"),
    [
        (
            "Foreign Minister Ali Raza received a telephone call from the Acting Foreign"
            " Minister of Iran, Mr. Reza Tavakoli, today.",
            "The Acting Foreign Minister",
            "Reza Tavakoli",
        ),
        (
            "Deputy Foreign Minister Igor Belov of Russia called on Foreign Minister Ali Raza"
            " in Islamabad on 3 August 2024.",
            "The Foreign Minister",
            "Ali Raza",
        ),
    ],
)
def test_an_office_as_written_tells_a_minister_from_his_deputy(
    opening: str, subject: str, speaker: str
) -> None:
    """Of a Foreign Minister and an Acting or Deputy one, the office as the text writes it
    tells which one it means."""
    readout = readoutmodel.parse(
        f"Islamabad, 3 August 2024\n\n{opening}\n\n{subject} briefed him on the situation."
    )
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        ("briefed", [speaker])
    ]


def test_the_president_of_the_republic_is_still_the_president() -> None:
    """ "The President" of "the President of the Republic" and a President of Iran is
    the issuer's own, as before: the words after the office tell no one apart."""
    readout = readoutmodel.parse(
        "Telephone conversation between Marc Dubois and Reza Karimi, President of the"
        " Islamic Republic of Iran\n\nOn Saturday, the President of the Republic spoke with"
        " the President of the Islamic Republic of Iran, Reza Karimi.\n\nThe President"
        " demanded the release of French nationals.\n\nParis, 28 September 2024"
    )
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        ("demanded", ["Marc Dubois"])
    ]


@pytest.mark.parametrize("when", ["today, 18 August 2023,", "on Friday, August 18, 2023,"])
def test_a_date_between_commas_stands_between_subject_and_verb(when: str) -> None:
    """ "President X today, 18 August 2023, called President Y to congratulate him": the
    date between commas leaves X the subject of the call's purpose."""
    readout = readoutmodel.parse(
        f"President Thabo Ndlovu {when} called President Ivan Sokolov to congratulate him."
    )
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        ("congratulate", ["Thabo Ndlovu"])
    ]


def test_he_after_a_clause_joined_with_another_subject_is_that_subject() -> None:
    """ "President X updated ..., and the Prime Minister stressed ... He also welcomed":
    "He" is the one the sentence named last as the subject of its verb."""
    readout = readoutmodel.parse(
        "PM call with President Hale: 22 October 2023\n\nPrime Minister Tom Reed spoke to"
        " President Sam Hale today.\n\nPresident Hale updated on his visit to the region,"
        " and the Prime Minister stressed the need to protect civilians. He also welcomed"
        " the release of two hostages."
    )
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        ("updated", ["Sam Hale"]),
        ("welcomed", ["Tom Reed"]),
    ]


def test_the_talks_with_a_long_aside_on_their_format_act_for_both() -> None:
    """ "The talks, first in a restricted format and then with the participation of the
    delegations, focused on ...": the aside may be long; the talks' act is both leaders'."""
    readout = readoutmodel.parse(
        "Meeting with President of Türkiye Kemal Arslan\n\nVladimir Sokolov met with"
        " President of the Republic of Türkiye Kemal Arslan.\n\nThe talks, first in a"
        " restricted format and then with the participation of the delegations, focused on"
        " the grain initiative."
    )
    assert [(s.verb, sorted(p.name for p in s.speakers)) for s in readout.statements] == [
        ("focused on", ["Kemal Arslan", "Vladimir Sokolov"])
    ]
