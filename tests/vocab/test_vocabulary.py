"""The shipped vocabulary: every data file known to the loader, entries normalised and
unique, bad files reported with their file and line."""

from __future__ import annotations

import collections
import importlib.resources
import shutil
from collections.abc import Hashable, Sequence
from pathlib import Path

import pytest

import readoutmodel
from readoutmodel import VerbCategory, VocabularyError
from readoutmodel.model import COUNTRY_RE
from readoutmodel.vocab import DATA_FILES, ChromeRule, Verb, Vocabulary

DATA = importlib.resources.files("readoutmodel.vocab") / "data" / "en"


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return Vocabulary.default()


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "en"
    target.mkdir()
    for name in DATA_FILES:
        (target / name).write_text((DATA / name).read_text(encoding="utf-8"), encoding="utf-8")
    return target


def _duplicates(items: Sequence[Hashable]) -> list[Hashable]:
    return [item for item, count in collections.Counter(items).items() if count > 1]


class TestFiles:
    """The data directory and the loader agree."""

    def test_every_file_is_loaded(self) -> None:
        """Every file in the data directory is one the loader reads, and the other way round."""
        present = {entry.name for entry in DATA.iterdir() if entry.is_file()}
        assert present == set(DATA_FILES)

    def test_every_file_opens_with_a_comment(self) -> None:
        """Each data file says what belongs in it before its first entry."""
        for name in DATA_FILES:
            first = (DATA / name).read_text(encoding="utf-8").lstrip().splitlines()[0]
            assert first.startswith("#"), name

    def test_a_copy_loads_equal(self, tmp_path: Path, vocabulary: Vocabulary) -> None:
        """Loading a copy of the shipped directory gives the shipped vocabulary."""
        assert Vocabulary.load(_copy(tmp_path), "en") == vocabulary


class TestEntries:
    """Entries are well formed and appear once."""

    def test_verbs_are_unique_and_inflected(self, vocabulary: Vocabulary) -> None:
        """Each reporting verb appears once of each kind (the verb "exchange" and the noun
        "exchange" are two) and every form is lower case."""
        phrases = [(verb.phrase, verb.kind) for verb in vocabulary.verbs]
        assert not _duplicates(phrases)
        for verb in vocabulary.verbs:
            for form in verb.forms():
                assert form == form.lower(), verb
                assert form.strip() == form, verb

    def test_past_forms_of_regular_verbs(self, vocabulary: Vocabulary) -> None:
        """Regular verbs get their forms by rule: stressed, stressing, stresses."""
        stress = next(v for v in vocabulary.verbs if v.phrase == "stress")
        assert (stress.past, stress.ing, stress.third) == ("stressed", "stressing", "stresses")
        point = next(v for v in vocabulary.verbs if v.phrase == "point out")
        assert point.past == "pointed out"

    @pytest.mark.parametrize(
        "field", ["titles", "honorifics", "abbreviations", "adverbs", "stopwords", "relays"]
    )
    def test_lists_have_no_duplicates(self, vocabulary: Vocabulary, field: str) -> None:
        """Word lists hold each entry once."""
        entries = list(getattr(vocabulary, field))
        assert not _duplicates(entries)
        assert all(entry == entry.strip() and entry for entry in entries)

    def test_countries(self, vocabulary: Vocabulary) -> None:
        """Every code is valid and appears once; no name, demonym or capital is shared."""
        import re

        codes = [country.code for country in vocabulary.countries]
        assert not _duplicates(codes)
        assert all(re.fullmatch(COUNTRY_RE, code) for code in codes)
        for field in ("names", "capitals"):
            spellings = [s.casefold() for c in vocabulary.countries for s in getattr(c, field)]
            assert not _duplicates(spellings), field
        assert {"CN", "US", "RU", "GB", "EU", "UN", "NATO"} <= set(codes)
        assert len(codes) >= 249

    def test_references_and_chrome_use_known_kinds(self, vocabulary: Vocabulary) -> None:
        """Every reference and chrome rule has a kind the parser knows."""
        assert all(ref.kind for ref in vocabulary.references)
        assert {rule.kind for rule in vocabulary.chrome} <= {
            "line",
            "prefix",
            "suffix",
            "contains",
            "crumb",
            "tail",
            "preface",
            "label",
        }

    def test_reference_alternatives_are_spelled_out(self, vocabulary: Vocabulary) -> None:
        """A reference written with alternatives in braces is each of its spellings."""
        kinds = {ref.phrase: ref.kind for ref in vocabulary.references}
        assert kinds["all four ministers"] == "group"
        assert kinds["the three officials"] == "group"
        assert kinds["both diplomats"] == "pair"
        assert not any("{" in phrase or "}" in phrase for phrase in kinds)

    def test_grammar_words(self, vocabulary: Vocabulary) -> None:
        """The grammar words include the English determiners and sentence marks."""
        assert "the" in vocabulary.words.determiners
        assert "." in vocabulary.words.terminal


