"""Tests of readoutmodel.serialize: the JSON form, its schema, and errors with paths."""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import readoutmodel
from readoutmodel import (
    SCHEMA_VERSION,
    Diagnostic,
    Kind,
    Participant,
    Readout,
    SerializationError,
    Span,
    Statement,
    TimeOfDay,
    Topic,
    VerbCategory,
    from_dict,
    from_json,
    json_schema,
    to_dict,
    to_json,
)
from sample_readouts import ODD_TEXTS, SAMPLES

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"

VALIDATOR = jsonschema.Draft202012Validator(
    json_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)


def schema_errors(document: Any) -> list[str]:
    return [error.message for error in VALIDATOR.iter_errors(document)]


def full_readout() -> Readout:
    """A readout built by hand with every optional field set."""
    text = (
        "Readout of the Call\n\n"
        "On the evening of May 2, 2024, Ana Silva spoke with Ben Okafor for 90 minutes. "
        "Ana Silva stressed the need for a ceasefire. Both leaders agreed to meet."
    )
    ana = Participant(
        id="ana-silva",
        name="Ana Silva",
        title="President",
        country="PT",
        aliases=("President Silva",),
        mentions=(Span(52, 61), Span(100, 109)),
    )
    ben = Participant(id="ben-okafor", name="Ben Okafor", country="UN", mentions=(Span(73, 83),))
    ceasefire = Topic(
        id="ceasefire", label="Ceasefire", mentions=(Span(134, 143),), raised_by=(ana,)
    )
    return Readout(
        text=text,
        title="Readout of the Call",
        date=dt.date(2024, 5, 2),
        kind=Kind.PHONE_CALL,
        initiator=ben,
        participants=(ana, ben),
        statements=(
            Statement(
                speakers=(ana,),
                verb="stressed",
                category=VerbCategory.EMPHASIZE,
                content="the need for a ceasefire.",
                span=Span(100, 144),
                sentences=(Span(100, 144),),
                paragraph=0,
                topics=(ceasefire,),
            ),
            Statement(
                speakers=(ana, ben),
                verb="agreed",
                category=VerbCategory.AGREE,
                content="to meet.",
                span=Span(145, 173),
                sentences=(Span(145, 173),),
                paragraph=0,
            ),
        ),
        topics=(ceasefire,),
        body=Span(21, 173),
        title_span=Span(0, 19),
        date_span=Span(39, 50),
        time_of_day=TimeOfDay.EVENING,
        start_time=dt.time(20, 30),
        duration=dt.timedelta(minutes=90),
        issuer="PT",
        language="en",
        diagnostics=(Diagnostic("no-country", "a guess", Span(0, 7)), Diagnostic("other", "x")),
    )


# -- strategies ---------------------------------------------------------------------------


@st.composite
def spans(draw: st.DrawFn, low: int, high: int) -> Span:
    start = draw(st.integers(low, high))
    return Span(start, draw(st.integers(start, high)))


def optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


names = st.text(min_size=1, max_size=20)
fixed_offsets = st.timedeltas(
    min_value=-dt.timedelta(hours=23, minutes=59), max_value=dt.timedelta(hours=23, minutes=59)
).map(dt.timezone)
times = st.times() | st.times(timezones=fixed_offsets)


