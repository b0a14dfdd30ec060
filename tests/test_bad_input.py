"""Bad input through the public API: the wrong types, oversized texts, broken vocabulary and
taxonomy files, and broken JSON each raise a typed error that says what and where."""

from __future__ import annotations

import copy
import importlib.resources
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import readoutmodel
from readoutmodel import (
    MAX_CHARS,
    InputTooLargeError,
    Readout,
    ReadoutModelError,
    SerializationError,
    Taxonomy,
    TaxonomyError,
    Vocabulary,
    VocabularyError,
)
from readoutmodel.vocab import DATA_FILES
from strategies import invented, invented_texts, mutated

TEXT = "President Joe Biden spoke with Prime Minister Keir Starmer. The leaders discussed trade."


class Opaque:
    """An object of a class of the caller's own."""


class TestParseArguments:
    @pytest.mark.parametrize(
        ("value", "type_name"),
        [
            (None, "NoneType"),
            (b"President Xi Jinping spoke.", "bytes"),
            (bytearray(b"President Xi Jinping spoke."), "bytearray"),
            (memoryview(b"President Xi Jinping spoke."), "memoryview"),
            (7, "int"),
            (7.5, "float"),
            (1j, "complex"),
            (True, "bool"),
            (Opaque(), "Opaque"),
            (object(), "object"),
            (("President Xi Jinping spoke.",), "tuple"),
            ({"text": "President Xi Jinping spoke."}, "dict"),
        ],
    )
    def test_text_of_another_type_is_a_type_error_naming_it(
        self, value: object, type_name: str
    ) -> None:
        """A text that is not a str raises TypeError naming the type it is."""
        with pytest.raises(TypeError, match=rf"\b{type_name}\b"):
            readoutmodel.parse(value)  # type: ignore[arg-type]

    def test_a_str_subclass_parses(self) -> None:
        """A subclass of str is text, and parses as the str it holds."""

        class Page(str):
            __slots__ = ()

        assert readoutmodel.parse(Page(TEXT)) == readoutmodel.parse(TEXT)

    @pytest.mark.parametrize(
        ("arguments", "message"),
        [
            ({"vocabulary": "en"}, r"vocabulary must be a Vocabulary or None, not str"),
            ({"vocabulary": Taxonomy.default()}, r"vocabulary must be .* not Taxonomy"),
            ({"taxonomy": "topics.toml"}, r"taxonomy must be a Taxonomy or None, not str"),
            ({"taxonomy": {"trade": {}}}, r"taxonomy must be .* not dict"),
            ({"max_chars": "10"}, r"max_chars must be an int, not str"),
            ({"max_chars": None}, r"max_chars must be an int, not NoneType"),
            ({"max_chars": 1e6}, r"max_chars must be an int, not float"),
        ],
    )
    def test_options_of_another_type_are_type_errors(
        self, arguments: dict[str, Any], message: str
    ) -> None:
        """A vocabulary, taxonomy or max_chars of the wrong type raises TypeError naming it."""
        with pytest.raises(TypeError, match=message):
            readoutmodel.parse(TEXT, **arguments)


class TestInputSize:
    def test_the_default_limit_is_ten_million_characters(self) -> None:
        """MAX_CHARS, the default limit, is ten million characters."""
        assert MAX_CHARS == 10_000_000

    def test_a_text_at_the_limit_parses(self) -> None:
        """A text exactly max_chars long parses."""
        readout = readoutmodel.parse(TEXT, max_chars=len(TEXT))
        assert readout.text == TEXT

    def test_a_text_over_the_limit_is_refused(self) -> None:
        """A text one character over max_chars raises InputTooLargeError with size and limit."""
        with pytest.raises(InputTooLargeError, match="longer than the limit") as caught:
            readoutmodel.parse(TEXT + " ", max_chars=len(TEXT))
        assert (caught.value.size, caught.value.limit) == (len(TEXT) + 1, len(TEXT))
        assert isinstance(caught.value, ReadoutModelError)
        assert isinstance(caught.value, ValueError)

    def test_a_text_over_the_default_limit_is_refused(self) -> None:
        """A text longer than MAX_CHARS raises InputTooLargeError unless the limit is raised."""
        text = "x" * (MAX_CHARS + 1)
        with pytest.raises(InputTooLargeError) as caught:
            readoutmodel.parse(text)
        assert caught.value.limit == MAX_CHARS


