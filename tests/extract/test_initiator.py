"""Initiator: the participant whose side asked for or started the engagement."""

from __future__ import annotations

import pytest

import readoutmodel

AFTER = " The two leaders exchanged views on bilateral relations."


def _initiator(text: str) -> str | None:
    readout = readoutmodel.parse(text)
    return readout.initiator.name if readout.initiator is not None else None


@pytest.mark.parametrize(
    ("text", "initiator"),
    [
        # a call taken from someone, a time between the call and its caller
        (
            "Prime Minister Anna Berg took a call this afternoon from President Tom Hale of Kenya.",
            "Tom Hale",
        ),
        (
            "Prime Minister Anna Berg received a phone call today from President Tom Hale of"
            " Kenya.",
            "Tom Hale",
        ),
        # Chinese usage: "at request" means the counterpart asked
        (
            "On March 3, 2025, President Xi Jinping held a phone call with President Emmanuel"
            " Macron of France at request.",
            "Emmanuel Macron",
        ),
        (
            "On March 3, 2025, President Xi Jinping spoke on the phone with President Emmanuel"
            " Macron of France at the request of the latter.",
            "Emmanuel Macron",
        ),
        (
            "Li Qiang Holds Telephone Talks at Request with Prime Minister Anthony Albanese\n\n"
            "On February 6, 2024, Premier Li Qiang held telephone talks with Prime Minister"
            " Anthony Albanese of Australia.",
            "Anthony Albanese",
        ),
        (
            "Prime Minister Fumio Kishida held a telephone talk with President Joe Biden at the"
            " latter's request.",
            "Joe Biden",
        ),
        (
            "President Recep Tayyip Erdogan had a phone call with Chancellor Olaf Scholz upon the"
            " latter's request.",
            "Olaf Scholz",
        ),
        # a request or invitation with its owner
        (
            "On March 3, 2025, President Xi Jinping held a phone call with President Emmanuel"
            " Macron of France at the request of the French side.",
            "Emmanuel Macron",
        ),
        (
            "At the request of President Emmanuel Macron, President Xi Jinping held a phone call"
            " with him on March 3, 2025.",
            "Emmanuel Macron",
        ),
        (
            "At the invitation of President Joe Biden, Prime Minister Narendra Modi paid a state"
            " visit to the United States. The two leaders held talks at the White House.",
            "Joe Biden",
        ),
        (
            "At the invitation of Prime Minister Narendra Modi, President Emmanuel Macron paid a"
            " state visit to India. The two leaders held talks in New Delhi.",
            "Narendra Modi",
        ),
        (
            "Prime Minister Narendra Modi met President Joe Biden at the invitation of the latter.",
            "Joe Biden",
        ),
        # an initiative, as the Kremlin writes it
        (
            "Vladimir Putin had a telephone conversation with Federal Chancellor of Germany Olaf"
            " Scholz. The conversation was initiated by the German side.",
            "Olaf Scholz",
        ),
        (
            "At Germany's initiative, Vladimir Putin had a telephone conversation with Federal"
            " Chancellor of Germany Olaf Scholz.",
            "Olaf Scholz",
        ),
        (
            "On the initiative of the Turkish side, Vladimir Putin had a telephone conversation"
            " with President of Turkey Recep Tayyip Erdogan.",
            "Recep Tayyip Erdogan",
        ),
        # the direction of a call
        (
            "President Joe Biden called President Volodymyr Zelenskyy of Ukraine today.",
            "Joe Biden",
        ),
        (
            "President Joe Biden phoned Prime Minister Mark Carney of Canada this morning.",
            "Joe Biden",
        ),
        ("Chancellor Olaf Scholz telephoned President Vladimir Putin on Friday.", "Olaf Scholz"),
        (
            "President Emmanuel Macron rang Prime Minister Keir Starmer last night.",
            "Emmanuel Macron",
        ),
        (
            "Prime Minister Anthony Albanese made a phone call to Prime Minister Christopher"
            " Luxon of New Zealand.",
            "Anthony Albanese",
        ),
        (
            "Prime Minister Narendra Modi received a phone call today from President Emmanuel"
            " Macron of France.",
            "Emmanuel Macron",
        ),
        (
            "Prime Minister Benjamin Netanyahu took a call from President Joe Biden this evening.",
            "Joe Biden",
        ),
        (
            "Prime Minister Keir Starmer received a call from President Donald Trump.",
            "Donald Trump",
        ),
        (
            "His Majesty King Abdullah II of Jordan received a phone call from President Emmanuel"
            " Macron of France.",
            "Emmanuel Macron",
        ),
        (
            "President Shavkat Mirziyoyev answered a phone call from President Recep Tayyip"
            " Erdogan of Türkiye.",
            "Recep Tayyip Erdogan",
        ),
        (
            "Responding to a call from Chancellor Olaf Scholz, President Ilham Aliyev discussed"
            " gas supplies to Europe.",
            "Olaf Scholz",
        ),
        # the caller named just before a relative clause
        (
            "President William Ruto held a phone call with President Samia Suluhu Hassan of"
            " Tanzania, who called to congratulate him on his re-election.",
            "Samia Suluhu Hassan",
        ),
        (
            "President Emmerson Mnangagwa spoke with President Cyril Ramaphosa of South Africa,"
            " who phoned to convey his condolences.",
            "Cyril Ramaphosa",
        ),
        (
            "Prime Minister Narendra Modi reached out to President Volodymyr Zelenskyy by phone"
            " on Monday.",
            "Narendra Modi",
        ),
        (
            "At the proposal of the Uzbek side, President Kassym-Jomart Tokayev had a telephone"
            " conversation with President Shavkat Mirziyoyev of Uzbekistan.",
            "Shavkat Mirziyoyev",
        ),
        (
            "President Cyril Ramaphosa spoke with President Lula da Silva of Brazil, who had"
            " called to thank him for his support.",
            "Lula da Silva",
        ),
        (
            "President Emmanuel Macron initiated the call with President Kassym-Jomart Tokayev"
            " of Kazakhstan.",
            "Emmanuel Macron",
        ),
        (
            "Prime Minister Narendra Modi placed a phone call to President Mohamed Muizzu of"
            " Maldives.",
            "Narendra Modi",
        ),
        # an invitation to this engagement, not to another one
        (
            "Prime Minister Anthony Albanese invited Prime Minister Christopher Luxon of New"
            " Zealand for talks in Canberra. The two leaders met at Parliament House.",
            "Anthony Albanese",
        ),
        (
            "President Joe Biden spoke today with President Emmanuel Macron of France and invited"
            " him to visit Washington.",
            None,
        ),
        (
            "President Xi Jinping held talks with President Lula da Silva. Xi invited President"
            " Lula to visit China next year.",
            None,
        ),
        (
            "President Joe Biden met Prime Minister Fumio Kishida of Japan, who called for closer"
            " cooperation on semiconductors.",
            None,
        ),
        # asking for this engagement
        (
            "Prime Minister Fumio Kishida held a telephone talk with President Yoon Suk Yeol,"
            " who had requested the call.",
            "Yoon Suk Yeol",
        ),
        (
            "President Yoon Suk Yeol requested the telephone talks with Prime Minister Fumio"
            " Kishida, which took place on March 3.",
            "Yoon Suk Yeol",
        ),
        # the engagement asked for, in the passive: the agent asked
        (
            "President Ana Ribeiro spoke by telephone with President Tomás Vidal of Chile. The"
            " call, which lasted half an hour, was requested by the Chilean leader.",
            "Tomás Vidal",
        ),
        (
            "Prime Minister Ola Berg spoke with Chancellor Petra Lang of Germany. The conversation"
            " had been requested by the German side.",
            "Petra Lang",
        ),
        (
            "Prime Minister Ola Berg spoke with Chancellor Petra Lang. The Prime Minister was"
            " requested by the Chancellor to brief her on the talks in Oslo.",
            None,
        ),
        # the participle right after the engagement it tells of: its agent asked
        (
            "In a call requested by the Chilean side, President Ana Ribeiro and President"
            " Tomás Vidal of Chile discussed trade.",
            "Tomás Vidal",
        ),
        (
            "The call, initiated by the Chilean side, lasted an hour. President Ana Ribeiro"
            " and President Tomás Vidal of Chile discussed trade.",
            "Tomás Vidal",
        ),
        # the subject of a clause about the call, opened by ", which", asked for it
        (
            "President Ana Ribeiro spoke with President Tomás Vidal of Chile. The call, which"
            " the Chilean President requested, focused on trade.",
            "Tomás Vidal",
        ),
        # a clause about anything else asks for nothing
        (
            "President Ana Ribeiro spoke with President Tomás Vidal of Chile. They discussed"
            " tariffs, which the Chilean President requested be lifted.",
            None,
        ),
        # a programme named for two countries is no one side's initiative
        (
            "Secretary of State Ana Ribeiro spoke with Foreign Minister Tomás Vidal of Chile."
            " They reviewed progress on the U.S.-Chile Initiative on Critical Minerals.",
            None,
        ),
        # a participle after anything else tells of no engagement
        (
            "President Ana Ribeiro spoke with President Tomás Vidal of Chile. They discussed"
            " the support requested by Chile.",
            None,
        ),
        # the call placed, in the passive
        (
            "The call was placed by President Ana Ribeiro to President Tomás Vidal of Chile."
            " The leaders discussed trade.",
            "Ana Ribeiro",
        ),
        # a request its owner leaves unnamed, after any opener
        (
            "President Ana Ribeiro held a telephone conversation with President Tomás Vidal"
            " of Chile upon his request.",
            "Tomás Vidal",
        ),
        # "at her invitation" in a relative clause: the counterpart of its subject
        (
            "President Ana Ribeiro met President Tomás Vidal of Chile, who is on an official"
            " visit at her invitation.",
            "Ana Ribeiro",
        ),
        # asking for another one, or for something else
        (
            "President Yoon Suk Yeol spoke with Prime Minister Fumio Kishida. Kishida requested"
            " a meeting in Tokyo next year.",
            None,
        ),
        (
            "President Yoon Suk Yeol spoke with Prime Minister Fumio Kishida. Kishida requested"
            " the support of Korea for the Expo.",
            None,
        ),
        # a noun of asking that names something else than who asked for this engagement
        (
            "National Security Advisor Jake Sullivan spoke today with National Security Advisor"
            " Ajit Doval of India. They reviewed the U.S.-India initiative on Critical and"
            " Emerging Technology.",
            None,
        ),
        (
            "President Xi Jinping met with President Cyril Ramaphosa of South Africa. Ramaphosa"
            " said that South Africa supports China's Global Development Initiative.",
            None,
        ),
        (
            "Prime Minister Narendra Modi spoke with President Luiz Inácio Lula da Silva, who"
            " accepted India's invitation to the summit in New Delhi.",
            None,
        ),
        # the phrase of asking, its owner between the opener and the noun
        (
            "On the U.S. side's initiative, Vladimir Putin had a telephone conversation with"
            " President Joe Biden.",
            "Joe Biden",
        ),
        (
            "At the kind invitation of President Joe Biden, Prime Minister Narendra Modi held"
            " talks with him at the White House.",
            "Joe Biden",
        ),
        (
            "In response to a request from Prime Minister Keir Starmer, President Emmanuel"
            " Macron spoke with him by phone.",
            "Keir Starmer",
        ),
        # a time between the call and whom it went to
        (
            "President Ana Ruiz made a phone call today to President Lee Jun of Korea.",
            "Ana Ruiz",
        ),
        (
            "President Ana Ruiz placed a telephone call this morning to Prime Minister Lee Jun.",
            "Ana Ruiz",
        ),
        # a headline in title case, its verb in the present
        (
            "President Ana Ruiz Receives Phone Call From Prime Minister Lee Jun\n\nPresident"
            " Ana Ruiz spoke with Prime Minister Lee Jun on Friday.",
            "Lee Jun",
        ),
        (
            "PM Telephones President of Chile\n\nPrime Minister Ana Ruiz spoke with President"
            " Lee Jun of Chile on Friday.",
            "Ana Ruiz",
        ),
        # the text does not say who asked
        ("President Joe Biden spoke today with President Volodymyr Zelenskyy of Ukraine.", None),
        ("President Xi Jinping held telephone talks with President Emmanuel Macron.", None),
        ("Vladimir Putin had a telephone conversation with President Emmanuel Macron.", None),
        # hosting alone gives none
        (
            "President Joe Biden hosted Prime Minister Fumio Kishida of Japan at the White House.",
            None,
        ),
        ("Chancellor Olaf Scholz received President Isaac Herzog at the Chancellery.", None),
        # a call mentioned in the body that is not this engagement
        (
            "President Joe Biden met Prime Minister Fumio Kishida at the White House. The"
            " President recalled that Kishida had called him after the election.",
            None,
        ),
    ],
)
def test_initiator(text: str, initiator: str | None) -> None:
    """The side that asked, invited, took the initiative or placed the call is the initiator."""
    assert _initiator(text + AFTER) == initiator


