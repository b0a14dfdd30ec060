"""Kind: phone call, video call, meeting or other, from the headline and the scene."""

from __future__ import annotations

import pytest

import readoutmodel
from readoutmodel import Kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # in person: a dialogue or consultations held somewhere, a leader sat down with
        (
            "On July 2, 2025, Foreign Minister Li Wen held a strategic dialogue with High"
            " Representative Ana Ruiz in Brussels. The two sides agreed to stay in touch.",
            Kind.MEETING,
        ),
        (
            "Foreign Minister Ivan Petrov held consultations with Foreign Minister Ali Khan of"
            " Pakistan in Moscow. The ministers discussed trade.",
            Kind.MEETING,
        ),
        (
            "The Taoiseach, Sean Byrne, sat down with Chancellor Hans Vogel in Brussels. They"
            " discussed trade.",
            Kind.MEETING,
        ),
        (
            "Prime Minister Ann Lee visited the White House today at the invitation of"
            " President Tom Hale. The leaders discussed support for Ukraine.",
            Kind.MEETING,
        ),
        (
            "President Tom Hale had lunch with Prime Minister Ann Lee of Japan today. The"
            " leaders discussed North Korea.",
            Kind.MEETING,
        ),
        (
            "President Li Wen held a cloud meeting with President Tom Hale. The two sides agreed"
            " to stay in touch.",
            Kind.VIDEO_CALL,
        ),
        (
            "President Tom Hale held a Zoom call with Prime Minister Ann Lee of Japan. The"
            " leaders discussed trade.",
            Kind.VIDEO_CALL,
        ),
        # telephone: the many ways of saying it
        (
            "On March 3, 2025, President Xi Jinping held telephone talks with President Emmanuel"
            " Macron. Xi Jinping stressed that dialogue matters.",
            Kind.PHONE_CALL,
        ),
        (
            "Prime Minister Justin Trudeau spoke by phone with President Gustavo Petro of Colombia."
            " The leaders discussed migration.",
            Kind.PHONE_CALL,
        ),
        (
            "Prime Minister Narendra Modi spoke over the phone with President Joe Biden."
            " The leaders reviewed bilateral ties.",
            Kind.PHONE_CALL,
        ),
        (
            "President Recep Tayyip Erdogan had a phone call with President Volodymyr Zelenskyy."
            " Erdogan reiterated his support.",
            Kind.PHONE_CALL,
        ),
        (
            "President Vladimir Putin had a telephone conversation with President Kassym-Jomart"
            " Tokayev of Kazakhstan. The presidents discussed trade.",
            Kind.PHONE_CALL,
        ),
        (
            "Prime Minister Fumio Kishida held a telephone talk with President Yoon Suk Yeol."
            " The two leaders confirmed cooperation.",
            Kind.PHONE_CALL,
        ),
        (
            "Prime Minister Benjamin Netanyahu spoke by telephone with Prime Minister Giorgia"
            " Meloni. The Prime Minister thanked her.",
            Kind.PHONE_CALL,
        ),
        (
            "Prime Minister Giorgia Meloni received a telephone call from President Volodymyr"
            " Zelenskyy. Meloni confirmed Italy's support.",
            Kind.PHONE_CALL,
        ),
        (
            "The President called Prime Minister Netanyahu from Air Force One."
            " The President reiterated his support.",
            Kind.PHONE_CALL,
        ),
        # "spoke with" and no sign of a meeting is a call
        (
            "Chancellor Olaf Scholz spoke with President Emmanuel Macron of France."
            " They discussed energy prices.",
            Kind.PHONE_CALL,
        ),
        (
            "Secretary of State Antony J. Blinken talked with Foreign Minister Sergey Lavrov."
            " The Secretary urged Russia to de-escalate.",
            Kind.PHONE_CALL,
        ),
        (
            "Prime Minister Giorgia Meloni held a conversation with President Joe Biden."
            " The leaders discussed the G7 presidency.",
            Kind.PHONE_CALL,
        ),
        # a later meeting or an earlier one named in the body does not make a call a meeting
        (
            "President Joe Biden spoke today with Chancellor Olaf Scholz. The leaders looked"
            " forward to meeting in person at the G7 Summit.",
            Kind.PHONE_CALL,
        ),
        (
            "President Joe Biden spoke with Prime Minister Narendra Modi. The President recalled"
            " their productive meeting in Washington last June.",
            Kind.PHONE_CALL,
        ),
        (
            "Readout of the Prime Minister's call with President Macron\n\nThe Prime Minister spoke"
            " to President Macron this evening. They looked forward to their meeting in Paris.",
            Kind.PHONE_CALL,
        ),
        # video
        (
            "President Lula da Silva held a video call with Chancellor Olaf Scholz of Germany."
            " The two leaders discussed the Amazon Fund.",
            Kind.VIDEO_CALL,
        ),
        (
            "Prime Minister Narendra Modi held a virtual summit with Prime Minister Scott Morrison."
            " They agreed to elevate ties.",
            Kind.VIDEO_CALL,
        ),
        (
            "President Joe Biden met virtually today with Prime Minister Fumio Kishida of Japan."
            " The leaders agreed to strengthen the alliance.",
            Kind.VIDEO_CALL,
        ),
        (
            "Secretary of State Antony J. Blinken participated in a secure videoconference with"
            " Foreign Minister Dmytro Kuleba. The Secretary reaffirmed support.",
            Kind.VIDEO_CALL,
        ),
        (
            "President Xi Jinping held a virtual meeting with President Joe Biden."
            " Xi Jinping stressed that the two countries should respect each other.",
            Kind.VIDEO_CALL,
        ),
        (
            "President Volodymyr Zelenskyy had a conversation with Prime Minister Rishi Sunak via"
            " video link. The leaders discussed air defence.",
            Kind.VIDEO_CALL,
        ),
        (
            "President Ana Ruiz held talks with Prime Minister Tom Hale via videolink. The"
            " leaders discussed air defence.",
            Kind.VIDEO_CALL,
        ),
        (
            "President Ana Ruiz held a telephone discussion with Prime Minister Tom Hale on"
            " Wednesday. The leaders discussed air defence.",
            Kind.PHONE_CALL,
        ),
        (
            "Chancellor Olaf Scholz and President Emmanuel Macron had a video conversation with"
            " President Xi Jinping. The leaders discussed Ukraine.",
            Kind.VIDEO_CALL,
        ),
        (
            "President Joe Biden hosted a virtual summit with the leaders of the Quad."
            " The leaders committed to vaccine delivery.",
            Kind.VIDEO_CALL,
        ),
        # meeting
        (
            "President Joe Biden met with Prime Minister Giorgia Meloni of Italy at the White"
            " House. The President thanked the Prime Minister.",
            Kind.MEETING,
        ),
        (
            "Foreign Minister Wang Yi held talks with Foreign Minister Penny Wong of Australia in"
            " Beijing. Wang Yi said China welcomes the visit.",
            Kind.MEETING,
        ),
        (
            "Prime Minister Rishi Sunak hosted Prime Minister Mark Rutte of the Netherlands in"
            " Downing Street today. The leaders agreed to deepen cooperation.",
            Kind.MEETING,
        ),
        (
            "President Joe Biden received President Isaac Herzog of Israel in the Oval Office."
            " The President reaffirmed the bond between the two countries.",
            Kind.MEETING,
        ),
        (
            "President Emmanuel Macron held a face-to-face meeting with President Vladimir Putin in"
            " Moscow. Macron urged de-escalation.",
            Kind.MEETING,
        ),
        (
            "President Xi Jinping had an audience with King Charles III at Buckingham Palace."
            " King Charles welcomed the President.",
            Kind.MEETING,
        ),
        (
            "Prime Minister Narendra Modi held a bilateral meeting with President Joe Biden on the"
            " margins of the G20 Summit. The leaders reviewed cooperation.",
            Kind.MEETING,
        ),
        (
            "Foreign Minister Penny Wong met her counterpart Wang Yi on the sidelines of the ASEAN"
            " meetings. Minister Wong raised human rights.",
            Kind.MEETING,
        ),
        (
            "Prime Minister Fumio Kishida held a summit meeting with President Yoon Suk Yeol."
            " The two leaders confirmed cooperation.",
            Kind.MEETING,
        ),
        (
            "President Joe Biden met today with Chancellor Olaf Scholz at the White House."
            " The leaders recalled their phone call last month.",
            Kind.MEETING,
        ),
        (
            "Prime Minister Narendra Modi had a tête-à-tête with President Emmanuel Macron at the"
            " Élysée Palace. The two leaders reviewed the Horizon 2047 roadmap.",
            Kind.MEETING,
        ),
        (
            "President Bola Tinubu held a tete-a-tete with President Nana Akufo-Addo of Ghana in"
            " Abuja. They agreed to deepen trade under the AfCFTA.",
            Kind.MEETING,
        ),
        (
            "Foreign Minister Vivian Balakrishnan paid a courtesy call on Prime Minister Anwar"
            " Ibrahim in Putrajaya. The Minister conveyed greetings from Singapore.",
            Kind.MEETING,
        ),
        (
            "Prime Minister Keir Starmer spoke with President Luiz Inácio Lula da Silva on the"
            " sidelines of the G20 summit in Rio de Janeiro. The leaders discussed clean energy.",
            Kind.MEETING,
        ),
        # with no engagement word, a guest brought to a place
        (
            "EU Special Representative welcomes Foreign Minister of Moldova to Brussels\n\n"
            "High Representative Kaja Kallas welcomed the Foreign Minister of Moldova, Mihai"
            " Popșoi, to Brussels today. The High Representative praised Moldova's reforms.",
            Kind.MEETING,
        ),
        (
            "President Xi Jinping sent congratulations to President Lula da Silva on his"
            " re-election. Xi said China values its ties with Brazil.",
            Kind.OTHER,
        ),
        # a passive that says how the engagement was held decides
        (
            "President Shavkat Mirziyoyev had a phone call with President Emmanuel Macron of"
            " France, which was held by videoconference. They discussed critical minerals.",
            Kind.VIDEO_CALL,
        ),
        (
            "President Shavkat Mirziyoyev held talks with Chancellor Olaf Scholz on 2 May 2024."
            " The talks were held over the phone. The leaders discussed energy.",
            Kind.PHONE_CALL,
        ),
        (
            "Vladimir Putin held talks with President Xi Jinping. The talks were held via video"
            " link. The leaders discussed trade.",
            Kind.VIDEO_CALL,
        ),
        (
            "President Kassym-Jomart Tokayev held talks with President Sadyr Japarov in Astana."
            " The talks were held in a friendly atmosphere.",
            Kind.MEETING,
        ),
        (
            "The meeting took place via video link. President Vladimir Putin and Prime Minister"
            " Narendra Modi discussed fertiliser supplies.",
            Kind.VIDEO_CALL,
        ),
        (
            "President Cyril Ramaphosa spoke by phone with President Paul Kagame. The call came"
            " after they met in person in Kigali.",
            Kind.PHONE_CALL,
        ),
        (
            "President Cyril Ramaphosa spoke telephonically with President Joe Biden on Monday."
            " The two Presidents discussed the AGOA trade preferences.",
            Kind.PHONE_CALL,
        ),
        (
            "Prime Minister Lee Hsien Loong hosted Prime Minister Anthony Albanese to a working"
            " lunch at the Istana. They discussed the digital economy.",
            Kind.MEETING,
        ),
        # other: letters, messages, joint statements
        (
            "King Abdullah II received a written message from President Abdel Fattah El-Sisi of"
            " Egypt. The message dealt with bilateral relations.",
            Kind.OTHER,
        ),
        (
            "Vladimir Putin sent a telegram of condolences to President Recep Tayyip Erdogan"
            " over the earthquake.",
            Kind.OTHER,
        ),
        (
            "King Salman received a cable of condolences from President Recep Tayyip Erdogan.",
            Kind.OTHER,
        ),
        (
            "President Emmanuel Macron sent a letter to President Xi Jinping of China,"
            " proposing closer cooperation.",
            Kind.OTHER,
        ),
        (
            "President Xi Jinping sent a congratulatory message to President Cyril Ramaphosa"
            " on his re-election.",
            Kind.OTHER,
        ),
        (
            "President Xi Jinping exchanged congratulatory messages with President Yoon Suk Yeol."
            " Xi said China values its ties with the ROK.",
            Kind.OTHER,
        ),
        (
            "President Joe Biden and Prime Minister Fumio Kishida issued a joint statement."
            " The leaders reaffirmed the alliance.",
            Kind.OTHER,
        ),
        ("The two ministers reaffirmed their commitment to the partnership.", Kind.OTHER),
        # the engagement as the subject says what it was
        (
            "The call was placed by President Joe Biden to Prime Minister Fumio Kishida."
            " The leaders reaffirmed the alliance.",
            Kind.PHONE_CALL,
        ),
        # a guest brought to a place, named with or without "the"
        (
            "President Joe Biden welcomed Prime Minister Fumio Kishida to the White House."
            " The leaders reaffirmed the alliance.",
            Kind.MEETING,
        ),
        (
            "President Joe Biden welcomed Prime Minister Fumio Kishida to Camp David. The"
            " leaders reaffirmed the alliance.",
            Kind.MEETING,
        ),
        (
            "President Joe Biden welcomed the commitment of Prime Minister Fumio Kishida to"
            " the alliance. The leaders reaffirmed it.",
            Kind.OTHER,
        ),
    ],
)
def test_kind(text: str, kind: Kind) -> None:
    """The engagement words of the scene decide the kind; a video cue wins over the rest."""
    assert readoutmodel.parse(text).kind is kind


