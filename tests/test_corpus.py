"""Regression over the real readouts of the shared corpus: no crash, and sound structure.

The corpus lives beside the repository (``../shared/corpus/dev``); without it these tests
are skipped. Scores against the gold annotations are the scorer's business, not these
tests': here every readout must parse, and every result must hold together.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path

import pytest

import readoutmodel
from readoutmodel import Kind, Readout

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"
STEMS = sorted(path.stem for path in CORPUS.glob("*.txt")) if CORPUS.is_dir() else []

pytestmark = pytest.mark.skipif(not STEMS, reason="the shared corpus is not beside the repository")


@pytest.fixture(scope="module")
def parsed() -> dict[str, Readout]:
    """Every corpus readout, parsed once."""
    return {
        stem: readoutmodel.parse((CORPUS / f"{stem}.txt").read_text(encoding="utf-8"))
        for stem in STEMS
    }


@pytest.mark.parametrize("stem", STEMS)
class TestCorpusReadout:
    """Each real readout parses, and what comes back points into its own text."""

    def test_text_is_kept_as_given(self, stem: str, parsed: dict[str, Readout]) -> None:
        """The readout's text is the file's text, unchanged."""
        text = (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")
        assert parsed[stem].text == text

    def test_spans_inside_the_text(self, stem: str, parsed: dict[str, Readout]) -> None:
        """Body, title, date and every statement span lie inside the text."""
        readout = parsed[stem]
        size = len(readout.text)
        for span in (readout.body, readout.title_span, readout.date_span):
            assert span is None or 0 <= span.start <= span.end <= size
        for statement in readout.statements:
            assert 0 <= statement.span.start < statement.span.end <= size
            assert readout.body is not None
            assert readout.body.contains(statement.span)
            assert statement.sentences
            assert all(statement.span.contains(s) for s in statement.sentences)
            assert statement.span.start == statement.sentences[0].start

    def test_statements_in_text_order(self, stem: str, parsed: dict[str, Readout]) -> None:
        """Statements come in text order and do not overlap."""
        spans = [s.span for s in parsed[stem].statements]
        assert all(a.end <= b.start for a, b in itertools.pairwise(spans))

    def test_speakers_are_participants(self, stem: str, parsed: dict[str, Readout]) -> None:
        """Every speaker, and the initiator, is one of the participants."""
        readout = parsed[stem]
        people = set(readout.participants)
        for statement in readout.statements:
            assert statement.speakers
            assert set(statement.speakers) <= people
            assert statement.verb == statement.verb.lower().strip()
        assert readout.initiator is None or readout.initiator in people

    def test_participants_are_distinct(self, stem: str, parsed: dict[str, Readout]) -> None:
        """Participants have distinct ids and mentions inside the text."""
        readout = parsed[stem]
        ids = [p.id for p in readout.participants]
        assert len(ids) == len(set(ids))
        for person in readout.participants:
            assert all(0 <= m.start < m.end <= len(readout.text) for m in person.mentions)

    def test_title_is_in_the_text(self, stem: str, parsed: dict[str, Readout]) -> None:
        """The title, if any, is the headline as written, whitespace collapsed."""
        readout = parsed[stem]
        if readout.title is not None:
            assert readout.title_span is not None
            assert readout.title == " ".join(readout.title_span.of(readout.text).split())

    def test_fields_have_their_types(self, stem: str, parsed: dict[str, Readout]) -> None:
        """Date, kind and duration have the model's types."""
        readout = parsed[stem]
        assert readout.date is None or isinstance(readout.date, dt.date)
        assert isinstance(readout.kind, Kind)
        assert readout.duration is None or readout.duration > dt.timedelta(0)

    def test_round_trip(self, stem: str, parsed: dict[str, Readout]) -> None:
        """The parsed readout survives JSON and back unchanged."""
        readout = parsed[stem]
        assert readoutmodel.from_json(readoutmodel.to_json(readout)) == readout


def test_every_readout_has_participants_and_statements(parsed: dict[str, Readout]) -> None:
    """Almost every real readout yields participants and statements (a loose floor, not a score)."""
    with_people = sum(1 for r in parsed.values() if len(r.participants) >= 2)
    with_statements = sum(1 for r in parsed.values() if r.statements)
    assert with_people >= 0.9 * len(parsed)
    assert with_statements >= 0.9 * len(parsed)


def test_issuer_agrees_with_the_annotations(parsed: dict[str, Readout]) -> None:
    """The issuer is the annotated one for nearly every real readout (the scorer does not
    score it; a loose floor)."""
    right = 0
    for stem, readout in parsed.items():
        source = json.loads((CORPUS / f"{stem}.json").read_text(encoding="utf-8")).get("source")
        right += readout.issuer == (source or {}).get("issuer")
    assert right >= 0.9 * len(parsed)
