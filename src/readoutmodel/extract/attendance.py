"""Officials who attend: those a readout lists as joining the engagement beside its
principals ("Foreign Minister X also attended", "The Prime Minister was accompanied by
X", "Taking part in the talks on the Russian side were ..."), and the principal each
joined where the text names one, whose side they are on.

The participants stage adds them as principals of their own (see
:mod:`readoutmodel.extract.participants`); the words of joining are grammar.toml's
``joined`` and ``joined_by``.
"""

from __future__ import annotations

import bisect

import attrs

from readoutmodel.lexer import Lexemes
from readoutmodel.mentions import Mention, joins, starting
from readoutmodel.patterns import Grammar
from readoutmodel.text import Document, Paragraph, holds_any

__all__ = ["joiners"]


def joiners(
    document: Document,
    lexemes: Lexemes,
    mentions: tuple[Mention, ...],
    starts: list[int],
    grammar: Grammar,
    joined_to: dict[int, Mention] | None = None,
) -> list[Mention]:
    """People who join the engagement, in whichever paragraph the readout lists who
    attended: "Vice President Kamala Harris also joined the call", "Italian Prime Minister
    X also attended.", "President Y was joined by Minister of Defense X and ...";
    ``joined_to`` takes, by where each starts, the principal they joined where the text
    names one ("The Prime Minister was accompanied by X")."""
    text = document.text
    words = grammar.words
    found: list[Mention] = []
    for paragraph in document.paragraphs:
        for mention, principal in _joined_by(text, mentions, starts, paragraph, grammar):
            found.append(mention)
            if principal is not None and joined_to is not None:
                joined_to[mention.start] = principal
        if not holds_any(text[paragraph.start : paragraph.end].casefold(), words.joined):
            continue  # the commonest case: no one joins in this paragraph
        listed: list[Mention] = []  # the named officials joined by "and" up to here
        for mention in starting(mentions, starts, paragraph.start, paragraph.end):
            if mention.kind != "person" or mention.name is None or not mention.offices:
                listed = []
                continue
            # "A, B and C", "A, and the Minister of ..., B"
            if not listed or not _listed(text, listed[-1].end, mention.start, grammar):
                listed = []
            listed.append(mention)
            # past the comma that closes an apposition, a relative clause and the adverbs:
            # "The Foreign Secretary, X, joined", "X, who is accompanying the President,
            # joined", "A and B, who joined the call", "X also joined"
            verb = _past_relative(text, mention.end, grammar)
            after = text[verb : verb + _AFTER].split()
            while after and grammar.adverb(after[0]):
                after.pop(0)
            after = [word.casefold() for word in after]
            following = " ".join(after)
            unnamed = next((u for u in words.unnamed_joiners if following.startswith(u)), None)
            if unnamed is not None:
                # "A and senior officials were present": A, with others the text leaves
                # unnamed, perhaps of some body ("senior officials of the Ministry")
                following = following[len(unnamed) :]
                rest = following.split()
                if rest and (rest[0],) in words.of:
                    for k in range(1, _BODY_WORDS + 1):
                        tail = " ".join(rest[k:])
                        if tail.startswith((*words.joined_verbs, *words.joined_ended)):
                            following = tail
                            break
            skipped = len(" ".join(after)) - len(following)  # past the unnamed joiners
            if following.startswith(words.joined_ended):
                found.extend(listed)  # "X and Y also attended."
                continue
            if following.startswith(words.joined_along):
                # "X attended, along with Y and Z": all of them
                found.extend(listed)
                comma = text.index(",", verb)
                found.extend(_along_with(text, mentions, starts, comma + 1, grammar))
                continue
            if not following.startswith(words.joined_verbs):
                continue
            principal = _joins_principal(text, mention, mentions, starts, grammar)
            if principal is not None:
                found.extend(listed)  # "X and Y joined President Biden."
                if joined_to is not None:
                    joined_to.update((m.start, principal) for m in listed)
                continue
            noun = next(
                (
                    lx
                    for lx in lexemes.between(verb, verb + skipped + _NOUN_REACH)
                    if lx.entry is not None
                    and (
                        lx.entry.reference == "engagement"
                        or any(c.part == "noun" for c in lx.entry.engagement)
                        or lx.text.casefold() in words.entourages
                    )
                ),
                None,
            )
            if noun is not None:
                # "X and Y also took part in the talks", "... were part of the Pakistani
                # delegation"; "... joined the meeting along with Z"
                found.extend(listed)
                found.extend(_along_with(text, mentions, starts, noun.end, grammar))
    return found