@st.composite
def readouts(draw: st.DrawFn) -> Readout:
    """Consistent readouts with every field drawn, including the odd corners of each type."""
    text = draw(st.text(max_size=120))
    size = len(text)
    ids = draw(
        st.lists(st.from_regex(r"[a-z0-9]+(-[a-z0-9]+)*", fullmatch=True), max_size=4, unique=True)
    )
    people = [
        Participant(
            id=identifier,
            name=draw(names),
            title=draw(optional(names)),
            country=draw(optional(st.sampled_from(["US", "CN", "EU", "UN", "NATO", "GB"]))),
            aliases=draw(st.lists(st.text(max_size=10), max_size=3)),
            mentions=draw(st.lists(spans(0, size), max_size=3)),
        )
        for identifier in ids
    ]
    topic_ids = draw(
        st.lists(st.from_regex(r"[a-z][a-z0-9_]*", fullmatch=True), max_size=3, unique=True)
    )
    topics = [
        Topic(
            id=identifier,
            label=draw(names),
            mentions=draw(st.lists(spans(0, size), max_size=2)),
            raised_by=draw(st.lists(st.sampled_from(people), max_size=2)) if people else (),
        )
        for identifier in topic_ids
    ]
    statements = []
    for _ in range(draw(st.integers(0, 3)) if people else 0):
        span = draw(spans(0, size))
        statements.append(
            Statement(
                speakers=draw(st.lists(st.sampled_from(people), min_size=1, max_size=3)),
                verb=draw(names),
                category=draw(st.sampled_from(VerbCategory)),
                content=draw(st.text(max_size=30)),
                span=span,
                sentences=draw(st.lists(spans(span.start, span.end), min_size=1, max_size=3)),
                paragraph=draw(st.integers(0, 50)),
                topics=draw(st.lists(st.sampled_from(topics), max_size=2)) if topics else (),
            )
        )
    return Readout(
        text=text,
        title=draw(optional(names)),
        date=draw(optional(st.dates())),
        kind=draw(st.sampled_from(Kind)),
        initiator=draw(optional(st.sampled_from(people))) if people else None,
        participants=people,
        statements=statements,
        topics=topics,
        body=draw(optional(spans(0, size))),
        title_span=draw(optional(spans(0, size))),
        date_span=draw(optional(spans(0, size))),
        time_of_day=draw(optional(st.sampled_from(TimeOfDay))),
        start_time=draw(optional(times)),
        duration=draw(optional(st.timedeltas())),
        issuer=draw(optional(st.sampled_from(["US", "CN", "EU"]))),
        language=draw(st.from_regex(r"[a-z]{2}", fullmatch=True)),
        diagnostics=[
            Diagnostic(code, draw(names), draw(optional(spans(0, size))))
            for code in draw(
                st.lists(st.from_regex(r"[a-z]+(-[a-z]+)?", fullmatch=True), max_size=2)
            )
        ],
    )


# -- round trips ----------------------------------------------------------------------------


class TestRoundTrip:
    @pytest.mark.parametrize("name", sorted(SAMPLES))
    def test_parsed_sample_round_trips(self, name: str) -> None:
        """A readout parsed from a sample text loads back equal from its JSON."""
        readout = readoutmodel.parse(SAMPLES[name])
        assert from_json(to_json(readout)) == readout
        assert from_json(to_json(readout, indent=2)) == readout
        assert from_dict(to_dict(readout)) == readout

    @pytest.mark.parametrize("text", ODD_TEXTS)
    def test_odd_text_round_trips(self, text: str) -> None:
        """Readouts of empty, blank and unusual texts round-trip, text and diagnostics included."""
        readout = readoutmodel.parse(text)
        again = from_json(to_json(readout))
        assert again == readout
        assert again.text == text

    def test_full_readout_round_trips(self) -> None:
        """A readout with every optional field set loads back equal."""
        readout = full_readout()
        assert from_json(to_json(readout)) == readout

    @given(readouts())
    def test_any_readout_round_trips(self, readout: Readout) -> None:
        """Every consistent readout round-trips through JSON and its dict validates."""
        document = to_json(readout)
        assert from_json(document) == readout
        assert schema_errors(json.loads(document)) == []

    def test_bytes_are_read_as_utf8(self) -> None:
        """from_json accepts the UTF-8 bytes of a document."""
        readout = readoutmodel.parse(SAMPLES["cn-call"])
        assert from_json(to_json(readout).encode("utf-8")) == readout

    def test_source_is_written_and_ignored_on_reading(self) -> None:
        """A source name is added on request and does not change the readout read back."""
        readout = readoutmodel.parse(SAMPLES["uk-call"])
        d = to_dict(readout, source="pm/call.txt")
        assert d["source"] == "pm/call.txt"
        assert "source" not in to_dict(readout)
        assert from_dict(d) == readout

    @pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not present")
    def test_corpus_readouts_round_trip_and_validate(self) -> None:
        """Every readout of the development corpus round-trips and validates against the schema."""
        paths = sorted(CORPUS.glob("*.txt"))
        assert paths
        for path in paths:
            readout = readoutmodel.parse(path.read_text(encoding="utf-8"))
            d = to_dict(readout, source=path.name)
            assert schema_errors(d) == [], path.name
            assert from_json(json.dumps(d)) == readout, path.name


# -- the shape ------------------------------------------------------------------------------


