"""Many readouts at once: parsing in parallel, and flat tables of the results.

:func:`parse_many` parses texts and files, in worker processes if asked,
yielding one :class:`ParseResult` per input in input order, with failures as
values: a file that cannot be read or parsed gives a result holding a
:class:`Failure`, and the others are still parsed. It streams: at most a few
inputs per process are in flight, so memory stays flat however many inputs
there are.

:func:`to_records` flattens readouts into plain dict rows, one table at a
time (:data:`COLUMNS` lists them); :func:`to_dataframe` makes a pandas
DataFrame of the same rows (``pip install 'readoutmodel[pandas]'``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar, overload

import attrs
from attrs import validators as v

from readoutmodel.exceptions import InputTooLargeError, ReadoutModelError, SourceError
from readoutmodel.model import Diagnostic, Participant, Readout
from readoutmodel.parser import MAX_CHARS, parse
from readoutmodel.sources import Source, load
from readoutmodel.vocab import Taxonomy, Vocabulary

if TYPE_CHECKING:
    import pandas

__all__ = [
    "COLUMNS",
    "TABLES",
    "Failure",
    "ParseResult",
    "parse_many",
    "readout_id",
    "to_dataframe",
    "to_records",
]

TABLES = ("statements", "participants", "topics", "readouts")
"""The tables :func:`to_records` makes."""

COLUMNS: dict[str, tuple[str, ...]] = {
    "statements": (
        "readout_id", "source", "date", "kind", "statement", "speakers", "speaker_ids", "verb",
        "verb_category", "topics", "paragraph", "start", "end", "content",
    ),
    "participants": (
        "readout_id", "source", "date", "kind", "participant_id", "name", "title", "country",
        "initiator", "aliases", "mentions", "statements",
    ),
    "topics": (
        "readout_id", "source", "date", "kind", "topic_id", "label", "raised_by", "mentions",
        "statements",
    ),
    "readouts": (
        "readout_id", "source", "date", "kind", "title", "issuer", "initiator", "participants",
        "topics", "statements", "diagnostics",
    ),
}  # fmt: skip
"""The columns of each table, in order. Lists inside a cell are joined with ``"; "``."""

SEPARATOR = "; "

FAILURE_CODES = (
    "unreadable",
    "binary",
    "undecodable",
    "empty",
    "too-large",
    "parse-error",
    "internal-error",
)
"""Why an input failed: the first five are :class:`~readoutmodel.SourceError` codes;
``parse-error`` is a strict parse that failed, ``internal-error`` a bug in readoutmodel."""

_T = TypeVar("_T")


def _diagnostics(items: Iterable[Diagnostic]) -> tuple[Diagnostic, ...]:
    return tuple(items)


@attrs.frozen
class Failure:
    """Why an input gave no readout: ``code`` (one of :data:`FAILURE_CODES`) and a message."""

    code: str = attrs.field(validator=v.in_(FAILURE_CODES))
    message: str = attrs.field(validator=v.and_(v.instance_of(str), v.min_len(1)))


@attrs.frozen
class ParseResult:
    """What became of one input: its ``source`` name and either a ``readout`` or an ``error``.

    ``notes`` are the diagnostics about reading the input (``fallback-encoding``);
    they are among the readout's diagnostics too.
    """

    source: str = attrs.field(validator=v.instance_of(str))
    readout: Readout | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Readout))
    )
    error: Failure | None = attrs.field(default=None, validator=v.optional(v.instance_of(Failure)))
    notes: tuple[Diagnostic, ...] = attrs.field(
        default=(), converter=_diagnostics, validator=v.deep_iterable(v.instance_of(Diagnostic))
    )

    def __attrs_post_init__(self) -> None:
        if (self.readout is None) == (self.error is None):
            raise ValueError("a result holds either a readout or an error")

    @property
    def ok(self) -> bool:
        """Whether the input was parsed."""
        return self.readout is not None


@attrs.frozen
class _Settings:
    """How every input of a run is read and parsed; sent once to each worker process."""

    vocabulary: Vocabulary | None = None
    strict: bool = False
    max_chars: int = MAX_CHARS
    encoding: str | None = None
    fallback: str | None = "cp1252"


_Input = str | os.PathLike[str] | bytes | Source


@overload
def parse_many(
    inputs: Iterable[_Input],
    jobs: int = 1,
    *,
    then: None = None,
    vocabulary: Vocabulary | None = None,
    taxonomy: Taxonomy | None = None,
    strict: bool = False,
    max_chars: int = MAX_CHARS,
    encoding: str | None = None,
    fallback: str | None = "cp1252",
) -> Iterator[ParseResult]: ...


@overload
def parse_many(
    inputs: Iterable[_Input],
    jobs: int = 1,
    *,
    then: Callable[[ParseResult], _T],
    vocabulary: Vocabulary | None = None,
    taxonomy: Taxonomy | None = None,
    strict: bool = False,
    max_chars: int = MAX_CHARS,
    encoding: str | None = None,
    fallback: str | None = "cp1252",
) -> Iterator[_T]: ...


def parse_many(
    inputs: Iterable[_Input],
    jobs: int = 1,
    *,
    then: Callable[[ParseResult], Any] | None = None,
    vocabulary: Vocabulary | None = None,
    taxonomy: Taxonomy | None = None,
    strict: bool = False,
    max_chars: int = MAX_CHARS,
    encoding: str | None = None,
    fallback: str | None = "cp1252",
) -> Iterator[Any]:
    """Parse every input, yielding a :class:`ParseResult` for each, in input order.

    An input is a text (``str``, parsed as given), a file (a path object such
    as :class:`pathlib.Path`: a plain ``str`` is always a text), ``bytes`` to
    decode, or a :class:`~readoutmodel.sources.Source`. Texts are named
    ``<text N>`` and bytes ``<bytes N>`` in results (N counts inputs from 0).
    Nothing raises for a bad input: its result holds the error.

    ``jobs`` > 1 parses in that many processes, a few inputs at a time.
    ``then``, a picklable function of a result, is applied where the result
    is made, in the worker, and its values are yielded instead: serialising
    there spares the parent the work (``then=lambda r: ...`` cannot be
    pickled; use a module-level function or :func:`functools.partial`).
    ``vocabulary``, ``taxonomy``, ``strict`` and ``max_chars`` are as for
    :func:`readoutmodel.parse`; ``encoding`` and ``fallback`` as for
    :func:`readoutmodel.sources.load`.
    """
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise ValueError(f"jobs must be a positive integer, got {jobs!r}")
    if taxonomy is not None:
        vocabulary = (vocabulary or Vocabulary.default()).with_taxonomy(taxonomy)
    work = _Work(_Settings(vocabulary, strict, max_chars, encoding, fallback), then)
    sources = (_as_source(item, i) for i, item in enumerate(inputs))
    if jobs == 1:
        return (work(source) for source in sources)
    from readoutmodel.pool import in_processes  # multiprocessing only when asked for

    return in_processes(sources, jobs, work)


def _as_source(item: str | os.PathLike[str] | bytes | Source, index: int) -> Source:
    if isinstance(item, Source):
        return item
    if isinstance(item, str):
        return Source.from_text(item, f"<text {index}>")
    if isinstance(item, bytes | bytearray):
        return Source.from_bytes(bytes(item), f"<bytes {index}>")
    if isinstance(item, os.PathLike):
        return Source.from_path(item)
    raise TypeError(f"cannot parse a {type(item).__name__}: pass a str, a path, bytes or a Source")


def _parse_source(settings: _Settings, source: Source) -> ParseResult:
    """Read and parse one input; every failure becomes the result's error."""
    try:
        loaded = load(
            source,
            encoding=settings.encoding,
            fallback=settings.fallback,
            max_bytes=4 * settings.max_chars,  # no encoding takes more than 4 bytes a character
        )
    except SourceError as error:
        return ParseResult(source.name, error=Failure(error.code, error.reason))
    try:
        readout = parse(
            loaded.text,
            vocabulary=settings.vocabulary,
            strict=settings.strict,
            max_chars=settings.max_chars,
        )
    except InputTooLargeError as error:
        return ParseResult(source.name, error=Failure("too-large", str(error)))
    except ReadoutModelError as error:
        return ParseResult(source.name, error=Failure("parse-error", str(error)))
    except Exception as error:  # a bug in the parser must not end a run of thousands of files
        message = f"{type(error).__name__}: {error}"
        return ParseResult(source.name, error=Failure("internal-error", message))
    if loaded.notes:
        changes: dict[str, Any] = {"diagnostics": readout.diagnostics + loaded.notes}
        readout = attrs.evolve(readout, **changes)
    return ParseResult(source.name, readout=readout, notes=loaded.notes)


