"""Participants: the principals who talked or met, with their offices and countries.

Principals are the people the scene names (the headline, the opening
sentence: "Xi Jinping Holds Telephone Talks with President Donald Trump"); an
office without a name there ("The President spoke today to British Prime
Minister Cameron") is a principal still to be named, by a later mention
("President Obama also updated ...") or by the page's byline. When the scene
names fewer than two, the speakers of the body's statements join them.
Everything the text says of them elsewhere then completes them: the fullest
name, the office, the country. People merely mentioned (a spokesperson, a
leader a participant met another day) stay out.

A country the text never states comes from the issuing government, for its
own principal, or else from the countries the body names most.
"""

from __future__ import annotations

import bisect
import collections
import functools
import itertools
import operator
from collections.abc import Iterable

import attrs

from readoutmodel.cast import (
    Cast,
    Ending,
    Principal,
    name_key,
    name_words,
    offices_match,
    relayer_named,
    relaying_office,
    relays,
    same_person,
)
from readoutmodel.extract.attendance import joiners
from readoutmodel.gazetteer import Gazetteer, gazetteer_for
from readoutmodel.lexer import Lexeme, Lexemes
from readoutmodel.mentions import Mention, joins, starting
from readoutmodel.model import Kind, VerbCategory
from readoutmodel.patterns import Closed, Entry, Grammar
from readoutmodel.scene import Scene
from readoutmodel.text import Document, Line, dateline_country, holds_any

__all__ = ["find", "find_issuer"]

_start = operator.attrgetter("start")  # the starts of the mentions, read in C


@attrs.define
class _Draft:
    """A principal being assembled from mentions."""

    first: int
    words: Closed  # the grammar words: name noise, post-nominal letters
    names: list[str] = attrs.Factory(list)
    tokens: set[str] = attrs.Factory(set)
    surnames: set[Ending] = attrs.Factory(set)  # how each name ends (cast.name_key)
    titles: list[tuple[str, str]] = attrs.Factory(list)  # (as written, office)
    # where the body first writes each title: one written only outside it (a headline's
    # "PM") is the last choice
    body_titles: dict[tuple[str, str], int] = attrs.Factory(dict)
    determined: bool = False  # an office named as "the President"
    countries: list[str] = attrs.Factory(list)
    # the scene spans it was seen in, each with where it was first named there
    spans: dict[tuple[int, int], int] = attrs.Factory(dict)
    before_names: list[str] = attrs.Factory(list)  # what opens its names: "His Majesty "
    asking_only: bool = True  # named only as who asked: "at the invitation of X"
    looked_up: int = 0  # how many of its names the gazetteer has been asked about
    # the offices given by mentions other than a run joined by "and" before a name
    offices_alone: set[str] = attrs.Factory(set)
    disowned: frozenset[tuple[str, str]] = frozenset()  # titles found to be another's
    known_offices: tuple[str, ...] = ()  # the offices the gazetteer knows it held
    # named only as one who joined ("X also attended"): another than those of the scene
    joined_later: bool = False
    # named only as one who attended beside the leaders ("X also attended"), not met
    attended: bool = False

    @property
    def named(self) -> bool:
        return bool(self.names)

    def consort(self) -> bool:
        """Whether the principal holds an office of a leader's spouse ("First Lady")."""
        return any(office in self.words.consorts for _, office in self.titles)

    @property
    def office(self) -> str | None:
        return self.titles[0][1] if self.titles else None

    def absorb(
        self,
        mention: Mention,
        text: str,
        scene_span: tuple[int, int] | None,
        headline: bool = False,
        named: bool = True,
    ) -> bool:
        """Take in what ``mention`` says of this principal; whether it gave a name with
        new words. ``headline``: the mention stands outside the body (the headline, a
        line of the page), so its titles are the last choice; ``named``: the mention's
        name is this principal's (not when its office is shared with another's name)."""
        learned = False
        if named and mention.name is not None:
            name = _clean_name(text[mention.name[0] : mention.name[1]], self.words.post_nominals)
            if name and name not in self.names:
                self.names.append(name)
                learned = self.learn(name)
            if mention.name[0] > mention.start:
                self.before_names.append(text[mention.start : mention.name[0]])
        if mention.offices:  # most names come without one
            if mention.joined is None:
                self.offices_alone.update(mention.offices)
            for pair in zip(mention.titles, mention.offices, strict=False):
                if pair not in self.titles and pair not in self.disowned:
                    self.titles.append(pair)
                if not headline and mention.start < self.body_titles.get(pair, mention.end):
                    self.body_titles[pair] = mention.start
        for code in mention.countries:
            if code not in self.countries:
                self.countries.append(code)
        if scene_span is not None and scene_span not in self.spans:
            self.spans[scene_span] = mention.start
        if mention.name is None and mention.determined:
            self.determined = True
        start = mention.start
        if mention.joined is not None and self.disowned:
            start = mention.joined[1]  # its first office is another's
        if start < self.first:
            self.first = start
        return learned

    def take_offices(self, other: _Draft) -> None:
        """Take in the offices, countries and first place of ``other``, an unnamed
        principal found to be this one."""
        for pair in other.titles:
            if pair not in self.titles and pair not in self.disowned:
                self.titles.append(pair)
        for pair, start in other.body_titles.items():
            if start < self.body_titles.get(pair, start + 1):
                self.body_titles[pair] = start
        for code in other.countries:
            if code not in self.countries:
                self.countries.append(code)
        self.first = min(self.first, other.first)

    def merge(self, other: _Draft) -> None:
        """Take in all that ``other``, found to be the same person, was given."""
        for name in other.names:
            if name not in self.names:
                self.names.append(name)
                self.learn(name)
        self.take_offices(other)
        for span, start in other.spans.items():
            self.spans[span] = min(start, self.spans.get(span, start))
        self.before_names.extend(other.before_names)
        self.offices_alone.update(other.offices_alone)
        self.asking_only = self.asking_only and other.asking_only
        self.determined = self.determined or other.determined

    def learn(self, name: str) -> bool:
        """Take in a name's words; whether they change whom a name may mean (a new
        spelling of a known name adds nothing)."""
        tokens, last = name_key(name, self.words.name_noise, self.words.patronymics)
        grew = not tokens <= self.tokens
        if grew:
            self.tokens.update(tokens)
        if last is not None and last not in self.surnames:
            self.surnames.add(last)
            grew = True
        return grew

    def pair(self, others: list[_Draft]) -> bool:
        """Whether this principal is only a headline's pair of names ("Ruto-Museveni
        talks"), each of them another principal's."""
        if len(self.names) != 1 or " " in self.names[0] or "-" not in self.names[0]:
            return False
        words = name_words(self.names[0], self.words.name_noise)
        owners = [
            {i for i, d in enumerate(others) if d is not self and w in d.tokens} for w in words
        ]
        return len(words) == 2 and all(owners) and not owners[0] & owners[1]

    def same(self, name: str) -> bool:
        """Whether ``name`` names this principal (see :func:`cast.same_person`)."""
        tokens, last = name_key(name, self.words.name_noise, self.words.patronymics)
        return bool(tokens) and self.answers_to(tokens, last)

    def answers_to(self, tokens: frozenset[str], last: Ending | None) -> bool:
        """Whether the name whose key is ``tokens`` and ``last`` (see :func:`cast.name_key`)
        names this principal: :meth:`same` for a name read once for many principals."""
        return same_person(tokens, last, self.tokens, self.surnames)

    def anaphora(self, other: _Draft) -> bool:
        """Whether ``other``, an office in a sentence naming this principal, may be it: one
        with an article after the name ("X ... met with the President"), or one with
        neither article nor country anywhere in it, the office of the issuer's own as its
        readers know it ("X, visiting at the invitation of Prime Minister, called on Prime
        Minister Y")."""
        if other.determined:
            return any(
                span in self.spans and other.spans[span] > self.spans[span] for span in other.spans
            )
        return not other.countries and not self.spans.keys().isdisjoint(other.spans)

    def compatible(self, other: _Draft) -> bool:
        if self.countries and other.countries and not set(self.countries) & set(other.countries):
            return False
        return self.spans.keys().isdisjoint(other.spans)


def _named_by(
    drafts: list[_Draft], name: str, words: Closed, grammar: Grammar | None = None
) -> list[_Draft]:
    """The principals ``name`` names, its words read once for them all; with ``grammar``,
    not one whose given names say the other sex (:meth:`Grammar.gender`: "Michelle Obama"
    is not "Barack Obama"; "Joe Biden" may be "Joseph Biden")."""
    tokens, last = name_key(name, words.name_noise, words.patronymics)
    if not tokens:
        return []
    # same_person directly: a method call per principal costs as much as the test; and
    # only for principals sharing a word with the name, as most names are others'
    found = [
        d
        for d in drafts
        if not tokens.isdisjoint(d.tokens) and same_person(tokens, last, d.tokens, d.surnames)
    ]
    gender = grammar.gender(name) if found and grammar is not None else None
    if grammar is not None and gender is not None:
        found = [d for d in found if all(grammar.gender(n) in (gender, None) for n in d.names)]
    return found


@functools.lru_cache(maxsize=4096)
def _clean_name(name: str, post_nominals: frozenset[str] = frozenset()) -> str:
    """A name with its spacing collapsed and letters after it dropped ("Keir Starmer MP")."""
    words = name.replace("\u00a0", " ").split()
    while len(words) > 1 and words[-1].strip(",") in post_nominals:
        words.pop()
    return " ".join(words).strip(" ,")


def find_issuer(
    document: Document, grammar: Grammar, headline: Iterable[Mention] = ()
) -> str | None:
    """The government that issued the readout, from marks outside its body; a mark
    that lies in an office of one of the ``headline``'s mentions is the title of someone
    it names, not the publisher: "Taoiseach speaks with President of the European
    Commission". Without one, the capital the page is datelined in (see
    :func:`~readoutmodel.text.dateline_country`)."""
    marked = _marked_issuer(document, grammar, headline)
    return marked if marked is not None else dateline_country(document, grammar)


def _marked_issuer(document: Document, grammar: Grammar, headline: Iterable[Mention]) -> str | None:
    """:func:`find_issuer` from the marks outside the body alone."""
    text = document.text
    codes = grammar.issuer_codes
    titles = [(m.start, m.end) for m in headline if m.offices]
    # a plain dict, cheaper to make than a Counter; max() keeps the first of a tie, as
    # Counter.most_common does
    votes: dict[str, int] = {}
    # not past a tail marker: "Associated Links" over other readouts' headlines
    begun = document.body.start if document.body is not None else 0
    tail = next(
        (line.start for line in document.lines if line.role == "tail" and line.start > begun),
        len(text),
    )
    for span in document.outside:
        if span.start >= tail:
            continue
        for m in grammar.issuers.finditer(text, span.start, span.end):
            if titles and any(start <= m.start() and m.end() <= end for start, end in titles):
                continue
            before = text[max(span.start, m.start() - 12) : m.start()].casefold().split()
            if before and before[-1] in grammar.words.articles:
                before.pop()
            if before and before[-1] in grammar.words.locative:
                continue  # a place: "Prime Minister X meets President Y at the White House"
            code = codes.get(m.group()) or codes[m.group().casefold()]
            votes[code] = votes.get(code, 0) + 1
    if votes:
        return max(votes, key=votes.__getitem__)
    return None