def test_initiator_is_a_participant() -> None:
    """The initiator is one of the readout's participants, the same object."""
    readout = readoutmodel.parse(
        "President Joe Biden called President Volodymyr Zelenskyy of Ukraine today." + AFTER
    )
    assert readout.initiator is not None
    assert readout.initiator in readout.participants


@pytest.mark.parametrize(
    ("closing", "initiator"),
    [
        ("The conversation was initiated by the Indian side.", "Narendra Modi"),
        ("The call was held at the request of the Indian side.", "Narendra Modi"),
        # a request for something else done in the call: no initiator
        (
            "At the Indian side's request, Vladimir Putin gave his assessment of the situation.",
            None,
        ),
    ],
)
def test_a_request_told_at_the_end(closing: str, initiator: str | None) -> None:
    """A request or an initiative for the engagement told after the opening paragraphs
    names the initiator; one for another thing does not."""
    text = (
        "Telephone conversation with Prime Minister of India Narendra Modi\n\n"
        "Vladimir Putin had a telephone conversation with Prime Minister of India Narendra"
        " Modi.\n\nThe leaders discussed trade.\n\nThey agreed to stay in touch.\n\n" + closing
    )
    found = readoutmodel.parse(text).initiator
    assert (found.name if found else None) == initiator


@pytest.mark.parametrize(
    ("second", "initiator"),
    [
        (
            "The call, which came at the instance of the Ghanaian President, was warm.",
            "Kofi Mensah",
        ),
        ("The phone call was at the instance of President Adeyemi.", "Tunde Adeyemi"),
        # "for instance" and "in this instance" ask for nothing
        ("For instance, President Adeyemi said that trade matters.", None),
        ("In this instance, President Mensah said that Ghana would help.", None),
    ],
)
def test_at_the_instance_of_names_who_asked(second: str, initiator: str | None) -> None:
    """ "at the instance of X", as Nigerian releases write it, is "at the request of X"."""
    text = (
        "President Tunde Adeyemi on Sunday held a telephone conversation with President Kofi"
        f" Mensah of Ghana.\n\n{second}"
    )
    found = readoutmodel.parse(text).initiator
    assert (found.name if found else None) == initiator


