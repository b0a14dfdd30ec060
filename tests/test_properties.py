"""Properties of parse() over any string, readout-like text and readouts mangled as pages are.

Whatever the text, parse returns a readout whose every offset points into the
text at what the readout says is there, whose statements follow the text in
order without overlapping, whose speakers and initiator take part, and which
is the same on every run and after a trip through JSON.
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from collections.abc import Iterable

import pytest
from hypothesis import given
from hypothesis import strategies as st

import readoutmodel
from readoutmodel import Readout, Span
from strategies import (
    corpus_texts,
    invented,
    invented_texts,
    mutated,
    readout_texts,
    readouts,
    text_soup,
)

try:
    from readoutmodel import from_json, to_json
except ImportError:  # the serialiser is not there yet
    HAVE_JSON = False
else:
    HAVE_JSON = True

needs_json = pytest.mark.skipif(
    not HAVE_JSON, reason="readoutmodel.to_json and from_json are not importable yet"
)
needs_corpus = pytest.mark.skipif(not corpus_texts(), reason="the shared corpus is not present")


def _words(piece: str) -> str:
    return " ".join(piece.split())


def _inside(span: Span, text: str, what: str) -> None:
    assert 0 <= span.start <= span.end <= len(text), f"{what} {span} outside {len(text)} chars"


def _in_order(spans: Iterable[Span], what: str) -> None:
    ordered = list(spans)
    for before, after in itertools.pairwise(ordered):
        assert before.end <= after.start, f"{what} {before} and {after} overlap or are out of order"


def check(readout: Readout, text: str) -> None:
    """Every invariant a parsed readout keeps, whatever the text."""
    assert readout.text == text
    people = readout.participants
    ids = [person.id for person in people]
    assert len(set(ids)) == len(ids), f"participant ids repeat: {ids}"

    if readout.body is not None:
        _inside(readout.body, text, "body")
        assert readout.body.of(text).strip(), "the body is blank"
    assert (readout.title is None) == (readout.title_span is None)
    if readout.title_span is not None:
        _inside(readout.title_span, text, "title span")
        assert readout.title == _words(readout.title_span.of(text))
    if readout.date_span is not None:
        _inside(readout.date_span, text, "date span")
        assert readout.date_span.of(text).strip(), "the date span is blank"
    for diagnostic in readout.diagnostics:
        if diagnostic.span is not None:
            _inside(diagnostic.span, text, f"diagnostic {diagnostic.code}")

    for person in people:
        surfaces = set()
        for mention in person.mentions:
            _inside(mention, text, f"mention of {person.name!r}")
            surfaces.add(_words(mention.of(text)))
        assert list(person.mentions) == sorted(set(person.mentions), key=lambda s: (s.start, s.end))
        assert surfaces <= {person.name, *person.aliases}, f"{person.name!r} as {surfaces}"
        assert set(person.aliases) == surfaces - {person.name}, f"aliases of {person.name!r}"
    if readout.initiator is not None:
        assert readout.initiator in people, "the initiator does not take part"

    for statement in readout.statements:
        _inside(statement.span, text, "statement")
        passage = statement.span.of(text)
        assert statement.span.start == statement.sentences[0].start
        assert statement.span.end == statement.sentences[-1].end
        _in_order(statement.sentences, "sentences")
        assert all(s.of(text).strip() for s in statement.sentences), "a blank sentence"
        assert _words(statement.verb).casefold() in _words(passage).casefold()
        assert all(word in passage for word in statement.content.split()), statement.content
        assert all(speaker in people for speaker in statement.speakers), "a speaker not taking part"
        assert all(topic in readout.topics for topic in statement.topics)
        if readout.body is not None:
            assert readout.body.contains(statement.span), "a statement outside the body"
    assert readout.body is not None or not readout.statements
    _in_order((s.span for s in readout.statements), "statements")
    paragraphs = [s.paragraph for s in readout.statements]
    assert paragraphs == sorted(paragraphs)

    topic_ids = [topic.id for topic in readout.topics]
    assert len(set(topic_ids)) == len(topic_ids), f"topic ids repeat: {topic_ids}"
    for topic in readout.topics:
        assert all(person in people for person in topic.raised_by)
        for mention in topic.mentions:
            _inside(mention, text, f"mention of topic {topic.id}")
            assert mention.of(text).strip(), f"a blank mention of topic {topic.id}"
            assert not text[mention.start - 1 : mention.start].isalnum() or mention.start == 0
            assert not text[mention.end : mention.end + 1].isalnum()


def parse_and_check(text: str) -> Readout:
    readout = readoutmodel.parse(text)
    check(readout, text)
    return readout


class TestAnyText:
    @given(text_soup)
    def test_any_string_parses_consistently(self, text: str) -> None:
        """Any string at all parses, into a readout that keeps every invariant."""
        parse_and_check(text)

    @given(readout_texts())
    def test_readout_like_text_parses_consistently(self, text: str) -> None:
        """Generated readout-like text parses into a readout that keeps every invariant."""
        parse_and_check(text)

    @pytest.mark.parametrize(
        "text",
        [
            "",
            " ",
            "\n\n\n",
            "\ufeff",
            "\ud800",
            "A B C D",
            "U.S. A B C said.",
            "..." * 50,
            "“" * 50 + " said",
            "President " * 300,
            "PRESIDENT " * 300,
            "Xi Jinping" + " de" * 200 + " said.",
            "BEIJING" + " " * 500 + "(Xinhua) -- He said it.",
            "The leaders spoke on the phone today" + "." * 500,
            "The leaders spoke today" + "!" * 500 + "A",
            ("<p>The leaders spoke on the phone today.</p>&nbsp;") * 100,
            "de " * 300,
            "A." * 300 + " said it.",
            "ALPHA BRAVO CHARLIE DELTA ECHO " * 50,
            "President Xi Jinping" + " " * 500 + "x said that trade matters.",
            "President Xi Jinping" + ", \u00a0" * 200 + "said that trade matters.",
            "Xi Jinping said, “China and France " * 50,
            "the Foreign Ministry said. " * 100,
            "President Xi spoke with President Lula. " + "“He said " * 200,
            "Ms. " * 300 + "said Omar Haddad.",
            "Former " * 300 + "Prime Minister",
            "President Xi spoke with President Lula. " + "EU " * 300,
            "Trade was " + "also " * 300 + "discussed.",
            "the President, " * 300,
            "President and " * 300,
            "President Xi spoke with President Lula. " + "“We agree,” he said. " * 200,
            "President Xi spoke with President Lula. " + 'said: "' * 300,
            "President Xi spoke with President Lula. " + "invited President Lula to visit " * 200,
            "President Xi spoke with President Lula. " + "discussed with " * 300,
            "President Xi spoke with President Lula. " + "“We agree,” he said in Paris " * 200,
            "President Xi met " + "Minister and PRC Minister and " * 200 + "Wang Yi.",
            "President Xi spoke with President Lula. They " + "had an exchange of views " * 200,
            "President Xi " + "spoke with President Lula to discuss " * 200,
            "President Xi spoke with President Lula. " + "The call was requested by Lula. " * 200,
            "President Xi spoke with President Lula. " + "“We agree on trade.\n\n" * 200,
            "President Xi spoke with President Lula. " + "They discussed:\n• trade\n" * 200,
            "President Xi spoke with President Lula. " + ", said President Lula and " * 200,
            "President Xi spoke with President Lula. " + ", which Lula requested, said " * 200,
            "President Xi spoke with President Lula. " + "Lula was pleased and " * 200,
        ],
        ids=lambda text: repr(text[:24]),
    )
    def test_odd_strings_parse_consistently(self, text: str) -> None:
        """Strings that once crashed or hung the parser, and kin, parse and keep invariants."""
        parse_and_check(text)


class TestMutatedReadouts:
    @given(mutated(invented_texts()))
    def test_mutated_invented_readouts(self, text: str) -> None:
        """Invented readouts, mangled as scraped pages are, parse and keep every invariant."""
        parse_and_check(text)

    @needs_corpus
    @given(st.data())
    def test_mutated_corpus_readouts(self, data: st.DataObject) -> None:
        """Published readouts, mangled as scraped pages are, parse and keep every invariant."""
        parse_and_check(data.draw(mutated(corpus_texts())))

    @pytest.mark.parametrize("name", ["cn_mfa_talks", "jp_mofa_numbered", "us_whitehouse_meeting"])
    @pytest.mark.parametrize("joint", ["", "\n\n"])
    def test_invented_readout_repeated_100_times(self, name: str, joint: str) -> None:
        """An invented readout repeated a hundred times parses and keeps every invariant."""
        text = joint.join([invented(name)] * 100)
        readout = parse_and_check(text)
        assert readout.participants

    @needs_corpus
    @pytest.mark.parametrize("index", [0, 20, 40])
    def test_corpus_readout_repeated_100_times(self, index: int) -> None:
        """A published readout repeated a hundred times parses and keeps every invariant."""
        texts = corpus_texts()
        parse_and_check(texts[index % len(texts)] * 100)

    @pytest.mark.parametrize("index", range(len(invented_texts())))
    def test_every_prefix_of_an_invented_readout(self, index: int) -> None:
        """An invented readout cut off at any line end or mid-word keeps every invariant."""
        text = invented_texts()[index]
        for cut in sorted({*range(0, len(text), 97), *_line_ends(text)}):
            parse_and_check(text[:cut])


def _line_ends(text: str) -> list[int]:
    return [i for i, ch in enumerate(text) if ch == "\n"]


class TestDeterminism:
    @given(mutated(invented_texts()))
    def test_parsing_twice_gives_equal_readouts(self, text: str) -> None:
        """Parsing the same text twice gives equal readouts."""
        assert readoutmodel.parse(text) == readoutmodel.parse(text)

    @needs_json
    def test_processes_with_other_hash_seeds_agree(self) -> None:
        """Processes with different string hash seeds write the very same JSON for every readout."""
        texts = json.dumps([*invented_texts(), *corpus_texts()[:20]])
        script = (
            "import sys, json, readoutmodel\n"
            "texts = json.load(sys.stdin)\n"
            "json.dump([readoutmodel.to_json(readoutmodel.parse(t)) for t in texts], sys.stdout)\n"
        )
        runs = [
            subprocess.Popen(
                [sys.executable, "-c", script],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
                env={**os.environ, "PYTHONHASHSEED": seed},
            )
            for seed in ("1", "2", "3")
        ]
        outputs = [run.communicate(texts)[0] for run in runs]
        assert [run.returncode for run in runs] == [0, 0, 0]
        first = json.loads(outputs[0])
        assert len(first) == len(json.loads(texts))
        for output in outputs[1:]:
            assert json.loads(output) == first


@needs_json
class TestRoundTrip:
    @given(readouts())
    def test_any_readout_round_trips(self, readout: Readout) -> None:
        """Any consistent readout, built field by field, reads back equal from its JSON."""
        assert from_json(to_json(readout)) == readout

    @given(mutated(invented_texts()))
    def test_parsed_mutated_readouts_round_trip(self, text: str) -> None:
        """A readout parsed from a mangled text reads back equal from its JSON."""
        readout = readoutmodel.parse(text)
        assert from_json(to_json(readout)) == readout

    @given(text_soup)
    def test_parsed_strings_round_trip(self, text: str) -> None:
        """A readout parsed from any string reads back equal from its JSON."""
        readout = readoutmodel.parse(text)
        assert from_json(to_json(readout)) == readout