# how far before a name a relaying body that ends with it may start: "the Directorate
# of Communications"
_RELAY_REACH = 40


def _relay(mention: Mention, grammar: Grammar, text: str = "") -> bool:
    """Whether a mention names someone who passes the readout on ("Spokesperson Ned
    Price", "the Russian Foreign Ministry", "the Directorate of Communications")."""
    if mention.offices and relaying_office(mention, grammar, text):
        return True
    if not text or mention.name is None:
        return False
    start, end = mention.name
    name = text[start:end]
    if _relaying_name(grammar, name):
        return True
    # a body of several words that the name ends: read back from it only then
    return name.rsplit(None, 1)[-1].casefold() in _relay_tails(grammar) and relays(
        grammar, text, max(0, start - _RELAY_REACH), end
    )


@functools.lru_cache(maxsize=4096)
def _relaying_name(grammar: Grammar, name: str) -> bool:
    """:func:`cast.relays` of a name, which a text repeats."""
    return relays(grammar, name)


@functools.lru_cache(maxsize=8)
def _relay_tails(grammar: Grammar) -> frozenset[str]:
    """The last words of the relaying bodies of several words ("communications")."""
    return frozenset(office.split()[-1] for office in grammar.relay_offices if " " in office)


def _placed(
    mention: Mention,
    text: str,
    lexemes: Lexemes,
    grammar: Grammar,
    previous: Mention | None,
    end: int | None = None,
    taken: bool = False,
) -> bool:
    """Whether a bare name stands where the scene puts its people: after "with",
    "from", "and", in a list, or before the verb ("Modi received a call from Biden");
    ``end``, given for the first mention of a sentence, is where that sentence ends, and
    ``taken`` says whether ``previous`` was taken for a principal."""
    if end is not None and _engages(mention, lexemes, end):
        return True
    if mention.reference == "counterpart":
        return True  # "his German counterpart Angela Merkel"
    if (
        previous is not None
        and _role_before(previous, mention, text)
        and _placed(previous, text, lexemes, grammar, None)
    ):
        return True  # "met with Vietnamese leader To Lam": where the role stands
    before = text[max(0, mention.start - 12) : mention.start].rstrip()
    words = before.split()
    if words and words[-1].casefold() in grammar.words.before_people:
        # "a call from X", but not "with Y of Japan from Camp David": where Y was
        return not (
            previous is not None
            and previous.kind in ("person", "office")
            and text[previous.end : mention.start].split() == words[-1:]
            and words[-1].casefold() in grammar.words.whereabouts
        )
    if words and _asked_by(mention, text, lexemes):
        return True  # "At the request of X, the President spoke with ..."
    if _located(mention, text, grammar):
        return False  # "X, who is in Bali, spoke": a place
    engaged = lexemes.between(mention.start - 40, mention.start) if words else ()
    last = engaged[-1].entry if engaged else None
    if last is not None and last.engagement:
        between = text[engaged[-1].end : mention.start].split()
        # a name after a style is a person's: "called on His Royal Highness Prince X"
        styled = mention.name is not None and mention.name[0] > mention.start
        if not between and any(
            cue.part == "verb" and (cue.direction in ("out", "host") or cue.strong or styled)
            for cue in last.engagement
        ):
            return True  # "met X", "called X", "received X"; not "had X" nor "spoke X"
        if (
            len(between) == 1
            and between[0].casefold() in grammar.words.addressed
            and not any(c.part == "noun" and c.kind == Kind.MEETING for c in last.engagement)
        ):
            # "sent a message to X", "spoke to X"; not "welcomed X to Y", nor "her visit
            # to X", a place
            return True
    listed = before.endswith(",") or (words and words[-1].casefold() in grammar.words.joining)
    if (
        listed
        and previous is not None
        and previous.kind in ("person", "office")
        and (
            previous.kind == "office"
            or previous.offices
            or taken
            or _placed(previous, text, lexemes, grammar, None)
        )
    ):
        return True  # "Xi, Putin to meet", "X and Y held talks", "X, Y and Z held talks"
    after = lexemes.between(mention.end, mention.end + 30)
    if not after:
        return False
    first = after[0]
    gap = text[mention.end : first.start]
    if (
        first.entry is not None
        and first.entry.auxiliary
        and len(after) > 1
        and not text[first.end : after[1].start].strip()
    ):
        first = after[1]  # "X has held talks with Y" of a headline
    if first.entry is None:
        return False
    finite = first.entry.verb is not None and first.entry.form in ("past", "present", "participle")
    verb = finite or any(cue.part == "verb" for cue in first.entry.engagement)
    return verb and len(gap.split()) <= 1 and not gap.strip(" ,")


# how far after the name that opens a sentence its verb may stand: past a clause of
# its own ("X, who is in China on a state visit, held talks") or a list of others
_SUBJECT_REACH = 160


def _full_name(mention: Mention, text: str) -> bool:
    """Whether a mention names someone by two words or more: "Vladimir Putin"."""
    return mention.name is not None and " " in text[mention.name[0] : mention.name[1]].strip()


def _opens(text: str, start: int, end: int) -> bool:
    """Whether the words of a sentence from ``start`` to a mention at ``end`` leave it
    the sentence's subject: nothing, or a phrase set off by a comma or dash before it
    ("On March 3, X ...", "MOSCOW, March 3 (TASS) -- X ..."), outside brackets."""
    before = text[start:end].rstrip()
    return not before or (before.endswith(_OPENING_ENDS) and before.count("(") == before.count(")"))


_OPENING_ENDS = (",", "-", "\u2013", "\u2014", ":")


def _engages(mention: Mention, lexemes: Lexemes, end: int) -> bool:
    """Whether the name that opens a sentence is the subject of its verb of engagement,
    whatever stands between them: "X has had a telephone conversation", "X on Tuesday
    held talks", "X and Y held talks", "X, currently on a visit to China, held talks";
    or of a verb of discussion, the engagement told by what was said in it ("X and Y
    discussed trade by telephone"). The first verb after the name decides: "X expressed
    the hope to meet" is not it."""
    for lx in lexemes.between(mention.end, min(end, mention.end + _SUBJECT_REACH)):
        entry = lx.entry
        if entry is None:
            continue
        if any(cue.part == "verb" for cue in entry.engagement):
            return True
        if entry.verb is not None and entry.form in ("past", "present"):
            return entry.verb.category is VerbCategory.DISCUSS
    return False


def _role_before(previous: Mention, mention: Mention, text: str) -> bool:
    """Whether ``previous`` is a role standing right before ``mention``: "Vietnamese
    leader To Lam"."""
    return (
        previous.kind == "reference"
        and previous.end < mention.start
        and not text[previous.end : mention.start].strip()
    )


def _located(mention: Mention, text: str, grammar: Grammar) -> bool:
    """Whether a mention stands where a place does, after "in" or "at" and perhaps an
    article: "at the King David Hotel", "in Bali"; not an owner ("At President X's
    invitation")."""
    return not mention.possessive and grammar.words.located(text, mention.start)


def _predicated(mention: Mention, text: str, grammar: Grammar) -> bool:
    """Whether an office without a name is said of someone ("her inauguration as
    President of Chile") rather than naming another person."""
    if mention.name is not None:
        return False
    before = text[max(0, mention.start - 12) : mention.start].split()
    return bool(before) and before[-1].casefold() in grammar.words.predicative


def _in_relative(mention: Mention, text: str, grammar: Grammar) -> bool:
    """Whether a mention stands in a clause that a relative pronoun opens after a comma
    and no comma has closed: what is told there of the subject is not the engagement
    ("Premier X, who is attending the summit along with President Y, held talks"); not
    one who came with the subject ("who was accompanied by Y")."""
    window = text[max(0, mention.start - _RELATIVE_REACH) : mention.start]
    if "," not in window:
        return False  # the commonest case: no clause set off by a comma before it
    at = max(window.rfind(r) for r in grammar.words.relatives)
    if at < 0:
        return False
    clause = window[at + 2 :].split()
    while clause and clause[-1].casefold() in grammar.words.articles:
        clause.pop()
    return not any(mark in word for word in clause for mark in ",.;:") and not (
        clause and f" {clause[-1].casefold()} " in grammar.words.agent
    )


_RELATIVE_REACH = 100  # the longest relative clause before a mention in it


def _in_body_name(mention: Mention, text: str, grammar: Grammar) -> bool:
    """Whether an office ends the name of a body: "the Office of the President", "the
    Administration of the President of Ukraine"."""
    before = text[max(0, mention.start - _BODY_REACH) : mention.start].split()
    if not mention.determined and before and before[-1].casefold() in grammar.words.articles:
        before.pop()  # the article the mention left out
    return (
        len(before) >= 2
        and (before[-1],) in grammar.words.of
        and before[-2][:1].isupper()
        and grammar.ends_like_body(before[-2])
    )


_BODY_REACH = 30  # how far before an office the body's word and its "of" may stand


def _speaks(
    mention: Mention, text: str, lexemes: Lexemes, grammar: Grammar, engages: bool = False
) -> bool:
    """Whether a mention is the subject of a reporting verb ("The Kenyan President
    noted"), or, with ``engages``, of a verb of engagement ("X held a video call")."""
    end = mention.end
    after = lexemes.between(end, end + 60)
    # past the words the gap between a subject and its verb holds ("X also welcomed"), and
    # the names joined to it ("X and Y spoke about")
    verb = None
    for lx in after:
        if _in_gap(lx.entry):
            continue
        gap = text[end : lx.start]
        if lx.kind == "name" and gap.startswith(" ") and gap.strip() in grammar.words.joining:
            end = lx.end
            continue
        verb = lx
        break
    if verb is None:
        return False
    entry = verb.entry
    return (
        entry is not None
        and (
            (entry.verb is not None and entry.form in ("past", "present"))
            or (engages and any(cue.part == "verb" for cue in entry.engagement))
        )
        and grammar.gap.fullmatch(text, end, verb.start) is not None
    )


def _in_gap(entry: Entry | None) -> bool:
    """Whether a phrase is one the gap between a subject and its verb may hold: an
    adverb, an auxiliary, a time."""
    return entry is not None and (entry.adverb or entry.auxiliary or entry.time is not None)


def _named_of(mention: Mention, text: str, lexemes: Lexemes, grammar: Grammar) -> bool:
    """Whether a bare name goes on with "of the" and a name that is no country's, as a
    body's does ("Coalition of the Willing", "Friends of the Earth"); a person is "of" a
    country only ("Abdullah II of Jordan")."""
    after = lexemes.first(mention.end, len(text))
    if after is None or after.start > mention.end + _OF_THE:
        return False
    if after.kind != "name" or after.entry is not None:
        return False
    gap = tuple(text[mention.end : after.start].split())
    return (
        len(gap) > 1
        and gap in grammar.words.of
        and grammar.capitals.get(after.text.casefold()) is None
    )


