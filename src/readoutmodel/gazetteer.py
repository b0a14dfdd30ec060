"""The gazetteer: which country an office holder served, from ``data/people.tsv``.

A readout often names a leader without a country ("President Joe Biden spoke
with President Vladimir Putin"); what a reader knows, the parser looks up here.
A name is found by all its words ("Joe Biden", "Kishida Fumio") or, alone, by a
family name that only one office holder of the readout's time bears ("Biden",
"Erdoğan"); a name that gives a father's ("Mohammed bin Salman bin Abdulaziz Al
Saud") by its given name and the father's, in that order ("Abdulaziz bin Salman"
is not Salman bin Abdulaziz). A name that could be two people is settled by the
office the text gives ("Vice President Harris"); unsettled, it gives their
country where they served one ("Secretary Rice"), else nothing, and so does a
person out of office in the readout's year: the text always comes first.
"""

from __future__ import annotations

import functools
import itertools
from collections import defaultdict
from collections.abc import Iterable

import attrs

from readoutmodel.cast import name_words
from readoutmodel.vocab import Person, Vocabulary

__all__ = ["Gazetteer", "gazetteer_for"]


@attrs.frozen(eq=False)
class Gazetteer:
    """Office holders indexed by the words of their names."""

    people: tuple[Person, ...]
    by_words: dict[frozenset[str], tuple[int, ...]]  # all the words of a form of the name
    by_family: dict[str, tuple[int, ...]]  # a first or last word of a form of two or more
    # a given name and the father's a form gives after a patronymic: ("mohammed", "salman")
    by_lineage: dict[tuple[str, str], tuple[int, ...]]
    noise: frozenset[str]
    patronymics: frozenset[str]
    # every word of every form, casefolded as written and as name_words reads it: a name
    # with none of them is no one the gazetteer knows, found without reading it
    words: frozenset[str]

    def may_know(self, name: str) -> bool:
        """Whether ``name`` has a word of a name the gazetteer knows: a quick test before
        :meth:`find`, for a text that names many people it does not know."""
        return any(word.casefold() in self.words for word in name.split())

    def find(
        self, name: str, year: int | None = None, offices: tuple[str, ...] = ()
    ) -> tuple[Person, ...]:
        """The office holders ``name`` may be, in office in ``year`` when it is known; of
        one person's offices for two codes, one of ``offices`` (the text's) decides."""
        words = name_words(name, self.noise)
        if not words:
            return ()
        lineage = _lineage(name, self.noise, self.patronymics)
        if lineage is not None:
            found = self.by_lineage.get(lineage, ())
        else:
            found = self.by_words.get(frozenset(words), ())
        if not found and len(words) == 1:
            found = self.by_family.get(words[0], ())
        people = [self.people[i] for i in found]
        if year is not None:
            people = [p for p in people if p.served(year)]
        written = {office.casefold() for office in offices}
        if len(people) > 1 and written:
            # "Vice President Harris" is the one Harris who held that office
            people = [
                p for p in people if not written.isdisjoint(o.casefold() for o in p.offices)
            ] or people
        if len(people) > 1 and all(p.names[0] == people[0].names[0] for p in people):
            # one person's offices for two codes: the one the text gives him ("Prime
            # Minister Mark Rutte" is the Netherlands', not NATO's), else the one held in
            # the year itself, not only a year either side of it; with no year, or both
            # held in it, the later
            people = [
                p for p in people if not written.isdisjoint(o.casefold() for o in p.offices)
            ] or people
            held = [p for p in people if year is not None and p.held(year)] or people
            people = [max(held, key=lambda p: p.years[-1][1])]
        return tuple(people)

    def person(
        self, names: Iterable[str], year: int | None = None, offices: Iterable[str] = ()
    ) -> Person | None:
        """The one office holder going by all of ``names`` (those the gazetteer knows),
        or None: "Harris" may be two people, "Kamala Harris" and "Harris" one. The
        ``offices`` the text gives tell which of one person's codes is meant."""
        found = _candidates(self, tuple(names), year, tuple(offices))
        return found[0] if len(found) == 1 else None

    def country(
        self, names: Iterable[str], year: int | None = None, offices: Iterable[str] = ()
    ) -> str | None:
        """The country of every office holder going by all of ``names``, or None: "Secretary
        Rice" may be either of two Americans, who served one country."""
        found = _candidates(self, tuple(names), year, tuple(offices))
        countries = {person.country for person in found}
        return countries.pop() if len(countries) == 1 else None


