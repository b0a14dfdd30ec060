"""Topics: which issues a readout raises, where, who raised them, and user taxonomies."""

from __future__ import annotations

import contextlib
import io
import json
import re
from pathlib import Path

import pytest

import readoutmodel
from readoutmodel import Readout, Taxonomy, TopicDefinition

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
DOCS = ROOT / "docs" / "topics.md"


def call(body: str) -> str:
    """A White House style call readout around ``body``."""
    return (
        "Readout of President Jane Roe's Call with Prime Minister John Doe of Canada\n\n"
        "President Jane Roe spoke by phone today with Prime Minister John Doe of Canada. "
        f"{body}\n"
    )


def meeting(body: str) -> str:
    """A Chinese foreign ministry style readout of talks during a state visit."""
    return (
        "Xi Jinping Holds Talks with President John Doe of Kenya\n\n"
        "On May 3, President Xi Jinping held talks with President John Doe of Kenya, who is on a "
        f"state visit to China, at the Great Hall of the People. {body}\n"
    )


def video(body: str) -> str:
    """A Kremlin style readout of a video conference."""
    return (
        "Talks with President of Kenya John Doe\n\n"
        "Vladimir Putin held talks with President of Kenya John Doe via videoconference. "
        f"{body}\n"
    )


def nato(body: str) -> str:
    """A NATO style readout of the Secretary General's meeting around ``body``."""
    return (
        "Secretary General meets the Prime Minister of Finland\n\n"
        "NATO Secretary General Jane Roe met with the Prime Minister of Finland, John Doe, in "
        f"Brussels on Monday (3 April 2023). {body}\n"
    )


def ids(readout: Readout) -> set[str]:
    return {topic.id for topic in readout.topics}


