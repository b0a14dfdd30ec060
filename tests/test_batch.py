"""Tests of readoutmodel.batch and readoutmodel.sources: many inputs, failures as values, tables."""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import itertools
import multiprocessing
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import readoutmodel
from readoutmodel import Failure, ParseResult, Readout, parse_many, to_dataframe, to_records
from readoutmodel.batch import COLUMNS, TABLES, readout_id
from readoutmodel.sources import Source, load, walk
from sample_readouts import SAMPLES

LATIN1_TEXT = "President François Hollande spoke with Prime Minister José Sócrates of Portugal."


def parsed(name: str) -> Readout:
    return readoutmodel.parse(SAMPLES[name])


def statement_count(result: ParseResult) -> tuple[str, int | None]:
    """A picklable function of a result, for parse_many's then."""
    return result.source, None if result.readout is None else len(result.readout.statements)


def die_in_workers(result: ParseResult) -> str:
    """Kill the worker process that calls it; in the parent, give the result's error code."""
    if multiprocessing.parent_process() is not None:
        os._exit(3)
    return result.error.code if result.error else "parsed"


class TestParseMany:
    def test_texts_in_order(self) -> None:
        """Texts are parsed in input order and named by their position."""
        texts = [SAMPLES["us-call"], SAMPLES["cn-call"], SAMPLES["ru-call"]]
        results = list(parse_many(texts))
        assert [r.source for r in results] == ["<text 0>", "<text 1>", "<text 2>"]
        assert [r.readout for r in results] == [readoutmodel.parse(t) for t in texts]

    def test_paths_and_bytes(self, tmp_path: Path) -> None:
        """A path is read as a file; bytes are decoded; both name themselves in the result."""
        path = tmp_path / "call.txt"
        path.write_text(SAMPLES["uk-call"], encoding="utf-8")
        results = list(parse_many([path, SAMPLES["uk-call"].encode("utf-8")]))
        assert [r.source for r in results] == [str(path), "<bytes 1>"]
        assert results[0].readout == results[1].readout == parsed("uk-call")

    def test_failures_are_values(self, tmp_path: Path) -> None:
        """Bad inputs give results holding a Failure, and the inputs after them are still parsed."""
        inputs = [
            tmp_path / "missing.txt",
            b"",
            b"\x00\x01\x02 binary",
            SAMPLES["in-meeting"],
        ]
        results = list(parse_many(inputs))
        assert [r.error.code if r.error else None for r in results] == [
            "unreadable",
            "empty",
            "binary",
            None,
        ]
        assert [r.ok for r in results] == [False, False, False, True]
        assert results[3].readout == parsed("in-meeting")
        assert "No such file" in results[0].error.message  # type: ignore[union-attr]

    def test_strict_failure(self) -> None:
        """With strict=True a readout lacking what strict parsing needs is a parse-error result."""
        (result,) = parse_many(["Nothing to see here."], strict=True)
        assert result.error is not None
        assert result.error.code == "parse-error"

    def test_too_large(self) -> None:
        """A text longer than max_chars is a too-large result."""
        (result,) = parse_many(["x" * 50], max_chars=10)
        assert result.error == Failure("too-large", result.error.message)  # type: ignore[union-attr]

    def test_processes_give_the_same_results_in_order(self, tmp_path: Path) -> None:
        """jobs=2 yields the same results in the same order as jobs=1."""
        paths = []
        for i, (name, text) in enumerate(sorted(SAMPLES.items()) * 3):
            path = tmp_path / f"{i:02d}-{name}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        paths.insert(4, tmp_path / "missing.txt")
        assert list(parse_many(paths, jobs=2)) == list(parse_many(paths, jobs=1))

    @pytest.mark.parametrize("jobs", [1, 2])
    def test_then_is_applied_to_each_result(self, jobs: int) -> None:
        """then's values are yielded in input order instead of the results, in workers too."""
        texts = [SAMPLES["ru-call"], "", SAMPLES["uk-call"]]
        expected = [statement_count(r) for r in parse_many(texts)]
        assert list(parse_many(texts, jobs=jobs, then=statement_count)) == expected
        assert expected[1] == ("<text 1>", None)

    def test_dead_workers_are_failures(self) -> None:
        """Inputs held by or sent after a worker that died fail as values; nothing raises."""
        texts = [SAMPLES["ru-call"]] * 40
        outcomes = list(parse_many(texts, jobs=2, then=die_in_workers))
        assert outcomes == ["internal-error"] * 40

    @pytest.mark.parametrize("jobs", [1, 2])
    def test_streams(self, jobs: int) -> None:
        """Inputs are consumed lazily: an endless input stream still yields results."""

        def endless() -> Iterator[str]:
            for i in itertools.count():
                yield f"President Ana Silva spoke with Prime Minister Ben Okafor. Call {i}."

        first = list(itertools.islice(parse_many(endless(), jobs=jobs), 3))
        assert [r.source for r in first] == ["<text 0>", "<text 1>", "<text 2>"]

    def test_taxonomy(self) -> None:
        """A taxonomy passed to parse_many is the one topics are found with."""
        extra = readoutmodel.Taxonomy.from_toml_text(
            '[quantum]\nlabel = "Quantum computing"\nterms = ["quantum computing"]\n'
        )
        text = (
            "President Ana Silva spoke today with Prime Minister Ben Okafor of Nigeria. "
            "President Silva stressed that quantum computing research must be shared."
        )
        taxonomy = readoutmodel.Taxonomy.default().extend(extra)
        (result,) = parse_many([text], taxonomy=taxonomy)
        assert result.readout is not None
        assert "quantum" in [t.id for t in result.readout.topics]

    @pytest.mark.parametrize("jobs", [0, -1, 1.5, True])
    def test_bad_jobs(self, jobs: object) -> None:
        """jobs must be a positive integer, checked before anything is parsed."""
        with pytest.raises(ValueError, match="jobs"):
            parse_many([], jobs=jobs)  # type: ignore[arg-type]

    def test_bad_input_type(self) -> None:
        """An input that is neither text, path, bytes nor Source is a TypeError."""
        with pytest.raises(TypeError, match="int"):
            list(parse_many([42]))  # type: ignore[list-item]


