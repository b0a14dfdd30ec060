"""Initiator: the participant whose side asked for or started the engagement.

Read from the scene, in the ways readouts say it:

- a request, invitation or initiative with its owner: "at the request of X",
  "at X's invitation", "At Russia's initiative", "on the American side's
  initiative", "initiated by the French side";
- a request without an owner: "held telephone talks at request with X", "at
  his request", "at the request of the latter" (Chinese usage: the
  counterpart asked), which names the counterpart of the sentence's subject;
- an invitation to the engagement: "X invited Y for talks" (X), but not to
  another one ("X invited Y to visit China"); asking for it: "X requested the
  call", "Y, who had requested the talks";
- the direction of a call: "X called Y", "X phoned Y", "X reached out to Y",
  "Y, who called to congratulate him" (X, Y), "X received a phone call from
  Y", "answered a call from Y", "Responding to a call from Y" (Y).
"""

from __future__ import annotations

import bisect
import operator

from readoutmodel.cast import Cast
from readoutmodel.lexer import Lexeme, Lexemes
from readoutmodel.mentions import Mention
from readoutmodel.model import Span
from readoutmodel.patterns import Closed, Entry, Grammar
from readoutmodel.scene import Scene
from readoutmodel.text import Document, Paragraph

__all__ = ["find"]

_start = operator.attrgetter("start")  # the starts of the mentions, read in C


def find(
    document: Document,
    lexemes: Lexemes,
    mentions: tuple[Mention, ...],
    cast: Cast,
    scene: Scene,
    grammar: Grammar,
) -> int | None:
    """The index of the initiating principal in the cast, or None: from the scene and
    the first two paragraphs, then from a request or an initiative told later ("The
    conversation was initiated by the Indian side." closing a Kremlin readout), not a
    call's direction, which later paragraphs may tell of another call."""
    text = document.text
    spans: list[tuple[Span | Paragraph, bool]] = [(span, False) for span in scene.spans]
    spans += [(paragraph, False) for paragraph in document.paragraphs[:2]]
    spans += [(paragraph, True) for paragraph in document.paragraphs[2:]]
    starts = list(map(_start, mentions))  # in text order
    told = scene.spans
    for span, later in spans:
        for lx in lexemes.between(span.start, span.end):
            if lx.entry is None or not lx.entry.engagement:
                continue
            if later and not _of_engagement(text, lx, lexemes, span, grammar.words, told=False):
                continue
            if (
                not later
                and isinstance(span, Paragraph)
                and not any(s.start <= lx.start < s.end for s in told)
                and any(cue.part == "request" for cue in lx.entry.engagement)
                and not _of_engagement(text, lx, lexemes, span, grammar.words, told=True)
            ):
                continue  # "At the President's request, the Prime Minister agreed to ..."
            # the mentions around the cue, not all of its span's: a paragraph may be long,
            # with a cue in every line, and each cue's tests read them all
            inside = _inside(
                mentions, starts, max(span.start, lx.start - _REACH), min(span.end, lx.end + _REACH)
            )
            for cue in lx.entry.engagement:
                found: int | None = None
                if cue.part == "request" and lx.entry.form in ("past", "present"):
                    found = _inviter(text, lx, lexemes, inside, cast, grammar)
                    if found is None:
                        found = _asker(text, lx, lexemes, inside, cast, span.start, grammar)
                elif cue.part == "request":
                    found = _requester(text, lx, lexemes, inside, cast, grammar)
                elif cue.part == "noun" and _placed_by(text, lx, grammar):
                    within = 30 + _past_relative(text, lx.end, grammar) - lx.end
                    found = _after(text, lx, inside, cast, within=within, after_word="by")
                elif later:
                    continue
                elif cue.part == "noun" and _placed_by_whom(text, lx, grammar):
                    found = _owner_before(text, lx, inside, cast, relative=True)
                elif cue.part == "noun" and _from_caller(text, lx, cue.phrase, grammar):
                    found = _after(text, lx, inside, cast, within=_FROM_REACH, after_word="from")
                elif cue.part == "noun" and _placed_to(text, lx, cue.phrase, grammar):
                    found = _placer(text, lx, inside, cast, grammar)
                elif cue.part == "noun" and _owned_call(text, lx, cue.phrase, grammar):
                    found = _owner_before(text, lx, inside, cast)
                elif cue.direction == "out":
                    found = _caller(text, lx, inside, cast, grammar)
                elif cue.direction == "in" or (
                    lx.text.casefold() in grammar.words.incoming
                    and _call_follows(lx, lexemes, grammar)
                ):
                    found = _after(text, lx, inside, cast, within=80, after_word="from")
                if found is not None:
                    return found
    return None