# (readout, the topic in question, whether it is raised)
MENTIONS = [
    # named regimes, treaties and doctrines of arms control, the forces and aircraft of a
    # military, the stock phrase for terrorism, separatism and extremism
    (
        call("The President welcomed India's membership in the Missile Technology Control Regime."),
        "nonproliferation",
        True,
    ),
    (
        call("The President welcomed India's membership in the Missile Technology Control Regime."),
        "defense",
        False,
    ),
    (call("Mr. Doe called for a no-first-use pledge."), "nonproliferation", True),
    (
        call("Mr. Doe urged ratification of the Comprehensive Test Ban Treaty."),
        "nonproliferation",
        True,
    ),
    (call("Mr. Doe said the three evil forces threaten the region."), "terrorism", True),
    (call("Mr. Doe praised the Japan Self-Defense Forces."), "defense", True),
    (call("Mr. Doe welcomed the visit of the carrier strike group."), "defense", True),
    (call("Mr. Doe said he looked forward to seeing her in person."), "visits", True),
    (call("Mr. Doe looked forward to seeing the President in person."), "visits", True),
    # hospitals struck, listed with other targets
    (call("Mr. Doe condemned attacks on civilians, hospitals and schools."), "health", False),
    (call("Mr. Doe said the hospitals need more vaccines."), "health", True),
    # the name of a ministry raises no topic its words name
    (
        call("Mr. Doe said the Foreign, Commonwealth and Development Office would lead."),
        "multilateral",
        False,
    ),
    (
        call("A Foreign, Commonwealth & Development Office spokesperson described the call."),
        "multilateral",
        False,
    ),
    # visits: other visits, summits, invitations and plans to meet; not this engagement
    (call("The leaders looked forward to meeting at the G20 Summit in Rio."), "visits", True),
    (call("The President accepted an invitation to visit Canada next year."), "visits", True),
    (call("The Prime Minister looked forward to welcoming her to Ottawa."), "visits", False),
    (call("Mr. Doe looked forward to welcoming President Roe to Ottawa in June."), "visits", True),
    (call("They reviewed the outcomes of their meeting in Bali last year."), "visits", True),
    # the asking for this engagement, where the scene is set, is no other one
    (
        "On October 10, 2024, Premier Li Wen had a phone conversation with Prime Minister John"
        " Doe at the invitation of the British side. Li said trade matters.",
        "visits",
        False,
    ),
    (call("Both leaders agreed to speak again soon."), "visits", True),
    (call("Mr. Doe briefed the President on his recent trip to Kyiv."), "visits", True),
    (call("The two leaders agreed to keep in touch."), "visits", False),
    (call("They agreed to maintain close communication."), "visits", False),
    (call("They will implement the consensus reached over various meetings."), "visits", False),
    (call("Following the meeting, both delegations issued a statement."), "visits", False),
    (call("The President said all parties should meet each other halfway."), "visits", False),
    (call("The leaders agreed to meet the needs of refugees."), "visits", False),
    # challenges and goals met with a qualifier between are coped with, not met with
    (call("They agreed to work together to meet global challenges."), "visits", False),
    (call("Both sides will meet common challenges and new challenges."), "visits", False),
    (call("They agreed to meet various risks and challenges."), "visits", False),
    (call("China will help Kenya meet its development goals."), "visits", False),
    (call("They stressed the role of trade in meeting regional challenges."), "visits", False),
    (call("They agreed to meet to discuss regional challenges."), "visits", True),
    (call("They agreed to meet and discuss new challenges."), "visits", True),
    (call("They agreed to meet next year on global challenges."), "visits", True),
    (call("They will meet the energy needs of Europe."), "energy", True),
    (meeting("Xi Jinping welcomed President Doe on his state visit."), "visits", False),
    (meeting("Xi recalled the many visits of Chinese navigators to Kenya."), "visits", False),
    (meeting("Xi recalled that Chinese fleets made a number of visits to Kenya."), "visits", True),
    (meeting("Xi said this visit will inject new impetus into relations."), "visits", False),
    (meeting("During the talks, the two sides signed cooperation documents."), "visits", False),
    (meeting("The two heads of state agreed to meet again at the APEC meeting."), "visits", True),
    (meeting("Xi Jinping accepted the invitation to visit Kenya next year."), "visits", True),
    (meeting("Xi Jinping said he was glad to meet President Doe again."), "visits", False),
    (meeting("Xi invited President Doe to visit China at a convenient time."), "visits", True),
    # during a meeting, a visit looked forward to is another one; one enjoyed is this
    (meeting("Mr. Doe said he looked forward to visiting Beijing."), "visits", True),
    (meeting("Xi said he looked forward to the state visit of the King of Kenya."), "visits", True),
    (meeting("Mr. Doe said he hoped to meet Xi Jinping again in Nairobi."), "visits", True),
    (meeting("Mr. Doe said he was happy to visit China."), "visits", False),
    (
        meeting("Mr. Doe said he looked forward to welcoming President Xi to Nairobi."),
        "visits",
        True,
    ),
    # during a meeting, a visit with a place and a time of its own is another one; this
    # visit, or one in the engagement's month, is not
    (
        meeting(
            "The two sides discussed preparations for the visit of Premier Li to Nairobi in May."
        ),
        "visits",
        True,
    ),
    (meeting("Xi recalled his visit to Kenya in 2019."), "visits", True),
    (meeting("Mr. Doe hoped Premier Li would come for a visit next year."), "visits", True),
    (meeting("Xi said this visit to China in May opens a new chapter."), "visits", False),
    (meeting("Xi welcomed President Doe on his state visit to China this week."), "visits", False),
    (
        "Xi Jinping Holds Talks with President John Doe of Kenya\n\nBEIJING, May 3, 2023 --"
        " President Xi Jinping held talks with President John Doe of Kenya, who is on a state"
        " visit to China. Xi said the visit of President Doe to China in May opens a new chapter.",
        "visits",
        False,
    ),
    (meeting("Xi said he was glad to see the visit go so well."), "visits", False),
    (video("At the video summit, the two leaders discussed trade."), "visits", False),
    (
        "Japan-Kenya Summit Meeting\n\nOn May 3, Mr. KISHIDA Fumio, Prime Minister of Japan, held"
        " a Japan-Kenya Summit Meeting with H.E. Mr. John Doe, President of Kenya. The overview"
        " of the meeting is as follows. The two leaders discussed trade.\n",
        "visits",
        False,
    ),
    (call("They looked forward to the 22nd China-EU leaders' meeting."), "visits", True),
    (call("They discussed ways of meeting the needs of refugees."), "visits", False),
    (video("Putin said he looked forward to his upcoming visit to Nairobi."), "visits", True),
    (
        "Xi, Doe to meet in Nairobi in June\n\nBEIJING, May 3 (Xinhua) -- Chinese President Xi"
        " Jinping said on Wednesday that he expects to meet President John Doe of Kenya in"
        " Nairobi. Xi underscored President Doe's visit to China last year.\n",
        "visits",
        True,
    ),
    # a telephone call is no summit: a summit it names with a qualifier is another
    (call("They discussed preparations for the peace summit."), "visits", True),
    (call("They looked forward to the Leaders' Retreat later this year."), "visits", True),
    (meeting("The two sides will prepare for the summit later this year."), "visits", True),
    (call("They looked forward to the Leaders' Retreat."), "visits", True),
    # a visit told where the scene is set is this one, whoever made it
    (
        "At the invitation of the Prime Minister, President Jane Roe visited Ottawa on 3 May"
        " and held talks with Prime Minister John Doe. They discussed trade.",
        "visits",
        False,
    ),
    (call("Mr. Doe said Prime Minister Smith visited Kyiv last week."), "visits", True),
    # an invitation asked for anew, or to an event, is another engagement
    (meeting("Mr. Doe extended an invitation to President Xi to visit Nairobi."), "visits", True),
    (call("President Roe invited Prime Minister Doe to attend COP30 in Belém."), "visits", True),
    (call("President Roe invited Canadian companies to invest in Ohio."), "visits", False),
    (
        meeting(
            "Mr. Doe handed over a letter from his Vice President inviting Xi to a state visit."
        ),
        "visits",
        True,
    ),
    (meeting("Xi Jinping welcomed President Doe on a state visit."), "visits", False),
    # during a meeting, a guest asked to visit, or someone's visit to come, is another
    (meeting("Mr. Doe invited President Xi Jinping to visit Kenya."), "visits", True),
    (meeting("Xi invited President Doe to attend the forum in Shanghai."), "visits", True),
    (meeting("Xi welcomed President Doe to China."), "visits", False),
    (
        meeting("Mr. Doe looked forward to Premier Li Qiang's visit to Kenya later this year."),
        "visits",
        True,
    ),
    (meeting("Mr. Doe said that President Doe's visit will open a new chapter."), "visits", False),
    (
        "President John Doe is in Beijing on an invitation from President Xi Jinping. The two"
        " leaders discussed trade.",
        "visits",
        False,
    ),
    # a status of forces agreement is defence, not a visit
    (call("They agreed to conclude a Visiting Forces Agreement."), "visits", False),
    (call("They agreed to conclude a Visiting Forces Agreement."), "defense", True),
    (
        call("They welcomed the entry into force of the Reciprocal Access Agreement."),
        "defense",
        True,
    ),
    (call("They discussed the multinational battlegroup in Latvia."), "defense", True),
    # migration: repatriation of refugees, not of profits or a ministry's name
    (call("They discussed the safe repatriation of the Rohingyas to Rakhine."), "migration", True),
    (call("They discussed the repatriation of profits by investors."), "migration", False),
    (
        call("The Ministry of Foreign Affairs and Emigration will follow up."),
        "migration",
        False,
    ),
    (
        call("They welcomed the work of the Minister of Immigration on visas."),
        "migration",
        False,
    ),
    # multilateral: an organisation as a subject, not as someone's affiliation
    (call("They discussed reform of the United Nations Security Council."), "multilateral", True),
    (call("As permanent members of the UN Security Council, they agreed."), "multilateral", False),
    (call("Canada, as a NATO member, will meet its commitments."), "multilateral", False),
    (call("They met at NATO Headquarters to discuss trade."), "multilateral", False),
    (call("They thanked EU officials for their work on trade."), "multilateral", False),
    (call("The leaders discussed EU-China relations."), "multilateral", True),
    (call("They thanked the staff of international organizations."), "multilateral", False),
    (call("They pledged support for the WHO."), "multilateral", True),
    (call("They spoke with the EU's member states about trade."), "multilateral", True),
    (call("They welcomed EU member-state support."), "multilateral", False),
    (call("They thanked the G7 Secretary-General."), "multilateral", False),
    (call("They met envoys from the African Union."), "multilateral", False),
    (call("They spoke of the EU, of ASEAN and of the AU."), "multilateral", True),
    # in NATO's own readouts, the Alliance is NATO; not another alliance, nor elsewhere
    (
        nato("The Secretary General welcomed Finland's accession to the Alliance."),
        "multilateral",
        True,
    ),
    (nato("He said Finland brings important capabilities to the Alliance."), "multilateral", True),
    (nato("The Alliance stands with Ukraine, the Secretary General said."), "multilateral", True),
    (nato("They discussed the Alliance for Green Growth."), "multilateral", False),
    (nato("Alliance partners in the region met in Oslo."), "multilateral", False),
    (nato("They praised the alliance between the two peoples."), "multilateral", False),
    (call("The leaders celebrated the strength of the Alliance."), "multilateral", False),
    # an office or a body of an organisation after its possessive is an affiliation
    (call("President Roe thanked the EU's Commissioner for Energy."), "multilateral", False),
    (call("They discussed the work of the UN's special envoy for Sudan."), "multilateral", False),
    (call("They met Mr Smith, who chairs the African Union's committee."), "multilateral", False),
    (call("They thanked the UN’s officials in Haiti."), "multilateral", False),
    (call("They met Kenya's ambassador to the EU."), "multilateral", False),
    (call("They discussed the UN's support for the President."), "multilateral", True),
    (call("They discussed the EU's sanctions on Russia."), "multilateral", True),
    # a term in a participant's title or country raises nothing
    (call("They discussed bilateral relations."), "trade", False),
    (
        "President Roe spoke with President of Ukraine Ivan Doe. They discussed energy.",
        "ukraine",
        False,
    ),
    (call("They discussed remarks by Ukrainian President Ivan Petrenko."), "ukraine", True),
    (
        "Foreign Minister Ali Demir had a phone call with his Ukrainian counterpart Ivan Doe."
        " They discussed energy.",
        "ukraine",
        False,
    ),
    (call("They discussed the Korean Peninsula."), "korean_peninsula", True),
    (call("They discussed the nuclear issue of the Peninsula."), "korean_peninsula", True),
    # a word in passing inside a general phrase raises nothing
    (call("They discussed the development of the world economy."), "economy", False),
    (call("Both sides will deepen economic and trade cooperation."), "economy", False),
    (call("Both sides will deepen economic and trade cooperation."), "trade", True),
    (call("They discussed ways to attract investment."), "economy", True),
    # cooperation in a field or sphere of the economy is economic cooperation
    (call("They discussed cooperation in the economic field."), "economy", True),
    (video("Putin noted the progress made in the economic sphere."), "economy", True),
    (meeting("Both sides will deepen cooperation in economic and trade fields."), "economy", True),
    (meeting("Both sides will deepen cooperation in economic and trade fields."), "trade", True),
    # the items of a list share its last word: "economic fields", "nuclear weapons"
    (
        meeting(
            "The two sides will expand cooperation in the economic, energy and climate fields."
        ),
        "economy",
        True,
    ),
    (call("They reviewed political, economic, and security affairs."), "economy", True),
    (call("They discussed economic and social development."), "economy", True),
    (
        call("They discussed the risks of nuclear and conventional weapons."),
        "nonproliferation",
        True,
    ),
    (call("They discussed trade and investment in Africa."), "trade", True),
    (call("They agreed to meet and discuss trade."), "visits", True),
    (call("Trade, energy and climate were discussed."), "economy", False),
    (call("They discussed energy and climate change."), "climate", True),
    (call("Mr. Doe said these vital investments strengthen deterrence."), "economy", False),
    (call("They stressed the importance of these issues for trade."), "trade", True),
    (call("Modern technologies have integrated the world."), "technology", False),
    (call("They discussed export controls on semiconductors."), "technology", True),
    (call("They discussed export controls on semiconductors."), "trade", False),
    (call("Both sides will inject positive energy into relations."), "energy", False),
    (meeting("Both sides will inject new energy into relations."), "energy", False),
    (
        meeting("Both sides will promote democracy in international relations."),
        "human_rights",
        False,
    ),
    (call("They discussed North Korea's nuclear and missile issues."), "defense", False),
    (call("They discussed energy security and gas supplies."), "energy", True),
    (call("They discussed the supply of uranium to French reactors."), "energy", True),
    (call("They were grieved by the outbreak of war in Europe."), "health", False),
    (call("They discussed the post-COVID recovery."), "health", False),
    (call("They discussed COVID-19 vaccines."), "health", True),
    (call("They thought of those who lost their homes."), "health", False),
    (call("They called for a cease fire."), "disaster", False),
    (call("They warned of a humanitarian disaster."), "disaster", False),
    (call("The President offered condolences for the victims of the floods."), "disaster", True),
    (call("The President offered condolences for the victims of the attack."), "disaster", False),
    # a quake and its tremors are an earthquake
    (call("The President offered condolences over the quake."), "disaster", True),
    (meeting("Xi expressed sympathy to the people of the quake-hit region."), "disaster", True),
    (call("They discussed support for quake victims."), "disaster", True),
    (video("Putin said strong tremors were felt in the capital."), "disaster", True),
    (call("They discussed the aftershocks that followed."), "disaster", True),
    (call("They discussed the political tremors in Europe."), "disaster", False),
    (call("They discussed grain exports from Ukrainian ports."), "food_security", True),
    (call("They discussed grain exports from Ukrainian ports."), "trade", False),
    (call("Trade union leaders joined the discussion."), "trade", False),
    (call("Human rights groups condemned the practice."), "human_rights", False),
    (call("They discussed human rights and democracy."), "human_rights", True),
    (call("They discussed Israel's right to self-defense."), "defense", False),
    (call("There can be no military solution to the conflict."), "defense", False),
    (call("They discussed defense cooperation."), "defense", True),
    (call("They discussed law enforcement and security cooperation."), "defense", False),
    (call("They discussed law-enforcement security cooperation."), "defense", False),
    (call("They discussed the disarmament of Hamas."), "nonproliferation", False),
    (call("They discussed nuclear disarmament."), "nonproliferation", True),
    (call("They discussed cooperation on carbon markets."), "climate", True),
    (call("They discussed food self-sufficiency."), "food_security", True),
    # democracy as what the countries are, not as a subject
    (call("He said the two largest democracies share a partnership."), "human_rights", False),
    (call("They discussed the state of democracy in the region."), "human_rights", True),
    (call("He raised an employee of a pharmaceutical company."), "health", False),
    (call("They discussed pharmaceutical supply chains."), "health", True),
    (call("They discussed the delivery of armored vehicles."), "defense", True),
    # a host's verb with a guest and a place: a visit to come
    (call("Lula looks forward to receiving Premier Li in Belem."), "visits", True),
    (call("Lula received a letter from Premier Li in May."), "visits", False),
    (call("They condemned North Korea's ballistic missile launches."), "defense", False),
    (call("They condemned North Korea's ballistic missile launches."), "korean_peninsula", True),
    # nonproliferation: beyond one country's own file
    (call("They discussed Syria's chemical weapons stockpile."), "nonproliferation", False),
    (call("They discussed Syria's chemical weapons stockpile."), "syria", True),
    (call("They welcomed the extension of the New START treaty."), "nonproliferation", True),
    # one country named before the term or as its owner after it, as "North Korea's" is
    (call("They discussed the North Korean nuclear threat."), "nonproliferation", False),
    (call("They discussed the North Korean nuclear threat."), "korean_peninsula", True),
    (call("They discussed the nuclear threat from North Korea."), "nonproliferation", False),
    (call("They discussed the nuclear threat posed by the DPRK."), "nonproliferation", False),
    (call("They discussed the Iranian nuclear threat."), "nonproliferation", False),
    (call("They discussed the Iranian nuclear threat."), "iran", True),
    (call("They discussed North Korea's nuclear threat."), "nonproliferation", False),
    (call("They discussed US-Russia arms control."), "nonproliferation", True),
    (call("They discussed Russian and Chinese nuclear arsenals."), "nonproliferation", True),
    (call("They discussed the UN disarmament agenda."), "nonproliferation", True),
    (call("They discussed the nuclear threat in Europe."), "nonproliferation", True),
    # one country that means to get the term, before it in its sentence
    (call("They agreed that Iran must never obtain a nuclear weapon."), "nonproliferation", False),
    (call("They agreed that Iran must never obtain a nuclear weapon."), "iran", True),
    (call("They condemned the DPRK's pursuit of nuclear weapons."), "nonproliferation", False),
    (
        call("They agreed that Iran must never be allowed to have a nuclear weapon."),
        "nonproliferation",
        False,
    ),
    (call("They said Iran will not get nuclear weapons."), "nonproliferation", False),
    (call("They said all states have to respect nonproliferation."), "nonproliferation", True),
    (
        call("They feared that Iran and Saudi Arabia would pursue nuclear weapons."),
        "nonproliferation",
        True,
    ),
    (call("They discussed the pursuit of nuclear weapons."), "nonproliferation", True),
    # a trip to an event named by attending it
    (
        call("He looked forward to her attendance at the celebrations in Moscow."),
        "visits",
        True,
    ),
    (call("Both are ready to attend the celebrations in Beijing in May."), "visits", True),
    # the rule of law of an international order is no human rights
    (call("They upheld an order based on the rule of law."), "human_rights", False),
    (call("They discussed the rule of law at sea."), "human_rights", False),
    (call("They discussed democracy and the rule of law."), "human_rights", True),
    # a word in passing: infrastructure under attack, defence spending, palm oil
    (call("They discussed the protection of undersea infrastructure."), "economy", False),
    (call("They discussed investment in infrastructure."), "economy", True),
    (call("They urged allies to invest more in their own defense."), "economy", False),
    (call("They discussed exports of palm oil."), "energy", False),
    (call("They discussed jobs for young people."), "people_to_people", False),
    (call("They discussed the Economic Partnership Agreement."), "trade", True),
    (call("He offered condolences for the victims of the mudflows."), "disaster", True),
    # alternative names, abbreviations, inflections
    (call("They discussed the situation in Xizang."), "tibet", True),
    (call("They discussed the DPRK."), "korean_peninsula", True),
    (call("They discussed the situation across the Taiwan Strait."), "taiwan", True),
    (call("They discussed Taiwan-related issues."), "taiwan", True),
    (call("They discussed tariffs."), "trade", True),
    (call("They discussed the situation in Gaza."), "israel_palestine", True),
    (call("They discussed Israel's security."), "israel_palestine", False),
    (call("They discussed the JCPOA."), "iran", True),
    (call("They discussed the Taliban."), "afghanistan", True),
    (call("They discussed asylum seekers."), "migration", True),
    (call("They discussed the earthquake."), "disaster", True),
    (call("They discussed the Dalai Lama."), "tibet", True),
    (call("They discussed critical minerals."), "economy", True),
    (call("They discussed sister-city ties."), "people_to_people", True),
    (call("They discussed exchanges between think tanks."), "people_to_people", True),
    (call("They discussed desertification in the Sahel."), "climate", True),
    # a climate for something is an atmosphere, not the weather of the planet
    (call("They agreed to build a sound climate for practical cooperation."), "climate", False),
    (call("They called for a fair and favourable climate for companies."), "climate", False),
    (meeting("Both sides will create a good climate for cooperation."), "climate", False),
    (call("They will foster a climate conducive to dialogue."), "climate", False),
    (call("They discussed the business climate in Canada."), "climate", False),
    (call("They discussed climate finance for developing countries."), "climate", True),
    (call("They agreed to lead on climate action."), "climate", True),
    # a person's health is no public health, a trade-off no trade
    (call("President Roe wished him good health and success."), "health", False),
    # a target or a goal met is no meeting
    (call("President Roe said Spain would meet the target."), "visits", False),
    (call("President Roe said Spain would meet its spending target."), "visits", False),
    # the energy of the young is no energy policy
    (
        call("He hoped the energy of the young generation would carry the friendship on."),
        "energy",
        False,
    ),
    (call("They pledged to pursue the talks with renewed energy."), "energy", False),
    # fresh energy brought to a relationship is no energy policy; new energy in a Chinese
    # readout is renewable energy
    (call("The visit will bring fresh energy to the relationship."), "energy", False),
    (meeting("Both sides will bring new energy to bilateral ties."), "energy", False),
    (call("They agreed to give new impetus and energy to relations."), "energy", False),
    # the words of an office
    (call("The President was joined by U.S. Trade Representative Mark Cole."), "trade", False),
    (call("Health Minister Ana Ruiz also took part in the call."), "health", False),
    # idioms
    (call("Xi said those who play with fire will perish by it."), "disaster", False),
    (call("Xi urged all parties not to pour oil on the fire."), "disaster", False),
    (
        call("Xi said China would neither watch the fire nor add fuel to the fire."),
        "disaster",
        False,
    ),
    (call("Biden said inaction would be a recipe for disaster."), "disaster", False),
    (call("Biden said the partnership was no accident."), "disaster", False),
    (call("Biden said cooperation had taken a quantum leap."), "technology", False),
    (call("They discussed the proliferation of disinformation."), "nonproliferation", False),
    (call("They discussed nuclear proliferation."), "nonproliferation", True),
    (meeting("Both sides will deepen cooperation in new energy."), "energy", True),
    (meeting("Both sides will expand trade in new energy vehicles."), "energy", True),
    # the migration of jobs is no migration of people
    (call("They discussed the migration of manufacturing jobs to Asia."), "migration", False),
    (call("They discussed the migration of manufacturing jobs to Asia."), "economy", True),
    (call("They discussed the migration of workers and jobs."), "migration", True),
    (call("President Roe asked about his health."), "health", False),
    (call("They discussed public health."), "health", True),
    (call("They discussed the trade-offs of the plan."), "trade", False),
    # a cease-fire and live-fire exercises are no fire
    (call("They discussed a cease-fire in Gaza."), "disaster", False),
    (call("They discussed the live-fire exercises."), "disaster", False),
    (call("They discussed the fire at the plant."), "disaster", True),
    # long-range fires are artillery; forest fires and the fires of a region are fires
    (call("They discussed the delivery of long-range fires to Kyiv."), "disaster", False),
    (call("They discussed the delivery of long-range fires to Kyiv."), "defense", True),
    (call("They discussed rocket fires near the border."), "disaster", False),
    (call("They discussed the forest fires in Canada."), "disaster", True),
    (call("The President offered condolences over the fires in Greece."), "disaster", True),
    (call("They discussed the wildfires."), "disaster", True),
    (call("They discussed the causes of the crash."), "disaster", True),
    (call("They discussed the risk of a market crash."), "disaster", False),
    # the Typhoon is a fighter jet; a typhoon with a name is a storm
    (call("They welcomed the Typhoon deal."), "disaster", False),
    (call("They welcomed the Typhoon deal."), "defense", True),
    (call("They discussed the damage caused by Typhoon Haiyan."), "disaster", True),
    # green energy is energy, and the climate too
    (call("They agreed to deepen cooperation in green energy."), "energy", True),
    (call("They agreed to deepen cooperation in green energy."), "climate", True),
    # spending on defence is defence, not the economy
    (call("They discussed the new defence investment plan."), "economy", False),
    (call("They discussed the new defence investment plan."), "defense", True),
    (call("They agreed to step up investment in defense."), "economy", False),
    (call("They agreed to step up investment in clean energy."), "economy", True),
    # the rule of law as the ground of relations is no subject of rights
    (call("They discussed ties based on respect for the rule of law."), "human_rights", False),
    (call("They discussed the rule of law in Georgia."), "human_rights", True),
    # refugees and the border in other words
    (call("He thanked Ireland for welcoming those who sought refuge there."), "migration", True),
    (call("They discussed securing the border."), "migration", True),
    (call("They discussed the situation on the border."), "migration", False),
    # one country's own weapons, with words between its possessive and the term
    (call("They condemned North Korea's latest nuclear test."), "nonproliferation", False),
    (call("They condemned North Korea's latest nuclear test."), "korean_peninsula", True),
    (call("They praised Japan's efforts for nuclear disarmament."), "nonproliferation", True),
    # an accident's explosion, language schools, a forum whose name holds a word of trade
    (call("He offered condolences over the explosion at the port."), "disaster", True),
    (call("They discussed opening new language schools."), "people_to_people", True),
    (call("They discussed the Gas Exporting Countries Forum."), "trade", False),
    # passing words of a name or a measure: an ally outside NATO, a share of GDP, an
    # invitation to join a body; a climate policy named with "economy"
    (call("They discussed Kenya as a Major Non-NATO Ally."), "multilateral", False),
    (call("They agreed to raise defense spending to five percent of GDP."), "economy", False),
    (call("He welcomed the invitation to join the Alliance."), "visits", False),
    (call("He accepted the invitation to visit Canada."), "visits", True),
    (call("They discussed the circular carbon economy."), "economy", False),
    (call("They discussed the circular carbon economy."), "climate", True),
    # an idiom of defending a cause, and the kinds of money a government gives
    (call("He thanked Canada for its stand in defense of democracy."), "defense", False),
    (call("He thanked Canada for its stand in defense of Ukraine."), "defense", True),
    (call("They discussed the air defenses of the region."), "defense", True),
    (call("He welcomed the macro-financial assistance and budget support."), "economy", True),
    (call("They discussed a new economic deal."), "economy", True),
    # descriptions of the two countries, not subjects
    (call("They spoke as leaders of the two largest economies."), "economy", False),
    (call("They spoke as leaders of two major democracies."), "human_rights", False),
    (call("They discussed the rights of national minorities."), "human_rights", True),
]