_OF_THE = 12  # how far after a name the name it is "of the" may start


def _attributive(mention: Mention, text: str, grammar: Grammar) -> bool:
    """Whether a bare name qualifies the role or office after it ("IGAD leaders", "EU
    ministers"): an organisation, not a person."""
    following = text[mention.end : mention.end + 30]
    if not following.startswith(" "):
        return False
    word = following.split(maxsplit=1)[0].strip(",.;:") if following.strip() else ""
    for form in (word, word[:-1] if word.endswith("s") else ""):
        entry = grammar.lookup(form) if form else None
        if entry is not None and (
            entry.reference in ("role", "group", "heads", "pair")
            or (entry.title is not None and entry.plural)
        ):
            return True
    return False


def _sourced(mention: Mention, text: str, grammar: Grammar) -> bool:
    """Whether a mention is the source the scene is told on: "according to X", "...,
    MAP learned from a statement", "learned from State House"."""
    words = grammar.words
    if (
        text.startswith(words.sourcing, mention.end)
        and not mention.offices
        and text[max(0, mention.start - 2) : mention.start].strip() == ","
    ):
        return True  # a clause of its own after the scene: ", MAP learned from"
    if not text[max(0, mention.start - 5) : mention.start].rstrip().endswith(_ends(grammar)):
        return False  # the commonest case, read in place
    reach = max(map(len, (*words.according, *words.sourced_from))) + 2
    before = text[max(0, mention.start - reach) : mention.start].rstrip().casefold()
    return before.endswith(words.according) or before.endswith(words.sourced_from)


def _tells_scene(mention: Mention, text: str, lexemes: Lexemes, grammar: Grammar) -> bool:
    """Whether a mention stands in a clause that ends the scene by saying who told it: "...,
    Kremlin aide X told reporters.", "..., National Security Adviser X said.", "...,
    Senior Presidential Secretary for Press Affairs X said."."""
    reach = mention.end + _TOLD_REACH
    stop = min(
        (
            i
            for i in (text.find(".", mention.end, reach), text.find("\n", mention.end, reach))
            if i >= 0
        ),
        default=-1,
    )
    if stop < 0:
        return False  # the commonest case: far from the sentence's end
    if "," in text[mention.end : stop]:
        return False
    before = text[max(0, mention.start - _TOLD_REACH) : mention.start]
    comma = before.rfind(", ")
    if comma < 0 or not _office_words(before[comma + 2 :], grammar.words.organisation):
        return False
    # the last verb of the clause: "Press" of "Secretary for Press Affairs" is none
    verb = next(
        (
            lx
            for lx in reversed(lexemes.between(mention.end, stop))
            if lx.entry is not None and lx.entry.verb is not None
        ),
        None,
    )
    if verb is None or any(
        lx.entry is not None and lx.entry.engagement
        for lx in lexemes.between(mention.end, verb.start)
    ):
        return False
    # what is told by saying it: "said", "told reporters", "said in a written briefing";
    # not an act of the principals after a clause that opens the sentence ("In a call
    # with X, Y and Z discussed ...")
    entry = verb.entry
    if entry is None or entry.verb is None or entry.verb.category not in _TELLING:
        return False
    return len(text[verb.end : stop].split()) <= 3


_TOLD_REACH = 80  # how far the clause saying who told the scene runs on either side
_TELLING = (VerbCategory.ASSERT, VerbCategory.INFORM)


def _office_words(words: str, organisation: frozenset[str]) -> bool:
    """Whether ``words`` (before a mention, after a comma) may be the words of an office
    or what qualifies it: a few capitalised words and the small words of a body's name
    ("Senior Presidential", "Director of the"), or plain ones ("Kremlin foreign policy
    aide")."""
    split = words.split()
    return _plain_words(words) or (
        len(split) <= 8 and all(w[:1].isupper() or w in organisation for w in split)
    )


def _plain_words(words: str) -> bool:
    """Whether ``words`` (before a mention) are at most three words without punctuation:
    what may qualify an office ("Kremlin foreign policy aide")."""
    return len(words.split()) <= 3 and all(w.isalpha() for w in words.split())


@functools.lru_cache(maxsize=8)
def _ends(grammar: Grammar) -> tuple[str, ...]:
    """The last words of the phrases that name a source ("to" of "according to")."""
    words = grammar.words
    return tuple({phrase.split()[-1] for phrase in (*words.according, *words.sourced_from)})


# the words between a cue of asking and who asked: "request of X", "invitation of the X"
_ASKED_LINKS = (["of"], ["of", "the"], ["from"])
_ASKED_GAPS = tuple(f" {link[-1]} " for link in _ASKED_LINKS)  # how those end, read in place


def _asks(lx: Lexeme | None) -> bool:
    """Whether a lexeme names the asking for the engagement: "request", "invitation"."""
    return (
        lx is not None
        and lx.entry is not None
        and any(cue.part == "request" for cue in lx.entry.engagement)
    )


def _asked_by(mention: Mention, text: str, lexemes: Lexemes) -> bool:
    """Whether a mention is who asked for the engagement, right after the cue of asking
    ("at the invitation of the President of India", "at the request of X") or owning it
    ("At President Biden's invitation")."""
    if mention.possessive:
        return _asks(lexemes.first(mention.end, mention.end + 40))
    if not text.endswith(_ASKED_GAPS, max(0, mention.start - 5), mention.start):
        return False  # the commonest case, read in place
    before = lexemes.between(max(0, mention.start - 40), mention.start)
    if not before or not _asks(before[-1]):
        return False
    return text[before[-1].end : mention.start].split() in _ASKED_LINKS


def _represented(mention: Mention, text: str, grammar: Grammar) -> bool:
    """Whether ``mention`` is the one on whose behalf another acts: "On behalf of King X,
    ..."."""
    words = grammar.words.before_article(text, mention.start, _BEHALF_REACH)
    return " ".join(words[-3:]) in grammar.words.behalf


_BEHALF_REACH = 24  # how far before a name the words on whose behalf may start


def _mourned(mention: Mention, text: str, grammar: Grammar) -> bool:
    """Whether ``mention`` is one whose loss the text tells: "attended the state funeral of
    former Prime Minister X", "following the death of President Y"."""
    words = grammar.words
    said = text[max(0, mention.start - _MOURNED_REACH) : mention.start].casefold().split()
    while said and (said[-1] in words.bygone or said[-1] in words.articles):
        said.pop()  # "the funeral of the late President X"
    return len(said) > 1 and said[-1] in words.mourned_links and said[-2] in words.losses


_MOURNED_REACH = 40  # how far before a name its loss may be told: "state funeral of the late"


def _candidate(
    mention: Mention,
    text: str,
    lexemes: Lexemes,
    grammar: Grammar,
    previous: Mention | None,
    end: int | None = None,
    taken: bool = False,
) -> bool:
    """Whether a mention in the scene names a principal; ``end`` and ``taken`` as for
    :func:`_placed`."""
    if mention.kind not in ("person", "office") or _relay(mention, grammar, text):
        return False
    if relayer_named(previous, mention, text, grammar):
        return False  # "Spokesman for the Presidency Ambassador X"
    if _located(mention, text, grammar):
        return False  # "met ... at the King David Hotel": a place
    if _represented(mention, text, grammar):
        return False  # "On behalf of King X, Crown Prince Y received Z": Y stood in for X
    if _mourned(mention, text, grammar):
        return False  # "attended the funeral of former Prime Minister X"
    if _sourced(mention, text, grammar) or _tells_scene(mention, text, lexemes, grammar):
        return False  # "..., according to Deputy National Security Adviser X": a source
    if mention.kind == "office" and mention.reference == "role":
        return False  # "Head of State holds talks with ...": a role, whoever holds it
    if mention.kind == "office" and not mention.determined and not mention.countries:
        first_upper = any(t[:1].isupper() for t in mention.titles)
        if not first_upper:
            return False
    bare = mention.kind == "person" and not mention.offices
    if bare and (mention.determined or _attributive(mention, text, grammar)):
        return False  # "the Coalition of the Willing", "with IGAD leaders"
    if bare and text[mention.start : mention.end].casefold() in grammar.capitals:
        return False  # "during a visit to Tokyo", "travelled to Washington": a city
    if mention.name is not None and grammar.ends_like_body(text[slice(*mention.name)]):
        # "Organization of American States Secretary General X", "the World Bank's
        # support", "invited the President to the European Political Community": a body,
        # as no person's name ends like one
        return False
    if bare and _named_of(mention, text, lexemes, grammar):
        return False  # "with Coalition of the Willing": a body, named "of" what it is
    if bare and not _placed(mention, text, lexemes, grammar, previous, end, taken):
        return False
    if mention.kind == "office" and mention.plural:
        return False  # "Foreign Ministers' Telephone Talk": both sides, not one principal
    if (
        mention.kind == "office"
        and previous is not None
        and _said_of(previous, mention, text, grammar)
    ):
        return False  # "Foreign Minister Wang Yi, also a member of the Political Bureau ..."
    if mention.kind == "office" and _predicated(mention, text, grammar):
        return False  # "her inauguration as President": the office of someone named
    if mention.kind == "office" and _in_body_name(mention, text, grammar):
        return False  # "officials of the Office of the President": a body
    if _in_relative(mention, text, grammar) and not _asked_by(mention, text, lexemes):
        # "X, who is attending the summit along with President Y, met Z"; not "who is in
        # Azerbaijan at the invitation of Y", who asked
        return False
    if mention.possessive:
        # "President Biden's Call with ...": the owner of an engagement takes part, and
        # so may the owner of the asking for it ("At President Biden's invitation")
        after = lexemes.between(mention.end, mention.end + 40)
        if not after:
            return False
        # of the owner's noun phrase: not "... met at the Prime Minister's Office. During
        # the meeting"
        between = text[mention.end : after[0].start].split()
        return (
            after[0].entry is not None
            and any(cue.part in ("noun", "request") for cue in after[0].entry.engagement)
            and len(between) <= 2
            and all(word.isalpha() and word.islower() for word in between)
        )
    return True