class TestResult:
    def test_exactly_one_of_readout_and_error(self) -> None:
        """A result holds a readout or an error, never both nor neither."""
        with pytest.raises(ValueError, match="either"):
            ParseResult("a")
        with pytest.raises(ValueError, match="either"):
            ParseResult("a", readout=Readout(text="x"), error=Failure("empty", "empty file"))

    def test_failure_codes(self) -> None:
        """A failure's code is one of the documented codes."""
        with pytest.raises(ValueError, match="code"):
            Failure("exploded", "boom")


class TestDecoding:
    @pytest.mark.parametrize(
        "encoded",
        [
            codecs.BOM_UTF8 + LATIN1_TEXT.encode("utf-8"),
            LATIN1_TEXT.encode("utf-16"),
            codecs.BOM_UTF16_BE + LATIN1_TEXT.encode("utf-16-be"),
            LATIN1_TEXT.encode("utf-32"),
            LATIN1_TEXT.encode("utf-8"),
        ],
        ids=["utf-8-bom", "utf-16", "utf-16-be", "utf-32", "utf-8"],
    )
    def test_unicode_encodings(self, encoded: bytes) -> None:
        """UTF-8 with or without a BOM and UTF-16/32 with a BOM decode silently, BOM dropped."""
        loaded = load(Source.from_bytes(encoded))
        assert loaded.text == LATIN1_TEXT
        assert loaded.notes == ()

    def test_fallback_is_reported(self) -> None:
        """Latin-1 bytes decode with the fallback and a fallback-encoding note on the readout."""
        (result,) = parse_many([LATIN1_TEXT.encode("latin-1")])
        assert result.readout is not None
        assert result.readout.text == LATIN1_TEXT
        assert [n.code for n in result.notes] == ["fallback-encoding"]
        assert "cp1252" in result.notes[0].message
        assert result.notes[0] in result.readout.diagnostics

    def test_no_fallback(self) -> None:
        """Without a fallback, bytes that are not UTF-8 are undecodable."""
        (result,) = parse_many([LATIN1_TEXT.encode("latin-1")], fallback=None)
        assert result.error is not None
        assert result.error.code == "undecodable"
        assert "0xe7" in result.error.message

    def test_forced_encoding(self) -> None:
        """A given encoding is used without detection and without a note."""
        loaded = load(Source.from_bytes(LATIN1_TEXT.encode("latin-1")), encoding="latin-1")
        assert loaded.text == LATIN1_TEXT
        assert loaded.notes == ()

    def test_line_endings(self) -> None:
        """CRLF and CR line endings become LF, as in text-mode files."""
        assert load(Source.from_bytes(b"One.\r\nTwo.\rThree.\n")).text == "One.\nTwo.\nThree.\n"

    def test_text_is_kept_exactly(self) -> None:
        """A str input is parsed exactly as given, line endings and all."""
        assert load(Source.from_text("One.\r\nTwo.")).text == "One.\r\nTwo."

    @pytest.mark.parametrize(
        ("data", "reason"),
        [
            (b"%PDF-1.7\n...", "PDF"),
            (b"\x89PNG\r\n\x1a\n", "PNG"),
            (b"PK\x03\x04rest", "ZIP"),
            (b"text\x00with a NUL", "NUL"),
            (bytes(range(1, 9)) * 20, "control"),
        ],
    )
    def test_binary(self, data: bytes, reason: str) -> None:
        """Binary data is refused with a reason instead of being parsed as mojibake."""
        (result,) = parse_many([data])
        assert result.error is not None
        assert result.error.code == "binary"
        assert reason in result.error.message

    @pytest.mark.parametrize("data", [b"", b"  \n\t\n"])
    def test_empty(self, data: bytes) -> None:
        """Empty and blank inputs are refused as empty."""
        (result,) = parse_many([data])
        assert result.error is not None
        assert result.error.code == "empty"

    def test_html_file(self, tmp_path: Path) -> None:
        """An .html file is reduced to its text, which the readout then carries."""
        path = tmp_path / "call.html"
        path.write_bytes(
            b"<html><head><meta charset='windows-1252'></head><body><nav>Menu</nav><p>"
            b"President Fran\xe7ois Hollande spoke with Chancellor Angela Merkel.</p></body></html>"
        )
        (result,) = parse_many([path])
        assert result.readout is not None
        assert result.readout.text == (
            "President François Hollande spoke with Chancellor Angela Merkel."
        )
        assert result.notes == ()  # the page declared its encoding: nothing to report

    def test_page_without_text(self) -> None:
        """A page whose only content is chrome is empty."""
        source = Source.from_bytes(b"<html><body><nav>Home</nav></body></html>", html=True)
        with pytest.raises(readoutmodel.SourceError) as caught:
            load(source)
        assert caught.value.code == "empty"