def test_a_call_made_with_someone_past_a_date() -> None:
    """ "X made a phone call on 6 April 2024 with Y": X placed it."""
    readout = readoutmodel.parse(
        "President Daniel Otieno made a phone call on 6 April 2024 with President Grace"
        " Namutebi of Uganda. The two leaders discussed trade."
    )
    assert readout.initiator is not None
    assert readout.initiator.name == "Daniel Otieno"


def test_who_invited_a_guest_keeps_the_office() -> None:
    """ "..., who arrived at the invitation of the Russian President" is the host, whose
    office it gives when the text gives none other."""
    readout = readoutmodel.parse(
        "Vladimir Putin held talks with President of Kenya Daniel Otieno, who arrived in"
        " Russia at the invitation of the Russian President.\n\nThe two leaders discussed"
        " trade."
    )
    host = readout.participants[0]
    assert (host.name, host.title, host.country) == ("Vladimir Putin", "President", "RU")
    assert readout.initiator == host


@pytest.mark.parametrize(
    "scene",
    [
        "On July 3, 2024, President Xi Jinping, who is in Astana at the invitation of Kazakh"
        " President Daulet Serik to attend the SCO summit, met with President Omar Demir of"
        " Turkiye.",
        "On July 3, 2024, President Xi Jinping met with President Omar Demir of Turkiye in"
        " Astana. President Demir is in Kazakhstan at the invitation of the Kazakh side.",
    ],
)
def test_an_invitation_by_a_host_who_takes_no_part_names_no_initiator(scene: str) -> None:
    """Invited to a summit by a third country's leader or side, neither principal asked
    for the meeting: the host who invited is neither of them."""
    readout = readoutmodel.parse(scene + "\n\nXi said China is ready to work with Turkiye.")
    assert [p.country for p in readout.participants] == ["CN", "TR"]
    assert readout.initiator is None