_AFTER = 80  # how far after a name its verb of joining is read: past "and other officials"
_BODY_WORDS = 4  # the most words of the body the unnamed are of: "of the Ministry"
_NOUN_REACH = 60  # how far after the verb of joining the engagement it joins is named


def _past_relative(text: str, end: int, grammar: Grammar) -> int:
    """Where the verb after a name ending at ``end`` stands: past the comma of an
    apposition and a relative clause set off by commas ("X, who is accompanying the
    President on this trip, joined"), or at its relative pronoun's verb ("A and B, who
    joined the call")."""
    if not text.startswith(",", end):
        return end  # the commonest case: the verb, or a word, right after the name
    start = end + 1
    word = text[start : start + 8].split(None, 1)[:1]
    if not word or f", {word[0].casefold()} " not in grammar.words.subject_relatives:
        return start
    verb = start + len(word[0]) + 1
    close = text.find(",", verb, verb + _CLAUSE_REACH)
    period = text.find(".", verb, verb + _CLAUSE_REACH)
    if close < 0 or (0 <= period < close):
        return verb  # the clause runs to the sentence's end: its verb is the one
    return close + 1


_CLAUSE_REACH = 100  # the longest relative clause set off by commas read past


def _along_with(
    text: str, mentions: tuple[Mention, ...], starts: list[int], end: int, grammar: Grammar
) -> list[Mention]:
    """The named officials after "along with" or "together with" right after ``end``."""
    words = text[end : end + 20].casefold().split()
    if " ".join(words[:2]) not in grammar.words.along_with:
        return []
    found: list[Mention] = []
    for mention in starting(mentions, starts, end, end + 200):
        if mention.kind != "person" or mention.name is None or not mention.offices:
            break
        found.append(mention)
        following = text[mention.end : mention.end + 6].replace(",", " ").casefold().split()
        if not set(following[:1]) & grammar.words.joining:
            break
    return found


def _listed(text: str, end: int, start: int, grammar: Grammar) -> bool:
    """Whether the gap from ``end`` to ``start`` goes on with a list of officials: spacing,
    commas or semicolons and at most a joining word, and an article that opens the next one
    ("A, B and C", "A, and the Minister of Defence, B", "A, Office; B, Office; and C", "by A
    and by B", "A, as well as B")."""
    gap = text[end:start].replace(",", " ").replace(";", " ").casefold().split()
    if gap and gap[-1] in grammar.words.articles:
        gap.pop()
    if " ".join(gap) in grammar.words.as_well_as:
        return True  # "A, as well as the United Kingdom's B"
    if len(gap) > 1 and f" {gap[-1]} " in grammar.words.agent:
        gap.pop()  # "was accompanied by A and by B"
    return not gap or (len(gap) == 1 and gap[0] in grammar.words.joining)


def _joins_principal(
    text: str, mention: Mention, mentions: tuple[Mention, ...], starts: list[int], grammar: Grammar
) -> Mention | None:
    """The person the verb of joining after ``mention`` has for its object, who ends the
    sentence or a clause joined to the next, named or by office: "X and Y joined President
    Biden.", "Z accompanied President Xi.", "A and B accompanied the Prime Minister.", "X
    joined the President, and Y joined President Z."."""
    after = bisect.bisect_right(starts, mention.start)
    if after >= len(mentions):
        return None
    other = mentions[after]
    named = (other.kind == "person" and other.name is not None) or (
        other.kind == "office" and other.determined
    )
    if not named or other.start - mention.end > _JOIN_REACH:
        return None
    if text.startswith(".", other.end):
        return other
    clause = text[other.end : other.end + _JOIN_REACH].split(None, 2)
    ends = text.startswith(",", other.end) and len(clause) > 1
    return other if ends and clause[1].casefold() in grammar.words.joining else None


