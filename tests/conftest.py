"""Shared fixtures: the compiled default grammar and the invented readouts in ``readouts/``;
the Hypothesis profiles."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from readoutmodel.patterns import Grammar, compile_grammar
from readoutmodel.vocab import Vocabulary

READOUTS = Path(__file__).parent / "readouts"

# Hypothesis profiles: "fast" for local runs (the default), "ci" thorough
# (HYPOTHESIS_PROFILE=ci). No deadlines: speed is measured by benchmarks/, not tests.
settings.register_profile("fast", max_examples=40, deadline=None)
settings.register_profile(
    "ci",
    max_examples=600,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fast"))


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
