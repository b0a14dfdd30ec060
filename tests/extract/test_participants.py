"""Participants: the principals who talked or met, with name, office and country."""

from __future__ import annotations

import pytest

import readoutmodel
from readoutmodel.cast import name_words, relays
from readoutmodel.patterns import Grammar

AFTER = " The two leaders discussed bilateral relations."
LI_WEN = ("Li Wen", "Foreign Minister", None)


def _people(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.title, p.country) for p in readoutmodel.parse(text).participants]


class TestNamesOfficesCountries:
    """Every form in which readouts name a principal gives the name, the office and the country."""

    @pytest.mark.parametrize(
        ("scene", "expected"),
        [
            # an office posted to a country, which is not the holder's
            (
                "Foreign Minister Li Wen met with UN Special Envoy for Syria Lars Holm in Beijing.",
                [
                    ("Li Wen", "Foreign Minister", None),
                    ("Lars Holm", "Special Envoy for Syria", "UN"),
                ],
            ),
            (
                "Foreign Minister Li Wen met with U.S. Ambassador to China Tom Hale in Beijing.",
                [("Li Wen", "Foreign Minister", None), ("Tom Hale", "Ambassador to China", "US")],
            ),
            # an office that is also a given name, after another office
            (
                "Prime Minister Dan Cohen met with Defense Minister Amir Levi and Minister of"
                " Industry Sultan Al Mansoori of the United Arab Emirates.",
                [
                    ("Dan Cohen", "Prime Minister", None),
                    ("Amir Levi", "Defense Minister", None),
                    ("Sultan Al Mansoori", "Minister of Industry", "AE"),
                ],
            ),
            # offices of international bodies and of armed forces
            (
                "Foreign Minister Li Wen met with WTO Director-General Ada Obi in Geneva.",
                [("Li Wen", "Foreign Minister", None), ("Ada Obi", "Director-General", None)],
            ),
            (
                "Prime Minister Ali Khan met Chief of Army Staff General Asim Raza.",
                [("Ali Khan", "Prime Minister", None), ("Asim Raza", "Chief of Army Staff", None)],
            ),
            # office before the name, country after it
            (
                "President Andrzej Duda of Poland spoke with President Gitanas Nauseda of"
                " Lithuania.",
                [("Andrzej Duda", "President", "PL"), ("Gitanas Nauseda", "President", "LT")],
            ),
            (
                "Prime Minister Kyriakos Mitsotakis of Greece met with President Nikos"
                " Christodoulides of Cyprus.",
                [
                    ("Kyriakos Mitsotakis", "Prime Minister", "GR"),
                    ("Nikos Christodoulides", "President", "CY"),
                ],
            ),
            (
                "Prime Minister Anwar Ibrahim of Malaysia met with President Joko Widodo of"
                " Indonesia.",
                [("Anwar Ibrahim", "Prime Minister", "MY"), ("Joko Widodo", "President", "ID")],
            ),
            (
                "President William Ruto of Kenya spoke with President Bola Ahmed Tinubu of"
                " Nigeria.",
                [("William Ruto", "President", "KE"), ("Bola Ahmed Tinubu", "President", "NG")],
            ),
            (
                "Prime Minister Petteri Orpo of Finland met with Prime Minister Ulf Kristersson"
                " of Sweden.",
                [
                    ("Petteri Orpo", "Prime Minister", "FI"),
                    ("Ulf Kristersson", "Prime Minister", "SE"),
                ],
            ),
            (
                "President Kais Saied of Tunisia received Prime Minister Giorgia Meloni of Italy.",
                [("Kais Saied", "President", "TN"), ("Giorgia Meloni", "Prime Minister", "IT")],
            ),
            (
                "President Shavkat Mirziyoyev of Uzbekistan held a telephone conversation with"
                " President Sadyr Japarov of Kyrgyzstan.",
                [("Shavkat Mirziyoyev", "President", "UZ"), ("Sadyr Japarov", "President", "KG")],
            ),
            (
                "President Tayyip Erdogan of Türkiye met with Prime Minister Nikol Pashinyan of"
                " Armenia.",
                [
                    ("Tayyip Erdogan", "President", "TR"),
                    ("Nikol Pashinyan", "Prime Minister", "AM"),
                ],
            ),
            (
                "Prime Minister Ana Brnabić of Serbia met President Ilham Aliyev of Azerbaijan.",
                [("Ana Brnabić", "Prime Minister", "RS"), ("Ilham Aliyev", "President", "AZ")],
            ),
            (
                "President Cyril Ramaphosa of the Republic of South Africa spoke with President Xi"
                " Jinping of the People's Republic of China.",
                [("Cyril Ramaphosa", "President", "ZA"), ("Xi Jinping", "President", "CN")],
            ),
            # demonym before the office
            (
                "Swiss President Alain Berset spoke with Austrian Chancellor Karl Nehammer.",
                [("Alain Berset", "President", "CH"), ("Karl Nehammer", "Chancellor", "AT")],
            ),
            (
                "Brazilian President Luiz Inácio Lula da Silva met with Argentine President"
                " Javier Milei.",
                [
                    ("Luiz Inácio Lula da Silva", "President", "BR"),
                    ("Javier Milei", "President", "AR"),
                ],
            ),
            (
                "Vietnamese Prime Minister Pham Minh Chinh held talks with Lao Prime Minister"
                " Sonexay Siphandone.",
                [
                    ("Pham Minh Chinh", "Prime Minister", "VN"),
                    ("Sonexay Siphandone", "Prime Minister", "LA"),
                ],
            ),
            (
                "Mexican President Andrés Manuel López Obrador spoke with Guatemalan President"
                " Bernardo Arévalo.",
                [
                    ("Andrés Manuel López Obrador", "President", "MX"),
                    ("Bernardo Arévalo", "President", "GT"),
                ],
            ),
            (
                "Kazakh President Kassym-Jomart Tokayev held talks with Mongolian President"
                " Ukhnaagiin Khurelsukh.",
                [
                    ("Kassym-Jomart Tokayev", "President", "KZ"),
                    ("Ukhnaagiin Khurelsukh", "President", "MN"),
                ],
            ),
            # office "of COUNTRY" before the name (Kremlin style)
            (
                "President of the Republic of Kazakhstan Kassym-Jomart Tokayev met with President"
                " of the People's Republic of China Xi Jinping.",
                [("Kassym-Jomart Tokayev", "President", "KZ"), ("Xi Jinping", "President", "CN")],
            ),
            (
                "Minister of Foreign Affairs of the Republic of Türkiye Hakan Fidan met with"
                " Secretary of State Marco Rubio.",
                [
                    ("Hakan Fidan", "Minister of Foreign Affairs", "TR"),
                    ("Marco Rubio", "Secretary of State", "US"),
                ],
            ),
            # name, then the office in apposition (India, Japan, Africa)
            (
                "Mr. Kishida, Prime Minister of Japan, held a meeting with Mr. Anthony Albanese,"
                " Prime Minister of Australia.",
                [("Kishida", "Prime Minister", "JP"), ("Anthony Albanese", "Prime Minister", "AU")],
            ),
            (
                "Ms. Penny Wong, Minister for Foreign Affairs of Australia, met with Mr. Wang Yi,"
                " Foreign Minister of China.",
                [
                    ("Penny Wong", "Minister for Foreign Affairs", "AU"),
                    ("Wang Yi", "Foreign Minister", "CN"),
                ],
            ),
            (
                "Dr. Mohamed Muizzu, President of Maldives, met Prime Minister Shri Narendra Modi.",
                [("Mohamed Muizzu", "President", "MV"), ("Narendra Modi", "Prime Minister", "IN")],
            ),
            (
                "H.E. Mr. Cyril Ramaphosa, President of the Republic of South Africa, met Prime"
                " Minister Shri Narendra Modi.",
                [("Cyril Ramaphosa", "President", "ZA"), ("Narendra Modi", "Prime Minister", "IN")],
            ),
            (
                "His Excellency Mr. Emmanuel Macron, President of the French Republic, held talks"
                " with His Majesty King Mohammed VI.",
                [("Emmanuel Macron", "President", "FR"), ("Mohammed VI", "King", "MA")],
            ),
            (
                "Mr. Olaf Scholz, Federal Chancellor of the Federal Republic of Germany, spoke with"
                " Ms. Giorgia Meloni, President of the Council of Ministers of Italy.",
                [
                    ("Olaf Scholz", "Federal Chancellor", "DE"),
                    ("Giorgia Meloni", "President of the Council of Ministers", "IT"),
                ],
            ),
            (
                "Sheikh Tamim bin Hamad Al Thani, the Amir of the State of Qatar, received a phone"
                " call from President Joe Biden.",
                [
                    ("Sheikh Tamim bin Hamad Al Thani", "Amir", "QA"),
                    ("Joe Biden", "President", "US"),
                ],
            ),
            # honorifics and styles are dropped; "Sheikh" stays when never dropped in the text
            (
                "His Majesty King Abdullah II of Jordan received a phone call from President"
                " Emmanuel Macron of France.",
                [("Abdullah II", "King", "JO"), ("Emmanuel Macron", "President", "FR")],
            ),
            (
                "Crown Prince Mohammed bin Salman of Saudi Arabia spoke with President Joe Biden"
                " of the United States.",
                [
                    ("Mohammed bin Salman", "Crown Prince", "SA"),
                    ("Joe Biden", "President", "US"),
                ],
            ),
            # an office glossed in brackets before the name
            (
                "Raksha Mantri (Defence Minister) Arjun Mehra held talks with Defence Minister"
                " Piotr Zalewski of Poland.",
                [
                    ("Arjun Mehra", "Raksha Mantri", "IN"),
                    ("Piotr Zalewski", "Defence Minister", "PL"),
                ],
            ),
            (
                "Prime Minister Dana Levin spoke with the Crown Prince of Abu Dhabi Sheikh Khalid"
                " bin Saif Al Mansoori.",
                [
                    ("Dana Levin", "Prime Minister", None),
                    ("Sheikh Khalid bin Saif Al Mansoori", "Crown Prince", "AE"),
                ],
            ),
            (
                "Emir Sheikh Tamim bin Hamad Al Thani of Qatar received a call from President"
                " Joe Biden.",
                [
                    ("Sheikh Tamim bin Hamad Al Thani", "Emir", "QA"),
                    ("Joe Biden", "President", "US"),
                ],
            ),
            (
                "External Affairs Minister Dr. S. Jaishankar met with Foreign Secretary David"
                " Cameron of the United Kingdom.",
                [
                    ("S. Jaishankar", "External Affairs Minister", "IN"),
                    ("David Cameron", "Foreign Secretary", "GB"),
                ],
            ),
            # several offices, former and acting offices, other titles
            (
                "PRC State Councilor and Foreign Minister Wang Yi held talks with Secretary of"
                " State Antony J. Blinken.",
                [
                    ("Wang Yi", "State Councilor and Foreign Minister", "CN"),
                    ("Antony J. Blinken", "Secretary of State", "US"),
                ],
            ),
            (
                "Former President Donald Trump met with Prime Minister Viktor Orban of Hungary.",
                [
                    ("Donald Trump", "Former President", "US"),
                    ("Viktor Orban", "Prime Minister", "HU"),
                ],
            ),
            (
                "Vice President Kamala Harris met with President Andrés Manuel López Obrador of"
                " Mexico.",
                [
                    ("Kamala Harris", "Vice President", "US"),
                    ("Andrés Manuel López Obrador", "President", "MX"),
                ],
            ),
            (
                "Taoiseach Leo Varadkar spoke with First Minister Nicola Sturgeon.",
                [("Leo Varadkar", "Taoiseach", "IE"), ("Nicola Sturgeon", "First Minister", None)],
            ),
            (
                "King Philippe of Belgium received Grand Duke Henri of Luxembourg.",
                [("Philippe", "King", "BE"), ("Henri", "Grand Duke", "LU")],
            ),
            # international organisations
            (
                "NATO Secretary General Jens Stoltenberg met with Prime Minister Ulf Kristersson of"
                " Sweden.",
                [
                    ("Jens Stoltenberg", "Secretary General", "NATO"),
                    ("Ulf Kristersson", "Prime Minister", "SE"),
                ],
            ),
            (
                "European Commission President Ursula von der Leyen spoke with Prime Minister Denys"
                " Shmyhal of Ukraine.",
                [
                    ("Ursula von der Leyen", "President", "EU"),
                    ("Denys Shmyhal", "Prime Minister", "UA"),
                ],
            ),
            (
                "UN Secretary-General António Guterres spoke with President Abdel Fattah El-Sisi of"
                " Egypt.",
                [
                    ("António Guterres", "Secretary-General", "UN"),
                    ("Abdel Fattah El-Sisi", "President", "EG"),
                ],
            ),
            (
                "European Council President Charles Michel met with President Aleksandar Vucic of"
                " Serbia.",
                [("Charles Michel", "President", "EU"), ("Aleksandar Vucic", "President", "RS")],
            ),
            # hyphenated and particle names
            (
                "Prime Minister Mette Frederiksen of Denmark spoke with President Frank-Walter"
                " Steinmeier of Germany.",
                [
                    ("Mette Frederiksen", "Prime Minister", "DK"),
                    ("Frank-Walter Steinmeier", "President", "DE"),
                ],
            ),
            (
                "Prime Minister Jacinda Ardern spoke with Prime Minister Prayut Chan-o-cha of"
                " Thailand.",
                [
                    ("Jacinda Ardern", "Prime Minister", "NZ"),
                    ("Prayut Chan-o-cha", "Prime Minister", "TH"),
                ],
            ),
            (
                "President Lee Jae-myung of the Republic of Korea held a phone call with President"
                " Donald J. Trump.",
                [("Lee Jae-myung", "President", "KR"), ("Donald J. Trump", "President", "US")],
            ),
            (
                "Foreign Minister Wang Yi met with Foreign Minister of the Republic of Korea Cho"
                " Tae-yul.",
                [("Wang Yi", "Foreign Minister", "CN"), ("Cho Tae-yul", "Foreign Minister", "KR")],
            ),
            # a surname alone, when the text gives no more
            (
                "Prime Minister Sunak spoke to Chancellor Scholz this morning.",
                [("Sunak", "Prime Minister", "GB"), ("Scholz", "Chancellor", "DE")],
            ),
            (
                "Secretary Blinken met with Foreign Minister Choe Son Hui of the DPRK.",
                [("Blinken", "Secretary", "US"), ("Choe Son Hui", "Foreign Minister", "KP")],
            ),
            # an office that serves another: the name after both is the first office's
            # holder, of the country of the second
            (
                "Wang Yi spoke with Diplomatic Advisor to the French President Claire Morel.",
                [("Wang Yi", None, "CN"), ("Claire Morel", "Diplomatic Advisor", "FR")],
            ),
            (
                "Wang Yi met Special Envoy of the President of Russia Oleg Pavlov.",
                [("Wang Yi", None, "CN"), ("Oleg Pavlov", "Special Envoy", "RU")],
            ),
            (
                "Wang Yi met Senior Adviser to the Prime Minister of Japan Kenji Mori.",
                [("Wang Yi", None, "CN"), ("Kenji Mori", "Senior Adviser", "JP")],
            ),
            (
                "Wang Yi met Claire Morel, Diplomatic Advisor to the French President.",
                [("Wang Yi", None, "CN"), ("Claire Morel", "Diplomatic Advisor", "FR")],
            ),
            # a body after "of the" is no office served: it stays in the title
            (
                "President Xi Jinping met President of the European Council Anna Kovac.",
                [
                    ("Xi Jinping", "President", "CN"),
                    ("Anna Kovac", "President of the European Council", "EU"),
                ],
            ),
        ],
    )
    def test_scene(self, scene: str, expected: list[tuple[str, str | None, str | None]]) -> None:
        """The scene names the principals, in order, each with its office and country."""
        assert _people(scene + AFTER) == expected


