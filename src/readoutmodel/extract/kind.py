"""Kind: phone call, video call, meeting or other, from the words of the scene.

A sentence that says how the engagement was held decides first: a passive of an
engagement verb ("a phone call ..., which was held by videoconference") or the
engagement as subject ("The talks were held over the phone", "The meeting took
place via video link"), with the words that qualify it.
Then the scene sentence's own verb decides, with the words that qualify it
("met", "met virtually", "held telephone talks"), when they name the kind
strongly. Otherwise a video cue ("video call", "virtual meeting") in the scene or
the first two paragraphs decides at once: readouts mention no video call but
their own. Otherwise the strong cues of the scene (the headline and the
opening sentences) decide, then its weak cues ("spoke with", "conversation",
"summit"), then the strong cues of the first paragraph and of the body, then
the weak ones; within one place a telephone cue ("telephone talks", "Call
with") beats a meeting cue ("met", "talks"), which beats other ("letter",
"message"). With no cue at all, a scene that brings a guest to a place ("X
welcomed Y to NATO Headquarters") is a meeting.
"""

from __future__ import annotations

import bisect

from readoutmodel.lexer import Lexeme, Lexemes
from readoutmodel.model import Kind, Span
from readoutmodel.patterns import Closed, Entry
from readoutmodel.scene import Scene
from readoutmodel.text import Document, Paragraph

__all__ = ["find"]

_PRECEDENCE = (Kind.VIDEO_CALL, Kind.PHONE_CALL, Kind.MEETING, Kind.OTHER)
_MEDIA = (Kind.VIDEO_CALL, Kind.PHONE_CALL)  # the kinds a modifier of how it was held gives

# a stretch of the text: a span of the scene or a paragraph of the body
_Stretch = Span | Paragraph


def _first(text: str, needles: tuple[str, ...], start: int, end: int) -> int:
    """Where the first of ``needles`` in ``text[start:end]`` starts, or ``end``."""
    found = end
    for needle in needles:
        at = text.find(needle, start, end)
        if 0 <= at < found:
            found = at
    return found


def _verb(entry: Entry) -> bool:
    """Whether an entry with engagement cues is an engagement verb: "met", "called"."""
    return any(c.part == "verb" for c in entry.engagement)


def _engaged(found: tuple[Lexeme, ...]) -> list[Lexeme]:
    return [lx for lx in found if lx.entry is not None and lx.entry.engagement]


class _Cued:
    """The lexemes with engagement cues, found once for the stretch every test reads
    (the headline, the scene and the opening paragraphs) and read from there: most
    lexemes are no engagement word, and the tests would walk them again and again."""

    def __init__(self, lexemes: Lexemes, stretches: tuple[_Stretch, ...]) -> None:
        self.lexemes = lexemes
        self.start = min((s.start for s in stretches), default=0)
        self.end = max((s.end for s in stretches), default=0)
        self.items = _engaged(lexemes.between(self.start, self.end))
        self.starts = [lx.start for lx in self.items]

    def between(self, start: int, end: int) -> list[Lexeme]:
        """The lexemes with engagement cues lying inside ``[start, end)``."""
        if self.start <= start and end <= self.end:
            # by their starts, not by reading them all: a stretch may hold a cue in every
            # sentence, and each sentence asks
            low = bisect.bisect_left(self.starts, start)
            high = bisect.bisect_left(self.starts, end)
            return [lx for lx in self.items[low:high] if lx.end <= end]
        return _engaged(self.lexemes.between(start, end))


def _kinds(cued: _Cued, spans: tuple[_Stretch, ...]) -> tuple[set[Kind], set[Kind]]:
    """The kinds the strong cues in ``spans`` name, and those the weak ones name."""
    strong: set[Kind] = set()
    weak: set[Kind] = set()
    for span in spans:
        for lx in cued.between(span.start, span.end):
            if lx.entry is None:
                continue
            for cue in lx.entry.engagement:
                if cue.kind is not None:
                    (strong if cue.strong else weak).add(cue.kind)
    return strong, weak


