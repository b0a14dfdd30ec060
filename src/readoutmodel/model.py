"""The typed document model of a readout.

Immutable attrs classes: every instance is frozen and slotted, every
collection is a tuple, every field is validated. Nothing here parses text,
reads files or knows about JSON; the parser builds these objects and
:mod:`readoutmodel.serialize` moves them in and out of JSON.

Offsets are always into :attr:`Readout.text`, the exact string given to
:func:`readoutmodel.parse`: ``readout.text[span.start:span.end]``.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Iterable
from typing import Any

import attrs
from attrs import validators as v

__all__ = [
    "Diagnostic",
    "Kind",
    "Participant",
    "Readout",
    "Span",
    "Statement",
    "TimeOfDay",
    "Topic",
    "VerbCategory",
]

COUNTRY_RE = r"[A-Z]{2}|EU|UN|NATO"
ID_RE = r"[a-z0-9]+(?:-[a-z0-9]+)*"
TOPIC_ID_RE = r"[a-z][a-z0-9_]*"
LANGUAGE_RE = r"[a-z]{2}"


class Kind(enum.StrEnum):
    """How the leaders engaged."""

    PHONE_CALL = "phone_call"
    VIDEO_CALL = "video_call"
    MEETING = "meeting"
    OTHER = "other"


class TimeOfDay(enum.StrEnum):
    """The part of the day a readout names ("On the evening of ...")."""

    MORNING = "morning"
    AFTERNOON = "afternoon"
    EVENING = "evening"
    NIGHT = "night"


class VerbCategory(enum.StrEnum):
    """A small closed set of communicative acts, for counting reporting verbs.

    ``assert``: said, noted, pointed out, told; ``emphasize``: stressed,
    underscored, reiterated, reaffirmed; ``stance``: expressed, welcomed,
    condemned, hoped, was confident; ``agree``: agreed, decided, pledged;
    ``discuss``: discussed, exchanged views, reviewed, touched on;
    ``inform``: briefed, informed, updated, described, shared; ``request``:
    urged, called for, asked, invited, proposed; ``courtesy``: thanked,
    congratulated, wished, extended greetings.
    """

    ASSERT = "assert"
    EMPHASIZE = "emphasize"
    STANCE = "stance"
    AGREE = "agree"
    DISCUSS = "discuss"
    INFORM = "inform"
    REQUEST = "request"
    COURTESY = "courtesy"


def _non_negative_int(instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{attribute.name} must be an int, not {type(value).__name__}")
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


def _tuple_of(kind: type) -> Any:
    """A validator of a tuple of ``kind``: one loop, as a parse makes thousands of them."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, tuple):
            raise TypeError(f"{attribute.name} must be a tuple, not {type(value).__name__}")
        for item in value:
            if not isinstance(item, kind):
                raise TypeError(
                    f"{attribute.name} must hold {kind.__name__} objects, not {type(item).__name__}"
                )

    return check