class TestWhoTakesPart:
    """Principals are the people who talked or met, not people merely mentioned."""

    def test_people_mentioned_in_the_body_are_not_participants(self) -> None:
        """A minister, a third leader or a spokesperson named in the body stays out."""
        text = (
            "Prime Minister Anthony Albanese spoke with President Joko Widodo. The Prime Minister"
            " noted that Foreign Minister Penny Wong would visit Jakarta next week. White House"
            " Press Secretary Karine Jean-Pierre was not on the call. The President welcomed"
            " President Zelenskyy's peace formula."
        )
        assert [name for name, _, _ in _people(text)] == ["Anthony Albanese", "Joko Widodo"]

    def test_spokesperson_preface_is_no_participant(self) -> None:
        """A State Department preface names a spokesperson who is no participant."""
        text = (
            "The below is attributable to Spokesperson Matthew Miller: Secretary of State Antony J."
            " Blinken spoke today with Foreign Minister Mélanie Joly of Canada. The Secretary"
            " thanked the Foreign Minister."
        )
        assert [name for name, _, _ in _people(text)] == ["Antony J. Blinken", "Mélanie Joly"]

    def test_several_participants(self) -> None:
        """All the leaders of a joint call are participants, in the order they are named."""
        text = (
            "President Joe Biden, Chancellor Olaf Scholz and President Emmanuel Macron held a call"
            " with Prime Minister Rishi Sunak. The leaders reaffirmed their support for Ukraine."
        )
        assert [name for name, _, _ in _people(text)] == [
            "Joe Biden",
            "Olaf Scholz",
            "Emmanuel Macron",
            "Rishi Sunak",
        ]

    def test_three_leaders_named_after_the_verb(self) -> None:
        """ "spoke to X and Y" makes both counterparts participants."""
        text = (
            "Prime Minister Keir Starmer spoke to Prime Minister Giorgia Meloni and President"
            " Emmanuel Macron this afternoon. The leaders discussed migration."
        )
        assert [name for name, _, _ in _people(text)] == [
            "Keir Starmer",
            "Giorgia Meloni",
            "Emmanuel Macron",
        ]

    def test_office_named_later(self) -> None:
        """ "The President spoke ..." is named by a later "President Biden"."""
        text = (
            "The President spoke today with Chancellor Olaf Scholz of Germany. President Biden"
            " thanked the Chancellor for Germany's leadership."
        )
        assert _people(text) == [("Biden", "President", "US"), ("Olaf Scholz", "Chancellor", "DE")]

    def test_fullest_name(self) -> None:
        """The fullest form the text gives is the name, wherever it stands."""
        text = (
            "Readout of President Biden's Call with Chancellor Scholz\n\nPresident Biden spoke"
            " today with Chancellor Olaf Scholz. The President thanked Chancellor Scholz."
        )
        assert [name for name, _, _ in _people(text)] == ["Biden", "Olaf Scholz"]

    def test_an_office_said_of_the_person_addressed_is_theirs(self) -> None:
        """A message to a bare name, the office after "as" said of her, and a later "President
        X" give one principal, named as fully as the text names her."""
        text = (
            "Xi Jinping Sends Congratulatory Message to Ana Ruiz\n\nOn June 2, 2025, President"
            " Xi Jinping sent a congratulatory message to Ana Ruiz, congratulating her on her"
            " inauguration as President of Chile. Xi said he is ready to work with President"
            " Ruiz."
        )
        assert _people(text) == [("Xi Jinping", "President", "CN"), ("Ana Ruiz", "President", "CL")]

    def test_an_office_is_named_by_the_holder_the_gazetteer_knows(self) -> None:
        """ "The President of the French Republic" of an Élysée readout is the Emmanuel
        Macron the body names later without an office."""
        text = (
            "Telephone call between the President of the Republic and the Prime Minister of"
            " India\n\nThe President of the French Republic spoke this afternoon with the Prime"
            " Minister of India, Narendra Modi. The two leaders discussed trade between France"
            " and India. Emmanuel Macron invited Narendra Modi to Paris."
        )
        readout = readoutmodel.parse(text)
        people = [(p.name, p.title, p.country) for p in readout.participants]
        assert people == [
            ("Emmanuel Macron", "President", "FR"),
            ("Narendra Modi", "Prime Minister", "IN"),
        ]
        assert [s.speakers[0].name for s in readout.statements][-1] == "Emmanuel Macron"

    def test_an_office_of_no_country_is_named_by_the_subject_the_gazetteer_knows(self) -> None:
        """ "The President of the Republic", of no country the text gives, is the holder
        of the office the gazetteer knows in a country no other principal is of, named as
        the subject of a verb; the issuer is that holder's."""
        text = (
            "Telephone call between the President of the Republic and the Prime Minister of"
            " India\n\nThe President of the Republic spoke this afternoon with the Prime"
            " Minister of India, Narendra Modi.\n\nEmmanuel Macron welcomed the progress of"
            " the defence partnership."
        )
        readout = readoutmodel.parse(text)
        assert [(p.name, p.country) for p in readout.participants] == [
            ("Emmanuel Macron", "FR"),
            ("Narendra Modi", "IN"),
        ]
        assert readout.issuer == "FR"
        assert [s.speakers[0].name for s in readout.statements] == ["Emmanuel Macron"]

    @pytest.mark.parametrize(
        "body",
        [
            # a subject joined to another, past an adverb
            "Emmanuel Macron and Narendra Modi also spoke about trade.",
            # the subject of a verb after a mention as an object
            "Narendra Modi thanked Emmanuel Macron for his hospitality. Emmanuel Macron"
            " highly appreciated the progress of the partnership.",
        ],
    )
    def test_the_holder_is_read_where_it_is_a_subject(self, body: str) -> None:
        """The gazetteer's holder of an office names it where it is the subject of a verb,
        wherever the text names it so: with another, past an adverb, after naming it as
        an object."""
        text = (
            "Telephone call between the President of the Republic and the Prime Minister of"
            " India\n\nThe President of the French Republic spoke this afternoon with the Prime"
            f" Minister of India, Narendra Modi.\n\n{body}"
        )
        assert [p.name for p in readoutmodel.parse(text).participants] == [
            "Emmanuel Macron",
            "Narendra Modi",
        ]

    def test_a_holder_named_in_what_was_said_names_no_office(self) -> None:
        """ "The leaders agreed that Benjamin Netanyahu should visit London": a holder of
        the office named in what was said is not the principal known only by it."""
        text = (
            "PM call with President Jane Roe: 12 October 2023\n\nThe Prime Minister spoke"
            " to President Jane Roe this afternoon.\n\nThe Prime Minister welcomed Israel's"
            " restraint. The leaders agreed that Benjamin Netanyahu should visit London."
        )
        names = [p.name for p in readoutmodel.parse(text).participants]
        assert "Benjamin Netanyahu" not in names
        assert len(names) == 2

    def test_a_holder_not_the_subject_of_a_verb_names_no_office_of_no_country(self) -> None:
        """A known holder the body names only in passing does not name an office of no
        country: "the visit of Emmanuel Macron" may be an earlier one's."""
        text = (
            "Telephone call between the President of the Republic and the Prime Minister of"
            " India\n\nThe President of the Republic spoke this afternoon with the Prime"
            " Minister of India, Narendra Modi. They recalled the visit of Emmanuel Macron."
        )
        assert [p.name for p in readoutmodel.parse(text).participants] == [
            "President of the Republic",
            "Narendra Modi",
        ]

    @pytest.mark.parametrize(
        "clause",
        [
            "following his meeting with US President Jane Roe",
            "ahead of President Ivan Petrenko's meeting with President Jane Roe",
            "after the President's talks with German Chancellor Jane Roe",
            "on the margins of a trilateral meeting with President Jane Roe",
        ],
    )
    def test_a_clause_of_another_engagement_adds_no_one(self, clause: str) -> None:
        """ "X spoke to Y this morning, following his meeting with Z": Z met X, or Y, at
        another time, and took no part in this call, which stays a call."""
        text = (
            "PM call with President Petrenko: 5 June 2023\n\nPrime Minister John Smith spoke"
            f" to President Ivan Petrenko this morning, {clause}.\n\nThe Prime Minister said"
            " the UK would continue its support."
        )
        readout = readoutmodel.parse(text)
        assert [p.name for p in readout.participants] == ["John Smith", "Ivan Petrenko"]
        assert readout.kind is readoutmodel.Kind.PHONE_CALL

    def test_a_visit_the_scene_happens_during_adds_no_one(self) -> None:
        """ "X met with Y during Prime Minister Z's visit to Washington": Z's visit is the
        occasion, and Z no participant; "spoke on the sidelines of the G7 Summit with Y"
        still names Y."""
        text = (
            "Secretary of State Tom Hale met today with Foreign Minister Ana Rao of India"
            " during Prime Minister Vikram Singh's visit to Washington. The Secretary welcomed"
            " the partnership."
        )
        assert [p.name for p in readoutmodel.parse(text).participants] == ["Tom Hale", "Ana Rao"]
        text = (
            "President Tom Hale spoke on the sidelines of the G7 Summit with Prime Minister"
            " Ken Sato of Japan today. The leaders discussed trade."
        )
        readout = readoutmodel.parse(text)
        assert [p.name for p in readout.participants] == ["Tom Hale", "Ken Sato"]
        assert readout.kind is readoutmodel.Kind.MEETING

    def test_who_asked_by_name_is_the_office_of_that_country(self) -> None:
        """ "At the request of X, the President spoke with the President of the UAE": the
        one named only as who asked, whom the gazetteer places in the office's country,
        is its holder, and the initiator."""
        text = (
            "Telephone call between the President of the Republic and the President of the"
            " United Arab Emirates\n\nAt the request of Sheikh Mohamed bin Zayed Al Nahyan,"
            " the President of the Republic spoke this afternoon with the President of the"
            " United Arab Emirates.\n\nEmmanuel Macron and Sheikh Mohamed bin Zayed"
            " discussed regional security."
        )
        readout = readoutmodel.parse(text)
        emirati = readout.participants[1]
        assert (emirati.name, emirati.title, emirati.country) == (
            "Sheikh Mohamed bin Zayed Al Nahyan",
            "President",
            "AE",
        )
        assert len(readout.participants) == 2
        assert readout.initiator == emirati

    def test_a_known_holder_of_another_country_names_no_office(self) -> None:
        """A leader of another country named in passing does not name the office."""
        text = (
            "Telephone call between the President of the Republic and the Prime Minister of"
            " India\n\nThe President of the French Republic spoke this afternoon with the Prime"
            " Minister of India, Narendra Modi. They discussed trade between France and India"
            " and recalled the visit of Olaf Scholz."
        )
        names = [p.name for p in readoutmodel.parse(text).participants]
        assert names == ["President", "Narendra Modi"]

    @pytest.mark.parametrize(
        ("scene", "name"),
        [
            ("with Chinese Vice Premier Liu He. Vice Premier Liu raised", "Liu He"),
            ("with Vice Premier He Lifeng of China. Vice Premier He raised", "He Lifeng"),
        ],
    )
    def test_he_in_a_name_is_no_pronoun(self, scene: str, name: str) -> None:
        """ "He" after a word of a name or an office is a name's word ("Liu He", "Vice
        Premier He"), not a pronoun for the one spoken of before."""
        text = f"Secretary of the Treasury Jane Roe held a video call today {scene} concerns."
        readout = readoutmodel.parse(text)
        assert [p.name for p in readout.participants] == ["Jane Roe", name]
        assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
            ("raised", [name])
        ]
        assert "He" not in readout.participants[0].aliases

    def test_an_indian_union_minister_with_a_style(self) -> None:
        """ "Union Minister for Finance Smt. X" is X, the Union Minister for Finance, whom a
        headline's "Finance Minister" names too; "Smt." ends no sentence."""
        text = (
            "Meeting of Finance Minister with US Treasury Secretary\n\nApril 12, 2023\n\n"
            "Union Minister for Finance Smt. Meera Rao met US Treasury Secretary Jane Roe in"
            " Washington today.\n\nSmt. Rao briefed Secretary Roe on the G20 priorities."
        )
        readout = readoutmodel.parse(text)
        assert [(p.name, p.title) for p in readout.participants] == [
            ("Meera Rao", "Union Minister for Finance"),
            ("Jane Roe", "Treasury Secretary"),
        ]
        assert [(s.verb, s.speakers[0].name) for s in readout.statements] == [
            ("briefed", "Meera Rao")
        ]

    @pytest.mark.parametrize(
        ("scene", "title"),
        [
            (
                "The Tánaiste and Minister for Foreign Affairs, Sean Byrne T.D., met with US"
                " Secretary of State Jane Roe in Washington.",
                "Tánaiste and Minister for Foreign Affairs",
            ),
            (
                "The Deputy Prime Minister and Foreign Minister, Sean Byrne, met Secretary of"
                " State Jane Roe in Washington.",
                "Deputy Prime Minister and Foreign Minister",
            ),
            # the second office with its portfolio or country before the comma
            (
                "The Tánaiste and Minister for Foreign Affairs and Trade, Sean Byrne T.D., met"
                " with US Secretary of State Jane Roe in Washington.",
                "Tánaiste and Minister for Foreign Affairs and Trade",
            ),
            (
                "The Crown Prince and Prime Minister of Saudi Arabia, Sean Byrne, met Secretary"
                " of State Jane Roe in Washington.",
                "Crown Prince and Prime Minister",
            ),
        ],
    )
    def test_an_article_before_offices_one_name_holds(self, scene: str, title: str) -> None:
        """ "The X and Y, Name,": two offices of one person after an article, whose name
        follows a comma; "The Prime Minister and President Z" stays two people."""
        readout = readoutmodel.parse(scene + " The Tánaiste thanked Secretary Roe.")
        assert [(p.name, p.title) for p in readout.participants] == [
            ("Sean Byrne", title),
            ("Jane Roe", "Secretary of State"),
        ]

    def test_an_article_before_an_office_and_another_named_is_two(self) -> None:
        """ "The Prime Minister and President Z discussed": the issuer's own and Z."""
        text = (
            "The Prime Minister spoke to President Ivan Petrenko of Ukraine today.\n\nThe"
            " Prime Minister and President Petrenko discussed the war."
        )
        readout = readoutmodel.parse(text)
        assert len(readout.participants) == 2
        assert [len(s.speakers) for s in readout.statements] == [2]

    def test_a_styled_name_called_on_takes_part(self) -> None:
        """ "called on His Royal Highness Prince X": a name after a style, the object of a
        verb of the scene, is a principal."""
        text = (
            "Prime Minister Ali Khan called on His Royal Highness Prince Faisal bin Saud in"
            " Jeddah today.\n\nThe Crown Prince congratulated the Prime Minister."
        )
        readout = readoutmodel.parse(text)
        assert [p.name for p in readout.participants] == ["Ali Khan", "Prince Faisal bin Saud"]

    @pytest.mark.parametrize("summit", ["China-Arab States Summit", "League of Arab States"])
    def test_states_after_a_name_is_no_verb(self, summit: str) -> None:
        """ "Arab States" is a name: "States" after a word of a name is no verb, and "Arab"
        no one who took part."""
        text = (
            "President Xi Jinping met with Emir Hamad Al Thani of Qatar on the sidelines of the"
            f" {summit}.\n\nXi Jinping said that China and Qatar should deepen cooperation."
        )
        readout = readoutmodel.parse(text)
        assert [p.name for p in readout.participants] == ["Xi Jinping", "Hamad Al Thani"]
        assert [s.verb for s in readout.statements] == ["said"]

    def test_one_who_also_attended_is_another_than_the_office_of_the_scene(self) -> None:
        """ "The Prime Minister met X ... Italian Prime Minister Y also attended.": Y joined,
        a participant of their own, not the Prime Minister the scene names by office."""
        text = (
            "PM meeting with President Dupont: 16 June 2022\n\nThe Prime Minister met"
            " President Jean Dupont of France in Madrid today. Italian Prime Minister Marco"
            " Rossi also attended.\n\nThe Prime Minister stressed the need to support Ukraine."
            " Prime Minister Rossi said grain exports must resume."
        )
        readout = readoutmodel.parse(text)
        assert [p.name for p in readout.participants] == [
            "Prime Minister",
            "Jean Dupont",
            "Marco Rossi",
        ]
        assert [(s.verb, s.speakers[0].name) for s in readout.statements] == [
            ("stressed", "Prime Minister"),
            ("said", "Marco Rossi"),
        ]

    def test_one_who_joined_set_off_by_commas_takes_part(self) -> None:
        """ "The Foreign Secretary, X, joined the meeting.": X took part, and speaks."""
        text = (
            "PM meeting with President Petrenko: 5 June 2023\n\nPrime Minister John Smith met"
            " President Ivan Petrenko of Ukraine today. The Foreign Secretary, Tom Green, joined"
            " the meeting.\n\nThe Foreign Secretary briefed on plans for a conference."
        )
        readout = readoutmodel.parse(text)
        assert [p.name for p in readout.participants] == [
            "John Smith",
            "Ivan Petrenko",
            "Tom Green",
        ]
        assert [(s.verb, s.speakers[0].name) for s in readout.statements] == [
            ("briefed", "Tom Green")
        ]

    def test_the_briefer_a_headline_names_takes_no_part(self) -> None:
        """ "Press Gaggle by Deputy National Security Advisor X": who briefs on the meeting,
        not one who met."""
        text = (
            "Press Gaggle by Deputy National Security Advisor Tom Green\n\nSunday, September"
            " 4, 2016\n\nMR. GREEN: President Obama just concluded a meeting with President"
            " Putin of Russia. The President told President Putin that talks must go on."
        )
        assert [p.name for p in readoutmodel.parse(text).participants] == ["Obama", "Putin"]

    def test_officials_joined_by_and_who_took_part_are_each_a_participant(self) -> None:
        """ "Deputy Prime Minister X and Energy Minister Y also took part in the talks":
        both took part, not only the one nearest the verb."""
        text = (
            "Vladimir Putin held talks in the Kremlin with President of Kazakhstan Daulet"
            " Serik.\n\nDeputy Prime Minister Ivan Orlov and Energy Minister Pavel Sokolov also"
            " took part in the talks."
        )
        names = [p.name for p in readoutmodel.parse(text).participants]
        assert names == ["Vladimir Putin", "Daulet Serik", "Ivan Orlov", "Pavel Sokolov"]

    def test_letters_after_a_name_are_dropped(self) -> None:
        """ "Simon Harris T.D." is Simon Harris, as "Keir Starmer MP" is Keir Starmer."""
        text = (
            "The Taoiseach, Simon Harris T.D., spoke by phone with Prime Minister Keir"
            " Starmer M.P." + AFTER
        )
        assert [name for name, _, _ in _people(text)] == ["Simon Harris", "Keir Starmer"]

    @pytest.mark.parametrize("formula", ["May God Assist Him", "may God assist Him"])
    def test_a_royal_formula_in_any_case_is_no_one(self, formula: str) -> None:
        """The formula after a king's name is a style, however it is written; a style of
        several words is matched in any case, as "his excellency" is."""
        text = (
            f"HM King Mohammed VI, {formula}, held a phone conversation with President"
            " Emmanuel Macron of France." + AFTER
        )
        assert [name for name, _, _ in _people(text)] == ["Mohammed VI", "Emmanuel Macron"]

    def test_a_capitalised_small_word_after_a_place_is_no_name(self) -> None:
        """ "To" opens a name only where a person can stand: not "flew to The Hague"."""
        text = "President Joe Biden flew to The Hague and met Prime Minister Mark Rutte."
        names = [name for name, _, _ in _people(text + AFTER)]
        assert names == ["Joe Biden", "Mark Rutte"]

    def test_a_word_in_title_case_in_the_headline_is_no_participant(self) -> None:
        """ "Call with Allies": one capitalised word the body never names is no one."""
        text = (
            "Readout of President Jane Roe's Call with Allies\n\nPresident Jane Roe spoke today"
            " with Prime Minister John Doe of Canada and President Ana Ruiz of Chile." + AFTER
        )
        assert [name for name, _, _ in _people(text)] == ["Jane Roe", "John Doe", "Ana Ruiz"]

    def test_a_headline_name_the_body_names_in_full_stays(self) -> None:
        """ "Call with Macron" is the President the body names "Emmanuel Macron"."""
        text = (
            "Readout of President Roe's Call with Macron\n\nPresident Jane Roe spoke today with"
            " Emmanuel Macron." + AFTER
        )
        assert [name for name, _, _ in _people(text)] == ["Jane Roe", "Emmanuel Macron"]

    def test_unnamed_office_is_kept_with_a_diagnostic(self) -> None:
        """An office never named ("The Secretary-General") is a participant, flagged unnamed."""
        readout = readoutmodel.parse(
            "The Secretary-General spoke today with President William Ruto of Kenya."
            " The Secretary-General thanked the President."
        )
        assert [p.title for p in readout.participants] == ["Secretary-General", "President"]
        assert "unnamed-participant" in {d.code for d in readout.diagnostics}

    def test_ids_are_slugs_of_names(self) -> None:
        """Each participant has a stable id made from the name."""
        readout = readoutmodel.parse(
            "President Luiz Inácio Lula da Silva spoke with Chancellor Olaf Scholz." + AFTER
        )
        assert [p.id for p in readout.participants] == ["luiz-inacio-lula-da-silva", "olaf-scholz"]

    def test_aliases_and_mentions(self) -> None:
        """Other ways the text refers to a participant are aliases, with their spans."""
        text = (
            "President Joe Biden spoke today with Chancellor Olaf Scholz. The President thanked"
            " the Chancellor. Biden also discussed energy."
        )
        readout = readoutmodel.parse(text)
        biden = readout.participant("Joe Biden")
        assert "The President" in biden.aliases
        assert all(text[s.start : s.end] for s in biden.mentions)
        assert text.index("The President") in {s.start for s in biden.mentions}

    def test_a_style_alone_means_the_principal_named_with_it(self) -> None:
        """ "His Majesty" alone is the principal whose name it opened, not the issuer's
        own principal, and the style is no part of the name."""
        text = (
            "The Prime Minister, Sir Keir Starmer, spoke to His Majesty Sultan Haji Hassanal"
            " Bolkiah of Brunei this morning.\n\nThe Prime Minister congratulated His Majesty"
            " on his birthday. His Majesty thanked the Prime Minister for the visit of the"
            " Carrier Strike Group."
        )
        readout = readoutmodel.parse(text)
        starmer, sultan = readout.participants
        assert sultan.name == "Hassanal Bolkiah"
        assert "His Majesty" in sultan.aliases
        assert "His Majesty" not in starmer.aliases
        assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
            ("congratulated", ["Keir Starmer"]),
            ("thanked", ["Hassanal Bolkiah"]),
        ]

    def test_a_government_owned_by_a_pronoun_is_not_the_issuers_principal(self) -> None:
        """ "his government" is whom "his" means: not an alias of the issuer's own principal
        when it is the other's ("congratulated him on the formation of his government")."""
        text = (
            "Prime Minister Mark Lee spoke today with Prime Minister Jan Nowak of Poland to"
            " congratulate him on the formation of his government. Prime Minister Nowak said"
            " his government would put security first."
        )
        lee, nowak = readoutmodel.parse(text).participants
        assert "his government" not in lee.aliases
        assert "his government" not in nowak.aliases  # owned, not a name: no alias at all

    def test_an_office_of_a_country_its_principal_does_not_hold_is_someone_else(self) -> None:
        """ "the King of Malaysia" in a Malaysian readout is not the Prime Minister, and
        his words are no statement of the Prime Minister's."""
        text = (
            "Prime Minister receives Korean Foreign Minister\n\nKUALA LUMPUR, 4 June 2025 --"
            " Prime Minister Anwar Ibrahim received Korea's Foreign Minister Cho Tae-yul at"
            " Seri Perdana today.\n\nThe King of Malaysia had earlier said the Korean"
            " investment was welcome. Anwar said Malaysia valued Korean investment."
        )
        readout = readoutmodel.parse(text)
        anwar = readout.participant("Anwar Ibrahim")
        assert "The King of Malaysia" not in anwar.aliases
        assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
            ("said", ["Anwar Ibrahim"])
        ]

    def test_who_invited_a_visitor_without_taking_part_is_no_participant(self) -> None:
        """An office named only as who invited a state visit, held by none of the two who
        met, takes no part and asked for nothing the readout tells."""
        text = (
            "PM holds talks with President of Ghana\nNew Delhi, 3 March 2025\n\nPrime"
            " Minister Shri Narendra Modi held talks today with H.E. Mr. Kwame Mensah,"
            " President of Ghana, who is on a State Visit to India at the invitation of the"
            " President of India.\n\nThe leaders reviewed bilateral trade."
        )
        readout = readoutmodel.parse(text)
        assert [p.name for p in readout.participants] == ["Narendra Modi", "Kwame Mensah"]
        assert readout.initiator is None
        assert [len(s.speakers) for s in readout.statements] == [2]

    def test_an_office_before_its_holders_name_in_one_sentence_is_that_holder(self) -> None:
        """ "At the request of the Nigerian President, ... with President X of Nigeria":
        one office of one country is one person, in one sentence too."""
        text = (
            "At the request of the Nigerian President, Chancellor Hans Vogel spoke by"
            " telephone on 3 March 2024 with President Musa Bello of Nigeria. The Chancellor"
            " thanked him."
        )
        readout = readoutmodel.parse(text)
        assert sorted(p.name for p in readout.participants) == ["Hans Vogel", "Musa Bello"]
        assert readout.initiator is not None
        assert readout.initiator.name == "Musa Bello"

    @pytest.mark.parametrize(
        "scene",
        [
            "Prime Minister Shri Arjun Mehta held talks today with H.E. Mr. Kwame Mensah,"
            " President of Ghana, who is on a State Visit to India at the invitation of"
            " Prime Minister.",
            "H.E. Mr. Kwame Mensah, President of Ghana, who is visiting India at the"
            " invitation of Prime Minister, called on Prime Minister Shri Arjun Mehta today.",
        ],
    )
    def test_an_office_without_article_or_country_is_the_issuers_own(self, scene: str) -> None:
        """ "at the invitation of Prime Minister": an office with neither article nor
        country, in the sentence naming its holder, before the name or after it, is the
        holder the issuer's readers know."""
        text = f"PM holds talks with President of Ghana\nNew Delhi, 3 March 2025\n\n{scene}"
        readout = readoutmodel.parse(text)
        assert [(p.name, p.title, p.country) for p in readout.participants] == [
            ("Arjun Mehta", "Prime Minister", "IN"),
            ("Kwame Mensah", "President", "GH"),
        ]
        assert readout.issuer == "IN"
        assert readout.initiator is not None
        assert readout.initiator.name == "Arjun Mehta"

    @pytest.mark.parametrize(
        "scene",
        [
            "Prime Minister Mark Lee met with Prime Minister Ken Sato during a visit to Tokyo.",
            "Prime Minister Mark Lee travelled to Ottawa today for talks with Prime Minister"
            " Ken Sato.",
        ],
    )
    def test_a_city_is_no_participant(self, scene: str) -> None:
        """A capital the scene takes someone to is a place, not one of the leaders."""
        readout = readoutmodel.parse(scene + " The two leaders discussed trade.")
        assert [p.name for p in readout.participants] == ["Mark Lee", "Ken Sato"]

    def test_the_owner_of_an_invitation_takes_part(self) -> None:
        """ "At President X's invitation, ...": the owner of the invitation is a
        principal and its initiator, and the scene's subject the issuer's own."""
        text = (
            "PM visit to Washington: 10 July 2024\n\nAt President Sam Ward's invitation,"
            " Prime Minister Keir Starmer travelled to Washington today for talks at the"
            " White House. The leaders discussed support for Ukraine."
        )
        readout = readoutmodel.parse(text)
        assert [p.name for p in readout.participants] == ["Keir Starmer", "Sam Ward"]
        assert readout.initiator is not None
        assert readout.initiator.name == "Sam Ward"
        assert readout.issuer == "GB"

    def test_a_headline_office_goes_to_the_known_holder_of_its_country(self) -> None:
        """ "Prime Minister of Australia" in the headline, two Prime Ministers in the
        body: the one a reader knows as Australia's takes it."""
        text = (
            "PM speaks with Prime Minister of Australia\nNew Delhi, 14 March 2024\n\nPrime"
            " Minister Shri Narendra Modi spoke with Prime Minister Anthony Albanese today."
        )
        readout = readoutmodel.parse(text)
        assert [(p.name, p.country) for p in readout.participants] == [
            ("Narendra Modi", "IN"),
            ("Anthony Albanese", "AU"),
        ]

    @pytest.mark.parametrize(
        "scene",
        [
            "His Majesty King Hassan held, on 6 May 2024, a phone conversation with President"
            " of Senegal Amadou Ba, MAP learned from a statement by the Royal Office.",
            "His Majesty King Hassan held, on 6 May 2024, a phone conversation with President"
            " of Senegal Amadou Ba, KNA learned from State House.",
        ],
    )
    def test_a_news_agency_and_its_source_are_no_participants(self, scene: str) -> None:
        """ "..., MAP learned from a statement by the Royal Office": the agency and where
        it learned it are no principals."""
        readout = readoutmodel.parse(scene + "\n\nThe two Heads of State reaffirmed ties.")
        assert [p.name for p in readout.participants] == ["Hassan", "Amadou Ba"]
        assert [len(s.speakers) for s in readout.statements] == [2]

    def test_a_statement_that_says_the_scene_is_no_ones_words(self) -> None:
        """ "..., said a statement by the Royal Office": a document relays the scene."""
        text = (
            "His Majesty King Hassan held a phone conversation with President of Senegal"
            " Amadou Ba, said a statement by the Royal Office."
        )
        assert readoutmodel.parse(text).statements == ()

    def test_the_source_of_the_scene_is_no_participant(self) -> None:
        """ "..., according to Deputy National Security Adviser X": a source, not one of
        the leaders who talked."""
        text = (
            "President Kim Min-jun had a telephone conversation with Canadian Prime Minister"
            " Anne Roy on June 20, according to Deputy National Security Adviser Park Ji-ho."
            "\n\nThe two leaders agreed to expand defense cooperation."
        )
        readout = readoutmodel.parse(text)
        assert [p.name for p in readout.participants] == ["Kim Min-jun", "Anne Roy"]
        assert [len(s.speakers) for s in readout.statements] == [2]

    @pytest.mark.parametrize(
        "teller",
        [
            ", National Security Adviser Park Ji-ho told reporters.",
            ", Kremlin aide Oleg Sokolov said.",
            ", Presidential Spokesman Lee Dong-hoon told a briefing.",
        ],
    )
    def test_who_told_the_scene_is_no_participant(self, teller: str) -> None:
        """A clause that ends the scene by saying who told it names no participant, and
        makes no statement of the telling."""
        text = (
            "President Kim Min-jun held a telephone conversation with Canadian Prime Minister"
            f" Anne Roy on Monday{teller}\n\nKim said Korea values the partnership."
        )
        readout = readoutmodel.parse(text)
        assert [p.name for p in readout.participants] == ["Kim Min-jun", "Anne Roy"]
        assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
            ("said", ["Kim Min-jun"])
        ]

    def test_the_talks_after_a_visit_name_the_counterpart(self) -> None:
        """ "X paid a visit to Japan. During the visit, he held talks with Y.": the sentence
        whose verb sets the scene names Y, as the one who met; "EAM" is X's office."""
        text = (
            "External Affairs Minister Dr. Ravi Menon paid an official visit to Japan on 7"
            " March 2024. During the visit, he held talks with Foreign Minister Aiko Sato.\n\n"
            "The two Ministers discussed trade. EAM invited Foreign Minister Sato to India."
        )
        readout = readoutmodel.parse(text)
        assert [p.name for p in readout.participants] == ["Ravi Menon", "Aiko Sato"]
        assert [[p.name for p in s.speakers] for s in readout.statements] == [
            ["Ravi Menon", "Aiko Sato"],
            ["Ravi Menon"],
        ]

    @pytest.mark.parametrize(
        "opening",
        [
            "In Lisbon, President Ana M. Ruiz met today with Prime Minister Tom Hale of Japan.",
            "Today, on the sidelines of the summit in New Delhi, President Ana M. Ruiz met"
            " Prime Minister Tom Hale of Japan.",
        ],
    )
    def test_a_place_before_an_office_and_its_name(self, opening: str) -> None:
        """ "In Lisbon, President X": the office is the name's after it, not an apposition
        making the place a person."""
        people = _people(opening + " The leaders discussed trade.")
        assert [(name, title) for name, title, _ in people] == [
            ("Ana M. Ruiz", "President"),
            ("Tom Hale", "Prime Minister"),
        ]

    @pytest.mark.parametrize(
        ("before", "style"),
        [
            ("received", "H.H."),
            ("received", "HH"),
            ("received", "Mme"),
            # a style after a place's name in capitals opens the name all the same
            ("received at Qasr Al Watan", "His Excellency"),
            ("received at Al Mushrif Palace", "H.E."),
        ],
    )
    def test_styles_are_no_part_of_names(self, before: str, style: str) -> None:
        """ "H.H.", "HH", "Mme" are styles; a style inside a run of capitalised words
        ends the words before it and opens the name after it."""
        text = (
            f"ABU DHABI, 14th May, 2022 (WAM) -- President Khalid bin Saeed {before} {style}"
            " Jean Martin, President of France.\n\nThe two leaders discussed energy."
        )
        assert [p.name for p in readoutmodel.parse(text).participants] == [
            "Khalid bin Saeed",
            "Jean Martin",
        ]

    @pytest.mark.parametrize("office", ["High Representative/Vice-President", "HR/VP"])
    def test_the_eu_high_representative_is_one_office(self, office: str) -> None:
        """ "High Representative/Vice-President X" and "HR/VP X" are one person with one
        office, whom "The High Representative" then names."""
        text = (
            f"{office} Anna Berg received today Chinese Foreign Minister Li Wen in Brussels."
            "\n\nThe High Representative raised the EU's concerns."
        )
        readout = readoutmodel.parse(text)
        assert [(p.name, p.title) for p in readout.participants] == [
            ("Anna Berg", office),
            ("Li Wen", "Foreign Minister"),
        ]
        assert [[p.name for p in s.speakers] for s in readout.statements] == [["Anna Berg"]]

    def test_korean_is_south_korean_unqualified(self) -> None:
        """ "Korean" unqualified is the Republic of Korea's, as "Korea" is: no principal
        is named "Korean"; "North Korean" stays the DPRK's."""
        text = (
            "Prime Minister receives Korean Foreign Minister\n\nPrime Minister Anwar Ibrahim"
            " received Foreign Minister Park Min-soo today. They discussed North Korean"
            " missile launches."
        )
        readout = readoutmodel.parse(text)
        assert [(p.name, p.country) for p in readout.participants] == [
            ("Anwar Ibrahim", "MY"),
            ("Park Min-soo", "KR"),
        ]
        assert "korean_peninsula" in {t.id for t in readout.topics}

    def test_an_office_of_one_kind_is_the_countrys_principal(self) -> None:
        """ "the Italian premier" is the Italian Prime Minister, "the Irish Prime
        Minister" the Taoiseach: offices of one kind under another name."""
        text = (
            "President Ana Souza spoke by phone with Prime Minister Giulia Conti of Italy and"
            " Taoiseach Sean Byrne of Ireland.\n\nThe Italian premier invited her to the G7"
            " summit. The Irish Prime Minister thanked her for the call."
        )
        readout = readoutmodel.parse(text)
        assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
            ("invited", ["Giulia Conti"]),
            ("thanked", ["Sean Byrne"]),
        ]

    def test_an_office_of_a_country_is_its_principal_whose_office_is_unsaid(self) -> None:
        """A principal named with no office is the one "the Russian President" means."""
        text = (
            "Vladimir Putin had a telephone conversation with Kassym-Jomart Tokayev of"
            " Kazakhstan.\n\nThe Russian President thanked his counterpart for the greetings."
        )
        readout = readoutmodel.parse(text)
        putin = readout.participant("Vladimir Putin")
        assert "The Russian President" in putin.aliases
        assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
            ("thanked", ["Vladimir Putin"])
        ]

    @pytest.mark.parametrize(
        ("scene", "style"),
        [
            ("President Daniel Otieno spoke with King Karim III of Jordan.", "His Majesty"),
            ("President Daniel Otieno spoke with Amir Hamad Al Salem of Qatar.", "His Highness"),
        ],
    )
    def test_a_monarchs_style_alone_is_the_monarchs(self, scene: str, style: str) -> None:
        """ "His Majesty" written before no name is the one principal who holds a royal
        office (grammar.toml royal_styles, royal_offices), not the issuer's own."""
        readout = readoutmodel.parse(f"{scene} {style} thanked the President for his efforts.")
        monarch = readout.participants[1]
        assert [[p.name for p in s.speakers] for s in readout.statements] == [[monarch.name]]

    def test_a_style_of_both_principals_alone_is_as_before(self) -> None:
        """A style written before both principals' names tells neither apart: alone, it
        is the issuer's own principal, as any role is."""
        text = (
            "Prime Minister Shri Narendra Modi spoke with His Excellency President Daniel"
            " Otieno of Kenya and His Excellency Prime Minister Anna Berg of Sweden.\n\n"
            "His Excellency thanked the leaders."
        )
        readout = readoutmodel.parse(text)
        assert [p.name for p in readout.statements[0].speakers] == ["Narendra Modi"]

    @pytest.mark.parametrize(
        "scene",
        [
            "Daniel Otieno has had a telephone conversation with President Grace Namutebi of"
            " Uganda.",
            "Daniel Otieno on Tuesday held talks with President Grace Namutebi of Uganda.",
            "Daniel Otieno, who is in Uganda on a state visit, held talks with President Grace"
            " Namutebi.",
            "Daniel Otieno, currently on a visit to Uganda, met President Grace Namutebi.",
            "On 3 March, Daniel Otieno has held talks with President Grace Namutebi.",
            "Daniel Otieno and Grace Namutebi held talks in Kampala.",
        ],
    )
    def test_a_name_that_opens_the_scene_is_the_subject_of_its_verb(self, scene: str) -> None:
        """A name without an office that opens the scene is its subject, whatever stands
        between it and the verb of engagement: an auxiliary, a day, a clause of its own."""
        names = [name for name, _, _ in _people(scene + AFTER)]
        assert names == ["Daniel Otieno", "Grace Namutebi"]

    @pytest.mark.parametrize(
        ("text", "host", "other"),
        [
            # a brother who shares the family name
            (
                "Prime Minister Imran Qadir received a telephone call today from President"
                " Daniel Otieno of Kenya. The Prime Minister conveyed the greetings of former"
                " Prime Minister Muhammad Tariq Qadir to the Kenyan President.",
                "Imran Qadir",
                "Muhammad Tariq Qadir",
            ),
            # a minister of the ruling family at the meeting
            (
                "His Highness Sheikh Hamad bin Rashid Al Marzouqi, President of the State,"
                " received President Daniel Otieno of Kenya today. The meeting was attended by"
                " Sheikh Saif bin Rashid Al Marzouqi, Minister of Foreign Affairs.",
                "Sheikh Hamad bin Rashid Al Marzouqi",
                "Sheikh Saif bin Rashid Al Marzouqi",
            ),
            # a son, whose name holds his father's
            (
                "His Highness Sheikh Hamad bin Rashid Al Marzouqi, President of the State,"
                " received President Daniel Otieno of Kenya today. President Otieno"
                " congratulated Sheikh Khalid bin Hamad bin Rashid Al Marzouqi on his"
                " appointment as Crown Prince.",
                "Sheikh Hamad bin Rashid Al Marzouqi",
                "Sheikh Khalid bin Hamad bin Rashid Al Marzouqi",
            ),
            # a son whose given name is the family's
            (
                "His Highness Sheikh Hamad bin Rashid Al Harbi, President of the State,"
                " received President Daniel Otieno of Kenya today. The meeting was attended by"
                " Sheikh Harbi bin Hamad bin Rashid Al Harbi, Crown Prince.",
                "Sheikh Hamad bin Rashid Al Harbi",
                "Sheikh Harbi bin Hamad",
            ),
            # a brother whose names open alike and part before the family name
            (
                "Prime Minister Muhammad Shahid Karim of Pakistan met President Daniel Otieno"
                " of Kenya today. Prime Minister Muhammad Shahid Karim conveyed former Prime"
                " Minister Muhammad Nadir Karim's greetings to President Otieno.",
                "Muhammad Shahid Karim",
                "Muhammad Nadir Karim",
            ),
            # a brother whose given name opens with the same letter
            (
                "President of the United Arab Emirates Mohammed bin Rashid Al Harbi held talks with"
                " President Daniel Otieno of Kenya. Sheikh Mansour bin Rashid Al Harbi was also"
                " present.\n\nMohammed bin Rashid Al Harbi thanked President Otieno.",
                "Mohammed bin Rashid Al Harbi",
                "Mansour",
            ),
            # a father, named by his son's name
            (
                "His Royal Highness Prince Faisal bin Nasser Al Harbi, Crown Prince, received a"
                " phone call from President Daniel Otieno of Kenya. The Crown Prince conveyed"
                " the greetings of King Nasser bin Abdulaziz Al Harbi to the Kenyan President.",
                "Prince Faisal bin Nasser Al Harbi",
                "King Nasser",
            ),
        ],
    )
    def test_kin_who_share_a_family_name_are_not_one_principal(
        self, text: str, host: str, other: str
    ) -> None:
        """A relative named after the scene keeps out of the principal: the name, the
        aliases and the words are the principal's own."""
        readout = readoutmodel.parse(text)
        first = readout.participants[0]
        assert first.name == host
        assert not any(other in alias for alias in first.aliases)
        # a relative who attended takes part as himself; one spoken of does not
        attended = " was attended by " in text
        assert len(readout.participants) == (3 if attended else 2)

    @pytest.mark.parametrize(
        ("scene", "later"),
        [
            ("President Joe Biden spoke with", "President Joseph R. Biden, Jr. thanked"),
            ("Foreign Secretary David Cameron spoke with", "Lord Cameron thanked"),
            ("President Hamad bin Rashid Al Marzouqi spoke with", "Sheikh Hamad thanked"),
            (
                "President Mohamed bin Zayed Al Harbi spoke with",
                "President Mohammed bin Zayed Al Harbi thanked",
            ),
        ],
    )
    def test_one_persons_names_that_end_alike_stay_one(self, scene: str, later: str) -> None:
        """Two forms of one name ending alike are one principal's."""
        readout = readoutmodel.parse(
            f"{scene} President Daniel Otieno of Kenya. {later} President Otieno for his support."
        )
        assert len(readout.participants) == 2
        thanked = [s for s in readout.statements if s.verb == "thanked"]
        assert [[p.id for p in s.speakers] for s in thanked] == [[readout.participants[0].id]]

    def test_an_office_set_off_after_a_name_is_no_other_principals(self) -> None:
        """ "X, also chairman of ..., said": the office is X's, not the other principal's
        who has none in the text."""
        text = (
            "President Daniel Otieno of Kenya met with Ugandan leader Grace Namutebi in"
            " Nairobi on Monday. Otieno, also chairman of the Orange Movement of Kenya, said"
            " the two parties should deepen exchanges."
        )
        people = _people(text)
        assert people[1][0] == "Grace Namutebi"
        assert people[1][1:] == (None, "UG")

    @pytest.mark.parametrize(
        "scene",
        [
            "President Daniel Otieno, who is in Kisumu, spoke this morning with President"
            " Grace Namutebi of Uganda.",
            "President Daniel Otieno spoke with President Grace Namutebi of Uganda, following"
            " her visit to Mombasa and Kisumu.",
            "President Daniel Otieno met with President Grace Namutebi of Uganda at the King"
            " Moshoeshoe Hotel in Kisumu.",
        ],
    )
    def test_a_place_in_the_scene_is_no_participant(self, scene: str) -> None:
        """A name after "in" or after a visit "to" is a place, however unknown."""
        names = [name for name, _, _ in _people(scene + AFTER)]
        assert names == ["Daniel Otieno", "Grace Namutebi"]

    @pytest.mark.parametrize(
        "scene",
        [
            # a place before the office, which is the name's after it
            "President Daniel Otieno of Kenya received, on 15 May 2024 at State House in"
            " Kisumu, the President of the Republic of Uganda, Ms. Grace Namutebi.",
            # a principal before it: the one who invited
            "At the invitation of President Daniel Otieno of Kenya, the President of the"
            " Republic of Uganda, H.E. Ms. Grace Namutebi, paid a State Visit to Kenya.",
            "At the invitation of President of Kenya Daniel Otieno, President of the Republic"
            " of Uganda, Ms. Grace Namutebi, paid a State Visit to Kenya.",
        ],
    )
    def test_an_office_between_commas_before_a_name_is_that_names(self, scene: str) -> None:
        """ "..., the President of X, Ms. Y, ...": the office is Y's, not the name's or
        the place's before it."""
        people = sorted(_people(scene + AFTER))
        assert people == [
            ("Daniel Otieno", "President", "KE"),
            ("Grace Namutebi", "President", "UG"),
        ]

    @pytest.mark.parametrize(
        "scene",
        [
            "Daniel Otieno, Kenya's President, met with Ugandan President Grace Namutebi.",
            "Ugandan President Grace Namutebi met with Daniel Otieno, Kenya's President.",
        ],
    )
    def test_an_office_owned_by_a_country_in_apposition(self, scene: str) -> None:
        """ "X, Kenya's President," is X's office and country, no principal of its own."""
        people = sorted(_people(scene + AFTER))
        assert people == [
            ("Daniel Otieno", "President", "KE"),
            ("Grace Namutebi", "President", "UG"),
        ]

    def test_a_name_in_capitals_yields_to_one_as_full(self) -> None:
        """A headline in capitals gives no name when the body writes it as full."""
        text = (
            "PRESIDENT MEETS PRESIDENT GRACE NAMUTEBI OF UGANDA\n\nPresident Daniel Otieno of"
            " Kenya met President Grace Namutebi of Uganda today." + AFTER
        )
        assert [name for name, _, _ in _people(text)][-1] == "Grace Namutebi"

    def test_a_known_nickname_and_the_full_name_are_one_principal(self) -> None:
        """A headline's "President Jokowi" and the body's "President Joko Widodo" share no
        word, but the gazetteer knows them for one person."""
        text = (
            "President Jokowi Receives Phone Call from Prime Minister Anna Berg\n\n"
            "Jakarta, 14 October 2022\n\nPresident Joko Widodo received a phone call from"
            " Prime Minister Anna Berg of Sweden on Friday." + AFTER
        )
        readout = readoutmodel.parse(text)
        assert [p.name for p in readout.participants] == ["Joko Widodo", "Anna Berg"]
        assert [len(s.speakers) for s in readout.statements] == [2]

    def test_an_unnamed_principal_is_not_named_by_a_third_holder_of_the_office(self) -> None:
        """ "The President" never named is not "President X" whom another principal met:
        only a holder of the office who speaks or engages names it."""
        text = (
            "The President called Chancellor Anna Berg of Germany today. Chancellor Berg"
            " briefed the President on her meeting with President Paul Mugisha of Uganda."
        )
        names = [name for name, _, _ in _people(text)]
        assert "Paul Mugisha" not in names
        assert len(names) == 2

    def test_a_list_of_names_that_opens_the_scene_is_every_principal(self) -> None:
        """ "X, Y and Z held a trilateral meeting": each of the three."""
        text = "Daniel Otieno, Grace Namutebi and Paul Mugisha held a trilateral meeting." + AFTER
        names = [name for name, _, _ in _people(text)]
        assert names == ["Daniel Otieno", "Grace Namutebi", "Paul Mugisha"]

    @pytest.mark.parametrize(
        "scene",
        [
            # the first verb is no verb of engagement: the name is not the scene's subject
            "Daniel Otieno, in a message, expressed the hope that President Grace Namutebi of"
            " Uganda would meet Prime Minister Anna Berg of Sweden.",
            # in brackets, not opening the sentence
            "On 7 March, at 9:00 a.m. (local time; 11:00 p.m. EAT) President Grace Namutebi"
            " of Uganda met Prime Minister Anna Berg of Sweden.",
        ],
    )
    def test_a_name_that_is_no_subject_of_engagement_stays_out(self, scene: str) -> None:
        """Only the subject of the verb of engagement is taken so."""
        names = [name for name, _, _ in _people(scene)]
        assert "Daniel Otieno" not in names
        assert "EAT" not in names