def test_who_called_an_office_set_off_before_the_name_asked() -> None:
    """ "X called the President of the United States, Y.": the office after "the" is the
    one called, its name set off by a comma."""
    readout = readoutmodel.parse(
        "Prime Minister Ann Lee called the President of the United States, Tom Hale.\n\nThe"
        " leaders discussed trade."
    )
    assert readout.initiator is not None
    assert readout.initiator.name == "Ann Lee"


@pytest.mark.parametrize(
    "sentence",
    [
        'President Hale called Canada "a true friend of Europe."',
        "President Hale called the Prime Minister a close friend.",
    ],
)
def test_calling_someone_something_asks_for_nothing(sentence: str) -> None:
    """ "X called Canada 'a true friend'": what X said the object is, a statement, not a
    call X placed."""
    readout = readoutmodel.parse(
        "Prime Minister Ann Lee of Canada spoke with President Tom Hale of the United States"
        " today.\n\n" + sentence
    )
    assert readout.initiator is None
    assert [(s.verb, s.speakers[0].name) for s in readout.statements] == [("called", "Tom Hale")]


def test_who_requested_a_call_with_a_principal_asked() -> None:
    """ "X requested a call with Y": a call with a principal is this one."""
    readout = readoutmodel.parse(
        "Prime Minister Ann Lee of the United Kingdom requested a call with President Tom Hale"
        " today. The leaders discussed trade."
    )
    assert readout.initiator is not None
    assert readout.initiator.name == "Ann Lee"