def find(
    document: Document,
    lexemes: Lexemes,
    mentions: tuple[Mention, ...],
    grammar: Grammar,
    scene: Scene,
    year: int | None = None,
) -> Cast:
    """The cast of the readout; ``year``, the readout's, dates what a reader knows of
    who held which office."""
    text = document.text
    words = grammar.words
    drafts: list[_Draft] = []
    placeholders: list[_Draft] = []
    joined: list[tuple[Mention, _Draft]] = []  # who took offices joined by "and"
    starts = list(map(_start, mentions))
    for span in scene.main_spans:
        key = (span.start, span.end)
        headline = span == scene.title
        previous: Mention | None = None
        taken = False  # whether ``previous`` was taken for a principal
        shared: Mention | None = None  # an office in the plural before a list of names
        for mention in starting(mentions, starts, span.start, span.end + 1):
            if mention.end > span.end:
                continue
            if previous is None or not joins(text[previous.end : mention.start], words.joining):
                shared = None
            # the sentence's first mention, or a full name after a place that opens it ("In
            # Dushanbe, Vladimir Putin, Y and Z held ..."; not "at Parliament House,
            # Melbourne, ...", a place after a place)
            leads = previous is None or (
                not taken
                and not previous.offices
                and _located(previous, text, grammar)
                and (bool(mention.offices) or _full_name(mention, text))
            )
            opening = (
                span.end
                if leads and not headline and _opens(text, span.start, mention.start)
                else None
            )
            taken = _candidate(mention, text, lexemes, grammar, previous, opening, taken)
            if taken:
                asked = _asked_by(mention, text, lexemes)
                draft = _add(drafts, placeholders, mention, text, words, key, headline, asked)
                if draft is not None and mention.joined is not None:
                    joined.append((mention, draft))
                if draft is not None and shared is not None and not mention.offices:
                    # "Prime Ministers Narendra Modi and Anthony Albanese": each holds it
                    draft.absorb(shared, text, key, headline, named=False)
                if (
                    draft is not None
                    and previous is not None
                    and previous.countries
                    and _role_before(previous, mention, text)
                ):
                    # "Vietnamese leader To Lam": the role's country is the name's
                    draft.absorb(previous, text, key, headline, named=False)
            if mention.kind == "person" and mention.plural:
                shared = mention
            previous = mention
    _same_known(drafts, grammar, year)
    if len(drafts) + len(placeholders) < 2:
        for mention in _speakers(document, lexemes, mentions, grammar):
            _add(drafts, placeholders, mention, text, words, None)
    named_before = len(drafts)
    joined_to: dict[int, Mention] = {}
    sides: list[tuple[_Draft, Mention]] = []
    for mention in joiners(document, lexemes, mentions, starts, grammar, joined_to):
        draft = _add(drafts, placeholders, mention, text, words, None)
        if draft is not None and mention.start in joined_to:
            sides.append((draft, joined_to[mention.start]))
    for draft in drafts[named_before:]:
        draft.attended = True
    present = [*drafts, *placeholders]  # the unnamed too: "The Secretary-General also met"
    met_later = _met_later(document, lexemes, mentions, starts, present, scene, grammar)
    for mention in met_later:
        _add(drafts, placeholders, mention, text, words, None)
    for draft in drafts[named_before:]:
        draft.joined_later = True
    speaker = _first_person_speaker(document, mentions, starts)
    if speaker is not None:
        _add(drafts, placeholders, speaker, text, words, None)
    for mention, draft in joined:
        _unjoin(mention, draft, drafts, placeholders, text)
    drafts[:] = [d for d in drafts if not d.pair(drafts) and not _issue(d, grammar)]
    if scene.title is not None:
        _confirm_headline_names(document, mentions, drafts, (scene.title.start, scene.title.end))
    # who the named are, before the unnamed are placed among them ("Prime Minister of
    # Australia" in a headline is the named Prime Minister the gazetteer knows as its) and
    # the body's offices given to them: "the President of Kazakhstan" is not Putin's
    _known(drafts, grammar, year)
    _place(drafts, placeholders, text, lexemes)
    _drop_askers(drafts, placeholders)
    orphans = _enrich(document, lexemes, mentions, starts, drafts, placeholders, grammar)
    drafts.extend(placeholders)
    drafts.sort(key=lambda d: d.first)
    _subject_countries(document, mentions, drafts)
    titled = (
        starting(mentions, starts, scene.title.start, scene.title.end)
        if scene.title is not None
        else ()
    )
    issuer = _marked_issuer(document, grammar, titled)
    own: _Draft | None = None
    if issuer is None:
        # the principal the scene names by an office alone, whom the readout need not
        # place ("Foreign Minister of Australia calls on Prime Minister"), or the owner of
        # the engagement in the headline ("Readout of President Biden's Call with ..."),
        # then the scene's subject, who is the issuer's own as a rule, before the capital
        # of the dateline, where the issuer's leader may be a visitor
        _known(drafts, grammar, year)
        own = _unqualified_owner(mentions, starts, scene, drafts, text, grammar) or _headline_owner(
            titled, text, lexemes, drafts, grammar
        )
        if own is not None and own.countries:
            issuer = own.countries[0]
        elif own is None:
            issuer = _scene_subject_country(
                document, lexemes, mentions, starts, scene, drafts, grammar
            ) or dateline_country(document, grammar)
        else:
            # the issuer's own has no country yet: the scene's subject may be its guest,
            # but a dateline in another principal's country is where the own one went
            issuer = dateline_country(document, grammar)
            if any(issuer in d.countries for d in drafts if d is not own):
                issuer = None
    home = _countries(document, lexemes, drafts, issuer, scene, grammar, year)
    for draft, principal in sides:
        # "The Prime Minister was accompanied by X": X is of the Prime Minister's side
        if not draft.countries:
            side = _side(principal, text, drafts, grammar)
            if side is not None and side is not draft and side.countries:
                draft.countries.append(side.countries[0])
    # a royal who attends is of the one monarchy among the principals: "President X spoke
    # with King Y ... Crown Prince Z joined the call"
    royals = [d for d in drafts if any(o.casefold() in words.royal_offices for _, o in d.titles)]
    monarchies = {d.countries[0] for d in royals if not d.attended and d.countries}
    if len(monarchies) == 1:
        for draft in royals:
            if draft.attended and not draft.countries:
                draft.countries.extend(monarchies)
    if issuer is not None:
        # an official the readout lists as attending, of no side it names, is the issuing
        # government's own: "Minister for Trade X joined the discussions"
        for draft in drafts:
            if draft.attended and not draft.countries:
                draft.countries.append(issuer)
    unnamed = [d for d in drafts if not d.named and d.office]
    if unnamed and orphans:
        _name_by_gazetteer(unnamed, drafts, orphans, text, lexemes, grammar, year)
    writer = None
    if speaker is not None and speaker.name is not None:
        name = text[speaker.name[0] : speaker.name[1]]
        writer = next((i for i, d in enumerate(drafts) if d.same(name)), None)
        if writer is not None:
            home = writer
            if issuer is None and drafts[writer].countries:
                # "I spoke with ...": the readout is its writer's government's
                issuer = drafts[writer].countries[0]
    principals = tuple(_principal(d) for d in drafts)
    if issuer is None:
        # asked again, now that the principals have the countries the text gives them
        issuer = (
            own.countries[0]
            if own is not None and own.countries
            else _scene_subject_country(document, lexemes, mentions, starts, scene, drafts, grammar)
        )
        if writer is None and issuer is not None:
            # the issuer's own principal, found only now, is the one the issuer speaks for
            home = next((i for i, p in enumerate(principals) if p.country == issuer), home)
        elif writer is None:
            # of no issuer, the one known by office alone and of no country is its own,
            # whom its readers know ("the President of the Republic"); not an official
            # named as attending, of no country either
            home = next(
                (
                    i
                    for i, p in enumerate(principals)
                    if p.country is None and not p.named and not p.attended
                ),
                home,
            )
    return Cast(
        principals,
        issuer,
        home,
        words.name_noise,
        grammar.title_kin,
        words.subordinate,
        grammar.title_ranks,
        words.patronymics,
        (words.royal_styles, words.royal_offices),
        grammar.capitals,
        in_turn=bool(met_later) or _in_turn(text, scene, words),
        serving=words.serving_ends,
        guest_words=words.guest_words,
    )


def _issue(draft: _Draft, grammar: Grammar) -> bool:
    """Whether a principal is no person but an organisation, format or place that the
    taxonomy knows as an issue ("between Mercosur and the European Union", "Hamas"):
    known by one word only, with no office."""
    return (
        draft.named
        and not draft.titles
        and all(" " not in name and grammar.topics.ids(name, name.lower()) for name in draft.names)
    )


def _confirm_headline_names(
    document: Document, mentions: tuple[Mention, ...], drafts: list[_Draft], title: tuple[int, int]
) -> None:
    """Drop a principal that only the headline names, by one capitalised word with no
    office or country, when no name in the body has that word: a word in title case
    ("Readout of President Biden's Call with Allies"), not a name."""
    single = [
        d
        for d in drafts
        if list(d.spans) == [title]
        and not d.titles
        and not d.countries
        and len(d.names) == 1
        and " " not in d.names[0]
    ]
    body = document.body
    if not single or body is None:
        return
    text = document.text
    words: set[str] = set()
    for mention in mentions:
        if mention.name is not None and body.start <= mention.start:
            words.update(text[mention.name[0] : mention.name[1]].casefold().split())
    dropped = {id(d) for d in single if d.names[0].casefold() not in words}
    drafts[:] = [d for d in drafts if id(d) not in dropped]


def _scene_subject_country(
    document: Document,
    lexemes: Lexemes,
    mentions: tuple[Mention, ...],
    starts: list[int],
    scene: Scene,
    drafts: list[_Draft],
    grammar: Grammar,
) -> str | None:
    """Where nothing on the page marks who issued the readout: the country of the
    principal the body's scene sentence names first, who is the issuer's own as a rule
    ("Vladimir Putin had a telephone conversation with ...", "President Yoon held a
    phone call with ..."); a sentence that names no principal ("The spokesperson issued
    the following statement:") leaves it to the next."""
    text = document.text
    for sentence in scene.sentences:
        first_person = False
        for mention in starting(mentions, starts, sentence.start, sentence.end):
            if mention.kind == "reference" and mention.reference in ("first", "we"):
                first_person = True  # "I spoke with X": the writer is the one not named here
                continue
            if mention.kind not in ("person", "office") or _relay(mention, grammar, text):
                continue
            if _asked_by(mention, text, lexemes):
                continue  # "At President X's invitation, ...": the subject is after
            before = text[max(sentence.start, mention.start - 12) : mention.start].split()
            word = before[-1].casefold() if before else ""
            if not first_person and (
                word in grammar.words.before_people or word in grammar.words.addressed
            ):
                # "In a telephone conversation with X, Y said ...", "Talking to X, ..., Y
                # said": X is no subject
                continue
            if mention.name is not None:
                name = text[mention.name[0] : mention.name[1]]
                owners = _named_by(drafts, name, grammar.words)
            elif mention.offices:  # "The Prime Minister spoke to ..."
                owners = [d for d in drafts if _holds_office(d, mention)]
                # "The Prime Minister welcomed Prime Minister X": the one known by office alone
                unnamed = [d for d in owners if not d.named]
                # "The President of the Republic" of him and "the President of the UAE"
                written = mention.titles[0].casefold()
                exact = [d for d in owners if any(t.casefold() == written for t, _ in d.titles)]
                if len(owners) > 1 and len(unnamed) == 1:
                    owners = unnamed
                elif len(owners) > 1 and len(exact) == 1:
                    owners = exact
            else:
                continue
            if first_person and len(owners) == 1:
                writers = [d for d in drafts if d is not owners[0]]
                owners = writers if len(writers) == 1 else []
            if len(owners) == 1:
                return owners[0].countries[0] if owners[0].countries else None
            if owners:
                return None  # "the President" of two: no telling whose
            if first_person or mention.name is None:
                # "The head of state congratulated X": a subject of no principal here is
                # still the subject, and X its object, not the issuer's own
                return None
    return None