def _of_engagement(
    text: str,
    lx: Lexeme,
    lexemes: Lexemes,
    span: Span | Paragraph,
    words: Closed,
    told: bool,
) -> bool:
    """Whether a cue of asking, told outside the scene, is of the engagement: in a
    sentence that names it ("The conversation was initiated by the Indian side", "X, at
    whose initiative the conversation took place"), or one on the asking alone ("The
    initiative came from the Kazakh side."), or, where the engagement may be ``told``,
    one that tells it, or the guest's coming to it, but not as one to come ("At the
    request of the Emirati side, the two leaders spoke by phone", "X is visiting Ireland
    at the invitation of Y", "X came to China at the invitation of Y"; not "X would visit
    China at the invitation of Y"); not of something else done in it ("At the Indian
    side's request, X gave his assessments")."""
    entry = lx.entry
    if entry is None or not any(cue.part == "request" for cue in entry.engagement):
        return False
    # the sentence around the cue, read no further than a sentence runs
    low, high = max(span.start, lx.start - _REACH), min(span.end, lx.end + _REACH)
    start = max(low, text.rfind(". ", low, lx.start) + 2)
    end = text.find(". ", lx.end, high)
    if _asking_alone(text, start, lx, words):
        return True
    for other in lexemes.between(start, high if end < 0 else end):
        if other is lx or other.entry is None:
            continue
        for cue in other.entry.engagement:
            if cue.part not in ("noun", "verb") or (cue.part == "verb" and not told):
                continue
            if told and _to_come(text, start, other.start, words):
                continue  # one to come: "would visit", "will call"
            if told and _process(text, start, other.start, words):
                continue  # talks between others: "a proposal to promote peace talks"
            return True
    if not told:
        return False
    before = f" {text[start : lx.start].casefold()}"
    return any(
        (at := before.find(f" {arrival} ")) >= 0 and not _to_come(text, start, start + at, words)
        for arrival in words.arrivals
    )


def _asking_alone(text: str, start: int, lx: Lexeme, words: Closed) -> bool:
    """Whether the sentence from ``start`` is on the asking alone: the noun of asking ``lx``
    its subject after an article, a verb that gives whoever asked right after it, and no
    more than a few words of who that was to end it ("The initiative came from the Kazakh
    side."; not "The initiative came from X and was welcomed")."""
    opening = text[start : lx.start].split()
    if len(opening) != 1 or opening[0].casefold() not in words.articles:
        return False
    after = text[lx.end : lx.end + _SOURCE_REACH]
    source = next((s for s in words.request_sources if after.casefold().startswith(s)), None)
    if source is None:
        return False
    owner, stop, _ = after[len(source) :].partition(".")
    return (
        bool(stop)
        and "," not in owner
        and len(owner.split()) <= _ASKER_WORDS
        and words.joining.isdisjoint(owner.casefold().split())
    )


def _process(text: str, start: int, at: int, words: Closed) -> bool:
    """Whether the engagement named at ``at`` is a process between others, by the word
    before it ("peace talks", "ceasefire negotiations")."""
    before = text[max(start, at - 16) : at].casefold().split()
    return bool(before) and before[-1] in words.processes


def _to_come(text: str, start: int, at: int, words: Closed) -> bool:
    """Whether a modal verb stands just before ``at`` ("would visit", "will call")."""
    before = text[max(start, at - 16) : at].casefold().split()
    return not words.modals.isdisjoint(before[-2:])


_REACH = 400  # how far from a cue its subject, guest or counterpart may be named
_FROM_REACH = 30  # how far after a call its "from" may stand: "a call this afternoon from"
# how far before a passive its subject may stand: "The call, which ...", "a phone call
# with X on January 2, 2024, which was requested by X"
_SUBJECT_REACH = 120


