"""The scene: the headline and the opening sentences that say who engaged with whom.

Participants, the kind of engagement, its date and who asked for it are read
first from the scene, where readouts state them ("On December 20, President Xi
Jinping held telephone talks at request with President Donald Trump"), and
only then from the rest of the text.
"""

from __future__ import annotations

import re

import attrs

from readoutmodel.lexer import Lexeme, Lexemes
from readoutmodel.mentions import Mention
from readoutmodel.model import Span
from readoutmodel.patterns import Closed
from readoutmodel.text import Document, Sentence

__all__ = ["Scene", "find_scene"]


@attrs.frozen
class Scene:
    """The headline (if any) and the scene-setting sentences of the body."""

    title: Span | None
    sentences: tuple[Span, ...]
    # the sentences whose verb sets the scene ("met", "spoke with"), not only a noun
    # ("on an official visit")
    setting: tuple[Span, ...] = ()
    # the sentences without a closing clause of another engagement ("X spoke to Y,
    # following his meeting with Z" is Z's meeting) or of its occasion ("during Prime
    # Minister Z's visit"), where no participant is named; the sentences by default
    main: tuple[Span, ...] | None = None
    # the sentences without a clause of another engagement, which says nothing of this
    # one's kind, as its occasion may ("on the sidelines of the G20 summit")
    own: tuple[Span, ...] | None = None
    # the sentence opening the body that tells again the engagement of a summary standing
    # alone under the headline
    restated: Span | None = None

    @property
    def openings(self) -> tuple[Span, ...]:
        """The sentences that only set the scene but for the acts they add: the first, and
        the one that tells it again."""
        return self.sentences[:1] + ((self.restated,) if self.restated is not None else ())

    @property
    def spans(self) -> tuple[Span, ...]:
        return ((self.title,) if self.title else ()) + self.sentences

    @property
    def main_spans(self) -> tuple[Span, ...]:
        """The headline and the scene sentences up to a clause of another engagement or of
        its occasion: where the participants are named."""
        return ((self.title,) if self.title else ()) + (
            self.sentences if self.main is None else self.main
        )

    @property
    def own_spans(self) -> tuple[Span, ...]:
        """The headline and the scene sentences up to a clause of another engagement: what
        tells of this one."""
        return ((self.title,) if self.title else ()) + (
            self.sentences if self.own is None else self.own
        )


_NONE, _NAMED, _SET = 0, 1, 2  # no engagement word; a noun or modifier of one; a verb


def _cue(lexemes: Lexemes, sentence: Sentence) -> int:
    """What engagement word ``sentence`` has: none, only a noun or a modifier ("on an
    official visit"), or a verb that sets the scene ("met", "spoke with", "called")."""
    found = _NONE
    items = lexemes.between(sentence.start, sentence.end)
    for index, lx in enumerate(items):
        entry = lx.entry
        if entry is not None and entry.engagement:
            if entry.verb is not None and not _calls_on_someone(items, index):
                continue  # "called on China and Brazil to deepen ...": a reporting verb
            for cue in entry.engagement:
                if cue.part == "verb":
                    return _SET
            found = _NAMED
    return found


def _calls_on_someone(items: tuple[Lexeme, ...], index: int) -> bool:
    """Whether a verb that both sets a scene and reports ("called on") has a person after
    it, as a visit does ("called on the President", "called Israeli Prime Minister X"), not
    a country urged to act ("called on China and Brazil to ...")."""
    after = items[index + 1] if index + 1 < len(items) else None
    if after is None:
        return False
    entry = after.entry
    owned = index + 2 < len(items) and items[index + 2].kind == "possessive"
    return (
        after.kind == "name"
        or owned  # "called Mexico's President"
        or (
            entry is not None
            and (
                entry.title is not None
                or entry.honorific
                or entry.reference is not None
                or entry.demonym
            )
        )
    )


def _names_people(
    lexemes: Lexemes,
    mentions: tuple[Mention, ...],
    sentence: Sentence,
    text: str,
    words: Closed | None,
) -> bool:
    """Whether ``sentence`` names a person or an office: where the mentions are known, not
    a name where a place stands ("... following the talks held in London")."""
    if mentions and words is not None:
        return any(
            _party(mention, text, words)
            for mention in mentions
            if sentence.start <= mention.start < sentence.end
        )
    for lx in lexemes.between(sentence.start, sentence.end):
        if lx.kind == "name" or (lx.entry is not None and lx.entry.title is not None):
            return True
    return False


