"""Statement problems keep their values, so they are shown in the UI's language."""

from __future__ import annotations

import pytest

from models.common.messages import Message
from models.payments.camt053 import parse_camt053
from models.payments.statement_csv import (
    CsvMapping,
    parse_statement_csv,
)
from models.payments.statements import StatementError
from tests.camt_builder import document, entry


def test_statement_problems_keep_the_bad_input_for_translation() -> None:
    data = document(entry(amount="x"), entry(booked="bad", servicer_reference="R3"))
    with pytest.raises(StatementError) as caught:
        parse_camt053(data)
    headline = caught.value.args[0]
    assert isinstance(headline, Message)
    assert headline == "The statement has entries that cannot be read:"
    first, second = caught.value.problems
    assert isinstance(first, Message) and first.template == "Entry {number}: {problem}"
    assert first.values["number"] == 1
    problem = first.values["problem"]
    assert isinstance(problem, Message) and problem.values == {"value": "x"}
    assert second.values["reference"] == "R3"
    assert second.values["problem"].values == {"value": "bad"}
    mapping = CsvMapping(date="Date", amount="Amount", currency="Currency")
    with pytest.raises(StatementError) as caught:
        parse_statement_csv(b"Date;Amount;Currency\n05.01.2024;1,00;ABC\n", mapping)
    (row,) = caught.value.problems
    assert row.template == "Row {line}: {problem}" and row.values["line"] == 2
    assert row.values["problem"].values == {"value": "ABC"}


def test_xml_and_text_file_errors_keep_their_values() -> None:
    from models.common.text_files import TextFileError, decode

    with pytest.raises(StatementError) as caught:
        parse_camt053(b"<Document><broken></Document>")
    message = caught.value.args[0]
    assert isinstance(message, Message)
    assert message.template.startswith("The file is not well-formed XML: {reason}")
    assert message.values["line"] == 1
    with pytest.raises(TextFileError) as raised:
        decode(b"caf\xc3\x28 \x98")  # not UTF-8; 0x98 is undefined in Windows-1250
    message = raised.value.args[0]
    assert isinstance(message, Message)
    assert message.values == {"position": 7}


def test_statement_problems_are_shown_in_czech(qapp) -> None:

    import launch
    from ui.common.formatting import use_language
    from ui.common.messages import translated
    from ui.common.translations import remove_translators

    data = document(*[entry(amount="x")] * 22, entry(booked="bad", servicer_reference="R3"))
    with pytest.raises(StatementError) as caught:
        parse_camt053(data)
    assert caught.value.text(translated) == str(caught.value)
    _, translators = launch.install_language(qapp, "cs")
    use_language("cs")
    try:
        lines = caught.value.text(translated).splitlines()
    finally:
        remove_translators(qapp, translators)
        use_language("en")
    assert lines[0] == "Výpis obsahuje položky, které nelze přečíst:"
    assert lines[1] == "• Položka 1: „x“ není částka."
    assert lines[-1] == "… a další (3)."
