"""The ``readoutmodel`` command: parse readouts to JSON, JSON Lines, CSV or text.

Three subcommands: ``parse`` (files, directories and standard input to
records), ``schema`` (print the JSON Schema) and ``validate`` (check JSON or
JSON Lines records against it). ``docs/cli.md`` documents them. This module
knows argv, standard streams and output formats; reading inputs is
:mod:`readoutmodel.sources`, parsing many is :mod:`readoutmodel.batch`, and
the JSON form is :mod:`readoutmodel.serialize`.

Exit status: 0 when every input was parsed (or every record is valid), 1 when
some failed, 2 for a usage error.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import csv
import functools
import io
import json
import os
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path, PurePath
from typing import IO, Any, Protocol

import attrs

from readoutmodel import batch, serialize
from readoutmodel.__about__ import __version__
from readoutmodel.batch import ParseResult
from readoutmodel.exceptions import SerializationError, TaxonomyError
from readoutmodel.model import Diagnostic, Readout
from readoutmodel.sources import DEFAULT_PATTERNS, STDIN, Source, walk
from readoutmodel.vocab import Taxonomy

__all__ = ["main"]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

FORMATS = ("json", "jsonl", "csv", "text")
_HANDFUL = 5  # more inputs than this get a progress bar (on a terminal)
_FIRST_WORDS = 12

_DESCRIPTION = "Turn official diplomatic readouts into a typed document model."
_EXAMPLES = """\
examples:
  readoutmodel parse readout.txt                   one readout as JSON
  readoutmodel parse corpus/ --jobs 4 > out.jsonl  a folder as JSON Lines, 4 processes
  readoutmodel parse corpus/ -f csv -o statements.csv
  readoutmodel parse corpus/ -f csv --table participants -o participants.csv
  readoutmodel parse pages/ --glob '*.html' --output-dir parsed/
  curl -s URL | readoutmodel parse - --html -f text
  readoutmodel parse corpus/ --topics my_topics.toml > out.jsonl
  readoutmodel validate out.jsonl
  readoutmodel schema > readout.schema.json