# Typed converters: every collection field becomes a tuple (``converter=tuple``
# would do the same, but hides the element types from type checkers).
def _strings(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _spans(value: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(value)


def _participants(value: Iterable[Participant]) -> tuple[Participant, ...]:
    return tuple(value)


def _topics(value: Iterable[Topic]) -> tuple[Topic, ...]:
    return tuple(value)


def _statements(value: Iterable[Statement]) -> tuple[Statement, ...]:
    return tuple(value)


def _diagnostics(value: Iterable[Diagnostic]) -> tuple[Diagnostic, ...]:
    return tuple(value)


def _text(instance: Any, attribute: attrs.Attribute[str], value: str) -> None:
    """A validator of a non-empty str."""
    if not isinstance(value, str):
        raise TypeError(f"{attribute.name} must be a str, not {type(value).__name__}")
    if not value:
        raise ValueError(f"{attribute.name} must not be empty")


def _pattern(pattern: str) -> Any:
    """A validator of a str that ``pattern`` matches in full."""
    compiled = re.compile(pattern)

    def check(instance: Any, attribute: attrs.Attribute[str], value: str) -> None:
        if not isinstance(value, str):
            raise TypeError(f"{attribute.name} must be a str, not {type(value).__name__}")
        if compiled.fullmatch(value) is None:
            raise ValueError(f"{attribute.name} must match {pattern!r}, got {value!r}")

    return check


def _optional_str() -> Any:
    return v.optional(_text)


@attrs.frozen
class Span:
    """Character offsets ``[start, end)`` into :attr:`Readout.text`."""

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        # One check for both fields instead of a validator each: a parse makes
        # hundreds of spans. Anything but two plain ints takes the thorough way.
        start, end = self.start, self.end
        if type(start) is not int or type(end) is not int or start < 0 or end < 0:
            for field in attrs.fields(Span):
                _non_negative_int(self, field, getattr(self, field.name))
        if start > end:
            raise ValueError(f"span start {start} is after its end {end}")

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, text: str) -> str:
        """The piece of ``text`` this span covers."""
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies inside this span."""
        return self.start <= other.start and other.end <= self.end


@attrs.frozen(cache_hash=True)  # hashed again for every statement and topic naming it
class Participant:
    """A principal of the engagement: a person who talked or met.

    ``id`` is stable for a name (``xi-jinping``); ``aliases`` are the other
    ways the text refers to the person ("President Xi", "Xi", "the Chinese
    side", "he"); ``mentions`` are where it does, in text order.
    """

    id: str = attrs.field(validator=_pattern(ID_RE))
    name: str = attrs.field(validator=_text)
    title: str | None = attrs.field(default=None, validator=_optional_str())
    country: str | None = attrs.field(default=None, validator=v.optional(_pattern(COUNTRY_RE)))
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_strings, validator=_tuple_of(str))
    mentions: tuple[Span, ...] = attrs.field(
        default=(), converter=_spans, validator=_tuple_of(Span)
    )


@attrs.frozen(cache_hash=True)  # hashed again for every statement and topic naming it
class Topic:
    """An issue the readout raises, with where it is named and who raised it."""

    id: str = attrs.field(validator=_pattern(TOPIC_ID_RE))
    label: str = attrs.field(validator=_text)
    mentions: tuple[Span, ...] = attrs.field(
        default=(), converter=_spans, validator=_tuple_of(Span)
    )
    raised_by: tuple[Participant, ...] = attrs.field(
        default=(), converter=_participants, validator=_tuple_of(Participant)
    )


@attrs.frozen
class Statement:
    """One attribution: who said or did what, and the passage that reports it.

    ``span`` covers the attribution and every sentence the statement continues
    over; ``sentences`` are those sentences one by one; ``content`` is the
    reported words without the attribution ("Xi Jinping stressed that");
    ``paragraph`` is the index of the body paragraph it starts in.
    """

    speakers: tuple[Participant, ...] = attrs.field(
        converter=_participants, validator=v.and_(_tuple_of(Participant), v.min_len(1))
    )
    verb: str = attrs.field(validator=_text)
    category: VerbCategory = attrs.field(validator=v.instance_of(VerbCategory))
    content: str = attrs.field(validator=v.instance_of(str))
    span: Span = attrs.field(validator=v.instance_of(Span))
    sentences: tuple[Span, ...] = attrs.field(
        converter=_spans, validator=v.and_(_tuple_of(Span), v.min_len(1))
    )
    paragraph: int = attrs.field(validator=_non_negative_int)
    topics: tuple[Topic, ...] = attrs.field(
        default=(), converter=_topics, validator=_tuple_of(Topic)
    )

    @sentences.validator
    def _sentences_inside_span(
        self, attribute: attrs.Attribute[Any], value: tuple[Span, ...]
    ) -> None:
        for sentence in value:
            if not self.span.contains(sentence):
                raise ValueError(
                    f"sentence {sentence} lies outside the statement's span {self.span}"
                )


@attrs.frozen
class Diagnostic:
    """Something the parser could not establish, or had to guess.

    ``code`` is a stable identifier to filter on (``no-date``,
    ``fallback-encoding``); ``span`` points at the text concerned, if any.
    """

    code: str = attrs.field(validator=_pattern(ID_RE))
    message: str = attrs.field(validator=_text)
    span: Span | None = attrs.field(default=None, validator=v.optional(v.instance_of(Span)))


def _inside_text(instance: Readout, attribute: attrs.Attribute[Any], value: Span | None) -> None:
    if value is not None and value.end > len(instance.text):
        raise ValueError(
            f"{attribute.name} {value} ends beyond the text ({len(instance.text)} chars)"
        )


def _among_participants(instance: Readout, who: Iterable[Participant], what: str) -> None:
    for person in who:
        if person not in instance.participants:
            raise ValueError(f"{what} {person.name!r} is not among the participants")


@attrs.frozen
class Readout:
    """A parsed readout: the text and everything established from it."""

    text: str = attrs.field(validator=v.instance_of(str), repr=False)
    title: str | None = attrs.field(default=None, validator=_optional_str())
    date: dt.date | None = attrs.field(default=None, validator=v.optional(v.instance_of(dt.date)))
    kind: Kind = attrs.field(default=Kind.OTHER, validator=v.instance_of(Kind))
    initiator: Participant | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Participant))
    )
    participants: tuple[Participant, ...] = attrs.field(
        default=(), converter=_participants, validator=_tuple_of(Participant)
    )
    statements: tuple[Statement, ...] = attrs.field(
        default=(), converter=_statements, validator=_tuple_of(Statement)
    )
    topics: tuple[Topic, ...] = attrs.field(
        default=(), converter=_topics, validator=_tuple_of(Topic)
    )
    body: Span | None = attrs.field(
        default=None, validator=[v.optional(v.instance_of(Span)), _inside_text]
    )
    title_span: Span | None = attrs.field(
        default=None, validator=[v.optional(v.instance_of(Span)), _inside_text]
    )
    date_span: Span | None = attrs.field(
        default=None, validator=[v.optional(v.instance_of(Span)), _inside_text]
    )
    time_of_day: TimeOfDay | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(TimeOfDay))
    )
    start_time: dt.time | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(dt.time))
    )
    duration: dt.timedelta | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(dt.timedelta))
    )
    issuer: str | None = attrs.field(default=None, validator=v.optional(_pattern(COUNTRY_RE)))
    language: str = attrs.field(default="en", validator=_pattern(LANGUAGE_RE))
    diagnostics: tuple[Diagnostic, ...] = attrs.field(
        default=(), converter=_diagnostics, validator=_tuple_of(Diagnostic)
    )

    @initiator.validator
    def _initiator_participates(
        self, attribute: attrs.Attribute[Any], value: Participant | None
    ) -> None:
        if value is not None:
            _among_participants(self, (value,), "initiator")

    @statements.validator
    def _statements_fit(
        self, attribute: attrs.Attribute[Any], value: tuple[Statement, ...]
    ) -> None:
        # The parser gives the statements the readout's own topic objects: those are
        # found by identity, as hashing a topic hashes all its spans and raisers. Other
        # objects are compared by value; topics of another type than Topic are hashed
        # up front, as ever, since hashing them may fail.
        if all(type(topic) is Topic for topic in self.topics):
            own = {id(topic) for topic in self.topics}
            topics: set[Topic] | None = None
        else:
            own, topics = set(), set(self.topics)
        for statement in value:
            _among_participants(self, statement.speakers, "speaker")
            _inside_text(self, attribute, statement.span)
            if all(id(topic) in own for topic in statement.topics):
                continue
            if topics is None:
                topics = set(self.topics)
            if not topics.issuperset(statement.topics):
                raise ValueError("a statement's topics must be among the readout's topics")

    @topics.validator
    def _topics_fit(self, attribute: attrs.Attribute[Any], value: tuple[Topic, ...]) -> None:
        for topic in value:
            _among_participants(self, topic.raised_by, "topic raiser")

    def participant(self, key: str) -> Participant:
        """The participant whose id or name is ``key``; ``KeyError`` if none."""
        for person in self.participants:
            if key in (person.id, person.name):
                return person
        raise KeyError(key)

    def topic(self, topic_id: str) -> Topic:
        """The topic with id ``topic_id``; ``KeyError`` if the readout does not raise it."""
        for topic in self.topics:
            if topic.id == topic_id:
                return topic
        raise KeyError(topic_id)

    def statements_by(self, person: Participant | str) -> tuple[Statement, ...]:
        """The statements ``person`` (a participant, id or name) is a speaker of."""
        who = self.participant(person) if isinstance(person, str) else person
        return tuple(s for s in self.statements if who in s.speakers)