@pytest.mark.parametrize(
    ("headline", "kind"),
    [
        ("Readout of President Biden's Call with Chancellor Scholz", Kind.PHONE_CALL),
        ("Readout of President Biden's Meeting with Chancellor Scholz", Kind.MEETING),
        ("Readout of President Biden's Virtual Meeting with Chancellor Scholz", Kind.VIDEO_CALL),
        ("Xi Jinping Has a Phone Call with Chancellor Scholz", Kind.PHONE_CALL),
        ("Japan-Germany Summit Telephone Talk", Kind.PHONE_CALL),
        ("Japan-Germany Summit Meeting", Kind.MEETING),
        ("Turkish president, German chancellor hold video call", Kind.VIDEO_CALL),
    ],
)
def test_kind_from_the_headline(headline: str, kind: Kind) -> None:
    """A headline naming the engagement decides over a body that only says "discussed"."""
    text = f"{headline}\n\nThe two leaders discussed energy security and the situation in Europe."
    assert readoutmodel.parse(text).kind is kind


def test_no_text_is_other() -> None:
    """A text without any engagement word is of kind other."""
    assert readoutmodel.parse("").kind is Kind.OTHER


@pytest.mark.parametrize(
    "scene",
    [
        "Foreign Minister Anna Berg of Sweden called on Prime Minister Narendra Modi today.",
        "Foreign Minister of Sweden calls on Prime Minister",
    ],
)
def test_a_call_on_someone_is_a_visit(scene: str) -> None:
    """ "X called on Y" with no "to" after Y is a courtesy visit: a meeting, and no
    request of X's."""
    readout = readoutmodel.parse(scene + "\n\nThe two sides discussed trade and energy.")
    assert readout.kind is Kind.MEETING
    assert [s.verb for s in readout.statements] == ["discussed"]


