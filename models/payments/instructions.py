"""What a customer needs to pay a bank-transfer top-up: account, amount, symbol and QR payload."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from models.payments import qr as payment_qr
from models.payments.payment import BANK_TRANSFER, Payment, PaymentError, method_problem
from models.settings import store as settings


@dataclass(frozen=True)
class PaymentInstructions:
    iban: str
    bic: str
    beneficiary: str
    amount_minor: int
    currency: str
    variable_symbol: str
    due_on: date
    message: str
    qr_payload: str
    qr_kind: str  # "QR Platba (SPAYD)" or "EPC QR (SEPA)"


def instructions_for(payment: Payment) -> PaymentInstructions:
    """SPAYD “QR Platba” for CZK, EPC/SEPA for EUR; PaymentError when the seller lacks details."""
    iban = settings.get("seller.iban")
    bic = settings.get("seller.bic")
    name = settings.get("seller.name")
    problem = method_problem(BANK_TRANSFER, payment.currency)
    if problem is not None:
        raise problem
    due_on = date.fromisoformat(payment.due_on)
    message = f"Top-up {payment.variable_symbol}"
    try:
        if payment.currency == "CZK":
            payload = payment_qr.spayd(
                iban,
                payment.total_minor,
                "CZK",
                payment.variable_symbol,
                message=message,
                due_date=due_on,
                recipient_name=name or None,  # shortened to the field's limit
                bic=bic or None,
            )
            kind = "QR Platba (SPAYD)"
        else:
            payload = payment_qr.epc_qr(
                iban,
                payment.total_minor,
                payment.currency,
                beneficiary_name=name,
                bic=bic or None,
                remittance_text=f"VS {payment.variable_symbol}",
            )
            kind = "EPC QR (SEPA)"
    except (payment_qr.PaymentCodeError, payment_qr.AccountError) as error:
        raise PaymentError(error.args[0]) from error  # its Message, passed on whole
    return PaymentInstructions(
        iban=iban,
        bic=bic,
        beneficiary=name,
        amount_minor=payment.total_minor,
        currency=payment.currency,
        variable_symbol=payment.variable_symbol,
        due_on=due_on,
        message=message,
        qr_payload=payload,
        qr_kind=kind,
    )


def check_payment_code(payment: Payment) -> tuple[PaymentInstructions, str]:
    """The instructions of a bank transfer and its QR code's modules as text (to keep with the
    proforma), or PaymentError: called before the payment is committed, so a top-up whose code
    cannot be made is not kept."""
    instructions = instructions_for(payment)
    try:
        modules = payment_qr.modules_text(payment_qr.qr_matrix(instructions.qr_payload))
    except payment_qr.PaymentCodeError as error:
        raise PaymentError(error.args[0]) from error  # its Message, passed on whole
    return instructions, modules