def _unqualified_owner(
    mentions: tuple[Mention, ...],
    starts: list[int],
    scene: Scene,
    drafts: list[_Draft],
    text: str,
    grammar: Grammar,
) -> _Draft | None:
    """The principal the scene first names by an office alone, without a name, a country
    or an article: the issuer's own, whom its readers know ("EAM's meeting with Foreign
    Minister of Oman", "X calls on Prime Minister"); not "the President", which may point
    back at one named before. None when the office is more than one principal's."""
    for span in scene.spans:
        found = starting(mentions, starts, span.start, span.end)
        for mention, following in itertools.zip_longest(found, found[1:]):
            if (
                mention.kind != "office"
                or mention.name is not None
                or mention.countries
                or mention.plural
                or mention.determined
                or mention.reference is not None
                or _predicated(mention, text, grammar)  # "on becoming Prime Minister"
                or _qualified(mention, text, grammar)  # "the new Foreign Minister"
            ):
                continue
            if (
                following is not None
                and following.kind == "office"
                and following.countries
                and text[mention.end : following.start].casefold() in grammar.words.joining_words
            ):
                continue  # "Crown Prince and Prime Minister of Saudi Arabia": its country's
            owners = [d for d in drafts if _holds_office(d, mention)]
            return owners[0] if len(owners) == 1 else None
    return None


def _governed(mention: Mention, text: str, grammar: Grammar) -> bool:
    """Whether an office stands after "of" or a passive's "by", perhaps with an article:
    someone spoken of ("the resignation of the Prime Minister", "the pressure exerted by
    the High Representative"), not a name for a principal."""
    words = text[max(0, mention.start - _QUALIFIED) : mention.start].casefold().split()
    if words and words[-1] in grammar.words.articles:
        words.pop()
    return bool(words) and (
        (words[-1],) in grammar.words.of or f" {words[-1]} " in grammar.words.agent
    )


def _qualified(mention: Mention, text: str, grammar: Grammar) -> bool:
    """Whether an article and a word stand before an office, or a name the lexicon does
    not know: "the new Foreign Minister", "the visiting Prime Minister", "OSCE
    Chairman-in-Office", "RoK Foreign Minister"; not a word of a headline in title case
    ("Prime Minister Meets Foreign Minister")."""
    words = text[max(0, mention.start - _QUALIFIED) : mention.start].split()
    if (
        words
        and words[-1][:1].isupper()
        and words[-1][-1:].isalnum()
        and text[mention.start - 1] == " "
        and grammar.lookup(words[-1]) is None
    ):
        return True  # a body's or a country's name right before it
    return len(words) >= 2 and words[-2].casefold() in grammar.words.articles


_QUALIFIED = 24  # how far before an office an article and a word may start


def _headline_owner(
    titled: Iterable[Mention], text: str, lexemes: Lexemes, drafts: list[_Draft], grammar: Grammar
) -> _Draft | None:
    """The principal whose engagement the headline names as theirs: "Readout of President
    Biden's Call with ...", "Prime Minister's meeting with ..."."""
    for mention in titled:
        if mention.kind not in ("person", "office") or not mention.possessive:
            continue
        if mention.plural:
            return None  # "Japan-China Foreign Ministers' Meeting": both sides'
        noun = lexemes.first(mention.end, mention.end + 40)
        if noun is None or noun.entry is None:
            return None
        if not any(cue.part == "noun" for cue in noun.entry.engagement):
            return None
        if mention.name is not None:
            owners = _named_by(drafts, text[mention.name[0] : mention.name[1]], grammar.words)
        else:
            owners = [d for d in drafts if _holds_office(d, mention)]
        return owners[0] if len(owners) == 1 else None
    return None


def _holds_office(draft: _Draft, mention: Mention) -> bool:
    """Whether ``draft`` holds the first office ``mention`` names, of no other country."""
    if mention.countries and draft.countries and not set(mention.countries) & set(draft.countries):
        return False
    below = draft.words.subordinate
    said = mention.offices[0]
    # the office as written too, where a modifier is not in the office held: "the Deputy
    # Secretary" is the "Deputy Secretary of the Treasury"
    return any(
        offices_match(said, office, below) or offices_match(said, written, below)
        for written, office in draft.titles
    )


def _first_person_speaker(
    document: Document, mentions: tuple[Mention, ...], starts: list[int]
) -> Mention | None:
    """Who says "I" in a readout a leader issues in person: the name standing alone on
    a line of the page's header or after the body ("The Hon Jane Doe MP", "— Jane
    Doe"), or opening the headline ("Jane Doe: I spoke with ...")."""
    body = document.body
    if body is None:
        return None
    opening = document.sentences[:2]
    if not any(
        m.kind == "reference" and m.reference == "first"
        for span in opening
        for m in starting(mentions, starts, span.start, span.end)
    ):
        return None
    text = document.text
    lines = document.lines
    for index, line in enumerate(lines):
        if body.start <= line.start < body.end or line.role not in ("text", "byline"):
            continue
        first = next(iter(starting(mentions, starts, line.start, line.end)), None)
        if first is None or first.kind != "person" or first.name is None or first.offices:
            continue
        before = text[line.start : first.start].strip(" -\u2013\u2014\u2015")
        after = text[first.end : line.end].strip()
        if not before and (not after or after.startswith(":")):
            # the office on the line above or under the name: "Prime Minister / The Hon
            # Jane Doe MP"
            for other in (*lines[max(0, index - 1) : index], *lines[index + 1 : index + 2]):
                office = _office_line(text, other, mentions, starts)
                if office is not None:
                    return attrs.evolve(first, titles=office.titles, offices=office.offices)
            return first
    return None


def _office_line(
    text: str, line: Line, mentions: tuple[Mention, ...], starts: list[int]
) -> Mention | None:
    """The office a line of the page holds and nothing else: "Prime Minister"."""
    found = starting(mentions, starts, line.start, line.end)
    if len(found) != 1 or found[0].kind != "office" or found[0].name is not None:
        return None
    office = found[0]
    if text[line.start : office.start].strip() or text[office.end : line.end].strip():
        return None
    return office


# The most principals a text may give: summits of a few dozen leaders are as many as
# readouts report, and every principal is compared with every other and every mention,
# so a page that names people without end (a list, the same office a thousand times
# over in one sentence) must not add them all.
_MOST_PRINCIPALS = 40


def _add(
    drafts: list[_Draft],
    placeholders: list[_Draft],
    mention: Mention,
    text: str,
    words: Closed,
    span: tuple[int, int] | None,
    headline: bool = False,
    asked: bool = False,
) -> _Draft | None:
    """Adds what ``mention`` says to the principal it names, or as a new one, and returns
    it; ``asked``: the mention is who asked for the engagement ("at the invitation of
    X")."""
    if len(drafts) + len(placeholders) >= _MOST_PRINCIPALS:
        return None  # no readout gets here: its principals are complete
    if mention.name is not None:
        name = text[mention.name[0] : mention.name[1]]
        tokens, last = name_key(name, words.name_noise, words.patronymics)
        if not tokens:
            return None
        draft = next(
            (d for d in drafts if d.answers_to(tokens, last) and not _spouse(d, mention)),
            None,
        )
        if draft is None:
            draft = _Draft(mention.start, words)
            drafts.append(draft)
        draft.absorb(mention, text, span, headline)
        draft.asking_only = draft.asking_only and asked
        return draft
    for draft in placeholders:
        if (
            draft.office
            and mention.offices
            and any(
                offices_match(office, draft.office, words.subordinate) for office in mention.offices
            )
            and (
                not draft.countries
                or not mention.countries
                or set(draft.countries) & set(mention.countries)
            )
            and span not in draft.spans
        ):
            draft.absorb(mention, text, span, headline)
            draft.asking_only = draft.asking_only and asked
            return draft
    draft = _Draft(mention.start, words, asking_only=asked)
    draft.absorb(mention, text, span, headline)
    placeholders.append(draft)
    return draft


def _spouse(draft: _Draft, mention: Mention) -> bool:
    """Whether a mention names the spouse of the principal whose family name it shares, or
    the principal that of the spouse: one holds the office of a leader's spouse ("First
    Lady Jill Biden"), the other another office."""
    consorts = draft.words.consorts
    consort = not consorts.isdisjoint(mention.offices)
    if consort == draft.consort():
        return False
    return bool(draft.titles if consort else mention.offices)


def _either_office(one: str, other: str, below: frozenset[str]) -> bool:
    """Whether two offices may be one, either written as the other ("President" and
    "President of the Republic")."""
    return offices_match(one, other, below) or offices_match(other, one, below)


def _place(drafts: list[_Draft], placeholders: list[_Draft], text: str, lexemes: Lexemes) -> None:
    """Merge unnamed principals into named ones holding their office, or lacking one; not
    into one named on the other side of the verb that sets the scene ("Danish Prime
    Minister X called the Prime Minister")."""
    taken: dict[int, str | None] = {}  # a principal merged with, and the office it took
    for holder in sorted(placeholders, key=lambda d: not d.countries):
        office = holder.office
        same_country = {i for i, d in enumerate(drafts) if set(d.countries) & set(holder.countries)}

        def holds(d: _Draft, office: str | None = office) -> bool:
            return office is not None and any(
                _either_office(office, o, d.words.subordinate) for _, o in d.titles
            )

        # one who joined later is not who the scene named by office ("The Prime Minister
        # met X ... Prime Minister Y also attended")
        free = [
            i
            for i, d in enumerate(drafts)
            if i not in taken
            and not (d.joined_later and holder.spans)
            and not _across_verb(text, lexemes, holder, d)
        ]
        choices = (
            [i for i in free if drafts[i].compatible(holder) and holds(drafts[i])]
            # "At the request of the Nigerian President, ... with President X of Nigeria":
            # one office of one country, in one sentence too
            or [i for i in free if i in same_country and holds(drafts[i])]
            # "At the request of the President of Mexico, ... with President X": who asked,
            # by the office of the one holder of no country yet
            or [
                i
                for i in free
                if holder.asking_only and not drafts[i].countries and holds(drafts[i])
            ][:1]
            # "X held talks with Y, who came at the invitation of the Russian President":
            # who asked, of a country whose one principal has no office in the text
            or [
                i for i in free if holder.asking_only and i in same_country and not drafts[i].titles
            ]
            # "At the request of X, the President spoke with the President of the UAE": the
            # one named only as who asked, of the office's country, is its holder
            or [
                i
                for i in free
                if drafts[i].asking_only and i in same_country and not drafts[i].titles
            ]
            # "... met with the President": an office after the name it stands for
            or [i for i in free if drafts[i].anaphora(holder) and holds(drafts[i])]
            or [i for i in free if not drafts[i].titles and drafts[i].compatible(holder)]
            # "Italian premier" and "Italian Prime Minister Giorgia Meloni"
            or [i for i in free if i in same_country and drafts[i].compatible(holder)][:1]
            # "Prime Minister and Minister of Foreign Affairs Meets ...": two offices of one
            or [
                i
                for i, other in taken.items()
                if office is not None
                and other is not None
                and not offices_match(office, other, holder.words.subordinate)
                and drafts[i].compatible(holder)
                and holds(drafts[i])
                and holds(drafts[i], other)
            ]
        )
        choices.sort(key=lambda i: i not in same_country)
        if choices:
            drafts[choices[0]].take_offices(holder)
            taken[choices[0]] = office
            holder.first = -1  # merged
    placeholders[:] = [p for p in placeholders if p.first >= 0]


