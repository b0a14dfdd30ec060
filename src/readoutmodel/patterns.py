"""The grammar: every regular expression of the parser, compiled from a vocabulary.

This is the only module that compiles patterns. Phrases reach them through the
``regex`` module's named lists (``\\L<verbs>``), which match the longest entry;
the grammar around them is written here, verbose, one commented line per
alternative. :func:`compile_grammar` builds a :class:`Grammar` once per
vocabulary and caches it.

Besides patterns, a grammar holds the lexicon: a mapping from every phrase of
the vocabulary to what it is (an office, a country, a reporting verb, ...),
which the lexer in :mod:`readoutmodel.lexer` consults for each phrase it finds.

The ``regex`` module is imported by the functions that compile, on the first
parse: it is a seventh of ``import readoutmodel`` otherwise, which a program
that only reads JSON or asks for the version would pay for nothing.
"""

from __future__ import annotations

import array
import functools
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

import attrs

from readoutmodel.vocab import EngagementCue, TimeWord, Verb, Vocabulary, Words
from readoutmodel.vocab.taxonomy import SLOT, expand

if TYPE_CHECKING:
    from dateutil.parser import parserinfo

__all__ = [
    "Entry",
    "Grammar",
    "TopicGrammar",
    "calendar_names",
    "compile_grammar",
    "compile_topics",
]


@attrs.frozen
class Entry:
    """What one phrase of the vocabulary is; a phrase can be several things at once."""

    text: str
    title: str | None = None  # the office, canonical ("Prime Minister")
    plural: bool = False  # "Prime Ministers", "presidents"
    modifier: bool = False  # "Former", "Acting"
    countries: tuple[str, ...] = ()  # codes, for a country name or demonym
    demonym: bool = False
    honorific: bool = False
    reference: str | None = None  # he, she, they, group, role, other, engagement
    verb: Verb | None = None
    form: str | None = None  # base, past, participle, ing, present, adj, noun
    split: bool = False  # a phrasal verb parted by an adverbial: "touched briefly on"
    active: Verb | None = None  # the verb whose past a stance's adjective is: "encouraged"
    engagement: tuple[EngagementCue, ...] = ()
    adverb: bool = False
    auxiliary: bool = False
    passive: bool = False
    time: TimeWord | None = None


def _merge(table: dict[str, Entry], key: str, **fields: Any) -> None:
    old = table.get(key)
    if old is None:
        table[key] = Entry(key, **fields)
        return
    changes: dict[str, Any] = {}
    for name, value in fields.items():
        current = getattr(old, name)
        if isinstance(current, tuple):
            changes[name] = current + tuple(item for item in value if item not in current)
        elif current in (None, False, ""):
            changes[name] = value
    table[key] = attrs.evolve(old, **changes)


# the last day of a span of days after its first: "26-27", "26 and 27", "26 to 27"
_UNTIL = r"(?:\s?[-–]\s?[0-3]?\d(?:st|nd|rd|th)?|\s(?:and|to)\s[0-3]?\d(?:st|nd|rd|th)?)?(?!\d)"


def _add_verb(
    folded: dict[str, Entry], written: str, verb: Verb, form: str, add: Callable[..., None]
) -> None:
    """Adds a form of a verb; an adjective of stance that is also a verb's past is both
    ("was encouraged by" a stance, "encouraged him to" an act), in whichever order the
    vocabulary gives them; a noun that is also a verb's present or base form is the noun,
    in either order."""
    old = folded.get(written.casefold())
    if old is not None and old.verb is not None and old.verb is not verb:
        if old.form == "adj" and form in ("past", "participle"):
            folded[written.casefold()] = attrs.evolve(old, active=verb)
            return
        if form == "adj" and old.form in ("past", "participle"):
            folded[written.casefold()] = attrs.evolve(old, verb=verb, form=form, active=old.verb)
            return
        if form == "noun" and old.form in ("present", "base"):
            # "had candid exchanges on", "had a frank exchange on": the act named by a
            # noun, as readouts report in the past, not the verb in the present
            # ("exchanges views")
            folded[written.casefold()] = attrs.evolve(old, verb=verb, form=form)
            return
        if old.form == "noun" and form in ("present", "base"):
            return
    add(written, verb=verb, form=form)


def _apostrophes(phrase: str) -> tuple[str, ...]:
    """A phrase and its spelling with typographic apostrophes, if it has any."""
    return (phrase, phrase.replace("'", "\u2019")) if "'" in phrase else (phrase,)


def _plural(title: str) -> str:
    """ "Prime Ministers", "Secretaries of State", "heads of state"."""
    words = title.split(" ")
    index = words.index("of") - 1 if "of" in words else len(words) - 1
    word = words[index]
    if word.endswith(("s", "sh", "ch", "x")):
        word += "es"
    elif word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        word = word[:-1] + "ies"
    elif word.endswith("man"):
        word = word[:-3] + "men"
    else:
        word += "s"
    words[index] = word
    return " ".join(words)


def _is_case_sensitive(phrase: str) -> bool:
    """Short capitals ("US", "HE", "MAP") match only as written; so do proper names."""
    return any(ch.isupper() for ch in phrase)


