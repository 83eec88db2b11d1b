"""Commands of the outbox: send a campaign, send what waits, list and remove what waits."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from cli.errors import fail

if TYPE_CHECKING:  # the core loads when a command runs
    from models.common.database import Session

EXIT_PAUSED = 4  # sending is paused: nothing was sent
PAUSED_LINE = (
    "Sending is paused (Outbox → Resume sending, or `settings outbox.paused no`); nothing was sent."
)


def _report_dispatch(report) -> int:  # type: ignore[no-untyped-def]
    from models.common.formatting import credits_with_unit
    from models.outbox import dispatcher

    print(f"sent {report.sent}, queued {report.queued}, failed {report.failed}")
    if report.reason == dispatcher.NO_CREDIT:
        price = credits_with_unit(report.next_price or 0)
        print(
            f"stopped: the balance ({credits_with_unit(report.balance)}) cannot pay the next "
            f"message ({price}); {credits_with_unit(report.needed)} would send "
            "every queued message. Top up, then run `dispatch`, or `remove-outbox`."
        )
        return 3
    if report.reason == dispatcher.STOPPED:
        print("stopped: sending was paused meanwhile; the rest wait in the outbox.")
        return EXIT_PAUSED
    if report.reason == dispatcher.GATEWAY and report.problem is not None:
        print(
            f"error: the gateway stopped taking messages: {report.problem.detail}", file=sys.stderr
        )
        return 1
    if report.reason == dispatcher.BUSY:
        print("error: another Credit Desk is sending from this database.", file=sys.stderr)
        return 1
    return 0


def _run_dispatch() -> int:
    from models.outbox import dispatcher, sending_policy

    verdict = sending_policy.may_send()
    if verdict.reason == sending_policy.PAUSED:
        print(PAUSED_LINE)
        return EXIT_PAUSED
    if verdict.gateway is None:  # NO_GATEWAY
        return fail(str(verdict.problem))
    return _report_dispatch(dispatcher.dispatch(verdict.gateway))


def send_waiting_after_credit() -> None:
    """After credit arrived (a manual top-up, a statement that confirmed payments): send what
    waits in the outbox when the core's rule says so, else say why it still waits."""
    from models.outbox import sending_policy

    state = sending_policy.sending_state()
    if not state.queued:
        return
    if sending_policy.send_after_credit(state):
        print(f"outbox: sending the {state.queued} waiting messages (outbox.auto_resume is on)")
        _run_dispatch()
    elif state.paused:
        print(f"outbox: {state.queued} messages wait; {PAUSED_LINE}")
    elif not state.auto_resume:
        print(
            f"outbox: {state.queued} messages wait; outbox.auto_resume is off: "
            "run `dispatch` to send them."
        )
    else:
        print(f"outbox: {state.queued} messages wait; the balance cannot pay the next one yet.")


def command_send(args: argparse.Namespace, session: Session) -> int:
    from models.common.formatting import credits_with_unit
    from models.common.text_files import TextFileError
    from models.outbox import queue as outbox
    from models.pricing import campaign_estimate, recipients
    from models.pricing.price_list_csv import PriceListImportError
    from models.settings import sending
    from models.settings import store as settings

    if not args.text.strip():
        return fail("the message text is empty.")
    try:
        outbox.check_message(args.text)
        sender = sending.sender_id(
            args.sender if args.sender is not None else settings.get("messages.sender")
        )
        table = recipients.read_recipient_table(args.recipients.read_bytes())
    except outbox.OutboxError as error:
        return fail(str(error))
    except settings.SettingError as error:
        return fail(f"--sender: {error}")
    except OSError as error:
        return fail(f"cannot read {args.recipients}: {error.strerror}.")
    except (TextFileError, PriceListImportError) as error:
        return fail(str(error))
    entries = recipients.column_entries(table, recipients.guess_column(table))
    found = recipients.normalize_entries(entries, settings.get("recipients.default_country"))
    if not found.valid:
        return fail(f"{args.recipients} holds no valid phone numbers.")
    try:
        index = campaign_estimate.load_index()  # after every check: a refusal stores nothing
    except PriceListImportError as error:
        return fail(str(error))
    try:
        queued = outbox.queue_campaign(args.text, found.valid, index, sender, args.name or "")
    except outbox.OutboxError as error:
        return fail(str(error))
    print(
        f"campaign {queued.campaign_id} “{queued.name}”: {queued.queued} messages queued, "
        f"{credits_with_unit(queued.total)}"
    )
    skipped = len(found.invalid) + len(found.duplicates) + queued.unpriced
    if skipped:
        print(
            f"not queued: {len(found.invalid)} invalid, {len(found.duplicates)} duplicates, "
            f"{queued.unpriced} not in the price list"
        )
    return _run_dispatch()