def _across_verb(text: str, lexemes: Lexemes, one: _Draft, other: _Draft) -> bool:
    """Whether ``one`` and ``other`` are named in one scene sentence as the subject and
    the object of the verb that sets the scene: two people. No one else is named between
    the verb and its object ("X spoke with Y, who called to wish the President ..." is
    Y's object, X)."""
    for span, at in one.spans.items():
        there = other.spans.get(span)
        if there is None:
            continue
        low, high = (at, there) if at < there else (there, at)
        verb = None
        for lx in lexemes.between(low, high):
            entry = lx.entry
            if verb is None:
                if entry is not None and any(cue.part == "verb" for cue in entry.engagement):
                    verb = lx.start
            elif lx.kind == "name" or (entry is not None and entry.title is not None):
                return False
        # the first, its subject: no comma between ("At the request of the President of
        # Mexico, Prime Minister X spoke with President Y")
        if verb is not None and "," not in text[low:verb]:
            return True
    return False


def _in_turn(text: str, scene: Scene, words: Closed) -> bool:
    """Whether the scene's first sentence tells of meetings held one guest at a time:
    "Wang Yi met in Beijing with A and B respectively"."""
    return any(
        holds_any(text[span.start : span.end].casefold(), words.in_turn)
        for span in scene.sentences[:1]
    )


def _met_later(
    document: Document,
    lexemes: Lexemes,
    mentions: tuple[Mention, ...],
    starts: list[int],
    drafts: list[_Draft],
    scene: Scene,
    grammar: Grammar,
) -> list[Mention]:
    """Those a principal met or spoke with in the body, after the scene: "The Prime
    Minister also met with the Prime Minister of India, Narendra Modi", "Before the
    summit, the Prime Minister met A and B"; not a meeting of another time ("they met
    last year", "had met", "where he met").

    The verbs are grammar.toml's ``met_later``; the subject is a principal, by name,
    office or pronoun, and the people named with their offices after the verb are the
    ones met."""
    body = document.body
    if body is None or not drafts:
        return []
    text = document.text
    words = grammar.words
    found: list[Mention] = []
    # after the scene's own meeting, whose people are read
    start = max([body.start, *(span.end for span in scene.main_spans)])
    told = text[start : body.end].casefold()
    opened = holds_any(told, words.met_in)
    if not opened and not holds_any(told, words.met_later + words.met_through + words.met_by):
        return found  # the commonest case: no other meeting told
    for lx in lexemes.between(start, body.end):
        if lx.entry is None or not lx.entry.engagement:
            continue
        written = f" {lx.text.casefold()} "
        verb_end: int | None = lx.end
        passive = False
        if written in words.met_through:
            # "held talks with", "had a bilateral meeting with": the verb ends at its noun
            verb_end = _engagement_noun(text, lexemes, lx, words.articles)
        elif written in words.met_by and text.startswith(" by ", lx.end):
            # "X was received by Y": the verb ends at its "by", the subject before the
            # auxiliary
            verb_end, passive = lx.end + len(" by"), True
        elif written not in words.met_later:
            continue
        if verb_end is None:
            continue
        index = bisect.bisect_left(starts, lx.start)
        if index == 0 or index >= len(mentions):
            continue
        subject = mentions[index - 1]
        if (
            subject.end > lx.start
            or (
                # "X was received by": an auxiliary alone between
                f"{' '.join(text[subject.end : lx.start].split())} " not in words.passive
                if passive
                else grammar.gap.fullmatch(text, subject.end, lx.start) is None
            )
            or not _a_principal(subject, text, drafts, grammar)
        ):
            continue
        # the verb's sentence, read no further than a sentence runs
        low, high = (
            max(body.start, lx.start - _SENTENCE_REACH),
            min(body.end, lx.end + _SENTENCE_REACH),
        )
        sentence_start = max(text.rfind(". ", low, lx.start), text.rfind("\n", low, lx.start)) + 1
        sentence_start = max(sentence_start, low)
        sentence_end = text.find(". ", lx.end, high)
        sentence = text[sentence_start : high if sentence_end < 0 else sentence_end]
        before = text[max(sentence_start, lx.start - 6) : lx.start].casefold().split()
        clause = text[sentence_start : subject.start].replace(",", " ").casefold().split()
        if (
            any(map(sentence.casefold().__contains__, words.background))
            or any(mark in sentence for mark in words.quotes)
            or (not passive and before and _auxiliary(grammar.lookup(before[-1])))
            or _subordinate(clause, words)
        ):
            continue  # another time, someone's words, or a clause inside the sentence
        found.extend(_met_ones(text, mentions, index, verb_end, words))
    for lx in lexemes.between(start, body.end) if opened else ():
        # "In his meeting with Foreign Minister X of Japan, the two ministers agreed"
        cues = lx.entry.engagement if lx.entry is not None else ()
        if not any(cue.part == "noun" for cue in cues):
            continue
        low = max(body.start, lx.start - _OPENER_REACH)
        opening = max(text.rfind(". ", low, lx.start), text.rfind("\n", low, lx.start)) + 1
        opener = " ".join(text[max(opening, low) : lx.start].casefold().split())
        if opener.lstrip("0123456789.) ") not in words.met_in:
            continue
        index = bisect.bisect_left(starts, lx.end)
        found.extend(_met_ones(text, mentions, index, lx.end, words))
    return found


def _met_ones(
    text: str, mentions: tuple[Mention, ...], index: int, verb_end: int, words: Closed
) -> list[Mention]:
    """The named officials a verb or noun of meeting that ends at ``verb_end`` takes for
    its object, the mentions from ``index`` on: "with the Prime Minister of India, X",
    "President A of France and Prime Minister B of Italy"."""
    found: list[Mention] = []
    end = verb_end
    for mention in mentions[index:]:
        if mention.start < end:
            continue  # the engagement's noun ("talks") is no one met
        gap = text[end : mention.start]
        if (
            mention.kind != "person"
            or mention.name is None
            or not mention.offices
            or mention.possessive
        ):
            break
        if end == verb_end:
            # "met with the Prime Minister of India, X": "with" and an article at most
            between = gap.casefold().split()
            if between[:1] and between[0] in words.met_with:
                between.pop(0)
            if len(between) > 1 or (between and between[0] not in words.articles):
                break
        elif gap.strip(" ,") not in ("", *words.joining):
            break
        found.append(mention)
        end = mention.end
    return found


_OPENER_REACH = 24  # the longest phrase that opens a sentence before a meeting's noun


def _subordinate(words: list[str], closed: Closed) -> bool:
    """Whether lower-case ``words`` hold a word that opens a clause inside a sentence;
    not one before a noun of time, which it points to ("Later that day,")."""
    return any(
        word in closed.subordinators
        and (i + 1 == len(words) or words[i + 1] not in closed.time_nouns)
        for i, word in enumerate(words)
    )


def _engagement_noun(
    text: str, lexemes: Lexemes, verb: Lexeme, articles: frozenset[str]
) -> int | None:
    """Where the noun of the engagement that ``verb`` ("held", "had") takes ends, when
    only an article and modifiers stand between them: "held talks", "had a bilateral
    meeting", "held a telephone call"; None for any other object."""
    end = verb.end
    noun = False
    for lx in lexemes.between(verb.end, verb.end + _NOUN_REACH):
        gap = text[end : lx.start].split()
        if noun and gap:
            break
        if len(gap) > 1 or (gap and gap[0].casefold() not in articles):
            return None
        cues = lx.entry.engagement if lx.entry is not None else ()
        if not cues or any(cue.part != "modifier" and cue.part != "noun" for cue in cues):
            if noun:
                break
            return None  # "had held talks": another verb, another time
        noun = noun or any(cue.part == "noun" for cue in cues)
        end = lx.end
    return end if noun else None


_NOUN_REACH = 40  # how far after its verb an engagement's noun may stand


def _auxiliary(entry: Entry | None) -> bool:
    """Whether a word is an auxiliary: "had met", "has spoken" tell another time."""
    return entry is not None and entry.auxiliary


def _a_principal(mention: Mention, text: str, drafts: list[_Draft], grammar: Grammar) -> bool:
    """Whether a subject names a principal: by a name one answers to, an office one holds,
    or a pronoun."""
    if mention.kind == "person" and mention.name is not None:
        name = text[mention.name[0] : mention.name[1]]
        return bool(_named_by(drafts, name, grammar.words, grammar))
    if mention.kind == "office" and mention.offices:
        return any(_holds_office(d, mention) for d in drafts)
    return mention.kind == "reference" and mention.reference in ("he", "she", "role")


_SENTENCE_REACH = 400  # how far a sentence is read around a verb of meeting


def _side(mention: Mention, text: str, drafts: list[_Draft], grammar: Grammar) -> _Draft | None:
    """The one principal ``mention`` names, by name or by an office one alone holds."""
    if mention.kind == "person" and mention.name is not None:
        found = _named_by(drafts, text[mention.name[0] : mention.name[1]], grammar.words, grammar)
    elif mention.offices:
        found = [d for d in drafts if _holds_office(d, mention)]
    else:
        return None
    return found[0] if len(found) == 1 else None


def _speakers(
    document: Document, lexemes: Lexemes, mentions: tuple[Mention, ...], grammar: Grammar
) -> list[Mention]:
    """Named people who are the subject of a reporting verb in the body, alone or joined
    by "and" to one who is ("Prime Minister X of Albania and Prime Minister Y of
    Montenegro briefed ...")."""
    body = document.body
    if body is None:
        return []
    text = document.text
    people = [
        m
        for m in mentions
        if m.kind == "person" and m.name is not None and body.start <= m.start < body.end
    ]
    found: list[Mention] = []
    joined_to: Mention | None = None  # the subject found last, which one before may join
    for mention in reversed(people):
        subject = joined_to
        joined_to = None
        if _relay(mention, grammar) or mention.possessive:
            continue
        if subject is not None and text[mention.end : subject.start].strip() in (
            grammar.words.joining
        ):
            found.append(mention)
            joined_to = mention
            continue
        after = lexemes.between(mention.end, mention.end + 60)
        verb = next(
            (lx for lx in after if lx.entry is not None and lx.entry.verb is not None), None
        )
        if (
            verb is None
            or verb.entry is None
            or verb.entry.form not in ("past", "present", "participle")
        ):
            continue
        if grammar.gap.fullmatch(text, mention.end, verb.start):
            found.append(mention)
            joined_to = mention
    found.reverse()
    return found