_MODIFIER_REACH = 20  # the longest modifier right before a verb: "telephonically"
_BOUNDARIES = (" with ", " to ", " from ", " about ", " on ", ",", ".", ";")


def _scene_verb(document: Document, cued: _Cued, scene: Scene, words: Closed) -> Kind | None:
    """The kind the scene sentence's own verb gives, with the words that qualify it:
    "met", "met virtually", "held telephone talks", "had a video call" — but not a call
    the sentence only mentions ("Following their phone call last week, X met Y"), nor a
    participle set off by commas before the agent of a passive ("X, joined by Y, met Z"),
    nor a verb after an infinitive's marker ("expects to meet")."""
    agent, infinitives = words.agent, words.infinitives
    reach = max(map(len, infinitives), default=0)
    text = document.text
    own = scene.own if scene.own is not None else scene.sentences
    for span, whole in zip(scene.sentences, own, strict=True):
        for lx in cued.between(span.start, span.end):
            if lx.entry is None or not _verb(lx.entry):
                continue
            if text[max(0, lx.start - reach) : lx.start].endswith(infinitives):
                continue  # "expects to meet", "a summit to be hosted by": not this engagement
            if text[max(0, lx.start - 2) : lx.start] == ", " and text.startswith(agent, lx.end):
                continue  # "X, joined by Y, met Z": a clause on the subject, not its verb
            stop = _first(text, _BOUNDARIES, lx.end, span.end)
            found: set[Kind] = set()
            # the medium right before the verb: "virtually met with X"
            before = cued.between(max(span.start, lx.start - _MODIFIER_REACH), lx.start)
            if (
                before
                and before[-1].entry is not None
                and not text[before[-1].end : lx.start].strip()
            ):
                found.update(
                    c.kind
                    for c in before[-1].entry.engagement
                    if c.part == "modifier" and c.kind in _MEDIA and c.strong
                )
            for other in (lx, *cued.between(lx.end, max(stop, lx.end))):
                if other.entry is not None:
                    found.update(c.kind for c in other.entry.engagement if c.kind and c.strong)
            # the medium it was held by, after the verb's object: "met with X via video
            # link"; not where ("on the margins of a trilateral meeting with Z")
            for other in cued.between(max(stop, lx.end), whole.end):
                if other.entry is None or _verb(other.entry):
                    break
                found.update(
                    c.kind
                    for c in other.entry.engagement
                    if c.part == "modifier" and c.kind in _MEDIA and c.strong
                )
            for kind in _PRECEDENCE:
                if kind in found:
                    return kind
            return None
    return None


_PASSIVE = ("was ", "were ")  # "The talks were held ...": how the engagement was held
_CLAUSE_ENDS = (",", ".", ";", " with ")


def _qualifier(
    document: Document, cued: _Cued, after: int, end: int, articles: frozenset[str]
) -> Kind | None:
    """The kind the words just after ``after`` give, up to the end of the clause: "over
    the phone", "by videoconference", "in person"; None past another engagement verb
    ("The call came after they met in person") or an engagement that an article or a
    possessive makes one of its own ("The meeting followed their phone call")."""
    text = document.text
    end = min(end, after + 40)
    stop = _first(text, _CLAUSE_ENDS, after, end)
    found: set[Kind] = set()
    for other in cued.between(after, stop):
        cues = other.entry.engagement if other.entry is not None else ()
        if any(c.part == "verb" and c.kind is not None for c in cues):
            return None
        if any(c.part == "noun" for c in cues):
            # the article before the noun and a word that qualifies it, or the one a
            # reference opens with ("the call", "their in-person meeting")
            before = text[max(after, other.start - 24) : other.start].split()[-2:]
            before += other.text.split()[:1]
            if any(word.casefold() in articles for word in before):
                return None
        found.update(c.kind for c in cues if c.kind is not None and c.strong and c.part != "verb")
    return next((kind for kind in _PRECEDENCE if kind in found), None)