# the summit where the scene is set is the engagement, also after a line the
# segmenter keeps in the body
SUMMIT_AFTER_DATELINE = (
    "Roe, Doe agree to deepen cooperation with U.S.\n\n"
    "OTTAWA, May 3 (CP) -- President Jane Roe and Prime Minister John Doe held a summit in"
    " Ottawa on Friday. Roe said the two countries share values.\n"
)


class TestMentions:
    def test_summit_of_the_scene_after_a_dateline(self) -> None:
        assert "visits" not in ids(readoutmodel.parse(SUMMIT_AFTER_DATELINE))

    @pytest.mark.parametrize(("text", "topic", "raised"), MENTIONS)
    def test_raised(self, text: str, topic: str, raised: bool) -> None:
        """A topic is raised exactly where a sentence of the body is about it."""
        assert (topic in ids(readoutmodel.parse(text))) is raised

    def test_headline_raises_nothing(self) -> None:
        """A term in the headline only raises nothing."""
        text = (
            "Readout of the Secretary's Call on Taiwan\n\n"
            "Secretary of State Jane Roe spoke today with Foreign Minister John Doe of Canada. "
            "They discussed bilateral relations.\n"
        )
        assert "taiwan" not in ids(readoutmodel.parse(text))

    def test_mentions_are_spans_of_the_term(self) -> None:
        """Each mention spans the term as written in the text."""
        text = call("They discussed the Korean Peninsula and the DPRK.")
        readout = readoutmodel.parse(text)
        spans = readout.topic("korean_peninsula").mentions
        assert [span.of(text) for span in spans] == ["Korean Peninsula", "DPRK"]

    def test_hosting_spans_the_invitation(self) -> None:
        """A visit raised by a host verb spans the verb, the guest and the preposition."""
        text = call("Mr. Doe looked forward to welcoming President Roe to Ottawa.")
        readout = readoutmodel.parse(text)
        assert [s.of(text) for s in readout.topic("visits").mentions] == [
            "welcoming President Roe to"
        ]

    def test_labels_come_from_the_taxonomy(self) -> None:
        """A topic carries its taxonomy label."""
        readout = readoutmodel.parse(call("They discussed people-to-people exchanges."))
        assert readout.topic("people_to_people").label == "People-to-people exchanges"

    def test_topics_in_taxonomy_order(self) -> None:
        """Topics come in the taxonomy's order, not the text's."""
        readout = readoutmodel.parse(call("They discussed Taiwan, trade and climate change."))
        order = Taxonomy.default().ids
        found = [topic.id for topic in readout.topics]
        assert found == sorted(found, key=order.index)