class TestShape:
    def test_keys_and_version(self) -> None:
        """Every key is written, schema_version first and text last."""
        d = to_dict(full_readout())
        keys = list(d)
        assert keys[0] == "schema_version"
        assert keys[-1] == "text"
        assert d["schema_version"] == SCHEMA_VERSION == 1
        assert set(keys) == set(json_schema()["required"])

    def test_participants_are_referred_to_by_id(self) -> None:
        """Statements, topics and the initiator name participants by id, not repeating them."""
        d = to_dict(full_readout())
        assert [p["id"] for p in d["participants"]] == ["ana-silva", "ben-okafor"]
        assert d["statements"][1]["speakers"] == ["ana-silva", "ben-okafor"]
        assert d["topics"][0]["raised_by"] == ["ana-silva"]
        assert d["initiator"] == "ben-okafor"
        assert d["statements"][0]["topics"] == ["ceasefire"]

    def test_values(self) -> None:
        """Dates are ISO, times HH:MM, durations ISO 8601, enums their values, spans objects."""
        d = to_dict(full_readout())
        assert d["date"] == "2024-05-02"
        assert d["start_time"] == "20:30"
        assert d["duration"] == "PT1H30M"
        assert d["kind"] == "phone_call"
        assert d["time_of_day"] == "evening"
        assert d["statements"][0]["category"] == "emphasize"
        assert d["body"] == {"start": 21, "end": 173}
        assert d["diagnostics"][1] == {"code": "other", "message": "x", "span": None}

    def test_absent_values_are_null(self) -> None:
        """Fields the model leaves None are written as null."""
        d = to_dict(Readout(text="x"))
        assert d["date"] is None
        assert d["initiator"] is None
        assert d["duration"] is None
        assert d["participants"] == []
        assert d["kind"] == "other"

    def test_json_is_not_ascii_escaped(self) -> None:
        """to_json keeps non-ASCII text as it is."""
        readout = readoutmodel.parse(SAMPLES["cn-call"])
        assert "Inácio" in to_json(readout)

    @pytest.mark.parametrize(
        ("duration", "written"),
        [
            (dt.timedelta(0), "PT0S"),
            (dt.timedelta(minutes=90), "PT1H30M"),
            (dt.timedelta(hours=2), "PT2H"),
            (dt.timedelta(days=1, hours=2), "P1DT2H"),
            (dt.timedelta(days=3), "P3D"),
            (dt.timedelta(seconds=0.5), "PT0.5S"),
            (dt.timedelta(seconds=61, microseconds=7), "PT1M1.000007S"),
            (dt.timedelta(minutes=-5), "-PT5M"),
            (dt.timedelta.max, "P999999999DT23H59M59.999999S"),
            (dt.timedelta.min, "-P999999999D"),
        ],
    )
    def test_durations(self, duration: dt.timedelta, written: str) -> None:
        """Durations are written in ISO 8601 and read back exactly."""
        readout = Readout(text="x", duration=duration)
        assert to_dict(readout)["duration"] == written
        assert from_json(to_json(readout)).duration == duration

    @pytest.mark.parametrize(
        ("time", "written"),
        [
            (dt.time(9, 5), "09:05"),
            (dt.time(9, 5, 30), "09:05:30"),
            (dt.time(9, 5, 0, 250000), "09:05:00.250000"),
            (dt.time(9, 5, tzinfo=dt.timezone(dt.timedelta(hours=3))), "09:05+03:00"),
        ],
    )
    def test_times(self, time: dt.time, written: str) -> None:
        """Times are HH:MM, with seconds only when they are not zero."""
        readout = Readout(text="x", start_time=time)
        assert to_dict(readout)["start_time"] == written
        assert from_json(to_json(readout)).start_time == time


# -- what to_dict refuses -------------------------------------------------------------------


class TestWriting:
    def test_not_a_readout(self) -> None:
        """to_dict of anything but a Readout is a TypeError naming the type."""
        with pytest.raises(TypeError, match="dict"):
            to_dict({})  # type: ignore[arg-type]

    def test_duplicate_participant_ids(self) -> None:
        """Two participants sharing an id cannot be referred to, so writing refuses them."""
        readout = Readout(
            text="x", participants=(Participant(id="a", name="A"), Participant(id="a", name="B"))
        )
        with pytest.raises(SerializationError) as caught:
            to_dict(readout)
        assert caught.value.path == "$.participants[1].id"

    def test_span_beyond_text(self) -> None:
        """A mention beyond the text would not load back, so writing refuses it."""
        readout = Readout(
            text="short", participants=(Participant(id="a", name="A", mentions=(Span(2, 9),)),)
        )
        with pytest.raises(SerializationError) as caught:
            to_dict(readout)
        assert caught.value.path == "$.participants[0].mentions[0]"

    def test_datetime_for_a_date(self) -> None:
        """A datetime in the date field is refused rather than written as something else."""
        with pytest.raises(SerializationError) as caught:
            to_dict(Readout(text="x", date=dt.datetime(2024, 1, 1, 10)))
        assert caught.value.path == "$.date"


