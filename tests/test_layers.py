"""Imports flow one way: the edges (serialisation, input, batch, command line) depend on the
core, never the reverse. Read from the source with ast, so nothing is imported to check."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "readoutmodel"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    """The readoutmodel modules ``path`` imports, resolved to module names."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {name for name in found if name.startswith("readoutmodel")}


MODULES = {module_name(path): imports(path) for path in PACKAGE.rglob("*.py")}
EDGES = ("readoutmodel.serialize", "readoutmodel.sources", "readoutmodel.html",
         "readoutmodel.batch", "readoutmodel.cli")  # fmt: skip


def test_modules_found() -> None:
    """The check sees the package: the core and every edge module are among what it reads."""
    assert {"readoutmodel.model", "readoutmodel.parser", *EDGES} <= set(MODULES)


@pytest.mark.parametrize(
    ("module", "allowed"),
    [
        ("readoutmodel.serialize", {"readoutmodel.exceptions", "readoutmodel.model"}),
        ("readoutmodel.html", set()),
        (
            "readoutmodel.sources",
            {"readoutmodel.exceptions", "readoutmodel.html", "readoutmodel.model"},
        ),
    ],
)
def test_leaf_edges(module: str, allowed: set[str]) -> None:
    """Serialisation, HTML and input reading depend on the model and errors only."""
    used = {name for name in MODULES[module] if not any(name.startswith(f"{a}.") for a in allowed)}
    assert used <= allowed


def test_core_does_not_import_edges() -> None:
    """No module of the parser or the model imports serialisation, input, batch or the CLI."""
    core = {
        name: used
        for name, used in MODULES.items()
        if name not in EDGES and name not in ("readoutmodel", "readoutmodel.__main__")
    }
    for name, used in core.items():
        assert not {u for u in used if u.startswith(EDGES)}, name


def test_only_the_entry_points_import_the_cli() -> None:
    """The command line sits on top: only __main__ imports it."""
    importers = {name for name, used in MODULES.items() if "readoutmodel.cli" in used}
    assert importers == {"readoutmodel.__main__"}


def loaded_after(statement: str) -> set[str]:
    """The modules a fresh interpreter holds after running ``statement``."""
    script = f"import sys\n{statement}\nprint(' '.join(sys.modules))"
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return set(done.stdout.split())


ON_USE = {"readoutmodel.batch", "readoutmodel.sources", "readoutmodel.html", "html.parser",
          "tomllib", "importlib.resources", "regex"}  # fmt: skip


class TestStartUp:
    def test_import_leaves_the_edges_for_later(self) -> None:
        """``import readoutmodel`` loads the parser, not the batch API, HTML, file readers or
        the regex module."""
        loaded = loaded_after("import readoutmodel")
        assert "readoutmodel.parser" in loaded
        assert not loaded & ON_USE

    def test_batch_api_loads_on_first_use(self) -> None:
        """Naming a batch function through the package loads it, as a plain import would."""
        loaded = loaded_after(
            "import readoutmodel\n"
            "assert readoutmodel.parse_many is __import__('readoutmodel.batch').batch.parse_many"
        )
        assert "readoutmodel.batch" in loaded

    def test_first_parse_reads_the_data_files(self) -> None:
        """The vocabulary's files are read, and the grammar compiled, when a parse first
        needs them."""
        loaded = loaded_after("import readoutmodel\nreadoutmodel.parse('A call.')")
        assert {"tomllib", "importlib.resources", "regex"} <= loaded
