"""The layout docs/ARCHITECTURE.md describes, checked: files short enough to read, and imports
that only go down the layers (found in the source, imports inside functions included)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGE = ROOT / "refdesk"
MAX_LINES = 600


def _sources(*folders: str) -> list[Path]:
    found: list[Path] = []
    for folder in folders:
        target = PACKAGE / folder
        found += [target] if target.suffix == ".py" else sorted(target.rglob("*.py"))
    return found


def _imports(path: Path) -> set[str]:
    """Every module *path* imports, anywhere in it (``from refdesk.db import models`` gives
    ``refdesk.db`` and ``refdesk.db.models``)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _offenders(folders: tuple[str, ...], forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in _sources(*folders)
        for name in sorted(_imports(path))
        if any(name == f or name.startswith(f + ".") for f in forbidden)
    ]


def test_no_file_in_the_package_is_over_600_lines():
    long = {
        str(path.relative_to(ROOT)): lines
        for path in _sources(".")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}  # split them along their own sections


@pytest.mark.parametrize(
    ("folders", "forbidden"),
    [
        (("services", "db"), ("PySide6", "matplotlib", "refdesk.ui")),  # Qt-free
        (("db",), ("refdesk.services", "refdesk.commands", "refdesk.cli", "refdesk.app")),
        (("ui", "commands"), ("refdesk.db",)),  # the database only through services
        (("app.py", "ui", "commands", "services", "db"), ("refdesk.cli",)),  # nothing imports back from cli
    ],
)
def test_imports_only_go_down_the_layers(folders, forbidden):
    assert _offenders(folders, forbidden) == []


def test_the_check_finds_an_import_inside_a_function(tmp_path):
    module = tmp_path / "module.py"
    module.write_text("def later():\n    from refdesk.db.models import Partner\n", encoding="utf-8")
    assert {"refdesk.db.models", "refdesk.db.models.Partner"} <= _imports(module)


def _classes_based_on(base: str) -> list[str]:
    found = []
    for path in _sources("."):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.ClassDef) and any(ast.unparse(b).split(".")[-1] == base for b in node.bases):
                found.append(f"{path.relative_to(PACKAGE)}:{node.name}")
    return found


def _uses(*names: str) -> list[str]:
    return [
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in _sources(".")
        for name in names
        if name in path.read_text(encoding="utf-8")
    ]


def test_one_mechanism_for_undo_conflicts_and_background_work():
    assert _classes_based_on("QUndoCommand") == ["ui/common/edits.py:ChangeCommand"]
    assert [c for c in _classes_based_on("QDialog") if "Conflict" in c] == [
        "ui/common/conflict_dialog.py:ConflictDialog"
    ]
    assert _classes_based_on("QThread") == ["ui/common/worker.py:Worker"]
    assert _uses("threading.Thread(", "QThreadPool", "moveToThread(") == []
