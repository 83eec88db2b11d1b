"""Checkpoints of the ledger's digest chain: what `verify` proved once, kept to be built on.

A checkpoint says: the entries up to `upto_id` were read one by one, their balances chained,
they added up to `balance`, and their lines hash to `digest` (models/ledger/chain.py). The rows
are append-only and each covers more entries than the one before (the database refuses
anything else); each is sealed with the seal of the one before.
"""

from __future__ import annotations

from peewee import AutoField, CharField, IntegerField

from models.common.database import BaseModel, database
from models.ledger import chain


class LedgerCheckpoint(BaseModel):
    id = AutoField()
    upto_id = IntegerField()  # the last entry it covers
    entries = IntegerField()  # how many entries up to it
    balance = IntegerField()  # micro-credits: the balance after upto_id
    last_entry = CharField()  # the hash of entry upto_id's line
    digest = CharField()  # the chain's digest over every entry up to upto_id
    seal = CharField()  # chain.seal() of this row's fields and the previous row's seal
    made_at = CharField()

    class Meta:
        triggers = (
            """CREATE TRIGGER ledger_checkpoint_is_append_only_update
            BEFORE UPDATE ON ledger_checkpoint
            BEGIN
                SELECT RAISE(ABORT, 'ledger checkpoints are kept as they were made');
            END""",
            """CREATE TRIGGER ledger_checkpoint_is_append_only_delete
            BEFORE DELETE ON ledger_checkpoint
            BEGIN
                SELECT RAISE(ABORT, 'ledger checkpoints are kept as they were made');
            END""",
            """CREATE TRIGGER ledger_checkpoint_moves_forward BEFORE INSERT ON ledger_checkpoint
            WHEN NEW.upto_id <= coalesce((SELECT max(upto_id) FROM ledger_checkpoint), 0)
                OR NEW.upto_id > coalesce((SELECT max(id) FROM ledger_entry), 0)
            BEGIN
                SELECT RAISE(ABORT, 'a checkpoint covers entries after the one before it');
            END""",
        )

    def as_replay(self) -> chain.Replay:
        """The starting point a replay of the entries after this checkpoint extends."""
        return chain.Replay(self.upto_id, self.entries, self.balance, self.digest, self.last_entry)


def sealed_checkpoints() -> tuple[list[LedgerCheckpoint], list[str]]:
    """The checkpoints, oldest first, up to the first whose seal does not match (that one and
    those after it are left out), and the problems found."""
    intact: list[LedgerCheckpoint] = []
    previous = ""
    for checkpoint in LedgerCheckpoint.select().order_by(LedgerCheckpoint.id):
        expected = chain.seal(
            previous,
            checkpoint.upto_id,
            checkpoint.entries,
            checkpoint.balance,
            checkpoint.last_entry,
            checkpoint.digest,
            checkpoint.made_at,
        )
        if expected != checkpoint.seal:
            return intact, [
                f"Checkpoint {checkpoint.id} (entries up to {checkpoint.upto_id}) does not "
                "match its seal: it was changed after it was made, so it and the checkpoints "
                "after it are not relied on."
            ]
        intact.append(checkpoint)
        previous = checkpoint.seal
    return intact, []


def add(state: chain.Replay, after: LedgerCheckpoint | None) -> bool:
    """Store `state` as the newest checkpoint, unless another one was made since `after`
    (call inside write_transaction())."""
    newest = LedgerCheckpoint.select().order_by(LedgerCheckpoint.id.desc()).first()
    if (newest and newest.id) != (after and after.id) or state.upto_id <= 0:
        return False
    chain.add_checkpoint(database, state, after.seal if after else "")
    return True