def _stated_medium(
    document: Document,
    lexemes: Lexemes,
    cued: _Cued,
    spans: tuple[_Stretch, ...],
    opening: tuple[_Stretch, ...],
    articles: frozenset[str],
) -> Kind | None:
    """The kind a sentence gives that says how the engagement was held: a passive of an
    engagement verb ("..., which was held by videoconference") or the engagement as the
    subject ("The talks were held over the phone"), with the words that qualify it. Such
    a sentence without those words ("were held in a friendly atmosphere") gives none."""
    text = document.text
    for span in spans:
        for lx in cued.between(span.start, span.end):
            if lx.entry is None or not _verb(lx.entry):
                continue
            if not text[max(span.start, lx.start - 5) : lx.start].endswith(_PASSIVE):
                continue
            found = _qualifier(document, cued, lx.end, span.end, articles)
            if found is not None:
                return found
    limit = opening[-1].end if opening else 0
    for sentence in document.sentences:
        if sentence.start >= limit:
            break
        first = lexemes.first(sentence.start, min(sentence.end, sentence.start + 12))
        if first is None or first.entry is None:
            continue
        if any(c.part == "noun" and c.kind is not None for c in first.entry.engagement):
            found = _qualifier(document, cued, first.end, sentence.end, articles)
            if found is not None:
                return found
    return None


def _brings_guest(document: Document, lexemes: Lexemes, scene: Scene) -> bool:
    """Whether a scene sentence's verb brings a person to a place: "X welcomed the
    President of Romania, Y, to NATO Headquarters", "... to the White House"."""
    text = document.text
    for span in scene.spans:
        items = lexemes.between(span.start, span.end)
        for index, lx in enumerate(items):
            entry = lx.entry
            if entry is None or entry.verb is None or entry.form not in ("past", "present"):
                continue
            to = text.find(" to ", lx.end, min(span.end, lx.end + 80))
            place = to + 8 if text.startswith("the ", to + 4) else to + 4
            if to < 0 or not text[place : place + 1].isupper():
                continue
            between = [o for o in items[index + 1 :] if o.end <= to]
            if any(o.entry is not None and o.entry.verb is not None for o in between):
                continue
            if any(o.kind == "name" or (o.entry is not None and o.entry.title) for o in between):
                return True
    return False


def find(document: Document, lexemes: Lexemes, scene: Scene, words: Closed) -> Kind:
    """The kind of engagement the readout reports, given the grammar's ``words``."""
    articles = words.articles
    opening: tuple[_Stretch, ...] = document.paragraphs[:2]
    # the scene's spans the opening paragraphs do not hold (the headline), then those
    low, high = (opening[0].start, opening[-1].end) if opening else (0, 0)
    outside = tuple(s for s in scene.spans if not low <= s.start < high)
    cued = _Cued(lexemes, scene.spans + opening)
    stated = _stated_medium(document, lexemes, cued, outside + opening, opening, articles)
    if stated is not None:
        return stated
    own = _scene_verb(document, cued, scene, words)
    if own is not None:
        return own
    if Kind.VIDEO_CALL in _kinds(cued, scene.spans + opening)[0]:
        return Kind.VIDEO_CALL  # readouts mention no video call but their own
    first = opening[:1]
    body: tuple[_Stretch, ...] = (document.body,) if document.body is not None else ()
    # in turn: the scene's strong cues, its weak ones, the first paragraph's strong ones,
    # the body's strong ones, its weak ones
    for spans, weak_too in ((scene.own_spans, True), (first, False), (body, True)):
        strong, weak = _kinds(cued, spans)
        for found in (strong, weak) if weak_too else (strong,):
            for kind in _PRECEDENCE:
                if kind in found:
                    return kind
    return Kind.MEETING if _brings_guest(document, lexemes, scene) else Kind.OTHER