def test_who_requested_a_meeting_elsewhere_asked_for_another() -> None:
    """ "X requested a meeting in Tokyo": another engagement, not this one."""
    readout = readoutmodel.parse(
        "Prime Minister Ann Lee spoke with President Tom Hale today. Prime Minister Lee"
        " requested a meeting in Tokyo next month."
    )
    assert readout.initiator is None


def test_who_had_called_after_a_time_asked() -> None:
    """ "X spoke with Y today, who had called to offer condolences": a time between the
    name and its clause leaves it the one who called."""
    readout = readoutmodel.parse(
        "Prime Minister Ali Khan spoke with President Tom Hale today, who had called to offer"
        " condolences.\n\nThe two leaders discussed trade."
    )
    assert readout.initiator is not None
    assert readout.initiator.name == "Tom Hale"


def test_an_office_asking_before_a_comma_is_not_the_next_ones() -> None:
    """ "At the request of the President of Mexico, Prime Minister X spoke with President
    Y": the office that asked is Y's, not another office of X's."""
    readout = readoutmodel.parse(
        "Prime Minister Ann Lee speaks with President Luis Ortega\n\nThis morning, at the"
        " request of the President of Mexico, Prime Minister Ann Lee spoke with President Luis"
        " Ortega.\n\nThe Prime Minister thanked the President."
    )
    assert [(p.name, p.title, p.country) for p in readout.participants] == [
        ("Ann Lee", "Prime Minister", None),
        ("Luis Ortega", "President", "MX"),
    ]
    assert readout.initiator is not None
    assert readout.initiator.name == "Luis Ortega"


