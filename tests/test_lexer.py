"""The lexer: phrases, names, quotation marks and possessives, with their offsets."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readoutmodel import lexer
from readoutmodel.lexer import lex
from readoutmodel.patterns import CASE_EXTRAS, Grammar, _ascii_caseless, _caseless, trie_pattern


def _lexemes(text: str, grammar: Grammar) -> list[tuple[int, int, str, str]]:
    return [(lx.start, lx.end, lx.kind, lx.text) for lx in lex(text, grammar).items]


class TestLexemes:
    """What the lexer finds, wherever it stands."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                '"Xi said',
                [(0, 1, "quote", '"'), (1, 3, "name", "Xi"), (4, 8, "phrase", "said")],
            ),
            (
                "met “Donald J.Trump” in Biden’s office",
                [
                    (0, 3, "phrase", "met"),
                    (4, 5, "quote", "“"),
                    (5, 19, "name", "Donald J.Trump"),  # an initial runs into the name
                    (19, 20, "quote", "”"),
                    (24, 29, "name", "Biden"),
                    (29, 31, "possessive", "’s"),
                ],
            ),
            (
                "the Hamas' leaders",
                [
                    (4, 9, "name", "Hamas"),
                    (9, 10, "possessive", "'"),
                    (11, 18, "phrase", "leaders"),
                ],
            ),
            (
                "Deputy Secretary of Defense Kathleen Hicks",
                [
                    (0, 6, "phrase", "Deputy"),
                    (7, 27, "phrase", "Secretary of Defense"),
                    (28, 42, "name", "Kathleen Hicks"),
                ],
            ),
            (
                "PRIME MINISTER BORIS JOHNSON",
                [(0, 14, "phrase", "PRIME MINISTER"), (15, 28, "name", "Boris Johnson")],
            ),
            ("ſaid KING", [(0, 4, "phrase", "ſaid"), (5, 9, "phrase", "KING")]),
            # after a particle, a word of the name, though the lexicon knows it ("Said")
            (
                "Sultan Faisal bin Tarik Al Said",
                [(0, 6, "phrase", "Sultan"), (7, 31, "name", "Faisal bin Tarik Al Said")],
            ),
            # after "of", a capital city that opens a run is the place, then the person
            (
                "Governor of Abu Dhabi Omar bin Zayed",
                [
                    (0, 8, "phrase", "Governor"),
                    (12, 21, "name", "Abu Dhabi"),
                    (22, 36, "name", "Omar bin Zayed"),
                ],
            ),
            ("Abu Dhabi Omar bin Zayed", [(0, 24, "name", "Abu Dhabi Omar bin Zayed")]),
            (
                "Chairman of Tokyo Metropolitan Assembly",
                [(0, 8, "phrase", "Chairman"), (12, 39, "name", "Tokyo Metropolitan Assembly")],
            ),
            # in capitals too: "BIDEN'S" is "BIDEN" and a possessive, "O'BRIEN" one name
            (
                "PRESIDENT BIDEN'S CALL WITH MARY O'BRIEN",
                [
                    (0, 9, "phrase", "PRESIDENT"),
                    (10, 15, "name", "BIDEN"),
                    (15, 17, "possessive", "'S"),
                    (18, 22, "phrase", "CALL"),
                    (28, 40, "name", "Mary O'Brien"),
                ],
            ),
            (
                "General Secretary Lam met China's UN envoy",
                [
                    (0, 17, "phrase", "General Secretary"),
                    (18, 21, "name", "Lam"),
                    (22, 25, "phrase", "met"),
                    (26, 31, "phrase", "China"),
                    (31, 33, "possessive", "'s"),
                    (34, 36, "phrase", "UN"),
                    (37, 42, "phrase", "envoy"),
                ],
            ),
        ],
    )
    def test_lexemes(self, grammar: Grammar, text: str, expected: list[object]) -> None:
        """Each lexeme is found once, at its offsets, after any character but a letter."""
        assert _lexemes(text, grammar) == expected

    def test_lines(self, grammar: Grammar) -> None:
        """A lexeme that opens a line is found there, and none runs over to the next."""
        text = "Xi\nJinping said"
        found = lex(text, grammar, [(0, 2), (3, len(text))]).items
        assert [(lx.text, lx.line) for lx in found] == [("Xi", 0), ("Jinping", 1), ("said", 1)]


