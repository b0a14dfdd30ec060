"""Taxonomies: the shipped topics, TOML files, brace alternatives, extending and errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from readoutmodel import Taxonomy, TaxonomyError, TopicDefinition, VocabularyError
from readoutmodel.patterns import Grammar
from readoutmodel.vocab import Vocabulary
from readoutmodel.vocab.taxonomy import CONTEXTS, expand

CORE = [
    "trade",
    "economy",
    "energy",
    "climate",
    "health",
    "defense",
    "nonproliferation",
    "terrorism",
    "human_rights",
    "technology",
    "people_to_people",
    "visits",
    "multilateral",
    "taiwan",
    "hong_kong",
    "xinjiang",
    "tibet",
    "south_china_sea",
    "korean_peninsula",
    "ukraine",
    "israel_palestine",
    "iran",
    "syria",
    "afghanistan",
    "migration",
    "food_security",
    "disaster",
]


class TestDefault:
    def test_core_topics_first(self) -> None:
        """The shipped taxonomy opens with every core topic of the annotation guidelines."""
        assert Taxonomy.default().ids[: len(CORE)] == tuple(CORE)

    def test_every_topic_is_described(self) -> None:
        """Every shipped topic has a label, a one-line description and terms."""
        for topic in Taxonomy.default().topics:
            assert topic.label
            assert topic.terms
            assert topic.description.endswith(".")
            assert "\n" not in topic.description

    def test_terms_are_clean(self) -> None:
        """Shipped terms are stripped, single-spaced and unique within their topic."""
        for topic in Taxonomy.default().topics:
            for phrase in topic.terms + topic.exclude:
                assert phrase == " ".join(phrase.split())
            spellings = [s for term in topic.terms for s in expand(term)]
            assert len(spellings) == len(set(spellings)), topic.id

    def test_contexts_are_known(self) -> None:
        """Every context a shipped topic asks for is one the grammar knows."""
        for topic in Taxonomy.default().topics:
            assert set(topic.context) <= set(CONTEXTS)

    def test_every_term_is_found(self, grammar: Grammar) -> None:
        """The compiled grammar finds every spelling of every term for its topic."""
        topics = grammar.topics
        for topic in Taxonomy.default().topics:
            excluded = {s for phrase in topic.exclude for s in expand(phrase)}
            for spelling in (s for term in topic.terms for s in expand(term)):
                if spelling in excluded:
                    continue
                lowered = spelling.lower()
                # the scan runs over the text in lower case, after a space
                found = topics.scan.search(f" {lowered}")
                assert found, spelling
                assert found.group("term") == lowered, spelling
                assert topic.id in topics.ids(spelling, lowered), spelling

    def test_exclusions_keep_other_topics(self, grammar: Grammar) -> None:
        """An exclusion of one topic keeps the terms of another inside it."""
        topics = grammar.topics
        assert topics.ids("economic and trade", "economic and trade") == ("trade",)
        assert topics.ids("grain exports", "grain exports") == ("food_security",)
        assert topics.ids("world economy", "world economy") == ()

    def test_capitals_match_as_written(self, grammar: Grammar) -> None:
        """A term written in capitals matches only as written."""
        topics = grammar.topics
        assert "health" in topics.ids("WHO", "who")
        assert topics.ids("who", "who") == ()

    def test_default_is_the_vocabulary_taxonomy(self) -> None:
        """Taxonomy.default() is the taxonomy of the default vocabulary."""
        assert Taxonomy.default() == Vocabulary.default().taxonomy

    def test_topic_cue_kinds(self) -> None:
        """The topic cues of the shipped vocabulary are lower case and cover each kind."""
        cues = Vocabulary.default().topic_cues
        kinds = {kind for kind, _ in cues}
        assert kinds == {
            "acquiring",
            "ahead",
            "awaiting",
            "current",
            "demonstrative",
            "host",
            "joining",
            "later",
            "member",
            "organ",
            "own",
            "owner",
            "possessive",
            "preparing",
            "self",
            "stop",
            "vague",
            "verbal",
        }
        assert all(phrase == phrase.lower() for _, phrase in cues)


class TestExpand:
    @pytest.mark.parametrize(
        ("phrase", "spellings"),
        [
            ("Taiwan", ("Taiwan",)),
            ("tariff{,s}", ("tariff", "tariffs")),
            ("defen{s,c}e", ("defense", "defence")),
            ("{economic,trade} ties", ("economic ties", "trade ties")),
            ("meet {the,} needs", ("meet the needs", "meet needs")),
            ("{a,b} {c,d}", ("a c", "a d", "b c", "b d")),
        ],
    )
    def test_spellings(self, phrase: str, spellings: tuple[str, ...]) -> None:
        """Braces give every alternative, in order, with spaces normalised."""
        assert expand(phrase) == spellings

    @pytest.mark.parametrize("phrase", ["tariff{,s", "tariff,s}", "{a{b,c}}"])
    def test_unbalanced(self, phrase: str) -> None:
        """Unbalanced or nested braces are an error."""
        with pytest.raises(ValueError, match="braces"):
            expand(phrase)


class TestToml:
    def test_read(self, tmp_path: Path) -> None:
        """A file with one table per topic reads into definitions in file order."""
        path = tmp_path / "topics.toml"
        path.write_text(
            '[arctic]\nlabel = "Arctic"\nterms = ["Arctic", "polar region{,s}"]\n\n'
            '[summits]\nlabel = "Summits"\ndescription = "Summits."\n'
            'terms = ["summit"]\nexclude = ["summit meeting"]\ncontext = ["engagement"]\n',
            encoding="utf-8",
        )
        taxonomy = Taxonomy.from_toml(path)
        assert taxonomy.ids == ("arctic", "summits")
        assert taxonomy.get("summits") == TopicDefinition(
            "summits", "Summits", ("summit",), "Summits.", ("summit meeting",), ("engagement",)
        )

    @pytest.mark.parametrize(
        ("toml", "topic", "problem"),
        [
            ('[arctic]\nlabel = "Arctic"\n', "arctic", "terms are missing"),
            ('[arctic]\nterms = ["Arctic"]\n', "arctic", "label must be a non-empty string"),
            ('[arctic]\nlabel = "A"\nterms = []\n', "arctic", "terms must not be empty"),
            ('[arctic]\nlabel = "A"\nterms = "Arctic"\n', "arctic", "terms must be a list"),
            ('[arctic]\nlabel = "A"\nterms = ["Arctic", 3]\n', "arctic", "terms[1]"),
            ('[arctic]\nlabel = "A"\nterms = ["Arc{tic"]\n', "arctic", "braces"),
            ('[arctic]\nlabel = "A"\nterms = ["polar *"]\n', "arctic", "word slot"),
            (
                '[arctic]\nlabel = "A"\nterms = ["ice"]\nexclude = ["{,*} ice"]\n',
                "arctic",
                "opens with a word",
            ),
            ('[arctic]\nlabel = "A"\nterms = ["A"]\nlabels = "B"\n', "arctic", "unknown key"),
            ('[arctic]\nlabel = "A"\nterms = ["A"]\ncontext = ["x"]\n', "arctic", "context"),
            ('[Arctic-Region]\nlabel = "A"\nterms = ["A"]\n', "Arctic-Region", "topic ids"),
            ("arctic = 3\n", "arctic", "a topic is a table"),
        ],
    )
    def test_errors_name_file_topic_and_problem(
        self, tmp_path: Path, toml: str, topic: str, problem: str
    ) -> None:
        """A bad topic raises TaxonomyError naming the file, the topic and the problem."""
        path = tmp_path / "mine.toml"
        path.write_text(toml, encoding="utf-8")
        with pytest.raises(TaxonomyError) as caught:
            Taxonomy.from_toml(path)
        error = caught.value
        assert error.source == str(path)
        assert error.entry == topic
        assert problem in error.reason
        assert str(error).startswith(f"{path}: {topic}: ")

    def test_invalid_toml(self, tmp_path: Path) -> None:
        """A file that is not TOML raises TaxonomyError naming the file."""
        path = tmp_path / "mine.toml"
        path.write_text("[arctic\n", encoding="utf-8")
        with pytest.raises(TaxonomyError, match="invalid TOML") as caught:
            Taxonomy.from_toml(path)
        assert caught.value.source == str(path)

    def test_missing_file(self, tmp_path: Path) -> None:
        """A file that cannot be read raises TaxonomyError naming it."""
        path = tmp_path / "absent.toml"
        with pytest.raises(TaxonomyError, match="cannot read") as caught:
            Taxonomy.from_toml(path)
        assert caught.value.source == str(path)

    def test_empty_file(self, tmp_path: Path) -> None:
        """A file without topics is an error."""
        path = tmp_path / "empty.toml"
        path.write_text("# nothing yet\n", encoding="utf-8")
        with pytest.raises(TaxonomyError, match="no topics"):
            Taxonomy.from_toml(path)

    @pytest.mark.parametrize(
        ("arguments", "problem"),
        [
            ({"id": "Arctic", "label": "A", "terms": ("a",)}, "topic ids"),
            ({"id": "arctic", "label": "", "terms": ("a",)}, "label"),
            ({"id": "arctic", "label": "A", "terms": ()}, "terms must not be empty"),
            ({"id": "arctic", "label": "A", "terms": ("a{b",)}, "braces"),
            ({"id": "arctic", "label": "A", "terms": ("a",), "context": ("x",)}, "context"),
        ],
    )
    def test_python_definitions_are_checked(self, arguments: dict[str, Any], problem: str) -> None:
        """A bad definition built in Python raises TaxonomyError naming the topic."""
        with pytest.raises(TaxonomyError, match=problem) as caught:
            TopicDefinition(**arguments)
        assert caught.value.entry == arguments["id"]

    def test_one_term_as_a_string(self) -> None:
        """A single string for terms is one term, not a list of letters."""
        assert TopicDefinition("arctic", "Arctic", "Arctic").terms == ("Arctic",)

    def test_errors_are_value_errors(self) -> None:
        """TaxonomyError is a VocabularyError and a ValueError."""
        with pytest.raises(ValueError, match="label"):
            Taxonomy.from_toml_text('[a]\nterms = ["A"]\n')
        assert issubclass(TaxonomyError, VocabularyError)


class TestExtend:
    ONE = TopicDefinition("arctic", "Arctic", ("Arctic",))
    TWO = TopicDefinition("space", "Space", ("outer space",))

    def test_adds_at_the_end(self) -> None:
        """New topics come after the existing ones."""
        taxonomy = Taxonomy((self.ONE,)).extend([self.TWO])
        assert taxonomy.ids == ("arctic", "space")

    def test_replaces_in_place(self) -> None:
        """A topic whose id exists replaces it where it stood."""
        other = TopicDefinition("arctic", "The Arctic", ("polar",))
        taxonomy = Taxonomy((self.ONE, self.TWO)).extend(Taxonomy((other,)))
        assert taxonomy.ids == ("arctic", "space")
        assert taxonomy.get("arctic") == other

    def test_is_immutable(self) -> None:
        """Extending returns a new taxonomy and leaves the old one as it was."""
        taxonomy = Taxonomy((self.ONE,))
        taxonomy.extend([self.TWO])
        assert taxonomy.ids == ("arctic",)

    def test_without(self) -> None:
        """Topics can be dropped by id."""
        assert Taxonomy((self.ONE, self.TWO)).without("arctic").ids == ("space",)

    def test_duplicate_ids(self) -> None:
        """Two topics with one id in one taxonomy is an error."""
        with pytest.raises(TaxonomyError, match="defined twice"):
            Taxonomy((self.ONE, self.ONE))

    def test_membership(self) -> None:
        """``in`` asks for a topic id."""
        taxonomy = Taxonomy((self.ONE,))
        assert "arctic" in taxonomy
        assert "space" not in taxonomy