class TestCountries:
    """A country the text never states comes from the issuing government or the body."""

    def test_issuer_gives_its_own_principal_a_country(self) -> None:
        """The White House's own principal speaks for the United States."""
        text = (
            "The White House\nBriefing Room\n\nReadout of President Biden's Call with Prime"
            " Minister Mark Rutte of the Netherlands\n\nPresident Biden spoke today with Prime"
            " Minister Mark Rutte of the Netherlands. The leaders discussed Ukraine."
        )
        assert _people(text) == [
            ("Biden", "President", "US"),
            ("Mark Rutte", "Prime Minister", "NL"),
        ]

    def test_the_headline_owner_of_the_engagement_is_the_issuers_own(self) -> None:
        """ "Readout of President Hale's Call with Prime Minister Lee": the issuer is the
        owner's, though the other leader opens the scene, as the one who called."""
        text = (
            "Readout of President Hale's Call with Prime Minister Ann Lee\n\nWashington, D.C.,"
            " April 3, 2024\n\nPrime Minister Ann Lee of the United Kingdom called President"
            " Tom Hale of the United States on April 2. The President thanked her."
        )
        readout = readoutmodel.parse(text)
        assert readout.issuer == "US"
        assert readout.initiator is not None
        assert readout.initiator.name == "Ann Lee"

    def test_an_office_in_the_headline_is_no_issuer_mark(self) -> None:
        """ "President of the European Commission" in an Irish headline is the title of
        the person called, not the publisher: the Taoiseach's own readout is Ireland's."""
        text = (
            "Taoiseach holds call with President of the European Commission\n\nThe Taoiseach,"
            " Micheál Martin TD, spoke this morning with the President of the European"
            " Commission, Ursula von der Leyen. They discussed energy prices."
        )
        readout = readoutmodel.parse(text)
        assert readout.issuer == "IE"
        assert [(p.name, p.country) for p in readout.participants] == [
            ("Micheál Martin", "IE"),
            ("Ursula von der Leyen", "EU"),
        ]

    @pytest.mark.parametrize("place", ["at the White House", "in the Kremlin"])
    def test_a_publisher_named_as_the_place_of_a_meeting_is_no_issuer_mark(
        self, place: str
    ) -> None:
        """ "X meets President Y at the White House": where they met, not who published."""
        readout = readoutmodel.parse(
            f"Prime Minister Ellis meets with President Hale {place}\n\nToday, Prime Minister"
            " Mark Ellis of Canada met with President Tom Hale."
        )
        assert readout.issuer == "CA"

    def test_an_issuer_mark_on_the_page_still_counts(self) -> None:
        """The same office named on a line of the page, not in the headline, is the
        publisher's mark."""
        text = (
            "European Commission\n\nPresident von der Leyen speaks with the Taoiseach\n\n"
            "President Ursula von der Leyen spoke today with the Taoiseach, Micheál Martin."
            " They discussed energy prices."
        )
        assert readoutmodel.parse(text).issuer == "EU"

    def test_dateline_city_places_the_issuer(self) -> None:
        """An Indian readout dated "New Delhi" gives the Prime Minister India."""
        text = (
            "Prime Minister Shri Narendra Modi had a telephone conversation today with H.E."
            " Joko Widodo, President of the Republic of Indonesia. The two leaders reviewed"
            " progress.\n\nNew Delhi\nMarch 12, 2023"
        )
        assert _people(text) == [
            ("Narendra Modi", "Prime Minister", "IN"),
            ("Joko Widodo", "President", "ID"),
        ]

    @pytest.mark.parametrize(
        ("text", "issuer", "speaker"),
        [
            # a minister abroad, the page datelined where he was
            (
                "EAM's meeting with Foreign Minister of Oman\n\nExternal Affairs Minister Dr."
                " S. Jaishankar met Foreign Minister of Oman Sayyid Badr Albusaidi today. EAM"
                " briefed his counterpart on the situation in the region.\n\nMuscat\nMarch"
                " 12, 2024",
                "IN",
                "S. Jaishankar",
            ),
            # a presidency's readout of a visit, datelined in the host's capital
            (
                "WASHINGTON\n\nPresident Recep Tayyip Erdoğan met with President Donald"
                " Trump at the White House, the Directorate of Communications said. During"
                " the meeting, the President said Türkiye wants closer defence ties.",
                "TR",
                "Recep Tayyip Erdoğan",
            ),
            # a visitor's call on the issuer's leader, whom the headline names by office
            (
                "Foreign Minister of Oman calls on Prime Minister\n\nForeign Minister of Oman"
                " Sayyid Badr Albusaidi called on Prime Minister Shri Narendra Modi today."
                " Prime Minister welcomed the growing partnership.\n\nNew Delhi\nMarch 12,"
                " 2024",
                "IN",
                "Narendra Modi",
            ),
            # a spokesperson's sentence before the scene names no principal
            (
                "Government Spokesperson Anna Weber issued the following statement:\n\n"
                "Federal Chancellor Olaf Scholz spoke with President Daniel Otieno of Kenya"
                " today. The Federal Chancellor stressed the value of the partnership.",
                "DE",
                "Olaf Scholz",
            ),
        ],
    )
    def test_the_scenes_subject_outweighs_a_foreign_dateline(
        self, text: str, issuer: str, speaker: str
    ) -> None:
        """A dateline in a capital abroad is where the issuer's leader went: the scene's
        subject is the issuer's own, and the role words are theirs."""
        readout = readoutmodel.parse(text)
        assert readout.issuer == issuer
        assert [[p.name for p in s.speakers] for s in readout.statements] == [[speaker]]

    def test_side_gives_a_country(self) -> None:
        """ "the Chinese side" speaking in the body ties the one without a country to China."""
        text = (
            "On March 3, 2025, Premier Li Qiang held telephone talks with Prime Minister Anthony"
            " Albanese of Australia. Li Qiang noted that the Chinese side values the partnership."
        )
        assert _people(text) == [
            ("Li Qiang", "Premier", "CN"),
            ("Anthony Albanese", "Prime Minister", "AU"),
        ]

    @pytest.mark.parametrize(
        "headline",
        [
            "Volodymyr Zelenskyy held a phone conversation with the Prime Minister of Canada",
            "Volodymyr Zelenskyy: I spoke with Prime Minister Mark Carney of Canada",
        ],
    )
    def test_a_readout_in_the_first_person_is_its_writers(self, headline: str) -> None:
        """ "I had a good conversation with X": the issuer is the writer's government, not
        the country of the first principal the sentence names."""
        text = (
            f"{headline}\n\nI had a good conversation with Prime Minister of Canada Mark"
            " Carney. I thanked him for the support. We discussed the next steps toward peace."
        )
        readout = readoutmodel.parse(text)
        assert readout.issuer == "UA"
        assert [(p.name, p.country) for p in readout.participants] == [
            ("Volodymyr Zelenskyy", "UA"),
            ("Mark Carney", "CA"),
        ]

    def test_a_country_talked_about_is_no_ones(self) -> None:
        """A country that is an issue of the taxonomy, however often the body names it
        ("Iran's nuclear programme"), is what the leaders discussed, not whose they are."""
        text = (
            "Statement by the Prime Minister's Office\n\nThe Prime Minister spoke with"
            " President Paul Girard of France this afternoon. The leaders discussed Iran's"
            " nuclear programme. They agreed that Iran must never have a nuclear weapon."
        )
        readout = readoutmodel.parse(text)
        assert [(p.name, p.country) for p in readout.participants] == [
            ("Prime Minister", None),
            ("Paul Girard", "FR"),
        ]
        assert readout.issuer is None

    def test_the_office_over_a_writers_name_is_theirs(self) -> None:
        """A leader's own page puts the office on the line over the name ("Prime Minister /
        The Hon Jane Doe MP"): the writer of "I" holds it."""
        text = (
            "Meeting with President of Indonesia\n\nPrime Minister\nThe Hon Jane Doe MP\n\n"
            "Media statement\n15 May 2025\n\nToday I met with President Budi Santoso in"
            " Jakarta. We discussed cooperation on defence. I thanked President Budi for his"
            " welcome."
        )
        readout = readoutmodel.parse(text)
        assert [(p.name, p.title) for p in readout.participants] == [
            ("Budi Santoso", "President"),
            ("Jane Doe", "Prime Minister"),
        ]

    def test_a_country_named_in_passing_is_not_the_issuers_principal(self) -> None:
        """ "support for the Ukrainian government" makes no one Ukrainian: the unnamed
        President of a White House page is the issuer's."""
        text = (
            "The White House\nOffice of the Press Secretary\n\nReadout of the President's Call"
            " with Chancellor Jane Roe of Germany\n\nThe President spoke with German Chancellor"
            " Jane Roe today about Ukraine. The leaders underscored their support for the"
            " Ukrainian government."
        )
        readout = readoutmodel.parse(text)
        assert [(p.name, p.country) for p in readout.participants] == [
            ("President", "US"),
            ("Jane Roe", "DE"),
        ]
        assert "the Ukrainian government" not in readout.participants[0].aliases

    def test_a_country_that_owns_what_follows_is_not_the_names(self) -> None:
        """ "assured President Ramaphosa of Türkiye's support": Türkiye owns the support;
        "President Erdoğan of Türkiye" is his country."""
        text = (
            "President Ramaphosa holds call with President Erdoğan of Türkiye\n\nPresident"
            " Cyril Ramaphosa held a telephone conversation with President Recep Tayyip Erdoğan"
            " of Türkiye. The Presidents discussed relations between South Africa and Türkiye."
            " President Erdoğan assured President Ramaphosa of Türkiye's support for the G20."
        )
        readout = readoutmodel.parse(text)
        assert [(p.name, p.country) for p in readout.participants] == [
            ("Cyril Ramaphosa", "ZA"),
            ("Recep Tayyip Erdoğan", "TR"),
        ]
        assert "President Ramaphosa of Türkiye" not in readout.participants[0].aliases

    def test_no_country_when_nothing_says_it(self) -> None:
        """With no issuer, no country in the text and no office holder of that name known,
        the country is None."""
        assert _people("Prime Minister Aranya Devi met President Paul Girard." + AFTER) == [
            ("Aranya Devi", "Prime Minister", None),
            ("Paul Girard", "President", None),
        ]

    def test_a_known_office_holder_gets_the_country_served(self) -> None:
        """Leaders the text names without a country get the one they served."""
        assert _people("Prime Minister Modi met President Macron in Paris." + AFTER) == [
            ("Modi", "Prime Minister", "IN"),
            ("Macron", "President", "FR"),
        ]


class TestNameShapesAndOffices:
    """Styles, ranks and letters around a name stay out of it; offices keep what they are of."""

    @pytest.mark.parametrize(
        ("scene", "expected"),
        [
            (
                "Prime Minister Datuk Seri Hamzah Osman met President Gabriel Reyes of Chile.",
                [("Hamzah Osman", "Prime Minister", None), ("Gabriel Reyes", "President", "CL")],
            ),
            (
                "Prime Minister Dato' Seri Hamzah Osman met President Gabriel Reyes of Chile.",
                [("Hamzah Osman", "Prime Minister", None), ("Gabriel Reyes", "President", "CL")],
            ),
            (
                "Prime Minister Tan Sri Hamzah Osman met President Gabriel Reyes of Chile.",
                [("Hamzah Osman", "Prime Minister", None), ("Gabriel Reyes", "President", "CL")],
            ),
            (
                "Prime Minister Ana Ruiz met Samdech Moha Bovor Thipadei Sok Vanna, Prime"
                " Minister of Cambodia.",
                [("Ana Ruiz", "Prime Minister", None), ("Sok Vanna", "Prime Minister", "KH")],
            ),
            # a portfolio of fields joined by "and" and commas, the last ending like one
            (
                "Foreign Minister Li Wen met Minister for Europe and Foreign Affairs Paul Martin"
                " of France.",
                [
                    ("Li Wen", "Foreign Minister", None),
                    ("Paul Martin", "Minister for Europe and Foreign Affairs", "FR"),
                ],
            ),
            (
                "Foreign Minister Li Wen met Secretary of State for Foreign, Commonwealth and"
                " Development Affairs Tom Reed of the United Kingdom.",
                [
                    ("Li Wen", "Foreign Minister", None),
                    (
                        "Tom Reed",
                        "Secretary of State for Foreign, Commonwealth and Development Affairs",
                        "GB",
                    ),
                ],
            ),
            # a government or a parliament the office is of, by its own name
            (
                "President Ana Ruiz received the Chairman of the Government of the Russian"
                " Federation Ivan Petrov.",
                [
                    ("Ana Ruiz", "President", None),
                    ("Ivan Petrov", "Chairman of the Government", "RU"),
                ],
            ),
            (
                "President Ana Ruiz met Chairman of the State Duma Ivan Petrov.",
                [
                    ("Ana Ruiz", "President", None),
                    ("Ivan Petrov", "Chairman of the State Duma", None),
                ],
            ),
            (
                "President Ana Ruiz received Chairman of the Cabinet of Ministers Aziz Karimov.",
                [
                    ("Ana Ruiz", "President", None),
                    ("Aziz Karimov", "Chairman of the Cabinet of Ministers", None),
                ],
            ),
            # a country's initials in brackets, before the name or closing an apposition
            (
                "Foreign Minister Li Wen held talks with Foreign Minister of the Republic of"
                " Korea (RoK) Kim Min-jun.",
                [("Li Wen", "Foreign Minister", None), ("Kim Min-jun", "Foreign Minister", "KR")],
            ),
            (
                "Foreign Minister Li Wen held talks with Mr. Kim Min-jun, Minister of Foreign"
                " Affairs of the Republic of Korea (ROK).",
                [
                    ("Li Wen", "Foreign Minister", None),
                    ("Kim Min-jun", "Minister of Foreign Affairs", "KR"),
                ],
            ),
            # letters after the name, set off by commas, before its office
            (
                "H.E. Musa Bello, C.G.H., President of the Republic of Kenya, met President"
                " Ana Ruiz of Chile.",
                [("Musa Bello", "President", "KE"), ("Ana Ruiz", "President", "CL")],
            ),
            # a body's name with a possessive in it, its initials between its parts
            (
                "Li Wen, chairman of the National People's Congress (NPC) Standing Committee,"
                " held talks with Prime Minister Tom Hale of Fiji.",
                [
                    (
                        "Li Wen",
                        "chairman of the National People's Congress (NPC) Standing Committee",
                        None,
                    ),
                    ("Tom Hale", "Prime Minister", "FJ"),
                ],
            ),
            # the country that owns the office is the holder's, not the one named before
            (
                "Foreign Minister Li Wen met Britain's Foreign Secretary Tom Reed.",
                [("Li Wen", "Foreign Minister", None), ("Tom Reed", "Foreign Secretary", "GB")],
            ),
            (
                "Prime Minister Ana Ruiz spoke with Japan's Prime Minister, Kenji Mori.",
                [("Ana Ruiz", "Prime Minister", None), ("Kenji Mori", "Prime Minister", "JP")],
            ),
            # regions joined by commas, one of them named by two words
            (
                "Foreign Minister Li Wen met the United Kingdom's Minister for Europe, North"
                " America and Overseas Territories, Tom Reed.",
                [
                    ("Li Wen", "Foreign Minister", None),
                    (
                        "Tom Reed",
                        "Minister for Europe, North America and Overseas Territories",
                        "GB",
                    ),
                ],
            ),
            (
                "Secretary of Health and Human Services Ann Cole met Minister of Health Li Wen"
                " of China.",
                [
                    ("Ann Cole", "Secretary of Health and Human Services", None),
                    ("Li Wen", "Minister of Health", "CN"),
                ],
            ),
            (
                "Prime Minister the Hon. Rebecca Lane MP met Prime Minister Tom Hale of Fiji.",
                [("Rebecca Lane", "Prime Minister", None), ("Tom Hale", "Prime Minister", "FJ")],
            ),
            (
                "President Musa Adeyemi, GCFR, met President Grace Wanjiru of Kenya.",
                [("Musa Adeyemi", "President", None), ("Grace Wanjiru", "President", "KE")],
            ),
            (
                "General Secretary To Van Minh met President Ana Ortiz of Panama.",
                [("To Van Minh", "General Secretary", None), ("Ana Ortiz", "President", "PA")],
            ),
            (
                "President Ana Ortiz met General Secretary To Van Minh of Vietnam.",
                [("Ana Ortiz", "President", None), ("To Van Minh", "General Secretary", "VN")],
            ),
            (
                "Foreign Secretary Md. Karim Uddin met Foreign Minister Lena Berg of Norway.",
                [
                    ("Md. Karim Uddin", "Foreign Secretary", None),
                    ("Lena Berg", "Foreign Minister", "NO"),
                ],
            ),
            (
                "The President of the Government, Ana Ruiz, spoke with the Prime Minister of"
                " Portugal, Rui Montenegro.",
                [
                    ("Ana Ruiz", "President of the Government", "ES"),
                    ("Rui Montenegro", "Prime Minister", "PT"),
                ],
            ),
            (
                "The President of the Republic, Paul Girard, spoke with the Prime Minister of"
                " India, Arjun Rao.",
                [
                    ("Paul Girard", "President of the Republic", None),
                    ("Arjun Rao", "Prime Minister", "IN"),
                ],
            ),
            (
                "Senior General Aung Kyaw, Chairman of the State Security Council, met Prime"
                " Minister Hamzah Osman of Malaysia.",
                [
                    ("Aung Kyaw", "Chairman of the State Security Council", None),
                    ("Hamzah Osman", "Prime Minister", "MY"),
                ],
            ),
            # Xinhua's apposition in lower case, with an abbreviation in brackets and a
            # second office of the same person after the organisation: the office of state
            # ranks first, as when both stand before the name
            (
                "Chinese President Xi Jinping held talks with Tran Van Hoa, general secretary"
                " of the Communist Party of Vietnam (CPV) Central Committee and Vietnamese"
                " president, in Beijing on Monday.",
                [
                    ("Xi Jinping", "President", "CN"),
                    ("Tran Van Hoa", "president", "VN"),
                ],
            ),
            # a field, a body or a body's initials that the office is for or of, then a name
            (
                "Special Presidential Envoy for Climate Tom Hale met Foreign Minister Li Wen.",
                [("Tom Hale", "Special Presidential Envoy for Climate", None), LI_WEN],
            ),
            (
                "Under Secretary of State for Political Affairs Tom Hale met Foreign Minister"
                " Li Wen.",
                [("Tom Hale", "Under Secretary of State for Political Affairs", None), LI_WEN],
            ),
            (
                "Foreign Minister Li Wen met Director General of the IAEA Tom Hale.",
                [LI_WEN, ("Tom Hale", "Director General of the IAEA", None)],
            ),
            (
                "Foreign Minister Li Wen met UN High Commissioner for Refugees Tom Hale.",
                [LI_WEN, ("Tom Hale", "High Commissioner for Refugees", "UN")],
            ),
            (
                "Foreign Minister Li Wen met President of the World Bank Tom Hale.",
                [LI_WEN, ("Tom Hale", "President of the World Bank", None)],
            ),
            (
                "First Lady Ann Hale met First Lady Olena Moroz of Ukraine.",
                [("Ann Hale", "First Lady", None), ("Olena Moroz", "First Lady", "UA")],
            ),
            # a list of fields after the office, the last of a people or of one word
            (
                "The Minister of Foreign Affairs, African Cooperation and Moroccan"
                " Expatriates, Omar Idrissi, received Foreign Minister Li Wen.",
                [
                    (
                        "Omar Idrissi",
                        "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates",
                        None,
                    ),
                    LI_WEN,
                ],
            ),
            (
                "Minister of Foreign Affairs, International Trade and Worship Ana Roca met"
                " Foreign Minister Li Wen.",
                [
                    (
                        "Ana Roca",
                        "Minister of Foreign Affairs, International Trade and Worship",
                        None,
                    ),
                    LI_WEN,
                ],
            ),
            # Malaysian styles
            (
                "The Prime Minister of Malaysia, YAB Dato' Seri Amir Hassan, received a"
                " telephone call from Foreign Minister Li Wen.",
                [("Amir Hassan", "Prime Minister", "MY"), LI_WEN],
            ),
            # a middle initial that is also an article
            (
                "Secretary of Foreign Affairs Maria A. Santos met Foreign Minister Li Wen.",
                [("Maria A. Santos", "Secretary of Foreign Affairs", None), LI_WEN],
            ),
            # offices joined by a slash
            (
                "Deputy Prime Minister/Foreign Minister Tom Hale received a telephone call from"
                " Foreign Minister Li Wen.",
                [("Tom Hale", "Deputy Prime Minister/Foreign Minister", None), LI_WEN],
            ),
            # a party office alone, the party's abbreviation giving the country
            (
                "On May 6, 2025, Zhou Ming, Member of the Standing Committee of the Political"
                " Bureau of the CPC Central Committee, met with Lao Vice President Somsak"
                " Vongvichit in Beijing.",
                [
                    ("Zhou Ming", "Member of the Standing Committee of the Political Bureau", "CN"),
                    ("Somsak Vongvichit", "Vice President", "LA"),
                ],
            ),
            # a region an envoy is for, then the name
            (
                "Special Envoy for the Middle East Tom Hale met Foreign Minister Li Wen in"
                " Beijing.",
                [
                    ("Tom Hale", "Special Envoy for the Middle East", None),
                    ("Li Wen", "Foreign Minister", None),
                ],
            ),
            (
                "Special Envoy for the Indo-Pacific Tom Hale met Foreign Minister Li Wen in"
                " Beijing.",
                [
                    ("Tom Hale", "Special Envoy for the Indo-Pacific", None),
                    ("Li Wen", "Foreign Minister", None),
                ],
            ),
            # the second office with its country after it
            (
                "Chinese President Xi Jinping held talks with Somsak Vongvichit, general"
                " secretary of the Lao People's Revolutionary Party Central Committee and"
                " president of Laos, in Beijing on Monday.",
                [
                    ("Xi Jinping", "President", "CN"),
                    ("Somsak Vongvichit", "general secretary", "LA"),
                ],
            ),
            # a capitalised small word in the middle of a sentence opens a name
            (
                "Chinese President Xi Jinping held talks with To Lam, general secretary of the"
                " Communist Party of Vietnam Central Committee, in Beijing.",
                [
                    ("Xi Jinping", "President", "CN"),
                    ("To Lam", "general secretary of the Communist Party", "VN"),
                ],
            ),
            # offices of one person joined by "and", the second with its country
            (
                "Secretary Ann Lee met Director of the Office of the Central Foreign Affairs"
                " Commission and PRC Foreign Minister Li Wen.",
                [("Ann Lee", "Secretary", None), ("Li Wen", "Foreign Minister", "CN")],
            ),
            (
                "Secretary Ann Lee met Minister of National Defence and Canadian Deputy Prime"
                " Minister Ola Berg.",
                [("Ann Lee", "Secretary", None), ("Ola Berg", "Deputy Prime Minister", "CA")],
            ),
            # ... but two people without a name after them, or after "the"
            (
                "The Prime Minister and Chinese Premier Li Wen met in Beijing.",
                [("Prime Minister", "Prime Minister", None), ("Li Wen", "Premier", "CN")],
            ),
            # a country after an office opens a name when a name follows it
            (
                "Secretary of Defense Dan Cole spoke with Israeli Minister of Defense Israel Levi.",
                [
                    ("Dan Cole", "Secretary of Defense", None),
                    ("Israel Levi", "Minister of Defense", "IL"),
                ],
            ),
            (
                "Prime Minister Ana Ruiz met Foreign Minister Jordan Hale of Canada.",
                [("Ana Ruiz", "Prime Minister", None), ("Jordan Hale", "Foreign Minister", "CA")],
            ),
            # initials run together open a name
            (
                "President Joe Biden spoke today with Prime Minister K.P. Sharma Oli of Nepal.",
                [("Joe Biden", "President", "US"), ("K.P. Sharma Oli", "Prime Minister", "NP")],
            ),
            # a bare name right after the verb of the engagement, or addressed by it
            (
                "President Joe Biden met Keir Starmer in London.",
                [("Joe Biden", "President", "US"), ("Keir Starmer", None, "GB")],
            ),
            (
                "Prime Minister Narendra Modi spoke to Emmanuel Macron today.",
                [("Narendra Modi", "Prime Minister", "IN"), ("Emmanuel Macron", None, "FR")],
            ),
        ],
    )
    def test_scene(self, scene: str, expected: list[tuple[str, str | None, str | None]]) -> None:
        """The name is the person's alone; the title is the office as written."""
        assert _people(scene + AFTER) == expected

    def test_two_people_who_share_a_given_name(self) -> None:
        """Two full names that share only their first words are two people."""
        text = (
            "President Abdel Karim Haddad received General Abdel Karim al-Masri, Chairman of the"
            " Transitional Council of Sudan, in Cairo. President Haddad affirmed his support."
        )
        readout = readoutmodel.parse(text)
        assert [p.name for p in readout.participants] == [
            "Abdel Karim Haddad",
            "Abdel Karim al-Masri",
        ]
        assert [[p.name for p in s.speakers] for s in readout.statements] == [
            ["Abdel Karim Haddad"]
        ]

    @pytest.mark.parametrize(
        ("scene", "title"),
        [
            (
                "Prime Ministers Anna Berg and Tom Hale held a telephone conversation today.",
                "Prime Minister",
            ),
            ("Presidents Ana Ruiz, Tom Hale and Li Wen met in Geneva on Friday.", "President"),
        ],
    )
    def test_an_office_in_the_plural_is_each_names(self, scene: str, title: str) -> None:
        """ "Prime Ministers X and Y": each holds the office, written in the singular."""
        people = readoutmodel.parse(scene + " The leaders discussed trade.").participants
        assert len(people) >= 2
        assert [p.title for p in people] == [title] * len(people)

    def test_a_kings_style_in_the_headline_is_no_participant(self) -> None:
        """ "Custodian of the Two Holy Mosques" is a style: alone in the headline it names
        no one of its own, before the King's name it is no part of it."""
        text = (
            "Custodian of the Two Holy Mosques Receives Phone Call from President of Kenya\n\n"
            "Jeddah, June 05, 2024, SPA -- The Custodian of the Two Holy Mosques King Fahd bin"
            " Saud received a phone call today from President John Doe of Kenya.\n\nThe two"
            " leaders reviewed bilateral relations."
        )
        readout = readoutmodel.parse(text)
        assert sorted(p.name for p in readout.participants) == ["Fahd bin Saud", "John Doe"]
        assert [len(s.speakers) for s in readout.statements] == [2]

    def test_a_kept_style_goes_where_the_text_drops_it(self) -> None:
        """ "Sheikh" stays in a name only where the text never gives the name without it:
        here it does, and the name with it is an alias where the text writes it alone, as
        every alias is read somewhere."""
        text = (
            "ABU DHABI, 12th November, 2023 (WAM) -- His Highness Sheikh Khalid bin Saeed Al"
            " Nuaimi, President of the UAE, received a phone call today from President John"
            " Doe of Kenya.\n\nKhalid bin Saeed and President Doe discussed trade."
        )
        sheikh = readoutmodel.parse(text).participants[0]
        assert sheikh.name == "Khalid bin Saeed Al Nuaimi"
        assert "Sheikh Khalid bin Saeed Al Nuaimi" not in sheikh.aliases
        again = readoutmodel.parse(text + " Sheikh Khalid bin Saeed Al Nuaimi thanked him.")
        sheikh = again.participants[0]
        assert sheikh.name == "Khalid bin Saeed Al Nuaimi"
        assert "Sheikh Khalid bin Saeed Al Nuaimi" in sheikh.aliases

    def test_a_style_that_is_never_dropped_stays_in_the_name(self) -> None:
        """ "Prince" stays in a name the text never gives without it."""
        text = (
            "Foreign Minister Receives Phone Call from Dutch Counterpart\n\nRiyadh, 3 March 2025"
            " -- His Highness Prince Khalid bin Saad, Minister of Foreign Affairs, received a"
            " phone call today from Dutch Minister of Foreign Affairs Pieter de Vries. They"
            " discussed the situation in Yemen."
        )
        assert _people(text) == [
            ("Prince Khalid bin Saad", "Minister of Foreign Affairs", "SA"),
            ("Pieter de Vries", "Minister of Foreign Affairs", "NL"),
        ]

    @pytest.mark.parametrize(
        ("text", "people", "speakers"),
        [
            # the first office is held by a name of its own
            (
                "Taoiseach and Chancellor Weber discuss energy\n\nTaoiseach Niall Byrne spoke"
                " by phone with German Chancellor Jonas Weber. The Taoiseach thanked the"
                " Chancellor for his support.",
                [("Niall Byrne", "Taoiseach"), ("Jonas Weber", "Chancellor")],
                [["Niall Byrne"]],
            ),
            # ... or by an office the body names alone
            (
                "PM and President Hale agree to deepen ties\n\nThe Prime Minister spoke to"
                " President Hale of the United States this evening. The Prime Minister"
                " congratulated the President on the summit.",
                [("Prime Minister", "Prime Minister"), ("Hale", "President")],
                [["Prime Minister"]],
            ),
        ],
    )
    def test_offices_joined_before_a_name_may_be_two_people(
        self, text: str, people: list[tuple[str, str]], speakers: list[list[str]]
    ) -> None:
        """ "A and B NAME" is two people when another principal holds A and the named one
        is given B alone elsewhere: A is that principal's, and names them first."""
        readout = readoutmodel.parse(text)
        assert [(p.name, p.title) for p in readout.participants] == people
        assert [[p.name for p in s.speakers] for s in readout.statements] == speakers

    @pytest.mark.parametrize(
        "text",
        [
            # the named one is never given one office alone
            "Prime Minister meets Prime Minister and Foreign Minister Sheikh Omar bin Khalid"
            "\n\nPrime Minister Ravi Menon met Sheikh Omar bin Khalid in New Delhi today.",
            # no one else holds the first office
            "State Councilor and Foreign Minister Li Wen Meets Foreign Minister Ann Lee\n\n"
            "State Councilor and Foreign Minister Li Wen met Australian Foreign Minister Ann Lee"
            " in Beijing. Li Wen said China values the relationship.",
        ],
    )
    def test_offices_joined_before_a_name_stay_one_persons(self, text: str) -> None:
        """Two offices of one person stay so when nothing in the text says the first is
        another's."""
        first = readoutmodel.parse(text).participants
        assert len(first) == 2
        joined = next(p for p in first if " and " in (p.title or ""))
        assert joined.title in (
            "Prime Minister and Foreign Minister",
            "State Councilor and Foreign Minister",
        )

    @pytest.mark.parametrize(
        "headline",
        [
            "PM Telephones President of Chile",
            "PM TELEPHONES PRESIDENT OF CHILE",
            "Prime Minister Makes Phone Call to President of Chile",
            "Prime Minister Meets Chilean President In Santiago",
            "Prime Minister Meets Chilean President On Trade",
            "Home > News > Prime Minister Ana Ruiz Attends the Pacific Summit",
            "Prime Minister Ana Ruiz Visits Chile, Signs Agreements",
        ],
    )
    def test_headline_words_in_title_case_are_no_names(self, headline: str) -> None:
        """A verb in the present or a small word after an office in a headline opens no
        name: no "Telephones", "Makes" or "In Santiago" among the participants."""
        text = (
            f"{headline}\n\nPrime Minister Ana Ruiz spoke with President Lee Jun of Chile on"
            " Friday. Both leaders agreed to meet again."
        )
        assert _people(text) == [
            ("Ana Ruiz", "Prime Minister", None),
            ("Lee Jun", "President", "CL"),
        ]

    @pytest.mark.parametrize(
        "headline",
        [
            "Head of State holds talks with President of Peru",
            "Prime Minister and Minister of Foreign Affairs Meets President of Peru",
        ],
    )
    def test_headline_office_is_the_named_principal(self, headline: str) -> None:
        """A role ("Head of State") or two offices of one person in the headline add no one."""
        text = (
            f"{headline}\n\nDoha, 4 May 2025\n\nPrime Minister and Minister of Foreign Affairs"
            " Sheikh Hamad bin Nasser Al-Kuwari met President Luis Vargas of Peru today. The"
            " Head of State welcomed the guest."
        )
        people = _people(text)
        assert sorted(name for name, _, _ in people) == [
            "Luis Vargas",
            "Sheikh Hamad bin Nasser Al-Kuwari",
        ]

    @pytest.mark.parametrize(
        "scene",
        [
            "Prime Minister Hana Desta took part in a virtual summit with ECOWAS leaders,"
            " President Grace Wanjiru of Kenya and President Omar Farah of Somalia.",
            "Prime Minister Hana Desta joined a call of the Friends of the Horn chaired by"
            " President Grace Wanjiru of Kenya and President Omar Farah of Somalia.",
        ],
    )
    def test_an_organisation_is_no_participant(self, scene: str) -> None:
        """A name that qualifies a role ("ECOWAS leaders") or follows "the" is no person."""
        assert [name for name, _, _ in _people(scene + AFTER)] == [
            "Hana Desta",
            "Grace Wanjiru",
            "Omar Farah",
        ]

    @pytest.mark.parametrize(
        "source",
        [
            "Senior Presidential Secretary for Press Affairs Kim Na-ri said",
            "National Security Adviser Kim Na-ri told reporters",
            "Director of the Public Diplomacy Directorate Kim Na-ri said",
        ],
    )
    def test_who_told_the_scene_is_no_participant(self, source: str) -> None:
        """ "..., <office> <name> said." closing the scene names its source, not one who met."""
        text = (
            "President Lee Jun-ho and Japanese Prime Minister Sato Haruki held talks via"
            f" videoconference on Tuesday, {source}."
        )
        readout = readoutmodel.parse(text)
        assert [p.name for p in readout.participants] == ["Lee Jun-ho", "Sato Haruki"]
        assert not readout.statements

    def test_the_object_of_the_scene_verb_is_not_its_subject(self) -> None:
        """ "Danish Prime Minister X called the Prime Minister": the Prime Minister called is
        another, the issuer's own, whom "The Prime Minister" means after."""
        text = (
            "PM call with Prime Minister Holm: 3 March 2025\n\nA Downing Street spokesperson"
            " said:\n\nDanish Prime Minister Ida Holm called the Prime Minister this afternoon."
            "\n\nThe Prime Minister said that Europe must do more for its defence."
        )
        readout = readoutmodel.parse(text)
        assert [(p.name, p.country) for p in readout.participants] == [
            ("Prime Minister", "GB"),
            ("Ida Holm", "DK"),
        ]
        assert readout.initiator is not None
        assert readout.initiator.name == "Ida Holm"
        assert [[p.name for p in s.speakers] for s in readout.statements] == [["Prime Minister"]]

    def test_an_office_in_a_clause_after_the_object_is_the_subjects(self) -> None:
        """ "X spoke with Y, who called to wish the President ...": the President is X."""
        text = (
            "President Avi Dror spoke this morning with President Omar Farah of Somalia, who"
            " called to wish the President a happy new year.\n\nThe two presidents discussed"
            " trade."
        )
        assert [name for name, _, _ in _people(text)] == ["Avi Dror", "Omar Farah"]

    @pytest.mark.parametrize("office", ["the Prime Minister's Office", "the PM Office", "PM House"])
    def test_the_office_that_passes_the_readout_on_is_no_participant(self, office: str) -> None:
        """ "..., the Prime Minister's Office said" names a source, not one who spoke."""
        text = f"Prime Minister Hana Desta spoke to President Omar Farah of Somalia, {office} said."
        readout = readoutmodel.parse(text)
        assert [p.name for p in readout.participants] == ["Hana Desta", "Omar Farah"]
        assert not readout.statements

    @pytest.mark.parametrize(
        "headline",
        [
            "Ana Ribeiro and Tomás Vidal discuss the deal between Mercosur and the EU",
            "President Ana Ribeiro, President Tomás Vidal and ASEAN",
        ],
    )
    def test_an_issue_the_taxonomy_knows_is_no_participant(self, headline: str) -> None:
        """A name that is an organisation, format or place of the taxonomy ("Mercosur",
        "ASEAN") is no person, in the headline or the body."""
        text = (
            f"{headline}\n\nPresident Ana Ribeiro spoke with President Tomás Vidal of Chile."
            " The leaders discussed the agreement between Mercosur and the European Union."
        )
        assert [p.name for p in readoutmodel.parse(text).participants] == [
            "Ana Ribeiro",
            "Tomás Vidal",
        ]

    def test_a_european_body_gives_its_country(self) -> None:
        """ "President of the European Commission" is an office of the EU."""
        text = (
            "Prime Minister Jan Nowak met with Ursula Lind, President of the European Commission,"
            " in Warsaw. Nowak stressed that the border is a matter for the whole Union."
        )
        assert _people(text) == [
            ("Jan Nowak", "Prime Minister", None),
            ("Ursula Lind", "President of the European Commission", "EU"),
        ]

    @pytest.mark.parametrize(
        ("headline", "title"),
        [
            # the body writes the headline's office too, then a shorter one
            ("PM Arad Speaks with US Secretary of State Rubio", "Secretary of State"),
            # only the headline writes the short form
            ("PM Arad Speaks with Secretary Rubio", "Secretary of State"),
        ],
    )
    def test_the_title_is_the_office_the_body_writes_first(self, headline: str, title: str) -> None:
        """An office the body writes comes before one written only outside it, in the order
        the body writes them, whatever the headline writes."""
        text = (
            f"{headline}\n\nPrime Minister Noa Arad spoke this evening with US Secretary of"
            " State Marco Rubio. Secretary Rubio reiterated the commitment of the United"
            " States to Israel's security."
        )
        assert _people(text)[1] == ("Marco Rubio", title, "US")

    def test_the_office_after_a_name_is_that_person_when_the_headline_names_it(self) -> None:
        """ "... at the invitation of President X, held talks with the President": the
        office refers back to the name before it, also when the headline wrote it first."""
        text = (
            "PM Rao meets President of Cyprus\n\nJune 15, 2025\n\nPrime Minister Arjun Rao,"
            " who is on a State Visit to Cyprus at the invitation of President Nikos Petrou,"
            " held talks with the President in Nicosia today. The two leaders discussed trade."
        )
        readout = readoutmodel.parse(text)
        assert [(p.name, p.title, p.country) for p in readout.participants] == [
            ("Arjun Rao", "Prime Minister", None),
            ("Nikos Petrou", "President", "CY"),
        ]
        assert readout.initiator is not None
        assert readout.initiator.name == "Nikos Petrou"

    def test_a_state_after_for_is_not_the_offices(self) -> None:
        """ "thanked the Crown Prince for the Kingdom's support": the Kingdom owns the
        support; an office is "of" a state ("President of the Republic"), not "for" one."""
        text = (
            "Prime Minister Ali Khan received a telephone call from Crown Prince Faisal bin"
            " Nasser of Saudi Arabia. The Prime Minister thanked the Crown Prince for the"
            " Kingdom's continued support."
        )
        crown_prince = readoutmodel.parse(text).participants[1]
        assert crown_prince.name == "Faisal bin Nasser"
        assert "the Crown Prince" in crown_prince.aliases
        assert not any("Kingdom" in alias for alias in crown_prince.aliases)

    def test_a_headline_pair_of_names_is_two_people(self) -> None:
        """ "Otieno-Namutebi talks" names two principals, not one."""
        text = (
            "Otieno-Namutebi talks: 'We are one people'\n\nNairobi, 14 March 2025\n\nPresident"
            " Daniel Otieno met President Grace Namutebi of Uganda at State House today."
            " President Otieno said the two countries are bound by history."
        )
        readout = readoutmodel.parse(text)
        assert [p.name for p in readout.participants] == ["Daniel Otieno", "Grace Namutebi"]
        assert [[p.name for p in s.speakers] for s in readout.statements] == [["Daniel Otieno"]]

    def test_a_scene_that_names_no_one_reads_on(self) -> None:
        """When the first sentence names no one, the next sentence of the engagement does."""
        text = (
            "The telephone conversation took place at the initiative of the Armenian side."
            " President Daniel Otieno spoke with President Grace Namutebi of Uganda."
            " The presidents discussed transit."
        )
        assert [name for name, _, _ in _people(text)] == ["Daniel Otieno", "Grace Namutebi"]

    def test_a_visit_is_followed_to_the_meeting_it_held(self) -> None:
        """A visit to a country names one party; the next sentence's meeting names the other,
        whom the headline gives by office alone."""
        text = (
            "Prime Minister's meeting with President of Kenya\n\n"
            "On 3 May 2025, Prime Minister Sato Haruki visited Kenya. On 4 May, Prime Minister"
            " Sato held a summit meeting with President Amani Wekesa. Prime Minister Sato"
            " stated that Japan would stand by Kenya."
        )
        assert _people(text) == [
            ("Sato Haruki", "Prime Minister", "JP"),
            ("Amani Wekesa", "President", "KE"),
        ]

    def test_a_visit_with_its_host_named_is_the_scene(self) -> None:
        """A scene that names both parties is not read on into the next engagement."""
        text = (
            "Prime Minister Sato Haruki met President Amani Wekesa of Kenya in Nairobi."
            " A meeting with President Lina Moyo of Zambia was held later on the phone."
            " Prime Minister Sato stated that Japan would stand by Kenya."
        )
        assert [name for name, _, _ in _people(text)] == ["Sato Haruki", "Amani Wekesa"]

    @pytest.mark.parametrize(
        "text",
        [
            "Office of the Prime Minister\nThe Hon Mere Tapsell MP\n\nMedia Statement\n\nToday"
            " I met with President Arjun Rao of India in Wellington. I thanked President Rao"
            " for his visit.",
            "Had a good call with President Arjun Rao of India. I thanked him for his support."
            "\n\n\u2014 Mere Tapsell",
            "Mere Tapsell: I spoke with the President of India\n\nI had a call with President"
            " Arjun Rao of India. I thanked him for his support.",
        ],
    )
    def test_the_first_person_is_the_leader_named_alone(self, text: str) -> None:
        """In a leader's own statement, "I" is the one named alone on a line of the page."""
        readout = readoutmodel.parse(text)
        assert sorted(p.name for p in readout.participants) == ["Arjun Rao", "Mere Tapsell"]
        thanked = [s for s in readout.statements if s.verb == "thanked"]
        assert [[p.name for p in s.speakers] for s in thanked] == [["Mere Tapsell"]]