class TestErrors:
    """A bad data file is reported with its file and entry."""

    def test_bad_category(self, tmp_path: Path) -> None:
        """An unknown verb category names the file and the line."""
        directory = _copy(tmp_path)
        with (directory / "verbs.tsv").open("a", encoding="utf-8") as handle:
            handle.write("murmur\twhisper\n")
        with pytest.raises(VocabularyError) as raised:
            Vocabulary.load(directory, "en")
        assert raised.value.source.endswith("verbs.tsv")
        assert raised.value.entry is not None
        assert raised.value.entry.startswith("line ")
        assert "whisper" in str(raised.value)

    def test_bad_country_code(self, tmp_path: Path) -> None:
        """A country code that is not ISO 3166-1 alpha-2 (or EU, UN, NATO) is refused."""
        directory = _copy(tmp_path)
        with (directory / "countries.tsv").open("a", encoding="utf-8") as handle:
            handle.write("XYZ\tFreedonia\tFreedonian\t-\n")
        with pytest.raises(VocabularyError, match="XYZ"):
            Vocabulary.load(directory, "en")

    @pytest.mark.parametrize(
        ("name", "line", "message"),
        [
            ("people.tsv", "XYZ\tJan Novak\tPresident\t2001-2005\n", "XYZ"),
            ("people.tsv", "CZ\tJan Novak\tPresident\t2005-2001\n", "2005-2001"),
            ("people.tsv", "CZ\tJan Novak\tPresident\n", "4 non-empty"),
            ("given_names.tsv", "Jana\tshe\tCZ\n", "tab-separated"),
            ("given_names.tsv", "Jana\twoman\n", "he or she"),
        ],
    )
    def test_bad_shared_row(self, tmp_path: Path, name: str, line: str, message: str) -> None:
        """A directory's own people.tsv and given_names.tsv are read instead of the
        package's, and checked: the error names the file and the line."""
        directory = _copy(tmp_path)
        (directory / name).write_text("# rows\n" + line, encoding="utf-8")
        with pytest.raises(VocabularyError, match=message) as raised:
            Vocabulary.load(directory, "en")
        assert raised.value.source.endswith(name)
        assert raised.value.entry == "line 2"

    def test_shipped_given_names(self) -> None:
        """The shipped given names say "he" or "she", each name once."""
        names = Vocabulary.default().given_names
        assert ("Giorgia", "she") in names
        assert ("Keir", "he") in names
        assert len({name for name, _ in names}) == len(names)

    def test_own_people(self, tmp_path: Path) -> None:
        """A directory's own people.tsv replaces the package's."""
        directory = _copy(tmp_path)
        (directory / "people.tsv").write_text("CZ\tJan Novak\tPresident\t2001-2005\n")
        people = Vocabulary.load(directory, "en").people
        assert [(p.country, p.names, p.years) for p in people] == [
            ("CZ", ("Jan Novak",), ((2001, 2005),))
        ]

    def test_missing_file(self, tmp_path: Path) -> None:
        """A directory without a data file names the missing file."""
        directory = _copy(tmp_path)
        (directory / "titles.txt").unlink()
        with pytest.raises(VocabularyError, match=r"titles\.txt"):
            Vocabulary.load(directory, "en")

    @pytest.mark.parametrize("line", ["Premier ~\n", "= Prime Minister\n"])
    def test_a_title_pair_needs_both_offices(self, tmp_path: Path, line: str) -> None:
        """ "Other = Office" and "Office ~ Office" need an office on each side."""
        directory = _copy(tmp_path)
        with (directory / "titles.txt").open("a", encoding="utf-8") as handle:
            handle.write(line)
        with pytest.raises(VocabularyError, match="each side") as raised:
            Vocabulary.load(directory, "en")
        assert raised.value.source.endswith("titles.txt")
        assert raised.value.entry is not None
        assert raised.value.entry.startswith("line ")

    def test_unbalanced_braces_in_a_reference(self, tmp_path: Path) -> None:
        """A reference whose braces do not close names the file and the line."""
        directory = _copy(tmp_path)
        with (directory / "references.tsv").open("a", encoding="utf-8") as handle:
            handle.write("the {two,three leaders\tgroup\n")
        with pytest.raises(VocabularyError, match="braces") as raised:
            Vocabulary.load(directory, "en")
        assert raised.value.source.endswith("references.tsv")
        assert raised.value.entry is not None
        assert raised.value.entry.startswith("line ")

    def test_offices_of_one_kind(self, vocabulary: Vocabulary) -> None:
        """ "Premier ~ Prime Minister" stays two offices, paired as of one kind."""
        assert ("Premier", "Prime Minister") in vocabulary.title_kin
        assert "Premier" in vocabulary.titles

    def test_wrong_columns(self, tmp_path: Path) -> None:
        """A row with the wrong number of columns is refused with its line."""
        directory = _copy(tmp_path)
        with (directory / "issuers.tsv").open("a", encoding="utf-8") as handle:
            handle.write("Foreign Office\n")
        with pytest.raises(VocabularyError, match="columns"):
            Vocabulary.load(directory, "en")

    def test_not_a_directory(self, tmp_path: Path) -> None:
        """Loading from a path that is not a directory says so."""
        with pytest.raises(VocabularyError, match="not a directory"):
            Vocabulary.load(tmp_path / "nowhere")