class TestWalk:
    def test_directories_sorted_and_filtered(self, tmp_path: Path) -> None:
        """Directories are walked recursively in sorted order, by pattern, hidden files left out."""
        for name in ("b.txt", "a.txt", "sub/c.htm", "notes.md", ".hidden.txt", ".git/d.txt"):
            (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / name).write_text("x")
        found = list(walk([str(tmp_path)]))
        assert [str(f.relative) for f in found] == ["a.txt", "b.txt", str(Path("sub", "c.htm"))]
        assert [f.source.is_html for f in found] == [False, False, True]

    def test_patterns_and_files(self, tmp_path: Path) -> None:
        """Patterns choose files in directories; a file named directly is taken as it is."""
        (tmp_path / "a.md").write_text("x")
        (tmp_path / "b.txt").write_text("x")
        found = list(walk([str(tmp_path), str(tmp_path / "b.txt")], patterns=("*.md",)))
        assert [f.source.name for f in found] == [str(tmp_path / "a.md"), str(tmp_path / "b.txt")]

    def test_stdin(self) -> None:
        """- reads standard input through the callable given."""
        (found,) = walk(["-"], stdin=lambda: b"text", html=True)
        assert found.source.name == "-"
        assert found.source.data == b"text"
        assert found.source.is_html