exit status: 0 all inputs parsed, 1 some failed, 2 usage error
"""


# -- arguments --------------------------------------------------------------------------


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number


def _codec(value: str) -> str | None:
    if value.lower() == "none":
        return None
    try:
        return codecs.lookup(value).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding: {value!r}") from None


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="readoutmodel",
        description=_DESCRIPTION,
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"readoutmodel {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    parse = commands.add_parser(
        "parse",
        help="parse readouts from files, directories or standard input",
        description="Parse readouts. One input prints as JSON; several as JSON Lines in input\n"
        "order, each record carrying its source path.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parse.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a file, a directory (walked recursively) or - for standard input",
    )
    parse.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        help="output format (default: json for one file, jsonl otherwise)",
    )
    parse.add_argument(
        "--table",
        choices=batch.TABLES,
        help="with --format csv: which table to write (default: statements)",
    )
    where = parse.add_mutually_exclusive_group()
    where.add_argument("-o", "--output", metavar="FILE", help="write to FILE, not standard output")
    where.add_argument(
        "--output-dir",
        metavar="DIR",
        help="write one JSON file per input into DIR, mirroring the directories walked",
    )
    parse.add_argument(
        "--glob",
        action="append",
        metavar="PATTERN",
        help=f"file names to pick up in directories, repeatable"
        f" (default: {' '.join(DEFAULT_PATTERNS)})",
    )
    parse.add_argument(
        "-j",
        "--jobs",
        type=_positive_int,
        default=1,
        metavar="N",
        help="parse with N processes (default: 1); output order stays the same",
    )
    parse.add_argument(
        "--html",
        action="store_true",
        help="read every input as an HTML page (files ending .html or .htm always are)",
    )
    parse.add_argument(
        "--encoding",
        type=_codec,
        metavar="ENC",
        help="decode every file as ENC, with no detection and no fallback",
    )
    parse.add_argument(
        "--fallback-encoding",
        type=_codec,
        default="cp1252",
        metavar="ENC",
        help="encoding for files that are not UTF-8, reported on use"
        " (default: cp1252; none: such files fail)",
    )
    parse.add_argument(
        "--topics",
        metavar="FILE",
        help="a TOML topic taxonomy extending the shipped one (same ids replaced)",
    )
    parse.add_argument(
        "--replace-topics",
        action="store_true",
        help="with --topics: use only that taxonomy",
    )
    parse.add_argument(
        "--strict",
        action="store_true",
        help="fail readouts without a date, participants or statements",
    )
    parse.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar, notes or summary"
    )
    parse.set_defaults(run=_run_parse)

    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of a readout",
        description="Print the JSON Schema (draft 2020-12) that every readout record follows.",
    )
    schema.set_defaults(run=_run_schema)

    validate = commands.add_parser(
        "validate",
        help="check JSON or JSON Lines readouts against the schema",
        description="Check readout records (a JSON object or array, or JSON Lines) against"
        " the JSON Schema and the model, reporting the first error of each bad record with"
        " its path. Needs jsonschema: pip install 'readoutmodel[validate]'.",
    )
    validate.add_argument(
        "files", nargs="+", metavar="FILE", help="a .json or .jsonl file, or - for standard input"
    )
    validate.add_argument(
        "--allow-errors",
        action="store_true",
        help="skip the error records of inputs that failed to parse instead of reporting them",
    )
    validate.add_argument("-q", "--quiet", action="store_true", help="no summary")
    validate.set_defaults(run=_run_validate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help, --version and usage errors
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    try:
        status: int = args.run(args)
    except _UsageError as error:
        parser.print_usage(sys.stderr)
        print(f"readoutmodel: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("readoutmodel: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, and keep Python's exit
        # handler from failing again on the broken stream.
        devnull = os.open(os.devnull, os.O_WRONLY)
        with contextlib.suppress(OSError, ValueError):
            os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILED
    return status


class _UsageError(Exception):
    """Arguments that do not fit together, or a file named by an option that is bad."""


# -- parse ------------------------------------------------------------------------------


def _taxonomy(args: argparse.Namespace) -> Taxonomy | None:
    if args.replace_topics and not args.topics:
        raise _UsageError("--replace-topics needs --topics FILE")
    if not args.topics:
        return None
    try:
        user = Taxonomy.from_toml(args.topics)
    except TaxonomyError as error:
        raise _UsageError(str(error)) from None
    return user if args.replace_topics else Taxonomy.default().extend(user)


def _output_format(args: argparse.Namespace) -> str:
    if args.output_dir is not None:
        if args.format not in (None, "json"):
            raise _UsageError("--output-dir writes JSON files; it takes no --format")
        return "json"
    if args.table is not None and args.format != "csv":
        raise _UsageError("--table goes with --format csv")
    if args.format is not None:
        return str(args.format)
    return "json" if _single_input(args.paths) else "jsonl"


def _single_input(paths: Sequence[str]) -> bool:
    return len(paths) == 1 and (paths[0] == STDIN or not Path(paths[0]).is_dir())


def _run_parse(args: argparse.Namespace) -> int:
    taxonomy = _taxonomy(args)
    fmt = _output_format(args)
    if args.paths.count(STDIN) > 1:
        raise _UsageError("standard input (-) can be read only once")
    patterns = tuple(args.glob) if args.glob else DEFAULT_PATTERNS
    html = True if args.html else None
    stderr = sys.stderr
    show_progress = not args.quiet and stderr.isatty()
    total = sum(1 for _ in walk(args.paths, patterns, html=html)) if show_progress else 0
    progress = _Progress(stderr, total, enabled=show_progress and total > _HANDFUL)

    relatives: deque[PurePath] = deque()  # of the inputs in flight, in input order

    def sources() -> Iterator[Source]:
        for found in walk(args.paths, patterns, stdin=sys.stdin.buffer.read, html=html):
            relatives.append(found.relative)
            yield found.source

    started = time.monotonic()
    results = batch.parse_many(
        sources(),
        jobs=args.jobs,
        then=functools.partial(_render, fmt, args.table or "statements"),
        taxonomy=taxonomy,
        strict=args.strict,
        encoding=args.encoding,
        fallback=args.fallback_encoding,
    )
    with _open_output(args.output) as stream:
        writer = _writer(fmt, stream, args, single=_single_input(args.paths))
        parsed = failed = 0
        for result in results:
            relative = relatives.popleft()
            if result.error is not None:
                failed += 1
                progress.message(f"{result.source}: error: {result.error.message}")
            else:
                parsed += 1
                if not args.quiet:
                    for note in result.notes:
                        progress.message(f"{result.source}: note: {note.message}")
            try:
                writer.write(result, relative)
            except BrokenPipeError:
                raise  # the reader went away: main() ends the run
            except OSError as error:  # a file of --output-dir could not be written
                parsed -= 1
                failed += 1
                progress.message(f"{result.source}: error: cannot write ({error.strerror})")
            progress.advance()
        writer.close()
    progress.finish()
    if not args.quiet:
        elapsed = time.monotonic() - started
        print(_summary(parsed, failed, elapsed), file=stderr)
    return EXIT_FAILED if failed else EXIT_OK


def _summary(parsed: int, failed: int, seconds: float) -> str:
    total = parsed + failed
    rate = f", {total / seconds:.1f} files/s" if seconds > 0 and total > 1 else ""
    files = "file" if total == 1 else "files"
    counts = f"{total} {files}: {parsed} parsed, {failed} failed"
    return f"readoutmodel: {counts} in {seconds:.2f} s{rate}"


@contextlib.contextmanager
def _open_output(path: str | None) -> Iterator[IO[str]]:
    """The output stream, UTF-8 whatever the locale, with no newline translation."""
    if path is not None:
        try:
            stream = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115
        except OSError as error:
            raise _UsageError(f"cannot write {path}: {error.strerror}") from None
        with stream:
            yield stream
        return
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # standard output replaced by a text-only stream
        yield sys.stdout
        return
    sys.stdout.flush()
    wrapper = io.TextIOWrapper(buffer, encoding="utf-8", newline="", write_through=True)
    try:
        yield wrapper
    finally:
        with contextlib.suppress(BrokenPipeError):
            wrapper.flush()
        wrapper.detach()


# -- writers: one per output format -----------------------------------------------------


@attrs.frozen
class _Rendered:
    """A result made ready to write, in the worker that parsed it.

    ``output`` is the record's JSON text (``json``, ``jsonl``), its CSV rows
    (``csv``) or its summary (``text``); empty for a failure where the format
    has no place for one.
    """

    source: str
    error: batch.Failure | None
    notes: tuple[Diagnostic, ...]
    output: Any


def _render(fmt: str, table: str, result: ParseResult) -> _Rendered:
    output: Any
    if fmt == "csv":
        output = list(batch.to_records((result,), table))
    elif fmt == "text":
        output = "" if result.readout is None else _text_summary(result.source, result.readout)
    else:
        indent = None if fmt == "jsonl" else 2
        output = json.dumps(_record(result), ensure_ascii=False, indent=indent)
    return _Rendered(result.source, result.error, result.notes, output)


class _Writer(Protocol):
    def write(self, result: _Rendered, relative: PurePath) -> None: ...

    def close(self) -> None: ...


def _writer(fmt: str, stream: IO[str], args: argparse.Namespace, single: bool) -> _Writer:
    if args.output_dir is not None:
        return _DirectoryWriter(Path(args.output_dir))
    if fmt == "jsonl":
        return _JsonLinesWriter(stream)
    if fmt == "json":
        return _JsonWriter(stream, single)
    if fmt == "csv":
        return _CsvWriter(stream, args.table or "statements")
    return _TextWriter(stream)


def _record(result: ParseResult) -> dict[str, Any]:
    if result.readout is not None:
        return serialize.to_dict(result.readout, source=result.source)
    assert result.error is not None
    return serialize.error_record(result.source, result.error.code, result.error.message)


class _JsonLinesWriter:
    """One compact JSON record per line; failed inputs as error records."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, result: _Rendered, relative: PurePath) -> None:
        self.stream.write(result.output + "\n")

    def close(self) -> None:
        pass


