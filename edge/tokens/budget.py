"""The privacy budget: a ledger of the epsilon each epoch spent, enforced before any report is made.

One batch per epoch, at most `limit` epsilon per epoch. The ledger holds epoch numbers and epsilon only
(no batch id, so the device keeps nothing that links it to a stored batch once the batch is sent).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from edge.errors import PrivacyError
from edge.tokens import store

_DDL = """
CREATE TABLE IF NOT EXISTS budget (
    epoch INTEGER PRIMARY KEY,
    epsilon_spent REAL NOT NULL,
    reports INTEGER NOT NULL
)
"""


class BudgetExceeded(PrivacyError):
    """Making this report would spend more epsilon than the epoch allows (or the epoch was already reported)."""


@dataclass(frozen=True)
class Spending:
    epoch: int
    epsilon_spent: float
    reports: int


class PrivacyBudget:
    def __init__(self, conn: sqlite3.Connection, limit: float) -> None:
        self.conn = conn
        self.limit = float(limit)
        with store.transaction(conn):
            conn.execute(_DDL)

    def spent(self, epoch: int) -> float:
        rows = store.read(self.conn, "SELECT epsilon_spent FROM budget WHERE epoch = ?", (epoch,))
        return float(rows[0][0]) if rows else 0.0

    def closed(self, epoch: int) -> bool:
        """True once the epoch has been reported: no second report is ever made for it."""
        return bool(store.read(self.conn, "SELECT 1 FROM budget WHERE epoch = ?", (epoch,)))

    def ledger(self) -> list[Spending]:
        rows = store.read(self.conn, "SELECT epoch, epsilon_spent, reports FROM budget ORDER BY epoch")
        return [Spending(int(e), float(s), int(n)) for e, s, n in rows]

    def check(self, epoch: int, epsilon: float) -> None:
        """Raise BudgetExceeded unless a report of `epsilon` may be made for `epoch`."""
        if self.closed(epoch):
            raise BudgetExceeded(
                f"epoch {epoch} was already reported (epsilon {self.spent(epoch):g} spent); "
                "its budget is closed, the next report is for the next epoch"
            )
        if epsilon > self.limit + 1e-9:
            raise BudgetExceeded(
                f"a batch would spend epsilon {epsilon:g} but the epoch budget is {self.limit:g}; "
                "lower [tokens] top_k or epsilon, or raise epoch_budget"
            )

    def spend(self, epoch: int, epsilon: float, reports: int) -> None:
        """Record the spending of a batch; call inside the transaction that queues the batch."""
        with store.transaction(self.conn):
            self.check(epoch, epsilon)
            try:
                self.conn.execute(
                    "INSERT INTO budget (epoch, epsilon_spent, reports) VALUES (?, ?, ?)",
                    (epoch, float(epsilon), int(reports)),
                )
            except sqlite3.IntegrityError:
                raise BudgetExceeded(f"epoch {epoch} was already reported; its budget is closed") from None