class TestPlans:
    """What a match makes is worked out once and laid down wherever it stands."""

    FRAGMENTS = (
        "Donald J.",
        "Trump",
        "J.Trump",
        "of",
        "Abu Dhabi Omar",
        "General",
        "General Secretary",
        "Deputy Secretary of State",
        "Deputy Prime Minister",
        "Prime Minister",
        "Biden’s",
        "Hamas'",
        "“Xi",
        "said",
        "Foreign Affairs Anna Kowalska",
        "PRIME MINISTER",
        "the",
        ",",
        "\n",
    )

    @given(
        st.lists(st.sampled_from(FRAGMENTS), max_size=12),
        st.lists(st.sampled_from(FRAGMENTS), max_size=12),
    )
    @settings(max_examples=200)
    def test_the_same_with_plans_or_without(
        self, grammar: Grammar, first: list[str], second: list[str]
    ) -> None:
        """A text lexed after others, with the plans of their matches, gives what it gives
        lexed first, and what it gives again."""
        text = " ".join(second).replace(" \n ", "\n")
        lexer._plans(grammar).clear()
        alone = _lexemes(text, grammar)
        lexer._plans(grammar).clear()
        _lexemes(" ".join(first), grammar)
        _lexemes(" ".join(reversed(first)) + "".join(first), grammar)
        assert _lexemes(text, grammar) == alone
        assert _lexemes(text, grammar) == alone

    def test_the_plans_are_bounded(self, grammar: Grammar, monkeypatch: pytest.MonkeyPatch) -> None:
        """The plans kept are cleared when they reach their bound, lexing on as before."""
        text = " ".join(f"President Name{chr(65 + i)}son said" for i in range(20))
        lexer._plans(grammar).clear()
        expected = _lexemes(text, grammar)
        lexer._plans(grammar).clear()
        monkeypatch.setattr(lexer, "_PLANS", 5)
        assert _lexemes(text, grammar) == expected
        assert 0 < len(lexer._plans(grammar)) <= 5
        assert [lx[3] for lx in expected if lx[2] == "name"] == [
            f"Name{chr(65 + i)}son" for i in range(20)
        ]


def test_case_extras() -> None:
    """The only characters beyond ASCII that match an ASCII one when case is ignored
    are the few the case-insensitive phrase patterns list."""
    everything = "".join(map(chr, range(0x80, 0x110000)))
    assert set(re.findall(r"(?i:[\x00-\x7f])", everything)) == set(CASE_EXTRAS)


@pytest.mark.parametrize("ch", [chr(code) for code in range(0x20, 0x7F)])
def test_caseless_letter(ch: str) -> None:
    """A character of a case-insensitive phrase matches what it matches when case is
    ignored, written as a class the engine tests before it tries the branch unless a
    character beyond ASCII is among them, which would make the class slow to compile."""
    candidates = {chr(code) for code in range(0x80)} | set(CASE_EXTRAS)
    pattern = _caseless(ch)
    expected = {c for c in candidates if re.fullmatch(re.escape(ch), c, re.IGNORECASE)}
    assert {c for c in candidates if re.fullmatch(pattern, c)} == expected
    assert pattern.startswith("(?i:") == any(not c.isascii() for c in expected)


class TestCaseExtras:
    """The letters beyond ASCII that match an ASCII one when case is ignored ("ſ", the
    Kelvin sign "\u212a", "İ", "ı") are matched in phrases by a grammar of their own."""

    @pytest.mark.parametrize(
        "text", ["President Xi said", "“Quoted” in Zürich, Łódź and Москва", ""]
    )
    def test_other_texts_keep_the_grammar(self, grammar: Grammar, text: str) -> None:
        """A text without one of the letters is lexed with the grammar as compiled."""
        assert grammar.for_text(text) is grammar

    @pytest.mark.parametrize("extra", list(CASE_EXTRAS))
    def test_a_text_with_one_gets_the_grammar_for_them(self, grammar: Grammar, extra: str) -> None:
        """A text with one of the letters gets the other grammar, made once and kept."""
        other = grammar.for_text(f"the {extra} envoy")
        assert other is not grammar
        assert other.case_extras
        assert not grammar.case_extras
        assert grammar.for_text(f"{CASE_EXTRAS} again") is other
        assert other.for_text("plain") is other
        assert other.folded is grammar.folded  # the lexicon is shared, not made again

    @pytest.mark.parametrize(
        ("text", "plain"),
        [
            ("The Prime Minister than\u212aed him", "The Prime Minister thanked him"),
            ("PRESIDENT Xi \u017ftressed it", "PRESIDENT Xi stressed it"),
        ],
    )
    def test_phrases_read_as_in_ascii(self, grammar: Grammar, text: str, plain: str) -> None:
        """A phrase written with one of the letters is the phrase its ASCII spelling is."""
        found = lex(text, grammar).items
        expected = lex(plain, grammar).items
        assert [(lx.start, lx.end, lx.kind, lx.entry) for lx in found] == [
            (lx.start, lx.end, lx.kind, lx.entry) for lx in expected
        ]
        assert [lx.text for lx in found] == [text[lx.start : lx.end] for lx in found]

    def test_only_the_grammar_for_them_matches_them(self, grammar: Grammar) -> None:
        """The phrase patterns of the grammar for other texts do not match the letters."""
        text = "he \u017ftressed"
        found = grammar.for_text(text).lexer.finditer(text)
        assert [m.group("phrase") for m in found] == ["\u017ftressed"]
        assert [m.group("phrase") for m in grammar.lexer.finditer(text)] == []

    @pytest.mark.parametrize("ch", [chr(code) for code in range(0x20, 0x7F)])
    def test_each_character(self, ch: str) -> None:
        """A character of a case-insensitive phrase matches what it matches when case is
        ignored, in the grammar for the letters; in the other, the same less them, and
        always as a class that the engine tests before it enters the branch."""
        candidates = {chr(code) for code in range(0x80)} | set(CASE_EXTRAS)
        expected = {c for c in candidates if re.fullmatch(re.escape(ch), c, re.IGNORECASE)}
        assert {c for c in candidates if re.fullmatch(_caseless(ch), c)} == expected
        plain = _ascii_caseless(ch)
        assert {c for c in candidates if re.fullmatch(plain, c)} == expected - set(CASE_EXTRAS)
        assert not plain.startswith("(?")