# -- vocabulary and taxonomy files ------------------------------------------------------


@pytest.fixture
def vocabulary_dir(tmp_path: Path) -> Path:
    """A copy of the shipped English vocabulary, to break."""
    directory = tmp_path / "en"
    directory.mkdir()
    shipped = importlib.resources.files("readoutmodel.vocab") / "data" / "en"
    for name in DATA_FILES:
        (directory / name).write_text((shipped / name).read_text(encoding="utf-8"), "utf-8")
    return directory


def _append(path: Path, line: str) -> int:
    """Append ``line`` to the file; its line number."""
    text = path.read_text(encoding="utf-8")
    if text and not text.endswith("\n"):
        text += "\n"
    path.write_text(text + line + "\n", encoding="utf-8")
    return text.count("\n") + 1


class TestVocabularyFiles:
    def test_the_copy_loads(self, vocabulary_dir: Path) -> None:
        """The unbroken copy loads, equal to the shipped vocabulary, so the errors below are the
        breakages'."""
        assert Vocabulary.load(vocabulary_dir) == Vocabulary.default()

    @pytest.mark.parametrize(
        ("name", "line", "problem"),
        [
            ("verbs.tsv", "murmur\tshouting", "unknown category 'shouting'"),
            ("verbs.tsv", "murmur", "expected 2 to 4 tab-separated columns, found 1"),
            ("verbs.tsv", "murmur\tassert\tmurmured|murmuring", "forms must be"),
            ("verbs.tsv", "murmur\tassert\t-\tadverb", "unknown kind 'adverb'"),
            ("verbs.tsv", "murmur\t\tassert", "empty column"),
            ("countries.tsv", "XYZ\tXland\t-\t-", "bad country code 'XYZ'"),
            ("countries.tsv", "XQ\tXland\t-", "expected 4 tab-separated columns, found 3"),
            ("engagements.tsv", "ring\tnoun\tphone_call\tloud\t-", "strength must be"),
            ("engagements.tsv", "ring\tnoun\ttelepathy\tstrong\t-", "unknown kind 'telepathy'"),
            ("engagements.tsv", "ring\tadverb\tphone_call\tstrong\t-", "unknown part 'adverb'"),
            ("engagements.tsv", "ring\tnoun\tphone_call\tstrong\tup", "unknown direction 'up'"),
            ("references.tsv", "the pair\tnobody", "unknown kind 'nobody'"),
            ("chrome.tsv", "banner\tShare this", "unknown kind 'banner'"),
            ("issuers.tsv", "Ministry of Magic\tmagic", "bad country code 'magic'"),
            ("time_words.tsv", "fortnight\tfourteen\t-", "days must be an integer"),
            ("numbers.tsv", "dozen\ttwelve", "value must be a number"),
            ("topic_cues.tsv", "sideways\tthose", "unknown kind 'sideways'"),
            ("titles.txt", "Grand\tVizier\tOT", "expected 1 to 2 tab-separated columns, found 3"),
            ("titles.txt", "Grand Vizier\tOttoman", "bad country code 'Ottoman'"),
            ("titles.txt", "Vizier = Grand Vizier\tOT", "only an office takes a country"),
            ("auxiliaries.txt", "was\tpassive\tagain", "expected 1 to 2 tab-separated columns"),
        ],
    )
    def test_a_bad_entry_names_file_line_and_problem(
        self, vocabulary_dir: Path, name: str, line: str, problem: str
    ) -> None:
        """A bad line raises VocabularyError naming the file, the line and the problem."""
        number = _append(vocabulary_dir / name, line)
        with pytest.raises(VocabularyError) as caught:
            Vocabulary.load(vocabulary_dir)
        error = caught.value
        assert error.source == str(vocabulary_dir / name)
        assert error.entry == f"line {number}"
        assert problem in error.reason
        assert str(error).startswith(f"{vocabulary_dir / name}: line {number}: ")
        assert isinstance(error, ValueError)

    def test_a_missing_file_is_named(self, vocabulary_dir: Path) -> None:
        """A vocabulary directory without one of the data files names the missing file."""
        (vocabulary_dir / "adverbs.txt").unlink()
        with pytest.raises(VocabularyError, match="missing data file") as caught:
            Vocabulary.load(vocabulary_dir)
        assert caught.value.source == str(vocabulary_dir / "adverbs.txt")

    def test_a_file_not_in_utf8_is_named(self, vocabulary_dir: Path) -> None:
        """A data file that is not UTF-8 raises VocabularyError naming it."""
        (vocabulary_dir / "titles.txt").write_bytes("Président\n".encode("latin-1"))
        with pytest.raises(VocabularyError, match="not UTF-8") as caught:
            Vocabulary.load(vocabulary_dir)
        assert caught.value.source == str(vocabulary_dir / "titles.txt")

    def test_a_directory_that_is_not_there(self, tmp_path: Path) -> None:
        """Loading a vocabulary from a path that is not a directory names the path."""
        with pytest.raises(VocabularyError, match="not a directory") as caught:
            Vocabulary.load(tmp_path / "absent")
        assert caught.value.source == str(tmp_path / "absent")

    @pytest.mark.parametrize(
        ("table", "topic", "problem"),
        [
            ('[Bad-Id]\nlabel = "Bad"\nterms = ["bad"]', "Bad-Id", "topic ids"),
            ('[arctic]\nlabel = "Arctic"', "arctic", "terms are missing"),
            ('[arctic]\nlabel = "Arctic"\nterms = ["ice{"]', "arctic", "braces"),
            (
                '[arctic]\nlabel = "Arctic"\nterms = ["ice"]\ncontext = ["weather"]',
                "arctic",
                "context",
            ),
        ],
    )
    def test_a_bad_topic_in_the_vocabulary_names_file_and_topic(
        self, vocabulary_dir: Path, table: str, topic: str, problem: str
    ) -> None:
        """A bad topic in a vocabulary's topics.toml raises TaxonomyError naming file and topic."""
        _append(vocabulary_dir / "topics.toml", "\n" + table)
        with pytest.raises(TaxonomyError) as caught:
            Vocabulary.load(vocabulary_dir)
        assert caught.value.source == str(vocabulary_dir / "topics.toml")
        assert caught.value.entry == topic
        assert problem in caught.value.reason

    def test_broken_toml_in_the_vocabulary_names_the_file(self, vocabulary_dir: Path) -> None:
        """A topics.toml that is not TOML raises TaxonomyError naming the file."""
        _append(vocabulary_dir / "topics.toml", "[arctic")
        with pytest.raises(TaxonomyError, match="invalid TOML") as caught:
            Vocabulary.load(vocabulary_dir)
        assert caught.value.source == str(vocabulary_dir / "topics.toml")

    def test_a_taxonomy_file_in_another_encoding_names_the_file(self, tmp_path: Path) -> None:
        """A taxonomy file that is not UTF-8 raises TaxonomyError naming it."""
        path = tmp_path / "mine.toml"
        path.write_bytes('[cafe]\nlabel = "Café"\nterms = ["café"]\n'.encode("latin-1"))
        with pytest.raises(TaxonomyError, match="not UTF-8") as caught:
            Taxonomy.from_toml(path)
        assert caught.value.source == str(path)

    def test_phrases_with_regex_syntax_are_only_phrases(self) -> None:
        """Vocabulary entries that look like regular expressions are matched as plain phrases."""
        vocabulary = Vocabulary.default().extend(
            titles=["(((", "a|b", "\\", ".*", "Grand Vizier"],
            honorifics=["[x"],
            adverbs=["+?", "(?P<x>"],
            verbs=[("shouted(", "assert"), ("\\L<verbs>", "assert")],
        )
        text = invented("cn_mfa_talks") + "\nThe Grand Vizier .* said (((. He shouted( a|b."
        readout = readoutmodel.parse(text, vocabulary=vocabulary)
        assert readout.participants
        assert readout.statements