class TestRelays:
    """Offices and bodies that pass a readout on, read at the end of a stretch of text."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("the Foreign Ministry", True),
            ("according to the Directorate of Communications  ", True),
            ("and the two sides agreed " * 400 + "the presidential press service", True),
            ("the Foreign Ministry said the two sides agreed", False),
            ("the Foreign Ministry said. " * 400 + "He", False),
            ("a ministry" + " " * 500, True),
            ("the Foreign Ministry's", False),
        ],
    )
    def test_the_end_decides(self, grammar: Grammar, text: str, expected: bool) -> None:
        """Whether the text ends with a relaying office, however long it runs before."""
        assert relays(grammar, text) is expected
        assert relays(grammar, "x " + text, 2) is expected

    def test_a_body_that_ends_with_a_name_is_read_through(self) -> None:
        """ "..., the Directorate of Communications said." makes no participant of the
        capitalised word it ends with."""
        readout = readoutmodel.parse(
            "President Ana Ruiz spoke with President Lee Jun of Korea on Monday, the"
            " Directorate of Communications said."
        )
        assert [p.name for p in readout.participants] == ["Ana Ruiz", "Lee Jun"]


def test_a_sentence_naming_people_without_end_gives_a_bounded_cast() -> None:
    """An opening sentence that names offices a thousand times over gives no more than a
    summit's worth of principals, and the people it names first are among them."""
    text = "President Ana Ruiz met Prime Minister Lee Jun, " + "the President, " * 1000 + "today."
    readout = readoutmodel.parse(text)
    names = [p.name for p in readout.participants]
    assert names[:2] == ["Ana Ruiz", "Lee Jun"]
    assert len(names) <= 40


@pytest.mark.parametrize(
    ("counterpart", "name", "title"),
    [
        ("Minister of National Defense Adm. Li Wen", "Li Wen", "Minister of National Defense"),
        ("Chief of Army Staff Gen. Ali Khan", "Ali Khan", "Chief of Army Staff"),
        ("Field Marshal Ali Khan, Chief of Army Staff,", "Ali Khan", "Chief of Army Staff"),
        ("Kristina Petrova, the Managing Director of the IMF,", "Kristina Petrova", None),
    ],
)
def test_ranks_and_offices_of_several_words_before_a_name(
    counterpart: str, name: str, title: str | None
) -> None:
    """A rank written abbreviated after a portfolio ("... Defense Adm. Li Wen"), a rank of
    two words ("Field Marshal") and "Managing Director" are no part of the name, and make
    no participant of their own."""
    readout = readoutmodel.parse(
        f"Secretary of Defense Tom Hale met today with {counterpart} in Washington."
        " The Secretary thanked him."
    )
    assert sorted(p.name for p in readout.participants) == sorted(["Tom Hale", name])
    found = next(p for p in readout.participants if p.name == name)
    if title is not None:
        assert found.title == title
    else:
        assert found.title is not None
        assert found.title.startswith("Managing Director")


@pytest.mark.parametrize(
    ("counterpart", "name"),
    [
        ("H.E. Mr. KIM Jin Ho, President of the Republic of Korea", "KIM Jin Ho"),
        ("H.E. Mr. PHAN Van Duc, Prime Minister of Viet Nam", "PHAN Van Duc"),
    ],
)
def test_a_family_name_in_capitals_before_two_given_names_is_one_name(
    counterpart: str, name: str
) -> None:
    """Japan writes family names in capitals: "LEE Jae Myung" is one person, not a body's
    initials ("IAEA") and a name."""
    readout = readoutmodel.parse(
        f"On June 9, 2025, Mr. SATO Kenji, Prime Minister of Japan, held a telephone talk"
        f" with {counterpart}.\n\nThe two leaders confirmed the importance of cooperation."
    )
    assert [p.name for p in readout.participants] == ["SATO Kenji", name]
    assert [len(s.speakers) for s in readout.statements] == [2]


def test_two_names_that_discuss_open_the_scene() -> None:
    """ "X and Y discussed trade by telephone": both took part."""
    readout = readoutmodel.parse(
        "Ivan Petrov and Oleg Marchenko discussed trade by telephone.\n\n"
        "The presidents noted the results of joint work."
    )
    assert [p.name for p in readout.participants] == ["Ivan Petrov", "Oleg Marchenko"]


def test_a_counterpart_of_a_country_named_after_a_comma() -> None:
    """ "his counterpart of Brazil, X": X took part, of Brazil."""
    readout = readoutmodel.parse(
        "The President of Colombia, Pablo Reyes, held a telephone conversation with his"
        " counterpart of Brazil, Joao Pereira. The two leaders discussed Venezuela."
    )
    assert [(p.name, p.country) for p in readout.participants] == [
        ("Pablo Reyes", "CO"),
        ("Joao Pereira", "BR"),
    ]


def test_a_counterpart_in_a_fronted_phrase_is_not_the_issuers_own() -> None:
    """ "In a telephone conversation with X, Y said ...": Y is the subject, the issuer's
    own, and "the President" after is Y."""
    readout = readoutmodel.parse(
        "In a telephone conversation with French President Luc Martin on Sunday evening,"
        " Iranian President Reza Karimi described the crisis as a threat to the region.\n\n"
        '"Europe has the capacity to act," the President said.'
    )
    assert readout.issuer == "IR"
    assert [[p.name for p in s.speakers] for s in readout.statements] == [
        ["Reza Karimi"],
        ["Reza Karimi"],
    ]


def test_ambassador_extraordinary_and_plenipotentiary_is_one_office() -> None:
    readout = readoutmodel.parse(
        "On 5 June 2024, Deputy Minister of Foreign Affairs Ivan Petrov received Ambassador"
        " Extraordinary and Plenipotentiary of Viet Nam Dang Van Khoi at the latter's"
        " request.\n\nThe sides discussed bilateral relations."
    )
    assert [(p.name, p.title, p.country) for p in readout.participants][1:] == [
        ("Dang Van Khoi", "Ambassador Extraordinary and Plenipotentiary", "VN")
    ]
    assert readout.initiator is not None
    assert readout.initiator.name == "Dang Van Khoi"


def test_an_office_in_the_plural_before_a_comma_is_no_ones_title() -> None:
    """ "On the sidelines of the summit of CIS heads of state, X had ...": X is no "Head of
    State" by it."""
    readout = readoutmodel.parse(
        "On the sidelines of the informal summit of CIS heads of state, President Ivan Petrov"
        " had a brief conversation with Prime Minister of Armenia Aram Sargsyan."
    )
    assert [(p.name, p.title) for p in readout.participants] == [
        ("Ivan Petrov", "President"),
        ("Aram Sargsyan", "Prime Minister"),
    ]


def test_a_country_and_a_style_before_a_name() -> None:
    """ "US Senator X": a style, with the country of the one it names."""
    readout = readoutmodel.parse(
        "On May 29, 2024, Vice President Li Wen met with US Senator Ann Lee in Beijing.\n\n"
        "Li Wen said that China values its ties with the United States."
    )
    assert [(p.name, p.country) for p in readout.participants] == [
        ("Li Wen", "CN"),
        ("Ann Lee", "US"),
    ]


def test_a_senior_presidential_secretary_who_tells_the_scene_takes_no_part() -> None:
    readout = readoutmodel.parse(
        "President Kim Min-su held a phone call with Vietnamese President Tran Tam on"
        " Thursday, Senior Presidential Secretary for Public Relations Park Ji-ho said in a"
        " briefing on Friday morning."
    )
    assert [p.name for p in readout.participants] == ["Kim Min-su", "Tran Tam"]


def test_an_office_of_a_body_for_relations_with_a_country() -> None:
    """ "X, Chair of the Delegation for Relations with the People's Republic of China,":
    one person, his office, and not China's."""
    readout = readoutmodel.parse(
        "Chinese Vice President Li Wen met with a delegation led by Karl Weber, Chair of the"
        " Delegation for Relations with the People's Republic of China, in Beijing.\n\n"
        "Mr. Weber thanked Li Wen for his welcome."
    )
    assert [(p.name, p.title, p.country) for p in readout.participants] == [
        ("Li Wen", "Vice President", "CN"),
        ("Karl Weber", "Chair", None),
    ]
    assert [[p.name for p in s.speakers] for s in readout.statements] == [["Karl Weber"]]


@pytest.mark.parametrize(
    "body",
    ["Organization of American States", "Gulf Cooperation Council (GCC)", "World Bank Group"],
)
def test_a_body_before_an_office_is_no_participant(body: str) -> None:
    """ "Organization of American States Secretary General X": the body names no one."""
    readout = readoutmodel.parse(
        f"Secretary of State Tom Hale met today with {body} Secretary General Luis Ortega."
        " The Secretary thanked him for the work in Haiti."
    )
    assert [p.name for p in readout.participants] == ["Tom Hale", "Luis Ortega"]


@pytest.mark.parametrize(
    ("office", "country"),
    [
        ("Deputy Secretary of the Treasury", "US"),
        ("Treasury Secretary", "US"),
        ("Chancellor of the Exchequer", "GB"),
        ("Tánaiste", "IE"),
    ],
)
def test_an_office_one_government_has_gives_its_country(office: str, country: str) -> None:
    """An office that one government alone has is that government's, where the text names
    no country; a dateline in the counterpart's capital is where the visitor went, not
    who published the readout."""
    readout = readoutmodel.parse(
        f"Readout: {office} Mara Quill's Meeting with Indonesian Minister of Finance Dewi"
        f" Santoso\n\nJAKARTA — Today, {office} Mara Quill met with Minister of Finance Dewi"
        " Santoso. They discussed efforts to counter illicit finance."
    )
    assert [(p.name, p.country) for p in readout.participants] == [
        ("Mara Quill", country),
        ("Dewi Santoso", "ID"),
    ]
    assert readout.issuer == country


def test_an_office_many_governments_have_gives_no_country() -> None:
    """ "Deputy Foreign Minister" is any government's: the visitor's stays unknown, and a
    dateline in the host's capital does not make the visitor's readout the host's."""
    readout = readoutmodel.parse(
        "Readout: Deputy Foreign Minister Mara Quill's Meeting with Indonesian Minister of"
        " Finance Dewi Santoso\n\nJAKARTA — Today, Deputy Foreign Minister Mara Quill met"
        " with Minister of Finance Dewi Santoso."
    )
    assert [(p.name, p.country) for p in readout.participants] == [
        ("Mara Quill", None),
        ("Dewi Santoso", "ID"),
    ]
    assert readout.issuer is None


def test_the_taoiseach_unnamed_is_irelands() -> None:
    """ "The Taoiseach" alone, without a country or a name, speaks for Ireland."""
    readout = readoutmodel.parse(
        "The Taoiseach spoke by phone this evening with President Lena Varga of Hungary."
        " The Taoiseach raised the situation in the Middle East."
    )
    assert [(p.title, p.country) for p in readout.participants] == [
        ("Taoiseach", "IE"),
        ("President", "HU"),
    ]


def test_two_new_people_joined_as_the_subject_of_a_body_sentence_both_take_part() -> None:
    """ "Prime Minister X of Albania and Prime Minister Y of Montenegro briefed ...": the
    first, whose verb stands after the second, speaks too."""
    readout = readoutmodel.parse(
        "President Paulo Reis chaired a video conference with leaders of the region on"
        " 3 May 2026.\n\nPrime Minister Arben Doda of Albania and Prime Minister Nikola"
        " Vuk of Montenegro briefed on the accession talks."
    )
    assert [(p.name, p.country) for p in readout.participants] == [
        ("Paulo Reis", None),
        ("Arben Doda", "AL"),
        ("Nikola Vuk", "ME"),
    ]
    assert [[p.name for p in s.speakers] for s in readout.statements] == [
        ["Arben Doda", "Nikola Vuk"]
    ]


def test_a_person_named_before_another_subject_is_not_joined_to_it() -> None:
    """ "..., said X. Y briefed ...": only a name joined by "and" shares the verb."""
    readout = readoutmodel.parse(
        "President Paulo Reis chaired a video conference with leaders of the region on"
        " 3 May 2026.\n\nThe talks were welcomed by Prime Minister Arben Doda of Albania."
        " Prime Minister Nikola Vuk of Montenegro briefed on the accession talks."
    )
    assert "Arben Doda" not in [p.name for p in readout.participants]
    assert [[p.name for p in s.speakers] for s in readout.statements][-1] == ["Nikola Vuk"]


def test_each_side_joined_by_its_officials_takes_them_in() -> None:
    """ "The President was joined by X. President Y was joined by Z.": both lists take
    part, and what Z says is Z's."""
    readout = readoutmodel.parse(
        "President Tom Hale welcomed President Oleh Marchenko of Ukraine to the White House"
        " today. The President was joined by Secretary of State Ann Cole. President"
        " Marchenko was joined by Minister of Defense Rustem Bondar and Foreign Minister"
        " Iryna Hrytsenko.\n\nMinister Bondar described the situation on the front line."
    )
    assert [p.name for p in readout.participants] == [
        "Tom Hale",
        "Oleh Marchenko",
        "Ann Cole",
        "Rustem Bondar",
        "Iryna Hrytsenko",
    ]
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        ("described", ["Rustem Bondar"])
    ]


@pytest.mark.parametrize(
    "joining",
    [
        "President Marchenko was accompanied by Minister of Defense Rustem Bondar.",
        "Minister of Defense Rustem Bondar also participated.",
        "Minister of Defense Rustem Bondar accompanied President Marchenko.",
        "Also participating from the Ukrainian side were Minister of Defense Rustem Bondar.",
        "Present at the talks were Minister of Defense Rustem Bondar.",
        "Also accompanying the President in the meeting were Minister of Defense Rustem Bondar.",
        "Minister of Defense Rustem Bondar sat in on the meeting.",
        "Minister of Defense Rustem Bondar was also present.",
        "Mr. Rustem Bondar, Minister of Defense, attended the lunch.",
        "President Marchenko was accompanied by Ukraine's Minister of Defense, Rustem Bondar.",
        "Also present at the meeting was Minister of Defense Rustem Bondar.",
        "The talks were attended, on the Ukrainian side, by Minister of Defense Rustem Bondar.",
    ],
)
def test_the_ways_of_telling_an_official_took_part(joining: str) -> None:
    """Accompanying a principal, participating, or listed after "Also participating ...
    were": the official takes part, and what he says is his."""
    readout = readoutmodel.parse(
        "President Tom Hale met President Oleh Marchenko of Ukraine at the White House"
        f" today. {joining}\n\nMinister Bondar described the situation on the front line."
    )
    assert [p.name for p in readout.participants] == ["Tom Hale", "Oleh Marchenko", "Rustem Bondar"]
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        ("described", ["Rustem Bondar"])
    ]
    if "Ukrainian side" in joining:
        assert readout.participants[2].country == "UA"


@pytest.mark.parametrize(
    ("office", "title"),
    [
        ("White House Chief of Staff", "White House Chief of Staff"),
        ("CIA Director", "CIA Director"),
        ("Director of the FBI", "Director of the FBI"),
        ("Chargé d’Affaires ad interim", "Chargé d’Affaires ad interim"),
        ("Senate Majority Leader", "Senate Majority Leader"),
        ("Speaker of the House of Representatives", "Speaker of the House of Representatives"),
        # a body's initials before an office the vocabulary knows
        ("NSC Coordinator", "Coordinator"),
        ("DIA Director", "Director"),
    ],
)
def test_an_office_of_a_us_agency_in_a_list(office: str, title: str) -> None:
    """An office of a White House, agency, embassy or Congress official is read in a list
    of officials, and so are the officials after it."""
    readout = readoutmodel.parse(
        "U.S. President Tom Hale met President Oleh Marchenko of Ukraine at the White House"
        f" today. President Hale was joined by Secretary of State Ann Cole, {office} Ray"
        " Miles, and National Security Advisor Jon Park.\n\nThe leaders discussed air"
        " defence."
    )
    assert [(p.name, p.title, p.country) for p in readout.participants[2:]] == [
        ("Ann Cole", "Secretary of State", "US"),
        ("Ray Miles", title, "US"),
        ("Jon Park", "National Security Advisor", "US"),
    ]


