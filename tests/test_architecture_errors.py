"""The GUI and the CLI tell errors apart by their type, never by comparing their (English) text.

An AST check over ui/, cli/, main.py and launch.py: a comparison (==, !=, in, not in) or a startswith /
endswith / find / re.search whose operand is the text of an error or a message fails the test.
The text of an error is `str(x)` / `repr(x)` / `x.args` / `x.text` / `x.message` / `x.strerror`
of an error-like `x`, or an error-like name itself (a core Message is a str). Error-like: a name
bound by `except … as name`, or named like one (error, exc, problem, message…). Codes such as
a report's `reason` are compared freely: they are made for it.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHECKED = [
    *sorted((ROOT / "ui").rglob("*.py")),
    *sorted((ROOT / "cli").rglob("*.py")),
    ROOT / "main.py",
    ROOT / "launch.py",
]

ERROR_LIKE = re.compile(
    r"^(e|ex|exc|err|error|exception|problem|failure|message|msg|detail)$"
    r"|_(error|exception|problem|message)$|^(error|problem)_"
)
TEXT_ATTRIBUTES = {"args", "text", "message", "strerror", "detail"}
TEXT_CALLS = {"str", "repr", "format"}
SEARCHES = {"startswith", "endswith", "find", "rfind", "index", "count", "__contains__"}
RE_FUNCTIONS = {"search", "match", "fullmatch", "findall", "finditer"}
COMPARISONS = (ast.Eq, ast.NotEq, ast.In, ast.NotIn)


class _TextComparisons(ast.NodeVisitor):
    def __init__(self) -> None:
        self.caught: set[str] = set()
        self.found: list[tuple[int, str]] = []

    def error_like(self, node: ast.expr) -> bool:
        if isinstance(node, ast.Name):
            return node.id in self.caught or bool(ERROR_LIKE.search(node.id))
        if isinstance(node, ast.Attribute):  # self.error, report.problem
            return bool(ERROR_LIKE.search(node.attr))
        return False

    def is_error_text(self, node: ast.expr) -> bool:
        if isinstance(node, ast.Subscript):  # error.args[0]
            return self.is_error_text(node.value)
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in TEXT_CALLS and node.args:
                return self.error_like(node.args[0]) or self.is_error_text(node.args[0])
            if isinstance(func, ast.Attribute) and func.attr in TEXT_ATTRIBUTES:
                return self.error_like(func.value)  # error.text(translated)
            if isinstance(func, ast.Attribute) and func.attr in ("lower", "casefold", "strip"):
                return self.is_error_text(func.value)
            return False
        if isinstance(node, ast.Attribute):
            if node.attr == "args":
                return True
            return (node.attr in TEXT_ATTRIBUTES and self.error_like(node.value)) or (
                self.error_like(node)
            )
        return self.error_like(node)

    def visit_ExceptHandler(self, node: ast.ExceptHandler) -> None:  # noqa: N802 (ast API)
        if node.name:
            self.caught.add(node.name)
        self.generic_visit(node)

    def visit_Compare(self, node: ast.Compare) -> None:  # noqa: N802 (ast API)
        if any(isinstance(op, COMPARISONS) for op in node.ops):
            operands = [node.left, *node.comparators]
            texts = [operand for operand in operands if self.is_error_text(operand)]
            strings = [o for o in operands if _literal_text(o)]
            # a text compared with a literal, or two texts compared (never a type, a code, None)
            if texts and (strings or len(texts) > 1) and not self._is_none_check(operands):
                self.found.append((node.lineno, ast.unparse(node)))
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 (ast API)
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in SEARCHES:
            if self.is_error_text(func.value):
                self.found.append((node.lineno, ast.unparse(node)))
        elif (
            isinstance(func, ast.Attribute)
            and func.attr in RE_FUNCTIONS
            and isinstance(func.value, ast.Name)
            and func.value.id == "re"
            and any(self.is_error_text(argument) for argument in node.args[1:2])
        ):
            self.found.append((node.lineno, ast.unparse(node)))
        self.generic_visit(node)

    @staticmethod
    def _is_none_check(operands: list[ast.expr]) -> bool:
        return any(isinstance(o, ast.Constant) and o.value is None for o in operands)


def _literal_text(node: ast.expr) -> bool:
    """A string literal, an f-string, or a tuple / list / set of them."""
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return bool(node.elts) and all(_literal_text(element) for element in node.elts)
    return isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str)
    )


def text_comparisons(source: str) -> list[tuple[int, str]]:
    visitor = _TextComparisons()
    tree = ast.parse(source)
    for node in ast.walk(tree):  # every `except … as name` of the module, wherever it is used
        if isinstance(node, ast.ExceptHandler) and node.name:
            visitor.caught.add(node.name)
    visitor.visit(tree)
    return visitor.found


def _checked_files() -> Iterator[Path]:
    yield from (path for path in CHECKED if path.exists())


def test_ui_and_cli_never_branch_on_the_text_of_an_error_or_a_message() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{line}: {code}"
        for path in _checked_files()
        for line, code in text_comparisons(path.read_text(encoding="utf-8"))
    ]
    assert found == [], "compare the error's type instead:\n" + "\n".join(found)


@pytest.mark.parametrize(
    "source",
    [
        'try:\n    f()\nexcept OSError as oops:\n    if "locked" in str(oops):\n        pass',
        'if "not recognised" in str(error):\n    pass',
        'if error.args[0] == "interrupted":\n    pass',
        'if str(exc).startswith("database"):\n    pass',
        'if "interrupt" in str(error).lower():\n    pass',
        'if problem.text() == "x":\n    pass',
        'if message == "Sending stopped":\n    pass',
        'if self.problem in ("a", "b"):\n    pass',
        'if "busy" in error:\n    pass',
        'if re.search("locked", str(error)):\n    pass',
        'if error.strerror != "No such file":\n    pass',
    ],
)
def test_the_check_catches_text_comparisons(source: str) -> None:
    assert text_comparisons(source), source


@pytest.mark.parametrize(
    "source",
    [
        "if isinstance(error, ColumnsNotRecognised):\n    pass",
        "if report.reason == dispatcher.NO_CREDIT:\n    pass",
        'if report.reason == "no-credit":\n    pass',
        'if message.state == "failed":\n    pass',
        'if language() == "cs":\n    pass',
        'if locale.startswith("cs"):\n    pass',
        "if error is None:\n    pass",
        "if problem is not None and problem.kind == REFUSED:\n    pass",
        'label.setText(str(error))\nprint(f"error: {error}")',
        'if settings.get("outbox.paused") == "yes":\n    pass',
    ],
)
def test_the_check_lets_types_codes_and_other_text_pass(source: str) -> None:
    assert text_comparisons(source) == [], source