def _restates(
    lexemes: Lexemes, first: Sentence, second: Sentence, text: str, words: Closed | None
) -> bool:
    """Whether ``second`` tells again the engagement that ``first``, a summary on the line
    right under the headline, tells: it opens the next paragraph, names someone ``first``
    names, and its first verb sets the scene or is the verb ``first`` opens with ("The
    Prime Minister welcomed President X to Downing Street this afternoon." over "The Prime
    Minister welcomed President X of Ukraine to Downing Street this afternoon, ..."); or it
    names again two whom ``first`` names ("X hosted Y for the Dialogue." over "X today
    welcomed Y to London ...")."""
    if second.paragraph != first.paragraph + 1:
        return False
    names: list[frozenset[str]] = []
    verb: str | None = None
    offices: set[str] = set()  # the offices of ``first``, who may be named by them alone
    for lx in lexemes.between(first.start, first.end):
        if lx.kind == "name":
            if words is None or not words.located(text, lx.start):  # not "at Downing Street"
                names.append(frozenset(lx.text.split()))
        elif lx.entry is not None and lx.entry.title is not None:
            offices.add(lx.entry.title)
        elif verb is None and lx.entry is not None and lx.entry.verb is not None:
            verb = lx.text.casefold()
    if not names and len(offices) >= 2:
        # "The Prime Minister spoke to the Emir of Qatar this evening." over "Prime Minister
        # X spoke to His Highness Y, the Emir of Qatar, ...": the two offices named again
        held = {
            lx.entry.title
            for lx in lexemes.between(second.start, second.end)
            if lx.entry is not None and lx.entry.title is not None
        }
        return offices <= held
    if not names:
        return False
    named = frozenset().union(*names)
    again: set[frozenset[str]] = set()  # the names of ``first`` named again
    setting: bool | None = None  # whether the first verb sets the scene or is ``first``'s
    for lx in lexemes.between(second.start, second.end):
        entry = lx.entry
        if lx.kind == "name":
            said = lx.text.split()
            if not named.isdisjoint(said):
                again.update(n for n in names if not n.isdisjoint(said))
        elif setting is None and entry is not None:
            if any(cue.part == "verb" for cue in entry.engagement):
                setting = True
            elif entry.verb is not None:
                setting = lx.text.casefold() == verb
        if len(again) >= 2 or (again and setting is not None and setting):
            return True
    return False


def _parties(
    mentions: tuple[Mention, ...], sentence: Sentence, text: str, words: Closed | None
) -> int:
    """How many parties ``sentence`` names, up to two: a person or an office each, two for
    a reference ("his counterpart", "the two leaders"); not a name where a place stands
    ("in Vilnius")."""
    count = 0
    for mention in mentions:
        if mention.start >= sentence.end:
            break
        if mention.start < sentence.start:
            continue
        if mention.kind == "reference":
            return 2
        if _party(mention, text, words):
            count += 1
    return min(count, 2)


def _party(mention: Mention, text: str, words: Closed | None) -> bool:
    """Whether a mention names a party: an office, or a person but for a name where a place
    stands ("in Vilnius")."""
    return mention.kind == "office" or (
        mention.kind == "person"
        and (words is None or bool(mention.offices) or not words.located(text, mention.start))
    )


def _main(
    text: str,
    lexemes: Lexemes,
    sentence: Sentence,
    occasion: re.Pattern[str],
    words: Closed | None = None,
) -> tuple[Span, Span]:
    """The sentence up to a clause that tells of another engagement or of the occasion,
    once its own verb has set the scene ("X spoke to Y this morning, following his meeting
    with Z", "X met Y during Prime Minister Z's visit", "following the death of President
    Z": ``words.losses``), not of the asking for it (", following a request from Y"); and the
    sentence up to a clause of another engagement."""
    start, end = sentence.start, sentence.end
    main: Span | None = None
    items = lexemes.between(start, end)
    index = 0
    set_before = False  # whether a verb before the clause has set the scene
    named = False  # whether someone is named after that verb, before the clause
    for found in occasion.finditer(text, start, end):
        opening = found.start()
        while index < len(items) and items[index].start < opening:
            lx = items[index]
            entry = lx.entry
            if entry is not None and any(c.part == "verb" for c in entry.engagement):
                set_before = True
            elif set_before and (lx.kind == "name" or (entry is not None and entry.title)):
                named = True
            index += 1
        # without a comma, only once the verb's object is named: not "spoke on the
        # sidelines of the G7 Summit with X"
        if not set_before or not (named or text.startswith(",", opening)):
            continue
        # the clause's first engagement word, read no further than a clause runs
        told = next(
            (
                lx.entry.engagement
                for lx in lexemes.between(opening, min(end, opening + _CLAUSE_REACH))
                if lx.entry is not None and lx.entry.engagement
            ),
            None,
        )
        if told is not None and all(c.part != "request" for c in told):
            if main is None:
                main = Span(start, opening)
            if found.group("venue") is None:
                return main, Span(start, opening)
        elif words is not None and _mourns(text, found.end(), words):
            # "following the death of President Z": the one mourned takes no part
            main = main or Span(start, opening)
    whole = Span(start, end)
    return (main or whole), whole