@attrs.frozen
class _Work:
    """What is done to each input: parse it with ``settings``, then apply ``then``."""

    settings: _Settings
    then: Callable[[ParseResult], Any] | None = None

    def __call__(self, source: Source) -> Any:
        result = _parse_source(self.settings, source)
        return result if self.then is None else self.then(result)

    def failed(self, name: str, message: str) -> Any:
        result = ParseResult(name, error=Failure("internal-error", message))
        return result if self.then is None else self.then(result)


# -- tables -----------------------------------------------------------------------------


def readout_id(readout: Readout) -> str:
    """A stable id for a readout: the first 12 hex digits of the SHA-256 of its text."""
    import hashlib  # on first use: it loads OpenSSL

    return hashlib.sha256(readout.text.encode("utf-8")).hexdigest()[:12]


def to_records(
    readouts: Iterable[Readout | ParseResult], table: str = "statements"
) -> Iterator[dict[str, Any]]:
    """Rows of ``table`` (see :data:`COLUMNS`) for ``readouts``, as plain dicts.

    Results that failed have no rows. Values are ``str``, ``int``, ``bool``
    or ``None``; dates are ISO strings; lists are joined with ``"; "``.
    ``readout_id`` (:func:`readout_id`) and ``source`` join the tables.
    """
    if table not in COLUMNS:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    rows = _ROWS[table]
    for item in readouts:
        if isinstance(item, ParseResult):
            if item.readout is None:
                continue
            readout, source = item.readout, item.source
        elif isinstance(item, Readout):
            readout, source = item, None
        else:
            raise TypeError(f"expected a Readout or ParseResult, not {type(item).__name__}")
        common = {
            "readout_id": readout_id(readout),
            "source": source,
            "date": None if readout.date is None else readout.date.isoformat(),
            "kind": readout.kind.value,
        }
        for row in rows(readout):
            yield common | row


