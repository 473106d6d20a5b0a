"""Sync: the crash-safe outbox, the HTTP(S) sync client and the reference collector."""

from edge.sync.client import SyncClient, SyncResult, sync
from edge.sync.config import SyncConfig
from edge.sync.outbox import Outbox, close_due_epochs

__all__ = ["Outbox", "SyncClient", "SyncConfig", "SyncResult", "close_due_epochs", "sync"]