def _coupled(before: Mention | None, mention: Mention, text: str, grammar: Grammar) -> bool:
    """Whether ``mention`` is an office joined to the office before it under one article:
    "the King and Queen", a couple, neither of whom is someone else untitled."""
    if before is None or before.kind != "office":
        return False
    between = text[before.end : mention.start].casefold().split()
    return len(between) == 1 and between[0] in grammar.words.joining


def _enrich(
    document: Document,
    lexemes: Lexemes,
    mentions: tuple[Mention, ...],
    starts: list[int],
    drafts: list[_Draft],
    placeholders: list[_Draft],
    grammar: Grammar,
) -> dict[str, list[Mention]]:
    """Complete principals from every mention in the header and the body; ``starts`` are
    the mentions' starts. Returns the names no principal answered to, by name."""
    text = document.text
    body = document.body
    body_start, body_end = (body.start, body.end) if body is not None else (0, 0)
    # the principals each name names: a text names the same people again and again; the
    # answers hold until a principal learns a new name
    owners_of: dict[str, list[_Draft]] = {}
    # what names have given their one owner since the answers were last read: a mention
    # that says the same again adds nothing
    absorbed: set[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], bool]] = set()
    # the mentions complete principals but add none: one list of them all for every mention
    everyone = drafts + placeholders
    orphans: dict[str, list[Mention]] = {}  # the names no principal answered to, by name
    previous: Mention | None = None
    for mention in mentions:
        before, previous = previous, mention
        kind = mention.kind
        if kind == "person":
            if mention.name is None:
                continue
            name = text[mention.name[0] : mention.name[1]]
            owners = owners_of.get(name)
            if owners is None:
                owners = owners_of[name] = _named_by(drafts, name, grammar.words, grammar)
            in_body = body_start <= mention.start < body_end
            if len(owners) == 1 and not _spouse(owners[0], mention):
                said = (name, mention.titles, mention.offices, mention.countries, in_body)
                if said in absorbed:
                    continue
                if owners[0].absorb(mention, text, None, not in_body):
                    owners_of.clear()
                    absorbed.clear()
                else:
                    absorbed.add(said)
                continue
            if not owners and in_body and mention.offices and not _relay(mention, grammar):
                unnamed = [
                    p
                    for p in placeholders
                    if not p.named
                    and p.office
                    and any(
                        offices_match(p.office, office, p.words.subordinate)
                        for office in mention.offices
                    )
                    and (
                        not p.countries
                        or not mention.countries
                        or set(p.countries) & set(mention.countries)
                    )
                ]
                # the subject of a verb: "President Hollande" after "her meeting with" may
                # be another holder of the office
                if len(unnamed) == 1 and _speaks(mention, text, lexemes, grammar, engages=True):
                    unnamed[0].absorb(mention, text, None, not in_body)
            elif not owners and not mention.offices:
                # perhaps the name of an office the scene named, learned only later:
                # "a message to Claudia Sheinbaum ... President Sheinbaum"
                orphans.setdefault(name, []).append(mention)
            continue
        if kind != "office" and kind != "reference":
            continue
        if before is not None and _apposed(before, mention, text):
            # "Xi, also general secretary of ...,": the office of the one named, and his
            # title where the text gives him none ("Senior Chinese diplomat Wang Yi ...
            # Wang, also director of the Office of ..., said")
            if kind == "office" and mention.offices and _said_of(before, mention, text, grammar):
                assert before.name is not None
                said_of = text[before.name[0] : before.name[1]]
                named = _named_by(drafts, said_of, grammar.words, grammar)
                if len(named) == 1 and not named[0].titles:
                    named[0].titles.append((mention.titles[0], mention.offices[0]))
            continue
        in_body = body_start <= mention.start < body_end
        if kind == "office" and in_body and mention.offices and not mention.plural:
            # said of someone, an office of another country is not one a principal
            # of no known country holds
            predicated = mention.countries and _predicated(mention, text, grammar)
            held = any(
                _holds_office(d, mention) and (d.countries or not predicated) for d in everyone
            )
            if held and not _speaks(mention, text, lexemes, grammar):
                continue  # "the Russian President" in passing: perhaps no one here
            bare = [
                d
                for d in everyone
                if not d.titles
                and (
                    not mention.countries
                    or not d.countries
                    or set(d.countries) & set(mention.countries)
                )
            ]
            if (
                len(bare) == 1
                and not held
                and not _coupled(before, mention, text, grammar)
                and not _governed(mention, text, grammar)
                # "The Head of State" of no country is the issuer's own, who opens the
                # scene as a rule: no title of a counterpart's ("... with his Polish
                # counterpart X. The Head of State thanked ...")
                and (
                    mention.reference != "role"
                    or bool(mention.countries)
                    or (bool(drafts) and bare[0] is drafts[0])
                )
            ):
                bare[0].titles.append((mention.offices[0], mention.offices[0]))
                for code in mention.countries:
                    if code not in bare[0].countries:
                        bare[0].countries.append(code)
        if mention.countries:
            # most of these are countries the principals already hold: what follows the
            # mention is read only for a country no one holds
            for code in mention.countries:
                owners = [d for d in everyone if code in d.countries]
                if not owners and in_body and not mention.plural:
                    countryless = [d for d in everyone if not d.countries]
                    if (
                        len(countryless) == 1
                        and not any(
                            m.kind == "person"
                            for m in starting(mentions, starts, mention.end, mention.end + 2)
                        )
                        and _speaks(mention, text, lexemes, grammar)
                    ):
                        # "the Russian leader noted" when no one else can be Russian; not
                        # "support for the Ukrainian government", which may be no one here
                        countryless[0].countries.append(code)
                        owners = countryless
                if len(owners) == 1 and not owners[0].titles and mention.offices:
                    written = mention.offices[0] if mention.plural else mention.titles[0]
                    owners[0].titles.append((written, mention.offices[0]))
    named = [p for p in placeholders if p.named]
    for name, found in orphans.items() if named else ():
        owners = [d for d in everyone if d.same(name)]
        if len(owners) == 1 and any(owners[0] is p for p in named):
            mention = found[0]
            in_body = body_start <= mention.start < body_end
            owners[0].absorb(mention, text, None, not in_body)
    for span in document.bylines:
        name = _clean_name(text[span.start : span.end], grammar.words.post_nominals)
        owners = [d for d in drafts + placeholders if d.same(name)]
        if len(owners) == 1:
            if name not in owners[0].names:
                owners[0].names.append(name)
                owners[0].learn(name)
        elif not owners:
            unnamed = [p for p in placeholders if not p.named]
            if len(unnamed) == 1:
                unnamed[0].names.append(name)
                unnamed[0].learn(name)
    return orphans


def _apposed(name: Mention, office: Mention, text: str) -> bool:
    """Whether ``office`` is set off by a comma right after the ``name`` it is said of,
    with at most a word or two before it: "Xi, also general secretary of ..."."""
    if name.kind != "person" or name.name is None:
        return False
    between = text[name.end : office.start]
    return between.lstrip().startswith(",") and len(between.split()) <= _APPOSED_WORDS


_APPOSED_WORDS = 3  # the comma and the words before an office said of a name: ", also the"


def _said_of(name: Mention, office: Mention, text: str, grammar: Grammar) -> bool:
    """Whether ``office`` is set off by a comma right after the ``name`` it is said of,
    with "also" and perhaps an article before it: "Wang Yi, also a member of the Political
    Bureau of the CPC Central Committee,"; not "X, the President of the Republic met",
    another person."""
    if not _apposed(name, office, text):
        return False
    words = text[name.end : office.start].replace(",", " ").casefold().split()
    return not grammar.words.apposing.isdisjoint(words) and all(
        w in grammar.words.articles or w in grammar.words.apposing for w in words
    )


def _name_by_gazetteer(
    unnamed: list[_Draft],
    drafts: list[_Draft],
    orphans: dict[str, list[Mention]],
    text: str,
    lexemes: Lexemes,
    grammar: Grammar,
    year: int | None,
) -> None:
    """Name a principal known only by office ("The President of the Republic spoke with
    ...") by the one name the text gives that the gazetteer knows as that office's
    holder in that country ("Emmanuel Macron invited ...")."""
    known = _gazetteer(grammar)
    # each name where it is the subject of a verb ("Emmanuel Macron welcomed ..."), not
    # where it is named in what was said ("agreed that Vladimir Putin must fail")
    names = [
        (name, speaking)
        for name, found in orphans.items()
        if known.may_know(name)
        and (speaking := next((m for m in found if _speaks(m, text, lexemes, grammar, True)), None))
    ]
    for draft in unnamed:
        office = draft.office
        assert office is not None
        # of the principal's country, or when the text gives it none, of a country no
        # other principal is of
        others = {code for d in drafts if d is not draft for code in d.countries}
        fits = {
            name: (mention, person.country)
            for name, mention in names
            for person in known.find(name, year)
            if (
                person.country in draft.countries
                if draft.countries
                else person.country not in others
            )
            and any(_either_office(office, o, draft.words.subordinate) for o in person.offices)
        }
        if len(fits) == 1:
            mention, country = next(iter(fits.values()))
            draft.absorb(mention, text, None)
            if country not in draft.countries:
                draft.countries.append(country)


def _countries(
    document: Document,
    lexemes: Lexemes,
    drafts: list[_Draft],
    issuer: str | None,
    scene: Scene,
    grammar: Grammar,
    year: int | None,
) -> int | None:
    """Give a country to principals whose country the text does not state, first from
    who they are (the gazetteer, again: the body may have named one only now), then
    from the issuer and the text around them; the index of the issuing government's own
    principal."""
    _known(drafts, grammar, year)
    home = None
    if issuer is not None:
        home = next((i for i, d in enumerate(drafts) if issuer in d.countries), None)
        if home is None:
            home = next((i for i, d in enumerate(drafts) if not d.countries), None)
            if home is not None:
                drafts[home].countries.append(issuer)
    _initiative(lexemes, drafts, scene)
    _paired(document, lexemes, drafts, grammar)
    if home is None and drafts:
        home = 0
    return home


def _subject_countries(
    document: Document, mentions: tuple[Mention, ...], drafts: list[_Draft]
) -> None:
    """Give a principal of no country the one a sentence of the body names his office
    with, as its subject: "The Chilean President raised ..." is the one President of no
    country yet, unless another principal is of Chile or holds the office too."""
    body = document.body
    if body is None or all(d.countries for d in drafts):
        return
    text = document.text
    held = {code for d in drafts for code in d.countries}
    for mention in mentions:
        if (
            not body.start <= mention.start < body.end
            or mention.kind != "office"
            or len(mention.countries) != 1
            or mention.countries[0] in held
            or mention.plural
            or mention.possessive
            or not mention.determined
        ):
            continue
        opening = max(
            text.rfind(". ", body.start, mention.start), text.rfind("\n", 0, mention.start)
        )
        if text[opening + 1 : mention.start].strip():
            continue  # not the sentence's subject: "the visit of the French President"
        holders = [d for d in drafts if not d.countries and _holds_office(d, mention)]
        if len(holders) == 1:
            holders[0].countries.append(mention.countries[0])
            held.add(mention.countries[0])