@functools.lru_cache(maxsize=4096)
def _candidates(
    gazetteer: Gazetteer, names: tuple[str, ...], year: int | None, offices: tuple[str, ...]
) -> tuple[Person, ...]:
    """The office holders going by all of ``names``."""
    found: set[Person] | None = None
    for name in names:
        people = gazetteer.find(name, year, offices)
        if people:
            found = set(people) if found is None else found.intersection(people)
    if not found:
        return ()
    return tuple(p for p in sorted(found, key=_order) if _fits(gazetteer, p, names))


def _order(person: Person) -> tuple[str, tuple[str, ...]]:
    return person.country, person.names


def _fits(gazetteer: Gazetteer, person: Person, names: tuple[str, ...]) -> bool:
    """Whether no fuller name sharing a word with ``person``'s belies it: "Jonathan
    Reynolds" is not Linda Reynolds, "Gustavo Petro" not Petro Poroshenko."""
    forms = [frozenset(name_words(form, gazetteer.noise)) for form in person.names]
    known = frozenset().union(*forms)
    for name in names:
        words = frozenset(name_words(name, gazetteer.noise))
        if (
            len(words) >= 2
            and not known.isdisjoint(words)
            and not any((len(form) >= 2 and form <= words) or words <= form for form in forms)
        ):
            return False
    return True


def _lineage(
    name: str, noise: frozenset[str], patronymics: frozenset[str]
) -> tuple[str, str] | None:
    """The given name and the father's of a name that gives one after a patronymic
    ("Prince Mohammed bin Salman bin Abdulaziz" gives ("mohammed", "salman")), or None."""
    every = name_words(name)
    for patronymic, father in itertools.pairwise(every):
        if patronymic in patronymics:
            words = name_words(name, noise)
            return (words[0], father) if words and words[0] != father else None
    return None


@functools.lru_cache(maxsize=8)
def gazetteer_for(
    vocabulary: Vocabulary, noise: frozenset[str], patronymics: frozenset[str] = frozenset()
) -> Gazetteer:
    """The gazetteer of ``vocabulary``'s people, built once; ``noise`` are the words
    that tell no one apart (particles, "Jr."), ``patronymics`` those after which a name
    gives the father's ("bin")."""
    by_words: defaultdict[frozenset[str], list[int]] = defaultdict(list)
    by_family: defaultdict[str, list[int]] = defaultdict(list)
    by_lineage: defaultdict[tuple[str, str], list[int]] = defaultdict(list)
    known: set[str] = set()
    for index, person in enumerate(vocabulary.people):
        for form in person.names:
            words = name_words(form, noise)
            known.update(words)
            known.update(word.casefold() for word in form.split())
            if not words:
                continue
            lineage = _lineage(form, noise, patronymics)
            if lineage is not None and index not in by_lineage[lineage]:
                by_lineage[lineage].append(index)
            key = frozenset(words)
            if index not in by_words[key]:
                by_words[key].append(index)
            if len(words) >= 2:
                for family in {words[0], words[-1]}:
                    if index not in by_family[family]:
                        by_family[family].append(index)
    return Gazetteer(
        vocabulary.people,
        {key: tuple(found) for key, found in by_words.items()},
        {key: tuple(found) for key, found in by_family.items()},
        {key: tuple(found) for key, found in by_lineage.items()},
        noise,
        patronymics,
        frozenset(known),
    )