@pytest.mark.parametrize(
    "after",
    [
        "At the President's request, the Prime Minister agreed to send a team to Washington.",
        "The Prime Minister said he would visit Washington next year at the invitation of"
        " the President.",
        "They reviewed progress on the initiative on Critical and Emerging Technology, and"
        " discussed the summit, which India will host.",
    ],
)
def test_a_request_for_something_else_after_the_scene_names_no_one(after: str) -> None:
    """A request or invitation in the opening paragraphs that is not of the engagement
    (something agreed in it, a visit to come) says nothing of who asked for it."""
    text = f"President Tom Hale spoke today with Prime Minister Ann Lee of Israel. {after}"
    assert readoutmodel.parse(text).initiator is None


@pytest.mark.parametrize(
    "after",
    [
        "The Prime Minister is visiting Ireland at the invitation of the Taoiseach.",
        "At the request of the Spanish side, the two leaders spoke by phone.",
    ],
)
def test_a_request_of_the_engagement_after_the_scene_names_who_asked(after: str) -> None:
    """After the scene, an invitation or request of the engagement told as it is or was
    ("is visiting ... at the invitation of", "at the request of ..., spoke") names who
    asked."""
    text = (
        "The Taoiseach, Sean Byrne T.D., today met with the President of the Government of"
        f" Spain, Pedro Ruiz, in Dublin. {after}"
    )
    readout = readoutmodel.parse(text)
    assert readout.initiator is not None
    expected = "Sean Byrne" if "Taoiseach." in after else "Pedro Ruiz"
    assert readout.initiator.name == expected


@pytest.mark.parametrize("name", ["Ann Harris", "Kenji Abe", "Tom Davis"])
@pytest.mark.parametrize("verb", ["phoned", "called", "placed a call to"])
def test_a_caller_whose_name_ends_like_an_auxiliary_called(name: str, verb: str) -> None:
    """ "Vice President Ann Harris phoned ...": the "is" of "Harris" makes no passive."""
    readout = readoutmodel.parse(f"Vice President {name} {verb} President Luis Ortega of Mexico.")
    assert readout.initiator is not None
    assert readout.initiator.name == name


@pytest.mark.parametrize(
    "closing",
    [
        "The initiative for the conversation came from the Finnish side.",
        "The initiative for this telephone conversation came from the Finnish side.",
        "The request for the call came from President Mikko Lahti.",
        "The initiative for the talks was taken by the Finnish side.",
        "The initiative came from the Finnish side.",
        "The initiative came from President Mikko Lahti.",
    ],
)
def test_a_noun_of_asking_as_subject_names_who_asked(closing: str) -> None:
    """ "The initiative for the conversation came from X": whoever the verb names asked,
    told in the last paragraph as the Kremlin does."""
    text = (
        "Telephone conversation with President of Finland Mikko Lahti\n\n"
        "Vladimir Petrov had a telephone conversation with President of Finland Mikko Lahti."
        "\n\nThe leaders discussed the situation on the border.\n\nThey agreed to stay in"
        f" touch.\n\n{closing}"
    )
    readout = readoutmodel.parse(text)
    assert readout.initiator is not None
    assert readout.initiator.name == "Mikko Lahti"