def _gazetteer(grammar: Grammar) -> Gazetteer:
    """The gazetteer of the grammar's vocabulary, built once."""
    return gazetteer_for(grammar.vocabulary, grammar.words.name_noise, grammar.words.patronymics)


def _same_known(drafts: list[_Draft], grammar: Grammar, year: int | None) -> None:
    """Merge principals the gazetteer knows for one person by names that share no word
    ("President Jokowi" of a headline and "President Joko Widodo" of the body): one of
    them known by a single word, as such names are."""
    if len(drafts) < 2 or all(len(d.tokens) > 1 for d in drafts):
        return
    known = _gazetteer(grammar)
    people = [
        known.person(d.names, year) if any(map(known.may_know, d.names)) else None for d in drafts
    ]
    for i, person in enumerate(people):
        if person is None:
            continue
        for j in range(i + 1, len(drafts)):
            if people[j] == person:
                drafts[i].merge(drafts[j])
                people[j] = None
                drafts[j].first = -1  # merged
    drafts[:] = [d for d in drafts if d.first >= 0]


def _known(drafts: list[_Draft], grammar: Grammar, year: int | None) -> None:
    """Give the principals the gazetteer knows their other names and, where the text
    states none, their country: the gazetteer's, or that of the one government that has
    their office ("the Taoiseach", "Deputy Secretary of the Treasury X")."""
    known = _gazetteer(grammar)
    national = grammar.office_countries
    for draft in drafts:
        if len(draft.names) != draft.looked_up:  # a name since the last time
            draft.looked_up = len(draft.names)
            offices = tuple(o for _, o in draft.titles)
            person = known.person(draft.names, year, offices)
            if person is not None:
                for form in person.names:
                    draft.learn(form)  # "Jokowi" is Joko Widodo
                draft.known_offices = person.offices
                if not draft.countries:
                    draft.countries.append(person.country)
            elif not draft.countries:
                # "Secretary Rice": one of two Americans
                code = known.country(draft.names, year, offices)
                if code is not None:
                    draft.countries.append(code)
        if not draft.countries and national:
            code = next((national[o] for _, o in draft.titles if o in national), None)
            if code is not None:
                draft.countries.append(code)


def _unjoin(
    mention: Mention,
    draft: _Draft,
    drafts: list[_Draft],
    placeholders: list[_Draft],
    text: str,
) -> None:
    """Gives the first of offices joined by "and" before a name to another principal
    when that one holds it and the named one holds another ("Taoiseach and Chancellor
    Scholz" over "Taoiseach Leo Varadkar" and "Chancellor Olaf Scholz"); a name holding
    both where the text never says otherwise is one person with two offices ("Prime
    Minister and Foreign Minister Sheikh X")."""
    assert mention.joined is not None
    start, end, office = mention.joined
    below = draft.words.subordinate
    if not draft.offices_alone or any(
        _either_office(office, o, below) for o in draft.offices_alone
    ):
        return
    countries = set(mention.countries)
    holder = next(
        (
            d
            for d in (*drafts, *placeholders)
            if d is not draft
            and any(_either_office(office, o, below) for o in d.offices_alone)
            and (not countries or not d.countries or countries & set(d.countries))
        ),
        None,
    )
    if holder is None:
        return
    draft.disowned |= {(written, office) for written in mention.titles}
    draft.titles = [t for t in draft.titles if t not in draft.disowned]
    for pair in draft.disowned:
        draft.body_titles.pop(pair, None)
    if draft.first == mention.start:
        draft.first = end  # named after the other
    if (text[start:end], office) not in holder.titles:
        holder.titles.append((text[start:end], office))
    holder.first = min(holder.first, start)


def _drop_askers(drafts: list[_Draft], placeholders: list[_Draft]) -> None:
    """Drops those named only as who asked for the engagement ("on a State Visit at the
    invitation of the President of India") when two others take part, not counting the
    officials who joined them."""
    if sum(not d.asking_only and not d.joined_later for d in (*drafts, *placeholders)) >= 2:
        drafts[:] = [d for d in drafts if not d.asking_only]
        placeholders[:] = [d for d in placeholders if not d.asking_only]


def _initiative(lexemes: Lexemes, drafts: list[_Draft], scene: Scene) -> None:
    """ "At Russia's initiative, Vladimir Putin had a telephone conversation ...": the one
    principal without a country speaks for the country whose initiative it was."""
    missing = [d for d in drafts if not d.countries]
    if len(missing) != 1:
        return
    held = {code for d in drafts for code in d.countries}
    for span in scene.sentences:
        for lx in lexemes.between(span.start, span.end):
            if not _asks(lx):
                continue
            near = lexemes.between(max(span.start, lx.start - 30), min(span.end, lx.end + 30))
            owners = {c for o in near if o.entry is not None for c in o.entry.countries} - held
            if len(owners) == 1:
                missing[0].countries.append(owners.pop())
                return


def _reported(text: str, lexemes: Lexemes, lx: Lexeme, grammar: Grammar) -> bool:
    """Whether a country opens what a verb of saying reports, right after it: "said the UK
    would ...", "stressed that Canada stands ..."."""
    index = bisect.bisect_left(lexemes.starts, lx.start) - 1
    if index < 0:
        return False
    verb = lexemes.items[index]
    if verb.entry is None or verb.entry.verb is None:
        return False
    words = text[verb.end : lx.start].casefold().split()
    return all(
        word in grammar.words.articles or word in grammar.words.subordinators for word in words
    )


# how many words after a country its noun of hostility may stand: "Russia's full-scale war"
_ADVERSARY_REACH = 3


def _paired(document: Document, lexemes: Lexemes, drafts: list[_Draft], grammar: Grammar) -> None:
    """Countries for principals the text gives none, read from how the body pairs
    countries: "U.S.-Japan Alliance", "the U.S. and Israel", "between China and the US"
    pair a principal's country with the other's; failing that, the country the body
    names most, above all as an owner ("Canada's support")."""
    body = document.body
    if body is None or not any(not d.countries for d in drafts):
        return
    text = document.text
    # not of those who only attended: a minister of a country does not hold it for his
    # leader ("The meeting was also attended by Foreign Minister of Belarus X")
    held = {code for d in drafts if not d.attended for code in d.countries}
    countries = [
        lx
        for lx in lexemes.between(body.start, body.end)
        if lx.entry is not None and lx.entry.countries
    ]
    paired: collections.Counter[str] = collections.Counter()
    named: collections.Counter[str] = collections.Counter()
    sided: collections.Counter[str] = collections.Counter()  # named, but for adjectives
    first: dict[str, int] = {}
    for index, lx in enumerate(countries):
        assert lx.entry is not None
        codes = [c for c in lx.entry.countries if len(c) == 2]
        following = text[lx.end : lx.end + 40].replace("’", " ’").replace("'", " '").split()
        word = following[0].casefold() if following else ""
        possessive = word in ("’s", "'s", "’", "'")  # "the UK's review": as good as twice
        noun = 1 if possessive else 0  # where the noun after the country starts
        ahead = following[noun : noun + _ADVERSARY_REACH]
        if any(w.strip(",.;:").casefold() in grammar.words.adversary_nouns for w in ahead):
            continue  # "Russia's strikes against ...": a third party spoken of, of no side
        # "China is willing", "Canada's support", "Canadian citizens": a country as its own
        own = word in grammar.words.own or (lx.entry.demonym and word in grammar.words.own_nouns)
        # a country that is an issue of the taxonomy ("Iran's nuclear programme") is what
        # the leaders talked about, not whose they are
        issue = bool(grammar.topics.ids(lx.text, lx.text.lower()))
        # a demonym before anything else qualifies a thing ("Russian gas"): it says whose
        # side the first principal is on ("British businesses"), not another's
        weight = 3 if own else 2 if possessive else 1
        if own and _reported(text, lexemes, lx, grammar):
            weight += 1  # "The Prime Minister said the UK would ...": the speaker's own
        adjective = weight == 1 and lx.text in grammar.adjectives
        for code in codes:
            if code not in held and not issue:
                named[code] += weight
                if not adjective:
                    sided[code] += weight
                first.setdefault(code, lx.start)
        if index + 1 < len(countries):
            other = countries[index + 1]
            assert other.entry is not None
            around = (
                text[max(0, lx.start - 40) : other.end + 60].casefold().replace("-", " ").split()
            )
            if text[lx.end : other.start] in ("-", "–", " and ", " and the ", "/") and any(
                word.strip(",.’'s") in grammar.pairings for word in around
            ):
                mine, theirs = set(codes), {c for c in other.entry.countries if len(c) == 2}
                for one, two in ((mine, theirs), (theirs, mine)):
                    if one & held and not two & held:
                        for code in two:
                            paired[code] += 1
                            first.setdefault(code, lx.start)
    for counted in (paired, named):
        for number, draft in enumerate(drafts):
            if draft.countries or draft.joined_later:
                continue  # an official who joined is of a side, not of a country named
            votes = sided if counted is named and number > 0 else counted
            ranked = sorted(
                (c for c in votes if c not in held), key=lambda c: (-votes[c], first[c])
            )
            if not ranked:
                break
            # a country named once in passing ("discussed Ukraine") says nothing of whose it
            # is; beyond the scene's first principal (the issuer's own, as a rule) it must
            # also be named more than any other
            top = votes[ranked[0]]
            tied = len(ranked) > 1 and votes[ranked[1]] == top
            if counted is named and (top < 2 or (number > 0 and tied)):
                break
            draft.countries.append(ranked[0])
            held.add(ranked[0])


def _principal(draft: _Draft) -> Principal:
    # one name and one office are the rule: only more are ranked
    names = draft.names
    if len(names) > 1:
        # the fullest, and of as full, one not in capitals ("XI JINPING" of a headline)
        name: str | None = max(names, key=lambda n: (len(n.split()), not n.isupper(), len(n)))
    else:
        name = names[0] if names else None
    titles = draft.titles
    if len(titles) > 1:
        # an office as the body first writes it, then one written only outside the body
        # (the headline's), a capital first ("German chancellor" in a headline, "Chancellor
        # Angela Merkel" in a link); capitals throughout last ("PM")
        body = draft.body_titles
        titles = sorted(
            titles,
            key=lambda t: (t[0].isupper(), t not in body, body.get(t, 0), t[0][:1].islower()),
        )
        offices = tuple(dict.fromkeys([o for _, o in titles]))
    else:
        offices = (titles[0][1],) if titles else ()
    written, office = titles[0] if titles else (None, None)
    title = " ".join(written.split()) if written else None
    return Principal(
        name=name or title or "Unnamed participant",
        title=title,
        office=office,
        country=draft.countries[0] if draft.countries else None,
        tokens=frozenset(draft.tokens),
        surnames=frozenset(draft.surnames),
        named=name is not None,
        offices=offices,
        known_offices=draft.known_offices,
        attended=draft.attended,
        # in lower case, one space between words: as a style alone is compared with them
        before_names=tuple(
            dict.fromkeys(" ".join(b.casefold().split()) for b in draft.before_names)
        ),
    )