@pytest.mark.parametrize(
    "closing",
    [
        "Minister of Defense Rustem Bondar took part in the meeting.",
        "Minister of Defense Rustem Bondar and Foreign Minister Iryna Hrytsenko were also"
        " present at the meeting.",
        "President Marchenko was accompanied by Minister of Defense Rustem Bondar.",
    ],
)
def test_officials_listed_in_the_closing_paragraph_take_part(closing: str) -> None:
    """Readouts often end with who attended: the list counts there as it does at the
    start, and only there besides."""
    readout = readoutmodel.parse(
        "President Tom Hale met President Oleh Marchenko of Ukraine at the White House"
        " today.\n\nThe leaders discussed air defence.\n\nPresident Marchenko thanked"
        f" the United States for its support.\n\n{closing}"
    )
    assert [p.name for p in readout.participants][:3] == [
        "Tom Hale",
        "Oleh Marchenko",
        "Rustem Bondar",
    ]


def test_joined_by_takes_only_named_officials_listed_after_it() -> None:
    """ "was joined by senior officials, including X": no named official opens the list."""
    readout = readoutmodel.parse(
        "President Tom Hale met President Oleh Marchenko of Ukraine today. The talks were"
        " held in the Oval Office. President Marchenko was joined by senior officials,"
        " including Minister of Defense Rustem Bondar."
    )
    assert [p.name for p in readout.participants] == ["Tom Hale", "Oleh Marchenko"]


@pytest.mark.parametrize(
    ("written", "name", "title"),
    [
        ("Secretary of the Army Carla Dunn", "Carla Dunn", "Secretary of the Army"),
        ("Chief of Naval Operations Adm. Carla Dunn", "Carla Dunn", "Chief of Naval Operations"),
        ("Commander of U.S. Central Command Gen. Carla Dunn", "Carla Dunn", "Commander"),
        (
            "U.S. Ambassador to the United Nations Carla Dunn",
            "Carla Dunn",
            "Ambassador to the United Nations",
        ),
        ("USAID Administrator Carla Dunn", "Carla Dunn", "Administrator"),
        (
            "Principal Deputy National Security Advisor Carla Dunn",
            "Carla Dunn",
            "Principal Deputy National Security Advisor",
        ),
        (
            "the US Special Envoy to the Middle East, Carla Dunn,",
            "Carla Dunn",
            "Special Envoy to the Middle East",
        ),
        (
            "Special Representative of the Chinese Government on Eurasian Affairs Li Wen",
            "Li Wen",
            "Special Representative",
        ),
        (
            "Diplomatic Counsellor to the French President Paul Girard",
            "Paul Girard",
            "Diplomatic Counsellor",
        ),
        ("Chief Advisor to the Brazilian President Paulo Reis", "Paulo Reis", "Chief Advisor"),
        (
            "Head of the Office of the President of Ukraine Oleh Bondar",
            "Oleh Bondar",
            "Head of the Office of the President",
        ),
        # the country served after the holder's: neither is in the title
        ("Ambassador of Peru to Spain Luis Paredes", "Luis Paredes", "Ambassador"),
        (
            "Permanent Representative of Chile to the United Nations Rosa Vidal",
            "Rosa Vidal",
            "Permanent Representative",
        ),
        # what the office is for, after the country it serves
        (
            "Assistant to the President of Chile for National Security Affairs Rosa Vidal",
            "Rosa Vidal",
            "Assistant to the President",
        ),
        # fields joined by "and" in the portfolio
        (
            "Secretary of Security and Citizen Protection Luis Paredes",
            "Luis Paredes",
            "Secretary of Security and Citizen Protection",
        ),
        (
            "Minister of Labour and Employment Luis Paredes",
            "Luis Paredes",
            "Minister of Labour and Employment",
        ),
        (
            "Secretary of Finance and Public Credit Luis Paredes",
            "Luis Paredes",
            "Secretary of Finance and Public Credit",
        ),
        # a field a people qualifies, after "for" or "of"
        (
            "Deputy Prime Minister for European Integration Olena Bondar",
            "Olena Bondar",
            "Deputy Prime Minister for European Integration",
        ),
        (
            "Minister for European Affairs Olena Bondar",
            "Olena Bondar",
            "Minister for European Affairs",
        ),
        # fields of newer ministries
        (
            "Deputy Prime Minister and Minister of Digital Transformation Oleh Hrytsenko",
            "Oleh Hrytsenko",
            "Deputy Prime Minister and Minister of Digital Transformation",
        ),
        (
            "Minister of Strategic Industries Oleh Hrytsenko",
            "Oleh Hrytsenko",
            "Minister of Strategic Industries",
        ),
        # fields of sub-cabinet offices
        (
            "Under Secretary of State for Management Carla R. Dunn",
            "Carla R. Dunn",
            "Under Secretary of State for Management",
        ),
        (
            "Assistant Secretary of the Treasury for Terrorist Financing Carla Dunn",
            "Carla Dunn",
            "Assistant Secretary of the Treasury for Terrorist Financing",
        ),
        (
            "Deputy National Security Advisor for International Economics Carla Dunn",
            "Carla Dunn",
            "Deputy National Security Advisor for International Economics",
        ),
        # an office that opens with a word that is also a verb
        ("State Secretary Budi Santoso", "Budi Santoso", "State Secretary"),
        # a portfolio that opens with a word that is also a style
        (
            "Director of General Intelligence Omar Saleh",
            "Omar Saleh",
            "Director of General Intelligence",
        ),
        ("Chief Cabinet Secretary HAYASHI Kenta", "HAYASHI Kenta", "Chief Cabinet Secretary"),
        ("Prime Minister Rt. Hon'ble Ram Thapa", "Ram Thapa", "Prime Minister"),
        # styles of Iranian clerics and descendants of the Prophet
        ("Foreign Minister Seyed Reza Karimi", "Reza Karimi", "Foreign Minister"),
        ("President Ayatollah Seyyed Reza Karimi", "Reza Karimi", "President"),
        # a rank of two words between the office and the name
        (
            "Director of the General Intelligence Service Major General Omar Saleh",
            "Omar Saleh",
            "Director of the General Intelligence Service",
        ),
        ("Chief of Army Staff Lieutenant General Omar Saleh", "Omar Saleh", "Chief of Army Staff"),
        # a qualifier before an office with a hyphen in it
        (
            "Parliamentary Vice-Minister for Foreign Affairs Sato Kenji",
            "Sato Kenji",
            "Parliamentary Vice-Minister for Foreign Affairs",
        ),
        # a qualifier before an office is part of it
        ("Assistant Foreign Minister Li Wen", "Li Wen", "Assistant Foreign Minister"),
        (
            "Permanent Deputy Foreign Minister of Viet Nam Tran Van Son",
            "Tran Van Son",
            "Permanent Deputy Foreign Minister",
        ),
    ],
)
def test_offices_with_what_they_are_of_for_or_to_before_a_name(
    written: str, name: str, title: str
) -> None:
    """An office and its command, service, post, portfolio or principal before a name is
    one title, and names one person."""
    readout = readoutmodel.parse(
        f"Foreign Minister Ana Ruiz met with {written} in Madrid on 4 March 2025."
    )
    assert [(p.name, p.title) for p in readout.participants] == [
        ("Ana Ruiz", "Foreign Minister"),
        (name, title),
    ]


@pytest.mark.parametrize(
    "body", ["officials of the Office of the President", "Department of the Taoiseach staff"]
)
def test_an_office_that_ends_a_bodys_name_is_no_participant(body: str) -> None:
    """ "the Office of the President": a body, whose office names no one."""
    readout = readoutmodel.parse(
        f"Foreign Minister Ana Ruiz met with Foreign Minister Oleh Bondar of Ukraine in Kyiv,"
        f" and also met with {body}."
    )
    assert [p.name for p in readout.participants] == ["Ana Ruiz", "Oleh Bondar"]


def test_a_party_office_with_its_initials_in_brackets_is_one_office() -> None:
    """ "General Secretary of the Communist Party of China (CPC) Central Committee and
    President X": one person's offices, not a participant of their own."""
    readout = readoutmodel.parse(
        "On August 19, 2024, General Secretary of the Communist Party of China (CPC) Central"
        " Committee and President Li Wen held talks with President Tom Hale."
    )
    assert [(p.name, p.country) for p in readout.participants] == [
        ("Li Wen", "CN"),
        ("Tom Hale", None),
    ]


@pytest.mark.parametrize(
    "envoy",
    [
        "Egyptian Foreign Minister Omar Fathy, Special Envoy of President Karim Nasser,",
        "Special Envoy of Egyptian President Karim Nasser and Foreign Minister Omar Fathy",
    ],
)
def test_the_president_an_envoy_stands_for_takes_no_part(envoy: str) -> None:
    """ "Special Envoy of President X": X sent the envoy, and is not at the meeting."""
    readout = readoutmodel.parse(
        f"On March 12, 2025, President Li Wen met with {envoy} in Beijing.\n\n"
        "Omar Fathy conveyed President Nasser's greetings to President Li Wen."
    )
    assert [(p.name, p.country) for p in readout.participants] == [
        ("Li Wen", None),
        ("Omar Fathy", "EG"),
    ]


@pytest.mark.parametrize("verb", ["Co-Chair", "Lodges Solemn Representations with"])
def test_a_headline_verb_is_no_word_of_the_name(verb: str) -> None:
    """ "X and Chancellor Y Co-Chair the ...": "Co-Chair" is what they did."""
    readout = readoutmodel.parse(
        f"Premier Li Wen and German Chancellor Karl Weber {verb} the Talks\n\n"
        "On June 20, 2023, Premier Li Wen and German Chancellor Karl Weber co-chaired the"
        " consultations in Berlin.\n\nKarl Weber said that Germany opposes decoupling."
    )
    assert [p.name for p in readout.participants] == ["Li Wen", "Karl Weber"]


def test_one_named_in_a_relative_clause_of_the_subject_takes_no_part() -> None:
    """ "Premier X, who is attending the summit along with President Y, held talks with Z":
    Y is not at the talks; "who is in Baku at the invitation of Y": Y asked."""
    readout = readoutmodel.parse(
        "ASTANA, July 3 (Xinhua) -- Chinese Premier Li Wen, who is attending the summit"
        " along with President Zhao Ming, held talks with Kazakh Prime Minister Arman Seitov"
        " here Wednesday.\n\nBoth prime ministers expressed willingness to deepen"
        " cooperation."
    )
    assert [p.name for p in readout.participants] == ["Li Wen", "Arman Seitov"]
    assert [[p.name for p in s.speakers] for s in readout.statements] == [
        ["Li Wen", "Arman Seitov"]
    ]
    invited = readoutmodel.parse(
        "President Pavel Orlov, who is in Azerbaijan at the invitation of Ilham Rzayev,"
        " held talks with the Azerbaijani President."
    )
    assert invited.initiator is not None
    assert invited.initiator.name == "Ilham Rzayev"


def test_an_office_of_another_country_is_not_given_to_a_known_principal() -> None:
    """ "Vladimir Putin met with the Minister of Kazakhstan, who handed over a message from
    President X. The minister conveyed greetings from the President of Kazakhstan.": the
    gazetteer knows Putin as Russia's before the body's offices are shared out."""
    readout = readoutmodel.parse(
        "Vladimir Putin met with Minister of Foreign Affairs of Kazakhstan Arman Seitov, who"
        " handed over a message from President Nurlan Abenov.\n\nThe minister conveyed"
        " greetings from the President of Kazakhstan."
    )
    assert [(p.name, p.title, p.country) for p in readout.participants] == [
        ("Vladimir Putin", None, "RU"),
        ("Arman Seitov", "Minister of Foreign Affairs", "KZ"),
    ]
    assert readout.issuer == "RU"


@pytest.mark.parametrize(
    "source",
    [
        "Presidential Communications Office (PCO) Secretary Ramon Cruz",
        "Office of the Government Spokesperson (OGS) Director Somchai Wong",
    ],
)
def test_a_relaying_body_with_its_initials_before_an_office(source: str) -> None:
    """ ", Presidential Communications Office (PCO) Secretary X said.": who passed the
    readout on, not a participant, and the scene no statement of theirs."""
    readout = readoutmodel.parse(
        "President Miguel Santos and Australian Prime Minister Tom Hale talked over the phone"
        f" on Thursday, August 1, 2024, {source} said.\n\nPresident Santos thanked Australia"
        " for its support."
    )
    assert [p.name for p in readout.participants] == ["Miguel Santos", "Tom Hale"]
    assert [(s.verb, [p.name for p in s.speakers]) for s in readout.statements] == [
        ("thanked", ["Miguel Santos"])
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "President Tom Hale spoke today with President of the United Arab Emirates Sheikh"
            " Hamdan bin Rashid Al Nahyan. President Hamdan bin Rashid thanked him.",
            "Hamdan bin Rashid Al Nahyan",
        ),
        (
            "Telephone conversation with Emir of Qatar Jassim bin Hamad Al Thani\n\nPresident"
            " Ivan Sokolov had a telephone conversation with Emir of the State of Qatar Sheikh"
            " Jassim bin Hamad Al Thani.",
            "Jassim bin Hamad Al Thani",
        ),
        (
            "President Tom Hale spoke today with President of the United Arab Emirates Sheikh"
            " Hamdan bin Rashid Al Nahyan.",
            "Sheikh Hamdan bin Rashid Al Nahyan",
        ),
        (
            "Secretary Tom Hale spoke today with Omani Foreign Minister Sayyid Badr bin Hamad"
            " Albusaidi.",
            "Badr bin Hamad Albusaidi",
        ),
    ],
)
def test_sheikh_stays_only_where_the_name_is_never_given_without_it(text: str, name: str) -> None:
    """A mention with an office before the name still gives the name without "Sheikh";
    "Sayyid" is a style like "His Excellency"."""
    names = [p.name for p in readoutmodel.parse(text).participants]
    assert [n for n in names if " bin " in n] == [name]


def test_a_state_dinner_is_no_one() -> None:
    """ "the Prime Minister's Official Visit and State Dinner": an event, not a person."""
    readout = readoutmodel.parse(
        "President Tom Hale spoke with Prime Minister Kenji Mori of Japan to discuss the Prime"
        " Minister's Official Visit and State Dinner at the White House next month."
    )
    assert [p.name for p in readout.participants] == ["Tom Hale", "Kenji Mori"]


def test_a_second_gentleman_is_an_office() -> None:
    readout = readoutmodel.parse(
        "Vice President Ana Ruiz and Second Gentleman Tom Hale met with President Paul Girard"
        " of France in Paris today."
    )
    assert ("Tom Hale", "Second Gentleman") in [(p.name, p.title) for p in readout.participants]


@pytest.mark.parametrize(
    ("headline", "issuer"),
    [
        ("PRESIDENT KAMAU HOLDS PHONE TALKS WITH UK PRIME MINISTER", "KE"),
        ("PRIME MINISTER ASIF RAZA TELEPHONES PRESIDENT OF TURKIYE", "PK"),
    ],
)
def test_a_headline_in_capitals_reads_its_initials_and_of(headline: str, issuer: str) -> None:
    """ "UK PRIME MINISTER" is the UK's Prime Minister, no person "UK Prime"; "PRESIDENT
    OF TURKIYE" is Türkiye's President, not the issuer's own."""
    readout = readoutmodel.parse(
        f"{headline}\nNairobi: September 20, 2023\n\nPresident Daniel Kamau held a telephone"
        " conversation today with the Prime Minister of the United Kingdom, Tom Hale.\n\n"
        if issuer == "KE"
        else f"{headline}\nIslamabad: February 7, 2023\n\nPrime Minister Asif Raza telephoned"
        " President Recep Tayyip Erdogan today and expressed condolences."
    )
    assert len(readout.participants) == 2
    assert readout.issuer == issuer


def test_officials_listed_with_their_portfolios_before_their_offices() -> None:
    """ "Foreign Minister A, National Defense Minister B and Energy and Natural Resources
    Minister C also attended": three who joined, no field a person."""
    readout = readoutmodel.parse(
        "President Kemal Aydin met with President of Azerbaijan Rauf Aliyev in Baku.\n\n"
        "Foreign Minister Hakan Demir, National Defense Minister Yasar Kaya and Energy and"
        " Natural Resources Minister Alp Bayrak also attended the talks."
    )
    assert [p.name for p in readout.participants] == [
        "Kemal Aydin",
        "Rauf Aliyev",
        "Hakan Demir",
        "Yasar Kaya",
        "Alp Bayrak",
    ]


def test_a_body_named_before_an_office_raises_no_topic() -> None:
    """ "International Monetary Fund Managing Director X": the body is her title's."""
    readout = readoutmodel.parse(
        "On December 12, 2023, Premier Li Wen met in Beijing with International Monetary Fund"
        " Managing Director Anna Berg.\n\nLi Wen said that he was glad to meet her again."
    )
    assert [t.id for t in readout.topics] == []


@pytest.mark.parametrize(
    ("office", "country"),
    [
        ("Director of the Office of the Central Commission for Foreign Affairs", None),
        ("Chairman of the National People's Congress Standing Committee", "CN"),
        ("High Representative of the Union for Foreign Affairs and Security Policy", "EU"),
    ],
)
def test_long_offices_of_bodies_before_a_name(office: str, country: str | None) -> None:
    """An office of a body named in full before a name, a body the lexicon reads as no
    name included ("of the Office of the ..."), is one title of one person."""
    readout = readoutmodel.parse(
        f"On January 26, 2024, {office} Li Wen met with National Security Advisor Tom Hale"
        " at his request.\n\nLi Wen said that the two sides should respect each other."
    )
    assert [(p.name, p.title) for p in readout.participants] == [
        ("Li Wen", office),
        ("Tom Hale", "National Security Advisor"),
    ]
    if country is not None:
        assert readout.participants[0].country == country


def test_a_leaders_spouse_is_not_the_leader() -> None:
    """ "President Hale ... First Lady Jane Hale joined the leaders for dinner": the
    President keeps his name and his statements."""
    readout = readoutmodel.parse(
        "President Hale met today with President Kim Min-su of the Republic of Korea. First"
        " Lady Jane Hale joined the leaders for dinner.\n\nPresident Hale reaffirmed the"
        " commitment of the United States to the Alliance."
    )
    assert readout.participants[0].name == "Hale"
    assert [[p.name for p in s.speakers] for s in readout.statements] == [["Hale"]]


def test_a_queen_sharing_the_kings_name_is_not_the_king() -> None:
    """ "King Faisal II ... Queen Dana Al Faisal attended": the King keeps his name and his
    statements."""
    readout = readoutmodel.parse(
        "King Faisal II met Chancellor Karl Weber of Germany on Tuesday. Queen Dana Al Faisal"
        " attended the meeting.\n\nHis Majesty stressed the importance of regional stability."
    )
    assert readout.participants[0].name == "Faisal II"
    assert [[p.name for p in s.speakers] for s in readout.statements] == [["Faisal II"]]


@pytest.mark.parametrize("office", ["Prime Minister", "Chancellor"])
def test_an_office_someone_becomes_is_not_the_issuers_own(office: str) -> None:
    """ "to congratulate him on becoming Prime Minister": his office, not an unnamed
    principal of the issuer's."""
    readout = readoutmodel.parse(
        f"President Tom Hale spoke today with {office} Karl Weber of Germany to congratulate"
        f" him on becoming {office}."
    )
    assert readout.issuer != "DE"
    assert [p.name for p in readout.participants] == ["Tom Hale", "Karl Weber"]


def test_an_ambassador_of_one_country_to_another_is_named_and_speaks() -> None:
    readout = readoutmodel.parse(
        "On June 3, Vice Foreign Minister Li Wen met with Ambassador of Peru to China Luis"
        " Paredes at the latter's request.\n\nLuis Paredes said that Peru values its ties"
        " with China."
    )
    assert [(p.name, p.country) for p in readout.participants] == [
        ("Li Wen", "CN"),
        ("Luis Paredes", "PE"),
    ]
    assert readout.initiator is not None
    assert readout.initiator.name == "Luis Paredes"
    assert [[p.name for p in s.speakers] for s in readout.statements] == [["Luis Paredes"]]


def test_two_offices_under_one_article_are_a_couple_not_an_untitled_guest() -> None:
    """ "a banquet for the King and Queen": the Queen is not the President's wife named
    beside him."""
    readout = readoutmodel.parse(
        "Xi Jinping and Peng Liyuan Meet King Carl Gustaf of Sweden\n\nOn May 6, 2025,"
        " President Xi Jinping held talks with King Carl Gustaf of Sweden.\n\nIn the"
        " evening, Xi Jinping and Peng Liyuan hosted a banquet for the King and Queen."
    )
    assert {p.name: p.title for p in readout.participants}["Peng Liyuan"] is None


@pytest.mark.parametrize("pronoun", ["He", "She"])
def test_a_family_name_that_is_a_pronoun_opens_a_name(pronoun: str) -> None:
    """ "He Lifeng", "She Wei": a pronoun with one word of a name after it is a name, in a
    headline and at the start of a sentence."""
    name = f"{pronoun} Wenjun"
    readout = readoutmodel.parse(
        f"{name} Holds Video Call with Janet Ames\n\n{name}, Vice Premier of the State"
        f" Council, held a video call with U.S. Treasury Secretary Janet Ames on April 2,"
        f" 2025.\n\n{name} noted that the economy keeps recovering."
    )
    assert [p.name for p in readout.participants] == [name, "Janet Ames"]
    assert [[p.name for p in s.speakers] for s in readout.statements] == [[name]]


@pytest.mark.parametrize(
    ("later", "met"),
    [
        (
            "The Prime Minister also met with the Prime Minister of India, Arjun Rao.",
            ["Arjun Rao"],
        ),
        (
            "Before the summit, the Prime Minister met President Paul Girard of France and"
            " Prime Minister Lucia Conti of Italy.",
            ["Paul Girard", "Lucia Conti"],
        ),
        # a time pointed to, no clause inside the sentence
        (
            "Later that day, the Prime Minister met President Paul Girard of France.",
            ["Paul Girard"],
        ),
        ("That evening, he met President Paul Girard of France.", ["Paul Girard"]),
        # a meeting told through its noun
        (
            "In the afternoon the Prime Minister held talks with Prime Minister Kenji Mori"
            " of Japan.",
            ["Kenji Mori"],
        ),
        (
            "The Prime Minister also had a bilateral meeting with President Paul Girard of France.",
            ["Paul Girard"],
        ),
    ],
)
def test_those_a_principal_met_after_the_scene_take_part(later: str, met: list[str]) -> None:
    readout = readoutmodel.parse(
        "Prime Minister Tom Reed met President Ana Duarte of Portugal in London today. They"
        f" discussed trade.\n\n{later} They discussed energy."
    )
    assert [p.name for p in readout.participants] == ["Tom Reed", "Ana Duarte", *met]


@pytest.mark.parametrize(
    "later",
    [
        "The Prime Minister had met President Paul Girard of France in Paris.",
        "The Prime Minister met President Paul Girard of France last year.",
        "He recalled the visit to Paris, where he met President Paul Girard of France.",
    ],
)
def test_a_meeting_of_another_time_adds_no_one(later: str) -> None:
    readout = readoutmodel.parse(
        f"Prime Minister Tom Reed met President Ana Duarte of Portugal in London today.\n\n{later}"
    )
    assert [p.name for p in readout.participants] == ["Tom Reed", "Ana Duarte"]


def test_a_meeting_of_another_time_told_through_its_noun_adds_no_one() -> None:
    readout = readoutmodel.parse(
        "Prime Minister Tom Reed met President Ana Duarte of Portugal in London today.\n\n"
        "The Prime Minister had held talks with President Paul Girard of France in Paris."
    )
    assert [p.name for p in readout.participants] == ["Tom Reed", "Ana Duarte"]


def test_a_place_in_a_scene_of_meetings_with_unnamed_leaders_names_no_one() -> None:
    """ "The Prime Minister held meetings with fellow leaders in Vilnius today.": "Vilnius"
    is where, and the next sentence names who met."""
    readout = readoutmodel.parse(
        "The Prime Minister held a series of bilateral meetings with fellow leaders at the"
        " summit in Vilnius today.\n\nPrime Minister Tom Reed met President Paul Girard"
        " of France this morning. The leaders discussed defence."
    )
    assert [p.name for p in readout.participants] == ["Tom Reed", "Paul Girard"]
    assert [[p.name for p in s.speakers] for s in readout.statements] == [
        ["Tom Reed", "Paul Girard"]
    ]


def test_letters_after_a_name_are_dropped() -> None:
    readout = readoutmodel.parse(
        "Prime Minister Sir Tom Reed KCB KC MP met Prime Minister Kenji Mori of Japan in"
        " London today."
    )
    assert [p.name for p in readout.participants] == ["Tom Reed", "Kenji Mori"]


def test_an_office_that_is_a_given_name_before_a_fathers_name_opens_the_name() -> None:
    """ "Sheikh Sultan bin Rashid Al Harbi, Ruler of ...": "Sultan" is his given name."""
    readout = readoutmodel.parse(
        "His Highness Sheikh Sultan bin Rashid Al Harbi, Ruler of Sharjah, today received"
        " Prime Minister Nikos Pappas of Greece."
    )
    assert [(p.name.removeprefix("Sheikh "), p.title) for p in readout.participants] == [
        ("Sultan bin Rashid Al Harbi", "Ruler"),
        ("Nikos Pappas", "Prime Minister"),
    ]


def test_an_office_said_of_the_name_before_it_is_no_one_else() -> None:
    """ "Foreign Minister Li Wen, also a member of the Political Bureau of the CPC Central
    Committee, held talks": his second office, not a third participant."""
    readout = readoutmodel.parse(
        "BEIJING, April 23 (Xinhua) -- Chinese Foreign Minister Li Wen, also a member of the"
        " Political Bureau of the CPC Central Committee, held talks with Iranian Foreign"
        " Minister Reza Karimi."
    )
    assert [p.name for p in readout.participants] == ["Li Wen", "Reza Karimi"]


def test_one_who_invited_and_spoke_stays_beside_officials_who_joined() -> None:
    """ "concluded a State Visit at the invitation of President X ... President X
    welcomed ...": X took part, whoever accompanied the guest."""
    readout = readoutmodel.parse(
        "President Thabo Mokoena has today concluded a State Visit to Brazil at the invitation"
        " of His Excellency President Paulo Reis. President Mokoena was accompanied by Minister"
        " of Trade Sipho Dlamini.\n\nPresident Reis welcomed the visit."
    )
    assert [p.name for p in readout.participants] == [
        "Thabo Mokoena",
        "Paulo Reis",
        "Sipho Dlamini",
    ]


def test_an_official_who_joined_takes_no_country_from_the_body() -> None:
    """An official listed as attending has the country the text gives, not one the body
    happens to name most."""
    readout = readoutmodel.parse(
        "President Kemal Aydin received President Omar Haddad of Palestine today. Chief Adviser"
        " Selim Kaya also attended the meeting.\n\nThe two leaders discussed Israel's"
        " operations. Israel's blockade and Israel's strikes were also discussed."
    )
    assert {p.name: p.country for p in readout.participants}["Selim Kaya"] is None


@pytest.mark.parametrize("palace", ["Malacañang", "the Kremlin", "the Palace"])
def test_a_palace_that_tells_of_the_call_is_no_one(palace: str) -> None:
    readout = readoutmodel.parse(
        "MANILA – President Jose Reyes and Australian Prime Minister Tom Reed held a phone"
        f" conversation on Friday night, {palace} said on Saturday, February 15, 2025.\n\n"
        "President Reyes thanked Prime Minister Reed for Australia's support."
    )
    assert [p.name for p in readout.participants] == ["Jose Reyes", "Tom Reed"]


def test_meetings_in_turn_told_by_an_unnamed_principal_and_an_opening_phrase() -> None:
    """ "The Secretary-General also met with X", "In his meeting with Y, ...": X and Y take
    part, and "The two" of each meeting are the host and the one he met."""
    readout = readoutmodel.parse(
        "Readout of the Secretary-General's meetings on the margins of the summit\n\nThe"
        " Secretary-General met with the President of Brazil, Ana Duarte. They discussed"
        " climate action.\n\nThe Secretary-General also met with the Prime Minister of"
        " India, Arjun Rao. They exchanged views on the Middle East.\n\nIn his meeting"
        " with the President of South Africa, Thabo Nkosi, the Secretary-General welcomed"
        " the coming G20 presidency. The two discussed debt relief."
    )
    assert [p.name for p in readout.participants] == [
        "Secretary-General",
        "Ana Duarte",
        "Arjun Rao",
        "Thabo Nkosi",
    ]
    assert [[p.name for p in s.speakers] for s in readout.statements] == [
        ["Secretary-General", "Ana Duarte"],
        ["Secretary-General", "Arjun Rao"],
        ["Secretary-General"],
        ["Secretary-General", "Thabo Nkosi"],
    ]