def _inside(
    mentions: tuple[Mention, ...], starts: list[int], start: int, end: int
) -> list[Mention]:
    """The mentions that lie inside ``[start, end)``; ``starts`` are theirs, in text order."""
    low = bisect.bisect_left(starts, start)
    high = bisect.bisect_right(starts, end, lo=low)
    return [m for m in mentions[low:high] if m.end <= end]


def _principals(mention: Mention, text: str, cast: Cast) -> tuple[int, ...]:
    if mention.kind == "country":
        return cast.by_country(mention.countries)[:1]
    return cast.resolve(mention, text) or cast.by_capital(mention, text)


def _subject_and_counterpart(
    text: str, lx: Lexeme, inside: list[Mention], cast: Cast
) -> int | None:
    """The counterpart: the first principal named in the sentence who is not its subject,
    or not the subject of the relative clause the cue stands in ("X met Y, who is on a
    visit at her invitation": X)."""
    named = [i for m in inside if m.kind != "country" for i in cast.resolve(m, text)]
    subject = _subject(text, lx, inside, cast, named)
    return next((i for i in named if i != subject), None)


def _subject(
    text: str, lx: Lexeme, inside: list[Mention], cast: Cast, named: list[int]
) -> int | None:
    """The subject: the first principal named in the sentence (``named``, in order), or the
    subject of the relative clause the cue stands in."""
    if not named:
        return None
    for mention in reversed(inside):
        if mention.end > lx.start:
            continue
        if lx.start - mention.end > _CLAUSE:
            break
        if text.startswith((", who ", " who "), mention.end):
            found = _principals(mention, text, cast)
            return found[0] if found else named[0]
    return named[0]


def _requester(
    text: str, lx: Lexeme, lexemes: Lexemes, inside: list[Mention], cast: Cast, grammar: Grammar
) -> int | None:
    if lx.text.casefold() != "initiated" and not _says_who_asked(text, lx, grammar):
        source = _source(text, lx, lexemes, grammar)
        return None if source is None else _owner_after(text, lx, source, inside, cast)
    before = text[max(0, lx.start - 12) : lx.start].casefold()
    after = text[lx.end : lx.end + 20].casefold()
    if "latter" in before or after.startswith(" of the latter"):
        return _subject_and_counterpart(text, lx, inside, cast)
    active = lx.text.casefold() == "initiated" and not after.startswith(" by ")
    if active and not before.rstrip().endswith(("was", "were")):
        # "President Macron initiated the call": the subject just before
        subject = next((m for m in reversed(inside) if m.end <= lx.start), None)
        if subject is not None and _near(text, subject.end, lx.start, grammar):
            found = _principals(subject, text, cast)
            return found[0] if found else None
    if after.startswith((" of ", " by ", " from ")) or lx.text.casefold() == "initiated":
        return _owner_after(text, lx, lx.end, inside, cast)
    owner = next(
        (
            m
            for m in reversed(inside)
            if m.end <= lx.start
            and lx.start - m.end <= 8
            and (m.possessive or text[m.end : lx.start].strip() in ("’s", "'s", "’", "'"))
        ),
        None,
    )
    if owner is None:
        owner = next(
            (
                m
                for m in reversed(inside)
                if m.end <= lx.start
                and text[m.end : lx.start].strip(" ’'s") == ""
                and (m.kind != "reference" or m.countries)
                # "the U.S.-India Initiative": a name joined to another is no one side's
                and not text.endswith(("-", "–"), 0, m.start)
            ),
            None,
        )
    if owner is not None:
        found = _principals(owner, text, cast)
        if found:
            return found[0]
    # "at his request", "upon request": an owner the sentence does not name is the
    # counterpart's; "at his own initiative" is the subject's
    words = text[max(0, lx.start - 30) : lx.start].casefold().split()
    own = bool(words) and words[-1] in grammar.words.reflexive
    if own:
        words.pop()
    if words and f"{words[-1]} " in grammar.words.determiners:
        # "his", "the": an owner the sentence leaves unnamed; after "the", only where
        # the phrase ends ("at the request."), not before what the noun is of or on
        # ("reviewed progress on the initiative on Critical and Emerging Technology")
        if words[-1] in grammar.words.owner_after and text[lx.end : lx.end + 1].isspace():
            return None
        words.pop()
    if words and any(tuple(words[-len(o) :]) == o for o in grammar.words.request_openers):
        if own:
            named = [i for m in inside if m.kind != "country" for i in cast.resolve(m, text)]
            return _subject(text, lx, inside, cast, named)
        return _subject_and_counterpart(text, lx, inside, cast)
    return None