@attrs.frozen
class Closed:
    """The grammar words of grammar.toml in the forms the rules test them in."""

    terminal: tuple[str, ...]
    soft_endings: frozenset[str]
    list_markers: tuple[str, ...]
    list_ordinals: frozenset[str]
    quotes: dict[str, str]  # opening mark: closing mark
    closing_quotes: str  # every closing mark
    opening_quotes: str  # every opening mark
    particles: tuple[str, ...]
    name_particles: frozenset[str]  # the particles, lower case: "al", "bin"
    name_noise: frozenset[str]
    post_nominals: frozenset[str]
    kept_styles: tuple[str, ...]  # with their space: "Sheikh "
    body_stopwords: frozenset[str]  # as written
    name_openers: frozenset[str]  # small words opening a name after an office: "To"
    patronymics: frozenset[str]  # particles before a father's name, lower case: "bin"
    sourcing: tuple[str, ...]  # after a name, with a space before: " learned from"
    sourced_from: tuple[str, ...]  # before a name, lower case: "learned from"
    documents: tuple[str, ...]  # after a verb, with a space before: " a statement"
    masculine: tuple[str, ...]  # styles of a man, lower case, with their space: "mr. "
    feminine: tuple[str, ...]  # styles of a woman, lower case, with their space: "ms. "
    masculine_owning: tuple[str, ...]  # with a space before and after: " for his "
    feminine_owning: tuple[str, ...]  # with a space before and after: " for her "
    determiners: tuple[str, ...]  # with their space: "the ", "The "
    # the words that open a group's phrase where it counts as one anywhere, lower case:
    # the determiners without their space and the quantifiers ("all", "both")
    counting: frozenset[str]
    organisation: frozenset[str]
    regions: frozenset[str]  # casefolded: "Africa", "Europe"
    of: tuple[tuple[str, ...], ...]  # as word lists: ("of",), ("of", "the")
    origin: tuple[tuple[str, ...], ...]  # as word lists: ("from",), ("from", "the")
    of_for: tuple[tuple[str, ...], ...]  # "of" and "for": "Minister for Foreign Affairs"
    posted: tuple[tuple[str, ...], ...]  # "for", "to": "Ambassador to China"
    states: frozenset[str]  # in lower case: "republic" ("the President of the Republic")
    serving: frozenset[str]  # in lower case: "to the"
    serving_ends: frozenset[str]  # their last words: "the"
    subordinate: frozenset[str]  # in lower case: "vice", "deputy"
    joining: frozenset[str]
    joining_words: tuple[str, ...]  # the joining words, a space on each side: " and "
    office_dashes: frozenset[str]  # dashes that join one person's offices
    guest_words: frozenset[str]  # in lower case: "visiting"
    portraits: tuple[str, ...]  # with their space: " photo"
    before_people: frozenset[str]
    whereabouts: frozenset[str]  # "from" after a person: where that one was
    addressed: frozenset[str]
    object_pronouns: frozenset[str]  # in lower case: "him", "her"
    partners: tuple[str, ...]  # in lower case, a space on each side: " with "
    locative: frozenset[str]  # words before a place: "in"
    accompanying: tuple[str, ...]  # with their spaces: " with "
    royal_styles: frozenset[str]  # a monarch's styles, lower case: "his majesty"
    royal_offices: frozenset[str]  # a monarch's offices, lower case: "king"
    consorts: frozenset[str]  # the offices of a leader's spouse, as in titles.txt
    fronted_passives: tuple[str, ...]  # in lower case: "attention was paid"
    predicative: frozenset[str]
    incoming: frozenset[str]
    call_nouns: frozenset[str]
    call_owners: frozenset[tuple[str, ...]]  # as word lists in lower case: ("for", "his")
    placing: frozenset[str]  # "placed", "made": the call was placed by someone
    readout: tuple[str, ...]
    joined: tuple[str, ...]
    joined_verbs: tuple[str, ...]  # with a space after: "joined "
    joined_ended: tuple[str, ...]  # the engagement understood: "attended."
    joined_along: tuple[str, ...]  # "attended, along with"
    joined_by: re.Pattern[str]  # "was joined by ", "Also participating from the U.S. side were "
    joined_by_heads: tuple[str, ...]  # what each opens with, in lower case: "also participating"
    agent: tuple[str, ...]  # in lower case, a space on each side: " by "
    infinitives: tuple[str, ...]  # in lower case, a space on each side: " to be "
    request_openers: tuple[tuple[str, ...], ...]  # as word lists: ("in", "response", "to")
    request_sources: tuple[str, ...]  # in lower case, a space on each side: " came from "
    asked_for: tuple[str, ...]  # in lower case, a space on each side: " for "
    reflexive: frozenset[str]  # in lower case: "own"
    owner_after: frozenset[str]
    # the words of a clause of another engagement (", following "), or of the occasion
    # the engagement took place at (the group "venue": " during ")
    occasion: re.Pattern[str] | None
    passive: tuple[str, ...]  # with their space: "was "
    present_passive: tuple[str, ...]
    stative: frozenset[str]  # "committed": "is committed to" is a state
    copulas: tuple[str, ...]
    copula_adverbs: tuple[str, ...]
    adverb_endings: tuple[str, ...]
    not_adverbs: frozenset[str]
    copula_endings: tuple[str, ...]  # the last word of each copula: "was", "remains"
    noun_verbs: tuple[tuple[str, ...], ...]
    existential: tuple[tuple[str, ...], ...]  # "there was" before an act no one performs
    happened: tuple[str, ...]  # "took place" after one
    light_verbs: tuple[str, ...]  # with "to" after them: "took the opportunity to"
    # before a verb in -ing, at the end of what precedes it: "began by", "opened the
    # session by"; and the last word of each, a cheap test before the pattern's
    gerund_opener: re.Pattern[str]
    gerund_ends: tuple[str, ...]
    relatives: tuple[str, ...]  # after a comma, with their space: ", who "
    object_relatives: tuple[str, ...]  # after a comma, with their space: ", which "
    subject_relatives: tuple[str, ...]  # after a comma, with their space: ", who "
    relative_endings: frozenset[str]  # the last two characters of each: "h "
    articles: frozenset[str]
    indefinite: frozenset[str]
    name_words: frozenset[str]
    perfect: frozenset[str]
    recalled: frozenset[str]  # words that open or close a clause of a time gone by
    recalled_pointers: frozenset[str]  # "that" of "During that visit,"
    recalled_occasions: frozenset[str]  # "visit" of "During that visit,"
    placeholders: frozenset[str]  # subjects a copula names: "this", "it"
    entourages: frozenset[str]  # what a leader brings to the engagement: "delegation"
    bestowing: frozenset[str]  # verbs that give a person a thing: "present"
    bestowed_with: tuple[str, ...]  # in lower case, a space on each side: " with "
    present: frozenset[str]
    given_offices: frozenset[str]
    courtesy_offices: frozenset[str]
    modals: frozenset[str]
    infinitive: frozenset[str]  # the mark of an infinitive: "to"
    apposing: frozenset[str]
    met_later: tuple[str, ...]  # in lower case, a space on each side: " met "
    in_turn: tuple[str, ...]  # in lower case
    met_with: tuple[str, ...]
    met_through: tuple[str, ...]  # in lower case, a space on each side: " held "
    met_by: tuple[str, ...]  # in lower case, a space on each side: " received "
    met_in: tuple[str, ...]  # in lower case: "in his"
    along_with: frozenset[str]  # in lower case
    as_well_as: frozenset[str]  # in lower case
    recency: frozenset[str]  # in lower case, single words
    # after a joining word, lower case, longest first, a space after: "and senior officials "
    unnamed_joiners: tuple[str, ...]
    behalf: frozenset[str]  # in lower case
    hospitality: frozenset[str]  # meals and receptions, in lower case
    mourned_links: frozenset[str]  # "of" of "the funeral of X"
    bygone: frozenset[str]  # "former", "late", in lower case
    losses: frozenset[str]  # in lower case
    everyone: frozenset[str]  # in lower case
    bare_pairs: frozenset[str]  # in lower case
    plural_endings: tuple[str, ...]
    subordinators: frozenset[str]
    time_nouns: frozenset[str]  # in lower case
    after_initials: frozenset[str]
    arrivals: tuple[str, ...]
    processes: frozenset[str]
    content_openers: tuple[str, ...]
    adding: tuple[str, ...]
    adjuncts: frozenset[str]
    according: tuple[str, ...]
    # the words around a speaker that attribute what follows, split at the speaker, the
    # first with its space: ("in ", "view"), ("as ", "put it")
    according_around: tuple[tuple[str, str], ...]
    background: tuple[str, ...]  # with a space before: " last week"
    own: frozenset[str]
    own_nouns: frozenset[str]
    adversary_nouns: frozenset[str]
    month_first: frozenset[str]  # country codes

    def object_relative(self, text: str, start: int) -> str | None:
        """The relative pronoun, with its comma, that ends right before the subject at
        ``start`` and stands for the verb's object (", which "), or None."""
        if text[start - 2 : start] not in self.relative_endings:
            return None  # the commonest case: no pronoun's last letter before the subject
        return next(
            (
                r
                for r in self.object_relatives
                if text[max(0, start - len(r)) : start].casefold() == r
            ),
            None,
        )

    def before_article(self, text: str, start: int, reach: int) -> list[str]:
        """The words of ``text`` within ``reach`` before ``start``, in lower case, past an
        article right before it: "... at the" gives [..., "at"]."""
        words = text[max(0, start - reach) : start].casefold().split()
        if words and words[-1] in self.articles:
            words.pop()
        return words

    def located(self, text: str, start: int) -> bool:
        """Whether what starts at ``start`` stands where a place does, after "in" or "at"
        and perhaps an article: "at the King David Hotel", "in New York"."""
        words = self.before_article(text, start, 12)
        return bool(words) and words[-1] in self.locative

    def passive_before(self, text: str, position: int) -> bool:
        """Whether a passive's auxiliary ends right before ``position``, a word of its own
        ("was called"; not the "is " of "Harris called", the "be " of "Abe called")."""
        low = max(0, position - 12)
        if not text.endswith(self.passive, low, position):
            return False  # one test for them all: most verbs have none before them
        for auxiliary in self.passive:
            at = position - len(auxiliary)
            if text.endswith(auxiliary, low, position) and (at == 0 or not text[at - 1].isalnum()):
                return True
        return False

    def pronoun_object(self, text: str, end: int, closing: bool = True) -> bool:
        """Whether a pronoun for a person closes the clause right after a verb that ends at
        ``end``: "X, who called her.", "... called him, and ..."; or, not ``closing``, is
        its object with no "to" after it that would make the verb an urging: "who called on
        him today"."""
        after = text[end : end + 12].split(maxsplit=1)
        if not after:
            return False
        word = after[0].rstrip(".,;:!?")
        if word.casefold() not in self.object_pronouns:
            return False
        if word != after[0] or len(after) == 1:
            return True
        return not closing and after[1].split(maxsplit=1)[0] != "to"

    def naming(self, text: str, end: int) -> bool:
        """Whether what follows a verb's object at ``end`` names what the object is, as a
        quotation or with an indefinite article: "called Canada "a true friend"", "called
        the Prime Minister a close friend"."""
        after = text[end : end + 12].split(maxsplit=1)
        return bool(after) and (
            after[0][0] in self.opening_quotes or after[0].casefold() in self.indefinite
        )

    @classmethod
    def of_words(cls, words: Words) -> Closed:
        def lower(items: tuple[str, ...]) -> frozenset[str]:
            return frozenset(item.casefold() for item in items)

        def spaced(items: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(f"{item} " for item in items)

        return cls(
            terminal=words.terminal,
            soft_endings=lower(words.soft_endings),
            list_markers=words.list_markers,
            list_ordinals=lower(words.list_ordinals),
            quotes={pair[0]: pair[1:] or pair[0] for pair in words.quotes},
            closing_quotes="".join(pair[1:] or pair[0] for pair in words.quotes),
            opening_quotes="".join(pair[0] for pair in words.quotes),
            particles=words.particles,
            name_particles=lower(words.particles),
            name_noise=lower(words.particles + words.noise + words.post_nominals),
            post_nominals=frozenset(words.post_nominals),
            kept_styles=tuple(f"{w} " for w in words.kept_styles),
            body_stopwords=frozenset(words.body_stopwords),
            name_openers=frozenset(words.name_openers),
            patronymics=lower(words.patronymics),
            sourcing=tuple(f" {w}" for w in words.sourcing),
            sourced_from=tuple(w.casefold() for w in words.sourced_from),
            documents=tuple(f" {w}" for w in words.documents),
            masculine=tuple(f"{w.casefold()} " for w in words.masculine),
            feminine=tuple(f"{w.casefold()} " for w in words.feminine),
            masculine_owning=tuple(f" {w} " for w in words.masculine_owning),
            feminine_owning=tuple(f" {w} " for w in words.feminine_owning),
            determiners=spaced(tuple(d for w in words.determiners for d in (w, w.capitalize()))),
            counting=lower(words.determiners + words.quantifiers),
            organisation=lower(words.organisation),
            regions=lower(words.regions),
            of=tuple(tuple(phrase.split()) for phrase in words.of),
            origin=tuple(tuple(phrase.split()) for phrase in words.origin),
            of_for=tuple(tuple(phrase.split()) for phrase in words.of + words.portfolio_of),
            posted=tuple(tuple(phrase.split()) for phrase in words.posted),
            states=lower(words.states),
            serving=lower(words.serving),
            serving_ends=frozenset(w.casefold().split()[-1] for w in words.serving),
            subordinate=lower(words.subordinate),
            joining=lower(words.joining),
            joining_words=tuple(f" {w.casefold()} " for w in words.joining if w.isalpha()),
            office_dashes=frozenset(words.office_dashes),
            guest_words=lower(words.guest_words),
            portraits=tuple(f" {p.casefold()}" for p in words.portraits),
            before_people=lower(words.before_people),
            whereabouts=lower(words.whereabouts),
            addressed=lower(words.addressed),
            object_pronouns=lower(words.object_pronouns),
            partners=tuple(f" {w.casefold()} " for w in words.partners),
            locative=lower(words.locative),
            accompanying=tuple(f" {w} " for w in words.accompanying),
            royal_styles=lower(words.royal_styles),
            consorts=frozenset(words.consorts),
            fronted_passives=tuple(p.casefold() for p in words.fronted_passives),
            royal_offices=lower(words.royal_offices),
            predicative=lower(words.predicative),
            incoming=lower(words.incoming),
            call_nouns=lower(words.call_nouns),
            call_owners=frozenset(tuple(o.casefold().split()) for o in words.call_owners),
            placing=lower(words.placing),
            readout=tuple(r.casefold() for r in words.readout),
            joined=tuple(j.casefold() for j in words.joined),
            joined_verbs=tuple(f"{j.casefold()} " for j in words.joined),
            joined_ended=tuple(f"{j.casefold()}." for j in words.joined),
            joined_along=tuple(
                f"{j.casefold()}, {a.casefold()}" for j in words.joined for a in words.along_with
            ),
            joined_by=re.compile(
                "|".join(
                    # a few words, not past the end of a sentence ("from the U.S. side")
                    r"(?:\s(?:(?!\.\s+(?-i:[A-Z]))[^\n]){0,40}?)?\s".join(
                        map(re.escape, phrase.split(" * "))
                    )
                    for phrase in words.joined_by
                )
                + r"\s",
                re.IGNORECASE,
            ),
            joined_by_heads=tuple(
                dict.fromkeys(p.split(" * ")[0].casefold() for p in words.joined_by)
            ),
            agent=tuple(f" {w.casefold()} " for w in words.agent),
            infinitives=tuple(f" {w.casefold()} " for w in words.infinitives),
            request_openers=tuple(tuple(o.casefold().split()) for o in words.request_openers),
            request_sources=tuple(f" {w.casefold()} " for w in words.request_sources),
            asked_for=tuple(f" {w.casefold()} " for w in words.asked_for),
            reflexive=lower(words.reflexive),
            owner_after=lower(words.owner_after),
            occasion=re.compile(
                rf",?\s(?:(?P<venue>{_alternatives(words.venues)})"
                rf"|{_alternatives(words.occasions)})\s",
                re.IGNORECASE,
            )
            if words.occasions or words.venues
            else None,
            passive=spaced(words.passive),
            present_passive=spaced(words.present_passive),
            stative=lower(words.stative),
            copulas=words.copulas,
            copula_adverbs=words.copula_adverbs,
            adverb_endings=words.adverb_endings,
            not_adverbs=lower(words.not_adverbs),
            copula_endings=tuple({c.split()[-1] for c in words.copulas}),
            noun_verbs=tuple(tuple(v.split()) for v in words.noun_verbs),
            existential=tuple(tuple(v.split()) for v in words.existential),
            happened=tuple(words.happened),
            light_verbs=tuple(f"{v} to " for v in words.light_verbs),
            gerund_opener=re.compile(
                r"(?<!\S)(?:"
                + "|".join(
                    # a "*" stands for a word or three: "began the meeting by"
                    r"(?:\s+\S+){1,3}?\s+".join(map(re.escape, o.split(" * ")))
                    for o in words.gerund_openers
                )
                + r")\Z"
            ),
            gerund_ends=tuple(sorted({f" {o.split()[-1]}" for o in words.gerund_openers})),
            relatives=tuple(f", {r.casefold()} " for r in words.relatives),
            object_relatives=tuple(f", {r.casefold()} " for r in words.object_relatives),
            subject_relatives=tuple(f", {r.casefold()} " for r in words.subject_relatives),
            relative_endings=frozenset(
                f"{r[-1]} " for w in words.object_relatives for r in (w.casefold(), w.upper())
            ),
            articles=lower(words.articles),
            indefinite=lower(words.indefinite),
            name_words=frozenset(words.name_words),
            perfect=lower(words.perfect),
            recalled=lower(words.recalled),
            recalled_pointers=lower(words.recalled_pointers),
            recalled_occasions=lower(words.recalled_occasions),
            placeholders=lower(words.placeholders),
            entourages=lower(words.entourages),
            bestowing=lower(words.bestowing),
            bestowed_with=tuple(f" {w.casefold()} " for w in words.bestowed_with),
            present=lower(words.present),
            given_offices=frozenset(words.given_offices),
            courtesy_offices=frozenset(words.courtesy_offices),
            modals=lower(words.modals),
            infinitive=lower(words.infinitive),
            apposing=lower(words.apposing),
            met_later=tuple(f" {w.casefold()} " for w in words.met_later),
            in_turn=tuple(w.casefold() for w in words.in_turn),
            met_with=tuple(w.casefold() for w in words.met_with),
            met_through=tuple(f" {w.casefold()} " for w in words.met_through),
            met_by=tuple(f" {w.casefold()} " for w in words.met_by),
            met_in=tuple(w.casefold() for w in words.met_in),
            along_with=lower(words.along_with),
            as_well_as=lower(words.as_well_as),
            recency=lower(words.recency),
            unnamed_joiners=tuple(
                sorted(
                    (
                        f"{j.casefold()} {w.casefold()} "
                        for j in words.joining
                        if j.isalpha()
                        for w in words.unnamed_joiners
                    ),
                    key=len,
                    reverse=True,
                )
            ),
            behalf=lower(words.behalf),
            hospitality=lower(words.hospitality),
            mourned_links=lower(words.mourned_links),
            bygone=lower(words.bygone),
            losses=lower(words.losses),
            everyone=lower(words.everyone),
            bare_pairs=lower(words.bare_pairs),
            plural_endings=words.plural_endings,
            subordinators=lower(words.subordinators),
            time_nouns=lower(words.time_nouns),
            after_initials=lower(words.after_initials),
            arrivals=tuple(a.casefold() for a in words.arrivals),
            processes=lower(words.processes),
            content_openers=words.content_openers,
            adding=words.adding,
            adjuncts=frozenset(words.adjuncts),
            according=tuple(a.casefold() for a in words.according),
            according_around=tuple(
                (f"{before.strip()} ", after.strip())
                for before, _, after in (
                    a.casefold().partition("{}") for a in words.according_around
                )
            ),
            background=tuple(f" {b.casefold()}" for b in words.background),
            own=lower(words.own),
            own_nouns=lower(words.own_nouns),
            adversary_nouns=lower(words.adversary_nouns),
            month_first=frozenset(words.month_first),
        )


@attrs.frozen(eq=False)
class Grammar:
    """Compiled patterns and the lexicon, for one vocabulary."""

    vocabulary: Vocabulary
    words: Closed
    exact: dict[str, Entry]  # case-sensitive phrases: countries, honorific initials
    folded: dict[str, Entry]  # everything else, keyed by casefold
    shouted: dict[str, Entry]  # countries again, for ALL-CAPS headlines
    # The phrase patterns, for texts without the letters of CASE_EXTRAS: lex a text with
    # the grammar for_text() gives.
    lexer: Any  # a lexeme after the character before it, or a quotation mark or possessive
    lexeme: Any  # a phrase or a name, where a word starts
    folded_phrase: Any  # the case-insensitive phrases alone: a longer one than an exact match
    title_ranks: dict[str, int]  # an office's seniority: its place in titles.txt
    given_names: dict[str, str]  # a given name -> "he" or "she" (data/given_names.tsv)
    title_kin: frozenset[tuple[str, str]]  # offices of one kind, in lower case, both ways
    office_countries: dict[str, str]  # an office one government alone has -> its code
    digit: Any  # any digit: a cheap test before the date and time patterns
    title_suffixes: frozenset[str]
    stopwords: frozenset[str]
    calendar: frozenset[str]
    gap: Any
    sentence_end: Any
    dateline: Any
    dateline_marks: Any  # what every dateline holds: a bracket, a slash, a dash or a colon
    source_tag: Any
    label: Any
    capture: Any
    caption: Any
    bare_name: Any
    dates: Any  # a date expression, at the start of the string
    dates_after: Any  # the character before a date expression, and the expression
    clock: Any
    digit_runs: Any  # runs of digits as ``clock`` reads them: where a time can start
    duration: Any
    part_of_day: Any
    topics: TopicGrammar
    abbreviations: frozenset[str]
    chrome_lines: frozenset[str]
    chrome_labels: frozenset[str]  # lines whose next line is their value: "from:"
    chrome_prefixes: tuple[str, ...]
    chrome_opening: Any  # any of chrome_prefixes, at the start: one match instead of a test each
    chrome_suffixes: tuple[str, ...]
    chrome_contains: tuple[str, ...]
    chrome_tails: frozenset[str]
    prefaces: tuple[str, ...]
    issuers: Any
    issuer_codes: dict[str, str]
    relay_offices: frozenset[str]
    portfolios: frozenset[str]  # casefolded, with the regions
    past_tense: frozenset[str]
    pairings: frozenset[str]
    relay: Any
    capitals: dict[str, str]
    adjectives: frozenset[str]  # demonyms that name no country as well: "Russian", not "U.S."
    numbers: dict[str, float]
    parts_of_day: dict[str, str]
    time_words: dict[str, TimeWord]
    case_extras: bool = False  # whether the phrase patterns match the letters of CASE_EXTRAS

    def for_text(self, text: str) -> Grammar:
        """The grammar to lex ``text`` with. A case-insensitive phrase matches a letter
        in its capital and small forms; a text that also holds one of the few letters
        beyond ASCII that match one when case is ignored (:data:`CASE_EXTRAS`: "İ", "ı",
        "ſ", the Kelvin sign) gets a grammar whose phrase patterns match them too, made
        on first need and kept. Written into every grammar, they would make its phrase
        patterns slower to match (:func:`_caseless`)."""
        if self.case_extras or not _has_case_extras(text):
            return self
        return _with_case_extras(self)

    def date_matches(self, text: str, start: int, end: int) -> Iterator[tuple[int, Any]]:
        """Every date expression of ``text[start:end]`` and where it starts, as
        ``finditer`` would give them: non-overlapping, in text order, each after a
        character that is no letter or digit ("." neither, before figures), or at the
        start of the text."""
        position = start - 1
        if start == 0:
            m = self.dates.match(text, 0, end)
            if m is not None:
                yield 0, m
                position = m.end() - 1
            else:
                position = 0
        search = self.dates_after.search
        while True:
            m = search(text, position, end)
            if m is None:
                return
            yield m.start() + 1, m
            # the last character of an expression may come before the next one
            position = m.end() - 1

    def lexer_matches(self, text: str) -> Iterator[Any]:
        """Every match of the phrase, name, quotation mark and possessive patterns in
        ``text``, non-overlapping, in text order; a phrase or name at the start of the
        text or right after a name ending in a point ("J.Trump") included, which the
        lexer pattern, starting with the character before, would miss."""
        phrases = self.for_text(text)
        position = 0
        while position < len(text):
            if position == 0 or not _is_word(text[position - 1]):
                m = phrases.lexeme.match(text, position)
                if m is not None:
                    yield m
                    position = m.end()
                    continue
            for m in phrases.lexer.finditer(text, position):
                yield m
                position = m.end()
                if (
                    m.lastgroup == "name"
                    and position < len(text)
                    and not _is_word(text[position - 1])
                    and _is_word(text[position])
                ):
                    break
            else:
                return

    def adverb(self, word: str) -> bool:
        """Whether ``word`` is an adverb: one of the lexicon, or a word in lower case of an
        adverb's ending ("unequivocally"), but for the words that only look like one."""
        entry = self.lookup(word)
        if entry is not None:
            return entry.adverb
        words = self.words
        return (
            word.islower()
            and len(word) > 4
            and word.endswith(words.adverb_endings)
            and word.isalpha()
            and word not in words.not_adverbs
        )

    def ends_like_body(self, name: str) -> bool:
        """Whether ``name`` ends with the word of a body or portfolio, the last of hyphened
        words too: "Central Committee", "World Bank", "Foreign Affairs", "Indo-Pacific"."""
        last = name.rsplit(None, 1)[-1] if name.strip() else ""
        return last.rpartition("-")[2].casefold() in self.portfolios

    def gender(self, name: str) -> str | None:
        """ "he" or "she", where the given names among the words of ``name`` say one and
        not both (data/given_names.tsv): "Giorgia Meloni", "Tsai Ing-wen"."""
        names = self.given_names
        said = {names[word] for word in name.split() if word in names}
        return said.pop() if len(said) == 1 else None

    def lookup(self, phrase: str) -> Entry | None:
        """The lexicon entry for a phrase as written, if any."""
        entry = self.exact.get(phrase)
        if entry is not None:
            return entry
        entry = self.folded.get(phrase.casefold())
        if entry is None and len(phrase) > 3 and phrase.isupper():
            entry = self.shouted.get(phrase.casefold())
        return entry


def _alternatives(phrases: tuple[str, ...]) -> str:
    """A pattern of any of ``phrases``, matching none when there are none."""
    return "|".join(re.escape(p) for p in phrases) or "(?!)"


@functools.cache
def calendar_names() -> parserinfo:
    """python-dateutil's names of months and weekdays. Its parser module is imported on
    first use, not with the package: it loads time-zone support no parse needs."""
    from dateutil.parser import parserinfo

    return parserinfo()


@functools.lru_cache(maxsize=8)
def compile_grammar(vocabulary: Vocabulary) -> Grammar:
    """The grammar for ``vocabulary``, compiled once and cached."""
    import regex

    flags = regex.VERBOSE | regex.VERSION1
    exact: dict[str, Entry] = {}
    folded: dict[str, Entry] = {}
    shouted: dict[str, Entry] = {}

    def add(phrase: str, **fields: Any) -> None:
        for spelling in _apostrophes(phrase):
            # countries and styles with a capital match as written, but a style of several
            # words in any case ("may God assist Him", "his excellency"): "HE" is no "he"
            exact_kind = "countries" in fields or ("honorific" in fields and " " not in spelling)
            if exact_kind and _is_case_sensitive(spelling):
                _merge(exact, spelling, **fields)
                _merge(shouted, spelling.casefold(), **fields)
            else:
                _merge(folded, spelling.casefold(), **fields)

    for title in vocabulary.titles:
        add(title, title=title)
        add(_plural(title), title=title, plural=True)
    for other, title in vocabulary.title_abbreviations:
        if other.isupper() or " " not in other:
            _merge(exact, other, title=title)  # "PM": only as written
        else:
            add(other, title=title)  # "Minister of Foreign Affairs": another name for it
            add(_plural(other), title=title, plural=True)
    for modifier in vocabulary.title_modifiers:
        if not modifier.startswith("-"):
            add(modifier, modifier=True)
    for honorific in vocabulary.honorifics:
        add(honorific, honorific=True)
    for country in vocabulary.countries:
        for name in country.names:
            add(name, countries=(country.code,))
        for demonym in country.demonyms:
            add(demonym, countries=(country.code,), demonym=True)
    for reference in vocabulary.references:
        add(reference.phrase, reference=reference.kind)
    grammar_words = vocabulary.words
    for verb in vocabulary.verbs:
        for written, form in verb.forms().items():
            _add_verb(folded, written, verb, form, add)
            verb_word, space, particle = written.rpartition(" ")
            if space and " " not in verb_word and particle in grammar_words.split_particles:
                # "spoke at length about": the verb and its particle, parted
                for splitter in grammar_words.particle_splitters:
                    add(f"{verb_word} {splitter} {particle}", verb=verb, form=form, split=True)
    cues: dict[str, tuple[EngagementCue, ...]] = {}
    for cue in vocabulary.engagements:
        add(cue.phrase, engagement=(cue,))
        cues[cue.phrase.casefold()] = (*cues.get(cue.phrase.casefold(), ()), cue)
    for reference in vocabulary.references:
        if reference.kind != "engagement":
            continue
        # the engagement named as a subject ("The call was placed by ...") is still a call
        words = reference.phrase.casefold().split()
        heads = (" ".join(words[i:]) for i in range(1, len(words)))
        head = next((h for h in heads if h in cues), None)
        if head is not None:
            add(reference.phrase, engagement=cues[head])
    for adverb in vocabulary.adverbs:
        add(adverb, adverb=True)
    for word, passive in vocabulary.auxiliaries:
        add(word, auxiliary=True, passive=passive)
    for time_word in vocabulary.time_words:
        add(time_word.phrase, time=time_word)

    info = calendar_names()
    months = sorted({name for pair in info.MONTHS for name in pair} | {"Sept"})
    weekdays = sorted({pair[1] for pair in info.WEEKDAYS})
    capitals = {city.casefold(): c.code for c in vocabulary.countries for city in c.capitals}
    country_names = {name for c in vocabulary.countries for name in c.names}
    adjectives = frozenset(
        d for c in vocabulary.countries for d in c.demonyms if d not in country_names
    )
    stopwords = frozenset(vocabulary.stopwords) | frozenset(weekdays)
    suffixes = _title_suffixes(vocabulary)

    gap = regex.compile(
        r"""
        (?:
            \s+ | , | -- | [–—] | ["“]                       # spacing, punctuation, a quote
          | (?<!\w)(?:\L<adverbs>)(?!\w)                     # "also", "once again"
          | (?<!\w)(?!(?:\L<not_adverbs>)(?!\w))(?-i:\p{Ll}{2,}(?:\L<adverb_endings>))(?!\w)
                                                            # "unequivocally"
          | (?<!\w)(?:\L<auxiliaries>)(?!\w)                 # "has", "was"
          | (?<!\w)(?:on\s+|last\s+|this\s+)?(?:\L<weekdays>)
            (?:\s+(?:morning|afternoon|evening|night))?(?!\w)
                                                            # "on Tuesday", "Wednesday afternoon"
          | (?<!\w)(?:\L<time_words>)(?!\w)                  # "today", "this evening"
          | (?<!\w)(?:on\s+)?(?:\L<months>)\.?\s+\d{1,2}(?:,?\s+\d{4})?(?!\w)
                                                            # "on December 20, 2019"
          | (?<!\w)(?:on\s+)?\d{1,2}\s+(?:\L<months>)(?:\s+\d{4})?(?!\w)
                                                            # "on 20 December", "today, 18
                                                            # August 2023,"
          | \([^()\n]{0,80}\)                                # a parenthesis: "(R)", "(US)"
          | (?<!\w)May\s+(?:God|Allah)\s+\w+\s+Him(?!\w)     # royal formula: "May God Assist Him"
          | (?<!\w)(?:in\s+(?:the|a)\s+)?(?:phone|telephone|video)\s+
            (?:talks?|call|conversation)(?!\w)
        )*+                                 # possessive: a failing run is not retried in parts
        """,
        flags | regex.IGNORECASE,
        adverbs=list(vocabulary.adverbs),
        adverb_endings=list(vocabulary.words.adverb_endings),
        not_adverbs=list(vocabulary.words.not_adverbs),
        auxiliaries=[word for word, _ in vocabulary.auxiliaries],
        weekdays=weekdays,
        time_words=[t.phrase for t in vocabulary.time_words],
        months=months,
    )
    # The standard library's re, with the regex module's letters, digits and spacing:
    # a pattern that opens with its stops is scanned for them, not tried everywhere.
    unicode = _unicode_classes()
    sentence_end = re.compile(
        r"""
        (?P<stop>[.!?](?<![.!?].)[.!?]*)   # a run of stops, tried once, from its start
        (?:
            (?P<close>["'”’“»)\]]*)SPACE+(?=(?:["'“‘„(\[]|«SPACE?)?(?:UPPER|DIGIT))
                                                            # ". The", ".” He", "? 2", ". 'We",
                                                            # ". « Nous", ".“ Wir"
          | (?<=LOWER{2}\.)(?P<glued>)(?=UPPER LOWER)      # "Federation.Prime": no space
        )
        """.replace("SPACE", unicode["space"])
        .replace("UPPER", unicode["upper"])
        .replace("LOWER", unicode["lower"])
        .replace("DIGIT", unicode["digit"]),
        re.VERBOSE,
    )
    dateline = regex.compile(
        r"""
        (?:(?:\L<agencies>),\ )?                              # its agency first: "Xinhua, Hanoi,"
        (?P<city>\p{Lu}[\p{Lu}.'’-]{1,30}(?:[\ /]\p{Lu}[\p{Lu}.'’-]{1,30}){0,4}
                                                            # BEIJING, MOSCOW/BEIJING; five words
                                                            # of 31 letters at most: backtracking
                                                            # over a longer run is quadratic
            (?:,\ \p{Lu}[\p{Lu}.'’-]{1,30}(?:\ \p{Lu}[\p{Lu}.'’-]{1,30})?(?=,)
                                                            # its province: "OTTAWA, ONTARIO,"
              |,\ (?:\L<countries>)(?=,))?                  # or country: "NUSA DUA, Indonesia,"
           |(?i:\L<capitals>)                                      # or a capital: "Delhi"
           |(?P<place>\p{Lu}\p{Ll}{1,30}
              (?:(?:[\ -]|\ (?:\L<particles>)\ )\p{Lu}\p{Ll}{1,30}){0,2}))
                                                            # or any place in title case,
                                                            # "Jeddah", with a date or an agency
                                                            # (the segmenter checks)
        (?:\s*,\s*[\p{L}'’\ -]{3,30}\ \d{1,2},\s*1[34]\d\d(?!\d))?
                                                            # a date of the Hijri calendar
                                                            # first: ", Rajab 02, 1445"
        (?:\s*,\s*(?:\L<weekdays>)(?=\s*,))?                   # a weekday: ", Thursday, 13 April"
        (?:\s*,\s*(?P<date>(?:[^()\n,:/]|(?<=\d)/(?=\d)){3,30}?(?:,\s*(?:19|20)\d\d)?))?
                                                            # ", Dec. 15, 2019", ", 14/03/2025"
        \.?\s*(?:,\s*)?                                     # not \s*,?\s*: quadratic on spaces
        (?:
            (?:\((?P<agency>[^()\n]{1,80})\)|/(?P<slash>\p{Lu}{2,10})/\.?)   # "(Xinhua)", "/TASS/."
            \s*(?P<agency_dash>--|—|–|-|:)?
          | (?P<bare>\p{Lu}{2,10})\s*(?:--|—|–)                  # ", SPA --"
          | (?:--|—|–|-|:)                                          # "BEIJING -", "BEIJING:"
        )
        \s+
        """,
        flags,
        capitals=sorted({city for c in vocabulary.countries for city in c.capitals}),
        countries=sorted({name for c in vocabulary.countries for name in c.names}),
        weekdays=weekdays,
        agencies=list(vocabulary.words.agencies),
        particles=list(vocabulary.words.place_particles),
    )
    source_tag = regex.compile(r"\((?P<agency>[^()\n]{2,60})\)\s+(?=\p{Lu})", flags)
    capture = regex.compile(r"\s*date\s+(?P<stamp>\d{4}-\d{2}(?:-\d{2})?)(?:\s+|$)", flags)
    caption = regex.compile(
        r"""
        \((?:[\p{L} ]{2,30}/[^()\n]{2,60}|Photo\ by\ [^()\n]{2,60}|Photo:[^()\n]{2,60})\)\s*$
                                                        # "(Xinhua/Zhang Ling)", "(Photo by ...)"
        """,
        flags,
    )
    bare_name = regex.compile(
        r"^(?:\p{Lu}[\p{L}\p{M}\'’-]*\.?\s+){1,3}\p{Lu}[\p{L}\p{M}\'’-]*(?:,\s+(?:Jr|Sr)\.)?$",
        flags,
    )
    label = regex.compile(
        r"""
        (?P<label>Q|A|\p{Lu}\p{Ll}+(?:\ \p{Lu}\p{Ll}+){1,2})    # "Q", "Zhao Lijian"
        :\s+(?=\p{Lu})
        """,
        flags,
    )
    time_words = sorted(
        {v for t in vocabulary.time_words for v in (t.phrase, t.phrase.capitalize())}
    )
    # Every expression starts a word: ``dates_after`` takes the character before
    # it as its first, a character set the engine scans for quickly instead of
    # trying every position (a lookbehind there would be tried at each one);
    # ``dates`` is the same without it, for an expression that opens the string.
    # :meth:`Grammar.date_matches` runs the two as one search. Month and weekday names
    # are written as dateutil has them or in capitals ("SEPTEMBER 12, 2023").
    dates_body = (
        r"""
        (?:(?=\d)(?<!\.)(?:                                    # not after a word or "."
            (?P<iso>(?P<iso_y>(?:19|20)\d\d)-(?P<iso_m>[01]?\d)(?:-(?P<iso_d>[0-3]?\d))?)
            (?!(?!T\d)[\w-])                                 # 2021-12-16, 2021-02,
                                                            # 2021-12-16T10:30
          | (?P<cjk>(?P<cjk_y>\d{4})年(?P<cjk_m>\d{1,2})月(?:(?P<cjk_d>\d{1,2})日)?)
                                                            # 2018年05月08日
          | (?P<ymd>(?P<ymd_y>(?:19|20)\d\d)[/.](?P<ymd_m>[01]?\d)[/.](?P<ymd_d>[0-3]?\d))(?![\w/])
                                                            # 2024/04/05
          | (?P<dots>(?P<dots_d>[0-3]?\d)\.(?P<dots_m>[01]?\d)\.(?P<dots_y>(?:19|20)\d\d))(?!\w)
                                                            # 05.05.2021
          | (?P<slash>(?P<slash_a>[0-3]?\d)(?P<slash_s>[/-])(?P<slash_b>[0-3]?\d)(?P=slash_s)
                       (?P<slash_y>(?:19|20)\d\d))(?![\w/-])
                                                            # 1/25/2011, 14-03-2025
          | (?P<dmy>(?P<dmy_d>[0-3]?\d)(?:st|nd|rd|th)?UNTIL(?:\s+(?:of\s+)?|-)
                (?P<dmy_m>MONTHS)\b\.?
                (?:(?:,?\s+|-)(?P<dmy_y>(?:19|20)\d\d)(?!\d))?)  # 20 December 2019; 13th Jan,
                                                            # 2020; 26-27 January 2024 (the first
                                                            # day); 08-May-2025
        )
        | (?=[A-Z])(?:
            (?P<mdy>(?P<mdy_m>MONTHS)\.?\s*(?P<mdy_d>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)(?!:\d)UNTIL
                (?:,?\s+(?P<mdy_y>(?:19|20)\d\d)(?!\d))?)  # December 20, 2019; Dec. 20; November12;
                                                            # January 26-27, 2024 (the first day)
          | (?P<my>(?P<my_m>MONTHS)\s+(?P<my_y>(?:19|20)\d\d))(?!\d)   # February 2022
          | (?P<weekday>WEEKDAYS)\b                         # Tuesday
        )
        | (?P<relative>TIMEWORDS)\b                         # today, this evening
        )
        """.replace("UNTIL", _UNTIL)
        .replace("MONTHS", trie_pattern(months + [name.upper() for name in months]))
        .replace("WEEKDAYS", trie_pattern(weekdays + [name.upper() for name in weekdays]))
        .replace("TIMEWORDS", trie_pattern(time_words))
    )
    dates = re.compile(dates_body, re.VERBOSE)
    # what an expression can start with, tested before its alternatives are tried in turn
    openings = re.escape("".join(sorted({word[0] for word in time_words})))
    dates_after = re.compile(rf"[^\w](?=[\dA-Z{openings}])" + dates_body, re.VERBOSE)
    clock = regex.compile(
        r"""
        (?<![\w:.])(?P<hour>[0-2]?\d)(?:[:.](?P<minute>[0-5]\d))?\s*
        (?P<meridiem>[ap]\.?\s?m\.?(?!\w)|(?=\s+(?:Moscow|Beijing|local|GMT|UTC|[A-Z]{2,4}\b)))
                                                            # 10:20 p.m., 11:07 Moscow time
        | (?<![\w:.])(?P<hour24>[0-2]?\d)[:](?P<minute24>[0-5]\d)(?![\d:])   # 11:07
        """,
        flags,
    )
    numbers = dict(vocabulary.numbers)
    duration = regex.compile(
        r"""
        (?<!\w)(?:for|lasted|lasting|lasts)\s+
        (?P<approx>(?:approximately|about|around|nearly|almost|roughly|some|over|
                    more\ than|less\ than|
                    a\ little\ over|a\ little\ more\ than|just\ over|well\ over|close\ to)\s+)?
        (?P<amount>\d+(?:\.\d+)?|\L<numbers>)\s+(?P<unit>minutes?|hours?)(?P<half>\s+and\s+a\s+half)?(?!\w)
                                                            # for approximately 30 minutes
        | (?<!\w)(?P<amount2>\d+(?:\.\d+)?|\L<numbers>)[-\s](?P<unit2>minute|hour)(?:-long)?\s+
          (?:\L<nouns>)                                     # a 45-minute call
        """,
        flags | regex.IGNORECASE,
        numbers=list(numbers),
        nouns=[c.phrase for c in vocabulary.engagements if c.part == "noun"],
    )
    parts_of_day = dict(vocabulary.parts_of_day)
    part_of_day = regex.compile(
        r"""
        (?<!\w)(?:on\s+)?(?:the\s+)?(?P<part>\L<parts>)\s+of(?!\w)     # on the evening of
        | (?<!\w)(?:this|yesterday|\L<weekdays>)\s+(?P<part2>\L<parts>)(?!\w)  # Tuesday afternoon
        | (?<!\w)(?P<tonight>tonight)(?!\w)
        """,
        flags | regex.IGNORECASE,
        parts=list(parts_of_day),
        weekdays=weekdays,
    )
    topics = compile_topics(vocabulary)
    issuer_codes = dict(vocabulary.issuers)
    # names of several words in any case ("U.S. DEPARTMENT of STATE"); a short one only
    # as written ("MAP", not "site map")
    spaced = {name.casefold(): code for name, code in vocabulary.issuers if " " in name}
    issuers = re.compile(
        rf"(?<!\w)(?:{trie_pattern(issuer_codes)}|(?i:{trie_pattern(spaced)}))(?!\w)"
    )
    issuer_codes |= {name: code for name, code in spaced.items() if name not in issuer_codes}
    chrome = vocabulary.chrome

    def rules(kind: str) -> tuple[str, ...]:
        return tuple(rule.phrase.casefold() for rule in chrome if rule.kind == kind)

    return Grammar(
        vocabulary=vocabulary,
        words=Closed.of_words(vocabulary.words),
        exact=exact,
        folded=folded,
        shouted=shouted,
        **_phrase_patterns(vocabulary, exact, folded, _ascii_caseless),
        title_ranks={title: rank for rank, title in enumerate(vocabulary.titles)},
        given_names=dict(vocabulary.given_names),
        title_kin=frozenset(
            pair
            for one, other in vocabulary.title_kin
            for pair in ((one.casefold(), other.casefold()), (other.casefold(), one.casefold()))
        ),
        office_countries=dict(vocabulary.office_countries),
        digit=re.compile(r"\d"),
        title_suffixes=frozenset(suffixes),
        stopwords=stopwords,
        calendar=frozenset(months) | frozenset(weekdays),
        gap=gap,
        sentence_end=sentence_end,
        dateline=dateline,
        dateline_marks=re.compile(r"[(/\-—–:]"),
        source_tag=source_tag,
        label=label,
        capture=capture,
        caption=caption,
        bare_name=bare_name,
        dates=dates,
        dates_after=dates_after,
        clock=clock,
        digit_runs=regex.compile(r"\d+", flags),
        duration=duration,
        part_of_day=part_of_day,
        topics=topics,
        # an abbreviated given name ends no sentence either: "Ms. Ma. Theresa Lazaro"
        abbreviations=frozenset(vocabulary.abbreviations) | frozenset(vocabulary.words.abbreviated),
        chrome_lines=frozenset(rules("line")),
        chrome_labels=frozenset(rules("label")),
        chrome_prefixes=rules("prefix"),
        chrome_opening=re.compile(trie_pattern(rules("prefix")) or "(?!)"),
        chrome_suffixes=rules("suffix"),
        # a breadcrumb's mark between spaces: "Media Center > Documents"
        chrome_contains=rules("contains") + tuple(f" {mark} " for mark in rules("crumb")),
        chrome_tails=frozenset(rules("tail")),
        prefaces=rules("preface"),
        issuers=issuers,
        issuer_codes=issuer_codes,
        relay_offices=frozenset(r.casefold() for r in vocabulary.relays),
        portfolios=frozenset(p.casefold() for p in vocabulary.portfolios)
        | frozenset(r.casefold() for r in vocabulary.words.regions),
        past_tense=frozenset(vocabulary.past_tense),
        pairings=frozenset(vocabulary.pairings),
        relay=regex.compile(
            r"(?<!\w)(?:\L<relays>)\s*$", flags | regex.IGNORECASE, relays=list(vocabulary.relays)
        ),
        capitals=capitals,
        adjectives=adjectives,
        numbers=numbers,
        parts_of_day=parts_of_day,
        time_words={t.phrase.casefold(): t for t in vocabulary.time_words},
    )


def _phrase_patterns(
    vocabulary: Vocabulary,
    exact: dict[str, Entry],
    folded: dict[str, Entry],
    caseless: Callable[[str], str],
) -> dict[str, Any]:
    """The lexer's patterns, of phrases and names; ``caseless`` writes a character of a
    case-insensitive phrase as a pattern."""
    suffixes = _title_suffixes(vocabulary)
    phrases, escape = _folded_trie(vocabulary, folded, caseless)
    lexeme = (
        r"""
        (?P<phrase>EXACT|FOLDED)(?:(?P<suffix>-(?:SUFFIXES))|)(?!\w)(?!['’][^\W\ds])
                                    # a phrase of the vocabulary (an empty branch: see trie_pattern)
        | (?P<name>NAME)                                    # a capitalised name
        """.replace("EXACT", _initials(exact) + trie_pattern(exact))
        .replace("FOLDED", trie_pattern(phrases, escape, halves=True))
        .replace("SUFFIXES", "|".join(re.escape(s) for s in suffixes))
        .replace("NAME", _name_pattern(vocabulary))
    )
    # Every lexeme stands after a character that is no letter or digit, or is one:
    # a pattern that opens with that character lets the engine skip from one to the
    # next instead of trying every alternative at every letter.
    lexer = re.compile(
        r"""
        \W                                                  # the character before
        (?:
            (?<=['’])(?P<possessive>[sS](?!\w)|(?<=[sS]['’])(?!\w))
                                                    # it is a possessive: "Biden's", "Hamas'"
          | LEXEME                                          # a phrase or a name after it
          | (?<=["“”«»„])(?P<quote>)                         # it is a quotation mark
        )
        """.replace("LEXEME", lexeme),
        re.VERBOSE,
    )
    return {
        "lexer": lexer,
        "lexeme": re.compile(lexeme, re.VERBOSE),
        "folded_phrase": re.compile(rf"{trie_pattern(phrases, escape)}(?!\w)"),
    }


_SLOT = "\x00"  # where an adverbial may part a phrasal verb, in the words of a trie


def _folded_trie(
    vocabulary: Vocabulary, folded: dict[str, Entry], caseless: Callable[[str], str]
) -> tuple[list[str], Callable[[str], str]]:
    """The words of the trie of case-insensitive phrases, and how it writes a character.

    A phrasal verb parted by an adverbial ("spoke at length about") is in the lexicon
    once for each adverbial, but in the trie once, with a slot that matches any of them:
    written out, the parted verbs would be most of the trie, and of the time it takes
    to compile."""
    words = [phrase for phrase, entry in folded.items() if not entry.split]
    parted = {
        f"{phrase.partition(' ')[0]} {_SLOT}{phrase.rpartition(' ')[2]}"
        for phrase, entry in folded.items()
        if entry.split
    }
    splitters = [s.casefold() for s in vocabulary.words.particle_splitters]
    # the adverbials in any case by the engine's flag, not a class per letter: the slot
    # is written once for each verb, and classes would triple what there is to compile
    slot = f"(?i:{trie_pattern(splitters)})\\ "

    def escape(ch: str) -> str:
        return slot if ch == _SLOT else caseless(ch)

    return words + sorted(parted), escape


def _title_suffixes(vocabulary: Vocabulary) -> list[str]:
    """The suffixes that make an office another ("-elect", "-designate")."""
    return [m[1:] for m in vocabulary.title_modifiers if m.startswith("-")]


@functools.lru_cache(maxsize=8)
def _with_case_extras(grammar: Grammar) -> Grammar:
    """``grammar`` with phrase patterns that match the letters of CASE_EXTRAS."""
    return attrs.evolve(
        grammar,
        case_extras=True,
        **_phrase_patterns(grammar.vocabulary, grammar.exact, grammar.folded, _caseless),
    )


def _is_word(ch: str) -> bool:
    """Whether ``ch`` is a letter, digit or underscore (``\\w``)."""
    return ch.isalnum() or ch == "_"


# Names are matched by the standard library's re with a generated trie for the
# phrases: the regex module's named lists are slow for lists of thousands of
# entries (about 40 times slower on a 3 KB readout), and the lexer runs on
# every text. Everywhere else the grammar uses the regex module.

_UPPER = "".join(ch for ch in map(chr, range(0x41, 0x530)) if ch.isupper() or ch.istitle())
_LETTER = r"[^\W\d_]"


def _name_pattern(vocabulary: Vocabulary) -> str:
    """A capitalised name: "Xi Jinping", "Donald J. Trump", "Mohamed bin Zayed Al Nahyan",
    "Prayut Chan-o-cha", "Mohammed Shia' al-Sudani", "Joseph R. Biden, Jr."."""
    upper = f"[{re.escape(_UPPER)}]"
    words = vocabulary.words
    # Tries, not lists: a particle, suffix or abbreviation is tried at every word, and
    # each is followed by what only one of them can match, so the order does not matter.
    suffixes = trie_pattern(words.suffixes)
    particles = trie_pattern(words.particles)
    # a word of a name; a suffix ("Jr.") is not one; "Shia'" keeps its apostrophe before "al-"
    # or "Al "; and the words of styles written abbreviated, which the run is cut at:
    # "Minister of National Defense Adm. Dong Jun", "Lt. Gen."
    styles = {
        word
        for style in vocabulary.honorifics
        for word in style.split()
        if word.endswith(".") and word[:1].isupper() and word[:-1].isalpha()
    }
    abbreviated = trie_pattern([*words.abbreviated, *sorted(styles)])
    # an article joined to the next word by a hyphen, in either case: "al-Sudani", "Al-"
    hyphened = trie_pattern(words.hyphened)
    joined = trie_pattern([*words.hyphened, *(w.capitalize() for w in words.hyphened)])
    # initials may run together: "K.P. Sharma Oli"; or run into the word after them, of
    # one or two letters each: "U.Khurelsukh", "Kh.Battulga"
    word = (
        rf"{upper}{_LETTER}*(?:-{_LETTER}+|['’](?![sS]\b){_LETTER}+)*"
        rf"(?:['’](?=\s+(?:{joined})[-\s]))?"
    )
    glued = rf"(?:{upper}[a-z]?\.){{1,2}}(?={upper}{_LETTER})"
    initials = rf"{upper}\.(?:{upper}\.){{0,3}}"
    token = rf"(?!(?:{suffixes})(?!\w))(?:{abbreviated}|{glued}{word}|{initials}|{word})"
    # a suffix within a name, where a particle and a word of it follow: "Abdullah II bin Al
    # Hussein", "Mohammed VI bin Hassan"
    inner = rf"(?:\s+(?:{suffixes})(?=\s+(?:{particles})\s+{upper}))?"
    joint = rf"(?:{inner}\s+(?:(?:{particles})\s+)*|\s+(?:{joined})-)"
    suffix = rf"(?:,?[ \u00a0]+(?:{suffixes})(?!\w))?"
    # lower-case particles may open a name: "von der Leyen", "al-Sudani"; three at most, or
    # a run of particles ("de de de ...") is rescanned from each of them: quadratic
    opening = rf"(?:(?:{particles})\s+){{0,3}}(?:(?:{hyphened})-(?={upper}))?"
    # what a name can open with, looked at first: a capital, a particle or hyphened article
    # and a space or a hyphen and a capital (one trie for both), or an abbreviation; a
    # lower-case word ("the", "and") fails at once, not after the particles
    openers = trie_pattern(dict.fromkeys([*words.particles, *words.hyphened]))
    first = rf"(?={upper}|(?:{openers})(?:\s|-{upper})|(?:{abbreviated}))"
    return rf"{first}{opening}{token}(?:{joint}{token}){{0,6}}{suffix}"


@functools.cache
def _unicode_classes() -> dict[str, str]:
    """Character classes for the standard library's re that hold exactly what the regex
    module's ``\\p{Lu}``, ``\\p{Ll}``, ``\\d`` and ``\\s`` hold: the two modules follow
    different versions of Unicode, and ``\\s`` differs besides."""
    import regex

    codes = array.array("I", range(0xD800))
    codes.extend(range(0xE000, 0x110000))  # every code point but the surrogates
    assert codes.itemsize == 4
    everything = codes.tobytes().decode(f"utf-32-{'le' if sys.byteorder == 'little' else 'be'}")
    properties = {"upper": r"\p{Lu}", "lower": r"\p{Ll}", "digit": r"\d", "space": r"\s"}
    return {
        name: _char_class(regex.findall(prop, everything, flags=regex.VERSION1))
        for name, prop in properties.items()
    }


def _char_class(chars: list[str]) -> str:
    """A character class of ``chars`` for re, as ranges of code points."""
    ranges: list[list[int]] = []
    for code in map(ord, chars):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "[" + "".join(rf"\U{a:08x}-\U{b:08x}" for a, b in ranges) + "]"


# Characters that match a letter of the alphabet when case is ignored without being
# its capital or small form: the dotted capital I, the dotless i, the long s and the
# Kelvin sign.
CASE_EXTRAS = "\u0130\u0131\u017f\u212a"


@functools.cache
def _caseless(ch: str) -> str:
    """``ch`` as a pattern that matches it in any case, as ``re.IGNORECASE`` does. The
    letters of the alphabet are written as a class, which the engine tests before it
    tries the branch that the letter opens: a trie of phrases in any case is then
    as quick to fail as one in a single case. The three letters that one of
    :data:`CASE_EXTRAS` matches ("i", "k", "s") are left to the engine's own ignoring
    of case: a class that holds a letter beyond Latin-1 compiles to a table over the
    first 65,536 code points, and made at each of the thousands of branches of the
    phrases' trie that those letters open, the tables were half the cost of compiling
    a grammar. The engine then enters their branches to test them, which makes the
    trie about 3% slower to match: the grammar of most texts, which hold none of
    the extra letters, uses :func:`_ascii_caseless`."""
    if not ch.isascii():
        return f"(?i:{re.escape(ch)})"
    alike = {ch, ch.lower(), ch.upper(), *CASE_EXTRAS}
    same = sorted(c for c in alike if re.fullmatch(re.escape(ch), c, re.IGNORECASE))
    if same == [ch]:
        return re.escape(ch)
    if all(c.isascii() for c in same):
        return f"[{''.join(same)}]"
    return f"(?i:{re.escape(ch)})"


def _ascii_caseless(ch: str) -> str:
    """``ch`` as :func:`_caseless` writes it, less the letters of :data:`CASE_EXTRAS`:
    a letter of the alphabet is always the class of its two forms."""
    if ch.isascii() and ch.lower() != ch.upper():
        return f"[{''.join(sorted({ch.lower(), ch.upper()}))}]"
    return _caseless(ch)


def _has_case_extras(text: str) -> bool:
    return not text.isascii() and any(extra in text for extra in CASE_EXTRAS)


def _initials(words: Iterable[str]) -> str:
    """A lookahead for the first letters of ``words``: one test of a class, where the
    alternation of a trie tests its branches one by one before it fails."""
    return f"(?=[{re.escape(''.join(sorted({word[0] for word in words})))}])"


def trie_pattern(
    words: Iterable[str], escape: Callable[[str], str] = re.escape, *, halves: bool = False
) -> str:
    """An alternation of ``words`` as a trie, for the standard re module; longest first.
    ``escape`` writes one character as a pattern.

    With ``halves``, the branches of the first letters are tried as two halves, each
    behind a lookahead for the letters it opens with: the engine tests the branches of
    an alternation one by one, and a word that none opens with, the common case where
    the trie is tried at every word, then fails at two tests instead of at every
    letter's. Deeper in the trie, where a branch has few letters to test, a lookahead
    costs more than it saves."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alternatives = [escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alternatives:
            return ""
        if "" in node:
            # an empty last branch rather than "?": the engine tries a branch more cheaply
            # than a repeat, and in the same order (the longer word first)
            return "(?:" + "|".join(alternatives) + "|)"
        return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"

    if not halves or "" in root:
        return build(root)
    # Characters beyond ASCII keep their branches, after the halves as in sorted order:
    # which characters a letter matches in any case is only certain within ASCII.
    letters = sorted(ch for ch in root if ch.isascii())
    middle = (len(letters) + 1) // 2
    branches = []
    for half in (letters[:middle], letters[middle:]):
        if not half:
            continue
        opening = set().union(*(_matched_by(escape(ch), ch) for ch in half))
        body = build({ch: root[ch] for ch in half})
        branches.append(f"(?=[{re.escape(''.join(sorted(opening)))}]){body}")
    branches.extend(escape(ch) + build(root[ch]) for ch in sorted(root) if not ch.isascii())
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _matched_by(pattern: str, ch: str) -> set[str]:
    """The characters the pattern of the ASCII character ``ch`` matches: ``ch`` in either
    case, or one of the few others that match a letter when case is ignored."""
    return {c for c in {ch, ch.lower(), ch.upper(), *CASE_EXTRAS} if re.fullmatch(pattern, c)}


# -- topics ---------------------------------------------------------------------------
# Topic terms are matched like names, by the standard library's re with a
# generated trie: a taxonomy holds thousands of spellings. The pattern runs over
# the text in lower case, which is faster than matching with IGNORECASE. The
# small context patterns around a term use the regex module's named lists.


@attrs.frozen(eq=False)
class TopicGrammar:
    """The compiled taxonomy: one pattern for every term, the lexicon behind it,
    and the context grammar that decides whether a term raises its topic.

    The pattern runs over the text in lower case (:meth:`lower`), so that one
    pass finds every term whatever its case; :meth:`ids` then looks the match
    up as written (terms in capitals) or in lower case (the others).
    """

    # every term, exclusion and host verb in lower case, longest first, as group "term",
    # with the character before it: run over the text in lower case with a space put
    # before it, so that a term at the start has one too
    scan: Any
    exact: dict[str, tuple[str, ...]]  # terms written in capitals, as written -> topic ids
    folded: dict[str, tuple[str, ...]]  # the other terms, in lower case -> topic ids
    hosts: frozenset[str]  # host verbs ("welcome", "invited")
    order: tuple[str, ...]  # the topic ids, in taxonomy order
    rank: dict[str, int]  # topic id -> its place in taxonomy order
    contexts: dict[str, frozenset[str]]  # topic id -> context grammars
    contextual: frozenset[str]  # the topic ids with a context grammar
    hosting: tuple[str, ...]  # the topics a host verb raises: those of engagements
    words: dict[str, str]  # cue word, lower case -> kind ("ahead", "self", ...)
    pointers: Any  # the demonstrative cue words, also inside words: "these", "those"
    media: frozenset[str]  # words of a remote engagement ("video", "telephone")
    # engagement cues, lower case: "telephone talks", "held talks", "met"; group "cue", with
    # the character before it, run like scan over the text in lower case after a space
    scene: Any
    remote: frozenset[str]  # the cues of scene that name a call ("telephone", "video call")
    guest: Any  # after a host verb: a guest and a place ("President X to India")
    beyond: Any  # after "the visit": what makes it another one ("to China", "last year")
    # a time that dates a visit: group "month" and perhaps "of", its year ("May", "May
    # 2024"), "year" alone ("2024") or neither ("next year")
    dated: Any
    months: dict[str, int]  # the names of months, as written -> their numbers
    later: Any  # after "to meet": a time to come ("next year", "at a convenient time")
    member_before: Any  # before an organisation: "members of the"
    member_after: Any  # after an organisation: "member states", "officials", "Headquarters"
    # the words member_before ends with before an organisation ("of", "the") and the
    # first words of member_after, in lower case: most terms stand by none of them, and
    # the patterns need not be run
    member_links: frozenset[str]
    member_openers: frozenset[str]
    organs: frozenset[str]  # after an organisation's possessive: "committee", "officials"
    # between one country and a term it means to have: "obtain", "pursuit"
    acquiring: frozenset[str]
    # a body's code -> the pattern of its names in its own readouts, group "term": "the
    # Alliance" for NATO
    own: dict[str, Any]
    # the exclusions with a word slot ("meet * challenges"), by their first word in lower
    # case: for each topic, the pattern of its spellings, run over the text in lower case
    # where a term opens with that word
    slotted: dict[str, tuple[tuple[str, Any], ...]]
    # the first word of a term of several words with a comma or a joining word after it,
    # in lower case ("economic,", "nuclear and") -> that word: in scan, it may open a list
    # whose items share their last word
    leads: dict[str, str]
    # after a lead word: the rest of its list, and the last word or two, "head" and "next"
    listed: Any
    # after a term: the word that leads to its owner, and an article ("from the", "of")
    owner: Any

    @staticmethod
    def lower(text: str) -> str:
        """``text`` in lower case, offset for offset."""
        lowered = text.lower()
        if len(lowered) == len(text):
            return lowered
        # A few letters grow in lower case ("İ" is "i" and a combining dot): stand in
        # the first letter they become, so that words keep their bounds.
        growing = {ord(ch): ch.lower()[:1] for ch in set(text) if len(ch.lower()) != 1}
        return text.translate(growing).lower()

    def ids(self, written: str, lowered: str) -> tuple[str, ...]:
        """The topics a match raises, before context is considered."""
        found = self.exact.get(written)
        return found if found is not None else self.folded.get(lowered, ())

    def unslotted(
        self, ids: tuple[str, ...], phrase: str, lowered: str, start: int
    ) -> tuple[str, ...]:
        """``ids`` without the topics of an exclusion with a word slot that matches where
        the term ``phrase`` opens, at ``start`` of the text in lower case: "meet global
        challenges" takes visits from "meet"."""
        patterns = self.slotted.get(phrase.partition(" ")[0])
        if patterns is None:
            return ids
        out = [topic_id for topic_id, pattern in patterns if pattern.match(lowered, start)]
        return tuple(t for t in ids if t not in out) if out else ids

    def shared(self, lowered: str, lead: str, start: int) -> tuple[str, ...]:
        """The topics of the term that the lead word at ``start`` of the text in lower case
        makes with the last words of the list it opens: "economic, energy and climate
        fields" names economic fields, "nuclear and chemical weapons" nuclear weapons."""
        found = self.listed.match(lowered, start + len(lead))
        if found is None:
            return ()
        head, after = found.group("head", "next")
        if after is not None:
            longer = self.folded.get(f"{lead} {head} {after}")
            if longer is not None:
                return longer  # "nuclear and coal power plants"
        return self.folded.get(f"{lead} {head}", ())


def _capitalised(phrase: str) -> bool:
    """Terms written all in capitals ("UN", "P5+1", "D.P.R.K.") match only as written."""
    return phrase.isupper()


def compile_topics(vocabulary: Vocabulary) -> TopicGrammar:
    """The topic grammar of ``vocabulary``'s taxonomy and topic cues."""
    import regex

    flags = regex.VERBOSE | regex.VERSION1
    exact: dict[str, list[str]] = {}
    folded: dict[str, list[str]] = {}

    def table(spelling: str) -> tuple[dict[str, list[str]], str]:
        return (exact, spelling) if _capitalised(spelling) else (folded, spelling.lower())

    def spellings(phrase: str) -> list[str]:
        return [s for variant in expand(phrase) for s in _apostrophes(variant)]

    for topic in vocabulary.taxonomy.topics:
        for term in topic.terms:
            for spelling in spellings(term):
                lexicon, key = table(spelling)
                if topic.id not in lexicon.setdefault(key, []):
                    lexicon[key].append(topic.id)

    def inner(phrase: str) -> list[str]:
        """The topics of the terms inside ``phrase``, longest first."""
        bounds = [(m.start(), m.end()) for m in re.finditer(r"[\w'’.+]+", phrase)]
        found: list[str] = []
        i = 0
        while i < len(bounds):
            for j in range(len(bounds) - 1, i - 1, -1):
                lexicon, key = table(phrase[bounds[i][0] : bounds[j][1]])
                if key in lexicon:
                    found.extend(t for t in lexicon[key] if t not in found)
                    i = j
                    break
            i += 1
        return found

    excluded: dict[str, set[str]] = {}
    slotted: dict[str, dict[str, set[str]]] = {}  # first word -> topic id -> spellings
    for topic in vocabulary.taxonomy.topics:
        for phrase in topic.exclude:
            for spelling in spellings(phrase):
                if SLOT in spelling.split(" "):
                    first = spelling.split(" ", 1)[0].lower()
                    slotted.setdefault(first, {}).setdefault(topic.id, set()).add(spelling.lower())
                else:
                    excluded.setdefault(spelling, set()).add(topic.id)
    for spelling, topic_ids in excluded.items():
        lexicon, key = table(spelling)
        kept = dict.fromkeys(lexicon.get(key, []) + inner(spelling))
        lexicon[key] = [t for t in kept if t not in topic_ids]

    cues = vocabulary.topic_cues
    # A word slot is one word, but none that ends a phrase: "meet to discuss challenges"
    # is no "meet * * challenges". Words are told apart by the spacing between them, which
    # the slot's characters cannot match, so a slot never gives a word back to the next.
    closing = sorted({p.lower() for kind, p in cues if kind in ("stop", "verbal")})
    slot = rf"(?!(?:{trie_pattern(closing) or '(?!)'})(?![\w'’-]))[\w'’-]+"

    def slotted_char(ch: str) -> str:
        return slot if ch == SLOT else r"\s+" if ch == " " else re.escape(ch)

    hosts = frozenset(phrase.lower() for kind, phrase in cues if kind == "host")
    members = [phrase for kind, phrase in cues if kind == "member"]
    remote = {c.phrase.lower() for c in vocabulary.engagements if c.kind in _REMOTE}
    meeting = {c.phrase.lower() for c in vocabulary.engagements if c.kind == "meeting"}
    # Items of a list can share their last word: "economic, energy and climate fields" are
    # economic fields too. The first word of a term of several words, with a comma or a
    # joining word after it, is scanned as a lead, and the list after it read only there.
    joining = sorted({p.lower() for kind, p in cues if kind == "joining"})
    leads: dict[str, str] = {}
    for key, found in folded.items():
        first, _, rest = key.partition(" ")
        if rest and found and re.fullmatch(r"\w[\w-]*", first):
            for lead in (f"{first},", *(f"{first} {word}" for word in joining)):
                if lead not in folded:
                    leads[lead] = first
    joined = trie_pattern(joining) or "(?!)"
    months_in_order = [pair[-1] for pair in calendar_names().MONTHS]  # "January", ...
    months = sorted(months_in_order)
    year = r"(?:1[89]|2\d)\d\d"
    owners = trie_pattern(sorted({p.lower() for k, p in cues if k == "owner"}), slotted_char)
    owners = owners or "(?!)"
    phrases = set(folded) | hosts | {key.lower() for key in exact} | set(leads)
    contexts = {t.id: frozenset(t.context) for t in vocabulary.taxonomy.topics}
    terms = trie_pattern(sorted(phrases)) or "(?!)"
    # Opening with the character before a term, the scan is tried only where a character
    # that is no letter or digit stands, not at every position. A term that opens with a
    # sign ("(NPT)") could follow another straight after, which took the sign before it:
    # for such a taxonomy the scan looks behind instead.
    # \W is written as the class of what is no ASCII letter or digit nor any other word
    # character: the engine, looking for where a term may follow, then rules out a letter
    # with one look at a bitmap instead of Unicode's tables.
    nonword = r"[^0-9A-Z_a-z\w]"
    before = nonword if all(re.match(r"\w", phrase) for phrase in phrases) else r"(?<=\W)"
    scene_cues = sorted(remote | meeting)
    # The scene's cues are searched so too, in the same text; they must also end with a
    # letter or digit to be found exactly where a search that looks behind finds them.
    bounded = all(re.match(r"\w", cue) and re.search(r"\w\Z", cue) for cue in scene_cues)
    scene_before = nonword if bounded else r"(?<=\W)"
    return TopicGrammar(
        scan=re.compile(rf"{before}(?P<term>{terms})(?!\w)"),
        exact={k: tuple(v) for k, v in exact.items()},
        folded={k: tuple(v) for k, v in folded.items()},
        hosts=hosts,
        order=vocabulary.taxonomy.ids,
        rank={topic_id: rank for rank, topic_id in enumerate(vocabulary.taxonomy.ids)},
        contexts=contexts,
        contextual=frozenset(topic_id for topic_id, kinds in contexts.items() if kinds),
        hosting=tuple(topic_id for topic_id, kinds in contexts.items() if "engagement" in kinds),
        words={
            p.lower(): kind
            for kind, p in cues
            if kind
            not in ("host", "joining", "member", "organ", "own", "later", "owner", "acquiring")
        },
        pointers=re.compile(
            trie_pattern(sorted({p.lower() for kind, p in cues if kind == "demonstrative"}))
            or "(?!)"
        ),
        media=frozenset(p for p in remote if " " not in p),
        scene=re.compile(rf"{scene_before}(?P<cue>{trie_pattern(scene_cues) or '(?!)'})(?!\w)"),
        remote=frozenset(remote),
        guest=regex.compile(
            r"""
            \s+(?:(?:his|her|their|the)\s+)?
            (?:\p{Lu}[\w.’'-]*\s+                            # "President Putin", "Ms. Ardern"
              | (?:counterparts?|guests?|delegations?|leaders?)\s+   # "his counterpart"
            ){1,5}
            (?P<to>to|in|at)\s+(?:the\s+)?(?=[\p{Lu}\d])     # "to India", "at the White House"
            """,
            flags,
        ),
        beyond=regex.compile(
            r"""
            \s+(?:to|by|of|in|with|between|at)\s+(?:the\s+)?\p{Lu}    # "the visit to China by ..."
            | \s+LAST_OR_NEXT(?!\w)                           # "the meeting last year"
            """.replace("LAST_OR_NEXT", _LAST_OR_NEXT),
            flags,
        ),
        dated=re.compile(
            rf"(?<![\w-])(?:(?P<month>{trie_pattern(months)})(?:\s+(?P<of>{year}))?"
            rf"|(?P<year>{year})"
            rf"|{_LAST_OR_NEXT})(?![\w-])"
        ),
        months={name: number for number, name in enumerate(months_in_order, start=1)},
        later=regex.compile(
            r"(?<!\w)(?:\L<later>)(?!\w)",
            flags | regex.IGNORECASE,
            later=[p for kind, p in cues if kind in ("later", "ahead")],
        ),
        member_before=regex.compile(
            rf"(?<!\w)(?:\L<members>)\s+(?:{'|'.join(_MEMBER_LINKS)})\s+(?:the\s+)?\Z",
            # held to the end of the window: searched backwards from there, a start that
            # is not the end fails at once instead of trying every phrase of the list
            flags | regex.IGNORECASE | regex.REVERSE,
            members=members,
        ),
        member_after=regex.compile(
            r"[\s-]+(?:\L<members>)(?!\w)",
            flags | regex.IGNORECASE,
            members=members,
        ),
        member_links=frozenset((*_MEMBER_LINKS, "the")),
        member_openers=frozenset(re.split(r"[\s-]", m.casefold(), maxsplit=1)[0] for m in members),
        organs=frozenset(p.casefold() for kind, p in cues if kind == "organ"),
        acquiring=frozenset(p.casefold() for kind, p in cues if kind == "acquiring"),
        own=_own_names(vocabulary),
        leads=leads,
        owner=re.compile(rf"\s+(?:{owners})\s+(?:the\s+)?"),
        # a lead's list: its other items and the joining word, then the last item and the
        # last word or two ("energy and climate fields"); each item is a single word that
        # ends at a comma or a space, so the items are found in one way only
        listed=re.compile(
            rf"(?:,(?:\s+{slot},){{0,3}}(?:\s+{slot})?)?\s+(?:{joined})\s+{slot}"
            rf"\s+(?P<head>{slot})(?:\s+(?P<next>{slot}))?"
        ),
        slotted={
            first: tuple(
                (topic_id, re.compile(trie_pattern(sorted(found), slotted_char) + r"(?!\w)"))
                for topic_id, found in by_topic.items()
            )
            for first, by_topic in slotted.items()
        },
    )


def _own_names(vocabulary: Vocabulary) -> dict[str, Any]:
    """For each body with a name of several words that ends with an ``own`` cue, the
    pattern of how its own readouts name it: "the Alliance" (the North Atlantic
    Alliance), capitalised as its name writes it, in a sentence or at its start. Not
    where another name goes on, a capitalised word after it straight or after a small
    word of an organisation's name: "the Alliance for Green Growth"."""
    import regex

    owns = {p.lower() for kind, p in vocabulary.topic_cues if kind == "own"}
    links = "|".join(regex.escape(word) for word in sorted(vocabulary.words.organisation))
    patterns: dict[str, Any] = {}
    for country in vocabulary.countries:
        last = {name.split()[-1] for name in country.names if " " in name}
        words = sorted(word for word in last if word.lower() in owns)
        if words:
            patterns[country.code] = regex.compile(
                rf"(?<!\w)(?i:the)\s+(?P<term>{'|'.join(map(regex.escape, words))})(?![\w-])"
                rf"(?!\s+(?:(?i:{links or '(?!)'})\s+)?\p{{Lu}})"
            )
    return patterns


_REMOTE = ("phone_call", "video_call")
# a time before or after the engagement that names no day: "last year", "next spring"
_LAST_OR_NEXT = r"(?:last|next)\s+(?:week|month|year|spring|summer|autumn|fall|winter)"
_MEMBER_LINKS = ("of", "on", "to", "in", "at", "from")  # "members of", "officials from"