class TestRaisedBy:
    TEXT = call(
        "President Roe raised the situation in Ukraine. "
        "Prime Minister Doe stressed the importance of trade. "
        "The two leaders discussed energy security."
    )

    def test_single_speaker(self) -> None:
        """A topic named in one speaker's statement is raised by that speaker."""
        readout = readoutmodel.parse(self.TEXT)
        assert [p.name for p in readout.topic("ukraine").raised_by] == ["Jane Roe"]
        assert [p.name for p in readout.topic("trade").raised_by] == ["John Doe"]

    def test_joint_statement_counts_for_every_speaker(self) -> None:
        """A joint statement raises its topics for each of its speakers."""
        readout = readoutmodel.parse(self.TEXT)
        assert {p.name for p in readout.topic("energy").raised_by} == {"Jane Roe", "John Doe"}

    def test_statement_topics(self) -> None:
        """Each statement lists the topics named inside it."""
        readout = readoutmodel.parse(self.TEXT)
        assert [[t.id for t in s.topics] for s in readout.statements] == [
            ["ukraine"],
            ["trade"],
            ["energy"],
        ]

    def test_scene_raises_without_raisers(self) -> None:
        """A topic named only where the scene is set is raised by nobody in particular."""
        text = (
            "PM call with Prime Minister Doe\n\n"
            "The Prime Minister spoke to Prime Minister John Doe of Canada about the Arctic "
            "and Ukraine this afternoon.\n"
        )
        readout = readoutmodel.parse(text)
        assert readout.topic("ukraine").raised_by == ()