@pytest.mark.parametrize(
    ("joining", "joined"),
    [
        (
            "Secretary of State Ann Cole, who is accompanying the Vice President on this"
            " trip, joined the meeting.",
            ["Ann Cole"],
        ),
        (
            "He thanked Foreign Minister Ann Cole and Trade Minister Rosa Vidal, who joined"
            " the call.",
            ["Ann Cole", "Rosa Vidal"],
        ),
        (
            "Secretary of State Ann Cole joined the meeting along with Italian Foreign"
            " Minister Paolo Ricci.",
            ["Ann Cole", "Paolo Ricci"],
        ),
        (
            "The Vice President, who was accompanied by the Secretary of State Ann Cole,"
            " thanked the Prime Minister.",
            ["Ann Cole"],
        ),
        (
            "Participants on the U.S. side included Secretary of State Ann Cole and"
            " National Security Advisor Rosa Vidal.",
            ["Ann Cole", "Rosa Vidal"],
        ),
        ("Interior Minister Paolo Ricci also took part.", ["Paolo Ricci"]),
        ("Interior Minister Paolo Ricci was also on the call.", ["Paolo Ricci"]),
        ("Also participating was Interior Minister Paolo Ricci.", ["Paolo Ricci"]),
        (
            "Also attending the meeting on the Italian side was Interior Minister Paolo Ricci.",
            ["Paolo Ricci"],
        ),
        (
            "The leaders were joined by Interior Minister Paolo Ricci, as well as the United"
            " Kingdom's National Security Adviser Marco Neri.",
            ["Paolo Ricci", "Marco Neri"],
        ),
        (
            "Taking part in the talks on the Italian side were Interior Minister Paolo Ricci"
            " and Trade Minister Marco Neri.",
            ["Paolo Ricci", "Marco Neri"],
        ),
        (
            "The meeting was also attended by Interior Minister Paolo Ricci.",
            ["Paolo Ricci"],
        ),
        (
            "The Italian delegation at the talks included Interior Minister Paolo Ricci.",
            ["Paolo Ricci"],
        ),
        (
            "Interior Minister Paolo Ricci and Trade Minister Marco Neri accompanied the"
            " Vice President.",
            ["Paolo Ricci", "Marco Neri"],
        ),
        (
            "The Minister of the Interior, Paolo Ricci, and the Minister of Defence, Marco"
            " Neri, also attended the meeting.",
            ["Paolo Ricci", "Marco Neri"],
        ),
        (
            "The Vice President was accompanied by the Head of the National Security Bureau,"
            " Ann Cole.",
            ["Ann Cole"],
        ),
        (
            "Participating on the U.S. side were Secretary of State Ann Cole and National"
            " Security Advisor Rosa Vidal.",
            ["Ann Cole", "Rosa Vidal"],
        ),
        (
            "Present were Interior Minister Paolo Ricci and Trade Minister Marco Neri.",
            ["Paolo Ricci", "Marco Neri"],
        ),
        (
            "Present during the talks was Interior Minister Paolo Ricci.",
            ["Paolo Ricci"],
        ),
        (
            "Also at the meeting were Interior Minister Paolo Ricci and Trade Minister Marco Neri.",
            ["Paolo Ricci", "Marco Neri"],
        ),
        (
            "Joining the Vice President in the meeting was Secretary of State Ann Cole.",
            ["Ann Cole"],
        ),
        ("The talks were also attended by Interior Minister Paolo Ricci.", ["Paolo Ricci"]),
        (
            "Also taking part in the conversation was Interior Minister Paolo Ricci.",
            ["Paolo Ricci"],
        ),
        (
            "The Vice President was joined in the meeting by the Secretary of State, Ann Cole.",
            ["Ann Cole"],
        ),
        (
            "The Vice President was accompanied at the talks by Secretary of State Ann Cole.",
            ["Ann Cole"],
        ),
        (
            "The meeting was attended by Paolo Ricci, Interior Minister; and Marco Neri,"
            " Trade Minister.",
            ["Paolo Ricci", "Marco Neri"],
        ),
        (
            "Interior Minister Paolo Ricci and Trade Minister Marco Neri were part of the"
            " Italian delegation.",
            ["Paolo Ricci", "Marco Neri"],
        ),
        (
            "Interior Minister Paolo Ricci attended, along with Trade Minister Marco Neri.",
            ["Paolo Ricci", "Marco Neri"],
        ),
        (
            "Secretary of State Ann Cole joined the Vice President, and Interior Minister"
            " Paolo Ricci joined the Prime Minister.",
            ["Ann Cole", "Paolo Ricci"],
        ),
    ],
)
def test_more_ways_of_telling_an_official_joined(joining: str, joined: list[str]) -> None:
    readout = readoutmodel.parse(
        "Vice President Tom Hale met today with Prime Minister Lucia Conti in Rome."
        f" {joining}\n\nThe leaders discussed migration."
    )
    assert [p.name for p in readout.participants] == ["Tom Hale", "Lucia Conti", *joined]
    assert [[p.name for p in s.speakers] for s in readout.statements][-1] == [
        "Tom Hale",
        "Lucia Conti",
    ]


def test_one_who_attended_for_a_side_no_one_else_speaks_for_is_a_leader() -> None:
    readout = readoutmodel.parse(
        "Chinese President Li Wen chaired the summit in Astana. President Arman Sadykov of"
        " Kazakhstan and President Bolot Asanov of Kyrgyzstan attended the summit.\n\nThe"
        " leaders agreed to meet again in 2027."
    )
    assert [[p.name for p in s.speakers] for s in readout.statements] == [
        ["Li Wen", "Arman Sadykov", "Bolot Asanov"]
    ]


def test_one_met_after_a_trip_opening_by_the_principal_named_by_his_office() -> None:
    """ "the Deputy Secretary" is the "Deputy Secretary of the Treasury", modifier and all."""
    readout = readoutmodel.parse(
        "Deputy Secretary of the Treasury Tom Reed traveled to Paris this week to meet with"
        " French officials.\n\nOn Tuesday, the Deputy Secretary met with the Governor of"
        " the Central Bank of France, Paul Girard. They discussed sanctions."
    )
    assert [p.name for p in readout.participants] == ["Tom Reed", "Paul Girard"]
    assert [[p.name for p in s.speakers] for s in readout.statements] == [
        ["Tom Reed", "Paul Girard"]
    ]


@pytest.mark.parametrize(
    "accompanied",
    [
        "The Prime Minister was accompanied by Minister of Economy Levan Beridze.",
        "The Prime Minister, who was accompanied by Minister of Economy Levan Beridze,"
        " thanked the President.",
    ],
)
def test_officials_accompanying_a_principal_are_of_that_principals_side(accompanied: str) -> None:
    readout = readoutmodel.parse(
        "Prime Minister of Georgia Irakli Gelashvili met with President of Azerbaijan Rauf"
        f" Mammadov in Baku.\n\n{accompanied}"
    )
    assert [(p.name, p.country) for p in readout.participants] == [
        ("Irakli Gelashvili", "GE"),
        ("Rauf Mammadov", "AZ"),
        ("Levan Beridze", "GE"),
    ]


def test_officials_who_joined_both_sides_take_the_issuers_side() -> None:
    """Joined by "The Prime Minister and the President", no one side's: the issuing
    government's own, as any official the readout lists of no side it names."""
    readout = readoutmodel.parse(
        "Prime Minister of Georgia Irakli Gelashvili met with President of Azerbaijan Rauf"
        " Mammadov in Baku.\n\nThe Prime Minister and the President were joined by Minister"
        " of Economy Levan Beridze."
    )
    assert readout.issuer == "GE"
    assert [(p.name, p.country) for p in readout.participants][2] == ("Levan Beridze", "GE")


def test_officials_who_attended_in_a_middle_paragraph_take_part() -> None:
    readout = readoutmodel.parse(
        "Prime Minister Tom Reed met Prime Minister Lars Berg in Oslo today.\n\nThe Prime"
        " Ministers discussed the Arctic.\n\nDeputy Prime Minister Ann Cole and Deputy"
        " Prime Minister Eva Lund also took part in the meeting.\n\nThe Prime Ministers"
        " agreed to meet again in 2026."
    )
    assert [p.name for p in readout.participants] == [
        "Tom Reed",
        "Lars Berg",
        "Ann Cole",
        "Eva Lund",
    ]


def test_an_official_who_attended_of_no_side_named_is_the_issuers_own() -> None:
    readout = readoutmodel.parse(
        "Prime Minister of Australia\n\nPrime Minister Tom Reed today met President Budi"
        " Santoso of Indonesia in Jakarta.\n\nMinister for Trade and Tourism Ann Cole"
        " joined the discussions."
    )
    assert readout.issuer == "AU"
    assert [(p.name, p.country) for p in readout.participants][2] == ("Ann Cole", "AU")


def test_officials_representing_a_side_are_of_that_side() -> None:
    readout = readoutmodel.parse(
        "Foreign Minister Anton Volkov and U.S. Secretary of State Ann Cole held talks in"
        " Riyadh.\n\nThe US side was represented by National Security Adviser Tom Hale and"
        " Special Envoy Mark Dunn.\n\nThe sides discussed trade."
    )
    assert [(p.name, p.country) for p in readout.participants][2:] == [
        ("Tom Hale", "US"),
        ("Mark Dunn", "US"),
    ]


def test_the_australian_prime_ministers_page_marks_the_issuer() -> None:
    readout = readoutmodel.parse(
        "Prime Minister of Australia\n\nMeeting with Prime Minister Reed\n\nThe Prime"
        " Minister met the Prime Minister of the United Kingdom, Tom Reed, in London today."
    )
    assert readout.issuer == "AU"
    assert [(p.name, p.country) for p in readout.participants][1] == ("Prime Minister", "AU")


def test_headlines_of_other_readouts_after_a_tail_mark_no_issuer() -> None:
    readout = readoutmodel.parse(
        "Prime Minister of Canada\n\nPrime Minister Tom Reed speaks with Taoiseach of"
        " Ireland Sean Byrne\n\nPrime Minister Tom Reed today spoke with the Taoiseach of"
        " Ireland, Sean Byrne.\n\nThe leaders agreed to stay in close touch.\n\nAssociated"
        " Links\nPrime Minister Reed speaks with President of the European Commission Ana"
        " Prado\nPrime Minister Reed speaks with the European Council"
    )
    assert readout.issuer == "CA"


def test_one_on_whose_behalf_another_receives_takes_no_part() -> None:
    readout = readoutmodel.parse(
        "Riyadh, January 24, 2025, SPA -- On behalf of the Custodian of the Two Holy Mosques"
        " King Nasser bin Abdulaziz Al Harbi, Crown Prince Faisal bin Nasser Al Harbi"
        " received today President of South Africa Thabo Nkosi.\n\nThe two sides reviewed"
        " bilateral relations."
    )
    assert [p.name.removeprefix("Prince ") for p in readout.participants] == [
        "Faisal bin Nasser Al Harbi",
        "Thabo Nkosi",
    ]


def test_one_mourned_in_the_occasion_of_the_call_takes_no_part() -> None:
    readout = readoutmodel.parse(
        "Anton Volkov had a telephone conversation with First Vice President of Iran Reza"
        " Karimi following the death of President Hassan Tehrani.\n\nThe two sides"
        " confirmed their commitment to the agreements reached."
    )
    assert [p.name for p in readout.participants] == ["Anton Volkov", "Reza Karimi"]


@pytest.mark.parametrize(
    "funeral",
    [
        "attended the state funeral of former Japanese Prime Minister Kenji Sato",
        "attended the funeral of the late President Kenji Sato",
    ],
)
def test_one_whose_funeral_is_attended_takes_no_part(funeral: str) -> None:
    readout = readoutmodel.parse(
        f"TOKYO, Sept. 27 (Xinhua) -- Chinese Vice President Li Wen {funeral} on Tuesday and"
        " met with Japanese Prime Minister Aiko Mori.\n\nLi said China values Japan."
    )
    assert [p.name for p in readout.participants] == ["Li Wen", "Aiko Mori"]


def test_officials_listed_under_one_plural_office_each_hold_it() -> None:
    readout = readoutmodel.parse(
        "Prime Minister Tom Reed hosted Australian Prime Minister Ann Cole in Queenstown.\n\n"
        "The two leaders were joined by Foreign Ministers Eva Lund and Mark Dunn for a"
        " discussion on the Middle East."
    )
    assert [(p.name, p.title) for p in readout.participants][2:] == [
        ("Eva Lund", "Foreign Minister"),
        ("Mark Dunn", "Foreign Minister"),
    ]


def test_a_country_qualifying_things_gives_no_later_principal_its_country() -> None:
    """ "Russian gas" says what the gas is, not whose side the Prime Minister met is on."""
    readout = readoutmodel.parse(
        "UK Foreign Secretary Tom Reed met President Ana Balan of Moldova and Prime Minister"
        " Ion Rusu in Chisinau.\n\n"
        "They discussed Russian hybrid threats and the halt of Russian gas transit."
    )
    assert [(p.name, p.country) for p in readout.participants] == [
        ("Tom Reed", "GB"),
        ("Ana Balan", "MD"),
        ("Ion Rusu", None),
    ]


def test_a_country_named_as_such_still_gives_a_later_principal_its_country() -> None:
    readout = readoutmodel.parse(
        "UK Foreign Secretary Tom Reed met Foreign Minister Ion Rusu in London.\n\n"
        "They discussed Moldova's path to the European Union and Moldova's energy security."
    )
    assert [(p.name, p.country) for p in readout.participants] == [
        ("Tom Reed", "GB"),
        ("Ion Rusu", "MD"),
    ]


def test_an_office_sharing_the_article_of_the_one_before_is_no_unqualified_owner() -> None:
    """ "The President and Prime Minister" names both offices with one article: the Prime
    Minister is the one named before, not the issuer's own leader known by office alone."""
    readout = readoutmodel.parse(
        "Readout of President Ana Ruiz's Meeting with Prime Minister Tom Hale of Fiji\n\n"
        "President Ruiz welcomed Prime Minister Tom Hale of Fiji to Washington today. The"
        " President and Prime Minister held a bilateral meeting in the Oval Office."
    )
    assert readout.issuer is None
    assert [(p.name, p.country) for p in readout.participants] == [
        ("Ana Ruiz", None),
        ("Tom Hale", "FJ"),
    ]


def test_an_office_many_governments_have_marks_no_issuer() -> None:
    """ "Office of the Vice President" signs releases of many governments, not only of the
    United States."""
    readout = readoutmodel.parse(
        "Vice President Musa Bello on Friday held bilateral talks with Prime Minister Tom"
        " Hale of Fiji.\n\nHe noted that trade had grown.\n\n(Office of the Vice President)"
    )
    assert readout.issuer is None
    assert [(p.name, p.country) for p in readout.participants] == [
        ("Musa Bello", None),
        ("Tom Hale", "FJ"),
    ]


def test_an_office_after_an_article_and_a_word_is_no_unqualified_owner() -> None:
    """ "the new Foreign Minister" points back at the one named, not at the issuer's own
    leader known by office alone."""
    readout = readoutmodel.parse(
        "Secretary of State Ann Cole spoke today with Ukrainian Foreign Minister Ivan Petrenko,"
        " her first call with the new Foreign Minister."
    )
    assert readout.issuer is None


def test_one_who_received_a_principal_later_takes_part() -> None:
    readout = readoutmodel.parse(
        "Foreign Secretary Ana Ruiz received US Secretary of State Tom Hale in Mexico City"
        " today.\n\nSubsequently, Secretary Hale was received by President Lucia Vega at the"
        " National Palace."
    )
    assert [p.name for p in readout.participants] == ["Ana Ruiz", "Tom Hale", "Lucia Vega"]


def test_a_place_opening_the_scene_leaves_the_name_after_it_a_subject() -> None:
    readout = readoutmodel.parse(
        "In Dushanbe, Ivan Petrov, President of Kazakhstan Aidos Serikov and President of"
        " Uzbekistan Rustam Karimov held an informal meeting.\n\nIvan Petrov noted that"
        " trade was growing."
    )
    assert [p.name for p in readout.participants] == [
        "Ivan Petrov",
        "Aidos Serikov",
        "Rustam Karimov",
    ]
    assert [[p.name for p in s.speakers] for s in readout.statements] == [["Ivan Petrov"]]


def test_an_office_a_sentence_opens_with_gives_its_one_holder_a_country() -> None:
    """A release datelined at a summit abroad: "The Chilean President raised ..." says whose
    President the one of no country is, before the dateline's city is taken for the
    issuer's."""
    readout = readoutmodel.parse(
        "Lima, 15 November 2024.\n\nThe President of the Republic, Ana Ruiz, held a bilateral"
        " meeting with the President of the People's Republic of China, Li Wen.\n\nThe"
        " Chilean President raised the need for investment in lithium.\n\nForeign Minister"
        " Tom Reed also took part."
    )
    assert readout.issuer == "CL"
    assert [(p.name, p.country) for p in readout.participants] == [
        ("Ana Ruiz", "CL"),
        ("Li Wen", "CN"),
        ("Tom Reed", "CL"),
    ]
    assert [[p.name for p in s.speakers] for s in readout.statements] == [["Ana Ruiz"]]


@pytest.mark.parametrize(
    ("office", "title", "country"),
    [
        (
            "Head of the International Department of the CPC Central Committee",
            "Head of the International Department",
            "CN",
        ),
        (
            "Federal Councillor and Head of the Federal Department of Foreign Affairs",
            "Federal Councillor and Head of the Federal Department of Foreign Affairs",
            "CH",
        ),
        ("State Counsellor", "State Counsellor", "MM"),
    ],
)
def test_offices_of_one_government_before_a_name(office: str, title: str, country: str) -> None:
    readout = readoutmodel.parse(
        f"Secretary of State Tom Hale met today with {office} Lin Bao.\n\nLin Bao said the"
        " talks were useful."
    )
    met = readout.participants[1]
    assert (met.name, met.title, met.country) == ("Lin Bao", title, country)
    assert [p.name for s in readout.statements for p in s.speakers] == ["Lin Bao"]


@pytest.mark.parametrize("demonym", ["Vietnamese ", ""])
def test_a_party_office_and_a_qualified_office_before_one_name_are_one_persons(
    demonym: str,
) -> None:
    """ "General Secretary of the ... Central Committee and Vietnamese President X" is X."""
    readout = readoutmodel.parse(
        "President Li Wen held talks with General Secretary of the Communist Party of Vietnam"
        f" (CPV) Central Committee and {demonym}President Tran Minh in Beijing.\n\nTran Minh"
        " said the visit was a success."
    )
    assert [(p.name, p.country) for p in readout.participants] == [
        ("Li Wen", None),
        ("Tran Minh", "VN"),
    ]


@pytest.mark.parametrize(
    "office",
    ["Prime Minister of the Federal Government", "Chief Adviser of the Interim Government"],
)
def test_an_office_of_a_countrys_government_before_a_name(office: str) -> None:
    """ "Prime Minister of the Federal Government of Somalia X": X, the office, Somalia."""
    readout = readoutmodel.parse(
        f"Premier Li Wen held talks with {office} of Somalia Omar Farah in Beijing.\n\n"
        "Li Wen said that the two countries are good friends."
    )
    met = readout.participants[1]
    assert (met.name, met.title, met.country) == ("Omar Farah", office.split(" of ")[0], "SO")


@pytest.mark.parametrize(
    "office", ["Special Envoy for Ukraine and Russia", "Senior Director for China and Taiwan"]
)
def test_an_office_for_several_countries_before_a_name(office: str) -> None:
    """The countries an office serves are in its title, and none is its holder's."""
    readout = readoutmodel.parse(
        "Secretary of State Tom Hale met today with Foreign Minister Ana Ruiz of Chile in"
        f" Santiago. {office} Mark Cole also participated."
    )
    aide = readout.participants[-1]
    assert (aide.name, aide.title) == ("Mark Cole", office)
    assert aide.country not in ("UA", "RU", "CN", "TW")
    assert "taiwan" not in [t.id for t in readout.topics]


def test_an_office_of_one_government_gives_an_attendee_its_country() -> None:
    """ "Assistant Secretary of State X was present" in a Chinese readout: X is American."""
    readout = readoutmodel.parse(
        "On July 26, 2024, Foreign Minister Wang Yi met with U.S. Secretary of State Tom Hale"
        " in Vientiane.\n\nWang Yi urged the U.S. side to lift its sanctions.\n\nAssistant"
        " Secretary of State Mark Cole was present."
    )
    assert [(p.name, p.country) for p in readout.participants][-1] == ("Mark Cole", "US")


@pytest.mark.parametrize(
    "body", ["Pacific Islands Forum", "Collective Security Treaty Organisation"]
)
def test_a_bodys_name_that_opens_with_a_portfolios_word_is_no_person(body: str) -> None:
    """ "the Chair of the Pacific Islands Forum" names no one called "Islands Forum"."""
    readout = readoutmodel.parse(
        "President Tom Hale hosted leaders at the White House today. Prime Minister Mark Cole"
        f" of Fiji, the Chair of the {body}, thanked the President for his engagement."
    )
    assert [p.name for p in readout.participants] == ["Tom Hale", "Mark Cole"]
    assert [[p.name for p in s.speakers] for s in readout.statements] == [["Mark Cole"]]


def test_three_offices_joined_before_a_name_are_one_persons() -> None:
    """ "The Tánaiste and Minister for Foreign Affairs and Minister for Defence, X": X."""
    readout = readoutmodel.parse(
        "The Tánaiste and Minister for Foreign Affairs and Minister for Defence, Sean Ruiz"
        " T.D., today spoke by telephone with the Prime Minister of Malta, Tom Hale.\n\n"
        "The Tánaiste congratulated Prime Minister Hale on his appointment."
    )
    assert [p.name for p in readout.participants] == ["Sean Ruiz", "Tom Hale"]
    assert [[p.name for p in s.speakers] for s in readout.statements] == [["Sean Ruiz"]]


def test_a_place_aboard_which_a_call_is_made_is_no_one_and_no_topic() -> None:
    readout = readoutmodel.parse(
        "Aboard Air Force One, President Tom Hale called Prime Minister Raj Mehta of India"
        " today to thank him for his hospitality."
    )
    assert [p.name for p in readout.participants] == ["Tom Hale", "Raj Mehta"]
    assert "defense" not in [t.id for t in readout.topics]


def test_a_list_of_officials_each_with_offices_before_or_after_the_name() -> None:
    """ "A, Office, B, Office, and Office C attended": three officials, each with their
    own offices; the comma before "and" ends B's apposition."""
    readout = readoutmodel.parse(
        "On June 2, 2025, Chinese Vice Premier Zhao Ming held talks with U.S. Treasury"
        " Secretary Tom Hale in London.\n\nZhao Ming said that the talks were frank."
        "\n\nLin Hai, China International Trade Representative and Vice Minister of"
        " Commerce, Wu Bo, Vice Minister of Finance, and Vice Governor of the People's Bank"
        " of China Xu Lan attended the talks."
    )
    assert [(p.name, p.title, p.country) for p in readout.participants] == [
        ("Zhao Ming", "Vice Premier", "CN"),
        ("Tom Hale", "Treasury Secretary", "US"),
        ("Lin Hai", "International Trade Representative and Vice Minister of Commerce", "CN"),
        ("Wu Bo", "Vice Minister of Finance", "CN"),
        ("Xu Lan", "Vice Governor of the People's Bank", "CN"),
    ]


def test_offices_listed_before_a_name_in_a_headline_stay_that_names() -> None:
    """ "Meeting with Party Political Bureau Member, Director of ..., and Foreign Minister
    X": one person's offices, not a list, as no name stands before the first comma."""
    readout = readoutmodel.parse(
        "Readout of National Security Advisor Tom Hale's Meeting with Chinese Communist"
        " Party Political Bureau Member, Director of the Office of the Central Foreign Affairs"
        " Commission, and Foreign Minister Zhao Ming\n\nJune 3, 2025\n\nNational Security"
        " Advisor Tom Hale met with Director Zhao Ming in Bangkok.\n\nThe two sides"
        " discussed trade."
    )
    assert [p.name for p in readout.participants] == ["Tom Hale", "Zhao Ming"]
    assert [[p.name for p in s.speakers] for s in readout.statements][-1] == [
        "Tom Hale",
        "Zhao Ming",
    ]


def test_a_lead_naming_only_a_place_gives_way_to_the_sentence_naming_the_people() -> None:
    """A news report's lead that tells of the talks "held in London" names no one: the
    principals are those of the next sentence that tells of the talks."""
    readout = readoutmodel.parse(
        "China, U.S. agree to cut tariffs after London talks\n\nLONDON, June 2 (Xinhua) --"
        " China and the United States on Monday released a joint statement following the"
        " trade talks held in London over the weekend.\n\nChinese Vice Premier Zhao Ming led"
        " the Chinese delegation to the talks with U.S. Treasury Secretary Tom Hale on May 31"
        " and June 1.\n\nThe two sides agreed to set up a mechanism for trade"
        " consultations.\n\nAnalysts said the deal would steady global supply chains."
    )
    assert [(p.name, p.country) for p in readout.participants] == [
        ("Zhao Ming", "CN"),
        ("Tom Hale", "US"),
    ]
    assert [[p.name for p in s.speakers] for s in readout.statements] == [["Zhao Ming", "Tom Hale"]]


@pytest.mark.parametrize("owner", ["the U.S. president", "the president"])
def test_a_news_agencys_office_in_lower_case_is_the_names_before_it(owner: str) -> None:
    """ "X, assistant to the U.S. president for national security affairs," in a news
    agency's report: the office and its portfolio are X's, and the president it names
    takes no part."""
    readout = readoutmodel.parse(
        "BEIJING, May 7, 2025 (Xinhua) -- Chinese Foreign Minister Zhao Ming met with Tom"
        f" Hale, assistant to {owner} for national security affairs, in Beijing on"
        " Wednesday.\n\nViews were exchanged on trade.\n\nHale said the U.S. side wants"
        " stable relations."
    )
    assert [(p.name, p.country) for p in readout.participants] == [
        ("Zhao Ming", "CN"),
        ("Tom Hale", "US"),
    ]
    assert [[p.name for p in s.speakers] for s in readout.statements] == [
        ["Zhao Ming", "Tom Hale"],
        ["Tom Hale"],
    ]


def test_a_news_agencys_dateline_of_any_city_is_no_participant() -> None:
    """ "Tangier - His Majesty King X held talks ...": Tangier is where, not who."""
    readout = readoutmodel.parse(
        "Tangier - His Majesty King Mohammed VI held talks, on Monday, with President of France"
        " Paul Roy.\n\nThe two Heads of State discussed the partnership."
    )
    assert [(p.name, p.country) for p in readout.participants] == [
        ("Mohammed VI", "MA"),
        ("Paul Roy", "FR"),
    ]
    assert readout.issuer == "MA"
    assert [[p.name for p in s.speakers] for s in readout.statements] == [
        ["Mohammed VI", "Paul Roy"]
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the office ends the headline, the next line opens with another
        "Prime Minister Bennett spoke with the Crown Prince of Abu Dhabi\n\nPrime Minister"
        " Naftali Bennett spoke with the Crown Prince of Abu Dhabi, Sheikh Mohamed bin Zayed"
        " Al Nahyan.\n\nThe Prime Minister and the Crown Prince agreed to expand trade.",
        # the office ends a sentence, the next opens with another
        "Prime Minister Naftali Bennett spoke with Sheikh Mohamed bin Zayed Al Nahyan, Crown"
        " Prince of Abu Dhabi. The Prime Minister and the Crown Prince agreed to expand"
        " trade.",
    ],
)
def test_an_office_of_a_capital_ends_where_its_line_or_sentence_does(text: str) -> None:
    """ "Crown Prince of Abu Dhabi" at the end of a line or a sentence takes no office of
    the next one: each side keeps its own, and the issuer is the one who spoke."""
    readout = readoutmodel.parse(text)
    assert [(p.name, p.title, p.country) for p in readout.participants] == [
        ("Naftali Bennett", "Prime Minister", "IL"),
        ("Sheikh Mohamed bin Zayed Al Nahyan", readout.participants[1].title, "AE"),
    ]
    assert readout.participants[1].title in ("Crown Prince", "Crown Prince of Abu Dhabi")
    assert readout.issuer == "IL"
    assert [[p.name for p in s.speakers] for s in readout.statements] == [
        ["Naftali Bennett", "Sheikh Mohamed bin Zayed Al Nahyan"]
    ]


def test_offices_joined_before_a_country_in_a_headline_are_the_counterparts() -> None:
    """ "X meets Crown Prince and Prime Minister of Saudi Arabia": both offices are the
    Saudi counterpart's, so the bare "Crown Prince" does not make him the issuer's own."""
    readout = readoutmodel.parse(
        "Prime Minister Shehbaz Sharif meets Crown Prince and Prime Minister of Saudi"
        " Arabia\n\nPrime Minister Shehbaz Sharif met Mohammed bin Salman, Crown Prince of"
        " Saudi Arabia, in Riyadh today.\n\nThe Prime Minister thanked the Crown Prince for"
        " his hospitality."
    )
    assert readout.issuer == "PK"
    assert [[p.name for p in s.speakers] for s in readout.statements] == [["Shehbaz Sharif"]]


@pytest.mark.parametrize(
    "others",
    [
        "and senior officials were present in",
        "and others attended",
        "and other officials attended",
        "and senior officials of the Ministry were present at",
    ],
)
def test_a_list_of_officials_closed_by_unnamed_others_attended(others: str) -> None:
    """ "A, B and senior officials were present in the meeting": A and B attended."""
    readout = readoutmodel.parse(
        "Prime Minister Imran Qadir met Vice Premier of China Zhao Ming in Islamabad today."
        " Minister of State for Foreign Affairs Sara Malik, Minister for Planning Ali Raza"
        f" {others} the meeting.\n\nThe two leaders discussed trade."
    )
    assert [p.name for p in readout.participants] == [
        "Imran Qadir",
        "Zhao Ming",
        "Sara Malik",
        "Ali Raza",
    ]


@pytest.mark.parametrize(
    ("attending", "named"),
    [
        (
            "Also participating in the meeting were the Prime Minister's Military Secretary,"
            " Maj.-Gen. Dan Levi, and National Security Adviser Ron Shaked.",
            ["Dan Levi", "Ron Shaked"],
        ),
        (
            "Participating in the conversation were Military Secretary Maj.-Gen. Dan Levi and"
            " Foreign Policy Adviser Ron Shaked.",
            ["Dan Levi", "Ron Shaked"],
        ),
    ],
)
def test_aides_listed_after_the_counterparts_sentence_are_the_issuers(
    attending: str, named: list[str]
) -> None:
    """A paragraph of aides "also participating" after a sentence that ends with the
    counterpart: they are the issuing government's, not the counterpart's; an office a
    principal owns ("the Prime Minister's Military Secretary") opens the list."""
    readout = readoutmodel.parse(
        "Prime Minister Benjamin Netanyahu met with US Secretary of State Antony Blinken."
        f"\n\n{attending}\n\nThe two discussed Iran."
    )
    assert [(p.name, p.country) for p in readout.participants] == [
        ("Benjamin Netanyahu", "IL"),
        ("Antony Blinken", "US"),
        *((name, "IL") for name in named),
    ]