def test_a_call_on_someone_to_act_is_a_request() -> None:
    """ "X called on Y to ..." asks Y to act: the request stays a statement."""
    readout = readoutmodel.parse(
        "President Joe Biden spoke by phone with Prime Minister Keir Starmer. The President"
        " called on the Prime Minister to lift the ban."
    )
    assert readout.kind is Kind.PHONE_CALL
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        ("called on", ["Joe Biden"])
    ]


@pytest.mark.parametrize(
    ("engagement", "kind"),
    [
        ("during a phone conversation with", Kind.PHONE_CALL),
        ("when holding talks via video link with", Kind.VIDEO_CALL),
    ],
)
def test_a_lead_that_calls_on_countries_leaves_the_scene_to_a_later_line(
    engagement: str, kind: Kind
) -> None:
    """ "Xi on Monday called on China and Brazil to ...": the news lead urges and sets no
    scene; the closing "Xi made the remarks during a phone conversation with Y" does."""
    readout = readoutmodel.parse(
        "Chinese President Li Wen on Monday called on China and Chile to deepen cooperation"
        f" in green development.\n\nLi made the remarks {engagement} Chilean President Ana"
        " Ruiz."
    )
    assert readout.kind is kind
    assert [p.name for p in readout.participants] == ["Li Wen", "Ana Ruiz"]
    assert [s.verb for s in readout.statements] == ["called on"]


