"""Readouts in forms the parser must generalise to, beyond any one issuer's house style.

Each case is an invented readout and a check of what GUIDELINES say it holds:
names in unusual forms, dates beside weekdays, requests by unnamed sides,
first-person statements, relayed words, headlines among site names.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import readoutmodel
from readoutmodel import Readout

H = (
    "On March 3, 2025, President Xi Jinping held telephone talks with President Emmanuel Macron"
    " of France.\n\n"
)
K = "Vladimir Putin had a telephone conversation with Federal Chancellor of Germany Angela Merkel.\n\n"


def parts(r: Readout) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.title, p.country) for p in r.participants]


def stm(r: Readout) -> list[tuple[list[str], str]]:
    return [([p.name for p in s.speakers], s.verb) for s in r.statements]


CASES: dict[int, tuple[str, Callable[[Readout], object]]] = {
    1: (
        "U.S. President Joe Biden spoke with Prime Minister Mohammed Shia' al-Sudani of Iraq. The two leaders discussed bilateral relations.",
        lambda r: any(p.name == "Mohammed Shia' al-Sudani" for p in r.participants),
    ),
    2: (
        "President Joe Biden spoke with President Ferdinand R. Marcos Jr. of the Philippines. The two leaders discussed bilateral relations.",
        lambda r: (
            parts(r)[1] == ("Ferdinand R. Marcos Jr.", "President", "PH") and parts(r)[0][2] == "US"
        ),
    ),
    3: (
        "Secretary of the Treasury Janet L. Yellen met with Vice Premier He Lifeng of the People's Republic of China. The two leaders discussed bilateral relations.",
        lambda r: ("He Lifeng", "Vice Premier", "CN") in parts(r) and parts(r)[0][2] == "US",
    ),
    4: (
        "Defense Secretary Lloyd J. Austin III met with German Minister of Defense Boris Pistorius. The two leaders discussed bilateral relations.",
        lambda r: parts(r)[0][1] == "Defense Secretary",
    ),
    5: (
        "President von der Leyen spoke with Prime Minister Mark Rutte of the Netherlands. The two leaders discussed bilateral relations.",
        lambda r: [p[0] for p in parts(r)] == ["von der Leyen", "Mark Rutte"],
    ),
    6: (
        "President Xi Jinping met with Kim Jong Un, General Secretary of the Workers' Party of Korea and President of the State Affairs of the DPRK. The two leaders discussed bilateral relations.",
        lambda r: len(r.participants) == 2 and parts(r)[1][2] == "KP" and parts(r)[0][2] == "CN",
    ),
    7: (
        "HRH Crown Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince and Prime Minister, received a call from President Emmanuel Macron. The two leaders discussed bilateral relations.",
        lambda r: len(r.participants) == 2,
    ),
    8: (
        "Sheikh Mohammed bin Rashid Al Maktoum, Vice President and Prime Minister of the UAE and Ruler of Dubai, met with Prime Minister Narendra Modi. The two leaders discussed bilateral relations.",
        lambda r: len(r.participants) == 2 and parts(r)[0][2] == "AE",
    ),
    9: (
        "Foreign Minister Annalena Baerbock met with her counterpart Sergey Lavrov in Moscow. The two ministers discussed the war.",
        lambda r: len(r.participants) == 2,
    ),
    10: (
        "President Joe Biden convened a call with Chancellor Olaf Scholz, President Emmanuel Macron and Prime Minister Rishi Sunak. The leaders discussed Ukraine.",
        lambda r: parts(r)[0][2] == "US" and len(r.participants) == 4,
    ),
    11: (
        "Media Center\nTelephone conversation between Prime Minister and President of the Republic of Indonesia\nMarch 12, 2023\n\nPrime Minister Shri Narendra Modi had a telephone conversation today with H.E. Joko Widodo, President of the Republic of Indonesia.\n\nThe two leaders reviewed progress in the Comprehensive Strategic Partnership.\n\nNew Delhi\nMarch 12, 2023",
        lambda r: parts(r)[0][2] == "IN",
    ),
    12: (
        "Turkish president, Italian premier hold video call\n\nANKARA\n\nTurkish President Recep Tayyip Erdogan and Italian Prime Minister Giorgia Meloni held a video conference on Monday and discussed bilateral relations.\n\nMeloni thanked Erdogan for his efforts.",
        lambda r: len(r.participants) == 2,
    ),
    13: (
        "Statement by President von der Leyen following her phone call with President Biden\n\nToday I spoke with President Biden. We discussed our support to Ukraine. I also stressed the need to keep working together on clean energy.",
        lambda r: [p[0] for p in parts(r)] == ["von der Leyen", "Biden"] and len(r.statements) == 2,
    ),
    14: (
        "Chancellor Olaf Scholz, President Emmanuel Macron and Prime Minister Giorgia Meloni met with President Volodymyr Zelenskyy in Kyiv. The leaders discussed EU membership.",
        lambda r: parts(r)[0][2] == "DE",
    ),
    15: (
        "Prime Minister Justin Trudeau spoke with President Joe Biden. Vice President Kamala Harris also joined the call. The leaders discussed the border.",
        lambda r: len(r.participants) == 3,
    ),
    16: (
        "The Rt Hon Keir Starmer MP spoke to President Donald Trump. The leaders discussed trade.",
        lambda r: parts(r)[0][0] == "Keir Starmer",
    ),
    17: (
        "Japan-Australia Summit Telephone Talk\n\nMarch 14, 2025\n\nOn March 14, commencing at 6:00 p.m. for approximately 25 minutes, Mr. ISHIBA Shigeru, Prime Minister of Japan, held a summit telephone talk with the Honourable Anthony Albanese MP, Prime Minister of Australia.\n\n1. Prime Minister Albanese responded that Australia attaches great importance to the partnership.",
        lambda r: any(p.name == "Anthony Albanese" for p in r.participants),
    ),
    18: (
        "Secretary of State Marco Rubio met with Chinese Communist Party Politburo Member and Foreign Minister Wang Yi. The Secretary raised fentanyl.",
        lambda r: parts(r)[1][2] == "CN" and parts(r)[0][2] == "US",
    ),
    19: (
        "WASHINGTON, Dec. 20, 2019 -- President Donald Trump spoke with President Xi Jinping today. The leaders discussed trade.",
        lambda r: str(r.date) == "2019-12-20",
    ),
    20: (
        "ABU DHABI, 14th March, 2025 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan received a phone call today from President Emmanuel Macron of France. The two leaders discussed bilateral relations.",
        lambda r: str(r.date) == "2025-03-14",
    ),
    21: (
        "On Monday, March 3, 2025, Prime Minister Narendra Modi met President Emmanuel Macron. They discussed artificial intelligence.",
        lambda r: str(r.date) == "2025-03-03",
    ),
    22: (
        "President Joe Biden spoke by phone with Prime Minister Keir Starmer on Sunday, 6 April 2025. The leaders discussed tariffs.",
        lambda r: str(r.date) == "2025-04-06",
    ),
    23: (
        "Prime Minister's Office\n2024/04/05\n\nPrime Minister Fumio Kishida held a telephone talk with President Joe Biden today. The two leaders confirmed close cooperation.",
        lambda r: str(r.date) == "2024-04-05",
    ),
    24: (
        "At the request of the Ukrainian side, President Cyril Ramaphosa spoke with President Volodymyr Zelenskyy. The two leaders exchanged views on bilateral relations.",
        lambda r: r.initiator and r.initiator.name == "Volodymyr Zelenskyy",
    ),
    25: (
        "President Emmanuel Macron was called by President Joe Biden this morning. The two leaders exchanged views on bilateral relations.",
        lambda r: r.initiator and r.initiator.name == "Joe Biden",
    ),
    26: (
        "Secretary of State Marco Rubio spoke with Foreign Minister Sergey Lavrov at the initiative of the Russian side. The two leaders exchanged views on bilateral relations.",
        lambda r: r.initiator and r.initiator.name == "Sergey Lavrov" and parts(r)[0][2] != "RU",
    ),
    27: (
        "Upon invitation from President Joe Biden, President Ferdinand Marcos Jr. of the Philippines visited Washington and met with the President. The two leaders exchanged views on bilateral relations.",
        lambda r: r.initiator and r.initiator.name == "Joe Biden" and len(r.participants) == 2,
    ),
    28: (
        "President Vladimir Putin held a phone call with Prime Minister Narendra Modi, initiated by the Indian side. The two leaders exchanged views on bilateral relations.",
        lambda r: r.initiator and r.initiator.name == "Narendra Modi",
    ),
    29: (
        H + "According to Xi Jinping, the two countries should keep close communication.",
        lambda r: len(r.statements) == 1,
    ),
    30: (
        K + "According to Angela Merkel, the talks were useful.",
        lambda r: len(r.statements) == 1,
    ),
    31: (
        H + "He stressed that China and France should jointly uphold multilateralism.",
        lambda r: stm(r) == [(["Xi Jinping"], "stressed")],
    ),
    32: (
        H + "Xi Jinping assured Macron that China would not provide weapons.",
        lambda r: stm(r) == [(["Xi Jinping"], "assured")],
    ),
    33: (
        K
        + "Kremlin spokesman Dmitry Peskov said Putin told Merkel that Russia would not escalate.",
        lambda r: stm(r) == [(["Vladimir Putin"], "told")],
    ),
    34: (
        K
        + "Putin expressed readiness to continue the dialogue. Ukraine's parliament adopted a new law last week. Merkel welcomed the initiative.",
        lambda r: len(r.statements) == 2 and len(r.statements[0].sentences) == 1,
    ),
    35: (
        ' date 2024-07-12 MOSCOW, July 12. /TASS/. Russian President Vladimir Putin and Hungarian Prime Minister Viktor Orban discussed the Ukrainian settlement in a telephone conversation on Friday, the Kremlin press service reported.\n\n"The conversation was held at the initiative of the Hungarian side," the Kremlin said.\n\nPutin noted that the Kiev regime continues to reject a peaceful settlement.',
        lambda r: len(r.statements[0].sentences) == 1,
    ),
    36: (
        "ABU DHABI, 4th March 2024 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan today received a phone call from President Cyril Ramaphosa of South Africa.\n\nHis Highness and the South African President also exchanged views on regional developments.",
        lambda r: len(r.statements) >= 1 and len(r.statements[-1].speakers) == 2,
    ),
    38: (
        "President Erdoğan holds phone call with President Putin\n\nPresident Recep Tayyip Erdoğan held a phone call with President Vladimir Putin of the Russian Federation.\n\nPresident Erdogan stated that Türkiye is ready to host peace talks.",
        lambda r: stm(r) == [(["Recep Tayyip Erdoğan"], "stated")],
    ),
    39: (
        "PM Netanyahu Speaks with US Secretary of State Blinken\n\nPrime Minister Benjamin Netanyahu this evening spoke with US Secretary of State Antony Blinken.\n\nThe Prime Minister made it clear that Israel will continue to act to achieve all of its war goals.",
        lambda r: stm(r) == [(["Benjamin Netanyahu"], "made it clear")],
    ),
    40: (
        "Xi holds video summit with French, German leaders\n\nBEIJING, March 8 (Xinhua) -- Chinese President Xi Jinping on Tuesday held a virtual summit with French President Emmanuel Macron and German Chancellor Olaf Scholz.\n\nXi said China is deeply grieved by the outbreak of war in Europe.\n\nThe three leaders also exchanged views on climate change and agreed to promote the success of the biodiversity conference.",
        lambda r: any(len(s.speakers) == 3 for s in r.statements),
    ),
    41: (
        "Readout of President Biden's Meeting with Prime Minister Anthony Albanese of Australia\nOctober 25, 2023\n\nPresident Joseph R. Biden, Jr. thanked Prime Minister Anthony Albanese of Australia today for Australia's leadership in the Pacific. The leaders celebrated the strength of the Alliance and launched new initiatives on clean energy.\n\nPrime Minister Albanese expressed his appreciation for the warm welcome.",
        lambda r: len(r.statements[0].sentences) == 1,
    ),
    43: (
        "President of Russia\nNews\nTelephone conversation with President of France Emmanuel Macron\nMarch 3, 2022\n\nVladimir Putin had a telephone conversation with President of the French Republic Emmanuel Macron. The two leaders agreed to continue their contacts.",
        lambda r: r.title == "Telephone conversation with President of France Emmanuel Macron",
    ),
    44: (
        "Prime Minister's Office\nSpokesperson's announcements\n\nPM Netanyahu Speaks with Greek Prime Minister Mitsotakis\n\nPrime Minister Benjamin Netanyahu this evening spoke with Greek Prime Minister Kyriakos Mitsotakis. The two leaders discussed energy.",
        lambda r: r.title == "PM Netanyahu Speaks with Greek Prime Minister Mitsotakis",
    ),
    45: (
        "United Nations Secretary-General\nReadouts\n\nReadout of the Secretary-General's call with President William Ruto of Kenya\n\nThe Secretary-General spoke today with President William Ruto of Kenya. The Secretary-General thanked the President.",
        lambda r: r.title.startswith("Readout of"),
    ),
    46: (
        "Office of the President of Ukraine\nReadout of President Biden's Call with Prime Minister Starmer\n\nPresident Joe Biden spoke today with Prime Minister Keir Starmer of the United Kingdom. The leaders discussed Ukraine.",
        lambda r: r.title.startswith("Readout of"),
    ),
    47: (
        "Press Statements\nReadout of President Biden's Call with Prime Minister Starmer\n\nPresident Joe Biden spoke today with Prime Minister Keir Starmer of the United Kingdom. The leaders discussed Ukraine.",
        lambda r: r.title.startswith("Readout of"),
    ),
    48: (
        "Readout of President Joe Biden's Call with Prime Minister\nKeir Starmer of the United Kingdom\n\nPresident Joe Biden spoke today with Prime Minister Keir Starmer of the United Kingdom. The leaders discussed Ukraine.",
        lambda r: (
            r.title
            == "Readout of President Joe Biden's Call with Prime Minister Keir Starmer of the United Kingdom"
        ),
    ),
    49: (
        "Readout of President Biden's Call with President Yoon Suk Yeol of the Republic of Korea\n\nNovember 30, 2023\n\nPresident Joseph R. Biden, Jr. spoke today with President Yoon Suk Yeol of the Republic of Korea. The leaders condemned the launch of a military reconnaissance satellite by the Democratic People's Republic of Korea. President Biden reaffirmed the ironclad commitment of the United States to the defense of the Republic of Korea, including extended deterrence, and",
        lambda r: r.title and str(r.date) == "2023-11-30" and parts(r)[0][2] != "KP",
    ),
    50: (
        "Following their phone call last week, Prime Minister Keir Starmer met President Emmanuel Macron in Paris today. The leaders discussed Ukraine.",
        lambda r: r.kind == "meeting",
    ),
    51: (
        "President Xi Jinping met Prime Minister Anthony Albanese in Beijing. Xi Jinping said the two sides held a video call last year.",
        lambda r: r.kind == "meeting",
    ),
}


@pytest.mark.parametrize("number", sorted(CASES))
def test_case(number: int) -> None:
    """The parser reads the invented readout as the annotation guidelines say."""
    text, check = CASES[number]
    readout = readoutmodel.parse(text)
    assert check(readout), (parts(readout), stm(readout), readout.date, readout.title)