def test_a_rulers_representative_heads_an_attendance_list() -> None:
    readout = readoutmodel.parse(
        "ABU DHABI, 4th March, 2025 (WAM) -- President His Highness Sheikh Mohamed bin Zayed"
        " Al Nahyan received Prime Minister Paul Roy of France in Abu Dhabi.\n\nThe meeting"
        " was attended by H.H. Sheikh Hamdan bin Zayed Al Nahyan, Ruler's Representative in"
        " Al Dhafra Region; and H.H. Sheikh Abdullah bin Zayed Al Nahyan, Deputy Prime"
        " Minister and Minister of Foreign Affairs."
    )
    assert [(p.name, p.country) for p in readout.participants][2:] == [
        ("Sheikh Hamdan bin Zayed Al Nahyan", "AE"),
        ("Sheikh Abdullah bin Zayed Al Nahyan", "AE"),
    ]


@pytest.mark.parametrize("field", ["Afghan Affairs", "Korean Peninsula Affairs"])
def test_an_envoys_field_a_demonym_opens_is_in_the_office(field: str) -> None:
    """ "Special Representative of the Chinese Government on Afghan Affairs X": X holds the
    office; there is no unnamed "Special Representative" beside him."""
    readout = readoutmodel.parse(
        f"On May 2, 2025, Special Representative of the Chinese Government on {field} Zhao"
        " Ming met with Acting Foreign Minister Karim Sadiq in Kabul.\n\nHe said that China"
        " supports peace."
    )
    first = readout.participants[0]
    assert (first.name, first.title, first.country) == ("Zhao Ming", "Special Representative", "CN")
    assert len(readout.participants) == 2
    assert [[p.name for p in s.speakers] for s in readout.statements] == [["Zhao Ming"]]


@pytest.mark.parametrize("field", ["China-India Boundary Question", "India-China Border Issue"])
def test_an_envoys_field_two_countries_open_is_in_the_office(field: str) -> None:
    """ "Special Representative of China on the China-India Boundary Question X": the
    countries joined by a hyphen qualify the field, and the holder's country stays the one
    after "of"; an office joined after the field is the same person's, the one his title
    ranks first."""
    readout = readoutmodel.parse(
        "On August 3, 2025, Director of the Office of the Central Foreign Affairs Commission"
        f" and Special Representative of China on the {field} Zhao Ming held talks with"
        f" Special Representative of India on the {field} and National Security Advisor Ravi"
        " Menon in Beijing.\n\nZhao Ming said that peace in the border areas matters.\n\n"
        "Ravi Menon said that India is ready to work with China."
    )
    assert [(p.name, p.title, p.country) for p in readout.participants] == [
        (
            "Zhao Ming",
            "Director of the Office of the Central Foreign Affairs Commission and Special"
            " Representative",
            "CN",
        ),
        ("Ravi Menon", "National Security Advisor", "IN"),
    ]
    assert [[p.name for p in s.speakers] for s in readout.statements] == [
        ["Zhao Ming"],
        ["Ravi Menon"],
    ]


@pytest.mark.parametrize(
    "body", ["UK Foreign Office", "UK Foreign, Commonwealth and Development Office"]
)
def test_an_office_of_a_body_named_office_is_the_name_after_its(body: str) -> None:
    """ "Permanent Under-Secretary of the UK Foreign Office X": one person, of the UK; the
    body's "Office" ends its name and opens no other."""
    readout = readoutmodel.parse(
        "On March 3, 2025, Vice Foreign Minister Zhao Ming and Permanent Under-Secretary of"
        f" the {body} Tom Hale held the strategic dialogue in London.\n\nHale said that the"
        " UK values the dialogue."
    )
    assert [p.name for p in readout.participants] == ["Zhao Ming", "Tom Hale"]
    hale = readout.participants[1]
    assert (hale.title, hale.country) == ("Permanent Under-Secretary", "GB")
    assert [[p.name for p in s.speakers] for s in readout.statements] == [["Tom Hale"]]


@pytest.mark.parametrize(
    ("office", "country"),
    [
        ("Australian Chief of the Defence Force Adm. Mark Cole", "AU"),
        ("Italian Chief of Defense Adm. Mark Cole", "IT"),
        ("Israeli Chief of the General Staff Brig. Gen. Mark Cole", "IL"),
        ("Ukrainian Prosecutor General Mark Cole", "UA"),
        ("Indonesian Coordinating Minister for Economic Affairs Mark Cole", "ID"),
    ],
)
def test_counterparts_with_offices_of_defence_chiefs_and_others(office: str, country: str) -> None:
    """Offices a Pentagon or State readout gives counterparts, and a two-part abbreviated
    rank, which no longer ends the sentence."""
    readout = readoutmodel.parse(
        f"Chairman of the Joint Chiefs of Staff Gen. Tom Hale met today with {office} at the"
        " Pentagon. The two leaders discussed regional security."
    )
    assert [(p.name, p.country) for p in readout.participants] == [
        ("Tom Hale", "US"),
        ("Mark Cole", country),
    ]
    assert [[p.name for p in s.speakers] for s in readout.statements] == [["Tom Hale", "Mark Cole"]]


def test_officials_attending_on_a_side_named_before_the_passive() -> None:
    """ "On the Indonesian side, the talks were attended by A and B": Indonesians."""
    readout = readoutmodel.parse(
        "ABU DHABI, 4th March, 2025 (WAM) -- President His Highness Sheikh Mohamed bin Zayed"
        " Al Nahyan held talks with President Budi Santoso of Indonesia.\n\nOn the Indonesian"
        " side, the talks were attended by Adi Putra, Minister of Foreign Affairs, and Rudi"
        " Hartono, Coordinating Minister for Economic Affairs."
    )
    assert [(p.name, p.country) for p in readout.participants][2:] == [
        ("Adi Putra", "ID"),
        ("Rudi Hartono", "ID"),
    ]


@pytest.mark.parametrize(
    "joining",
    [
        "Joining Premier Li were Vice Premier Zhao Ming and Minister of Finance Wu Bo.",
        "The Secretary was joined by U.S. Ambassador to China Mark Cole, and the Premier was"
        " accompanied by Vice Premier Zhao Ming and Minister of Finance Wu Bo.",
    ],
)
def test_officials_who_joined_a_counterpart_named_in_the_phrase_are_his_side(joining: str) -> None:
    """ "Joining Premier Li were A and B", "..., and the Premier was accompanied by A and
    B": the officials are of the Premier's side, not the issuer's."""
    readout = readoutmodel.parse(
        "Secretary of the Treasury Tom Hale met with Premier Li Wen of the People's Republic"
        f" of China in Beijing today. {joining}"
    )
    countries = {p.name: p.country for p in readout.participants}
    assert (countries["Zhao Ming"], countries["Wu Bo"]) == ("CN", "CN")


def test_officials_listed_each_with_by() -> None:
    """ "The Vice President was accompanied by A and by B": both attended."""
    readout = readoutmodel.parse(
        "Vice President Ann Cole met today with Prime Minister Raj Mehta in London. The two"
        " leaders discussed artificial intelligence. The Vice President was accompanied by"
        " Second Gentleman Tom Cole and by Commerce Secretary Gina Ruiz."
    )
    assert [p.name for p in readout.participants] == [
        "Ann Cole",
        "Raj Mehta",
        "Tom Cole",
        "Gina Ruiz",
    ]


@pytest.mark.parametrize(
    "joined",
    [
        "Mr. Reed was joined by Deputy Assistant to the President and Coordinator for"
        " Indo-Pacific Affairs Mark Cole.",
        "Mr. Reed was accompanied by Mark Cole, Deputy Assistant to the President and"
        " Coordinator for Indo-Pacific Affairs.",
    ],
)
def test_a_coordinator_is_an_office(joined: str) -> None:
    readout = readoutmodel.parse(
        "U.S. National Security Advisor Tom Reed met with Director Zhao Ming in Vienna today."
        f" The two sides discussed the Taiwan Strait. {joined}"
    )
    cole = readout.participants[-1]
    assert (cole.name, cole.country) == ("Mark Cole", "US")
    assert "Coordinator" in (cole.title or "")


def test_a_royal_who_joins_is_of_the_monarchy_among_the_principals() -> None:
    """ "President X spoke with King Y ... Crown Prince Z joined the call": Z is of Y's
    kingdom, not the issuer's republic."""
    readout = readoutmodel.parse(
        "President Tom Reed spoke today with His Majesty King Abdullah II of Jordan. The two"
        " leaders discussed Gaza. Crown Prince Hussein bin Abdullah joined the call."
    )
    assert [(p.name, p.country) for p in readout.participants][-1] == (
        "Hussein bin Abdullah",
        "JO",
    )


@pytest.mark.parametrize(
    "office", ["Deputy Secretary of State", "Acting Deputy Secretary of State"]
)
def test_the_deputy_secretary_of_state_is_american(office: str) -> None:
    """A State Department release that names no country: its Deputy Secretary is the
    United States', and so is the release."""
    readout = readoutmodel.parse(
        "The following is attributable to Spokesperson Tom Reed:\n\n"
        f"{office} Mark Cole met today with Japanese Vice Minister for Foreign Affairs Ken"
        " Sato. The two discussed the East China Sea."
    )
    assert [(p.name, p.country) for p in readout.participants] == [
        ("Mark Cole", "US"),
        ("Ken Sato", "JP"),
    ]
    assert readout.issuer == "US"


def test_officials_who_were_with_the_president_during_the_call_attended() -> None:
    readout = readoutmodel.parse(
        "President Tom Reed spoke today with President Ivan Petrov of Russia. The two leaders"
        " agreed on an energy ceasefire. Special Envoy Mark Cole and National Security Advisor"
        " Ann Lee were with the President in the Oval Office during the call."
    )
    assert [p.name for p in readout.participants] == [
        "Tom Reed",
        "Ivan Petrov",
        "Mark Cole",
        "Ann Lee",
    ]


@pytest.mark.parametrize(
    ("office", "title", "country"),
    [
        ("Treasury and Finance Minister", "Treasury and Finance Minister", "TR"),
        ("Business and Trade Secretary", "Business and Trade Secretary", "GB"),
        ("Mossad Director", "Mossad Director", "IL"),
        ("Supreme Allied Commander Europe", "Supreme Allied Commander Europe", "NATO"),
    ],
)
def test_an_office_one_government_has_in_a_list(office: str, title: str, country: str) -> None:
    """An office that one government or body alone has gives its holder that country, in
    a list of officials of another side too."""
    readout = readoutmodel.parse(
        "President Ana Ruiz met President Oleh Marchenko of Ukraine in Kyiv today. The talks"
        f" were also attended by Foreign Minister Ivan Petrenko and {office} Lea Stein.\n\n"
        "The leaders discussed air defence."
    )
    assert (readout.participants[-1].name, readout.participants[-1].title) == ("Lea Stein", title)
    assert readout.participants[-1].country == country


def test_a_prince_named_for_his_grandfather_is_no_other_prince() -> None:
    """ "Prince Fahd bin Salman bin Fahd" is not "Prince Nawaf bin Salman bin Fahd Al
    Harbi": his given name is written like his grandfather's, and stays his own."""
    readout = readoutmodel.parse(
        "His Royal Highness Prince Nawaf bin Salman bin Fahd Al Harbi, Crown Prince, held"
        " talks today with President Daniel Otieno of Kenya.\n\nThe talks were attended by"
        " Minister of Energy Prince Fahd bin Salman bin Fahd and Minister of Investment"
        " Prince Saud bin Salman bin Fahd."
    )
    assert [p.name for p in readout.participants] == [
        "Prince Nawaf bin Salman bin Fahd Al Harbi",
        "Daniel Otieno",
        "Prince Fahd bin Salman bin Fahd",
        "Prince Saud bin Salman bin Fahd",
    ]


def test_a_body_named_of_something_in_a_headline_is_no_principal() -> None:
    """ "holds video call with Coalition of the Willing": a body, as a name that goes on
    with "of the" and a name of no country is."""
    readout = readoutmodel.parse(
        "Prime Minister Reed holds video call with Coalition of the Willing\n\nToday, Prime"
        " Minister Tom Reed joined a virtual meeting of the Coalition of the Willing,"
        " co-chaired by the Prime Minister of the United Kingdom, Ann Cole.\n\nThe leaders"
        " discussed security guarantees for Ukraine."
    )
    assert [p.name for p in readout.participants] == ["Tom Reed", "Ann Cole"]


@pytest.mark.parametrize(
    ("office", "title"),
    [
        ("Canada's Ambassador to Ukraine", "Ambassador to Ukraine"),
        (
            "the Canadian High Commissioner to the United Kingdom",
            "High Commissioner to the United Kingdom",
        ),
        ("the Ambassador of Canada to Ukraine", "Ambassador"),
    ],
)
def test_an_envoy_posted_abroad_set_off_by_commas_attended(office: str, title: str) -> None:
    """ "accompanied by Canada's Ambassador to Ukraine, X.": the country posted to is in the
    title, and the name after the comma is the envoy's."""
    readout = readoutmodel.parse(
        "Today, Prime Minister Tom Reed met with President Oleh Marchenko in Kyiv.\n\nThe"
        " leaders discussed security guarantees.\n\nThe Prime Minister was accompanied by"
        f" {office}, Lena Novak."
    )
    assert [(p.name, p.title, p.country) for p in readout.participants][2:] == [
        ("Lena Novak", title, "CA")
    ]


def test_an_office_written_as_a_courtesy_after_an_office_is_no_office() -> None:
    """Nigerian and Gulf releases write a former envoy's "Ambassador" before a minister's
    name: "the Minister of Foreign Affairs, Ambassador X" is X, the minister; a Hausa style
    ("Mallam") is no part of a name. One such item loses none of the list."""
    readout = readoutmodel.parse(
        "President Musa Bello on Wednesday met with President Paul Girard of France in"
        " Paris.\n\nThe President was accompanied to the meeting by the Minister of Foreign"
        " Affairs, Ambassador Garba Aliyu Sani; the Minister of Finance, Mr Tunde Ojo; and the"
        " National Security Adviser, Mallam Sani Yusuf."
    )
    assert [(p.name, p.title) for p in readout.participants][2:] == [
        ("Garba Aliyu Sani", "Minister of Foreign Affairs"),
        ("Tunde Ojo", "Minister of Finance"),
        ("Sani Yusuf", "National Security Adviser"),
    ]


@pytest.mark.parametrize(
    "office",
    [
        "Minister in the Presidency",
        "Minister in the Prime Minister's Office",
        "Minister in the Prime Minister's Department",
    ],
)
def test_a_minister_in_a_presidency_or_an_office_attended(office: str) -> None:
    """ "Minister in the Presidency, Ms X" is an office; one attendee of a list holding it
    loses none of the others."""
    readout = readoutmodel.parse(
        "President Sipho Dube has today held a telephone conversation with President Ana"
        " Ruiz of Chile.\n\nMinister of International Relations and Cooperation, Mr Thabo"
        f" Nkosi, and {office}, Ms Lindiwe Zulu, were present during the call."
    )
    assert [(p.name, p.title) for p in readout.participants][2:] == [
        ("Thabo Nkosi", "Minister of International Relations and Cooperation"),
        ("Lindiwe Zulu", office),
    ]


def test_a_body_its_initials_in_brackets_and_an_office_before_a_name() -> None:
    """ "National Intelligence Organization (MIT) Director X": the body and its initials
    qualify the office, and the item before it in the list stays a person."""
    readout = readoutmodel.parse(
        "President Recep Tayyip Erdoğan spoke over the phone with President Ali Rahimi of"
        " Iran.\n\nMinister of Foreign Affairs Kemal Demir, National Intelligence"
        " Organization (MIT) Director Orhan Kaya and Communications Director Selim Aksoy were"
        " also present during the phone call."
    )
    assert [(p.name, p.country) for p in readout.participants][2:] == [
        ("Kemal Demir", "TR"),
        ("Orhan Kaya", "TR"),
        ("Selim Aksoy", "TR"),
    ]


@pytest.mark.parametrize(
    ("offices", "title"),
    [
        (
            "Saudi Minister of State, Member of the Council of Ministers, and National Security"
            " Advisor Dr.",
            "Minister of State, Member of the Council of Ministers, and National Security Advisor",
        ),
        (
            "Minister of State for Foreign Affairs, Cabinet Member and Climate Envoy",
            "Minister of State for Foreign Affairs",
        ),
    ],
)
def test_offices_of_a_cabinet_member_before_a_name_are_one_persons(
    offices: str, title: str
) -> None:
    """ "Minister of State, Member of the Council of Ministers, and National Security Advisor
    Dr. X": a member of a cabinet or council holds an office, so no one is named "Member"."""
    readout = readoutmodel.parse(
        f"National Security Advisor Tom Reed spoke today with {offices} Faisal Al-Harbi."
        " Both officials committed to remaining in close contact."
    )
    assert [(p.name, p.title) for p in readout.participants] == [
        ("Tom Reed", "National Security Advisor"),
        ("Faisal Al-Harbi", title),
    ]
    assert [[p.name for p in s.speakers] for s in readout.statements] == [
        ["Tom Reed", "Faisal Al-Harbi"]
    ]


def test_a_member_of_the_politburo_set_off_after_a_name_is_the_names_office() -> None:
    """ "Wang Yi, Member of the Politburo of the Chinese Communist Party, Director of ...":
    the offices are Wang Yi's, and the party is no one."""
    readout = readoutmodel.parse(
        "National Security Advisor Tom Reed met with Zhao Ming, Member of the Politburo of the"
        " Chinese Communist Party, Director of the Office of the Central Foreign Affairs"
        " Commission and Minister of Foreign Affairs, in Bangkok, Thailand. The two sides"
        " agreed to stay in touch."
    )
    assert [(p.name, p.country) for p in readout.participants] == [
        ("Tom Reed", None),
        ("Zhao Ming", "CN"),
    ]
    assert [[p.name for p in s.speakers] for s in readout.statements] == [["Tom Reed", "Zhao Ming"]]


def test_offices_after_a_comma_and_before_a_styled_name_in_an_agents_list() -> None:
    """ "attended by A, Minister of Foreign Affairs, and Minister of State, ... Dr. B": the
    offices after the comma and "and" are B's, a style before B's name."""
    readout = readoutmodel.parse(
        "His Royal Highness Prince Khalid bin Saud, Crown Prince and Prime Minister, received a"
        " phone call today from President Paul Girard of France.\n\nThe call was attended by"
        " HRH Prince Fahd bin Nasser, Minister of Foreign Affairs, and Minister of State,"
        " Member of the Cabinet and National Security Advisor Dr. Saad bin Ali Al-Harbi."
    )
    assert [(p.name, p.title) for p in readout.participants][2:] == [
        ("Prince Fahd bin Nasser", "Minister of Foreign Affairs"),
        (
            "Saad bin Ali Al-Harbi",
            "Minister of State, Member of the Cabinet and National Security Advisor",
        ),
    ]


def test_the_head_of_a_swiss_federal_department_is_an_office() -> None:
    """ "President of the Swiss Confederation and Head of the Federal Department of Finance
    X": one person's offices, X's."""
    readout = readoutmodel.parse(
        "On February 11, 2025, Premier Zhao Ming met with President of the Swiss Confederation"
        " and Head of the Federal Department of Finance Anna Keller in Beijing.\n\nKeller said"
        " that Switzerland values its ties with China."
    )
    assert [(p.name, p.country) for p in readout.participants] == [
        ("Zhao Ming", None),
        ("Anna Keller", "CH"),
    ]
    assert [[p.name for p in s.speakers] for s in readout.statements] == [["Anna Keller"]]


@pytest.mark.parametrize(
    "office",
    [
        "Minister of Railways",
        "Minister of Petroleum and Natural Gas",
        "Minister of Road Transport and Highways",
        "Minister of Ports and Airports",
        "Minister for Planning, Development and Special Initiatives",
        "Minister of Coal and Mines",
    ],
)
def test_ministers_of_more_portfolios_attended(office: str) -> None:
    """Indian, Pakistani and Brazilian delegation lists name ministries of railways, gas,
    highways, ports and planning: each minister is an attendee, and so is the one after."""
    readout = readoutmodel.parse(
        "Prime Minister Shri Ravi Menon met President Ana Souza in Brasilia today. Prime"
        f" Minister was accompanied by {office} Shri Arjun Rao and Minister for Finance Shri"
        " Vikram Das."
    )
    assert [(p.name, p.title) for p in readout.participants][2:] == [
        ("Arjun Rao", office),
        ("Vikram Das", "Minister for Finance"),
    ]


@pytest.mark.parametrize(
    ("bank", "country"), [("the Bank of Japan", "JP"), ("the People's Bank of China", "CN")]
)
def test_a_governor_of_a_countrys_bank_after_the_name_is_of_that_country(
    bank: str, country: str
) -> None:
    """ "Governor X of the Bank of Japan", as the Treasury writes it: the bank's country is
    the governor's."""
    readout = readoutmodel.parse(
        f"Secretary of the Treasury Ann Cole met today with Governor Ken Mori of {bank}. They"
        " discussed the global economic outlook."
    )
    assert [(p.name, p.title, p.country) for p in readout.participants][1:] == [
        ("Ken Mori", "Governor", country)
    ]


@pytest.mark.parametrize(
    "office",
    [
        "Chief Presidential Press Secretary",
        "Senior Presidential Secretary",
        "Presidential Secretary",
    ],
)
def test_a_presidential_secretary_in_a_mixed_list_attended(office: str) -> None:
    """ "A, Minister of Foreign Affairs, and Chief Presidential Press Secretary B attended":
    the Korean presidential office's secretaries are offices, and A is kept beside them."""
    readout = readoutmodel.parse(
        "President Kim Min-jun held a summit with Australian Prime Minister Tom Reed in Vilnius"
        f" on July 12, 2023.\n\nPark Ji-hoon, Minister of Foreign Affairs, and {office} Lee"
        " Su-jin attended the summit."
    )
    assert [(p.name, p.title) for p in readout.participants][2:] == [
        ("Park Ji-hoon", "Minister of Foreign Affairs"),
        ("Lee Su-jin", office),
    ]


@pytest.mark.parametrize(
    "office",
    ["Secretary of State for Northern Ireland", "Northern Ireland Secretary", "Welsh Secretary"],
)
def test_a_secretary_of_state_for_a_nation_of_the_uk_attended(office: str) -> None:
    """ "the Secretary of State for Northern Ireland, X MP": an office of the UK, and the
    attendee after it is kept too."""
    readout = readoutmodel.parse(
        "The Taoiseach, Sean Byrne T.D., today met with the British Prime Minister, Tom Reed"
        f" MP.\n\nThe Prime Minister was joined by the {office}, Ann Cole MP, and the"
        " Chancellor of the Exchequer, Ruth Hale MP."
    )
    assert [(p.name, p.title, p.country) for p in readout.participants][2:] == [
        ("Ann Cole", office, "GB"),
        ("Ruth Hale", "Chancellor of the Exchequer", "GB"),
    ]


def test_brothers_whose_given_name_is_the_familys_are_two_people() -> None:
    """ "Hamdan bin Mohammed bin Rashid Al Maktoum" and "Maktoum bin Mohammed bin Rashid Al
    Maktoum" share a father, a grandfather and a family, but not a given name."""
    readout = readoutmodel.parse(
        "DUBAI, 14th February, 2024 (WAM) -- His Highness Sheikh Saeed bin Rashid Al Maktoum,"
        " Vice President, Prime Minister and Ruler of Dubai, received Ravi Menon, Prime"
        " Minister of the Republic of India.\n\nThe meeting was attended by His Highness Sheikh"
        " Hamdan bin Saeed bin Rashid Al Maktoum, Crown Prince of Dubai; and His Highness"
        " Sheikh Maktoum bin Saeed bin Rashid Al Maktoum, First Deputy Ruler of Dubai."
    )
    assert [(p.name, p.title) for p in readout.participants][2:] == [
        ("Sheikh Hamdan bin Saeed bin Rashid Al Maktoum", "Crown Prince"),
        ("Sheikh Maktoum bin Saeed bin Rashid Al Maktoum", "First Deputy Ruler"),
    ]
    assert readout.participants[0].name == "Sheikh Saeed bin Rashid Al Maktoum"


def test_amir_inside_a_name_and_mawlawi_before_one() -> None:
    """ "Mawlawi Amir Khan Muttaqi", "Hossein Amir Abdollahian": "Amir" after a word of a
    name is a word of it, and "Mawlawi" a style."""
    readout = readoutmodel.parse(
        "Islamabad, 5 March 2025\n\nForeign Minister Kamran Ali had a telephone conversation"
        " today with the Acting Foreign Minister of Afghanistan, Mawlawi Amir Khan Haqqani."
        " Separately, he spoke with the Foreign Minister of Iran, Hossein Amir Tehrani."
    )
    assert [(p.name, p.country) for p in readout.participants][1:] == [
        ("Amir Khan Haqqani", "AF"),
        ("Hossein Amir Tehrani", "IR"),
    ]


def test_fs_is_the_foreign_secretary() -> None:
    """India's MEA writes "FS" for its Foreign Secretary."""
    readout = readoutmodel.parse(
        "Foreign Secretary Shri Arjun Rao held talks today in Kathmandu with Foreign Secretary"
        " of Nepal Amrit Thapa.\n\nFS conveyed India's readiness to help.\n\nNew Delhi\n"
        "December 09, 2024"
    )
    assert [([p.name for p in s.speakers], s.verb) for s in readout.statements] == [
        (["Arjun Rao"], "conveyed")
    ]


def test_chinese_bodies_offices_and_a_groups_head() -> None:
    """The CPPCC's chairman, the Central Military Commission's vice chairman and the
    Executive Vice Foreign Minister are China's; "President of the World Bank Group X" is
    X, the group's "Group" a word of its body."""
    readout = readoutmodel.parse(
        "On May 15, 2025, Chairman of the National Committee of the Chinese People's Political"
        " Consultative Conference Zhao Ming met with President of the World Bank Group Raj"
        " Mehta in Beijing. Vice Chairman of the Central Military Commission Li Wei and"
        " Executive Vice Foreign Minister Sun Hao attended the meeting."
    )
    assert [(p.name, p.country) for p in readout.participants] == [
        ("Zhao Ming", "CN"),
        ("Raj Mehta", None),
        ("Li Wei", "CN"),
        ("Sun Hao", "CN"),
    ]
    assert readout.participants[1].title == "President of the World Bank Group"


@pytest.mark.parametrize("office", ["Prime Cabinet Secretary", "Communications Director"])
def test_a_prime_cabinet_secretary_and_a_communications_director(office: str) -> None:
    """Kenya's "Prime Cabinet Secretary" and a "Communications Director" are whole
    offices, not a bare "Secretary" or "Director" (nor a person named "Prime")."""
    readout = readoutmodel.parse(
        "President Daniel Otieno on Tuesday held bilateral talks with Prime Minister Ravi"
        f" Menon in New Delhi.\n\nPresent were {office} Peter Kamau and Cabinet Secretary for"
        " Defence Ali Hassan."
    )
    assert [(p.name, p.title) for p in readout.participants][2:] == [
        ("Peter Kamau", office),
        ("Ali Hassan", "Cabinet Secretary for Defence"),
    ]


@pytest.mark.parametrize(
    "attending",
    [
        "President Sipho Dube was supported by Ministers Thabo Nkosi (International Relations"
        " and Cooperation), Lindiwe Zulu (Trade, Industry and Competition) and Sizwe Mokoena"
        " (Electricity and Energy).",
        "Present were Ministers Thabo Nkosi (International Relations and Cooperation), Lindiwe"
        " Zulu (Trade, Industry and Competition) and Sizwe Mokoena (Electricity and Energy).",
    ],
)
def test_ministers_each_with_a_portfolio_in_brackets_attended(attending: str) -> None:
    """South African and Kenyan releases list "Ministers A (Portfolio), B (Portfolio) and
    C (Portfolio)": each holds the office, and "was supported by" reports nothing."""
    readout = readoutmodel.parse(
        "President Sipho Dube today met President Ana Souza of Brazil in Rio de Janeiro.\n\n"
        f"The leaders discussed cooperation in agriculture.\n\n{attending}"
    )
    assert [(p.name, p.title) for p in readout.participants][2:] == [
        ("Thabo Nkosi", "Minister"),
        ("Lindiwe Zulu", "Minister"),
        ("Sizwe Mokoena", "Minister"),
    ]
    assert [s.verb for s in readout.statements] == ["discussed"]


def test_fields_listed_after_an_office_and_before_a_name_set_off() -> None:
    """ "the Spanish Minister of Foreign Affairs, European Union and Cooperation, X": the
    fields are the office's, X its holder, and the EU in them raises no topic."""
    readout = readoutmodel.parse(
        "Rabat - Head of Government, Karim Idrissi, received on Thursday in Rabat the Spanish"
        " Minister of Foreign Affairs, European Union and Cooperation, Pablo Ruiz Garcia, who is"
        " on a working visit to the Kingdom.\n\nMr. Ruiz praised the quality of cooperation."
    )
    assert [(p.name, p.title, p.country) for p in readout.participants] == [
        ("Karim Idrissi", "Head of Government", "MA"),
        ("Pablo Ruiz Garcia", "Minister of Foreign Affairs, European Union and Cooperation", "ES"),
    ]
    assert readout.topics == ()


@pytest.mark.parametrize("place", ["Camp David", "Air Force One", "Rehoboth Beach"])
def test_where_the_counterpart_was_spoken_to_from_is_no_participant(place: str) -> None:
    """ "spoke with X of Japan from Camp David": the place the call was made from."""
    readout = readoutmodel.parse(
        f"President Ana Ruiz spoke today with Prime Minister Ken Aoki of Japan from {place}."
        " The leaders agreed to stay in close touch."
    )
    assert [p.name for p in readout.participants] == ["Ana Ruiz", "Ken Aoki"]
    assert [[p.name for p in s.speakers] for s in readout.statements] == [["Ana Ruiz", "Ken Aoki"]]


def test_a_call_from_a_counterpart_still_names_the_caller() -> None:
    """ "received a call from X": the caller, after "from", takes part."""
    readout = readoutmodel.parse(
        "Prime Minister Ken Aoki received a phone call from President Ana Ruiz of Chile."
        " The two leaders discussed trade."
    )
    assert [p.name for p in readout.participants] == ["Ken Aoki", "Ana Ruiz"]


@pytest.mark.parametrize(
    "office", ["Principal Deputy National Security Advisor", "Homeland Security Advisor"]
)
def test_offices_of_the_white_house_alone_give_its_country(office: str) -> None:
    readout = readoutmodel.parse(
        f"{office} Carla Dunn met today with Foreign Minister Ana Ruiz of Chile. Ms. Dunn"
        " discussed migration."
    )
    assert [(p.name, p.title, p.country) for p in readout.participants] == [
        ("Carla Dunn", office, "US"),
        ("Ana Ruiz", "Foreign Minister", "CL"),
    ]


