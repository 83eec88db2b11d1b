"""A realistic sample database for the screenshots (docs/make_screenshots.py) and their test.

A seller with a register entry and a EUR account, billing information, the sample price list,
payments in every state (a EUR one with its exchange rate), proformas, invoices and a credit
note, bank credits waiting for pairing, three campaigns of a few hundred messages sent and one
whose messages wait in the outbox for credit.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from models.common.database import write_transaction
from models.common.money import MICRO
from models.invoicing import billing, exchange_rates, issuing
from models.outbox import dispatcher
from models.outbox import queue as outbox
from models.outbox.simulated_gateway import SimulatedGateway
from models.payments import import_plan, statement_import
from models.payments import top_ups as payments
from models.payments.statements import Statement, StatementEntry
from models.pricing import price_list
from models.pricing.campaign_estimate import load_index
from models.pricing.phone_numbers import Normalized
from models.settings import store as settings

IBAN = "CZ6508000000192000145399"
EUR_IBAN = "CZ1108000000192000145401"
STATEMENT_CSV = (  # a bank's CSV export whose columns no known layout matches
    "Datum;Částka;Měna;VS;Protiúčet;Zpráva\n"
    "02.11.2026;3025,00;CZK;2600000004;1234567890/0100;Dobití kreditu\n"
    "05.11.2026;99,00;CZK;;2000145399/0800;Neznámá platba\n"
).encode()


def seller() -> None:
    settings.set_values(
        {
            "seller.name": "Credit Desk s.r.o.",
            "seller.iban": IBAN,
            "seller.bic": "GIBACZPX",
            "seller.other_accounts": EUR_IBAN,
            "seller.street": "Karlova 12",
            "seller.city": "Praha 1",
            "seller.postal_code": "110 00",
            "seller.country": "CZ",
            "seller.company_id": "25596641",
            "seller.vat_id": "CZ25596641",
            "seller.register.court": "MSPH",
            "seller.register.section": "C",
            "seller.register.file": "123456",
            "seller.web": "www.creditdesk.cz",
            "seller.phone": "+420 601 234 567",
            "seller.email": "fakturace@creditdesk.cz",
            "messages.sender": "CreditDesk",
            "account.currency": "CZK",
        }
    )


def buyer() -> None:
    billing.save(
        billing.BillingDetails(
            name="Řeřicha & Syn s.r.o.",
            street="Dlouhá 1",
            city="Praha",
            postal_code="110 00",
            country="CZ",
            company_id="27082440",
            vat_id="CZ27082440",
            email="ucetni@rericha.cz",
            note="Objednávka č. 2026/117",
        )
    )


def eur_rates(today: date) -> None:
    """The CNB's EUR and USD rates of the last two weeks' working days."""
    for back in range(14):
        day = today - timedelta(days=back)
        if day.weekday() < 5:
            rate = Decimal("24.300") + Decimal(back % 5) / 100
            rates = [
                exchange_rates.NewRate("EUR", 1, rate),
                exchange_rates.NewRate("USD", 1, rate - Decimal("3.125")),
            ]
            exchange_rates.store_cnb(day, rates, f"{day:%d.%m.%Y} #{230 - back}")


def top_up(credits: int, currency: str, method: str, on: date) -> payments.Payment:
    quote = payments.quote_for_credits(credits * MICRO, currency)
    payment = payments.create_top_up(quote, method, today=on)
    made = f"{on.isoformat()}T{8 + payment.id % 9:02d}:{7 * payment.id % 60:02d}:00.000000Z"
    payments.Payment.update(created_at=made).where(payments.Payment.id == payment.id).execute()
    return payments.Payment.get_by_id(payment.id)


def confirmed(credits: int, currency: str, on: date) -> payments.Payment:
    payment = top_up(credits, currency, payments.BANK_TRANSFER, on)
    with write_transaction():
        payments.confirm_in_transaction(payment, f"BANK-{payment.id}", today=on, paid_on=on)
    return payments.Payment.get_by_id(payment.id)


def numbers(count: int, start: int) -> list[Normalized]:
    prefixes = ("+420601", "+420603", "+420608", "+420731", "+421905")
    return [
        Normalized(f"{prefixes[i % 5]}{start + i:06d}", "SK" if i % 5 == 4 else "CZ")
        for i in range(count)
    ]


def campaigns() -> None:
    """Three campaigns sent; the fourth waits in the outbox while sending is paused."""
    index = load_index()
    texts = (
        ("Listopadová akce", "Dobrý den, jen do neděle máte v našich prodejnách slevu 20 %."),
        ("Připomínka schůzky", "Připomínáme Vaši schůzku zítra v 9:00. Odpovězte NE pro zrušení."),
        ("Black Friday", "Black Friday is here: 30 % off everything until midnight. Reply STOP."),
    )
    for number, (name, text) in enumerate(texts):
        outbox.queue_campaign(text, numbers(150 + 120 * number, 1000 * number), index, "", name)
        dispatcher.dispatch(SimulatedGateway())
    settings.set_value("outbox.paused", "yes")
    outbox.queue_campaign(
        "Vánoční otevírací doba: 24. 12. zavřeno, 27. 12. – 30. 12. 8:00–16:00. Krásné svátky!",
        numbers(640, 9000),
        index,
        "CreditDesk",
        "Vánoční otevírací doba",
    )


def waiting_statement(today: date, pending: payments.Payment) -> Statement:
    """A statement of the seller's accounts: an unknown credit, a EUR credit for a CZK payment."""
    return Statement(
        "2026-11-A",
        IBAN,
        (
            StatementEntry(
                "A1",
                today - timedelta(days=3),
                99_00,
                "CZK",
                None,
                None,
                "Neznámá platba",
                "Jan Novák",
                IBAN,
            ),
            StatementEntry(
                "A2",
                today - timedelta(days=1),
                12_10,
                "EUR",
                pending.variable_symbol,
                None,
                "Kredit SMS",
                "Müller GmbH",
                EUR_IBAN,
            ),
        ),
        format_name="camt.053.001.08",
        period_from=today - timedelta(days=7),
        period_to=today,
    )