CUSTOM = """
[arctic]
label = "The Arctic"
description = "The Arctic and polar cooperation."
terms = ["Arctic", "polar {region,cooperation}", "icebreaker{,s}"]

[trade]
label = "Tariffs"
terms = ["tariff{,s}"]
"""


class TestCustomTaxonomy:
    TEXT = call("They discussed polar cooperation, tariffs and trade in the Arctic.")

    def test_default_taxonomy(self) -> None:
        """Without a taxonomy the shipped one applies: no arctic topic."""
        readout = readoutmodel.parse(self.TEXT)
        assert "arctic" not in ids(readout)
        assert [s.of(self.TEXT) for s in readout.topic("trade").mentions] == ["tariffs", "trade"]

    def test_extend_adds_and_replaces(self, tmp_path: Path) -> None:
        """Extending adds new topics and replaces those with an existing id."""
        path = tmp_path / "topics.toml"
        path.write_text(CUSTOM, encoding="utf-8")
        taxonomy = Taxonomy.default().extend(Taxonomy.from_toml(path))
        readout = readoutmodel.parse(self.TEXT, taxonomy=taxonomy)
        arctic = readout.topic("arctic")
        assert arctic.label == "The Arctic"
        assert [s.of(self.TEXT) for s in arctic.mentions] == ["polar cooperation", "Arctic"]
        assert readout.topic("trade").label == "Tariffs"
        assert [s.of(self.TEXT) for s in readout.topic("trade").mentions] == ["tariffs"]

    def test_replace(self, tmp_path: Path) -> None:
        """A taxonomy passed on its own replaces the shipped one."""
        path = tmp_path / "topics.toml"
        path.write_text(CUSTOM, encoding="utf-8")
        text = call("They discussed Ukraine and the Arctic.")
        readout = readoutmodel.parse(text, taxonomy=Taxonomy.from_toml(path))
        assert ids(readout) == {"arctic"}

    def test_built_in_python(self) -> None:
        """A taxonomy built from TopicDefinition objects works like one read from TOML."""
        taxonomy = Taxonomy.default().extend([TopicDefinition("arctic", "Arctic", ["Arctic"])])
        readout = readoutmodel.parse(self.TEXT, taxonomy=taxonomy)
        assert "arctic" in ids(readout)

    def test_context_grammar_applies_to_user_topics(self) -> None:
        """A user topic can ask for the engagement grammar: this meeting is no topic."""
        summits = TopicDefinition("summits", "Summits", ["summit"], context=["engagement"])
        taxonomy = Taxonomy([summits])
        this = video("At the video summit, the two leaders discussed trade.")
        other = video("They looked forward to the BRICS summit.")
        assert ids(readoutmodel.parse(this, taxonomy=taxonomy)) == set()
        assert ids(readoutmodel.parse(other, taxonomy=taxonomy)) == {"summits"}


