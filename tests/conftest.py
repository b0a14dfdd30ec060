"""Shared fixtures: the compiled default grammar and the invented readouts in ``readouts/``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from readoutmodel.patterns import Grammar, compile_grammar
from readoutmodel.vocab import Vocabulary

READOUTS = Path(__file__).parent / "readouts"


def read_readout(name: str) -> str:
    """The text of ``readouts/<name>.txt``, exactly as stored."""
    return (READOUTS / f"{name}.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def grammar() -> Grammar:
    """The grammar compiled from the shipped English vocabulary."""
    return compile_grammar(Vocabulary.default())


@pytest.fixture(scope="session")
def load_readout() -> Callable[[str], str]:
    """A function that returns the text of one of the invented readouts by name."""
    return read_readout