def _joined(items: Iterable[str]) -> str:
    return SEPARATOR.join(items)


def _statement_rows(readout: Readout) -> Iterator[dict[str, Any]]:
    for i, statement in enumerate(readout.statements):
        yield {
            "statement": i,
            "speakers": _joined(p.name for p in statement.speakers),
            "speaker_ids": _joined(p.id for p in statement.speakers),
            "verb": statement.verb,
            "verb_category": statement.category.value,
            "topics": _joined(t.id for t in statement.topics),
            "paragraph": statement.paragraph,
            "start": statement.span.start,
            "end": statement.span.end,
            "content": statement.content,
        }


def _participant_rows(readout: Readout) -> Iterator[dict[str, Any]]:
    for person in readout.participants:
        yield {
            "participant_id": person.id,
            "name": person.name,
            "title": person.title,
            "country": person.country,
            "initiator": person == readout.initiator,
            "aliases": _joined(person.aliases),
            "mentions": len(person.mentions),
            "statements": len(readout.statements_by(person)),
        }


def _topic_rows(readout: Readout) -> Iterator[dict[str, Any]]:
    for topic in readout.topics:
        yield {
            "topic_id": topic.id,
            "label": topic.label,
            "raised_by": _joined(p.id for p in topic.raised_by),
            "mentions": len(topic.mentions),
            "statements": sum(1 for s in readout.statements if topic in s.topics),
        }


def _readout_rows(readout: Readout) -> Iterator[dict[str, Any]]:
    initiator: Participant | None = readout.initiator
    yield {
        "title": readout.title,
        "issuer": readout.issuer,
        "initiator": None if initiator is None else initiator.id,
        "participants": _joined(p.id for p in readout.participants),
        "topics": _joined(t.id for t in readout.topics),
        "statements": len(readout.statements),
        "diagnostics": _joined(d.code for d in readout.diagnostics),
    }


_ROWS: dict[str, Callable[[Readout], Iterator[dict[str, Any]]]] = {
    "statements": _statement_rows,
    "participants": _participant_rows,
    "topics": _topic_rows,
    "readouts": _readout_rows,
}


def to_dataframe(
    readouts: Iterable[Readout | ParseResult], table: str = "statements"
) -> pandas.DataFrame:
    """A pandas DataFrame of :func:`to_records`; ``date`` becomes a datetime column.

    Needs pandas: ``pip install 'readoutmodel[pandas]'``.
    """
    try:
        import pandas
    except ImportError as error:
        raise ImportError(
            "to_dataframe() needs pandas; install it with: pip install 'readoutmodel[pandas]'"
        ) from error
    frame = pandas.DataFrame.from_records(list(to_records(readouts, table)), columns=COLUMNS[table])
    frame["date"] = pandas.to_datetime(frame["date"])
    return frame