def test_a_sentence_on_the_asking_alone_right_after_the_scene_names_who_asked() -> None:
    """ "The initiative came from the Finnish side." as the second paragraph, the Kremlin's
    one-line paragraph under the scene."""
    readout = readoutmodel.parse(
        "Vladimir Petrov had a telephone conversation with President of Finland Mikko Lahti."
        "\n\nThe initiative came from the Finnish side.\n\nThe leaders discussed trade."
    )
    assert readout.initiator is not None
    assert readout.initiator.name == "Mikko Lahti"


@pytest.mark.parametrize(
    "closing",
    [
        "The initiative for peace talks came from the Finnish side, Vladimir Petrov noted.",
        "The initiative came from the Finnish side and was welcomed.",
        "The initiative came from the Finnish side, Vladimir Petrov noted.",
        "The initiative for a new summit came from President Mikko Lahti.",
    ],
)
def test_a_noun_of_asking_for_something_else_names_no_one(closing: str) -> None:
    """An initiative for another engagement, or one the sentence does not tie to this
    engagement, says nothing of who asked for this one."""
    text = (
        "Vladimir Petrov had a telephone conversation with President of Finland Mikko Lahti."
        f"\n\nThe leaders discussed the situation on the border.\n\nThey agreed to stay in"
        f" touch.\n\n{closing}"
    )
    assert readoutmodel.parse(text).initiator is None


@pytest.mark.parametrize(
    ("telling", "initiator"),
    [
        (
            "At Moscow's initiative, President of Russia Vladimir Petrov had a telephone"
            " conversation",
            "Vladimir Petrov",
        ),
        ("Vladimir Petrov had a telephone conversation, initiated by Kyiv,", "Oleh Marchenko"),
        ("At Washington's request, Vladimir Petrov had a telephone conversation", None),
    ],
)
def test_a_capital_that_asked_stands_for_its_government(
    telling: str, initiator: str | None
) -> None:
    """A capital names its government: "At Moscow's initiative"; one of no principal's
    country names no one."""
    text = (
        "Telephone conversation with President of Ukraine Oleh Marchenko\n\n"
        f"{telling} with President of Ukraine Oleh Marchenko.\n\n"
        "The leaders discussed the situation in the region."
    )
    readout = readoutmodel.parse(text)
    assert (readout.initiator.name if readout.initiator else None) == initiator


@pytest.mark.parametrize(
    "scene",
    [
        "Prime Minister Rina Das on Tuesday evening had a telephone conversation with her"
        " British counterpart Tom Hale, who called her.",
        "Prime Minister Rina Das thanked Prime Minister Tom Hale for his phone call today.",
        "Prime Minister Rina Das thanked Prime Minister Tom Hale for his congratulatory call.",
    ],
)
def test_who_called_told_by_a_pronoun_or_a_thanks(scene: str) -> None:
    """ "..., who called her": the one just named called; "thanked Y for his call": Y
    called. Neither is a statement of calling."""
    readout = readoutmodel.parse(scene)
    assert readout.initiator is not None
    assert readout.initiator.name == "Tom Hale"
    assert [s.verb for s in readout.statements if s.verb == "called"] == []


def test_thanks_for_another_engagement_names_no_caller() -> None:
    readout = readoutmodel.parse(
        "First Lady Ann Lee met today with First Lady Rina Das at the White House. Mrs. Das"
        " thanked Mrs. Lee for her visit to Kyiv last May."
    )
    assert readout.initiator is None


def test_who_had_asked_for_the_call_asked_and_said_nothing() -> None:
    readout = readoutmodel.parse(
        "President Tom Hale spoke today with President Luc Martin of France. President Martin"
        " had asked for the call. President Martin asked for restraint in the region."
    )
    assert readout.initiator is not None
    assert readout.initiator.name == "Luc Martin"
    assert [s.verb for s in readout.statements] == ["asked"]


