"""Sync: carries sealed uploads to the collector (scheduling, the Oblivious HTTP client) and the relay."""

from edge.sync.client import SyncResult, sync

__all__ = ["SyncResult", "sync"]