def _owner_after(text: str, lx: Lexeme, at: int, inside: list[Mention], cast: Cast) -> int | None:
    """Who asked, named after ``at``: "at the request of X", "initiated by X", "The
    initiative came from X"."""
    owner = next((m for m in inside if at <= m.start <= at + 40), None)
    if owner is None:
        return None
    found = _principals(owner, text, cast)
    if found:
        return found[0]
    if (
        owner.countries
        and owner.kind != "office"
        and owner.name is None
        and any(p.country is None for p in cast.principals)
    ):
        # "at the request of the Ukrainian side": a side no principal is known to hold
        # is the counterpart's, whose country the text may not give, as the issuer
        # names its own leader first; not when each principal's country is known
        # ("in Astana at the invitation of the Kazakh side"), nor someone named or an
        # office none holds ("at the invitation of the President of India" beside its
        # Prime Minister)
        return _subject_and_counterpart(text, lx, inside, cast)
    return None


def _source(text: str, lx: Lexeme, lexemes: Lexemes, grammar: Grammar) -> int | None:
    """Where the verb that gives whoever asked ends, after a noun of asking as the
    subject and, at most, the engagement it asked for: "The initiative for the
    conversation came from the Finnish side", "The invitation came from X"; None for a
    noun of asking that is no subject so ("accepted the invitation")."""
    window = text[lx.end : lx.end + _SOURCE_REACH].casefold()
    at, source = min(
        ((window.find(s), s) for s in grammar.words.request_sources if s in window),
        default=(-1, ""),
    )
    if at < 0:
        return None
    gap = window[:at]
    if gap.strip():
        # "for the conversation": this engagement asked for, and nothing else ("for peace
        # talks" is another)
        asked_for = next((w for w in grammar.words.asked_for if gap.startswith(w)), None)
        if asked_for is None:
            return None
        after = lx.end + len(asked_for)
        named = lexemes.first(after, lx.end + at)
        if named is None or not _engagement_noun(named.entry) or named.end != lx.end + at:
            return None
        # a definite article or "this" right before, of its own or the reference's ("the
        # conversation"); not "a new summit"
        between = text[after : named.start].split()
        words = [w.casefold() for w in between + named.text.split()]
        if (
            len(between) > 1
            or len(words) < 2
            or words[0] not in grammar.words.articles
            or words[0] in grammar.words.indefinite
        ):
            return None
    return lx.end + at + len(source) - 1


_SOURCE_REACH = 60  # how far after a noun of asking its source verb may stand
_ASKER_WORDS = 5  # the most words of whoever asked, closing a sentence: "the Kazakh side"
_OWNER_WORDS = 4  # the most words between the opener and the noun: "on the U.S. side's"
_CLAUSE = 160  # how far a relative clause may run from its antecedent to a cue


def _says_who_asked(text: str, lx: Lexeme, grammar: Grammar) -> bool:
    """Whether the noun of asking ``lx`` stands in the phrase that says who asked for the
    engagement, opened by one of the grammar's words ("at the request of", "At Russia's
    initiative", "on the American side's initiative", "at the kind invitation of"), a few
    words of its owner or qualities in between; not when it names something else ("the
    U.S.-India initiative on ...", "accepted the invitation")."""
    words = [w.lstrip("(\"“‘'") for w in text[max(0, lx.start - 80) : lx.start].split()]
    folded = [w.casefold() for w in words]
    for skipped in range(min(_OWNER_WORDS, len(words)) + 1):
        end = len(words) - skipped
        if any(
            end >= len(o) and tuple(folded[end - len(o) : end]) == o
            for o in grammar.words.request_openers
        ):
            return True
        if skipped == _OWNER_WORDS or end == 0:
            return False
        if words[end - 1].endswith((",", ";", ":")):
            return False  # the clause ends: "who accepted, with thanks, India's invitation"
    return False


