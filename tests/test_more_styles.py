"""Readouts in the house styles of more governments, international bodies and news agencies.

Each case is an invented readout, written in the manner of one issuer (the European
Commission and Council, the UN Secretary-General, NATO, European, Asian, Gulf, African
and Latin American governments, and agencies reprinting a readout), with what the
annotation guidelines say it holds. A case names only the fields it is about; ``...``
inside a participant leaves that part unchecked where the text alone does not settle it.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

import pytest

import readoutmodel
from readoutmodel import Kind, Readout

CORE_TOPICS = frozenset(
    {
        "trade",
        "economy",
        "energy",
        "climate",
        "health",
        "defense",
        "nonproliferation",
        "terrorism",
        "human_rights",
        "technology",
        "people_to_people",
        "visits",
        "multilateral",
        "taiwan",
        "hong_kong",
        "xinjiang",
        "tibet",
        "south_china_sea",
        "korean_peninsula",
        "ukraine",
        "israel_palestine",
        "iran",
        "syria",
        "afghanistan",
        "migration",
        "food_security",
        "disaster",
    }
)
"""The topic ids the guidelines annotate; the parser may know more, which are not checked."""

CASES: dict[str, dict[str, Any]] = {
    "eu_vdl_first_person": {
        "text": "Statement by President von der Leyen after her phone call with President Ramaphosa\n\nBrussels, 12 February 2025\n\nToday I had a good phone call with President Cyril Ramaphosa of South Africa. We discussed the preparations for the G20 summit in Johannesburg. I reaffirmed Europe's commitment to our Clean Trade and Investment Partnership. We agreed to stay in close contact.",
        "title": "Statement by President von der Leyen after her phone call with President Ramaphosa",
        "date": dt.date(2025, 2, 12),
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [
            ("von der Leyen", "President", ...),
            ("Cyril Ramaphosa", "President", "ZA"),
        ],
        "statements": [
            (("Cyril Ramaphosa", "von der Leyen"), "discussed", ["We discussed the preparations"]),
            (("von der Leyen",), "reaffirmed", ["I reaffirmed Europe's"]),
            (("Cyril Ramaphosa", "von der Leyen"), "agreed", ["We agreed to stay"]),
        ],
        "topics": {"economy", "multilateral", "trade", "visits"},
    },
    "eu_costa_call": {
        "text": "Readout of the phone call between President António Costa and Prime Minister Narendra Modi\n\n27 January 2025\n\nPresident of the European Council António Costa spoke by phone today with Prime Minister of India Narendra Modi. President Costa congratulated Prime Minister Modi on India's Republic Day. The two leaders reviewed progress towards a free trade agreement and looked forward to the next EU-India summit in New Delhi. President Costa also underlined the EU's support for a just and lasting peace in Ukraine.",
        "title": "Readout of the phone call between President António Costa and Prime Minister Narendra Modi",
        "date": dt.date(2025, 1, 27),
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [("António Costa", ..., ...), ("Narendra Modi", "Prime Minister", "IN")],
        "statements": [
            (("António Costa",), "congratulated", ["President Costa congratulated"]),
            (("António Costa", "Narendra Modi"), "reviewed", ["The two leaders reviewed"]),
            (("António Costa",), "underlined", ["President Costa also underlined"]),
        ],
    },
    "un_sg_meeting": {
        "text": "Readout of the Secretary-General's meeting with H.E. Mr. Prabowo Subianto, President of the Republic of Indonesia\n\n23 September 2025\n\nSecretary-General António Guterres met today with H.E. Mr. Prabowo Subianto, President of the Republic of Indonesia, on the margins of the General Assembly. The Secretary-General thanked the President for Indonesia's contributions to United Nations peacekeeping. They discussed the situation in Gaza and Myanmar.",
        "title": "Readout of the Secretary-General's meeting with H.E. Mr. Prabowo Subianto, President of the Republic of Indonesia",
        "date": dt.date(2025, 9, 23),
        "kind": Kind.MEETING,
        "initiator": None,
        "participants": [
            ("António Guterres", "Secretary-General", ...),
            ("Prabowo Subianto", "President", "ID"),
        ],
        "statements": [
            (("António Guterres",), "thanked", ["The Secretary-General thanked"]),
            (
                ("António Guterres", "Prabowo Subianto"),
                "discussed",
                ["They discussed the situation"],
            ),
        ],
    },
    "nato_sg_meeting": {
        "text": "NATO Secretary General meets with the Prime Minister of Poland\n\n04 Mar. 2025\n\nNATO Secretary General Mark Rutte met with the Prime Minister of Poland, Donald Tusk, at NATO Headquarters on Tuesday (4 March 2025). Mr Rutte praised Poland for spending more than four percent of its GDP on defence. The Secretary General and the Prime Minister also discussed continued support for Ukraine.",
        "title": "NATO Secretary General meets with the Prime Minister of Poland",
        "date": dt.date(2025, 3, 4),
        "kind": Kind.MEETING,
        "initiator": None,
        "participants": [
            ("Mark Rutte", "Secretary General", "NATO"),
            ("Donald Tusk", "Prime Minister", "PL"),
        ],
        "statements": [
            (("Mark Rutte",), "praised", ["Mr Rutte praised Poland"]),
            (("Donald Tusk", "Mark Rutte"), "discussed", ["The Secretary General and the Prime"]),
        ],
    },
    "de_bundesregierung": {
        "text": "Federal Chancellor Merz speaks with President Trump\n\nPress release 214\nFriday, 6 June 2025\n\nFederal Chancellor Friedrich Merz spoke by telephone with US President Donald Trump this evening. The Chancellor thanked the President for the reception in Washington the day before. Both agreed that the talks on a trade agreement between the EU and the United States should be concluded quickly.\n\nGovernment spokesman Stefan Kornelius said the conversation had been friendly.",
        "title": "Federal Chancellor Merz speaks with President Trump",
        "date": dt.date(2025, 6, 6),
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [
            ("Friedrich Merz", "Federal Chancellor", ...),
            ("Donald Trump", "President", "US"),
        ],
        "statements": [
            (("Friedrich Merz",), "thanked", ["The Chancellor thanked"]),
            (("Donald Trump", "Friedrich Merz"), "agreed", ["Both agreed that the talks"]),
        ],
    },
    "it_chigi": {
        "text": "President Meloni's telephone conversation with President Erdoğan\n\n11 Luglio 2025\n\nThe President of the Council of Ministers, Giorgia Meloni, today had a telephone conversation with the President of the Republic of Türkiye, Recep Tayyip Erdoğan. The talks focused on the situation in the Middle East and on migration flows in the Mediterranean. President Meloni reiterated Italy's commitment to a ceasefire in Gaza.",
        "title": "President Meloni's telephone conversation with President Erdoğan",
        "date": None,
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [
            ("Giorgia Meloni", "President of the Council of Ministers", ...),
            ("Recep Tayyip Erdoğan", "President", "TR"),
        ],
        "statements": [
            (("Giorgia Meloni", "Recep Tayyip Erdoğan"), "focused on", ["The talks focused"]),
            (("Giorgia Meloni",), "reiterated", ["President Meloni reiterated"]),
        ],
        "topics": {"israel_palestine", "migration"},
    },
    "nz_pm": {
        "text": 'PM Luxon holds talks with Japanese Prime Minister\n\n18 July 2024\n\nPrime Minister Christopher Luxon met Japanese Prime Minister Fumio Kishida in Tokyo today. The Prime Ministers welcomed the signing of an Information Security Agreement. Mr Luxon said New Zealand and Japan share a deep commitment to a rules-based order. "Japan is one of our most important partners," Mr Luxon said.',
        "title": "PM Luxon holds talks with Japanese Prime Minister",
        "date": dt.date(2024, 7, 18),
        "kind": Kind.MEETING,
        "initiator": None,
        "participants": [
            ("Christopher Luxon", "Prime Minister", ...),
            ("Fumio Kishida", "Prime Minister", "JP"),
        ],
        "statements": [
            (("Christopher Luxon", "Fumio Kishida"), "welcomed", ["The Prime Ministers welcomed"]),
            (("Christopher Luxon",), "said", ["Mr Luxon said New Zealand"]),
            (("Christopher Luxon",), "said", ['"Japan is one of our']),
        ],
    },
    "kr_office": {
        "text": "President Lee Jae-myung holds phone talks with Japanese PM Ishiba\n\nPresident Lee Jae-myung held his first phone conversation with Japanese Prime Minister Shigeru Ishiba on June 9, 2025, presidential spokesperson Kang Yu-jung said. President Lee said he hoped the two countries could build a future-oriented relationship. The two leaders agreed to meet in person at an early date.",
        "title": "President Lee Jae-myung holds phone talks with Japanese PM Ishiba",
        "date": dt.date(2025, 6, 9),
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [
            ("Lee Jae-myung", "President", ...),
            ("Shigeru Ishiba", "Prime Minister", "JP"),
        ],
        "statements": [
            (("Lee Jae-myung",), "said", ["President Lee said he"]),
            (("Lee Jae-myung", "Shigeru Ishiba"), "agreed", ["The two leaders agreed"]),
        ],
        "topics": {"visits"},
    },
    "qna_qatar": {
        "text": "Amir Receives Phone Call from US President\n\nDoha, May 20 (QNA) - His Highness the Amir Sheikh Tamim bin Hamad Al-Thani received a phone call on Tuesday from President of the United States of America Donald Trump. During the call, they discussed the strategic relations between the two countries. His Highness the Amir thanked the US President for his efforts.",
        "title": "Amir Receives Phone Call from US President",
        "date": None,
        "kind": Kind.PHONE_CALL,
        "initiator": "Donald Trump",
        "participants": [
            ("Sheikh Tamim bin Hamad Al-Thani", "Amir", ...),
            ("Donald Trump", "President", "US"),
        ],
        "statements": [
            (
                ("Donald Trump", "Sheikh Tamim bin Hamad Al-Thani"),
                "discussed",
                ["During the call, they discussed"],
            ),
            (("Sheikh Tamim bin Hamad Al-Thani",), "thanked", ["His Highness the Amir thanked"]),
        ],
        "topics": set(),
    },
    "za_presidency": {
        "text": "President Ramaphosa holds talks with President Tinubu\n\n3 December 2024\n\nPresident Cyril Ramaphosa held official talks with President Bola Ahmed Tinubu of the Federal Republic of Nigeria at the Union Buildings in Pretoria today. The two Presidents signed agreements on trade and energy. President Ramaphosa said South Africa and Nigeria carry a special responsibility for the continent.",
        "title": "President Ramaphosa holds talks with President Tinubu",
        "date": dt.date(2024, 12, 3),
        "kind": Kind.MEETING,
        "initiator": None,
        "participants": [
            ("Cyril Ramaphosa", "President", ...),
            ("Bola Ahmed Tinubu", "President", "NG"),
        ],
        "statements": [(("Cyril Ramaphosa",), "said", ["President Ramaphosa said South"])],
        "topics": {"energy", "trade"},
    },
    "ke_president": {
        "text": "President Ruto, Ethiopian PM Abiy hold talks in Nairobi\n\nNairobi, Tuesday, 27 February 2024\n\nPresident William Ruto today hosted Ethiopian Prime Minister Abiy Ahmed at State House, Nairobi. The two leaders agreed to fast-track the Lamu Port-South Sudan-Ethiopia Transport corridor. President Ruto noted that Kenya and Ethiopia share a long history of friendship.",
        "title": "President Ruto, Ethiopian PM Abiy hold talks in Nairobi",
        "date": dt.date(2024, 2, 27),
        "kind": Kind.MEETING,
        "initiator": None,
        "participants": [
            ("William Ruto", "President", ...),
            ("Abiy Ahmed", "Prime Minister", "ET"),
        ],
        "statements": [
            (("Abiy Ahmed", "William Ruto"), "agreed", ["The two leaders agreed"]),
            (("William Ruto",), "noted", ["President Ruto noted"]),
        ],
    },
    "kz_akorda": {
        "text": "Kassym-Jomart Tokayev holds phone talk with Shavkat Mirziyoyev\n\n10 March 2025\n\nOn 10 March, President of Kazakhstan Kassym-Jomart Tokayev had a telephone conversation with President of Uzbekistan Shavkat Mirziyoyev. The Head of State congratulated his Uzbek counterpart on the upcoming Nowruz holiday. The parties discussed the implementation of agreements reached during the state visit to Tashkent.",
        "title": "Kassym-Jomart Tokayev holds phone talk with Shavkat Mirziyoyev",
        "date": dt.date(2025, 3, 10),
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [
            ("Kassym-Jomart Tokayev", "President", "KZ"),
            ("Shavkat Mirziyoyev", "President", "UZ"),
        ],
        "statements": [
            (("Kassym-Jomart Tokayev",), "congratulated", ["The Head of State congratulated"]),
            (
                ("Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"),
                "discussed",
                ["The parties discussed"],
            ),
        ],
        "topics": {"visits"},
    },
    "reuters_reprint": {
        "text": "WORLD NEWS\nUkraine's Zelenskiy, Poland's Tusk discuss security guarantees in call\n\nBy Reuters Staff\n\nKYIV, Jan 15 (Reuters) - Ukrainian President Volodymyr Zelenskiy said on Wednesday he had spoken by phone with Polish Prime Minister Donald Tusk about security guarantees for Ukraine. \"We discussed our joint steps ahead of the summit,\" Zelenskiy wrote on X.\n\nReporting by Olena Harmash; Editing by Tom Balmforth",
        "title": "Ukraine's Zelenskiy, Poland's Tusk discuss security guarantees in call",
        "date": None,
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [
            ("Volodymyr Zelenskiy", "President", "UA"),
            ("Donald Tusk", "Prime Minister", "PL"),
        ],
    },
    "ap_reprint_dated": {
        "text": "Biden and Lula talk climate in White House meeting\n\nWASHINGTON (AP) — President Joe Biden met Friday with Brazilian President Luiz Inácio Lula da Silva at the White House. The two leaders pledged to work together to protect the Amazon rainforest.\n\nCopyright 2023 The Associated Press. All rights reserved.",
        "title": "Biden and Lula talk climate in White House meeting",
        "date": None,
        "kind": Kind.MEETING,
        "initiator": None,
        "participants": [
            ("Joe Biden", "President", ...),
            ("Luiz Inácio Lula da Silva", "President", "BR"),
        ],
        "statements": [
            (("Joe Biden", "Luiz Inácio Lula da Silva"), "pledged", ["The two leaders pledged"])
        ],
    },
    "kyodo": {
        "text": "Japan, S. Korea leaders agree to boost ties in first talks\n\nTOKYO, June 17 2025 (Kyodo) -- Japanese Prime Minister Shigeru Ishiba and South Korean President Lee Jae-myung agreed Tuesday to steadily develop bilateral relations during their first in-person talks, held on the sidelines of the Group of Seven summit in Canada. Ishiba told reporters after the meeting that the two countries must cooperate in the face of a severe security environment.",
        "title": "Japan, S. Korea leaders agree to boost ties in first talks",
        "date": dt.date(2025, 6, 17),
        "kind": Kind.MEETING,
        "initiator": None,
        "participants": [
            ("Shigeru Ishiba", "Prime Minister", "JP"),
            ("Lee Jae-myung", "President", "KR"),
        ],
        "statements": [
            (
                ("Lee Jae-myung", "Shigeru Ishiba"),
                "agreed",
                ["Japanese Prime Minister Shigeru Ishiba"],
            ),
            (("Shigeru Ishiba",), "told", ["Ishiba told reporters after"]),
        ],
    },
    "ir_president": {
        "text": "Pezeshkian in phone call with Emir of Qatar: Regional countries must prevent the spread of war\n\nTehran, 28 September 2024 - In a telephone conversation with the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, this evening, President Masoud Pezeshkian said the countries of the region should not allow the war to spread. The Emir of Qatar, for his part, stressed the need for a ceasefire in Gaza and Lebanon.",
        "title": "Pezeshkian in phone call with Emir of Qatar: Regional countries must prevent the spread of war",
        "date": dt.date(2024, 9, 28),
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [
            ("Masoud Pezeshkian", "President", ...),
            ("Sheikh Tamim bin Hamad Al Thani", "Emir", ...),
        ],
        "statements": [
            (("Masoud Pezeshkian",), "said", ["In a telephone conversation with"]),
            (("Sheikh Tamim bin Hamad Al Thani",), "stressed", ["The Emir of Qatar, for"]),
        ],
        "topics": {"israel_palestine"},
    },
    "mx_presidencia": {
        "text": "President Claudia Sheinbaum holds phone call with Prime Minister of Canada\n\nMexico City, 7 March 2025\n\nThis morning, President Claudia Sheinbaum Pardo spoke by telephone with the Prime Minister of Canada, Justin Trudeau. The President said that Mexico and Canada will continue to defend the free trade agreement. Both leaders agreed to meet in the coming months.",
        "title": "President Claudia Sheinbaum holds phone call with Prime Minister of Canada",
        "date": dt.date(2025, 3, 7),
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [
            ("Claudia Sheinbaum Pardo", "President", ...),
            ("Justin Trudeau", "Prime Minister", "CA"),
        ],
        "statements": [
            (("Claudia Sheinbaum Pardo",), "said", ["The President said that Mexico"]),
            (("Claudia Sheinbaum Pardo", "Justin Trudeau"), "agreed", ["Both leaders agreed"]),
        ],
        "topics": {"trade", "visits"},
    },
    "ar_casarosada": {
        "text": "President Javier Milei met with Italian Prime Minister Giorgia Meloni in Rome\n\nFriday 14 June 2024\n\nPresident Javier Milei was received today by the President of the Council of Ministers of Italy, Giorgia Meloni, at Palazzo Chigi. Milei thanked Meloni for her support in the negotiations with the International Monetary Fund.",
        "title": "President Javier Milei met with Italian Prime Minister Giorgia Meloni in Rome",
        "date": dt.date(2024, 6, 14),
        "kind": Kind.MEETING,
        "initiator": None,
        "participants": [("Javier Milei", "President", ...), ("Giorgia Meloni", ..., "IT")],
        "statements": [(("Javier Milei",), "thanked", ["Milei thanked Meloni"])],
    },
    "ng_statehouse": {
        "text": "President Tinubu receives French President Macron's call\n\nAbuja, Wednesday, 10 July 2024\n\nPresident Bola Ahmed Tinubu on Wednesday received a telephone call from President Emmanuel Macron of France. In a statement by his Special Adviser on Media and Publicity, Ajuri Ngelale, President Tinubu said Nigeria values its partnership with France. President Macron congratulated President Tinubu on his re-election as Chairman of ECOWAS.",
        "title": "President Tinubu receives French President Macron's call",
        "date": dt.date(2024, 7, 10),
        "kind": Kind.PHONE_CALL,
        "initiator": "Emmanuel Macron",
        "participants": [
            ("Bola Ahmed Tinubu", "President", ...),
            ("Emmanuel Macron", "President", "FR"),
        ],
        "statements": [
            (("Bola Ahmed Tinubu",), "said", ["In a statement by his"]),
            (("Emmanuel Macron",), "congratulated", ["President Macron congratulated"]),
        ],
    },
    "et_pmo": {
        "text": "Prime Minister Abiy Ahmed holds talks with President Isaias Afwerki\n\nAddis Ababa, 9 January 2023\n\nPrime Minister Abiy Ahmed (PhD) held discussions with President Isaias Afwerki of Eritrea at the National Palace today. The two leaders reviewed the implementation of the peace agreement and discussed regional economic integration.",
        "title": "Prime Minister Abiy Ahmed holds talks with President Isaias Afwerki",
        "date": dt.date(2023, 1, 9),
        "kind": Kind.MEETING,
        "initiator": None,
        "participants": [
            ("Abiy Ahmed", "Prime Minister", ...),
            ("Isaias Afwerki", "President", "ER"),
        ],
        "statements": [
            (("Abiy Ahmed", "Isaias Afwerki"), "reviewed", ["The two leaders reviewed"])
        ],
    },
    "ua_office_quote": {
        "text": "Volodymyr Zelensky held a meeting with the Prime Minister of Spain\n\n21 November 2024 - 15:20\n\nPresident of Ukraine Volodymyr Zelensky met with Prime Minister of Spain Pedro Sánchez in Kyiv today. “Thank you for your support. Spain has provided important air defense systems. We count on further assistance,” the President said. Pedro Sánchez assured that Spain will stand with Ukraine for as long as it takes.",
        "title": "Volodymyr Zelensky held a meeting with the Prime Minister of Spain",
        "date": dt.date(2024, 11, 21),
        "kind": Kind.MEETING,
        "initiator": None,
        "participants": [
            ("Volodymyr Zelensky", "President", "UA"),
            ("Pedro Sánchez", "Prime Minister", "ES"),
        ],
        "statements": [
            (
                ("Volodymyr Zelensky",),
                "said",
                [
                    "“Thank you for your support.",
                    "Spain has provided important air",
                    "We count on further assistance",
                ],
            ),
            (("Pedro Sánchez",), "assured", ["Pedro Sánchez assured that Spain"]),
        ],
        "topics": {"defense", "ukraine"},
    },
    "vn_gov": {
        "text": "PM Pham Minh Chinh holds phone talks with Chinese Premier Li Qiang\n\nHANOI, August 20, 2024 - Prime Minister Pham Minh Chinh held phone talks with Premier of the State Council of China Li Qiang on August 20. The two leaders agreed to promote the construction of standard-gauge railways connecting the two countries. PM Chinh suggested the two sides properly handle differences at sea.",
        "title": "PM Pham Minh Chinh holds phone talks with Chinese Premier Li Qiang",
        "date": dt.date(2024, 8, 20),
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [
            ("Pham Minh Chinh", "Prime Minister", ...),
            ("Li Qiang", "Premier of the State Council", "CN"),
        ],
        "statements": [
            (("Li Qiang", "Pham Minh Chinh"), "agreed", ["The two leaders agreed"]),
            (("Pham Minh Chinh",), "suggested", ["PM Chinh suggested"]),
        ],
    },
    "id_setkab": {
        "text": "President Prabowo Receives Phone Call from Russian President Putin\n\nJakarta, 5 May 2025\n\nPresident Prabowo Subianto received a phone call from Russian President Vladimir Putin on Monday evening. In the call, President Putin congratulated Indonesia on joining BRICS. Both leaders also discussed cooperation in food security and energy.",
        "title": "President Prabowo Receives Phone Call from Russian President Putin",
        "date": dt.date(2025, 5, 5),
        "kind": Kind.PHONE_CALL,
        "initiator": "Vladimir Putin",
        "participants": [
            ("Prabowo Subianto", "President", ...),
            ("Vladimir Putin", "President", "RU"),
        ],
        "statements": [
            (("Vladimir Putin",), "congratulated", ["In the call, President Putin"]),
            (("Prabowo Subianto", "Vladimir Putin"), "discussed", ["Both leaders also discussed"]),
        ],
        "topics": {"energy", "food_security", "multilateral"},
    },
    "at_request_of": {
        "text": "At the request of the Egyptian side, Foreign Minister Hakan Fidan held a telephone conversation with Egyptian Foreign Minister Badr Abdelatty on Sunday. The ministers discussed the latest developments in Gaza.",
        "title": None,
        "date": None,
        "kind": Kind.PHONE_CALL,
        "initiator": "Badr Abdelatty",
        "participants": [
            ("Hakan Fidan", "Foreign Minister", ...),
            ("Badr Abdelatty", "Foreign Minister", "EG"),
        ],
        "statements": [
            (("Badr Abdelatty", "Hakan Fidan"), "discussed", ["The ministers discussed"])
        ],
        "topics": {"israel_palestine"},
    },
    "x_called_y": {
        "text": "Prime Minister Christopher Luxon called Prime Minister Anthony Albanese of Australia this morning. The two Prime Ministers discussed the situation in the Pacific.",
        "title": None,
        "date": None,
        "kind": Kind.PHONE_CALL,
        "initiator": "Christopher Luxon",
        "participants": [
            ("Christopher Luxon", "Prime Minister", ...),
            ("Anthony Albanese", "Prime Minister", "AU"),
        ],
        "statements": [
            (
                ("Anthony Albanese", "Christopher Luxon"),
                "discussed",
                ["The two Prime Ministers discussed"],
            )
        ],
    },
    "received_call_from": {
        "text": "President William Ruto received a call from President Emmanuel Macron of France on Monday, 3 June 2024. President Macron thanked Kenya for leading the multinational security mission in Haiti.",
        "title": None,
        "date": dt.date(2024, 6, 3),
        "kind": Kind.PHONE_CALL,
        "initiator": "Emmanuel Macron",
        "participants": [
            ("William Ruto", "President", ...),
            ("Emmanuel Macron", "President", "FR"),
        ],
        "statements": [(("Emmanuel Macron",), "thanked", ["President Macron thanked Kenya"])],
    },
    "today_with_dateline_anchor": {
        "text": "CANBERRA, 12 August 2024\n\nPrime Minister Anthony Albanese today met with Prime Minister Narendra Modi of India. The Prime Ministers welcomed the growth of two-way trade.",
        "title": None,
        "date": dt.date(2024, 8, 12),
        "kind": Kind.MEETING,
        "initiator": None,
        "participants": [
            ("Anthony Albanese", "Prime Minister", ...),
            ("Narendra Modi", "Prime Minister", "IN"),
        ],
        "statements": [
            (("Anthony Albanese", "Narendra Modi"), "welcomed", ["The Prime Ministers welcomed"])
        ],
        "topics": {"trade"},
    },
    "weekday_dated_anchor": {
        "text": "Press release\n\nFriday 14 March 2025\n\nPrime Minister Pedro Sánchez spoke on Wednesday with President Volodymyr Zelenskyy of Ukraine. Sánchez reaffirmed Spain's support for Ukraine.",
        "title": None,
        "date": dt.date(2025, 3, 12),
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [
            ("Pedro Sánchez", "Prime Minister", ...),
            ("Volodymyr Zelenskyy", "President", "UA"),
        ],
        "statements": [(("Pedro Sánchez",), "reaffirmed", ["Sánchez reaffirmed Spain's"])],
        "topics": {"ukraine"},
    },
    "month_day_no_year": {
        "text": "On 14 March, President Cyril Ramaphosa spoke with President Emmanuel Macron of France. The two Presidents discussed the G20 agenda.",
        "title": None,
        "date": None,
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [
            ("Cyril Ramaphosa", "President", ...),
            ("Emmanuel Macron", "President", "FR"),
        ],
        "statements": [
            (("Cyril Ramaphosa", "Emmanuel Macron"), "discussed", ["The two Presidents discussed"])
        ],
        "topics": {"multilateral"},
    },
    "family_name_first": {
        "text": "Japan-Viet Nam Summit Meeting\n\nOn October 29, 2024, Mr. ISHIBA Shigeru, Prime Minister of Japan, held a meeting with H.E. Mr. LUONG Cuong, President of the Socialist Republic of Viet Nam. Prime Minister Ishiba stated that Japan attaches importance to Viet Nam as a comprehensive strategic partner.",
        "title": "Japan-Viet Nam Summit Meeting",
        "date": dt.date(2024, 10, 29),
        "kind": Kind.MEETING,
        "initiator": None,
        "participants": [
            ("ISHIBA Shigeru", "Prime Minister", "JP"),
            ("LUONG Cuong", "President", "VN"),
        ],
        "statements": [(("ISHIBA Shigeru",), "stated", ["Prime Minister Ishiba stated"])],
    },
    "particles_names": {
        "text": "Prime Minister Dick Schoof met with Prime Minister Bart De Wever of Belgium in The Hague on 10 April 2025. Mr De Wever underlined the importance of the Benelux partnership.",
        "title": None,
        "date": dt.date(2025, 4, 10),
        "kind": Kind.MEETING,
        "initiator": None,
        "participants": [
            ("Dick Schoof", "Prime Minister", ...),
            ("Bart De Wever", "Prime Minister", "BE"),
        ],
        "statements": [(("Bart De Wever",), "underlined", ["Mr De Wever underlined"])],
    },
    "diacritics": {
        "text": "President Andrzej Duda met President Petr Pavel of the Czech Republic and President Tamás Sulyok of Hungary in Warsaw on 5 March 2025. The three presidents discussed energy security in Central Europe.",
        "title": None,
        "date": dt.date(2025, 3, 5),
        "kind": Kind.MEETING,
        "initiator": None,
        "participants": [
            ("Andrzej Duda", "President", ...),
            ("Petr Pavel", "President", "CZ"),
            ("Tamás Sulyok", "President", "HU"),
        ],
        "statements": [
            (
                ("Andrzej Duda", "Petr Pavel", "Tamás Sulyok"),
                "discussed",
                ["The three presidents discussed"],
            )
        ],
        "topics": {"energy"},
    },
    "straight_quote_trailing": {
        "text": 'Prime Minister Anthony Albanese met President Joe Biden at the White House on 25 October 2023. "The alliance between our two countries has never been stronger. We will keep building on it," Mr Albanese said.',
        "title": None,
        "date": dt.date(2023, 10, 25),
        "kind": Kind.MEETING,
        "initiator": None,
        "participants": [
            ("Anthony Albanese", "Prime Minister", ...),
            ("Joe Biden", "President", ...),
        ],
        "statements": [
            (
                ("Anthony Albanese",),
                "said",
                ['"The alliance between our two', "We will keep building on it"],
            )
        ],
    },
    "typographic_quote_trailing": {
        "text": "President Cyril Ramaphosa met Prime Minister Narendra Modi of India in Johannesburg on 22 August 2023. “India is a trusted friend of South Africa. Our partnership will only grow,” said President Ramaphosa.",
        "title": None,
        "date": dt.date(2023, 8, 22),
        "kind": Kind.MEETING,
        "initiator": None,
        "participants": [
            ("Cyril Ramaphosa", "President", ...),
            ("Narendra Modi", "Prime Minister", "IN"),
        ],
        "statements": [
            (
                ("Cyril Ramaphosa",),
                "said",
                ["“India is a trusted friend", "Our partnership will only grow"],
            )
        ],
    },
    "joint_statement_kind": {
        "text": "Joint Statement by the President of the European Commission and the Prime Minister of Japan\n\nPresident Ursula von der Leyen and Prime Minister Shigeru Ishiba issued the following joint statement. The two leaders reaffirmed their commitment to free and fair trade.",
        "title": "Joint Statement by the President of the European Commission and the Prime Minister of Japan",
        "date": None,
        "kind": Kind.OTHER,
        "initiator": None,
        "participants": [
            ("Ursula von der Leyen", "President", ...),
            ("Shigeru Ishiba", "Prime Minister", ...),
        ],
        "statements": [
            (
                ("Shigeru Ishiba", "Ursula von der Leyen"),
                "reaffirmed",
                ["The two leaders reaffirmed"],
            )
        ],
        "topics": {"trade"},
    },
    "video_conference": {
        "text": "Prime Minister Mark Carney held a video conference with President Volodymyr Zelenskyy of Ukraine on 18 March 2025. The Prime Minister reaffirmed Canada's steadfast support for Ukraine.",
        "title": None,
        "date": dt.date(2025, 3, 18),
        "kind": Kind.VIDEO_CALL,
        "initiator": None,
        "participants": [
            ("Mark Carney", "Prime Minister", ...),
            ("Volodymyr Zelenskyy", "President", "UA"),
        ],
        "statements": [(("Mark Carney",), "reaffirmed", ["The Prime Minister reaffirmed"])],
        "topics": {"ukraine"},
    },
    "truncated_capture": {
        "text": "President Emmanuel Macron spoke by telephone with President Abdel Fattah al-Sisi of Egypt on 4 April 2025. The President expressed his concern about the humanitarian situation in Gaza and called for",
        "title": None,
        "date": dt.date(2025, 4, 4),
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [
            ("Emmanuel Macron", "President", ...),
            ("Abdel Fattah al-Sisi", "President", "EG"),
        ],
        "statements": [
            (("Emmanuel Macron",), "expressed", ["The President expressed his concern"])
        ],
        "topics": {"israel_palestine"},
    },
    "chairman_presidential_council": {
        "text": "Foreign Minister receives Chairman of the Presidential Council of Libya\n\nCairo, 3 July 2024\n\nForeign Minister Badr Abdelatty received today Mohamed al-Menfi, Chairman of the Presidential Council of Libya. The Minister stressed Egypt's support for Libyan-led elections.",
        "title": "Foreign Minister receives Chairman of the Presidential Council of Libya",
        "date": dt.date(2024, 7, 3),
        "kind": Kind.MEETING,
        "initiator": None,
        "participants": [
            ("Badr Abdelatty", "Foreign Minister", ...),
            ("Mohamed al-Menfi", "Chairman of the Presidential Council", "LY"),
        ],
        "statements": [(("Badr Abdelatty",), "stressed", ["The Minister stressed Egypt's"])],
    },
    "chrome_nav_un": {
        "text": "Skip to main content\nUnited Nations\nSecretary-General\nSearch\nReadouts\n\nReadout of the Secretary-General's meeting with H.E. Mr. William Ruto, President of the Republic of Kenya\n\nNew York, 24 September 2024\n\nSecretary-General António Guterres met today with H.E. Mr. William Ruto, President of the Republic of Kenya. The Secretary-General expressed his appreciation for Kenya's leadership of the Multinational Security Support mission in Haiti.\n\nShare this:\nFacebook\nTwitter\nEmail",
        "title": "Readout of the Secretary-General's meeting with H.E. Mr. William Ruto, President of the Republic of Kenya",
        "date": dt.date(2024, 9, 24),
        "kind": Kind.MEETING,
        "initiator": None,
        "participants": [
            ("António Guterres", "Secretary-General", ...),
            ("William Ruto", "President", "KE"),
        ],
        "statements": [
            (("António Guterres",), "expressed", ["The Secretary-General expressed his"])
        ],
    },
    "nato_phone": {
        "text": "Secretary General speaks with President of Finland\n\n12 Jan. 2025\n\nNATO Secretary General Mark Rutte spoke by phone today with the President of Finland, Alexander Stubb. The Secretary General and the President discussed the protection of critical undersea infrastructure in the Baltic Sea.",
        "title": "Secretary General speaks with President of Finland",
        "date": dt.date(2025, 1, 12),
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [
            ("Mark Rutte", "Secretary General", "NATO"),
            ("Alexander Stubb", "President", "FI"),
        ],
        "statements": [
            (
                ("Alexander Stubb", "Mark Rutte"),
                "discussed",
                ["The Secretary General and the President"],
            )
        ],
    },
    "planalto_first_person_quote": {
        "text": 'President Lula receives Spanish Prime Minister Pedro Sánchez at the Alvorada Palace\n\nBrasília, 6 March 2023\n\nPresident Luiz Inácio Lula da Silva received Spanish Prime Minister Pedro Sánchez today at the Alvorada Palace. "Spain is one of the largest investors in Brazil. We want to conclude the agreement between Mercosur and the European Union this year," said Lula. Sánchez thanked Lula for the hospitality.',
        "title": "President Lula receives Spanish Prime Minister Pedro Sánchez at the Alvorada Palace",
        "date": dt.date(2023, 3, 6),
        "kind": Kind.MEETING,
        "initiator": None,
        "participants": [
            ("Luiz Inácio Lula da Silva", "President", ...),
            ("Pedro Sánchez", "Prime Minister", "ES"),
        ],
        "statements": [
            (
                ("Luiz Inácio Lula da Silva",),
                "said",
                ['"Spain is one of the largest', "We want to conclude the agreement"],
            ),
            (("Pedro Sánchez",), "thanked", ["Sánchez thanked Lula"]),
        ],
    },
    "iran_fm": {
        "text": "Araghchi, Wang Yi discuss nuclear talks in phone call\n\nTehran, 12 April 2025 - Iranian Foreign Minister Abbas Araghchi and his Chinese counterpart Wang Yi held a phone conversation on Saturday. Araghchi briefed Wang Yi on the latest state of the indirect talks with the United States.",
        "title": "Araghchi, Wang Yi discuss nuclear talks in phone call",
        "date": dt.date(2025, 4, 12),
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [("Abbas Araghchi", "Foreign Minister", "IR"), ("Wang Yi", ..., "CN")],
        "statements": [(("Abbas Araghchi",), "briefed", ["Araghchi briefed Wang Yi"])],
    },
    "casa_rosada_chrome": {
        "text": "Casa Rosada\nPresidencia de la Nación\nInicio > Noticias\n\nPresident Milei held a telephone conversation with President Zelensky\n\nThursday 22 February 2024\n\nPresident Javier Milei held a telephone conversation today with the President of Ukraine, Volodymyr Zelensky. Milei reiterated Argentina's support for Ukraine's sovereignty and territorial integrity.",
        "title": "President Milei held a telephone conversation with President Zelensky",
        "date": dt.date(2024, 2, 22),
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [
            ("Javier Milei", "President", ...),
            ("Volodymyr Zelensky", "President", "UA"),
        ],
        "statements": [(("Javier Milei",), "reiterated", ["Milei reiterated Argentina's"])],
        "topics": {"ukraine"},
    },
    "sa_presidency_chrome": {
        "text": "The Presidency\nRepublic of South Africa\nMedia Statements\n\nPresident Ramaphosa receives call from President Zelenskyy\n\n14 December 2023\n\nPresident Cyril Ramaphosa has today received a telephone call from President Volodymyr Zelenskyy of Ukraine. President Zelenskyy briefed President Ramaphosa on the situation in Ukraine. President Ramaphosa reiterated South Africa's position that the conflict should be resolved through dialogue.\n\nVincent Magwenya\nSpokesperson to the President",
        "title": "President Ramaphosa receives call from President Zelenskyy",
        "date": dt.date(2023, 12, 14),
        "kind": Kind.PHONE_CALL,
        "initiator": "Volodymyr Zelenskyy",
        "participants": [
            ("Cyril Ramaphosa", "President", ...),
            ("Volodymyr Zelenskyy", "President", "UA"),
        ],
        "statements": [
            (("Volodymyr Zelenskyy",), "briefed", ["President Zelenskyy briefed"]),
            (("Cyril Ramaphosa",), "reiterated", ["President Ramaphosa reiterated"]),
        ],
        "topics": {"ukraine"},
    },
    "poland_president": {
        "text": "President Andrzej Duda met with President of Lithuania Gitanas Nausėda in Vilnius on 15 January 2025. The presidents discussed the security situation on NATO's eastern flank. President Duda emphasised that Poland and Lithuania stand together.",
        "title": None,
        "date": dt.date(2025, 1, 15),
        "kind": Kind.MEETING,
        "initiator": None,
        "participants": [
            ("Andrzej Duda", "President", ...),
            ("Gitanas Nausėda", "President", "LT"),
        ],
        "statements": [
            (("Andrzej Duda", "Gitanas Nausėda"), "discussed", ["The presidents discussed"]),
            (("Andrzej Duda",), "emphasised", ["President Duda emphasised"]),
        ],
    },
    "virtual_summit_many": {
        "text": "Leaders' video conference on support for Ukraine\n\n15 March 2025\n\nPrime Minister Keir Starmer hosted a virtual meeting today with President Emmanuel Macron, Prime Minister Giorgia Meloni, Prime Minister Donald Tusk and Secretary General Mark Rutte. The leaders agreed to increase pressure on Russia.",
        "title": "Leaders' video conference on support for Ukraine",
        "date": dt.date(2025, 3, 15),
        "kind": Kind.VIDEO_CALL,
        "initiator": None,
        "participants": [
            ("Keir Starmer", "Prime Minister", ...),
            ("Emmanuel Macron", "President", ...),
            ("Giorgia Meloni", "Prime Minister", ...),
            ("Donald Tusk", "Prime Minister", ...),
            ("Mark Rutte", "Secretary General", ...),
        ],
        "statements": [
            (
                ("Donald Tusk", "Emmanuel Macron", "Giorgia Meloni", "Keir Starmer", "Mark Rutte"),
                "agreed",
                ["The leaders agreed"],
            )
        ],
    },
    "yesterday_anchor": {
        "text": "Wellington, 20 March 2025\n\nPrime Minister Christopher Luxon spoke yesterday with Prime Minister Narendra Modi of India. The Prime Ministers agreed to launch negotiations on a free trade agreement.",
        "title": None,
        "date": dt.date(2025, 3, 19),
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [
            ("Christopher Luxon", "Prime Minister", ...),
            ("Narendra Modi", "Prime Minister", "IN"),
        ],
        "statements": [
            (("Christopher Luxon", "Narendra Modi"), "agreed", ["The Prime Ministers agreed"])
        ],
        "topics": {"trade"},
    },
    "relay_spokesperson": {
        "text": "President Lee Jae-myung spoke with US President Donald Trump by phone on 6 June 2025. Presidential spokesperson Kang Yu-jung said President Lee told Trump that South Korea hopes to reach a mutually beneficial tariff agreement.",
        "title": None,
        "date": dt.date(2025, 6, 6),
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [("Lee Jae-myung", "President", ...), ("Donald Trump", "President", "US")],
        "statements": [(("Lee Jae-myung",), "told", ["Presidential spokesperson Kang Yu-jung"])],
        "topics": {"trade"},
    },
    "passive_discussed": {
        "text": "Prime Minister Petteri Orpo met Prime Minister Ulf Kristersson of Sweden in Helsinki on 2 May 2024. Energy cooperation and the security of the Baltic Sea region were discussed.",
        "title": None,
        "date": dt.date(2024, 5, 2),
        "kind": Kind.MEETING,
        "initiator": None,
        "participants": [
            ("Petteri Orpo", "Prime Minister", ...),
            ("Ulf Kristersson", "Prime Minister", "SE"),
        ],
        "statements": [
            (
                ("Petteri Orpo", "Ulf Kristersson"),
                "discussed",
                ["Energy cooperation and the security"],
            )
        ],
        "topics": {"energy"},
    },
    "conversation_subject": {
        "text": "President Emmanuel Macron spoke with Prime Minister Keir Starmer of the United Kingdom on 2 March 2025. The conversation touched on the coalition of the willing for Ukraine.",
        "title": None,
        "date": dt.date(2025, 3, 2),
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [
            ("Emmanuel Macron", "President", ...),
            ("Keir Starmer", "Prime Minister", "GB"),
        ],
        "statements": [
            (("Emmanuel Macron", "Keir Starmer"), "touched on", ["The conversation touched on"])
        ],
        "topics": {"ukraine"},
    },
    "copula_stance": {
        "text": "President Prabowo Subianto met Prime Minister Anwar Ibrahim of Malaysia in Jakarta on 27 January 2025. The two leaders were pleased with the progress of the border negotiations.",
        "title": None,
        "date": dt.date(2025, 1, 27),
        "kind": Kind.MEETING,
        "initiator": None,
        "participants": [
            ("Prabowo Subianto", "President", ...),
            ("Anwar Ibrahim", "Prime Minister", "MY"),
        ],
        "statements": [
            (("Anwar Ibrahim", "Prabowo Subianto"), "pleased", ["The two leaders were pleased"])
        ],
    },
    "opening_congratulate": {
        "text": "Prime Minister Shehbaz Sharif spoke today with President Masoud Pezeshkian of Iran to congratulate him on assuming office. The two leaders agreed to strengthen border trade.",
        "title": None,
        "date": None,
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [
            ("Shehbaz Sharif", "Prime Minister", ...),
            ("Masoud Pezeshkian", "President", "IR"),
        ],
        "statements": [
            (("Shehbaz Sharif",), "congratulate", ["Prime Minister Shehbaz Sharif spoke"]),
            (("Masoud Pezeshkian", "Shehbaz Sharif"), "agreed", ["The two leaders agreed"]),
        ],
        "topics": {"trade"},
    },
    "opening_to_discuss": {
        "text": "Foreign Minister Penny Wong spoke with Foreign Minister Sugiono of Indonesia to discuss regional security. Minister Wong thanked Minister Sugiono for Indonesia's cooperation.",
        "title": None,
        "date": None,
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [
            ("Penny Wong", "Foreign Minister", ...),
            ("Sugiono", "Foreign Minister", "ID"),
        ],
        "statements": [
            (("Penny Wong", "Sugiono"), "discuss", ["Foreign Minister Penny Wong spoke"]),
            (("Penny Wong",), "thanked", ["Minister Wong thanked"]),
        ],
    },
    "eu_council_meeting": {
        "text": "European Council\nPress release\n\nMeeting of President António Costa with Prime Minister Kristersson\n\n10 March 2025\n\nPresident of the European Council António Costa met Prime Minister of Sweden Ulf Kristersson in Stockholm today. They discussed the preparation of the March European Council, notably European defence and competitiveness. President Costa thanked the Prime Minister for Sweden's support to Ukraine.",
        "title": "Meeting of President António Costa with Prime Minister Kristersson",
        "date": dt.date(2025, 3, 10),
        "kind": Kind.MEETING,
        "initiator": None,
        "participants": [("António Costa", ..., ...), ("Ulf Kristersson", "Prime Minister", "SE")],
        "statements": [
            (("António Costa", "Ulf Kristersson"), "discussed", ["They discussed the preparation"]),
            (("António Costa",), "thanked", ["President Costa thanked"]),
        ],
    },
    "eu_vdl_press_remarks_video": {
        "text": "Readout of the videoconference between President von der Leyen and President Zelenskyy\n\nBrussels, 3 December 2024\n\nPresident Ursula von der Leyen held a videoconference today with President Volodymyr Zelenskyy. The President informed President Zelenskyy that the first tranche of the G7 loan has been disbursed. President Zelenskyy thanked the European Union for its unwavering support.",
        "title": "Readout of the videoconference between President von der Leyen and President Zelenskyy",
        "date": dt.date(2024, 12, 3),
        "kind": Kind.VIDEO_CALL,
        "initiator": None,
        "participants": [
            ("Ursula von der Leyen", "President", ...),
            ("Volodymyr Zelenskyy", "President", ...),
        ],
        "statements": [
            (("Ursula von der Leyen",), "informed", ["The President informed President Zelenskyy"]),
            (("Volodymyr Zelenskyy",), "thanked", ["President Zelenskyy thanked"]),
        ],
    },
    "un_sg_phone_today": {
        "text": "Readout of the Secretary-General's phone call with President Emmanuel Macron of France\n\nNew York, 11 November 2024\n\nSecretary-General António Guterres spoke by phone today with President Emmanuel Macron of France. They discussed the situation in Lebanon and the preparations for the United Nations Ocean Conference in Nice. The Secretary-General expressed his appreciation for France's support to UNIFIL.",
        "title": "Readout of the Secretary-General's phone call with President Emmanuel Macron of France",
        "date": dt.date(2024, 11, 11),
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [
            ("António Guterres", "Secretary-General", ...),
            ("Emmanuel Macron", "President", "FR"),
        ],
        "statements": [
            (
                ("António Guterres", "Emmanuel Macron"),
                "discussed",
                ["They discussed the situation in Lebanon"],
            ),
            (("António Guterres",), "expressed", ["The Secretary-General expressed"]),
        ],
    },
    "elysee_english_meeting": {
        "text": "Meeting between President Emmanuel Macron and President William Ruto of Kenya\n\nPublished on 10 February 2025\n\nPresident Emmanuel Macron received President William Ruto of Kenya at the Élysée Palace today. The two Presidents welcomed the strengthening of the partnership between France and Kenya. President Macron underlined France's commitment to the stability of the Horn of Africa.",
        "title": "Meeting between President Emmanuel Macron and President William Ruto of Kenya",
        "date": dt.date(2025, 2, 10),
        "kind": Kind.MEETING,
        "initiator": None,
        "participants": [
            ("Emmanuel Macron", "President", ...),
            ("William Ruto", "President", "KE"),
        ],
        "statements": [
            (("Emmanuel Macron", "William Ruto"), "welcomed", ["The two Presidents welcomed"]),
            (("Emmanuel Macron",), "underlined", ["President Macron underlined"]),
        ],
    },
    "bundeskanzler_video": {
        "text": "Chancellor Scholz holds video conference with President Biden\n\nBerlin, Tuesday, 8 February 2022\n\nFederal Chancellor Olaf Scholz held a video conference with US President Joe Biden this afternoon. The two leaders stressed their close coordination on the situation at the Ukrainian border.",
        "title": "Chancellor Scholz holds video conference with President Biden",
        "date": dt.date(2022, 2, 8),
        "kind": Kind.VIDEO_CALL,
        "initiator": None,
        "participants": [
            ("Olaf Scholz", "Federal Chancellor", ...),
            ("Joe Biden", "President", "US"),
        ],
        "statements": [(("Joe Biden", "Olaf Scholz"), "stressed", ["The two leaders stressed"])],
        "topics": {"ukraine"},
    },
    "chigi_trilateral": {
        "text": "Meeting between President Meloni, Prime Minister Mitsotakis and President Christodoulides\n\n15 May 2025\n\nThe President of the Council of Ministers, Giorgia Meloni, met today at Palazzo Chigi with the Prime Minister of Greece, Kyriakos Mitsotakis, and the President of Cyprus, Nikos Christodoulides. The three leaders discussed energy interconnections in the Eastern Mediterranean.",
        "title": "Meeting between President Meloni, Prime Minister Mitsotakis and President Christodoulides",
        "date": dt.date(2025, 5, 15),
        "kind": Kind.MEETING,
        "initiator": None,
        "participants": [
            ("Giorgia Meloni", "President of the Council of Ministers", ...),
            ("Kyriakos Mitsotakis", "Prime Minister", "GR"),
            ("Nikos Christodoulides", "President", "CY"),
        ],
        "statements": [
            (
                ("Giorgia Meloni", "Kyriakos Mitsotakis", "Nikos Christodoulides"),
                "discussed",
                ["The three leaders discussed"],
            )
        ],
        "topics": {"energy"},
    },
    "nz_foreign_minister": {
        "text": "Peters meets Chinese Foreign Minister\n\n18 March 2024\n\nForeign Minister Winston Peters met with Chinese Foreign Minister Wang Yi in Wellington today. Mr Peters raised New Zealand's concerns about human rights in Xinjiang and Hong Kong. The two Ministers agreed that trade remains a cornerstone of the relationship.",
        "title": "Peters meets Chinese Foreign Minister",
        "date": dt.date(2024, 3, 18),
        "kind": Kind.MEETING,
        "initiator": None,
        "participants": [
            ("Winston Peters", "Foreign Minister", ...),
            ("Wang Yi", "Foreign Minister", "CN"),
        ],
        "statements": [
            (("Winston Peters",), "raised", ["Mr Peters raised"]),
            (("Wang Yi", "Winston Peters"), "agreed", ["The two Ministers agreed"]),
        ],
        "topics": {"hong_kong", "human_rights", "trade", "xinjiang"},
    },
    "pmo_singapore_meeting": {
        "text": "PM Wong meets Indonesian President Prabowo\n\nSingapore, 16 June 2025\n\nPrime Minister Lawrence Wong met President Prabowo Subianto of Indonesia at the Istana today for the Leaders' Retreat. The two leaders witnessed the exchange of agreements on energy and food security. PM Wong said Singapore and Indonesia are natural partners.",
        "title": "PM Wong meets Indonesian President Prabowo",
        "date": dt.date(2025, 6, 16),
        "kind": Kind.MEETING,
        "initiator": None,
        "participants": [
            ("Lawrence Wong", "Prime Minister", ...),
            ("Prabowo Subianto", "President", "ID"),
        ],
        "statements": [(("Lawrence Wong",), "said", ["PM Wong said Singapore"])],
        "topics": {"energy", "food_security"},
    },
    "iran_president_met": {
        "text": "President Pezeshkian meets Armenian Prime Minister in Yerevan\n\nYerevan, 18 August 2025\n\nPresident Masoud Pezeshkian met with Prime Minister Nikol Pashinyan of Armenia today. Pezeshkian said Iran opposes any change to the internationally recognised borders of the region. Pashinyan assured the Iranian President that Armenia will retain sovereignty over its roads.",
        "title": "President Pezeshkian meets Armenian Prime Minister in Yerevan",
        "date": dt.date(2025, 8, 18),
        "kind": Kind.MEETING,
        "initiator": None,
        "participants": [
            ("Masoud Pezeshkian", "President", ...),
            ("Nikol Pashinyan", "Prime Minister", "AM"),
        ],
        "statements": [
            (("Masoud Pezeshkian",), "said", ["Pezeshkian said Iran"]),
            (("Nikol Pashinyan",), "assured", ["Pashinyan assured the Iranian"]),
        ],
    },
    "mexico_video": {
        "text": "President Sheinbaum holds virtual meeting with Prime Minister Carney\n\n5 May 2025\n\nPresident Claudia Sheinbaum held a virtual meeting today with Canadian Prime Minister Mark Carney. Sheinbaum and Carney agreed to strengthen the relationship between Mexico and Canada in the face of US tariffs.",
        "title": "President Sheinbaum holds virtual meeting with Prime Minister Carney",
        "date": dt.date(2025, 5, 5),
        "kind": Kind.VIDEO_CALL,
        "initiator": None,
        "participants": [
            ("Claudia Sheinbaum", "President", ...),
            ("Mark Carney", "Prime Minister", "CA"),
        ],
        "statements": [
            (("Claudia Sheinbaum", "Mark Carney"), "agreed", ["Sheinbaum and Carney agreed"])
        ],
        "topics": {"trade"},
    },
    "kenya_call_today": {
        "text": "President Ruto speaks with Chinese President Xi\n\nState House, Nairobi\n\nSunday, 7 September 2025\n\nPresident William Ruto today held a phone conversation with President Xi Jinping of China. President Ruto thanked President Xi for China's support to the Standard Gauge Railway extension. The two leaders agreed to reduce the trade imbalance between Kenya and China.",
        "title": "President Ruto speaks with Chinese President Xi",
        "date": dt.date(2025, 9, 7),
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [("William Ruto", "President", ...), ("Xi Jinping", "President", "CN")],
        "statements": [
            (("William Ruto",), "thanked", ["President Ruto thanked"]),
            (("William Ruto", "Xi Jinping"), "agreed", ["The two leaders agreed"]),
        ],
        "topics": {"trade"},
    },
    "ethiopia_received_at_palace": {
        "text": "PM Abiy receives Italian Prime Minister Meloni\n\nAddis Ababa, 14 April 2023\n\nPrime Minister Abiy Ahmed today received Prime Minister Giorgia Meloni of Italy at the National Palace. The two leaders discussed the Ethiopian peace process and Italy's development cooperation. PM Abiy appreciated Italy's continued partnership.",
        "title": "PM Abiy receives Italian Prime Minister Meloni",
        "date": dt.date(2023, 4, 14),
        "kind": Kind.MEETING,
        "initiator": None,
        "participants": [
            ("Abiy Ahmed", "Prime Minister", ...),
            ("Giorgia Meloni", "Prime Minister", "IT"),
        ],
        "statements": [
            (("Abiy Ahmed", "Giorgia Meloni"), "discussed", ["The two leaders discussed"]),
            (("Abiy Ahmed",), "appreciated", ["PM Abiy appreciated"]),
        ],
        "topics": {"economy"},
    },
    "pk_mofa_call": {
        "text": "Press Release\n\nPrime Minister Shehbaz Sharif's Telephone Call with the President of Azerbaijan\n\nIslamabad, 21 May 2025\n\nPrime Minister Muhammad Shehbaz Sharif spoke today with President Ilham Aliyev of the Republic of Azerbaijan. The Prime Minister thanked President Aliyev for Azerbaijan's steadfast support. The two leaders agreed to fast-track the implementation of investment projects.",
        "title": "Prime Minister Shehbaz Sharif's Telephone Call with the President of Azerbaijan",
        "date": dt.date(2025, 5, 21),
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [
            ("Muhammad Shehbaz Sharif", "Prime Minister", ...),
            ("Ilham Aliyev", "President", "AZ"),
        ],
        "statements": [
            (("Muhammad Shehbaz Sharif",), "thanked", ["The Prime Minister thanked"]),
            (("Ilham Aliyev", "Muhammad Shehbaz Sharif"), "agreed", ["The two leaders agreed"]),
        ],
        "topics": {"economy"},
    },
    "ukraine_office_meeting_defence": {
        "text": "President of Ukraine met with the Minister of Defence of Germany\n\n14 January 2025 - 17:40\n\nPresident of Ukraine Volodymyr Zelensky met with Federal Minister of Defence of Germany Boris Pistorius in Kyiv. The President thanked Germany for the IRIS-T systems. Volodymyr Zelensky and Boris Pistorius discussed joint production of drones.",
        "title": "President of Ukraine met with the Minister of Defence of Germany",
        "date": None,
        "kind": Kind.MEETING,
        "initiator": None,
        "participants": [
            ("Volodymyr Zelensky", "President", "UA"),
            ("Boris Pistorius", "Federal Minister of Defence", "DE"),
        ],
        "statements": [
            (("Volodymyr Zelensky",), "thanked", ["The President thanked Germany"]),
            (
                ("Boris Pistorius", "Volodymyr Zelensky"),
                "discussed",
                ["Volodymyr Zelensky and Boris Pistorius"],
            ),
        ],
    },
    "poland_fm": {
        "text": "Minister Sikorski talks with Secretary of State Rubio\n\nWarsaw, 3 April 2025\n\nDeputy Prime Minister and Minister of Foreign Affairs Radosław Sikorski spoke by phone today with US Secretary of State Marco Rubio. Minister Sikorski stressed that Poland spends almost five percent of GDP on defence.",
        "title": "Minister Sikorski talks with Secretary of State Rubio",
        "date": dt.date(2025, 4, 3),
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [
            ("Radosław Sikorski", "Deputy Prime Minister and Minister of Foreign Affairs", ...),
            ("Marco Rubio", "Secretary of State", "US"),
        ],
        "statements": [(("Radosław Sikorski",), "stressed", ["Minister Sikorski stressed"])],
    },
    "vna_talks": {
        "text": "Vietnamese, Lao Prime Ministers hold talks in Hanoi\n\nHanoi (VNA) - Prime Minister Pham Minh Chinh held talks with Lao Prime Minister Sonexay Siphandone in Hanoi on January 9, 2025. PM Chinh affirmed that Viet Nam always attaches importance to the special relationship with Laos. PM Sonexay thanked Viet Nam for its support in the Laos-Viet Nam railway project.",
        "title": "Vietnamese, Lao Prime Ministers hold talks in Hanoi",
        "date": dt.date(2025, 1, 9),
        "kind": Kind.MEETING,
        "initiator": None,
        "participants": [
            ("Pham Minh Chinh", "Prime Minister", ...),
            ("Sonexay Siphandone", "Prime Minister", "LA"),
        ],
        "statements": [
            (("Pham Minh Chinh",), "affirmed", ["PM Chinh affirmed"]),
            (("Sonexay Siphandone",), "thanked", ["PM Sonexay thanked"]),
        ],
    },
    "sg_mfa_fm": {
        "text": "Minister for Foreign Affairs Dr Vivian Balakrishnan's Call with Indian External Affairs Minister Dr S. Jaishankar\n\n10 March 2025\n\nMinister for Foreign Affairs Dr Vivian Balakrishnan spoke with Indian External Affairs Minister Dr S. Jaishankar today. Both Ministers reaffirmed the strong bilateral relations between Singapore and India. They agreed to continue working together on semiconductors and digital connectivity.",
        "title": "Minister for Foreign Affairs Dr Vivian Balakrishnan's Call with Indian External Affairs Minister Dr S. Jaishankar",
        "date": dt.date(2025, 3, 10),
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [
            ("Vivian Balakrishnan", "Minister for Foreign Affairs", ...),
            ("S. Jaishankar", "External Affairs Minister", "IN"),
        ],
        "statements": [
            (("S. Jaishankar", "Vivian Balakrishnan"), "reaffirmed", ["Both Ministers reaffirmed"]),
            (("S. Jaishankar", "Vivian Balakrishnan"), "agreed", ["They agreed to continue"]),
        ],
        "topics": {"technology"},
    },
    "irna_phone": {
        "text": "Pezeshkian, Putin discuss regional developments in phone call\n\nTehran, IRNA -- Iranian President Masoud Pezeshkian and his Russian counterpart Vladimir Putin discussed the latest regional developments in a phone call on Monday. Pezeshkian said Iran has never sought war. Putin expressed Russia's readiness to help resolve the crisis through diplomatic means.",
        "title": "Pezeshkian, Putin discuss regional developments in phone call",
        "date": None,
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [("Masoud Pezeshkian", "President", "IR"), ("Vladimir Putin", ..., "RU")],
        "statements": [
            (
                ("Masoud Pezeshkian", "Vladimir Putin"),
                "discussed",
                ["Iranian President Masoud Pezeshkian"],
            ),
            (("Masoud Pezeshkian",), "said", ["Pezeshkian said Iran"]),
            (("Vladimir Putin",), "expressed", ["Putin expressed Russia's"]),
        ],
    },
    "ua_fm_call": {
        "text": "Andrii Sybiha held a phone conversation with Foreign Minister of Japan Takeshi Iwaya\n\n12 February 2025 - 11:15\n\nMinister of Foreign Affairs of Ukraine Andrii Sybiha had a phone conversation with Foreign Minister of Japan Takeshi Iwaya. The Minister thanked Japan for its support in the restoration of Ukraine's energy system. The ministers also discussed the preparations for the Ukraine Recovery Conference.",
        "title": "Andrii Sybiha held a phone conversation with Foreign Minister of Japan Takeshi Iwaya",
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [
            ("Andrii Sybiha", "Minister of Foreign Affairs", "UA"),
            ("Takeshi Iwaya", "Foreign Minister", "JP"),
        ],
        "statements": [
            (("Andrii Sybiha",), "thanked", ["The Minister thanked Japan"]),
            (("Andrii Sybiha", "Takeshi Iwaya"), "discussed", ["The ministers also discussed"]),
        ],
    },
    "pl_president_call": {
        "text": "President Nawrocki spoke with President Trump\n\n2 September 2025\n\nPresident Karol Nawrocki held a telephone conversation today with President Donald Trump of the United States. The presidents discussed the presence of American troops in Poland. President Nawrocki invited President Trump to visit Warsaw.",
        "title": "President Nawrocki spoke with President Trump",
        "date": dt.date(2025, 9, 2),
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [("Karol Nawrocki", "President", ...), ("Donald Trump", "President", "US")],
        "statements": [
            (("Donald Trump", "Karol Nawrocki"), "discussed", ["The presidents discussed"]),
            (("Karol Nawrocki",), "invited", ["President Nawrocki invited"]),
        ],
        "topics": {"defense", "visits"},
    },
    "mexico_relay_first_person": {
        "text": "Mexico City, 31 January 2025\n\nPresident Claudia Sheinbaum spoke by telephone this morning with President Donald Trump of the United States. “We agreed to work together on security and migration,” the President said. She added that the tariffs would be paused for one month.",
        "title": None,
        "date": dt.date(2025, 1, 31),
        "kind": Kind.PHONE_CALL,
        "initiator": None,
        "participants": [
            ("Claudia Sheinbaum", "President", ...),
            ("Donald Trump", "President", "US"),
        ],
        "statements": [
            (("Claudia Sheinbaum",), "said", ["“We agreed to work together"]),
            (("Claudia Sheinbaum",), "added", ["She added that the tariffs"]),
        ],
        "topics": {"migration", "trade"},
    },
    "kz_fm_meeting": {
        "text": "Kazakh Foreign Minister meets with Chinese counterpart\n\nAstana, 18 June 2025\n\nMinister of Foreign Affairs of Kazakhstan Murat Nurtleu met with Minister of Foreign Affairs of China Wang Yi today. The sides discussed preparations for the upcoming state visit of President Xi Jinping to Kazakhstan.",
        "title": "Kazakh Foreign Minister meets with Chinese counterpart",
        "date": dt.date(2025, 6, 18),
        "kind": Kind.MEETING,
        "initiator": None,
        "participants": [
            ("Murat Nurtleu", "Minister of Foreign Affairs", "KZ"),
            ("Wang Yi", "Minister of Foreign Affairs", "CN"),
        ],
        "statements": [(("Murat Nurtleu", "Wang Yi"), "discussed", ["The sides discussed"])],
        "topics": {"visits"},
    },
    "bernama_video": {
        "text": "Anwar, Albanese hold virtual meeting\n\nPUTRAJAYA, March 10, 2025 (Bernama) -- Prime Minister Anwar Ibrahim today held a virtual meeting with Australian Prime Minister Anthony Albanese. Anwar said Malaysia welcomed Australian investment in the energy transition.",
        "title": "Anwar, Albanese hold virtual meeting",
        "date": dt.date(2025, 3, 10),
        "kind": Kind.VIDEO_CALL,
        "initiator": None,
        "participants": [
            ("Anwar Ibrahim", "Prime Minister", ...),
            ("Anthony Albanese", "Prime Minister", "AU"),
        ],
        "statements": [(("Anwar Ibrahim",), "said", ["Anwar said Malaysia"])],
        "topics": {"climate", "economy", "energy"},
    },
    "argentina_fm": {
        "text": "Foreign Minister Werthein met with Secretary of State Blinken\n\nWashington, 10 September 2024\n\nForeign Minister Gerardo Werthein met with US Secretary of State Antony Blinken in Washington today. Werthein highlighted Argentina's economic reforms and the opportunities for American investment in lithium.",
        "title": "Foreign Minister Werthein met with Secretary of State Blinken",
        "date": dt.date(2024, 9, 10),
        "kind": Kind.MEETING,
        "initiator": None,
        "participants": [
            ("Gerardo Werthein", "Foreign Minister", ...),
            ("Antony Blinken", "Secretary of State", "US"),
        ],
        "statements": [(("Gerardo Werthein",), "highlighted", ["Werthein highlighted"])],
        "topics": {"economy"},
    },
}


@cache
def parsed(name: str) -> Readout:
    return readoutmodel.parse(CASES[name]["text"])


def having(field: str) -> list[str]:
    return [name for name, case in CASES.items() if field in case]


@pytest.mark.parametrize("name", having("title"))
def test_title(name: str) -> None:
    """The headline is read as it stands, site names and datelines around it left out."""
    assert parsed(name).title == CASES[name]["title"]


@pytest.mark.parametrize("name", having("date"))
def test_date(name: str) -> None:
    """The day of the engagement, a relative day resolved against a date the text gives."""
    assert parsed(name).date == CASES[name]["date"]


@pytest.mark.parametrize("name", having("kind"))
def test_kind(name: str) -> None:
    """Telephone, video and in-person engagements, and joint statements, are told apart."""
    assert parsed(name).kind == CASES[name]["kind"]


@pytest.mark.parametrize("name", having("initiator"))
def test_initiator(name: str) -> None:
    """The side that called, asked or invited is the initiator; hosting alone is not."""
    initiator = parsed(name).initiator
    assert (initiator.name if initiator else None) == CASES[name]["initiator"]


@pytest.mark.parametrize("name", having("participants"))
def test_participants(name: str) -> None:
    """The principals, in the order first named, with styles dropped from names."""
    expected = CASES[name]["participants"]
    got = [(p.name, p.title, p.country) for p in parsed(name).participants]
    masked = [
        tuple(... if want is ... else have for want, have in zip(row, person, strict=True))
        for row, person in zip(expected, got, strict=False)
    ]
    assert len(got) == len(expected), got
    assert masked == expected


@pytest.mark.parametrize("name", having("statements"))
def test_statements(name: str) -> None:
    """Each attribution: its speakers, its verb as written, and the sentences it covers."""
    readout = parsed(name)
    got = [
        (
            tuple(sorted(p.name for p in s.speakers)),
            s.verb,
            [readout.text[span.start : span.end] for span in s.sentences],
        )
        for s in readout.statements
    ]
    assert len(got) == len(CASES[name]["statements"]), got
    for (speakers, verb, anchors), (have_speakers, have_verb, sentences) in zip(
        CASES[name]["statements"], got, strict=True
    ):
        assert (have_speakers, have_verb) == (speakers, verb)
        assert [s[: len(a)] for a, s in zip(anchors, sentences, strict=False)] == anchors
        assert len(sentences) == len(anchors), sentences


@pytest.mark.parametrize("name", having("topics"))
def test_topics(name: str) -> None:
    """The core topics the body raises, and no others from the core list."""
    got = {t.id for t in parsed(name).topics} & CORE_TOPICS
    assert got == CASES[name]["topics"]