class TestSlicing:
    """The lexemes of a stretch of text, read by offsets."""

    TEXT = "President Xi Jinping said the two sides agreed."

    @pytest.mark.parametrize(
        ("start", "end"),
        [(0, 48), (9, 48), (10, 20), (13, 26), (21, 25), (25, 48), (26, 29), (40, 48), (48, 48)],
    )
    def test_first_is_the_first_of_between(self, grammar: Grammar, start: int, end: int) -> None:
        """first() is the first lexeme between() gives for the same offsets, or None."""
        lexemes = lex(self.TEXT, grammar)
        inside = lexemes.between(start, end)
        assert lexemes.first(start, end) == (inside[0] if inside else None)

    def test_first_passes_over_a_lexeme_running_past_the_end(self, grammar: Grammar) -> None:
        """A lexeme that starts inside but ends beyond the stretch is not its first."""
        lexemes = lex(self.TEXT, grammar)
        assert lexemes.first(10, 14) is None  # "Xi Jinping" runs past 14
        whole = lexemes.first(10, 20)
        assert whole is not None
        assert whole.text == "Xi Jinping"


class TestTrie:
    """A trie of phrases matches what the alternation of the phrases matches."""

    WORDS = ("said", "stressed", "state", "state council", "kelvin", "ısrar", "über", "a", "zone")

    @given(st.text(alphabet="aAsSkKtTzZeEdDıİſ\u212aüÜ rl", max_size=12))
    @settings(max_examples=300)
    def test_halves_match_as_the_alternation(self, text: str) -> None:
        """Split into halves behind lookaheads or not, a case-insensitive trie matches the
        longest phrase that opens the text, in any case, as an alternation would."""
        longest_first = sorted(self.WORDS, key=len, reverse=True)
        alternation = re.compile("(?i:" + "|".join(map(re.escape, longest_first)) + ")")
        expected = alternation.match(text)
        for halves in (False, True):
            trie = re.compile(trie_pattern(self.WORDS, _caseless, halves=halves))
            found = trie.match(text)
            assert (found and found.group()) == (expected and expected.group())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("King Abdullah II bin Al Hussein met", "Abdullah II bin Al Hussein"),
        ("King Mohammed VI bin Hassan met", "Mohammed VI bin Hassan"),
        ("King Charles III met", "Charles III"),
    ],
)
def test_a_regnal_number_within_a_name(text: str, name: str, grammar: Grammar) -> None:
    """A regnal number followed by "bin" and a name is inside the name, not its end."""
    names = [lx.text for lx in lex(text, grammar).items if lx.kind == "name"]
    assert names == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Last November, President Hu Ming paid a visit", "Hu Ming"),
        ("Next Spring Hu Ming will travel", "Spring Hu Ming"),
    ],
)
def test_a_time_word_opens_no_name(text: str, name: str, grammar: Grammar) -> None:
    """ "Last" and "Next" are no words of a name: "Last November" names no one."""
    items = lex(text, grammar).items
    assert items[0].start == 5
    assert name in [lx.text for lx in items if lx.kind == "name"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "spoke with the Crown Prince of Abu Dhabi Sheikh Khalid bin Saif Al Mansoori today",
            ["Abu Dhabi", "Sheikh Khalid bin Saif Al Mansoori"],
        ),
        ("met the Emir of Qatar Sheikh Nasser bin Fahad", ["Qatar", "Sheikh Nasser bin Fahad"]),
        ("met Sheikh Nasser bin Fahad Al Thani", ["Sheikh Nasser bin Fahad Al Thani"]),
    ],
)
def test_a_kept_style_opens_a_name(text: str, names: list[str], grammar: Grammar) -> None:
    """A style that stays in a name ("Sheikh") opens a name after a place: the place
    is one run, the person another."""
    found = [lx.text for lx in lex(text, grammar).items if lx.kind in ("name", "phrase")]
    assert [name for name in found if name in names] == names