# -- JSON ----------------------------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
)
WRONG_VALUES = ([1.5], {"x": 1}, True, -1, 1.5)
"""Values that are wrong wherever they stand in a readout document, for the leaf they replace."""

_STEP = re.compile(r"\.(\w+)|\[(\d+)\]")


def _leaves(node: Any, path: str = "$") -> list[str]:
    """The JSONPath of every value inside ``node``, deepest first."""
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _leaves(value, f"{path}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _leaves(value, f"{path}[{index}]")
    return [*found, path]


def _parent(document: Any, path: str) -> tuple[Any, str | int]:
    steps = [key or int(index) for key, index in _STEP.findall(path)]
    node = document
    for step in steps[:-1]:
        node = node[step]
    return node, steps[-1]


def _related(path: str, other: str) -> bool:
    """Whether one path lies at or inside the other."""
    inner, outer = (path, other) if len(path) >= len(other) else (other, path)
    return inner == outer or inner.startswith((outer + ".", outer + "["))


def _read_or_refuse(document: str | bytes) -> None:
    """Read ``document``: a readout, or a SerializationError with a path."""
    try:
        readout = readoutmodel.from_json(document)
    except SerializationError as error:
        path = error.path
    else:
        assert isinstance(readout, Readout)
        return
    assert path.startswith("$")


def _document(text: str) -> dict[str, Any]:
    return readoutmodel.to_dict(readoutmodel.parse(text))


class TestJSON:
    @given(st.text() | st.binary())
    def test_any_text_or_bytes_is_a_readout_or_a_serialization_error(
        self, document: str | bytes
    ) -> None:
        """from_json of any text or bytes returns a readout or raises SerializationError."""
        _read_or_refuse(document)

    @given(JSON_VALUES)
    def test_any_json_value_is_a_readout_or_a_serialization_error(self, value: Any) -> None:
        """from_json of any JSON value returns a readout or raises SerializationError."""
        _read_or_refuse(json.dumps(value))

    @pytest.mark.parametrize("name", ["cn_mfa_talks", "ru_kremlin_initiative"])
    def test_every_truncation_is_a_syntax_error_at_the_root(self, name: str) -> None:
        """A document cut short anywhere raises SerializationError at $: the JSON is invalid."""
        document = readoutmodel.to_json(readoutmodel.parse(invented(name)))
        for cut in range(len(document)):
            with pytest.raises(SerializationError, match="invalid JSON") as caught:
                readoutmodel.from_json(document[:cut])
            assert caught.value.path == "$"

    @given(st.data())
    def test_a_wrong_value_is_refused_at_its_path(self, data: st.DataObject) -> None:
        """A value of the wrong kind anywhere in a document raises SerializationError whose
        path is the value's, or lies inside it or around it."""
        document = _document(data.draw(mutated(invented_texts())))
        path = data.draw(st.sampled_from(_leaves(document)[:-1]))
        wrong = data.draw(st.sampled_from(WRONG_VALUES))
        parent, step = _parent(document, path)
        if type(parent[step]) is type(wrong) and parent[step] == wrong:
            return  # the very same value
        broken = copy.deepcopy(document)
        _parent(broken, path)[0][step] = copy.deepcopy(wrong)
        with pytest.raises(SerializationError) as caught:
            readoutmodel.from_dict(broken)
        assert _related(caught.value.path, path), (path, caught.value.path)

    @given(st.data())
    def test_a_missing_key_is_refused(self, data: st.DataObject) -> None:
        """A document missing any key of any of its objects raises SerializationError."""
        document = _document(data.draw(mutated(invented_texts())))
        keyed = [path for path in _leaves(document)[:-1] if not path.endswith("]")]
        path = data.draw(st.sampled_from(keyed))
        broken = copy.deepcopy(document)
        parent, step = _parent(broken, path)
        del parent[step]
        with pytest.raises(SerializationError):
            readoutmodel.from_dict(broken)