class TestDocs:
    def _blocks(self, language: str) -> list[str]:
        return re.findall(rf"```{language}\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S)

    def test_example_prints_what_the_docs_say(self) -> None:
        """The first example of docs/topics.md prints the output shown under it."""
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(self._blocks("python")[0], {})
        assert printed.getvalue() == self._blocks("text")[0]

    def test_example_taxonomy_reads(self) -> None:
        """The example taxonomy of docs/topics.md is a valid taxonomy that changes results."""
        mine = Taxonomy.from_toml_text(self._blocks("toml")[0], "my_topics.toml")
        assert mine.ids == ("arctic", "critical_minerals", "trade", "summits")
        text = call("They discussed icebreakers, rare earths and the BRICS summit.")
        readout = readoutmodel.parse(text, taxonomy=Taxonomy.default().extend(mine))
        assert {"arctic", "critical_minerals", "summits"} <= ids(readout)


def _gold_readouts() -> list[Path]:
    """The annotation files of the corpus that have a text beside them."""
    if not CORPUS.is_dir():
        return []
    return [path for path in sorted(CORPUS.glob("*.json")) if path.with_suffix(".txt").is_file()]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not present")
class TestCorpus:
    CORE = frozenset(
        [
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
        ]
    )

    def test_f1(self) -> None:
        """Over the annotated corpus, topics reach an F1 of at least 0.9."""
        tp = fp = fn = 0
        for gold_path in _gold_readouts():
            text = gold_path.with_suffix(".txt").read_text(encoding="utf-8")
            want = set(json.loads(gold_path.read_text(encoding="utf-8"))["gold"]["topics"])
            got = ids(readoutmodel.parse(text)) & self.CORE
            tp, fp, fn = tp + len(got & want), fp + len(got - want), fn + len(want - got)
        assert tp
        assert 2 * tp / (2 * tp + fp + fn) >= 0.9

    def test_every_gold_id_is_in_the_taxonomy(self) -> None:
        """Every topic id the corpus annotates is a topic of the shipped taxonomy."""
        taxonomy = Taxonomy.default()
        for gold_path in _gold_readouts():
            for topic_id in json.loads(gold_path.read_text(encoding="utf-8"))["gold"]["topics"]:
                assert topic_id in taxonomy


def test_a_letter_that_grows_in_lower_case_keeps_word_bounds() -> None:
    """ "plantİSTANBUL" is one word: "İ" lowers to two characters, and no term ends inside it."""
    text = (
        "President Xi Jinping met President Emmanuel Macron. Macron expressed concern over"
        " nuclear power plantİSTANBUL. The two leaders agreed."
    )
    readout = readoutmodel.parse(text)
    for topic in readout.topics:
        for mention in topic.mentions:
            assert not text[mention.end : mention.end + 1].isalnum()


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        ("The leaders discussed CUSMA and softwood lumber.", "trade"),
        ("The leaders discussed the CPTPP.", "trade"),
        ("The Prime Minister stressed the right to peaceful protest.", "human_rights"),
    ],
)
def test_trade_agreements_and_protest_rights(sentence: str, topic: str) -> None:
    """Trade agreements by their acronyms, and the right to protest, raise their topics."""
    readout = readoutmodel.parse(
        "Prime Minister Justin Trudeau spoke with President Joe Biden. " + sentence
    )
    assert topic in [t.id for t in readout.topics]