# -- reading errors -------------------------------------------------------------------------


def good() -> dict[str, Any]:
    return to_dict(full_readout())


def setter(*path: str | int, value: Any) -> Callable[[dict[str, Any]], None]:
    def mutate(d: dict[str, Any]) -> None:
        target: Any = d
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return mutate


def deleter(*path: str | int) -> Callable[[dict[str, Any]], None]:
    def mutate(d: dict[str, Any]) -> None:
        target: Any = d
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return mutate


# (what is wrong, how to break a good document, the path of the error)
SHAPE_ERRORS = [
    ("wrong type", setter("participants", 1, "country", value=5), "$.participants[1].country"),
    ("bad country", setter("participants", 0, "country", value="USA"), "$.participants[0].country"),
    ("missing key", deleter("participants", 0, "name"), "$.participants[0].name"),
    ("missing top key", deleter("kind"), "$.kind"),
    ("unknown key", setter("colour", value="red"), "$.colour"),
    ("bad enum", setter("kind", value="call"), "$.kind"),
    (
        "bad category",
        setter("statements", 0, "category", value="shout"),
        "$.statements[0].category",
    ),
    ("negative offset", setter("body", "start", value=-1), "$.body.start"),
    ("boolean offset", setter("body", "start", value=True), "$.body.start"),
    ("empty speakers", setter("statements", 0, "speakers", value=[]), "$.statements[0]"),
    ("bad id", setter("participants", 1, "id", value="Ben Okafor"), "$.participants[1].id"),
    ("bad date", setter("date", value="2024-02-30"), "$.date"),
    ("date with time", setter("date", value="2024-02-03T10:00"), "$.date"),
    ("bad time", setter("start_time", value="8pm"), "$.start_time"),
    ("bad duration", setter("duration", value="90 minutes"), "$.duration"),
    ("empty duration", setter("duration", value="PT"), "$.duration"),
    ("seconds for a duration", setter("duration", value=5400), "$.duration"),
    ("empty title", setter("title", value=""), "$.title"),
    ("list for object", setter("participants", 0, value=["ana-silva"]), "$.participants[0]"),
    ("object for list", setter("statements", value={}), "$.statements"),
    ("text not a string", setter("text", value=None), "$.text"),
    ("future version", setter("schema_version", value=2), "$.schema_version"),
    ("bad language", setter("language", value="eng"), "$.language"),
    ("bad code", setter("diagnostics", 0, "code", value="No Code"), "$.diagnostics[0].code"),
]
# References and offsets: beyond what a JSON Schema can check, so only the reader refuses them.
REFERENCE_ERRORS = [
    (
        "unknown speaker",
        setter("statements", 0, "speakers", 0, value="nobody"),
        "$.statements[0].speakers[0]",
    ),
    (
        "unknown raiser",
        setter("topics", 0, "raised_by", 0, value="nobody"),
        "$.topics[0].raised_by[0]",
    ),
    ("unknown initiator", setter("initiator", value="nobody"), "$.initiator"),
    (
        "unknown topic",
        setter("statements", 0, "topics", 0, value="weather"),
        "$.statements[0].topics[0]",
    ),
    (
        "span beyond text",
        setter("statements", 0, "span", "end", value=10_000),
        "$.statements[0].span",
    ),
    (
        "mention beyond text",
        setter("participants", 0, "mentions", 1, "end", value=999),
        "$.participants[0].mentions[1]",
    ),
    ("reversed span", setter("body", value={"start": 9, "end": 3}), "$.body"),
    (
        "sentence outside",
        setter("statements", 0, "sentences", 0, value={"start": 0, "end": 5}),
        "$.statements[0].sentences[0]",
    ),
    ("duplicate id", setter("participants", 1, "id", value="ana-silva"), "$.participants[1].id"),
]
ALL_ERRORS = SHAPE_ERRORS + REFERENCE_ERRORS


def cases(rows: list[tuple[str, Any, str]]) -> Any:
    return pytest.mark.parametrize(
        ("mutate", "path"), [row[1:] for row in rows], ids=[row[0] for row in rows]
    )


