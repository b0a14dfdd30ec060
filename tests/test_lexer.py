"""The lexer: phrases, names, quotation marks and possessives, with their offsets."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readoutmodel.lexer import lex
from readoutmodel.patterns import CASE_EXTRAS, Grammar, _caseless, trie_pattern


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
                    (5, 14, "name", "Donald J."),
                    (14, 19, "name", "Trump"),
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
                "Deputy Secretary of State Wendy Sherman",
                [
                    (0, 6, "phrase", "Deputy"),
                    (7, 25, "phrase", "Secretary of State"),
                    (26, 39, "name", "Wendy Sherman"),
                ],
            ),
            (
                "PRIME MINISTER BORIS JOHNSON",
                [(0, 14, "phrase", "PRIME MINISTER"), (15, 28, "name", "Boris Johnson")],
            ),
            ("ſaid KING", [(0, 4, "phrase", "ſaid"), (5, 9, "phrase", "KING")]),
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


def test_case_extras() -> None:
    """The only characters beyond ASCII that match an ASCII one when case is ignored
    are the few the case-insensitive phrase patterns list."""
    everything = "".join(map(chr, range(0x80, 0x110000)))
    assert set(re.findall(r"(?i:[\x00-\x7f])", everything)) == set(CASE_EXTRAS)


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