class _JsonWriter:
    """One indented JSON object for a single input, else an array of records."""

    def __init__(self, stream: IO[str], single: bool) -> None:
        self.stream = stream
        self.single = single
        self.count = 0

    def write(self, result: _Rendered, relative: PurePath) -> None:
        if self.single:
            if result.error is None:
                self.stream.write(result.output + "\n")
            return
        self.stream.write(("[\n" if self.count == 0 else ",\n") + result.output)
        self.count += 1

    def close(self) -> None:
        if not self.single:
            self.stream.write("[]\n" if self.count == 0 else "\n]\n")


class _CsvWriter:
    """Rows of one table with a header; failed inputs have no rows."""

    def __init__(self, stream: IO[str], table: str) -> None:
        self.table = table
        self.writer = csv.DictWriter(stream, fieldnames=batch.COLUMNS[table])
        self.writer.writeheader()

    def write(self, result: _Rendered, relative: PurePath) -> None:
        self.writer.writerows(result.output)

    def close(self) -> None:
        pass


class _TextWriter:
    """A short human summary of each readout."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.count = 0

    def write(self, result: _Rendered, relative: PurePath) -> None:
        if result.error is not None:
            return
        if self.count:
            self.stream.write("\n")
        self.stream.write(result.output)
        self.count += 1

    def close(self) -> None:
        pass


class _DirectoryWriter:
    """One JSON file per parsed input, at its path relative to the directory walked."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.used: set[PurePath] = set()

    def write(self, result: _Rendered, relative: PurePath) -> None:
        if result.error is not None:
            return
        target = relative.with_suffix(".json")
        n = 2
        while target in self.used:
            target = relative.with_name(f"{relative.stem}-{n}.json")
            n += 1
        self.used.add(target)
        path = self.directory / target
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(result.output + "\n", encoding="utf-8")

    def close(self) -> None:
        pass


