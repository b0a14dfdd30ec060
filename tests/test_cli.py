"""Tests of the readoutmodel command, run as a real process on a temporary corpus."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import readoutmodel
from readoutmodel import cli, from_dict, json_schema
from readoutmodel.batch import COLUMNS, TABLES
from sample_readouts import HTML_PAGE, SAMPLES

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"

VALIDATOR = jsonschema.Draft202012Validator(
    json_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)

LATIN1_TEXT = (
    "Readout of the President's call with Prime Minister Sánchez\n\n"
    "President François Martin spoke today with Prime Minister Pedro Sánchez of Spain. "
    "President Martin stressed the importance of European unity.\n"
)

TAXONOMY = """\
[quantum]
label = "Quantum computing"
terms = ["quantum computing"]
"""

# The good inputs of the corpus, by their path relative to it, in walk order.
GOOD = [
    "cn-call.txt",
    "in-meeting.html",
    "latin1.txt",
    "page.htm",
    "sub/ru-call.txt",
    "uk-call.txt",
    "us-call.txt",
]
# The bad ones and the error code each must give.
BAD = {"binary.txt": "binary", "empty.txt": "empty", "unreadable.txt": "unreadable"}
ORDER = sorted([*GOOD, *BAD], key=lambda p: (p.count("/"), p))  # files of a directory first


def run(
    *args: str, stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m readoutmodel ARGS`` and capture its output as text."""
    completed = subprocess.run(
        [sys.executable, "-m", "readoutmodel", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        timeout=300,
        check=False,
    )
    return subprocess.CompletedProcess(
        completed.args,
        completed.returncode,
        completed.stdout.decode("utf-8"),
        completed.stderr.decode("utf-8"),
    )


def lines(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines()]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of readouts in several encodings and formats, with bad files among them."""
    root = tmp_path_factory.mktemp("corpus")
    (root / "sub").mkdir()
    (root / "us-call.txt").write_text(SAMPLES["us-call"], encoding="utf-8")
    (root / "cn-call.txt").write_text(SAMPLES["cn-call"], encoding="utf-8")
    (root / "uk-call.txt").write_text(SAMPLES["uk-call"], encoding="utf-8-sig")
    (root / "sub" / "ru-call.txt").write_text(SAMPLES["ru-call"], encoding="utf-16")
    paragraphs = "".join(f"<p>{p}</p>" for p in SAMPLES["in-meeting"].split("\n\n"))
    (root / "in-meeting.html").write_text(
        f"<html><body><nav>Home | News</nav><main>{paragraphs}</main></body></html>",
        encoding="utf-8",
    )
    (root / "page.htm").write_text(HTML_PAGE, encoding="utf-8")
    (root / "latin1.txt").write_bytes(LATIN1_TEXT.encode("latin-1"))
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (root / "empty.txt").write_bytes(b"")
    (root / "unreadable.txt").symlink_to(root / "no-such-target")
    (root / "notes.md").write_text("Not picked up by the default patterns.", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def jsonl(corpus: Path) -> subprocess.CompletedProcess[str]:
    """The corpus parsed to JSON Lines with two processes."""
    return run("parse", str(corpus), "--format", "jsonl", "--jobs", "2")


class TestParseJsonLines:
    def test_one_record_per_file_in_order(
        self, corpus: Path, jsonl: subprocess.CompletedProcess[str]
    ) -> None:
        """Every file gives one record, in sorted walk order, each carrying its source path."""
        records = lines(jsonl.stdout)
        assert [r["source"] for r in records] == [str(corpus / p) for p in ORDER]

    def test_exit_status_is_1_when_some_failed(
        self, jsonl: subprocess.CompletedProcess[str]
    ) -> None:
        """Bad files make the exit status 1."""
        assert jsonl.returncode == 1

    def test_error_records(self, corpus: Path, jsonl: subprocess.CompletedProcess[str]) -> None:
        """Binary, empty and unreadable files are error records with their code."""
        errors = {r["source"]: r["error"]["code"] for r in lines(jsonl.stdout) if "error" in r}
        assert errors == {str(corpus / name): code for name, code in BAD.items()}

    def test_errors_reported_on_stderr(
        self, corpus: Path, jsonl: subprocess.CompletedProcess[str]
    ) -> None:
        """Each bad file is named on stderr with its reason, and a summary line ends the run."""
        stderr = jsonl.stderr
        assert f"{corpus / 'binary.txt'}: error: binary file" in stderr
        assert f"{corpus / 'empty.txt'}: error: empty file" in stderr
        assert f"{corpus / 'unreadable.txt'}: error: cannot read" in stderr
        assert stderr.splitlines()[-1].startswith(f"readoutmodel: {len(ORDER)} files:")
        assert f"{len(GOOD)} parsed, {len(BAD)} failed" in stderr
        assert "\r" not in stderr  # no progress bar when stderr is not a terminal

    def test_fallback_reported(self, corpus: Path, jsonl: subprocess.CompletedProcess[str]) -> None:
        """The Latin-1 file is parsed, its fallback noted in the record and on stderr."""
        (record,) = [r for r in lines(jsonl.stdout) if r["source"].endswith("latin1.txt")]
        assert record["text"] == LATIN1_TEXT
        assert "fallback-encoding" in [d["code"] for d in record["diagnostics"]]
        assert f"{corpus / 'latin1.txt'}: note: not valid UTF-8" in jsonl.stderr

    def test_good_records_are_valid(self, jsonl: subprocess.CompletedProcess[str]) -> None:
        """Every readout record validates against the schema and loads as a Readout."""
        good = [r for r in lines(jsonl.stdout) if "error" not in r]
        assert len(good) == len(GOOD)
        for record in good:
            assert list(VALIDATOR.iter_errors(record)) == []
            assert isinstance(from_dict(record), readoutmodel.Readout)

    def test_encodings_and_html_decoded(self, jsonl: subprocess.CompletedProcess[str]) -> None:
        """UTF-8 with a BOM and UTF-16 files read as their text; HTML pages as reduced text."""
        by_name = {Path(r["source"]).name: r for r in lines(jsonl.stdout)}
        assert by_name["uk-call.txt"]["text"] == SAMPLES["uk-call"]
        assert by_name["ru-call.txt"]["text"] == SAMPLES["ru-call"]
        assert "<p>" not in by_name["in-meeting.html"]["text"]
        assert "Home | News" not in by_name["in-meeting.html"]["text"]
        names = [p["name"] for p in by_name["in-meeting.html"]["participants"]]
        assert "Olaf Scholz" in names

    def test_same_output_with_one_process(
        self, corpus: Path, jsonl: subprocess.CompletedProcess[str]
    ) -> None:
        """One process and two give byte-identical output."""
        assert run("parse", str(corpus), "--format", "jsonl").stdout == jsonl.stdout


class TestParseFormats:
    def test_single_file_is_a_json_object(self, corpus: Path) -> None:
        """One file prints as one indented JSON object and exits 0."""
        result = run("parse", str(corpus / "us-call.txt"))
        assert result.returncode == 0
        assert result.stdout.startswith("{\n")
        record = json.loads(result.stdout)
        assert record["source"] == str(corpus / "us-call.txt")
        assert from_dict(record) == readoutmodel.parse(SAMPLES["us-call"])

    def test_single_bad_file(self, corpus: Path) -> None:
        """One bad file prints nothing on stdout, its error on stderr, and exits 1."""
        result = run("parse", str(corpus / "binary.txt"))
        assert result.returncode == 1
        assert result.stdout == ""
        assert "binary file" in result.stderr

    def test_directory_defaults_to_json_lines(self, corpus: Path) -> None:
        """A directory prints JSON Lines without being asked."""
        assert len(lines(run("parse", str(corpus)).stdout)) == len(ORDER)

    def test_json_array_for_several(self, corpus: Path) -> None:
        """--format json with several inputs prints one JSON array of records."""
        records = json.loads(run("parse", str(corpus), "--format", "json").stdout)
        assert isinstance(records, list)
        assert len(records) == len(ORDER)

    def test_csv_statements(self, corpus: Path, jsonl: subprocess.CompletedProcess[str]) -> None:
        """The statements CSV has the documented header and one row per statement."""
        result = run("parse", str(corpus), "--format", "csv")
        reader = csv.DictReader(io.StringIO(result.stdout, newline=""))
        rows = list(reader)
        assert tuple(reader.fieldnames or ()) == COLUMNS["statements"]
        good = [r for r in lines(jsonl.stdout) if "error" not in r]
        assert len(rows) == sum(len(r["statements"]) for r in good)
        by_source = {r["source"]: r for r in good}
        for row in rows:
            record = by_source[row["source"]]
            statement = record["statements"][int(row["statement"])]
            assert row["content"] == statement["content"]
            assert (int(row["start"]), int(row["end"])) == (
                statement["span"]["start"],
                statement["span"]["end"],
            )
            assert row["kind"] == record["kind"]
        assert result.returncode == 1

    @pytest.mark.parametrize("table", [t for t in TABLES if t != "statements"])
    def test_csv_tables(self, corpus: Path, table: str) -> None:
        """--table chooses the participants, topics or readouts table, each with its header."""
        result = run("parse", str(corpus), "--format", "csv", "--table", table, "-q")
        reader = csv.DictReader(io.StringIO(result.stdout, newline=""))
        rows = list(reader)
        assert tuple(reader.fieldnames or ()) == COLUMNS[table]
        assert rows
        if table == "readouts":
            assert len(rows) == len(GOOD)

    def test_text_summary(self, corpus: Path) -> None:
        """The text format heads each readout with its source and lists participants."""
        result = run(
            "parse", str(corpus / "cn-call.txt"), str(corpus / "us-call.txt"), "-f", "text"
        )
        assert result.stdout.count("== ") == 2
        assert f"== {corpus / 'cn-call.txt'}" in result.stdout
        assert "participants: " in result.stdout
        assert "Xi Jinping" in result.stdout

    def test_output_file(self, corpus: Path, tmp_path: Path) -> None:
        """--output writes the records to a file and nothing to stdout."""
        out = tmp_path / "out.jsonl"
        result = run("parse", str(corpus), "--output", str(out), "-q")
        assert result.stdout == ""
        assert len(out.read_text(encoding="utf-8").splitlines()) == len(ORDER)

    def test_output_dir_mirrors_directories(self, corpus: Path, tmp_path: Path) -> None:
        """--output-dir writes one JSON per parsed file, keeping subdirectories."""
        out = tmp_path / "parsed"
        result = run("parse", str(corpus), "--output-dir", str(out))
        assert result.returncode == 1
        written = sorted(str(p.relative_to(out)) for p in out.rglob("*.json"))
        expected = sorted(str(Path(p).with_suffix(".json")) for p in GOOD)
        assert written == expected
        for path in out.rglob("*.json"):
            readoutmodel.from_json(path.read_text(encoding="utf-8"))

    def test_glob(self, corpus: Path) -> None:
        """--glob chooses which files of a directory are read."""
        records = lines(run("parse", str(corpus), "--glob", "*.md", "-f", "jsonl").stdout)
        assert [Path(r["source"]).name for r in records] == ["notes.md"]


class TestStdinAndEncodings:
    def test_stdin(self) -> None:
        """- reads a readout from standard input, named - in the record."""
        result = run("parse", "-", stdin=SAMPLES["uk-call"].encode("utf-8"))
        assert result.returncode == 0
        record = json.loads(result.stdout)
        assert record["source"] == "-"
        assert record["text"] == SAMPLES["uk-call"]

    def test_stdin_html(self) -> None:
        """--html reduces a page on standard input to its text before parsing."""
        result = run("parse", "-", "--html", stdin=HTML_PAGE.encode("utf-8"))
        record = json.loads(result.stdout)
        assert record["text"].startswith("Readout of the Prime Minister’s call")
        assert "<" not in record["text"]

    def test_no_fallback(self, corpus: Path) -> None:
        """--fallback-encoding none makes a Latin-1 file an undecodable failure."""
        result = run("parse", str(corpus / "latin1.txt"), "--fallback-encoding", "none")
        assert result.returncode == 1
        assert "not valid UTF-8" in result.stderr

    def test_forced_encoding(self, corpus: Path) -> None:
        """--encoding decodes with that codec and nothing is reported."""
        result = run("parse", str(corpus / "latin1.txt"), "--encoding", "latin-1")
        record = json.loads(result.stdout)
        assert record["text"] == LATIN1_TEXT
        assert "fallback-encoding" not in [d["code"] for d in record["diagnostics"]]
        assert "note:" not in result.stderr


class TestTopics:
    def test_topics_extend_the_taxonomy(self, tmp_path: Path) -> None:
        """--topics adds the user's topics to the shipped ones."""
        (tmp_path / "topics.toml").write_text(TAXONOMY, encoding="utf-8")
        text = SAMPLES["us-call"].replace(
            "on clean energy supply chains", "on clean energy and quantum computing"
        )
        result = run("parse", "-", "--topics", str(tmp_path / "topics.toml"), stdin=text.encode())
        ids = [t["id"] for t in json.loads(result.stdout)["topics"]]
        assert "quantum" in ids
        assert len(ids) > 1

    def test_replace_topics(self, tmp_path: Path) -> None:
        """--replace-topics uses only the user's taxonomy."""
        (tmp_path / "topics.toml").write_text(TAXONOMY, encoding="utf-8")
        text = SAMPLES["us-call"].replace(
            "on clean energy supply chains", "on clean energy and quantum computing"
        )
        result = run(
            "parse",
            "-",
            "--topics",
            str(tmp_path / "topics.toml"),
            "--replace-topics",
            stdin=text.encode(),
        )
        assert [t["id"] for t in json.loads(result.stdout)["topics"]] == ["quantum"]

    def test_bad_taxonomy_is_a_usage_error(self, tmp_path: Path) -> None:
        """A taxonomy file with a bad topic exits 2 with the taxonomy's own message."""
        (tmp_path / "bad.toml").write_text(
            '[Bad-Id]\nlabel = "x"\nterms = ["x"]\n', encoding="utf-8"
        )
        result = run("parse", "-", "--topics", str(tmp_path / "bad.toml"), stdin=b"text")
        assert result.returncode == 2
        assert "bad.toml: Bad-Id: topic ids are lower case" in result.stderr
        assert result.stdout == ""


class TestUsage:
    @pytest.mark.parametrize(
        ("args", "message"),
        [
            (["parse", "x.txt", "--table", "topics"], "--table goes with --format csv"),
            (["parse", "x.txt", "--replace-topics"], "--replace-topics needs --topics"),
            (["parse", "x.txt", "--jobs", "0"], "must be at least 1"),
            (["parse", "x.txt", "--encoding", "klingon"], "unknown encoding"),
            (["parse", "x.txt", "--output-dir", "d", "-f", "csv"], "--output-dir"),
            (["parse", "x.txt", "-o", "a", "--output-dir", "d"], "not allowed with"),
            (["parse", "-", "-"], "only once"),
            (["parse"], "required"),
            (["parse", "x.txt", "--colour"], "unrecognized arguments"),
            (["parse", "x.txt", "--topics", "no/such/file.toml"], "cannot read"),
            ([], "required"),
        ],
    )
    def test_usage_errors_exit_2(self, args: list[str], message: str) -> None:
        """Arguments that do not fit exit 2 with a message and print nothing on stdout."""
        result = run(*args)
        assert result.returncode == 2
        assert message in result.stderr
        assert result.stdout == ""

    def test_version(self) -> None:
        """--version prints the package version."""
        result = run("--version")
        assert result.returncode == 0
        assert result.stdout.strip() == f"readoutmodel {readoutmodel.__version__}"

    def test_help_has_examples(self) -> None:
        """--help shows the subcommands and worked examples."""
        result = run("--help")
        assert result.returncode == 0
        assert "examples:" in result.stdout
        assert "readoutmodel parse corpus/" in result.stdout
        assert "validate" in result.stdout

    def test_console_script(self) -> None:
        """The installed readoutmodel command runs cli.main."""
        (script,) = metadata.entry_points(group="console_scripts", name="readoutmodel")
        assert script.value == "readoutmodel.cli:main"
        assert script.load() is cli.main

    def test_quiet(self, corpus: Path) -> None:
        """--quiet drops the summary and notes but still reports failures."""
        result = run("parse", str(corpus), "-q")
        assert "parsed" not in result.stderr
        assert "note:" not in result.stderr
        assert "binary.txt: error:" in result.stderr

    def test_all_good_exits_0(self, corpus: Path) -> None:
        """When every input parses the exit status is 0."""
        result = run("parse", str(corpus / "us-call.txt"), str(corpus / "cn-call.txt"))
        assert result.returncode == 0
        assert "2 parsed, 0 failed" in result.stderr


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class TestProgress:
    def test_bar_on_a_terminal(
        self, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """With a terminal on stderr and more than a handful of files, a progress bar is drawn."""
        stderr = _Terminal()
        monkeypatch.setattr(sys, "stderr", stderr)
        status = cli.main(["parse", str(corpus), "-o", str(tmp_path / "out.jsonl")])
        assert status == 1
        assert f"] {len(ORDER)}/{len(ORDER)} 100%" in stderr.getvalue()
        assert "files/s" in stderr.getvalue()

    def test_no_bar_when_quiet(
        self, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """--quiet keeps the terminal free of the bar."""
        stderr = _Terminal()
        monkeypatch.setattr(sys, "stderr", stderr)
        cli.main(["parse", str(corpus), "-q", "-o", str(tmp_path / "out.jsonl")])
        assert "\r" not in stderr.getvalue()

    def test_no_bar_for_a_handful(
        self, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A few files get no bar even on a terminal."""
        stderr = _Terminal()
        monkeypatch.setattr(sys, "stderr", stderr)
        cli.main(["parse", str(corpus / "us-call.txt"), "-o", str(tmp_path / "out.json")])
        assert "\r" not in stderr.getvalue()


class TestSchemaAndValidate:
    def test_schema(self) -> None:
        """readoutmodel schema prints the JSON Schema json_schema() returns."""
        result = run("schema")
        assert result.returncode == 0
        assert json.loads(result.stdout) == json_schema()

    def test_validate_good_records(
        self, jsonl: subprocess.CompletedProcess[str], tmp_path: Path
    ) -> None:
        """The readout records of a run validate, exit 0."""
        good = tmp_path / "good.jsonl"
        good.write_text(
            "".join(line + "\n" for line in jsonl.stdout.splitlines() if '"error": {' not in line),
            encoding="utf-8",
        )
        result = run("validate", str(good))
        assert result.returncode == 0, result.stdout
        assert f"{len(GOOD)} records: {len(GOOD)} valid, 0 invalid" in result.stderr

    def test_validate_reports_error_records(
        self, jsonl: subprocess.CompletedProcess[str], tmp_path: Path
    ) -> None:
        """Error records are reported as not readouts, unless --allow-errors skips them."""
        path = tmp_path / "all.jsonl"
        path.write_text(jsonl.stdout, encoding="utf-8")
        result = run("validate", str(path))
        assert result.returncode == 1
        assert result.stdout.count("an error record, not a readout") == len(BAD)
        allowed = run("validate", str(path), "--allow-errors")
        assert allowed.returncode == 0
        assert f"{len(BAD)} error records skipped" in allowed.stderr

    def test_validate_names_the_path(self, corpus: Path, tmp_path: Path) -> None:
        """A broken record is reported with its line and the JSONPath of the first error."""
        record = json.loads(run("parse", str(corpus / "us-call.txt")).stdout)
        broken = json.loads(json.dumps(record))
        broken["participants"][0]["country"] = "USA"
        unknown = json.loads(json.dumps(record))
        unknown["statements"][0]["speakers"] = ["nobody"]
        path = tmp_path / "mixed.jsonl"
        path.write_text(
            "\n".join(json.dumps(r) for r in (record, broken, unknown)) + "\n{not json\n",
            encoding="utf-8",
        )
        result = run("validate", str(path))
        assert result.returncode == 1
        out = result.stdout.splitlines()
        assert out[0].startswith(f"{path}:2: $.participants[0].country: 'USA' does not match")
        assert out[1] == f"{path}:3: $.statements[0].speakers[0]: unknown participant id 'nobody'"
        assert out[2].startswith(f"{path}:4: invalid JSON")
        assert len(out) == 3

    def test_validate_stdin(self, jsonl: subprocess.CompletedProcess[str]) -> None:
        """- reads JSON Lines from standard input, a byte-order mark allowed."""
        data = b"\xef\xbb\xbf" + jsonl.stdout.encode("utf-8")
        result = run("validate", "-", "--allow-errors", stdin=data)
        assert result.returncode == 0, result.stdout
        assert f"{len(GOOD)} valid, 0 invalid, {len(BAD)} error records skipped" in result.stderr

    def test_validate_without_jsonschema(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Without jsonschema, validate names the extra to install and exits 2."""
        monkeypatch.setitem(sys.modules, "jsonschema", None)
        (tmp_path / "a.jsonl").write_text("{}\n", encoding="utf-8")
        assert cli.main(["validate", str(tmp_path / "a.jsonl")]) == 2
        assert "pip install 'readoutmodel[validate]'" in capsys.readouterr().err

    def test_validate_json_array_and_object(self, corpus: Path, tmp_path: Path) -> None:
        """A JSON object file and a JSON array file validate record by record."""
        single = tmp_path / "one.json"
        single.write_text(run("parse", str(corpus / "cn-call.txt")).stdout, encoding="utf-8")
        array = tmp_path / "many.json"
        array.write_text(
            run(
                "parse", str(corpus / "cn-call.txt"), str(corpus / "uk-call.txt"), "-f", "json"
            ).stdout,
            encoding="utf-8",
        )
        result = run("validate", str(single), str(array))
        assert result.returncode == 0, result.stdout
        assert "3 records: 3 valid" in result.stderr


@pytest.fixture(scope="module")
def dev_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The development texts with a binary, an empty and a Latin-1 file added."""
    folder = tmp_path_factory.mktemp("dev")
    for path in CORPUS.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    (folder / "zz-binary.txt").write_bytes(b"%PDF-1.4\n\x00\x01\x02")
    (folder / "zz-empty.txt").write_bytes(b"")
    (folder / "zz-latin1.txt").write_bytes(LATIN1_TEXT.encode("latin-1"))
    return folder


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not present")
class TestRealCorpus:
    def test_dev_corpus_with_bad_files(self, dev_folder: Path, tmp_path: Path) -> None:
        """Each good file gives a valid record, each bad one an error record; exit status 1."""
        texts = len(list(CORPUS.glob("*.txt")))
        result = run("parse", str(dev_folder), "--format", "jsonl", "--jobs", "2")
        assert result.returncode == 1
        records = lines(result.stdout)
        assert len(records) == texts + 3
        errors = [r for r in records if "error" in r]
        assert sorted(Path(r["source"]).name for r in errors) == ["zz-binary.txt", "zz-empty.txt"]
        (latin1,) = [r for r in records if r["source"].endswith("zz-latin1.txt")]
        assert "fallback-encoding" in [d["code"] for d in latin1["diagnostics"]]
        good = tmp_path / "good.jsonl"
        good.write_text(
            "".join(json.dumps(r) + "\n" for r in records if "error" not in r), encoding="utf-8"
        )
        validated = run("validate", str(good))
        assert validated.returncode == 0, validated.stdout
        assert f"{texts + 1} valid, 0 invalid" in validated.stderr

    def test_dev_statements_csv(self, tmp_path: Path) -> None:
        """The statements CSV of the whole corpus reads back with the documented columns."""
        out = tmp_path / "statements.csv"
        result = run("parse", str(CORPUS), "-f", "csv", "-o", str(out), "-q")
        assert result.returncode == 0
        with out.open(encoding="utf-8", newline="") as stream:
            reader = csv.DictReader(stream)
            rows = list(reader)
        assert tuple(reader.fieldnames or ()) == COLUMNS["statements"]
        assert len({row["source"] for row in rows}) > 0.9 * len(list(CORPUS.glob("*.txt")))
        try:
            import pandas
        except ImportError:
            return
        frame = pandas.read_csv(out)
        assert list(frame.columns) == list(COLUMNS["statements"])
        assert len(frame) == len(rows)


def test_reader_going_away(tmp_path: Path) -> None:
    """When the reader of standard output stops early, the command ends quietly with status 1."""
    for i in range(60):
        (tmp_path / f"{i:02d}.txt").write_text(SAMPLES["cn-call"], encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "readoutmodel", "parse", str(tmp_path), "-q"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    assert json.loads(process.stdout.readline())["source"].endswith("00.txt")
    process.stdout.close()
    stderr = process.stderr.read().decode("utf-8")
    assert process.wait(timeout=300) == 1
    assert "Traceback" not in stderr
    assert stderr == ""


def test_no_results_for_no_files(tmp_path: Path) -> None:
    """An empty directory gives no records and exits 0."""
    result = run("parse", str(tmp_path))
    assert result.returncode == 0
    assert result.stdout == ""
    assert "0 files" in result.stderr


def test_json_array_of_nothing(tmp_path: Path) -> None:
    """--format json of an empty directory is an empty array, still valid JSON."""
    assert json.loads(run("parse", str(tmp_path), "-f", "json").stdout) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_permission_denied(tmp_path: Path) -> None:
    """A file the user may not read is reported as unreadable with the system's reason."""
    path = tmp_path / "locked.txt"
    path.write_text("text", encoding="utf-8")
    path.chmod(0)
    result = run("parse", str(path), "-f", "jsonl")
    assert result.returncode == 1
    assert json.loads(result.stdout)["error"]["code"] == "unreadable"
    assert "Permission denied" in result.stderr