@pytest.mark.parametrize("medium", ["via video link", "by videoconference"])
def test_a_meeting_held_by_video_after_its_object_is_a_video_call(medium: str) -> None:
    """ "X met with Y via video link": how it was held, told after the verb's object."""
    text = (
        "BEIJING, April 1 (Xinhua) -- Chinese Premier Li Wen on Friday met with President of"
        f" the European Commission Ana Roe {medium}."
    )
    assert readoutmodel.parse(text).kind is Kind.VIDEO_CALL


def test_a_meeting_after_an_earlier_call_stays_a_meeting() -> None:
    """ "X met Y, following their phone call last week": the call is another engagement."""
    text = "Prime Minister Ann Lee met President Tom Hale in Nairobi, following their phone call."
    assert readoutmodel.parse(text).kind is Kind.MEETING


@pytest.mark.parametrize(
    "sequel",
    [
        "The meeting followed their phone call in March.",
        "The meeting came a month after a phone call between the two leaders.",
        "The talks built on their telephone conversation of May 2.",
    ],
)
def test_a_meeting_that_a_later_sentence_relates_to_a_call_stays_a_meeting(sequel: str) -> None:
    """The engagement as the subject, then another engagement named with an article or a
    possessive: that one is no qualifier of how this one was held."""
    text = (
        "Prime Minister Ravi Menon met President Kofi Asante of Ghana in New Delhi today."
        f" {sequel}\n\nThe two leaders reviewed trade and investment."
    )
    assert readoutmodel.parse(text).kind is Kind.MEETING


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The talks were held over the phone.", Kind.PHONE_CALL),
        ("The meeting took place via video link.", Kind.VIDEO_CALL),
        ("The meeting was held in videoconference format.", Kind.VIDEO_CALL),
    ],
)
def test_the_engagement_as_subject_still_says_how_it_was_held(sentence: str, kind: Kind) -> None:
    text = (
        "President Ivan Petrov held talks with President Ali Demir of Turkey."
        f" {sentence}\n\nThe presidents discussed Syria."
    )
    assert readoutmodel.parse(text).kind is kind