@pytest.mark.parametrize(
    "envoy",
    [
        "Special Presidential Representative for the Middle East and Africa, Deputy Foreign"
        " Minister Oleg Popov",
        "Special Presidential Representative for the Middle East, Deputy Foreign Minister"
        " Oleg Popov",
        "Special Presidential Representative Oleg Popov",
    ],
)
def test_an_envoys_region_and_a_second_office_before_a_name_are_one_person(envoy: str) -> None:
    """An envoy for regions listed with "and", then another office and the name: one
    person, not an envoy of his own and a region."""
    readout = readoutmodel.parse(
        f"{envoy} met with Foreign Minister Ana Ruiz of Chile. The participants in the meeting"
        " had an exchange of views on Syria."
    )
    assert [p.name for p in readout.participants] == ["Oleg Popov", "Ana Ruiz"]
    assert [[p.name for p in s.speakers] for s in readout.statements] == [
        ["Oleg Popov", "Ana Ruiz"]
    ]


def test_a_state_whose_name_ends_with_a_region_is_no_body_of_the_title() -> None:
    """ "President of the Republic of South Africa": a President of South Africa."""
    readout = readoutmodel.parse(
        "President Ana Ruiz met with the President of the Republic of South Africa, Sipho"
        " Dlamini, in Madrid. The two presidents discussed trade."
    )
    assert [(p.name, p.title, p.country) for p in readout.participants][1] == (
        "Sipho Dlamini",
        "President",
        "ZA",
    )


@pytest.mark.parametrize(
    ("written", "title"),
    [
        ("Speaker of the US House of Representatives Tom Reed", "Speaker"),
        ("Speaker of the House Tom Reed", "Speaker of the House"),
        ("OSCE Chairman-in-Office Tom Reed", "Chairman-in-Office"),
    ],
)
def test_chambers_and_offices_of_bodies_before_a_name(written: str, title: str) -> None:
    """A chamber named with "of" ends the office before the name, and an office with
    hyphens is one office."""
    readout = readoutmodel.parse(
        f"Foreign Minister Ana Ruiz of Chile met with {written} in Santiago. They discussed trade."
    )
    assert [(p.name, p.title) for p in readout.participants][1] == ("Tom Reed", title)


def test_an_office_a_bodys_name_qualifies_is_not_the_issuers_own() -> None:
    """ "X's meeting with OSCE Chairman-in-Office, Foreign Minister of Malta Y": the office
    the OSCE qualifies is Y's, whom the readout places; the issuer is X's."""
    readout = readoutmodel.parse(
        "Foreign Minister Ivan Petrov's meeting with OSCE Chairman-in-Office, Foreign Minister"
        " of Malta Tom Reed\n\nForeign Minister Ivan Petrov of Russia met with OSCE"
        " Chairman-in-Office, Foreign Minister of Malta Tom Reed. The parties discussed the"
        " budget of the organisation."
    )
    assert [(p.name, p.country) for p in readout.participants] == [
        ("Ivan Petrov", "RU"),
        ("Tom Reed", "MT"),
    ]
    assert readout.issuer == "RU"


def test_an_office_a_countrys_initials_qualify_in_a_headline_is_not_the_issuers_own() -> None:
    """ "PM Chinh receives RoK Foreign Minister": the Foreign Minister is Korea's, and the
    readout the Prime Minister's (whom the gazetteer knows)."""
    readout = readoutmodel.parse(
        "PM Chinh receives RoK Foreign Minister\n\nPrime Minister Pham Minh Chinh received Korean"
        " Foreign Minister Kim Min-su in Hanoi on September 5, 2024.\n\nThe Government leader"
        " asked the two sides to raise bilateral trade."
    )
    assert readout.issuer == "VN"
    assert [[p.name for p in s.speakers] for s in readout.statements] == [["Pham Minh Chinh"]]


@pytest.mark.parametrize(
    ("office", "title"),
    [
        ("Deputy Amir Sheikh Hamad bin Khalid Al-Thani", "Deputy Amir"),
        ("Foreign Affairs Secretary Jose Reyes", "Foreign Affairs Secretary"),
    ],
)
def test_offices_of_one_government_keep_their_words(office: str, title: str) -> None:
    readout = readoutmodel.parse(
        f"{office} received a phone call from Prime Minister Ana Ruiz of Spain."
    )
    assert [p.title for p in readout.participants] == [title, "Prime Minister"]


def test_an_office_of_a_countrys_body_written_with_a_possessive() -> None:
    """ "chairman of Vietnam's National Assembly": an office of Vietnam's, whatever the
    headline calls him."""
    readout = readoutmodel.parse(
        "China's top legislator meets Vietnamese NA chairman\n\nBEIJING, April 8 (Xinhua) --"
        " Li Wen, chairman of the National People's Congress (NPC) Standing Committee, held"
        " talks with Tran Van Son, chairman of Vietnam's National Assembly, in Beijing on"
        " Monday."
    )
    assert {p.name: p.country for p in readout.participants} == {
        "Li Wen": "CN",
        "Tran Van Son": "VN",
    }


@pytest.mark.parametrize(
    "spoken_of",
    ["the resignation of the Prime Minister", "the pressure exerted by the High Representative"],
)
def test_an_office_spoken_of_gives_no_title_to_a_principal_without_one(spoken_of: str) -> None:
    """A Kremlin readout never titles its own principal: an office the body speaks of, after
    "of" or "by", is someone else's; one that speaks is still his."""
    readout = readoutmodel.parse(
        "Ivan Petrov had a telephone conversation with President of Serbia Ana Ruiz.\n\n"
        f"Ana Ruiz informed Ivan Petrov about {spoken_of}."
    )
    assert {p.name: p.title for p in readout.participants} == {
        "Ivan Petrov": None,
        "Ana Ruiz": "President",
    }
    titled = readoutmodel.parse(
        "Ivan Petrov had a telephone conversation with President of Serbia Ana Ruiz.\n\n"
        "The Prime Minister thanked Ana Ruiz for the invitation."
    )
    assert {p.name: p.title for p in titled.participants}["Ivan Petrov"] == "Prime Minister"


@pytest.mark.parametrize("opener", ["In a phone call with", "During a phone call with"])
def test_the_subjects_after_a_clause_naming_the_counterpart_take_part(opener: str) -> None:
    """ "In a phone call with X, Y and the Indian Prime Minister discussed ...": Y took part;
    the clause after the comma is no one's telling of the scene."""
    readout = readoutmodel.parse(
        f"{opener} Indian Prime Minister Ravi Kumar today, President Sheikh Khalid bin Saeed"
        " Al Nahyan and the Indian Prime Minister discussed bilateral relations."
    )
    assert [p.name for p in readout.participants] == [
        "Ravi Kumar",
        "Sheikh Khalid bin Saeed Al Nahyan",
    ]
    assert [len(s.speakers) for s in readout.statements] == [2]


def test_an_office_after_a_verb_of_a_title_case_headline_is_still_unqualified() -> None:
    """ "Foreign Minister of Australia Meets Prime Minister": "Meets" qualifies nothing, so
    the Prime Minister is the issuer's own, whom the readout need not place."""
    readout = readoutmodel.parse(
        "Foreign Minister of Australia Meets Prime Minister\n\nForeign Minister Ann Lee of"
        " Australia met the Prime Minister of Fiji, Tom Hale, in Suva."
    )
    assert readout.issuer == "FJ"


def test_an_office_said_of_a_principal_without_one_is_his_title() -> None:
    """ "Senior Chinese diplomat Li Wen ... Li, also director of the Office of ..., said":
    the office said of him is his title; said of one who has one, it adds nothing."""
    text = (
        "BEIJING, May 23 (Xinhua) -- Senior Chinese diplomat Li Wen held talks with Chilean"
        " Foreign Minister Ana Ruiz in Beijing on Thursday.\n\nLi, also director of the"
        " Office of the Central Foreign Affairs Commission, said China values the ties."
    )
    readout = readoutmodel.parse(text)
    assert [(p.name, p.title) for p in readout.participants] == [
        ("Li Wen", "director of the Office of the Central Foreign Affairs Commission"),
        ("Ana Ruiz", "Foreign Minister"),
    ]
    titled = readoutmodel.parse(text.replace("Senior Chinese diplomat", "Chinese Foreign Minister"))
    assert titled.participants[0].title == "Foreign Minister"


def test_a_name_with_an_apostrophe_inside_a_word_is_one_word() -> None:
    """ "Xi'an" is no mention of Xi; "Sa'ad" is "Saad"; "O'Brien" is two words."""
    assert name_words("Xi'an") == ("xian",)
    assert name_words("Sa’ad Hariri") == ("saad", "hariri")
    assert name_words("Mary O'Brien") == ("mary", "brien")


@pytest.mark.parametrize("when", ["today", "yesterday", "on Monday", "on 4 May 2024"])
def test_an_apposition_closes_before_when_the_engagement_was(when: str) -> None:
    """ "..., President of Ghana today." : the office is the name's, and the mention ends
    with it, not with the day."""
    readout = readoutmodel.parse(
        "Prime Minister Shri Narendra Modi spoke with H.E. Mr. Kwame Asante, President of"
        f" Ghana {when}.\n\nThe President thanked the Prime Minister for the call."
    )
    assert [(p.name, p.title, p.country) for p in readout.participants] == [
        ("Narendra Modi", "Prime Minister", "IN"),
        ("Kwame Asante", "President", "GH"),
    ]
    asante = readout.participants[1]
    assert asante.aliases[0] == "H.E. Mr. Kwame Asante, President of Ghana"
    assert [s.speakers for s in readout.statements] == [(asante,)]


@pytest.mark.parametrize(
    ("office", "title"),
    [
        ("caretaker Prime Minister of Lebanon", "caretaker Prime Minister"),
        ("Caretaker Prime Minister of Lebanon", "Caretaker Prime Minister"),
        ("Transitional President of Mali", "Transitional President"),
    ],
)
def test_a_caretaker_or_transitional_office_is_the_names(office: str, title: str) -> None:
    """ "caretaker" and "Transitional" qualify an office as "Interim" does: no participant
    of their own, and they stay in the title as written."""
    readout = readoutmodel.parse(
        f"President Omar Farouk received Rami Haddad, {office}, at the palace today."
    )
    assert [(p.name, p.title) for p in readout.participants][1:] == [("Rami Haddad", title)]


def test_sheikh_inside_a_name_is_part_of_it() -> None:
    """ "Sheikh" after a name's first word is a word of the name ("Hassan Sheikh
    Mohamud"), not the start of another."""
    readout = readoutmodel.parse(
        "President William Kibet held talks with President Abdi Sheikh Warsame of Somalia"
        " in Nairobi.\n\nPresident Abdi Sheikh thanked Kenya for its support."
    )
    assert [(p.name, p.title) for p in readout.participants] == [
        ("William Kibet", "President"),
        ("Abdi Sheikh Warsame", "President"),
    ]
    assert readout.participants[1].country == "SO"
    assert [[p.name for p in s.speakers] for s in readout.statements] == [["Abdi Sheikh Warsame"]]


def test_a_crown_princess_is_an_office() -> None:
    """ "Crown Princess" is the office, as "Crown Prince" is: the name is what follows."""
    readout = readoutmodel.parse(
        "On June 5, 2024, President Xi Jinping met with Crown Princess Ingrid of Norway in"
        " Beijing.\n\nCrown Princess Ingrid said that Norway values its ties with China."
    )
    assert [(p.name, p.title, p.country) for p in readout.participants][1:] == [
        ("Ingrid", "Crown Princess", "NO")
    ]


@pytest.mark.parametrize(
    ("office", "name"),
    [
        ("Minister for Foreign and European Affairs", "Lena Hoffmann"),
        ("Deputy Prime Minister and Minister of Foreign and European Affairs", "Lena Hoffmann"),
        ("Deputy Prime Minister for European and Euro-Atlantic Integration", "Olena Marchuk"),
    ],
)
def test_a_people_inside_a_list_of_fields_belongs_to_the_portfolio(office: str, name: str) -> None:
    """ "European" in a list of fields ("Foreign and European Affairs") is part of the
    portfolio: no participant is cut off at it, and it gives no country."""
    readout = readoutmodel.parse(
        f"Secretary of State Antony J. Blinken met today with Slovenian {office} {name}."
        " The two discussed energy security."
    )
    assert [(p.name, p.title, p.country) for p in readout.participants][1:] == [
        (name, office, "SI")
    ]


@pytest.mark.parametrize("dash", ["–", "—", "-"])
def test_a_dash_set_off_by_spaces_joins_one_persons_offices(dash: str) -> None:
    """ "Deputy Prime Minister – Minister of Foreign Affairs X" is one person with both
    offices, as written, not an unnamed Deputy Prime Minister beside X."""
    readout = readoutmodel.parse(
        "President Kassym-Jomart Tokayev received Deputy Prime Minister"
        f" {dash} Minister of Foreign Affairs of Armenia Ararat Petrosyan in Akorda."
    )
    assert [(p.name, p.title, p.country) for p in readout.participants][1:] == [
        ("Ararat Petrosyan", f"Deputy Prime Minister {dash} Minister of Foreign Affairs", "AM")
    ]


@pytest.mark.parametrize(
    ("apposition", "title"),
    [
        ("the visiting Danish foreign minister", "foreign minister"),
        ("the Danish special envoy for climate", "special envoy"),
    ],
)
def test_a_news_agencys_apposition_after_a_name_is_its_office(apposition: str, title: str) -> None:
    """ "X, the visiting Danish foreign minister," and "X, the Danish special envoy for
    climate,": the office is X's, no participant of its own."""
    readout = readoutmodel.parse(
        "BEIJING, May 7, 2025 (Xinhua) -- Chinese Foreign Minister Zhao Ming met with Lars"
        f" Holm, {apposition}, in Beijing on Wednesday.\n\nHolm said Denmark is willing to"
        " work with China."
    )
    assert [(p.name, p.title, p.country) for p in readout.participants] == [
        ("Zhao Ming", "Foreign Minister", "CN"),
        ("Lars Holm", title, "DK"),
    ]


def test_the_head_of_state_gives_no_title_to_an_untitled_counterpart() -> None:
    """ "... with his Latvian counterpart X. The Head of State thanked ...": the Head of
    State is the issuer's own, not the counterpart whom the text gives no office."""
    readout = readoutmodel.parse(
        "President of Ukraine Volodymyr Zelensky had a phone conversation with his Latvian"
        " counterpart Edgars Rinkevics.\n\nThe Head of State thanked Latvia for its steady"
        " support."
    )
    assert [(p.name, p.title, p.country) for p in readout.participants] == [
        ("Volodymyr Zelensky", "President", "UA"),
        ("Edgars Rinkevics", None, "LV"),
    ]
    assert [[p.name for p in s.speakers] for s in readout.statements] == [["Volodymyr Zelensky"]]


@pytest.mark.parametrize(
    ("scene", "expected"),
    [
        (
            "Today, Prime Minister Justin Trudeau met with the Prime Minister of The Bahamas,"
            " Philip Davis.",
            ("Philip Davis", "Prime Minister", "BS"),
        ),
        (
            "President Joe Biden spoke today with President Adama Barrow of The Gambia.",
            ("Adama Barrow", "President", "GM"),
        ),
    ],
)
def test_a_country_named_with_its_article_in_capitals(
    scene: str, expected: tuple[str, str, str]
) -> None:
    """ "of The Bahamas", "of The Gambia": the article is the country's name's; the office
    is "of" the country all the same."""
    readout = readoutmodel.parse(scene + " The leaders discussed regional security.")
    assert (
        readout.participants[1].name,
        readout.participants[1].title,
        readout.participants[1].country,
    ) == expected


def test_a_press_secretary_of_a_leader_named_by_role_relays() -> None:
    """ "press secretary of the Belarusian leader X told reporters": X serves the leader
    and passes the readout on; no participant, and what she adds is the leaders'."""
    readout = readoutmodel.parse(
        "Belarusian President Aleksandr Lukashenko had a phone conversation with Kazakh"
        " President Kassym-Jomart Tokayev, press secretary of the Belarusian leader Olga"
        " Vetrova told reporters.\n\nShe added that the heads of state agreed to meet in"
        " Minsk."
    )
    assert [p.name for p in readout.participants] == [
        "Aleksandr Lukashenko",
        "Kassym-Jomart Tokayev",
    ]
    assert [[p.name for p in s.speakers] for s in readout.statements] == [
        ["Aleksandr Lukashenko", "Kassym-Jomart Tokayev"]
    ]


def test_an_office_owning_a_place_is_no_principal_however_the_engagement_follows() -> None:
    """ "met at the Prime Minister's Office. During the meeting, ...": the office owns a
    place, not the engagement named in the next sentence."""
    readout = readoutmodel.parse(
        "Prime Minister Sheikh Hasina and Nepalese Prime Minister Pushpa Kamal Dahal met at"
        " the Prime Minister's Office.\n\nDuring the meeting, Sheikh Hasina thanked Prime"
        " Minister Dahal."
    )
    assert [p.name for p in readout.participants] == ["Sheikh Hasina", "Pushpa Kamal Dahal"]


@pytest.mark.parametrize(
    ("office", "short", "title"),
    [
        ("Deputy Prime Minister", "DPM", "Deputy Prime Minister"),
        ("Senior Minister", "SM", "Senior Minister"),
    ],
)
def test_a_singaporean_abbreviated_office_names_its_holder(
    office: str, short: str, title: str
) -> None:
    """ "DPM Tan said ...", "SM Tan said ...": the abbreviation is the office given in
    full before, and the one who holds it speaks."""
    readout = readoutmodel.parse(
        f"{office} Tan Wei Ming called on Vice President of China Han Zheng in Beijing.\n\n"
        f"{short} Tan said that Singapore welcomed closer cooperation with China."
    )
    assert readout.participants[0].title == title
    assert [([p.name for p in s.speakers], s.verb) for s in readout.statements] == [
        (["Tan Wei Ming"], "said")
    ]


def test_a_foreign_adviser_and_an_ivoirian_minister() -> None:
    """ "Foreign Adviser" is an office of its own (Bangladesh's interim government), and
    "Ivoirian" is Côte d'Ivoire's demonym."""
    readout = readoutmodel.parse(
        "Foreign Adviser Md. Rafiqul Karim met Ivoirian Foreign Minister Yao Kouame in Dhaka today."
    )
    assert [(p.name, p.title, p.country) for p in readout.participants][1:] == [
        ("Yao Kouame", "Foreign Minister", "CI")
    ]
    assert readout.participants[0].title == "Foreign Adviser"


@pytest.mark.parametrize("field", ["Enlargement", "Neighbourhood", "Preparedness"])
def test_a_commissioners_portfolio_ends_the_office(field: str) -> None:
    """ "Commissioner for Enlargement X": the portfolio is the office's, the name after
    it the person's."""
    readout = readoutmodel.parse(
        "President of the European Council Ana Sousa travelled to Chisinau together with"
        f" Commissioner for {field} Lena Varga, where they met President Ion Rusu."
    )
    assert ("Lena Varga", f"Commissioner for {field}") in [
        (p.name, p.title) for p in readout.participants
    ]


def test_a_portuguese_e_inside_a_name_is_a_particle() -> None:
    """ "Ulisses Correia e Silva": the "e" joins two family names within one name."""
    readout = readoutmodel.parse(
        "On September 4, 2024, President Xi Jinping met with Prime Minister José Pereira e"
        " Costa of Cabo Verde in Beijing.\n\nJosé Pereira e Costa said that Cabo Verde"
        " values its friendship with China."
    )
    assert [p.name for p in readout.participants] == ["Xi Jinping", "José Pereira e Costa"]
    assert [[p.name for p in s.speakers] for s in readout.statements] == [["José Pereira e Costa"]]


@pytest.mark.parametrize("region", ["the Pskov Region", "the Tula Oblast", "Hokkaido Prefecture"])
def test_a_governor_of_a_region_is_named_after_it(region: str) -> None:
    """ "Governor of the Pskov Region X": the region ends the office, the name after it
    is the governor's."""
    readout = readoutmodel.parse(
        f"Aleksandr Lukashenko met with Governor of {region} Mikhail Vedernikov.\n\n"
        "Mikhail Vedernikov said the region was ready to expand trade with Belarus."
    )
    assert [(p.name, p.title) for p in readout.participants][1:] == [
        ("Mikhail Vedernikov", f"Governor of {region}")
    ]


def test_a_bodys_chief_is_its_head_not_a_participant_named_by_it() -> None:
    """ "meets UN chief", "The UN chief praised ...": "chief" is a role that the body's
    initials qualify, as "leader" is; the initials name no participant."""
    readout = readoutmodel.parse(
        "Chinese premier meets UN chief\n\nChinese Premier Zhao Ming met with UN"
        " Secretary-General Ana Costa in Beijing on March 21, 2025.\n\nThe UN chief praised"
        " China's support for multilateralism."
    )
    assert [p.name for p in readout.participants] == ["Zhao Ming", "Ana Costa"]
    assert [[p.name for p in s.speakers] for s in readout.statements] == [["Ana Costa"]]


def test_a_country_a_speaker_reports_of_outweighs_a_third_states() -> None:
    """An unnamed Prime Minister of no stated country: "The Prime Minister said the UK
    would ..." makes the UK his, over "the decision by the Israeli government"."""
    readout = readoutmodel.parse(
        "PM call with the Amir of Qatar: 9 August 2025\n\nThe Prime Minister spoke with the"
        " Amir of Qatar, Sheikh Tamim bin Hamad Al Thani, this afternoon.\n\nBoth leaders"
        " agreed that the decision by the Israeli government to widen its offensive was"
        " wrong. The Prime Minister said the UK would keep working for a ceasefire."
    )
    assert [(p.name, p.country) for p in readout.participants] == [
        ("Prime Minister", "GB"),
        ("Sheikh Tamim bin Hamad Al Thani", "QA"),
    ]


def test_a_country_named_for_its_hostilities_is_no_ones_side() -> None:
    """A country a leader speaks of as the aggressor ("Moldova's strikes against ...",
    "Moldovan attacks") is a third party: it gives no country to a Commissioner the text
    places nowhere, nor the issuer."""
    readout = readoutmodel.parse(
        "Readout of the meeting with President Petrov\n\n"
        "Commissioner Ana Lind met the President of Bulgaria, Ivan Petrov, in Sofia on"
        " 3 March 2025.\n\n"
        "President Petrov briefed her on Moldova's repeated strikes against Bulgaria's"
        " ports and on the Moldovan attacks on shipping."
    )
    assert [(p.name, p.country) for p in readout.participants] == [
        ("Ivan Petrov", "BG"),
        ("Ana Lind", None),
    ]
    assert readout.issuer is None


def test_a_country_named_as_an_owner_still_places_a_principal() -> None:
    """Without a noun of hostility, the country owned is still read as the side's."""
    readout = readoutmodel.parse(
        "Readout of the meeting with President Petrov\n\n"
        "Commissioner Ana Lind met the President of Bulgaria, Ivan Petrov, in Sofia on"
        " 3 March 2025.\n\n"
        "President Petrov thanked her for Moldova's repeated support for Bulgaria's ports."
    )
    assert [(p.name, p.country) for p in readout.participants] == [
        ("Ivan Petrov", "BG"),
        ("Ana Lind", "MD"),
    ]


def test_a_name_word_ending_in_an_apostrophe_before_al_is_inside_the_name() -> None:
    """ "Shia'" before "Al Rawi" is a word of the name, as before "al-Rawi": one
    participant, whom the body's "Prime Minister Al Rawi" is."""
    readout = readoutmodel.parse(
        "PM call with Prime Minister of Iraq: 4 March 2025\n\n"
        "The Prime Minister spoke to Prime Minister Ahmed Shia’ Al Rawi of Iraq this morning."
        "\n\nPrime Minister Al Rawi updated the Prime Minister on the security situation."
    )
    assert [(p.name, p.title, p.country) for p in readout.participants] == [
        ("Prime Minister", "Prime Minister", None),
        ("Ahmed Shia’ Al Rawi", "Prime Minister", "IQ"),
    ]
    assert [[p.name for p in s.speakers] for s in readout.statements] == [["Ahmed Shia’ Al Rawi"]]


def test_brothers_named_by_their_fathers_name_are_two_people() -> None:
    """ "Crown Prince Faisal bin Nasser" and the attending "Minister of Energy Omar bin
    Nasser" share their father's name only: two principals, each with his office."""
    readout = readoutmodel.parse(
        "Riyadh, July 16, 2023, SPA -- Crown Prince Faisal bin Nasser received Prime"
        " Minister Hana Sato of Japan.\nThe talks were attended by Minister of Energy Omar"
        " bin Nasser."
    )
    assert [(p.name, p.title) for p in readout.participants] == [
        ("Faisal bin Nasser", "Crown Prince"),
        ("Hana Sato", "Prime Minister"),
        ("Omar bin Nasser", "Minister of Energy"),
    ]


def test_an_office_at_a_ministry_is_one_title_of_the_name_after_it() -> None:
    """ "Minister of State at the Ministry of Foreign Affairs X": the ministry is where
    the office sits, part of its title, and X holds it; no unnamed Minister of State."""
    readout = readoutmodel.parse(
        "Doha, 3 May 2024 (QNA) -- Minister of State at the Ministry of Foreign Affairs"
        " Dr. Khalid Al-Mansouri met Deputy Foreign Minister of Norway Eva Lund.\n"
        "They discussed the situation in the region."
    )
    assert [(p.name, p.title) for p in readout.participants] == [
        ("Khalid Al-Mansouri", "Minister of State at the Ministry of Foreign Affairs"),
        ("Eva Lund", "Deputy Foreign Minister"),
    ]
    assert [[p.name for p in s.speakers] for s in readout.statements] == [
        ["Khalid Al-Mansouri", "Eva Lund"]
    ]


@pytest.mark.parametrize("initial", ["U.", "Kh.", "Ts.Kh."])
def test_an_initial_written_onto_the_name_is_part_of_it(initial: str) -> None:
    """Mongolian pages write a patronymic's initial onto the name, with no space
    ("U.Naranbaatar", "Kh.Naranbaatar"): one name, which the office before it is of."""
    name = f"{initial}Naranbaatar"
    readout = readoutmodel.parse(
        f"On May 3, 2024, President of Mongolia {name} held a phone conversation with"
        f" President of Kazakhstan B.Seitkali.\n\nPresident {name} said Mongolia values"
        " the partnership."
    )
    assert [(p.name, p.title, p.country) for p in readout.participants] == [
        (name, "President", "MN"),
        ("B.Seitkali", "President", "KZ"),
    ]
    assert [[p.name for p in s.speakers] for s in readout.statements] == [[name]]


def test_a_headline_in_the_present_perfect_keeps_its_subject() -> None:
    """ "X has held talks with Y" of a headline: X takes part, as with "held"."""
    readout = readoutmodel.parse(
        "Aleksei Dubrov has held talks with Nuri Kaplan\n\nThe two leaders discussed trade."
    )
    assert [p.name for p in readout.participants] == ["Aleksei Dubrov", "Nuri Kaplan"]
    assert [[p.name for p in s.speakers] for s in readout.statements] == [
        ["Aleksei Dubrov", "Nuri Kaplan"]
    ]


def test_an_unnamed_subject_leaves_the_issuer_to_no_object() -> None:
    """ "The Head of State received the Secretary General of NATO, X": the subject names
    the issuer's own, whom no one here holds; the object's body is not the issuer."""
    readout = readoutmodel.parse(
        "Meeting between President Jean Roche and the Secretary General of NATO, Lars"
        " Holm\n\nThe Head of State received the Secretary General of NATO, Lars Holm, at"
        " the palace this morning."
    )
    assert readout.issuer != "NATO"


def test_an_event_a_body_names_after_an_office_is_no_person() -> None:
    """ "invited the President to the European Political Community summit": no person is
    named "Political Community", and "The President" is the President of the headline."""
    readout = readoutmodel.parse(
        "Taras Melnyk had a phone conversation with Keir Starmer\n\nThe President thanked"
        " Keir Starmer.\n\nKeir Starmer invited the President to the European Political"
        " Community summit."
    )
    assert [p.name for p in readout.participants] == ["Taras Melnyk", "Keir Starmer"]
    assert [[p.name for p in s.speakers] for s in readout.statements] == [
        ["Taras Melnyk"],
        ["Keir Starmer"],
    ]


def test_the_official_spokesman_in_apposition_only_relays() -> None:
    """ "Ambassador X, the Official Spokesman for the Presidency, said that ...": X passes
    the readout on and takes no part; "Official" qualifies the office."""
    readout = readoutmodel.parse(
        "Ambassador Karim Nabil, the Official Spokesman for the Presidency, said that"
        " President Omar Hassan received a phone call today from Prime Minister Luis Ortega"
        " of Spain.\nThe two sides discussed the crisis in the region."
    )
    assert [p.name for p in readout.participants] == ["Omar Hassan", "Luis Ortega"]
    assert [[p.name for p in s.speakers] for s in readout.statements] == [
        ["Omar Hassan", "Luis Ortega"]
    ]


def test_a_counterpart_from_a_country_is_the_name_after_it() -> None:
    """ "his counterpart from the United Kingdom, X": X takes part, of the UK, and is the
    Foreign Secretary the body speaks of."""
    readout = readoutmodel.parse(
        "Foreign Minister Pablo Ferrer held a telephone conversation with his counterpart"
        " from the United Kingdom, Anne Hale. The Foreign Secretary invited Minister Ferrer"
        " to visit London."
    )
    assert [(p.name, p.country) for p in readout.participants] == [
        ("Pablo Ferrer", None),
        ("Anne Hale", "GB"),
    ]
    assert [[p.name for p in s.speakers] for s in readout.statements] == [["Anne Hale"]]


@pytest.mark.parametrize("heading", ["Other news", "Read also", "See also", "Related"])
def test_the_headlines_of_other_news_after_the_body_name_no_one(heading: str) -> None:
    """A block of links to other readouts after the body ("Other news", "Read also") is
    page chrome: the people its headlines name take no part."""
    readout = readoutmodel.parse(
        "Oleh Marchenko met with President of the Swiss Confederation Anna Keller\n\n"
        "President of Ukraine Oleh Marchenko held a meeting with President of the Swiss"
        f" Confederation Anna Keller in Bern.\n\n{heading}\nOleh Marchenko had a phone"
        " conversation with Prime Minister of Canada Paul Tremblay"
    )
    assert [p.name for p in readout.participants] == ["Oleh Marchenko", "Anna Keller"]