_JOIN_REACH = 30  # how far after the one who joins the verb's object may stand


def _joined_by(
    text: str,
    mentions: tuple[Mention, ...],
    starts: list[int],
    paragraph: Paragraph,
    grammar: Grammar,
) -> list[tuple[Mention, Mention | None]]:
    """The named officials listed after each "was joined by" of a paragraph, each with the
    principal they joined where the text names one before it."""
    found: list[tuple[Mention, Mention | None]] = []
    if not holds_any(
        text[paragraph.start : paragraph.end].casefold(), grammar.words.joined_by_heads
    ):
        return found  # the commonest case: no list of those who joined
    for m in grammar.words.joined_by.finditer(text, paragraph.start, paragraph.end):
        end = m.end()  # where the list has come to
        # the side they were on: "Also participating from the U.S. side were"
        side = next(
            (x.countries for x in starting(mentions, starts, m.start(), end) if x.countries), ()
        )
        if not side:
            # or named before it in its sentence: "On the Indonesian side, the talks were
            # attended by ..."
            opening = max(paragraph.start, text.rfind(". ", paragraph.start, m.start()) + 2)
            side = next(
                (
                    x.countries
                    for x in starting(mentions, starts, opening, m.start())
                    if x.kind == "reference" and x.reference == "role" and x.countries
                ),
                (),
            )
        # or the one they joined, named inside the phrase ("Joining Premier Li were") or
        # before it ("The Prime Minister was accompanied by ...", "The US side was
        # represented by ...")
        joined = (
            None
            if side
            else next(
                (
                    x
                    for x in starting(mentions, starts, m.start(), end)
                    if x.kind in ("person", "office") and not x.possessive
                ),
                None,
            )
            or _subject_before(text, mentions, starts, m.start(), grammar)
        )
        if joined is not None and joined.kind == "reference":
            side, joined = joined.countries, None
        shared: Mention | None = None  # an office in the plural: "Foreign Ministers A and B"
        owner: Mention | None = None  # "the Prime Minister's Military Secretary, X"
        for mention in starting(mentions, starts, end, paragraph.end):
            if mention.possessive and mention.kind in ("person", "office") and owner is None:
                owner, end = mention, mention.end
                continue
            if mention.kind != "person" or mention.name is None:
                break
            if not mention.offices:
                if shared is None:
                    break
                mention = attrs.evolve(mention, titles=shared.titles, offices=shared.offices)
            elif mention.plural:
                shared = mention
            if not _listed(text, end, mention.start, grammar):
                break  # "was accompanied by the Defence Secretary X and ..."
            found.append(
                (
                    attrs.evolve(mention, countries=side)
                    if side and not mention.countries
                    else mention,
                    owner if owner is not None and not side else joined,
                )
            )
            end = mention.end
            owner = None
    return found


def _subject_before(
    text: str, mentions: tuple[Mention, ...], starts: list[int], position: int, grammar: Grammar
) -> Mention | None:
    """The principal's mention right before a passive's auxiliary at ``position``, past a
    comma that opens a relative clause: "The Prime Minister was accompanied by",
    "The Prime Minister, who was accompanied by"."""
    index = bisect.bisect_left(starts, position) - 1
    if index < 0:
        return None
    mention = mentions[index]
    gap = text[mention.end : position]
    between = gap.replace(",", " ").split()
    if len(between) > 1 or mention.possessive or any(mark in gap for mark in ".;:\n"):
        return None  # not the end of the sentence before: "... Y.\n\nAlso present were"
    if mention.kind == "reference":
        return mention if mention.countries else None  # "The US side was represented by"
    if mention.kind not in ("person", "office"):
        return None
    joint = text[mentions[index - 1].end : mention.start] if index > 0 else ""
    if joint and "," not in joint and joins(joint, grammar.words.joining):
        # "The Prime Minister and the Premier were joined by": both sides; not "X was
        # joined by Y, and the Prime Minister was accompanied by Z"
        return None
    return mention