def test_discussions_held_in_a_city_are_a_meeting_and_set_the_scene() -> None:
    """ "held discussions with X in Rome": a meeting, told as "held talks" is, no act."""
    readout = readoutmodel.parse(
        "Prime Minister Abel Tesfaye held fruitful discussions this afternoon with Prime"
        " Minister of Italy Anna Conti in Rome.\n\nThe two leaders agreed to deepen trade."
    )
    assert readout.kind is Kind.MEETING
    assert [s.verb for s in readout.statements] == ["agreed"]


@pytest.mark.parametrize(
    "scene",
    [
        "Vice Foreign Minister Li Wen and Vice Foreign Minister Kenji Mori co-chaired the"
        " High-Level Consultation on Maritime Affairs in Tokyo.",
        "Premier Li Wen held the eighth Roundtable with the heads of six organizations in Beijing.",
    ],
)
def test_a_consultation_or_roundtable_is_a_meeting(scene: str) -> None:
    assert readoutmodel.parse(scene).kind is Kind.MEETING


@pytest.mark.parametrize(
    "scene",
    [
        "Premier Li Wen met online with Prime Minister Kenji Mori of Japan today.",
        "Premier Li Wen met virtually with Prime Minister Kenji Mori of Japan today.",
        "Premier Li Wen held online talks with Prime Minister Kenji Mori of Japan today.",
    ],
)
def test_a_medium_right_after_the_verb_qualifies_it(scene: str) -> None:
    assert readoutmodel.parse(scene).kind is Kind.VIDEO_CALL