def test_an_exclusive_economic_zone_is_no_economy() -> None:
    readout = readoutmodel.parse(
        "Foreign Minister Ana Ruiz spoke with Foreign Minister Ivan Sokolov of Russia.\n\n"
        "Minister Ruiz raised the planned naval exercises within Spain's Exclusive Economic"
        " Zone."
    )
    assert "economy" not in [t.id for t in readout.topics]


@pytest.mark.parametrize("between", ["today", "also", "today also"])
def test_the_visit_that_sets_the_scene_raises_no_visits_past_adverbs(between: str) -> None:
    """ "X today visited Paris, where she met Y": the engagement itself."""
    readout = readoutmodel.parse(
        f"Prime Minister Lise Hansen {between} visited Paris, where she met with President"
        " Paul Girard. The two leaders discussed the Arctic."
    )
    assert "visits" not in [t.id for t in readout.topics]


@pytest.mark.parametrize(
    "body",
    [
        "the Collective Security Treaty Organisation",
        "the Organization of Turkic States",
        "the East African Community",
    ],
)
def test_regional_bodies_spelled_out_are_multilateral(body: str) -> None:
    readout = readoutmodel.parse(
        "President Arman Sadykov held a telephone conversation with President Bolot Asanov."
        f"\n\nThe two leaders discussed the work of {body}."
    )
    assert "multilateral" in [t.id for t in readout.topics]


