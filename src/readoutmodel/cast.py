"""The cast: the principals of an engagement, and which of them a mention means.

:class:`Cast` is built by :mod:`readoutmodel.extract.participants` and read by
the later stages. It resolves a mention to principals by what the mention says:
a name shares a name token with one principal ("Xi" for "Xi Jinping"); an
office without a name means the principal holding it ("The President"), the
issuing government's own when both hold it ("the Prime Minister" in a Canadian
readout); a demonym and a role mean that country's principal ("the Chinese
side"); a group means them all ("the two leaders"). Pronouns depend on the
discourse and are resolved by the statements stage, with :meth:`Cast.others`.
"""

from __future__ import annotations

import difflib
import functools
import itertools
import re
import unicodedata
from collections.abc import Set

import attrs

from readoutmodel.mentions import Mention
from readoutmodel.patterns import Grammar

__all__ = [
    "Cast",
    "Ending",
    "Principal",
    "name_key",
    "name_tokens",
    "name_words",
    "offices_match",
    "relayer_named",
    "relaying_office",
    "relays",
    "same_person",
    "surname",
]


_GUEST_REACH = 12  # how far before an office a word that makes its holder a guest starts

_INNER_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['’ʼ](?=[a-z])")


@functools.lru_cache(maxsize=8192)
def name_words(name: str, noise: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The words that identify a name, in order, without ``noise`` (particles, "Jr."):
    "Joseph R. Biden, Jr." gives ("joseph", "biden")."""
    # without diacritics: "Erdogan" is "Erdoğan"; an apostrophe before a small letter
    # stands inside a word ("Xi'an", "Sa'ad"), one before a capital between two ("O'Brien")
    bare = _INNER_APOSTROPHE.sub("", unicodedata.normalize("NFKD", name))
    letters = "".join(ch if ch.isalpha() else " " for ch in bare if not unicodedata.combining(ch))
    return tuple(
        token for token in letters.casefold().split() if len(token) >= 2 and token not in noise
    )


@functools.lru_cache(maxsize=8192)
def name_tokens(name: str, noise: frozenset[str] = frozenset()) -> frozenset[str]:
    """The words of :func:`name_words` as a set."""
    return frozenset(name_words(name, noise))


def surname(name: str, noise: frozenset[str] = frozenset()) -> str | None:
    """The word a name ends with, the one that tells people apart; None for one written
    word of two names ("Ruto-Museveni" in a headline: a pair, perhaps)."""
    words = name_words(name, noise)
    if not words or (len(words) > 1 and " " not in name.strip()):
        return None
    return words[-1]


# how a name ends, as same_person compares it: its first word, its surname, and the word
# before the surname in a name of three words or more, else "" (see name_key)
Ending = tuple[str, str, str]


@functools.lru_cache(maxsize=8192)
def name_key(
    name: str, noise: frozenset[str] = frozenset(), patronymics: frozenset[str] = frozenset()
) -> tuple[frozenset[str], Ending | None]:
    """What :func:`same_person` compares of a name: its :func:`name_tokens`, a father's
    name after one of ``patronymics`` marked so (``^salman``: "Mohammed bin Salman" is no
    "Salman", nor "Khaled bin Mohamed bin Zayed" "Mohamed bin Zayed") and, beside them,
    the given name (``=maktoum``), and its :data:`Ending`."""
    tokens = name_tokens(name, noise)
    words = name_words(name, noise)
    if patronymics:
        every = name_words(name)
        fathers = {f"^{w}" for p, w in itertools.pairwise(every) if p in patronymics}
        if fathers:
            # a given name stays one where a father's is written alike: "Abdulaziz bin
            # Salman bin Abdulaziz"
            own = {w for p, w in zip(("", *every), every, strict=False) if p not in patronymics}
            tokens = (tokens & own) | fathers
            # and the given name as such, which may be the family's too: "Maktoum bin
            # Mohammed bin Rashid Al Maktoum" is not "Hamdan bin Mohammed bin Rashid Al
            # Maktoum"
            if words and words[0] not in patronymics:
                tokens |= {f"={words[0]}"}
    last = surname(name, noise)
    if last is None:
        return tokens, None
    return tokens, (words[0], last, words[-2] if len(words) > 2 else "")


def same_person(
    tokens: Set[str], last: Ending | None, known: Set[str], surnames: Set[Ending]
) -> bool:
    """Whether a name (its ``tokens`` and ending ``last``, see :func:`name_key`) names
    someone known by the words ``known``, whose names end as ``surnames``: one name's
    words within the other's ("Xi" and "Xi Jinping", "Kishida Fumio" and "Fumio
    Kishida"), or two names ending alike ("Joe Biden" and "Joseph R. Biden"); not two
    names that share only a given name ("Abdel Fattah El-Sisi" and "Abdel Fattah
    al-Burhan", "Li Qiang" and "Li Keqiang"), nor kin: a name of three words or more
    and another that end alike but open with different letters ("Muhammad Nawaz
    Sharif" and "Shehbaz Sharif", "Mohamed bin Zayed Al Nahyan" and "Abdullah bin Zayed
    Al Nahyan"), or the given name of one is the father's in the other ("Maktoum bin
    Mohammed bin Rashid Al Maktoum" and "Mohammed bin Rashid Al Maktoum"), or two names
    of three words or more whose words before the surname open with different letters
    ("Muhammad Nawaz Sharif" and "Muhammad Shehbaz Sharif"), or whose given names are
    not two spellings of one ("Mohammed bin Zayed" and "Mansour bin Zayed"). Two names
    of two words are not told apart by their first letters, as one may open with a style
    ("Lord Cameron" and "David Cameron"), unless the last is a father's name ("Abdulaziz
    bin Salman")."""
    if tokens.isdisjoint(known):
        return False
    if tokens <= known or known <= tokens:
        return True
    if last is None:
        return False
    first, word, middle = last
    # kin: given names that differ at their first letter, or one's given name the
    # other's father's ("Maktoum bin Mohammed ..." and "Mohammed bin Rashid Al Maktoum");
    # a name that ends with the father's opens with the given name, not a style, however
    # short: "Mohammed bin Salman" and "Abdulaziz bin Salman" are brothers
    fathered = f"^{word}" in tokens
    return f"^{first}" not in known and any(
        w == word
        and (_given_alike(i, first) or not (middle or n or fathered))
        and not (middle and n and middle[0] != n[0])
        and f"^{i}" not in tokens
        for i, w, n in surnames
    )


@functools.lru_cache(maxsize=1024)
def _given_alike(one: str, other: str) -> bool:
    """Whether two given names may be one written two ways: they open with one letter and
    are mostly alike ("Mohamed" and "Mohammed", "Muhammad"), unlike "Mohammed" and
    "Mansour"."""
    if one == other:
        return True
    return one[0] == other[0] and difflib.SequenceMatcher(None, one, other).ratio() >= _ALIKE


_ALIKE = 0.6  # how alike two spellings of one given name are at least


@functools.lru_cache(maxsize=1024)
def _office_words(office: str) -> tuple[str, ...]:
    return tuple(office.casefold().replace("-", " ").split())


@functools.lru_cache(maxsize=4096)
def _modifiers(title: str, office: str) -> tuple[str, ...] | None:
    """The words a title writes before its office ("acting" of "Acting Foreign Minister"),
    or None where the office is not written in it as such ("EAM", "Minister of Foreign
    Affairs" for the Foreign Minister)."""
    words = _office_words(title)
    said = _office_words(office)
    for start in range(len(words) - len(said) + 1):
        if words[start : start + len(said)] == said:
            return words[:start]
    return None


@functools.lru_cache(maxsize=4096)
def offices_match(
    mentioned: str,
    held: str,
    below: frozenset[str] = frozenset(),
    serving: frozenset[str] = frozenset(),
) -> bool:
    """Whether a mention's office ("Secretary", "Minister") fits an office held ("Secretary
    of State", "Foreign Minister"); not when a word of ``below`` opens the rest of the
    office held ("President" is not "Vice President"), nor when a word of ``serving``
    joins the office held to the one mentioned ("the Presidents" are not the Head of the
    Office of the President)."""
    # cached: a text asks of the same few offices again and again
    said, have = _office_words(mentioned), _office_words(held)
    if not said or not have:
        return False
    if said == have:
        return True
    n = len(said)
    if have[:n] == said:
        return True
    return have[-n:] == said and below.isdisjoint(have[:-n]) and have[-n - 1] not in serving


@functools.lru_cache(maxsize=8)
def _relay_endings(grammar: Grammar) -> tuple[tuple[str, ...], int]:
    endings = tuple(grammar.relay_offices)
    return endings, max(map(len, endings), default=0)


def relaying_office(mention: Mention, grammar: Grammar, text: str = "") -> bool:
    """Whether a mention's office, or its title as written, is one that passes the
    readout on ("Spokesperson X", "Secretary for Public Relations X"), or, given the
    ``text``, the words before its name end with one ("Communications Director X")."""
    if (mention.offices or mention.titles) and _relaying(grammar, mention.offices, mention.titles):
        return True
    if not text or mention.name is None:
        return False
    if mention.name[0] <= mention.start:
        return False
    start = mention.start
    if text.endswith(") ", max(0, start - 2), start):
        # the body's initials in brackets: "Presidential Communications Office (PCO)
        # Secretary X"
        opening = text.rfind("(", max(0, start - _INITIALS), start)
        if opening > 0 and text[opening + 1 : start - 2].isupper():
            start = opening
    if not text[max(0, start - 2) : start].rstrip()[-1:].isalpha():
        return False  # the commonest case: the office opens a phrase ("with President X")
    if not text[max(0, start - _TITLE_REACH) : start].split()[-1][:1].isupper():
        return False  # "... with Director X": a word in lower case before the office
    if start < mention.start:
        return relays(grammar, text, max(0, start - _TITLE_REACH), start)
    end = mention.name[0]
    while end > mention.start and text[end - 1].isspace():
        end -= 1
    return relays(grammar, text, max(0, mention.start - _TITLE_REACH), end)


_TITLE_REACH = 40  # how far before an office a relaying one it ends may start
_INITIALS = 12  # the longest initials in brackets after a body's name, with the brackets


@functools.lru_cache(maxsize=1024)
def _relaying(grammar: Grammar, offices: tuple[str, ...], titles: tuple[str, ...]) -> bool:
    """:func:`relaying_office` of the offices and titles alone, which a text repeats."""
    relay = grammar.relay_offices
    return any(o.casefold() in relay for o in offices) or any(t.casefold() in relay for t in titles)


def relayer_named(before: Mention | None, mention: Mention, text: str, grammar: Grammar) -> bool:
    """Whether ``mention`` names the holder of a relaying office written right ``before``
    it: "Spokesman for the Presidency Ambassador X"."""
    return (
        before is not None
        and before.end <= mention.start
        and not text[before.end : mention.start].strip(" ,")
        and relaying_office(before, grammar)
    )


def relays(grammar: Grammar, text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` ends with an office that passes the readout on ("the
    Foreign Ministry", "Spokesperson"): ``grammar.relay``, tried only when the ending
    of the text, casefolded, is a relaying office's."""
    endings, longest = _relay_endings(grammar)
    end = len(text) if end is None else end
    stop = end
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    # Only the end is read: the window may be a long run of text, and a search from its
    # start would read all of it for every reporting verb after it. A few letters more
    # than the longest office, as a letter may grow when its case is ignored.
    low = max(start, stop - longest - 4)
    tail = text[low:stop].casefold()
    return tail.endswith(endings) and grammar.relay.search(text, low, end) is not None


_UNRANKED = 999  # the rank of a principal whose office the vocabulary does not rank


@attrs.frozen
class Principal:
    """A participant as the parser knows it before the model objects are built."""

    name: str
    title: str | None
    office: str | None
    country: str | None
    tokens: frozenset[str]
    named: bool = True
    offices: tuple[str, ...] = ()  # every office the text gives, ``office`` first
    surnames: frozenset[Ending] = frozenset()  # how each of its names ends (name_key)
    # what opens its names as the scene writes them, in lower case: "his majesty sultan"
    before_names: tuple[str, ...] = ()
    known_offices: tuple[str, ...] = ()  # what the gazetteer knows it held, its chief first
    attended: bool = False  # named only as one who attended beside the leaders


@attrs.frozen
class Cast:
    """The principals, the issuing government and its own principal (``home``)."""

    principals: tuple[Principal, ...]
    issuer: str | None = None
    home: int | None = None
    noise: frozenset[str] = frozenset()  # words of names that tell no one apart
    kin: frozenset[tuple[str, str]] = frozenset()  # offices of one kind: Grammar.title_kin
    below: frozenset[str] = frozenset()  # words opening a lower office: Closed.subordinate
    ranks: dict[str, int] = attrs.field(factory=dict, eq=False)  # Grammar.title_ranks
    patronymics: frozenset[str] = frozenset()  # Closed.patronymics
    royal: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())  # styles, offices
    capitals: dict[str, str] = attrs.field(factory=dict, eq=False)  # Grammar.capitals
    # whether a principal met some of the others in turn, each meeting told after the
    # first: "The Prime Minister also met ..."
    in_turn: bool = False
    # the last words of what joins an office to the one it serves: Closed.serving_ends
    serving: frozenset[str] = frozenset()
    guest_words: frozenset[str] = frozenset()  # Closed.guest_words
    _resolved: dict[Mention, tuple[int, ...]] = attrs.field(
        factory=dict, eq=False, repr=False, hash=False, alias="_resolved"
    )
    _named: dict[str, tuple[int, ...]] = attrs.field(
        factory=dict, eq=False, repr=False, hash=False, alias="_named"
    )
    _holding: dict[tuple[str, tuple[str, ...]], tuple[int, ...]] = attrs.field(
        factory=dict, eq=False, repr=False, hash=False, alias="_holding"
    )
    _exact: dict[tuple[str, tuple[int, ...]], tuple[int, ...]] = attrs.field(
        factory=dict, eq=False, repr=False, hash=False, alias="_exact"
    )

    def __len__(self) -> int:
        return len(self.principals)

    def everyone(self) -> tuple[int, ...]:
        return tuple(range(len(self.principals)))

    def leaders(self) -> tuple[int, ...]:
        """ "The leaders", "both sides", a joint act: everyone but those named only as
        attending beside a leader of their side ("Foreign Minister X also attended"), when
        two remain; one who attended for a side no one else speaks for leads it
        ("President X of Kyrgyzstan attended the summit")."""
        sides = {p.country for p in self.principals if not p.attended}
        found = tuple(
            i
            for i, p in enumerate(self.principals)
            if not p.attended
            or (p.country is not None and None not in sides and p.country not in sides)
        )
        return found if len(found) >= 2 else self.everyone()

    def others(self, of: tuple[int, ...]) -> tuple[int, ...]:
        """The principals not in ``of``."""
        return tuple(i for i in self.everyone() if i not in of)

    def by_name(self, name: str) -> tuple[int, ...]:
        found = self._named.get(name)
        if found is None:
            tokens, last = name_key(name, self.noise, self.patronymics)
            found = ()
            if tokens:
                # a list first: tuple() of a generator is slower for so few principals
                found = tuple(
                    [
                        i
                        for i, p in enumerate(self.principals)
                        if same_person(tokens, last, p.tokens, p.surnames)
                    ]
                )
            self._named[name] = found
        return found

    def by_country(self, countries: tuple[str, ...]) -> tuple[int, ...]:
        return tuple(i for i, p in enumerate(self.principals) if p.country in countries)

    def by_capital(self, mention: Mention, text: str) -> tuple[int, ...]:
        """The principal of the country whose capital a bare name is, standing for its
        government: "At Moscow's initiative", "initiated by Kyiv"."""
        if mention.kind != "person" or mention.offices or mention.name is None:
            return ()
        code = self.capitals.get(text[mention.name[0] : mention.name[1]].casefold())
        return self.by_country((code,))[:1] if code is not None else ()

    def by_office(self, office: str, countries: tuple[str, ...] = ()) -> tuple[int, ...]:
        found = self._holding.get((office, countries))
        if found is None:
            found = self._holding[office, countries] = tuple(
                i
                for i, p in enumerate(self.principals)
                # the office as written too, where a modifier is not in the office held:
                # "The Deputy Secretary" is the "Deputy Secretary of State"
                if (
                    any(offices_match(office, held, self.below, self.serving) for held in p.offices)
                    or (
                        p.title is not None
                        and offices_match(office, p.title, self.below, self.serving)
                    )
                )
                and (not countries or p.country in countries)
            )
        return found

    def by_short_form(self, office: str, countries: tuple[str, ...] = ()) -> tuple[int, ...]:
        """The principals whose office is a short form of ``office``, all its words in it:
        "Secretary Rubio" is "the Secretary of State", "Chancellor Merz" "the Federal
        Chancellor"; not "the Deputy Prime Minister", an office below."""
        said = office.casefold().split()
        below = {w.casefold() for w in self.below}
        return tuple(
            i
            for i, p in enumerate(self.principals)
            if any(
                set(words) < set(said) and below.isdisjoint(set(said) - set(words))
                for words in (held.casefold().split() for held in p.offices)
            )
            and (not countries or p.country in countries)
        )

    def by_kin(self, office: str, countries: tuple[str, ...] = ()) -> tuple[int, ...]:
        """The principals who hold an office of the same kind under another name: "the
        premier" of two Prime Ministers, "the Ministers" beside a US Secretary."""
        said = office.casefold()
        return tuple(
            i
            for i, p in enumerate(self.principals)
            if any((said, held.casefold()) in self.kin for held in p.offices)
            and (not countries or p.country in countries)
        )

    def untitled_home(self, mention: Mention, found: tuple[int, ...]) -> bool:
        """Whether ``mention``, "the President" alone, is the issuer's own principal whom
        the text gives no office but whose chief office it is, rather than another holding
        it (``found``)."""
        home = self.home
        if home is None or home in found or not mention.determined or mention.countries:
            return False
        principal = self.principals[home]
        return (
            not principal.offices
            and principal.country == self.issuer
            and bool(principal.known_offices)
            and offices_match(mention.offices[0], principal.known_offices[0], self.below)
        )

    def pair(self, last: int | None = None, host: int | None = None) -> tuple[int, ...]:
        """ "The two leaders": everyone of two; of more, the two but those named only as
        attending beside them ("X, Secretary General of ..., also attended"), or else (a
        minister who took part too) the two of the highest offices, in the order they were
        named, and of two sides, the highest of each (not a President and his Vice
        President). Of three sides or more
        (the issuer's leader met two others in turn), the issuer's principal (or, where
        the issuer is not known, the ``host`` the scene opens with) and the one of another
        side last spoken of (``last``), whom the text has just told of."""
        if len(self.principals) <= 2:
            return self.everyone()
        leaders = self.leaders()
        if len(leaders) == 2:
            return leaders  # the two, besides those named only as attending beside them
        home = self.home if self.home is not None else host
        if last is not None and home is not None and last != home:
            country = self.principals[home].country
            # the sides met, not the host's own who joined him
            others = [
                p.country
                for i, p in enumerate(self.principals)
                if i != home and (country is None or p.country != country)
            ]
            sides = self.in_turn or (None not in others and len(set(others)) >= 2)
            if sides and (country is None or self.principals[last].country != country):
                return tuple(sorted((home, last)))
        ranked = sorted(self.everyone(), key=self.rank)
        first = ranked[0]
        country = self.principals[first].country
        if country is not None:
            other = next(
                (i for i in ranked[1:] if self.principals[i].country not in (None, country)),
                None,
            )
            if other is not None:
                return tuple(sorted((first, other)))
        return tuple(sorted(ranked[:2]))

    def heads(self) -> tuple[int, ...]:
        """ "The heads of state": the highest principal of each country, not the ministers
        who joined them; a principal of no known country is one of them if no head of a
        country ranks lower."""
        best: dict[str, int] = {}
        unplaced: list[int] = []
        for i in sorted(self.everyone(), key=self.rank):
            country = self.principals[i].country
            if country is None:
                unplaced.append(i)
            else:
                best.setdefault(country, i)
        lowest = max(map(self.rank, best.values()), default=_UNRANKED)
        found = [*best.values(), *(i for i in unplaced if self.rank(i) <= lowest)]
        return tuple(sorted(found)) if len(found) >= 2 else self.pair()

    def rank(self, i: int) -> int:
        """The seniority of principal ``i``'s highest office (its place in titles.txt), as
        the text or the gazetteer has it."""
        p = self.principals[i]
        return min(
            (self.ranks.get(o, _UNRANKED) for o in p.offices or p.known_offices[:1]),
            default=_UNRANKED,
        )

    def exact(self, office: str, found: tuple[int, ...]) -> tuple[int, ...]:
        """Of ``found``, who hold ``office`` as it is written, if any: "The President" is
        the President, not the Minister-President beside him."""
        if len(found) <= 1:
            return found
        exact = self._exact.get((office, found))
        if exact is None:
            # cached: a text names the same office again and again
            said = _office_words(office)
            exact = self._exact[office, found] = (
                tuple(
                    i
                    for i in found
                    if any(_office_words(held) == said for held in self.principals[i].offices)
                )
                or found
            )
        return exact

    def titled(self, mention: Mention, found: tuple[int, ...]) -> tuple[int, ...]:
        """Of ``found``, who bear the words ``mention`` writes before the office, and no
        others, if any: "The Acting Foreign Minister" of a Foreign Minister and an Acting
        one, "The Foreign Minister" of one and a Deputy; "The President" is still either
        of "President" and "President of the Republic", and one whose title does not
        write the office as such may be anyone's."""
        if len(found) <= 1 or not mention.titles or not mention.offices:
            return found
        said = _modifiers(mention.titles[0], mention.offices[0])
        if said is None:
            return found
        return (
            tuple(
                i
                for i in found
                if (p := self.principals[i]).title is None
                or p.office is None
                or _modifiers(p.title, p.office) in (None, said)
            )
            or found
        )

    def holders(self, mention: Mention) -> tuple[int, ...]:
        """All the principals who hold the first office ``mention`` names as it is written,
        where :meth:`resolve` gives one of them."""
        if not mention.offices:
            return ()
        office = mention.offices[0]
        return self.exact(office, self.by_office(office, mention.countries))

    def guest(self, mention: Mention, text: str) -> bool:
        """Whether a word before an office makes its holder the guest: "the visiting"."""
        words = text[max(0, mention.start - _GUEST_REACH) : mention.start].casefold().split()
        return bool(words) and words[-1] in self.guest_words

    def prefer_home(self, found: tuple[int, ...]) -> tuple[int, ...]:
        """One of ``found``: the issuer's own principal if among them, else the first."""
        if len(found) <= 1:
            return found
        if self.home is not None and self.home in found:
            return (self.home,)
        return found[:1]

    def resolve(self, mention: Mention, text: str) -> tuple[int, ...]:
        """The principals ``mention`` refers to, or () when it refers to none or depends
        on the discourse (pronouns)."""
        found = self._resolved.get(mention)
        if found is None:
            found = self._resolved[mention] = self._resolve(mention, text)
        return found

    def _resolve(self, mention: Mention, text: str) -> tuple[int, ...]:
        if mention.kind == "person" and mention.name is not None:
            found = self.by_name(text[mention.name[0] : mention.name[1]])
            if len(found) > 1 and mention.countries:
                found = (
                    tuple(i for i in found if self.principals[i].country in mention.countries)
                    or found
                )
            if len(found) > 1 and mention.offices:
                found = (
                    tuple(
                        i
                        for i in found
                        if self.by_office(mention.offices[0])
                        and i in self.by_office(mention.offices[0])
                    )
                    or found
                )
            return found[:1]
        if mention.kind == "office":
            for office in mention.offices:
                found = self.by_office(office, mention.countries)
                if not found and not mention.plural:
                    found = self.by_short_form(office, mention.countries)
                if mention.plural or not found:
                    # its kin, where none holds it by that name, or of a plural, besides
                    kin = self.by_kin(office, mention.countries)
                    found = tuple(sorted(set(found + kin))) if mention.plural else kin
                if found and mention.plural:
                    return self.plural_office(found, mention.countries)
                if found and self.home is not None and self.untitled_home(mention, found):
                    # "Vladimir Putin had a conversation with President X. The President
                    # said ...": the issuer's own, whose office its readouts never write
                    return (self.home,)
                if found:
                    found = self.titled(mention, self.exact(office, found))
                    if self.guest(mention, text):
                        # "The visiting President": of two, the one who is not at home
                        found = tuple(i for i in found if i != self.home) or found
                    return self.prefer_home(found)
            if mention.plural and mention.offices and not mention.countries:
                return self.plural_office((), ())
            if mention.countries:
                # "the Russian President" is the Russian principal whose office the text
                # never gave, "the Italian premier" the Italian Prime Minister; "the
                # President of Germany" is not the Chancellor
                said = mention.offices[0].casefold() if mention.offices else ""
                return tuple(
                    i
                    for i in self.by_country(mention.countries)
                    if not self.principals[i].offices
                    or any(
                        (said, held.casefold()) in self.kin for held in self.principals[i].offices
                    )
                )[:1]
            if mention.reference == "role" and self.home is not None:
                return (self.home,)  # "The Head of State also informed ..."
            return ()
        if mention.kind == "reference":
            if mention.reference == "group" or mention.reference == "engagement":
                if mention.offices:
                    found = tuple(i for office in mention.offices for i in self.by_office(office))
                    if len(found) >= 2:
                        return tuple(sorted(set(found)))
                return self.leaders()
            if mention.reference == "pair":
                return self.pair()
            if mention.reference == "heads":
                return self.heads()
            if mention.reference == "role":
                if mention.countries:
                    found = self.by_country(mention.countries)
                    return found if mention.plural else found[:1]
                # "His Majesty" alone: the one principal whose name it opened, or stood
                # before ("President of the UAE, His Highness Sheikh ...")
                style = " ".join(text[mention.start : mention.end].casefold().split())
                styled = [
                    i
                    for i, p in enumerate(self.principals)
                    if any(
                        before.startswith(style) or before.endswith(f" {style}")
                        for before in p.before_names
                    )
                ]
                if len(styled) == 1:
                    return (styled[0],)
                styles, offices = self.royal
                if style in styles:
                    # "His Majesty" written before no name: the one monarch
                    royals = [
                        i
                        for i, p in enumerate(self.principals)
                        if any(o.casefold() in offices for o in p.offices)
                    ]
                    if len(royals) == 1:
                        return (royals[0],)
                return () if self.home is None else (self.home,)
        return ()

    def everyone_of(self, found: tuple[int, ...]) -> tuple[int, ...]:
        return tuple(sorted(set(found)))

    def plural_office(self, found: tuple[int, ...], countries: tuple[str, ...]) -> tuple[int, ...]:
        """Whom an office in the plural means, its holders being ``found``: with the
        principals whose office the text never gave ("The presidents" of a Kremlin
        readout that names its own President without his office), and of two principals
        of whom none holds it, both when one of them is untitled ("The ministers" of an
        untitled Foreign Minister and a Foreign Secretary); of two principals of whom one
        holds it, both ("The ministers" of a Foreign Minister and a Secretary of State)."""
        if len(found) >= 2 or countries:
            return self.everyone_of(found)
        if found and len(self.principals) == 2:
            return self.everyone()
        untitled = [i for i, p in enumerate(self.principals) if not p.offices]
        if not found and untitled and len(self.principals) == 2:
            return self.everyone()
        return self.everyone_of((*found, *untitled))
