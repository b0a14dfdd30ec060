"""A readout as a dict or JSON document, and back.

This is the only module that knows the JSON keys. The shape, version
:data:`SCHEMA_VERSION`, is described by the JSON Schema that ships in the
package (:func:`json_schema`)::

    {"schema_version": 1, "title": ..., "date": "2019-12-20", "kind": "phone_call",
     "initiator": "donald-trump",
     "participants": [{"id": "xi-jinping", "name": "Xi Jinping", ...}],
     "statements": [{"speakers": ["xi-jinping"], "verb": "stressed", "topics": ["trade"],
                     "span": {"start": 120, "end": 410}, ...}],
     "topics": [{"id": "trade", "raised_by": ["xi-jinping"], ...}],
     "diagnostics": [...], "body": {"start": 0, "end": 980}, ..., "text": "..."}

- Statements, topics and the initiator refer to participants by ``id``, and
  statements to topics by ``id``; nothing is repeated.
- Dates are ISO (``2019-12-20``); times ``HH:MM`` or ``HH:MM:SS``; durations
  ISO 8601 (``PT1H30M``), which keep microseconds exactly where a number of
  seconds would be a float; enums are their values; spans are
  ``{"start": ..., "end": ...}`` in code points of ``text`` (Python string
  indices, not UTF-16 units).
- Every key is always written, ``null`` where the model holds ``None``, and
  every key is required on reading: a document either describes a whole
  readout or is refused.
- A record written by the command line may carry ``"source"`` (where it was
  read from); it is not part of the model and is ignored on reading.

Reading checks everything the model needs and raises
:class:`~readoutmodel.SerializationError` with the JSONPath of the first bad
field (``$.participants[1].country``): JSON syntax, types, missing and unknown
keys, enum values, id references, and spans that reach beyond ``text``.
``from_dict(to_dict(r)) == r`` for every readout ``to_dict`` accepts; it
refuses only what its JSON form cannot describe (two participants or topics
sharing an id, spans beyond the text, a ``datetime`` for a date, a time whose
zone has no fixed offset).

Hand-written rather than cattrs: the JSON shape is not the object graph
(participants by id, topics by id, spans nested, times and durations as
strings), so cattrs would need a custom hook for nearly every class, and its
errors arrive as exception groups that we would translate back into paths.
Written out, the mapping is a page of plain code with exact paths in its
errors, and the runtime dependencies stay attrs, python-dateutil and regex.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from typing import Any, TypeVar

from readoutmodel.exceptions import SerializationError
from readoutmodel.model import (
    COUNTRY_RE,
    ID_RE,
    LANGUAGE_RE,
    TOPIC_ID_RE,
    Diagnostic,
    Kind,
    Participant,
    Readout,
    Span,
    Statement,
    TimeOfDay,
    Topic,
    VerbCategory,
)

__all__ = [
    "SCHEMA_VERSION",
    "error_record",
    "from_dict",
    "from_json",
    "is_error_record",
    "json_schema",
    "to_dict",
    "to_json",
]

SCHEMA_VERSION = 1
"""The version of the JSON form; it changes when a reader of the old form would misread the new."""

_READOUT_KEYS = (
    "schema_version",
    "title",
    "date",
    "time_of_day",
    "start_time",
    "duration",
    "kind",
    "issuer",
    "language",
    "initiator",
    "participants",
    "statements",
    "topics",
    "diagnostics",
    "body",
    "title_span",
    "date_span",
    "text",
)
_PARTICIPANT_KEYS = ("id", "name", "title", "country", "aliases", "mentions")
_STATEMENT_KEYS = (
    "speakers",
    "verb",
    "category",
    "content",
    "span",
    "sentences",
    "paragraph",
    "topics",
)
_TOPIC_KEYS = ("id", "label", "mentions", "raised_by")
_DIAGNOSTIC_KEYS = ("code", "message", "span")
_SPAN_KEYS = ("start", "end")
_SOURCE_KEY = "source"
_ERROR_KEYS = ("code", "message")

# Value formats, each matching its "pattern" in the JSON Schema.
_TIME_RE = re.compile(
    r"""
    (?:[01]\d|2[0-3]) : [0-5]\d             # HH:MM
    (?: : [0-5]\d (?: \. \d{1,6} )? )?      # optional :SS and fraction
    (?: Z | [+-]\d\d:\d\d (?: :\d\d (?:\.\d{6})? )? )?  # optional fixed offset
    """,
    re.VERBOSE,
)
_DURATION_RE = re.compile(
    r"""
    (?P<sign>-)? P
    (?: (?P<days>\d+) D )?
    (?: T
        (?: (?P<hours>\d+) H )?
        (?: (?P<minutes>\d+) M )?
        (?: (?P<seconds>\d+) (?: \. (?P<fraction>\d{1,6}) )? S )?
    )?
    """,
    re.VERBOSE,
)
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")

_E = TypeVar("_E", bound=enum.Enum)
_T = TypeVar("_T")


# -- writing ----------------------------------------------------------------------------


def to_dict(readout: Readout, *, source: str | None = None) -> dict[str, Any]:
    """The JSON-ready dict of ``readout``; ``source`` adds where it was read from."""
    if not isinstance(readout, Readout):
        raise TypeError(f"to_dict() takes a Readout, not {type(readout).__name__}")
    _check_writable(readout)
    d: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    if source is not None:
        d[_SOURCE_KEY] = source
    d.update(
        title=readout.title,
        date=None if readout.date is None else readout.date.isoformat(),
        time_of_day=_value(readout.time_of_day),
        start_time=None if readout.start_time is None else _format_time(readout.start_time),
        duration=None if readout.duration is None else _format_duration(readout.duration),
        kind=readout.kind.value,
        issuer=readout.issuer,
        language=readout.language,
        initiator=None if readout.initiator is None else readout.initiator.id,
        participants=[_participant_dict(p) for p in readout.participants],
        statements=[_statement_dict(s) for s in readout.statements],
        topics=[_topic_dict(t) for t in readout.topics],
        diagnostics=[_diagnostic_dict(x) for x in readout.diagnostics],
        body=_span_or_none(readout.body),
        title_span=_span_or_none(readout.title_span),
        date_span=_span_or_none(readout.date_span),
        text=readout.text,
    )
    return d


def to_json(readout: Readout, indent: int | None = None, *, source: str | None = None) -> str:
    """``readout`` as a JSON document (UTF-8 text, not ASCII-escaped)."""
    return json.dumps(to_dict(readout, source=source), ensure_ascii=False, indent=indent)


def error_record(source: str, code: str, message: str) -> dict[str, Any]:
    """The record that stands in a stream of readouts for an input that could not be parsed."""
    return {_SOURCE_KEY: source, "error": {"code": code, "message": message}}


def is_error_record(d: object) -> bool:
    """Whether ``d`` is an :func:`error_record` rather than a readout."""
    return isinstance(d, Mapping) and "error" in d and "schema_version" not in d


def _value(member: enum.Enum | None) -> Any:
    return None if member is None else member.value


def _span_dict(span: Span) -> dict[str, int]:
    return {"start": span.start, "end": span.end}


def _span_or_none(span: Span | None) -> dict[str, int] | None:
    return None if span is None else _span_dict(span)


def _participant_dict(person: Participant) -> dict[str, Any]:
    return {
        "id": person.id,
        "name": person.name,
        "title": person.title,
        "country": person.country,
        "aliases": list(person.aliases),
        "mentions": [_span_dict(s) for s in person.mentions],
    }


def _statement_dict(statement: Statement) -> dict[str, Any]:
    return {
        "speakers": [p.id for p in statement.speakers],
        "verb": statement.verb,
        "category": statement.category.value,
        "content": statement.content,
        "span": _span_dict(statement.span),
        "sentences": [_span_dict(s) for s in statement.sentences],
        "paragraph": statement.paragraph,
        "topics": [t.id for t in statement.topics],
    }


def _topic_dict(topic: Topic) -> dict[str, Any]:
    return {
        "id": topic.id,
        "label": topic.label,
        "mentions": [_span_dict(s) for s in topic.mentions],
        "raised_by": [p.id for p in topic.raised_by],
    }


def _diagnostic_dict(diagnostic: Diagnostic) -> dict[str, Any]:
    return {
        "code": diagnostic.code,
        "message": diagnostic.message,
        "span": _span_or_none(diagnostic.span),
    }


def _format_time(time: dt.time) -> str:
    if time.tzinfo is not None and time.utcoffset() is None:
        raise SerializationError(
            f"time zone {time.tzinfo!r} has no fixed offset to write", "$.start_time"
        )
    if time.second == 0 and time.microsecond == 0:
        return time.isoformat(timespec="minutes")
    return time.isoformat()


def _format_duration(duration: dt.timedelta) -> str:
    """ISO 8601: ``PT1H30M``, ``P1DT2H``, ``PT0.5S``, ``-PT5M``, ``PT0S``."""
    sign = "-" if duration < dt.timedelta(0) else ""
    duration = abs(duration)
    hours, rest = divmod(duration.seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    date_part = f"{duration.days}D" if duration.days else ""
    time_part = f"{hours}H" if hours else ""
    time_part += f"{minutes}M" if minutes else ""
    if seconds or duration.microseconds:
        fraction = f".{duration.microseconds:06d}".rstrip("0") if duration.microseconds else ""
        time_part += f"{seconds}{fraction}S"
    if not date_part and not time_part:
        return "PT0S"
    return f"{sign}P{date_part}{'T' + time_part if time_part else ''}"


def _check_writable(readout: Readout) -> None:
    """Refuse what the JSON form cannot describe, so that every written readout reads back."""
    if isinstance(readout.date, dt.datetime):
        raise SerializationError("a date, not a datetime, is expected", "$.date")
    _unique((p.id for p in readout.participants), "$.participants", "participant")
    _unique((t.id for t in readout.topics), "$.topics", "topic")
    size = len(readout.text)
    for path, span in _spans(readout):
        if span.end > size:
            raise SerializationError(
                f"span {span.start}..{span.end} reaches beyond the text ({size} characters)", path
            )


def _unique(ids: Iterable[str], path: str, what: str) -> None:
    seen: set[str] = set()
    for i, identifier in enumerate(ids):
        if identifier in seen:
            raise SerializationError(f"{what} id {identifier!r} is not unique", f"{path}[{i}].id")
        seen.add(identifier)


def _spans(readout: Readout) -> Iterable[tuple[str, Span]]:
    for key in ("body", "title_span", "date_span"):
        span = getattr(readout, key)
        if span is not None:
            yield f"$.{key}", span
    for i, person in enumerate(readout.participants):
        for j, span in enumerate(person.mentions):
            yield f"$.participants[{i}].mentions[{j}]", span
    for i, statement in enumerate(readout.statements):
        yield f"$.statements[{i}].span", statement.span
    for i, topic in enumerate(readout.topics):
        for j, span in enumerate(topic.mentions):
            yield f"$.topics[{i}].mentions[{j}]", span
    for i, diagnostic in enumerate(readout.diagnostics):
        if diagnostic.span is not None:
            yield f"$.diagnostics[{i}].span", diagnostic.span


# -- reading ----------------------------------------------------------------------------


def from_json(document: str | bytes | bytearray) -> Readout:
    """The readout a JSON document describes; :class:`SerializationError` if it does not."""
    if not isinstance(document, str | bytes | bytearray):
        raise TypeError(f"from_json() takes a str or bytes, not {type(document).__name__}")
    try:
        data = json.loads(document)
    except json.JSONDecodeError as error:
        raise SerializationError(
            f"invalid JSON: {error.msg} at line {error.lineno} column {error.colno}"
        ) from None
    except UnicodeDecodeError as error:
        raise SerializationError(f"invalid JSON: not UTF-8 ({error.reason})") from None
    except RecursionError:
        raise SerializationError("invalid JSON: nested too deeply") from None
    return from_dict(data)


def from_dict(d: Mapping[str, Any]) -> Readout:
    """The readout a dict as :func:`to_dict` makes describes; :class:`SerializationError` if not."""
    root = _object(d, "$", _READOUT_KEYS, optional=(_SOURCE_KEY,))
    version = root["schema_version"]
    if version != SCHEMA_VERSION or isinstance(version, bool):
        raise SerializationError(
            f"unsupported schema version {version!r} (this reader knows {SCHEMA_VERSION})",
            "$.schema_version",
        )
    if _SOURCE_KEY in root:
        _str(root[_SOURCE_KEY], f"$.{_SOURCE_KEY}")
    text = _str(root["text"], "$.text")
    size = len(text)

    participants = _list(root["participants"], "$.participants", _participant_reader(size))
    people = _index(participants, "$.participants", "participant")
    topics = _list(root["topics"], "$.topics", _topic_reader(size, people))
    topic_index = _index(topics, "$.topics", "topic")

    def statement(value: Any, path: str) -> Statement:
        obj = _object(value, path, _STATEMENT_KEYS)
        span = _span(obj["span"], f"{path}.span", size)
        return _build(
            Statement,
            path,
            speakers=_list(obj["speakers"], f"{path}.speakers", _ref(people, "participant")),
            verb=_str(obj["verb"], f"{path}.verb", min_len=1),
            category=_enum(VerbCategory, obj["category"], f"{path}.category"),
            content=_str(obj["content"], f"{path}.content"),
            span=span,
            sentences=_list(obj["sentences"], f"{path}.sentences", _span_reader(size, span)),
            paragraph=_int(obj["paragraph"], f"{path}.paragraph"),
            topics=_list(obj["topics"], f"{path}.topics", _ref(topic_index, "topic")),
        )

    def diagnostic(value: Any, path: str) -> Diagnostic:
        obj = _object(value, path, _DIAGNOSTIC_KEYS)
        return _build(
            Diagnostic,
            path,
            code=_str(obj["code"], f"{path}.code", pattern=ID_RE),
            message=_str(obj["message"], f"{path}.message", min_len=1),
            span=_optional(obj["span"], f"{path}.span", _span_reader(size)),
        )

    initiator = _optional(root["initiator"], "$.initiator", _ref(people, "participant"))
    return _build(
        Readout,
        "$",
        text=text,
        title=_optional(root["title"], "$.title", _nonempty_str),
        date=_optional(root["date"], "$.date", _date),
        kind=_enum(Kind, root["kind"], "$.kind"),
        initiator=initiator,
        participants=participants,
        statements=_list(root["statements"], "$.statements", statement),
        topics=topics,
        body=_optional(root["body"], "$.body", _span_reader(size)),
        title_span=_optional(root["title_span"], "$.title_span", _span_reader(size)),
        date_span=_optional(root["date_span"], "$.date_span", _span_reader(size)),
        time_of_day=_optional(
            root["time_of_day"], "$.time_of_day", lambda v, p: _enum(TimeOfDay, v, p)
        ),
        start_time=_optional(root["start_time"], "$.start_time", _time),
        duration=_optional(root["duration"], "$.duration", _duration),
        issuer=_optional(root["issuer"], "$.issuer", _pattern_str(COUNTRY_RE)),
        language=_str(root["language"], "$.language", pattern=LANGUAGE_RE),
        diagnostics=_list(root["diagnostics"], "$.diagnostics", diagnostic),
    )


def _participant_reader(size: int) -> Callable[[Any, str], Participant]:
    def read(value: Any, path: str) -> Participant:
        obj = _object(value, path, _PARTICIPANT_KEYS)
        return _build(
            Participant,
            path,
            id=_str(obj["id"], f"{path}.id", pattern=ID_RE),
            name=_str(obj["name"], f"{path}.name", min_len=1),
            title=_optional(obj["title"], f"{path}.title", _nonempty_str),
            country=_optional(obj["country"], f"{path}.country", _pattern_str(COUNTRY_RE)),
            aliases=_list(obj["aliases"], f"{path}.aliases", _str),
            mentions=_list(obj["mentions"], f"{path}.mentions", _span_reader(size)),
        )

    return read


def _topic_reader(size: int, people: Mapping[str, Participant]) -> Callable[[Any, str], Topic]:
    def read(value: Any, path: str) -> Topic:
        obj = _object(value, path, _TOPIC_KEYS)
        return _build(
            Topic,
            path,
            id=_str(obj["id"], f"{path}.id", pattern=TOPIC_ID_RE),
            label=_str(obj["label"], f"{path}.label", min_len=1),
            mentions=_list(obj["mentions"], f"{path}.mentions", _span_reader(size)),
            raised_by=_list(obj["raised_by"], f"{path}.raised_by", _ref(people, "participant")),
        )

    return read


def _index(items: tuple[Any, ...], path: str, what: str) -> dict[str, Any]:
    index: dict[str, Any] = {}
    for i, item in enumerate(items):
        if item.id in index:
            raise SerializationError(f"{what} id {item.id!r} is not unique", f"{path}[{i}].id")
        index[item.id] = item
    return index


def _ref(index: Mapping[str, _T], what: str) -> Callable[[Any, str], _T]:
    def read(value: Any, path: str) -> _T:
        key = _str(value, path)
        try:
            return index[key]
        except KeyError:
            raise SerializationError(f"unknown {what} id {key!r}", path) from None

    return read


def _build(cls: Callable[..., _T], path: str, **fields: Any) -> _T:
    """Construct a model object, turning what its validators refuse into a path error."""
    try:
        return cls(**fields)
    except (TypeError, ValueError) as error:
        raise SerializationError(str(error), path) from None


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list | tuple):
        return "array"
    if isinstance(value, Mapping):
        return "object"
    return type(value).__name__


def _expected(what: str, value: Any, path: str) -> SerializationError:
    return SerializationError(f"expected {what}, got {_json_type(value)}", path)


def _object(
    value: Any, path: str, keys: tuple[str, ...], optional: tuple[str, ...] = ()
) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise _expected("an object", value, path)
    for key in keys:
        if key not in value:
            raise SerializationError("required key is missing", f"{path}.{key}")
    for key in value:
        if key not in keys and key not in optional:
            raise SerializationError("unknown key", f"{path}.{key}")
    return value


def _list(value: Any, path: str, item: Callable[[Any, str], _T]) -> tuple[_T, ...]:
    if not isinstance(value, list | tuple):
        raise _expected("an array", value, path)
    return tuple(item(element, f"{path}[{i}]") for i, element in enumerate(value))


def _optional(value: Any, path: str, read: Callable[[Any, str], _T]) -> _T | None:
    return None if value is None else read(value, path)


def _str(value: Any, path: str, *, min_len: int = 0, pattern: str | None = None) -> str:
    if not isinstance(value, str):
        raise _expected("a string", value, path)
    if len(value) < min_len:
        raise SerializationError("must not be empty", path)
    if pattern is not None and re.fullmatch(pattern, value) is None:
        raise SerializationError(f"{value!r} does not match {pattern}", path)
    return value


def _nonempty_str(value: Any, path: str) -> str:
    return _str(value, path, min_len=1)


def _pattern_str(pattern: str) -> Callable[[Any, str], str]:
    return lambda value, path: _str(value, path, pattern=pattern)


def _int(value: Any, path: str) -> int:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool):
        raise _expected("an integer", value, path)
    if value < 0:
        raise SerializationError(f"must be >= 0, got {value}", path)
    return value


def _span(value: Any, path: str, size: int, within: Span | None = None) -> Span:
    obj = _object(value, path, _SPAN_KEYS)
    start = _int(obj["start"], f"{path}.start")
    end = _int(obj["end"], f"{path}.end")
    if start > end:
        raise SerializationError(f"start {start} is after end {end}", path)
    if end > size:
        raise SerializationError(f"end {end} reaches beyond the text ({size} characters)", path)
    if within is not None and not within.contains(Span(start, end)):
        raise SerializationError(
            f"span {start}..{end} lies outside the statement's span {within.start}..{within.end}",
            path,
        )
    return Span(start, end)


def _span_reader(size: int, within: Span | None = None) -> Callable[[Any, str], Span]:
    return lambda value, path: _span(value, path, size, within)


def _enum(cls: type[_E], value: Any, path: str) -> _E:
    if not isinstance(value, str):
        raise _expected("a string", value, path)
    try:
        return cls(value)
    except ValueError:
        allowed = ", ".join(str(member.value) for member in cls)
        raise SerializationError(f"{value!r} is not one of {allowed}", path) from None


def _date(value: Any, path: str) -> dt.date:
    text = _str(value, path)
    try:
        if _DATE_RE.fullmatch(text) is None:
            raise ValueError
        return dt.date.fromisoformat(text)
    except ValueError:
        raise SerializationError(f"{text!r} is not a date (YYYY-MM-DD)", path) from None


def _time(value: Any, path: str) -> dt.time:
    text = _str(value, path)
    try:
        if _TIME_RE.fullmatch(text) is None:
            raise ValueError
        return dt.time.fromisoformat(text)
    except ValueError:
        raise SerializationError(f"{text!r} is not a time (HH:MM or HH:MM:SS)", path) from None


def _duration(value: Any, path: str) -> dt.timedelta:
    text = _str(value, path)
    match = _DURATION_RE.fullmatch(text)
    if match is None or text.endswith(("P", "T")):
        raise SerializationError(f"{text!r} is not an ISO 8601 duration (PT1H30M)", path)
    parts = match.groupdict()
    try:
        duration = dt.timedelta(
            days=int(parts["days"] or 0),
            hours=int(parts["hours"] or 0),
            minutes=int(parts["minutes"] or 0),
            seconds=int(parts["seconds"] or 0),
            microseconds=int((parts["fraction"] or "").ljust(6, "0")),
        )
    except OverflowError:
        raise SerializationError(f"{text!r} is too long a duration", path) from None
    return -duration if parts["sign"] else duration


# -- the schema -------------------------------------------------------------------------


@cache
def _schema_text() -> str:
    from importlib import resources  # on use: it is slow to import and seldom needed

    return (resources.files("readoutmodel") / "schema" / "readout.schema.json").read_text("utf-8")


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the JSON form, a fresh dict on each call."""
    schema: dict[str, Any] = json.loads(_schema_text())
    return schema
