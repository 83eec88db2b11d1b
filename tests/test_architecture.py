"""Architecture: a core free of Qt and import cycles, below the GUI and CLI; no DB driver in ui/."""

from __future__ import annotations

import ast
import os
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


ROOT = MODELS.parent


def module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")


def imported_modules(path: Path, known: set[str]) -> set[str]:
    """What a file imports, anywhere in it (inside functions too), as module names.

    `from models.x import y` is the module models.x.y when that is a module, else models.x."""
    this = module_name(path)
    package = this if path.name == "__init__.py" else this.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, *([node.module] if node.module else [])])
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                found.add(submodule if submodule in known else base)
    return found


def models_import_graph() -> dict[str, set[str]]:
    files = {module_name(path): path for path in MODELS.rglob("*.py")}
    known = set(files)
    return {
        name: {target for target in imported_modules(path, known) if target in known} - {name}
        for name, path in files.items()
    }


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as its path (a → b → a), or None when there is none."""
    done: set[str] = set()
    path: list[str] = []
    on_path: set[str] = set()

    def visit(node: str) -> list[str] | None:
        path.append(node)
        on_path.add(node)
        for target in sorted(graph[node]):
            if target in on_path:
                return [*path[path.index(target) :], target]
            if target not in done and (cycle := visit(target)):
                return cycle
        path.pop()
        on_path.discard(node)
        done.add(node)
        return None

    for start in sorted(graph):
        if start not in done and (cycle := visit(start)):
            return cycle
    return None


def test_models_have_no_import_cycle() -> None:
    cycle = find_cycle(models_import_graph())
    assert cycle is None, "import cycle in models/: " + " → ".join(cycle or [])


def test_the_cycle_finder_reports_the_path() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"b", "d"}, "d": set()}
    assert find_cycle(graph) == ["b", "c", "b"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_the_graph_counts_imports_inside_functions() -> None:
    graph = models_import_graph()
    # outbox.queue imports pricing.sms at module level; dispatch_lock imports fcntl in a function
    assert "models.pricing.sms" in graph["models.outbox.queue"]
    lazy = imported_modules(MODELS / "outbox" / "dispatch_lock.py", set())
    assert "fcntl" in lazy


def imports_under(folder: str) -> list[tuple[Path, str]]:
    known = {
        module_name(path) for top in ("models", "ui", "cli") for path in (ROOT / top).rglob("*.py")
    }
    return [
        (path, name)
        for path in (ROOT / folder).rglob("*.py")
        for name in sorted(imported_modules(path, known))
    ]


def test_ui_never_touches_the_database_driver() -> None:
    """The GUI asks the core; connections, SQL and Peewee stay in models/."""
    found = [
        f"{path.relative_to(ROOT)}: {name}"
        for path, name in imports_under("ui")
        if name.split(".")[0] in {"sqlite3", "peewee", "playhouse"}
    ]
    assert not found, "ui/ imports the database driver:\n" + "\n".join(found)


def test_models_never_import_ui_or_cli() -> None:
    found = [
        f"{path.relative_to(ROOT)}: {name}"
        for path, name in imports_under("models")
        if name.split(".")[0] in {"ui", "cli", "main"}
    ]
    assert not found, "models/ imports the GUI or the CLI:\n" + "\n".join(found)


MAX_LINES = 500
NOT_SOURCE = {"build", "dist", "__pycache__", "node_modules"}


def python_files() -> list[Path]:
    found = []
    for folder, subfolders, files in os.walk(ROOT):
        subfolders[:] = [d for d in subfolders if not d.startswith(".") and d not in NOT_SOURCE]
        found += [Path(folder, name) for name in files if name.endswith(".py")]
    return found


def test_no_python_module_is_over_500_lines() -> None:
    """A file is a room with one purpose; a long one is split by subject (docs: DESIGN.md)."""
    files = python_files()
    assert ROOT / "resources" / "translations" / "translate.py" in files
    long = {
        str(path.relative_to(ROOT)): count
        for path in files
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, f"modules over {MAX_LINES} lines, split them: {long}"