def _near(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether at most two words stand between a subject and its verb, besides adverbs and
    times: "X, who had called", "X also invited", "Y today, who had called"."""
    words = text[start:end].split()
    if len(words) <= 2:
        return True  # no need to read them
    return len([w for w in words if w.strip(",") and not _said_when(w.strip(","), grammar)]) <= 2


def _said_when(word: str, grammar: Grammar) -> bool:
    """Whether a word says when or how: a time ("today") or an adverb."""
    entry = grammar.lookup(word)
    return (entry is not None and entry.time is not None) or grammar.adverb(word)


def _placed_by(text: str, lx: Lexeme, grammar: Grammar) -> bool:
    """ "The call was placed by X", "The call, which lasted an hour, was placed by X":
    whoever placed or made it, X called."""
    end = _past_relative(text, lx.end, grammar)
    after = text[end : end + 40].casefold().lstrip()
    if after.startswith(("had ", "has ", "have ")):
        after = after.partition(" ")[2]  # "had been placed"
    passive = grammar.words.passive
    if not after.startswith(passive):
        return False  # most engagement nouns are followed by no auxiliary
    auxiliary = max((a for a in passive if after.startswith(a)), key=len)
    words = after[len(auxiliary) :].split()[:2]
    return (
        bool(auxiliary)
        and len(words) == 2
        and words[0] in grammar.words.placing
        and words[1] == "by"
    )


def _past_relative(text: str, end: int, grammar: Grammar) -> int:
    """Where a relative clause set off by commas right after ``end`` closes (", which
    lasted an hour,"), or ``end``."""
    if not text.startswith(grammar.words.object_relatives, end):
        return end
    close = text.find(",", end + 2, end + _CLAUSE)
    return end if close < 0 or "." in text[end:close] else close + 1


_CLAUSE = 100  # the longest relative clause read past


def _placed_by_whom(text: str, lx: Lexeme, grammar: Grammar) -> bool:
    """ "X, who placed the call, briefed ...": the relative clause of the one who called."""
    if "," not in text[max(0, lx.start - 30) : lx.start]:
        return False  # the commonest case: no clause set off by a comma
    words = grammar.words.before_article(text, lx.start, 30)
    return (
        len(words) >= 2
        and words[-1] in grammar.words.placing
        and f", {words[-2]} " in grammar.words.subject_relatives
    )


def _from_caller(text: str, lx: Lexeme, phrase: str, grammar: Grammar) -> bool:
    """ "a phone call from Y", "a call today from Y": whoever answered or took it, Y
    called."""
    return phrase.split()[-1] in grammar.words.call_nouns and _then(text, lx, "from", grammar)


def _then(text: str, lx: Lexeme, word: str, grammar: Grammar) -> bool:
    """Whether ``word`` follows ``lx``, right after it or past a time ("a call this
    afternoon from", "a phone call today to")."""
    if text.startswith(f" {word} ", lx.end):
        return True
    index = text.find(f" {word} ", lx.end, lx.end + _FROM_REACH)
    return index > lx.end and grammar.gap.fullmatch(text, lx.end, index) is not None


def _placed_to(text: str, lx: Lexeme, phrase: str, grammar: Grammar) -> bool:
    """ "X made a phone call today to Y", "X placed a call on Monday to Y", "X made a
    phone call on 6 April with Y": a time between the call and whom it went to, where
    the phrase "made a phone call to" cannot match, or "with" after a call made."""
    if phrase.split()[-1] not in grammar.words.call_nouns:
        return False
    before = grammar.words.before_article(text, lx.start, 16)
    return (
        bool(before)
        and before[-1] in grammar.words.placing
        and (_then(text, lx, "to", grammar) or _then(text, lx, "with", grammar))
    )


def _owned_call(text: str, lx: Lexeme, phrase: str, grammar: Grammar) -> bool:
    """ "X thanked Y for his phone call", "... for his congratulatory call": a call that
    the one named just before owns, a word at most between; not "for her visit"."""
    if phrase.split()[-1] not in grammar.words.call_nouns:
        return False
    words = text[max(0, lx.start - 40) : lx.start].casefold().split()
    owners = grammar.words.call_owners
    return tuple(words[-2:]) in owners or tuple(words[-3:-1]) in owners


def _owner_before(
    text: str, lx: Lexeme, inside: list[Mention], cast: Cast, relative: bool = False
) -> int | None:
    """Who owns the call ``lx``: the principal named right before "for his", or, with
    ``relative``, before ", who placed the"."""
    owner = next((m for m in reversed(inside) if m.end <= lx.start), None)
    if owner is None or len(text[owner.end : lx.start].split()) > (4 if relative else 3):
        return None
    found = _principals(owner, text, cast)
    return found[0] if found else None


def _placer(
    text: str, lx: Lexeme, inside: list[Mention], cast: Cast, grammar: Grammar
) -> int | None:
    """Who placed the call ``lx`` names: the subject right before its verb."""
    verb = text.rfind(" ", 0, text.rfind(" ", 0, lx.start))  # before "made a"
    subject = next((m for m in reversed(inside) if m.end <= verb + 1), None)
    if subject is None or not _near(text, subject.end, lx.start, grammar):
        return None
    found = _principals(subject, text, cast)
    return found[0] if found else None


def _inviter(
    text: str, lx: Lexeme, lexemes: Lexemes, inside: list[Mention], cast: Cast, grammar: Grammar
) -> int | None:
    """ "X invited Y for talks": the subject invited the guest to this engagement, named
    by a noun after "for"; "X invited Y to visit China" is another one."""
    # the guest and its "for" first: most invitations are to something else
    guest = next((m for m in inside if m.start >= lx.end), None)
    if guest is None or guest.start - lx.end > 4:
        return None
    asked_for = next((w for w in grammar.words.asked_for if text.startswith(w, guest.end)), None)
    if asked_for is None:
        return None
    subject = next((m for m in reversed(inside) if m.end <= lx.start), None)
    if subject is None or not _near(text, subject.end, lx.start, grammar):
        return None
    after = guest.end + len(asked_for)
    following = lexemes.between(after, guest.end + 40)
    if not following or following[0].entry is None or following[0].start > after + 4:
        return None
    if not any(c.part == "noun" for c in following[0].entry.engagement):
        return None
    inviter = _principals(subject, text, cast)
    invited = _principals(guest, text, cast)
    if inviter and invited and inviter[0] != invited[0]:
        return inviter[0]
    return None


def _asker(
    text: str,
    lx: Lexeme,
    lexemes: Lexemes,
    inside: list[Mention],
    cast: Cast,
    start: int,
    grammar: Grammar,
) -> int | None:
    """ "X requested the call", "Y, who had requested the talks": the subject asked for
    this engagement, named by a noun right after the verb; "The call, which lasted an
    hour, was requested by Y", "In a call requested by Y": the agent asked for the
    engagement the subject names, or the one the participle follows."""
    if _passive(text, lx, grammar) or _engagement_before(text, lx.start, lexemes):
        agent = _agent(text, lx, inside)
        if agent is None:
            return None
        low = max(start, lx.start - _SUBJECT_REACH)
        low = max(low, text.rfind(". ", low, lx.start) + 1)  # in the verb's sentence
        if not any(_engagement_noun(x.entry) for x in lexemes.between(low, lx.start)):
            return None
        found = _principals(agent, text, cast)
        return found[0] if found else None
    subject = next((m for m in reversed(inside) if m.end <= lx.start), None)
    if subject is None:
        return None
    relative = grammar.words.object_relative(text, subject.start)
    if relative is not None:
        # "The call, which the Prime Minister requested": the engagement before the pronoun
        if not _near(text, subject.end, lx.start, grammar) or not _engagement_before(
            text, subject.start - len(relative), lexemes
        ):
            return None
        found = _principals(subject, text, cast)
        return found[0] if found else None
    # what was asked for first: most requests are of something else
    named = lexemes.first(lx.end, lx.end + 24)
    if named is None or named.entry is None or not _near(text, subject.end, lx.start, grammar):
        return None
    # this engagement, not another one ("requested a meeting in Tokyo") nor anything else
    # ("requested support"): "the call", "the telephone talks"
    entry = named.entry
    gap = [w.casefold() for w in text[lx.end : named.start].split()]
    found = _principals(subject, text, cast)
    if gap and gap[0] in grammar.words.indefinite and _engagement_noun(entry):
        # "X requested a call with Y": an engagement with a principal, this one
        partner = next((m for m in inside if m.start > named.end), None)
        if partner is None or not text.startswith(" with ", named.end):
            return None
        others = _principals(partner, text, cast)
        return found[0] if found and others and others[0] != found[0] else None
    if gap == ["to"] and any(cue.part == "verb" for cue in entry.engagement):
        # "X had asked to speak with the President": the engagement, wished for
        return found[0] if found else None
    if entry.reference != "engagement" and not (gap == ["the"] and _engagement_noun(entry)):
        return None
    return found[0] if found else None


_NOUN_REACH = 40  # the longest engagement noun read before a participle, in characters


def _passive(text: str, lx: Lexeme, grammar: Grammar) -> bool:
    """Whether a verb is a passive, after one of the grammar's auxiliaries: "was called",
    "had been requested"."""
    return grammar.words.passive_before(text, lx.start)


def _engagement_before(text: str, position: int, lexemes: Lexemes) -> bool:
    """Whether the engagement is named right before ``position``, a comma at most
    between: a participle or relative clause there tells of it ("a call requested by
    Y", "The talks, initiated by Y, ...", "The call, which Y requested, ...")."""
    before = lexemes.between(max(0, position - _NOUN_REACH), position)
    return (
        bool(before)
        and not text[before[-1].end : position].strip(" ,")
        and _engagement_noun(before[-1].entry)
    )


def _agent(text: str, lx: Lexeme, inside: list[Mention]) -> Mention | None:
    """The agent of a passive verb: "by Y" right after it."""
    agent = next((m for m in inside if lx.end < m.start <= lx.end + 6), None)
    return agent if agent is not None and text[lx.end : agent.start].strip() == "by" else None


def _engagement_noun(entry: Entry | None) -> bool:
    """Whether a lexeme names an engagement: "the call", "the telephone talks"."""
    return entry is not None and (
        entry.reference == "engagement" or any(c.part == "noun" for c in entry.engagement)
    )


def _caller(
    text: str, lx: Lexeme, inside: list[Mention], cast: Cast, grammar: Grammar
) -> int | None:
    if _passive(text, lx, grammar):
        # "X was called by Y": the caller is the agent
        agent = _agent(text, lx, inside)
        found = _principals(agent, text, cast) if agent is not None else ()
        return found[0] if found else None
    subject = next((m for m in reversed(inside) if m.end <= lx.start), None)
    callee = next((m for m in inside if m.start >= lx.end), None)
    if subject is None:
        return None
    articles = grammar.words.articles
    if callee is None or any(w not in articles for w in text[lx.end : callee.start].split()):
        # "Y, who called to congratulate him", "Y, who called her": the caller is the one
        # just named
        after = text[lx.end : lx.end + 5]
        purpose = after.startswith(" to ") and after[4:5].islower()
        if not purpose and not grammar.words.pronoun_object(text, lx.end):
            return None
        if not _near(text, subject.end, lx.start, grammar):
            return None
        found = _principals(subject, text, cast)
        return found[0] if found else None
    if callee.kind == "country" or grammar.words.naming(text, callee.end):
        return None  # "X called Canada a true friend", "called the Prime Minister 'a ...'"
    caller = _principals(subject, text, cast)
    called = _principals(callee, text, cast)
    if caller and called and caller[0] != called[0]:
        return caller[0]
    return None


def _call_follows(lx: Lexeme, lexemes: Lexemes, grammar: Grammar) -> bool:
    after = lexemes.between(lx.end, lx.end + 40)
    return bool(after) and any(
        cue.part == "noun" and (cue.phrase.split()[-1] in grammar.words.call_nouns)
        for cue in (after[0].entry.engagement if after[0].entry else ())
    )


def _after(
    text: str,
    lx: Lexeme,
    inside: list[Mention],
    cast: Cast,
    within: int,
    after_word: str | None = None,
) -> int | None:
    start = lx.end
    if after_word is not None:
        index = text.find(f" {after_word} ", lx.start, lx.end + within)
        if index < 0:  # a headline in title case: "Receives Phone Call From"
            index = text.find(f" {after_word.capitalize()} ", lx.start, lx.end + within)
        if index < 0:
            return None
        start = index + len(after_word) + 2
    for mention in inside:
        if start <= mention.start <= start + within:
            found = _principals(mention, text, cast)
            if found:
                return found[0]
    return None