def test_a_medium_right_before_the_verb_qualifies_it() -> None:
    """ "virtually met with X": a video call."""
    readout = readoutmodel.parse(
        "Prime Minister Paul Leduc virtually met with Prime Minister Kenji Mori of Japan today."
    )
    assert readout.kind is Kind.VIDEO_CALL


def test_a_joint_statement_on_a_summit_is_other() -> None:
    """ "issued a joint statement today on the Leaders' Summit": the statement is the
    engagement, the summit what it is about."""
    readout = readoutmodel.parse(
        "Prime Minister Paul Leduc and President Tom Hale issued a joint statement today on the"
        " North American Leaders' Summit."
    )
    assert readout.kind is Kind.OTHER


def test_a_meeting_the_call_followed_does_not_make_it_a_meeting() -> None:
    """ "The call followed their in-person meeting in October": another engagement."""
    readout = readoutmodel.parse(
        "Secretary of the Treasury Ann Cole held a video call with Vice Premier Li Wen on"
        " Friday, November 8, 2024. The call followed their in-person meeting in Washington"
        " in October."
    )
    assert readout.kind == "video_call"


def test_a_participle_set_off_by_commas_is_not_the_scenes_verb() -> None:
    """ "X, joined by Y, met Z": "met" says how, and a virtual meeting told after it is
    another engagement."""
    readout = readoutmodel.parse(
        "President Tom Hale, joined by Vice President Ann Roe, met today with Prime Minister"
        " Raj Mehta of India in the Oval Office. Building on their virtual meeting in March,"
        " the leaders reviewed the partnership."
    )
    assert readout.kind.value == "meeting"


@pytest.mark.parametrize(
    ("scene", "kind"),
    [
        ("co-chaired the sixth China-Japan High-Level Economic Dialogue with", "meeting"),
        ("held the third round of the High-Level Dialogue with", "meeting"),
        # a stronger cue decides
        ("held a phone call on the Economic Dialogue with", "phone_call"),
    ],
)
def test_a_dialogue_co_chaired_is_a_meeting(scene: str, kind: str) -> None:
    """A named dialogue mechanism held or co-chaired is a meeting of its co-chairs, and
    ministers who "attended the dialogue" took part."""
    readout = readoutmodel.parse(
        f"On March 22, 2025, Foreign Minister Zhao Ming {scene} Japanese Foreign Minister Kenji"
        " Sato in Tokyo.\n\nMinister of Commerce Li Hua and Minister of Economy, Trade and"
        " Industry Taro Abe attended the dialogue."
    )
    assert readout.kind.value == kind
    assert [p.name for p in readout.participants] == [
        "Zhao Ming",
        "Kenji Sato",
        "Li Hua",
        "Taro Abe",
    ]


def test_a_meeting_the_call_was_about_is_another_engagement() -> None:
    """ "X spoke to Y about his meeting with Z": a call, with Y, not Z."""
    readout = readoutmodel.parse(
        "Prime Minister Tom Reed spoke to President Oleh Marchenko about his meeting with"
        " President Ann Cole.\n\nThe leaders agreed to stay in touch."
    )
    assert readout.kind.value == "phone_call"
    assert [p.name for p in readout.participants] == ["Tom Reed", "Oleh Marchenko"]


def test_a_summit_to_be_hosted_is_no_engagement_of_the_scene() -> None:
    """ "discussed, in a phone call, ..." and an invitation to a summit "to be hosted by
    France": a phone call."""
    readout = readoutmodel.parse(
        "President Ana Ruiz and President Tom Hale discussed today, in a phone call, the"
        " strategic partnership.\n\nPresident Hale invited President Ruiz to attend the summit"
        " to be hosted by France next February."
    )
    assert readout.kind == "phone_call"
