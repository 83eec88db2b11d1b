"""The core stays free of Qt, so it can run from the CLI and tests without a GUI."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

MODELS = Path(__file__).resolve().parent.parent / "models"


def test_models_source_imports_no_qt() -> None:
    for path in MODELS.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert not name.startswith(("PySide6", "PyQt", "shiboken")), f"{path}: {name}"


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = [
        ".".join(p.relative_to(MODELS.parent).with_suffix("").parts)
        for p in MODELS.rglob("*.py")
        if p.stem != "__init__"
    ]
    code = (
        "import sys, importlib\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=MODELS.parent, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
