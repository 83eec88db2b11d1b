"""Czech for the core's messages on the price list, messages, recipients and the outbox."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "Row {row}: {problem}": "Řádek {row}: {problem}",
    "Missing column(s): {columns}. The header reads “{found}”; expected: {expected}.": (
        "Chybějící sloupce: {columns}. Záhlaví zní „{found}“; očekáváno: {expected}."
    ),
    "Column(s) given twice: {columns}. The header reads “{found}”; expected: {expected}.": (
        "Dvakrát uvedené sloupce: {columns}. Záhlaví zní „{found}“; očekáváno: {expected}."
    ),
    "The file has a header but no prices.": "Soubor má záhlaví, ale žádné ceny.",
    "There are more problems; fix these and try again.": (
        "Problémů je víc; opravte tyto a zkuste to znovu."
    ),
    "{fields} fields where the header has {columns}": (
        "počet polí {fields}, ale záhlaví jich má {columns}"
    ),
    "{iso}'s country price is already priced on row {first}": (
        "cena pro celou zemi {iso} už je uvedena na řádku {first}"
    ),
    "prefix +{prefix} is already priced on row {first}": (
        "předvolba +{prefix} už má cenu na řádku {first}"
    ),
    "{iso}'s price for {type} numbers is already on row {first}": (
        "cena pro čísla typu {type} v zemi {iso} už je uvedena na řádku {first}"
    ),
    "prefix +{prefix} for {type} numbers is already priced on row {first}": (
        "předvolba +{prefix} pro čísla typu {type} už má cenu na řádku {first}"
    ),
    "unknown number type “{value}” (write e.g. mobile, fixed-line, toll-free, premium-rate "
    "or shared-cost, or leave it empty for any type)": (
        "neznámý typ čísla „{value}“ (napište např. mobile, fixed-line, toll-free, premium-rate "
        "nebo shared-cost, nebo jej nechte prázdný pro jakýkoli typ)"
    ),
    "unknown country “{value}” (write its ISO code, e.g. CZ)": (
        "neznámá země „{value}“ (napište její kód ISO, např. CZ)"
    ),
    "the country is missing": "chybí země",
    "the dialling code +{dialling} is not {iso}'s (+{code})": (
        "mezinárodní předvolba +{dialling} nepatří zemi {iso} (+{code})"
    ),
    "the prefix “{value}” is not a number prefix": "předvolba „{value}“ není číselná předvolba",
    "the prefix +{prefix} does not start with {iso}'s code +{code}": (
        "předvolba +{prefix} nezačíná předvolbou země {iso} +{code}"
    ),
    "the prefix +{prefix} is longer than a phone number": (
        "předvolba +{prefix} je delší než telefonní číslo"
    ),
    "the operator's name is longer than 100 characters": "název operátora je delší než 100 znaků",
    "the price is missing": "chybí cena",
    "the price “{value}” is negative": "cena „{value}“ je záporná",
    "the price “{value}” is not a number (write e.g. 0.035 or 0,035)": (
        "cena „{value}“ není číslo (napište např. 0,035 nebo 0.035)"
    ),
    "the price “{value}” has more than {decimals} decimal places": (
        "cena „{value}“ má víc než {decimals} desetinných míst"
    ),
    "the price must be more than zero": "cena musí být větší než nula",
    "the price “{value}” is over 1000 credits per part": (
        "cena „{value}“ je vyšší než 1000 kreditů za díl zprávy"
    ),
    "The message is empty.": "Zpráva je prázdná.",
    "The message needs {parts} parts; an SMS can be sent in at most {most} parts.": (
        "Zpráva potřebuje {parts} částí; SMS lze odeslat nejvýše v {most} částech."
    ),
    "None of the recipients is in a country the price list covers.": (
        "Žádný z příjemců není v zemi, kterou ceník pokrývá."
    ),
    "interrupted while sending: the gateway cannot say whether it took the message; not charged": (
        "přerušeno při odesílání: brána nedokáže říct, zda zprávu převzala; nezaúčtováno"
    ),
    "Enter the BulkGate application ID and token first (they are kept in the system keyring).": (
        "Nejprve zadejte ID aplikace a token BulkGate (uchovávají se v systémové klíčence)."
    ),
    "Enter both the application ID and the token.": "Zadejte ID aplikace i token.",
    "The system keyring cannot be read: {reason}": "Systémovou klíčenku nelze přečíst: {reason}",
    "The system keyring cannot store them: {reason}": (
        "Do systémové klíčenky je nelze uložit: {reason}"
    ),
    "The system keyring cannot forget them: {reason}": (
        "Ze systémové klíčenky je nelze odstranit: {reason}"
    ),
    "BulkGate answered HTTP {status}": "BulkGate odpověděl stavem HTTP {status}",
    "cannot reach BulkGate: {reason}": "nelze se spojit s BulkGate: {reason}",
    "BulkGate answered HTTP {status} with something that is not JSON": (
        "BulkGate odpověděl stavem HTTP {status} a obsahem, který není JSON"
    ),
    "BulkGate answered JSON of an unexpected shape": "BulkGate odpověděl JSONem v nečekané podobě",
    "BulkGate's answer has no sms_id": "V odpovědi BulkGate chybí sms_id",
    "BulkGate's answer has no response list": (
        "V odpovědi BulkGate chybí seznam odpovědí (response)"
    ),
    "BulkGate did not answer for it": "BulkGate k ní neposlal odpověď",
    "a fixed-line number: the price list has no price for fixed lines there": (
        "pevná linka: ceník nemá cenu pro pevné linky v její zemi"
    ),
    "a toll-free number: not priced by the price list (it cannot receive SMS)": (
        "bezplatná linka: ceník pro ni nemá cenu (nemůže přijímat SMS)"
    ),
    "a premium-rate number: not priced by the price list (it cannot receive SMS)": (
        "linka se zvýšeným tarifem: ceník pro ni nemá cenu (nemůže přijímat SMS)"
    ),
    "a shared-cost number: not priced by the price list (it cannot receive SMS)": (
        "linka se sdílenými náklady: ceník pro ni nemá cenu (nemůže přijímat SMS)"
    ),
    "a universal access number: not priced by the price list (it cannot receive SMS)": (
        "číslo univerzálního přístupu: ceník pro něj nemá cenu (nemůže přijímat SMS)"
    ),
    "a voicemail number: not priced by the price list (it cannot receive SMS)": (
        "číslo hlasové schránky: ceník pro něj nemá cenu (nemůže přijímat SMS)"
    ),
    "this kind of number is not priced by the price list": ("pro tento druh čísla ceník nemá cenu"),
    "unknown error": "neznámá chyba",
    "{error} (code {code})": "{error} (kód {code})",
}