@pytest.mark.parametrize(
    "plan",
    [
        "The two sides agreed to meet again in Beijing.",
        "He noted that the two presidents would speak by phone in the coming weeks.",
        "President Hale said he would visit China at a later date.",
        "They agreed that Deputy Secretary Ann Roe will visit China to follow up.",
        "Li Wen said China looks forward to President Hale's visit to Beijing.",
    ],
)
def test_plans_to_meet_told_by_a_verb_raise_visits(plan: str) -> None:
    readout = readoutmodel.parse(
        "Secretary of State Tom Hale met today with Foreign Minister Li Wen in Kuala"
        f" Lumpur. The Secretary emphasized open lines of communication.\n\n{plan}"
    )
    assert "visits" in [t.id for t in readout.topics]


@pytest.mark.parametrize(
    "sentence",
    [
        "Li Wen said he was glad to meet the Secretary.",
        "The Secretary thanked Li Wen for the welcome during his visit.",
    ],
)
def test_this_meeting_told_by_a_verb_or_a_possessive_raises_no_visits(sentence: str) -> None:
    readout = readoutmodel.parse(
        "Secretary of State Tom Hale met today with Foreign Minister Li Wen in Kuala"
        f" Lumpur.\n\n{sentence}"
    )
    assert "visits" not in [t.id for t in readout.topics]


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        ("He condemned the strike on the hospital.", "health"),
        ("Hundreds were killed, according to local health authorities.", "health"),
        ("He raised the forced deportation of children.", "migration"),
        ("He raised the deportations of children.", "migration"),
    ],
)
def test_war_reporting_raises_no_health_nor_migration(sentence: str, topic: str) -> None:
    readout = readoutmodel.parse(
        "President Tom Hale spoke with President Ana Ruiz by telephone today.\n\n"
        f"{sentence} The two leaders discussed the situation in Gaza."
    )
    assert topic not in [t.id for t in readout.topics]


@pytest.mark.parametrize(
    "opening",
    [
        "On June 17, 2024, Premier Li Wen and Prime Minister Tom Hale co-chaired the ninth"
        " China-Australia Annual Leaders' Meeting in Canberra.",
        "On July 24, 2025, Premier Li Wen held the 25th China-EU Summit with President Ana"
        " Ruiz of the European Council in Beijing.",
    ],
)
def test_the_summit_the_scenes_verb_holds_is_this_engagement(opening: str) -> None:
    """A named summit the scene's leaders co-chair or hold is the engagement itself, which
    raises no visits; one they speak of is another."""
    readout = readoutmodel.parse(f"{opening}\n\nLi Wen said the two sides should expand trade.")
    assert "visits" not in ids(readout)
    later = readoutmodel.parse(
        f"{opening}\n\nLi Wen said the two sides should prepare the next annual summit."
    )
    assert "visits" in ids(later)


@pytest.mark.parametrize(
    "sentence",
    [
        "They discussed preparations for the visit of the President of Chile to Spain.",
        "They discussed the preparation of the summit in Madrid.",
    ],
)
def test_an_engagement_prepared_for_during_a_meeting_is_another(sentence: str) -> None:
    """During a meeting, "the visit" is this one, but one prepared for is to come."""
    readout = readoutmodel.parse(
        f"Foreign Minister Ana Ruiz met with Foreign Minister Tom Hale of Chile.\n\n{sentence}"
    )
    assert "visits" in ids(readout)
    this_one = readoutmodel.parse(
        "Foreign Minister Ana Ruiz met with Foreign Minister Tom Hale of Chile.\n\nThey"
        " discussed the results of the visit."
    )
    assert "visits" not in ids(this_one)


def test_a_summit_named_with_of_that_a_guest_came_for_is_another() -> None:
    """ "who is in Beijing for the Summit of the Forum on China-Africa Cooperation": another
    engagement than the meeting, named by its title."""
    readout = readoutmodel.parse(
        "On September 3, 2024, President Li Wen met with President Ana Ruiz of Chile, who is"
        " in Beijing for the Summit of the Forum on China-Latin America Cooperation.\n\nLi Wen"
        " said China is ready to deepen ties."
    )
    assert "visits" in ids(readout)
