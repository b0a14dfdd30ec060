"""The documentation's examples do what the documentation says."""

from __future__ import annotations

import contextlib
import io
import os
import re
from pathlib import Path

import pytest

import readoutmodel

ROOT = Path(__file__).resolve().parent.parent
STYLES = (ROOT / "docs" / "styles.md").read_text(encoding="utf-8")
EXAMPLES = re.findall(r"```text\n(.*?)```", STYLES, re.S)


def test_the_styles_page_has_examples() -> None:
    assert len(EXAMPLES) >= 10


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda text: text[:40])
def test_every_style_example_is_read(example: str) -> None:
    """Each example of docs/styles.md yields its principals and at least one statement."""
    readout = readoutmodel.parse(example)
    assert len(readout.participants) >= 2
    assert readout.statements
    for statement in readout.statements:
        assert statement.speakers
        assert statement.verb in statement.span.of(example).casefold()


def test_the_readme_example_runs() -> None:
    """The README's Python example runs from the repository root and prints the readout."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code = re.search(r"```python\n(.*?)```", readme, re.S)
    assert code is not None
    out = io.StringIO()
    cwd = Path.cwd()
    os.chdir(ROOT)
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(code.group(1), "README.md", "exec"), {})
    finally:
        os.chdir(cwd)
    printed = out.getvalue()
    assert "Xi Jinping President CN" in printed
    assert "pointed out" in printed
