"""Messages from the core: English by str(), the template and values kept (also through pickle),
every template listed for translation, and shown in Czech when the UI is Czech."""

from __future__ import annotations

import ast
import pickle
import pkgutil
from importlib import import_module
from pathlib import Path

import pytest

import models
from models.common.messages import Message, UserError
from models.invoicing.tax_ids import TaxIdError, validate_company_id, validate_vat_id

MODELS = Path(models.__file__).resolve().parent


def _is_user_error(module: object, node: ast.expr) -> bool:
    name = node.id if isinstance(node, ast.Name) else None
    value = getattr(module, name, None) if name else None
    return isinstance(value, type) and issubclass(value, UserError)


def templates_in_models() -> tuple[set[str], list[str]]:
    """Every template the core gives a Message or a UserError, and the calls that format their
    text themselves (an f-string) instead of passing values."""
    found: set[str] = set()
    formatted: list[str] = []
    for info in pkgutil.walk_packages(models.__path__, "models."):
        module = import_module(info.name)
        path = Path(module.__file__ or "")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            is_message = isinstance(node.func, ast.Name) and node.func.id == "Message"
            if not (is_message or _is_user_error(module, node.func)):
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.add(first.value)
            elif isinstance(first, ast.JoinedStr):
                formatted.append(f"{path.name}:{node.lineno}")
    return found, formatted


def test_a_message_is_english_text_that_keeps_its_template_and_values() -> None:
    message = Message(
        "“{value}” is not a postal code of {country} (e.g. {example}).",
        value="1",
        country="CZ",
        example="110 00",
    )
    assert message == "“1” is not a postal code of Czechia (e.g. 110 00)."
    assert message.template.startswith("“{value}”")
    assert message.values == {"value": "1", "country": "CZ", "example": "110 00"}
    copy = pickle.loads(pickle.dumps(message))  # as worker processes send it back
    assert copy == message and copy.template == message.template and copy.values == message.values


def test_errors_of_the_core_carry_their_message() -> None:
    with pytest.raises(TaxIdError) as raised:
        validate_company_id("1234567", "CZ")
    assert (
        str(raised.value) == "“1234567” is not a valid company ID (IČO): its check digit is wrong."
    )
    assert isinstance(raised.value.args[0], Message)


def test_an_error_from_a_worker_process_keeps_its_template() -> None:
    error = TaxIdError("“{value}” does not look like a VAT ID.", value="X1")
    copy = pickle.loads(pickle.dumps(error))
    assert copy.args[0].template == "“{value}” does not look like a VAT ID."
    assert copy.args[0].values == {"value": "X1"}


def test_every_template_of_the_core_is_listed_for_translation() -> None:
    from ui.common.core_messages import TEMPLATES

    assert len(TEMPLATES) == len(set(TEMPLATES)), "a template is listed twice"
    found, formatted = templates_in_models()
    assert not formatted, f"pass values to the template instead of an f-string: {formatted}"
    assert len(found) > 10
    missing = found - set(TEMPLATES)
    assert not missing, (
        f"add these to ui/common/core_messages.py (and translations/czech/core_*.py): {sorted(missing)}"
    )
    unused = set(TEMPLATES) - found
    assert not unused, (
        f"no longer in models/, remove from ui/common/core_messages.py: {sorted(unused)}"
    )


def test_messages_are_shown_in_the_ui_language(qapp) -> None:

    import launch
    from ui.common.formatting import use_language
    from ui.common.messages import translated
    from ui.common.translations import remove_translators

    with pytest.raises(TaxIdError) as raised:
        validate_vat_id("DE123", "CZ")
    english = translated(raised.value)
    assert english == "“DE123” is not a VAT ID of Czechia: it must start with CZ."
    _, translators = launch.install_language(qapp, "cs")
    use_language("cs")
    try:
        czech = translated(raised.value)
        assert czech == "„DE123“ není DIČ země Česko: musí začínat CZ."
        assert translated("text that is not a Message") == "text that is not a Message"
    finally:
        remove_translators(qapp, translators)
        use_language("en")