def command_dispatch(args: argparse.Namespace, session: Session) -> int:
    return _run_dispatch()


def command_outbox(args: argparse.Namespace, session: Session) -> int:
    from models.common.formatting import counted, credits_text, credits_with_unit
    from models.ledger import entries as ledger
    from models.outbox import queue as outbox

    found = outbox.summary()
    balance = ledger.balance()
    print(f"{found.queued} queued")
    print(f"credits needed: {credits_text(found.needed)}")
    print(f"balance: {credits_with_unit(balance)}")
    if found.missing(balance):
        print(f"missing: {credits_with_unit(found.missing(balance))}")
    if found.sending:
        print(f"in flight: {found.sending}")
    for campaign in outbox.campaigns():
        counts = ", ".join(
            f"{campaign.count(state)} {state}"
            for state in (outbox.QUEUED, outbox.SENT, outbox.FAILED, outbox.REMOVED)
        )
        print(f"campaign {campaign.id} “{campaign.name}”: {counts}")
    if args.messages:
        after = 0
        while page := outbox.messages_page(outbox.QUEUED, None, after, 1000):
            for message in page:
                print(
                    f"message {message.id}: {message.number} {message.country} "
                    f"{counted(message.parts, ('part', 'parts'))} "
                    f"{credits_with_unit(message.price)}, "
                    f"campaign {message.campaign_id}, queued {message.queued_at}"
                )
            after = page[-1].id
    return 0


def command_remove_outbox(args: argparse.Namespace, session: Session) -> int:
    from models.outbox import queue as outbox

    removed = outbox.remove_queued(args.campaign)
    print(f"removed {removed} queued messages")
    return 0


def command_gateway_credentials(args: argparse.Namespace, session: Session) -> int:
    from models.outbox import gateway_credentials as credentials

    try:
        if args.forget:
            credentials.forget_bulkgate_credentials()
            print("BulkGate credentials removed from the system keyring")
            return 0
        if args.application_id is None:
            found = credentials.bulkgate_credentials()
            print(f"application ID: {found[0]}" if found else "no BulkGate credentials stored")
            return 0
        if sys.stdin.isatty():
            import getpass

            token = getpass.getpass("BulkGate application token: ")
        else:
            token = sys.stdin.readline()
        credentials.store_bulkgate_credentials(args.application_id, token)
    except credentials.CredentialsError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print("BulkGate credentials stored in the system keyring")
    return 0


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this module's subcommands to the parser."""
    send = commands.add_parser(
        "send",
        help="queue a campaign (one message per valid number) and send while credit lasts; "
        "exit code 3 when messages wait in the outbox for credit, 4 when sending is paused",
    )
    send.add_argument("--text", required=True, help="the message")
    send.add_argument(
        "--recipients", required=True, type=Path, metavar="FILE", help="numbers, as for estimate"
    )
    send.add_argument("--sender", metavar="NAME", help="sender name or own number")
    send.add_argument("--name", help="the campaign's name (default: Campaign DATE TIME)")
    send.set_defaults(run=command_send)

    dispatch = commands.add_parser(
        "dispatch",
        help="send the messages waiting in the outbox while credit lasts; exit code 3 when "
        "messages still wait for credit, 4 when sending is paused (outbox.paused)",
    )
    dispatch.set_defaults(run=command_dispatch)

    outbox = commands.add_parser(
        "outbox", help="what waits in the outbox: the first line is “N queued”"
    )
    outbox.add_argument("--messages", action="store_true", help="list every queued message")
    outbox.set_defaults(run=command_outbox)

    remove = commands.add_parser(
        "remove-outbox", help="remove every queued message (no charge); sent ones stay"
    )
    remove.add_argument("--campaign", type=int, metavar="ID", help="only this campaign's")
    remove.set_defaults(run=command_remove_outbox)

    credentials = commands.add_parser(
        "gateway-credentials",
        help="store the BulkGate application ID (and the token, read from standard input) in "
        "the system keyring; without ID, show what is stored",
    )
    credentials.add_argument("application_id", nargs="?", metavar="APPLICATION_ID")
    credentials.add_argument("--forget", action="store_true", help="remove them from the keyring")
    credentials.set_defaults(run=command_gateway_credentials)