class TestExtending:
    """Users add entries without changing the shipped vocabulary."""

    def test_extend_is_new(self, vocabulary: Vocabulary) -> None:
        """extend() returns a new vocabulary and leaves the default as it was."""
        more = vocabulary.extend(titles=["Grand Vizier"], verbs=[("surmise", "assert")])
        assert "Grand Vizier" in more.titles
        assert "Grand Vizier" not in vocabulary.titles
        assert any(verb.phrase == "surmise" for verb in more.verbs)
        assert Vocabulary.default() is vocabulary

    def test_extended_vocabulary_parses(self, vocabulary: Vocabulary) -> None:
        """A verb the default does not know is read as a reporting verb once added."""
        text = (
            "Prime Minister Ana Silva spoke with President Jon Berg.\n\n"
            "Prime Minister Silva surmised that the talks were useful."
        )
        assert not readoutmodel.parse(text).statements
        surmising = vocabulary.extend(verbs=[("surmise", "assert")])
        readout = readoutmodel.parse(text, vocabulary=surmising)
        assert [s.verb for s in readout.statements] == ["surmised"]

    def test_extend_with_chrome(self, vocabulary: Vocabulary) -> None:
        """A chrome rule added by a user keeps a line out of the body."""
        more = vocabulary.extend(chrome=[ChromeRule("line", "Our Newsroom")])
        text = "Our Newsroom\n\nPresident Jon Berg spoke with Prime Minister Ana Silva today."
        assert readoutmodel.parse(text, vocabulary=more).title is None

    def test_unknown_list(self, vocabulary: Vocabulary) -> None:
        """Extending a list that cannot be extended is a TypeError naming it."""
        with pytest.raises(TypeError, match="colours"):
            vocabulary.extend(colours=["red"])


def test_vocabulary_does_not_touch_the_package(tmp_path: Path) -> None:
    """A user's directory is read where it is; the package data stays as shipped."""
    directory = _copy(tmp_path)
    shutil.rmtree(directory)
    assert (DATA / "verbs.tsv").is_file()


@pytest.mark.parametrize("noun_first", [True, False])
def test_a_noun_of_an_act_wins_over_a_verb_of_the_same_spelling(
    vocabulary: Vocabulary, noun_first: bool
) -> None:
    """A word that is both a noun of an act and a verb's base form ("exchange") is read
    as the noun after "had", whichever the vocabulary lists first; the verb keeps its
    past."""
    noun = Verb("parley", VerbCategory.DISCUSS, kind="noun")
    verb = Verb("parley", VerbCategory.DISCUSS, past="parleyed", participle="parleyed")
    more = vocabulary.extend(verbs=[noun, verb] if noun_first else [verb, noun])
    text = (
        "President Jon Berg spoke with Prime Minister Ana Silva.\n\n"
        "The two leaders had a long parley on trade. President Berg parleyed with the"
        " Prime Minister on energy."
    )
    readout = readoutmodel.parse(text, vocabulary=more)
    assert [s.verb for s in readout.statements] == ["parley", "parleyed"]


def test_an_office_of_one_government_is_read_with_its_code(tmp_path: Path) -> None:
    """ "Office<TAB>CODE" in titles.txt is an office like any other, held by that
    government alone."""
    directory = _copy(tmp_path)
    with (directory / "titles.txt").open("a", encoding="utf-8") as handle:
        handle.write("Grand Vizier\tTR\n")
    vocabulary = Vocabulary.load(directory, "en")
    assert "Grand Vizier" in vocabulary.titles
    assert ("Grand Vizier", "TR") in vocabulary.office_countries
    assert all(one != "Grand Vizier" for one, _ in vocabulary.title_kin)