@pytest.mark.parametrize(
    ("asking", "initiator"),
    [("at his own initiative", "Karl Weber"), ("at his request", "Edi Dervishi")],
)
def test_an_unnamed_owner_of_the_asking(asking: str, initiator: str) -> None:
    """ "at his own initiative": the subject's; "at his request": the counterpart's."""
    readout = readoutmodel.parse(
        "European Council President Karl Weber chaired a video conference with Prime"
        f" Minister Edi Dervishi of Albania on 19 June 2025, {asking}.\n\nThe leaders"
        " discussed enlargement."
    )
    assert readout.initiator is not None
    assert readout.initiator.name == initiator


@pytest.mark.parametrize("coming", ["came to China", "travelled to Beijing", "arrived in Beijing"])
def test_an_invitation_told_of_the_guests_coming(coming: str) -> None:
    """ "X came to China at the invitation of Y" beside the scene: Y asked."""
    readout = readoutmodel.parse(
        "On May 12, 2025, President Xi Jinping held talks with President Ana Duarte of"
        f" Portugal. Duarte {coming} at the invitation of President Xi Jinping.\n\nDuarte"
        " said that she is glad to visit."
    )
    assert readout.initiator is not None
    assert readout.initiator.name == "Xi Jinping"


def test_a_proposal_for_talks_between_others_asks_for_no_engagement() -> None:
    """ "briefed Y on Brazil's proposal to promote peace talks": a peace process, not
    who asked for this meeting."""
    readout = readoutmodel.parse(
        "On May 12, 2025, President Xi Jinping held talks with President Ana Duarte of"
        " Portugal.\n\nDuarte briefed Xi Jinping on Portugal's proposal to promote peace"
        " talks."
    )
    assert readout.initiator is None


@pytest.mark.parametrize(
    "asking",
    [
        "President Aydin had asked to speak with the President.",
        "It was President Aydin who had asked to speak with the President.",
    ],
)
def test_who_asked_to_speak_asked_for_the_call(asking: str) -> None:
    """ "X had asked to speak with the President": X asked, and said nothing by it."""
    readout = readoutmodel.parse(
        "President Tom Hale spoke today with President Kemal Aydin of Türkiye. The leaders"
        f" discussed trade.\n\n{asking}"
    )
    assert readout.initiator is not None
    assert readout.initiator.name == "Kemal Aydin"
    assert [s.verb for s in readout.statements] == ["discussed"]


def test_an_invitation_of_a_countrys_government_is_its_principals() -> None:
    readout = readoutmodel.parse(
        "Today (17 February 2025), Prime Minister Somchai Wong held talks with Prime"
        " Minister Kenji Mori of Japan in Tokyo, on her official visit at the invitation of"
        " the Government of Japan."
    )
    assert readout.initiator is not None
    assert readout.initiator.name == "Kenji Mori"


@pytest.mark.parametrize(
    "text",
    [
        "President Kofi Mensah held a telephone conversation with President Jan Novak.\n\n"
        "President Mensah, who placed the call, briefed his counterpart on the summit.",
        "President Jan Novak held a telephone conversation with President Kofi Mensah of"
        " Ghana.\n\nThe call, which lasted about thirty minutes, was placed by the Ghanaian"
        " President.",
    ],
)
def test_who_placed_the_call_past_a_relative_clause(text: str) -> None:
    readout = readoutmodel.parse(text)
    assert readout.initiator is not None
    assert readout.initiator.name == "Kofi Mensah"


def test_a_call_which_was_requested_by_the_counterpart() -> None:
    """ "X held a phone call with Y on <date>, which was requested by Y": Y asked for it,
    far as the date puts the relative clause from the call; no statement of Y's."""
    readout = readoutmodel.parse(
        "President Park Min-ho held a phone call with Japanese Prime Minister Sato Kenji on"
        " January 2, 2024, which was requested by Prime Minister Sato."
    )
    assert readout.initiator is not None
    assert readout.initiator.name == "Sato Kenji"
    assert readout.statements == ()