def plan_statement(today: date, pending: payments.Payment) -> Statement:
    """A statement to preview in the import plan dialog (not imported)."""
    return Statement(
        "2026-11-B",
        IBAN,
        (
            StatementEntry(
                "B1",
                today,
                pending.total_minor,
                "CZK",
                pending.variable_symbol,
                None,
                "Dobití",
                "Řeřicha & Syn s.r.o.",
                IBAN,
            ),
            StatementEntry(
                "B2", today, 1_500_00, "CZK", "1234", None, "Faktura 77", "Neznámý plátce", IBAN
            ),
        ),
        ignored=3,
        format_name="camt.053.001.08",
        period_from=today - timedelta(days=30),
        period_to=today,
    )


def seed(today: date | None = None) -> import_plan.ImportPlan:
    """Fill the open database; returns the plan of a statement not yet imported."""
    today = today or date.today()
    price_list.ensure_loaded()
    seller()
    buyer()
    eur_rates(today)
    first = confirmed(400, "CZK", today - timedelta(days=40))
    confirmed(600, "CZK", today - timedelta(days=12))
    confirmed(120, "EUR", today - timedelta(days=2))
    top_up(50, "CZK", payments.MANUAL, today - timedelta(days=1))
    invoice = issuing_invoice(first.id)
    issuing.issue_credit_note(
        invoice, "Vrácení nevyčerpaného kreditu na žádost zákazníka", 40 * MICRO, today=today
    )
    payments.cancel(top_up(200, "CZK", payments.BANK_TRANSFER, today - timedelta(days=9)).id)
    top_up(150, "CZK", payments.BANK_TRANSFER, today - timedelta(days=45))
    payments.expire_overdue(today)
    pending = top_up(1000, "CZK", payments.BANK_TRANSFER, today)
    eur_pending = top_up(40, "EUR", payments.BANK_TRANSFER, today)
    campaigns()
    statement_import.import_statement(waiting_statement(today, eur_pending))
    return import_plan.plan_import(plan_statement(today, pending))


def issuing_invoice(payment_id: int) -> int:
    from models.invoicing import documents

    found = documents.invoice_for_payment(payment_id)
    assert found is not None
    return found.id