def _text_summary(source: str, readout: Readout) -> str:
    def person(p: Any) -> str:
        details = ", ".join(x for x in (p.title, p.country) if x)
        return f"{p.name} ({details})" if details else str(p.name)

    when = readout.date.isoformat() if readout.date is not None else "date unknown"
    if readout.time_of_day is not None:
        when += f", {readout.time_of_day.value}"
    lines = [f"== {source}"]
    if readout.title:
        lines.append(readout.title)
    lines.append(f"{when} · {readout.kind.value.replace('_', ' ')}")
    lines.append("participants: " + ("; ".join(person(p) for p in readout.participants) or "-"))
    lines.append("initiator: " + (readout.initiator.name if readout.initiator else "-"))
    lines.append("topics: " + (", ".join(t.id for t in readout.topics) or "-"))
    for statement in readout.statements:
        speakers = " & ".join(p.name for p in statement.speakers)
        words = statement.content.split()
        first = " ".join(words[:_FIRST_WORDS]) + (" …" if len(words) > _FIRST_WORDS else "")
        lines.append(f"  {speakers} {statement.verb}: {first}")
    return "\n".join(lines) + "\n"


# -- progress ---------------------------------------------------------------------------


class _Progress:
    """A one-line progress bar on a terminal; messages print above it."""

    WIDTH = 30
    INTERVAL = 0.1  # seconds between redraws

    def __init__(self, stream: IO[str], total: int, enabled: bool) -> None:
        self.stream = stream
        self.total = total
        self.enabled = enabled
        self.done = 0
        self.started = time.monotonic()
        self.drawn = 0.0
        self.visible = False

    def advance(self) -> None:
        self.done += 1
        now = time.monotonic()
        if self.enabled and (now - self.drawn >= self.INTERVAL or self.done == self.total):
            self._draw(now)

    def message(self, text: str) -> None:
        self._clear()
        print(f"readoutmodel: {text}", file=self.stream)
        if self.enabled:
            self._draw(time.monotonic())

    def finish(self) -> None:
        self._clear()

    def _draw(self, now: float) -> None:
        share = self.done / self.total if self.total else 1.0
        filled = int(self.WIDTH * min(share, 1.0))
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate and self.done < self.total else 0.0
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        line = (
            f"\r[{bar}] {self.done}/{self.total} {share:4.0%}"
            f"  {rate:6.1f} files/s  {int(left) // 60}:{int(left) % 60:02d} left"
        )
        self.stream.write(line)
        self.stream.flush()
        self.drawn = now
        self.visible = True

    def _clear(self) -> None:
        if self.visible:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
            self.visible = False