class TestReadingErrors:
    @cases(ALL_ERRORS)
    def test_error_names_the_path(
        self, mutate: Callable[[dict[str, Any]], None], path: str
    ) -> None:
        """A broken field raises SerializationError whose path locates it."""
        d = good()
        mutate(d)
        with pytest.raises(SerializationError) as caught:
            from_dict(d)
        assert caught.value.path == path
        assert str(caught.value).startswith(f"{path}: ")
        with pytest.raises(SerializationError):
            from_json(json.dumps(d))

    @cases(SHAPE_ERRORS)
    def test_schema_refuses_shape_errors(
        self, mutate: Callable[[dict[str, Any]], None], path: str
    ) -> None:
        """What the reader refuses for its shape alone, the schema refuses too."""
        d = good()
        mutate(d)
        assert schema_errors(d)

    def test_the_good_document_is_accepted_by_both(self) -> None:
        """The unbroken document reads and validates, so the errors above are the mutations'."""
        d = good()
        assert from_dict(copy.deepcopy(d)) == full_readout()
        assert schema_errors(d) == []

    @pytest.mark.parametrize("document", ["{", "", "not json", '{"a": 1,}', "[1, 2"])
    def test_syntax_errors(self, document: str) -> None:
        """Malformed JSON raises SerializationError at the root, saying where the syntax breaks."""
        with pytest.raises(SerializationError, match="invalid JSON") as caught:
            from_json(document)
        assert caught.value.path == "$"
        assert "line" in caught.value.reason

    def test_truncated_document(self) -> None:
        """A document cut short is a syntax error, not a partial readout."""
        document = to_json(readoutmodel.parse(SAMPLES["us-call"]))
        for cut in (1, len(document) // 2, len(document) - 1):
            with pytest.raises(SerializationError, match="invalid JSON"):
                from_json(document[:cut])

    @pytest.mark.parametrize(
        ("document", "found"), [("[]", "array"), ("3", "integer"), ("null", "null")]
    )
    def test_root_must_be_an_object(self, document: str, found: str) -> None:
        """A document that is not an object is refused at $ with what was found."""
        with pytest.raises(SerializationError, match=f"got {found}") as caught:
            from_json(document)
        assert caught.value.path == "$"

    def test_not_utf8(self) -> None:
        """Bytes that are not UTF-8 are a SerializationError, not a UnicodeDecodeError."""
        with pytest.raises(SerializationError):
            from_json(b'{"text": "\xff"}')

    def test_error_is_a_value_error(self) -> None:
        """SerializationError is a ValueError and a ReadoutModelError."""
        with pytest.raises(ValueError):  # noqa: PT011
            from_json("{")
        assert issubclass(SerializationError, readoutmodel.ReadoutModelError)

    def test_from_json_type(self) -> None:
        """from_json of something other than str or bytes is a TypeError."""
        with pytest.raises(TypeError, match="dict"):
            from_json({})  # type: ignore[arg-type]


# -- the schema -----------------------------------------------------------------------------


class TestSchema:
    def test_is_a_valid_draft_2020_12_schema(self) -> None:
        """The shipped schema is itself valid under the 2020-12 metaschema."""
        schema = json_schema()
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        jsonschema.Draft202012Validator.check_schema(schema)

    def test_returns_a_fresh_dict(self) -> None:
        """Changing the returned schema does not change the next one."""
        json_schema()["properties"].clear()
        assert "participants" in json_schema()["properties"]

    def test_enums_match_the_model(self) -> None:
        """The schema's enums list exactly the model's enum values."""
        schema = json_schema()
        assert schema["properties"]["kind"]["enum"] == [k.value for k in Kind]
        assert schema["properties"]["time_of_day"]["enum"] == [None, *(t.value for t in TimeOfDay)]
        category = schema["$defs"]["statement"]["properties"]["category"]["enum"]
        assert category == [c.value for c in VerbCategory]

    def test_error_record_definition(self) -> None:
        """The error records the command line writes match the schema's error_record."""
        record = readoutmodel.serialize.error_record("a.txt", "binary", "binary file")
        definition = {"$ref": "#/$defs/error_record", "$defs": json_schema()["$defs"]}
        jsonschema.validate(record, definition)
        assert readoutmodel.serialize.is_error_record(record)
        assert not readoutmodel.serialize.is_error_record(good())
        assert schema_errors(record)  # an error record is not a readout