_CLAUSE_REACH = 120  # how far into the clause its engagement may be named


def _mourns(text: str, start: int, words: Closed) -> bool:
    """Whether the clause of the occasion from ``start`` tells of a loss, perhaps after an
    article: "the death of", "the passing of"."""
    said = text[start : start + _LOSS_REACH].casefold().split()
    if said and said[0] in words.articles:
        said.pop(0)
    return bool(said) and said[0] in words.losses


_LOSS_REACH = 24  # how far into the clause its loss is named


def find_scene(
    document: Document,
    lexemes: Lexemes,
    title: Span | None,
    words: Closed | None = None,
    mentions: tuple[Mention, ...] = (),
) -> Scene:
    """The headline, the body's first sentence, and the first sentence with an
    engagement word ("call", "met", "spoke") if that is another one; if neither names
    anyone ("The conversation took place at the initiative of the Azerbaijani side."),
    the first sentence with an engagement word that does. Where the sentence whose verb
    sets the scene names one party alone, as a visit to a country does, the next
    sentence too if its verb sets the scene with someone ("X visited Indonesia. On
    January 11, he held a summit meeting with President Y."). ``words.occasion`` finds
    the words that open a clause of another engagement ("following", "ahead of")."""
    text = document.text
    sentences = document.sentences[:6]
    chosen: list[Sentence] = list(sentences[:1])
    # the engagement words of the sentences, read only as far as needed: mostly the first
    # sentence is all
    cues: dict[int, int] = {}

    def cue(sentence: Sentence) -> int:
        found = cues.get(sentence.start)
        if found is None:
            found = cues[sentence.start] = _cue(lexemes, sentence)
        return found

    index = next((i for i, s in enumerate(sentences) if cue(s)), None)
    if index is not None:
        first = sentences[index]
        if first not in chosen:
            chosen.append(first)
        if cue(first) != _SET:
            # "X is in Russia on an official visit. Vladimir Putin met with X on 17
            # January.": the sentence whose verb sets the scene too
            setting = next((s for s in sentences[index + 1 :] if cue(s) == _SET), None)
            if setting is not None:
                chosen.append(setting)
        setting = next((s for s in reversed(chosen) if cue(s) == _SET), None)
        if setting is not None and mentions and _parties(mentions, setting, text, words) < 2:
            after = sentences.index(setting) + 1
            later = sentences[after] if after < len(sentences) else None
            if later is not None and cue(later) == _SET and _parties(mentions, later, text, words):
                chosen.append(later)
        if not any(_names_people(lexemes, mentions, s, text, words) for s in chosen):
            named = next(
                (
                    s
                    for s in sentences[index:]
                    if cue(s) and _names_people(lexemes, mentions, s, text, words)
                ),
                None,
            )
            if named is not None and named not in chosen:
                chosen.append(named)
    # a summary standing alone under the headline, told again where the body opens
    restated = (
        sentences[1]
        if title is not None
        and len(sentences) > 1
        and "\n\n" not in text[title.end : sentences[0].start]
        and _restates(lexemes, sentences[0], sentences[1], text, words)
        else None
    )
    if restated is not None and restated not in chosen:
        chosen.append(restated)
        cue(restated)
    spans = tuple(Span(s.start, s.end) for s in chosen)
    setting_spans = tuple(
        span for span, s in zip(spans, chosen, strict=True) if cues.get(s.start) == _SET
    )
    occasion = words.occasion if words is not None else None
    cut = [_main(text, lexemes, s, occasion, words) for s in chosen] if occasion else []
    main = tuple(m for m, _ in cut) if cut else None
    own = tuple(o for _, o in cut) if cut else None
    return Scene(
        title,
        spans,
        setting_spans,
        main if main != spans else None,
        own if own != spans else None,
        spans[chosen.index(restated)] if restated is not None else None,
    )