# -- schema and validate ----------------------------------------------------------------


def _run_schema(args: argparse.Namespace) -> int:
    with _open_output(None) as stream:
        stream.write(json.dumps(serialize.json_schema(), indent=2, ensure_ascii=False) + "\n")
    return EXIT_OK


def _run_validate(args: argparse.Namespace) -> int:
    try:
        import jsonschema
    except ImportError:
        raise _UsageError(
            "validate needs jsonschema; install it with: pip install 'readoutmodel[validate]'"
        ) from None
    schema = serialize.json_schema()
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    valid = invalid = skipped = 0
    with _open_output(None) as out:
        for where, record in _records(args.files):
            problem = _problem(record, validator, args.allow_errors)
            if problem is None:
                valid += 1
            elif problem == "":
                skipped += 1
            else:
                invalid += 1
                out.write(f"{where}: {problem}\n")
    if not args.quiet:
        total = valid + invalid + skipped
        extra = f", {skipped} error records skipped" if skipped else ""
        print(
            f"readoutmodel: {total} records: {valid} valid, {invalid} invalid{extra}",
            file=sys.stderr,
        )
    return EXIT_FAILED if invalid else EXIT_OK


def _problem(record: Any, validator: Any, allow_errors: bool) -> str | None:
    """What is wrong with ``record``: None if nothing, "" for a skipped error record."""
    if isinstance(record, _Unreadable):
        return record.message
    if serialize.is_error_record(record):
        if allow_errors:
            return ""
        error = record.get("error")
        detail = (
            f" ({error.get('code')}: {error.get('message')})" if isinstance(error, dict) else ""
        )
        return f"$: an error record, not a readout{detail}"
    errors = list(validator.iter_errors(record))
    if errors:
        import jsonschema

        best = jsonschema.exceptions.best_match(errors)
        return f"{best.json_path}: {_shortened(best.message)}"
    try:
        serialize.from_dict(record)
    except SerializationError as error:
        return f"{error.path}: {error.reason}"
    return None


def _shortened(message: str, limit: int = 200) -> str:
    return message if len(message) <= limit else message[: limit - 1] + "…"


class _Unreadable:
    """A file or line that is not JSON at all, standing in for its record."""

    def __init__(self, message: str) -> None:
        self.message = message


def _records(files: Iterable[str]) -> Iterator[tuple[str, Any]]:
    """``(where, record)`` per record: ``a.json``, ``a.json[3]``, ``a.jsonl:3``.

    JSON Lines files are read a line at a time, so a file of any size validates
    in little memory; other files are read whole, as JSON, else as JSON Lines.
    """
    for name in files:
        suffix = Path(name).suffix.lower()
        try:
            if name != STDIN and suffix in (".jsonl", ".ndjson"):
                with open(name, "rb") as stream:
                    yield from _json_lines(name, stream)
                continue
            data = sys.stdin.buffer.read() if name == STDIN else Path(name).read_bytes()
        except OSError as error:
            yield name, _Unreadable(f"cannot read ({error.strerror})")
            continue
        try:
            document = json.loads(data)
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            if suffix == ".json":
                yield name, _Unreadable(f"invalid JSON: {error}")
            else:
                yield from _json_lines(name, io.BytesIO(data))
            continue
        if isinstance(document, list):
            for i, record in enumerate(document):
                yield f"{name}[{i}]", record
        else:
            yield name, document


def _json_lines(name: str, stream: Iterable[bytes]) -> Iterator[tuple[str, Any]]:
    for number, raw in enumerate(stream, start=1):
        where = f"{name}:{number}"
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as error:
            yield where, _Unreadable(f"not UTF-8 ({error.reason})")
            continue
        if not line.strip():
            continue
        try:
            yield where, json.loads(line)
        except json.JSONDecodeError as error:
            yield where, _Unreadable(f"invalid JSON: {error}")