class TestRecords:
    def test_statement_rows(self) -> None:
        """Statement rows carry the documented columns and the readout's facts."""
        readout = parsed("cn-call")
        rows = list(to_records([readout]))
        assert len(rows) == len(readout.statements)
        for i, (row, statement) in enumerate(zip(rows, readout.statements, strict=True)):
            assert tuple(row) == COLUMNS["statements"]
            assert row["statement"] == i
            assert row["readout_id"] == hashlib.sha256(readout.text.encode()).hexdigest()[:12]
            assert row["source"] is None
            assert row["date"] == (readout.date.isoformat() if readout.date else None)
            assert row["kind"] == readout.kind.value
            assert row["speaker_ids"].split("; ") == [p.id for p in statement.speakers]
            assert row["verb"] == statement.verb
            assert row["verb_category"] == statement.category.value
            assert (row["start"], row["end"]) == (statement.span.start, statement.span.end)
            assert row["content"] == statement.content

    @pytest.mark.parametrize("table", TABLES)
    def test_every_table_has_its_columns(self, table: str) -> None:
        """Every row of every table has exactly that table's columns, in order."""
        results = list(parse_many(list(SAMPLES.values())))
        rows = list(to_records(results, table))
        assert rows
        assert all(tuple(row) == COLUMNS[table] for row in rows)
        assert {row["source"] for row in rows} <= {r.source for r in results}

    def test_participant_rows(self) -> None:
        """Participant rows count mentions and statements and flag the initiator."""
        readout = parsed("cn-call")
        rows = {row["participant_id"]: row for row in to_records([readout], "participants")}
        assert set(rows) == {p.id for p in readout.participants}
        for person in readout.participants:
            assert rows[person.id]["initiator"] == (person == readout.initiator)
            assert rows[person.id]["mentions"] == len(person.mentions)
            assert rows[person.id]["statements"] == len(readout.statements_by(person))

    def test_failed_results_have_no_rows(self) -> None:
        """Failed results are skipped; parsed ones carry their source."""
        results = list(parse_many([b"", SAMPLES["us-call"]]))
        rows = list(to_records(results, "readouts"))
        assert [row["source"] for row in rows] == ["<text 1>"]

    def test_readout_id_is_stable(self) -> None:
        """The readout id depends on the text only."""
        assert readout_id(parsed("uk-call")) == readout_id(readoutmodel.parse(SAMPLES["uk-call"]))
        assert readout_id(parsed("uk-call")) != readout_id(parsed("us-call"))

    def test_unknown_table(self) -> None:
        """Asking for a table that does not exist is a ValueError listing the tables."""
        with pytest.raises(ValueError, match="statements"):
            list(to_records([], "speeches"))


class TestDataFrame:
    def test_dataframe(self) -> None:
        """to_dataframe gives the records as a DataFrame with dates as datetimes."""
        pandas = pytest.importorskip("pandas")
        frame = to_dataframe([parsed("cn-call"), parsed("us-call")])
        assert list(frame.columns) == list(COLUMNS["statements"])
        assert len(frame) == len(parsed("cn-call").statements) + len(parsed("us-call").statements)
        assert pandas.api.types.is_datetime64_any_dtype(frame["date"])
        assert frame["date"].iloc[0].date() == dt.date(2024, 6, 3)

    def test_empty_dataframe_has_columns(self) -> None:
        """No readouts give an empty frame that still has the table's columns."""
        pytest.importorskip("pandas")
        assert list(to_dataframe([], "topics").columns) == list(COLUMNS["topics"])

    def test_without_pandas(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without pandas, to_dataframe says which extra to install."""
        monkeypatch.setitem(sys.modules, "pandas", None)
        with pytest.raises(ImportError, match=r"readoutmodel\[pandas\]"):
            to_dataframe([parsed("cn-call")])
