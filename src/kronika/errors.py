"""The one tree of errors that kronika raises.

    KronikaError
    ├── SettingsError        a setting has an unknown key or a bad value
    ├── InputError           an input cannot be read
    │   ├── UnsupportedFormat    the input is not a format any reader takes
    │   └── BrokenFile           the input is empty, binary, not UTF-8 or unreadable
    ├── StageError           an extraction stage failed or the pipeline is misconfigured
    ├── StoreError           the database cannot be opened, migrated or written
    └── UsageError           the user asked for something impossible (bad date, unknown day)

The library raises; only ``kronika.cli`` turns these into one plain line for the user.
Every message says what failed, where, and what would work instead.
"""

from __future__ import annotations


class KronikaError(Exception):
    """Base of every error kronika raises on purpose."""


class SettingsError(KronikaError):
    """A setting has an unknown key or a value outside what it accepts."""


class InputError(KronikaError):
    """An input (file, folder, URL) cannot be read."""

    def __init__(self, location: str, reason: str) -> None:
        super().__init__(f"{location}: {reason}")
        self.location = location
        self.reason = reason


class UnsupportedFormat(InputError):
    """The input is in a format no reader takes."""


class BrokenFile(InputError):
    """The input is empty, binary, not UTF-8, or cannot be opened."""


class StageError(KronikaError):
    """An extraction stage failed, or the configured stages do not fit together."""


class StoreError(KronikaError):
    """The event store cannot be opened, migrated or written."""


class UsageError(KronikaError):
    """A command was given a value it cannot use (a malformed date, an unknown day)."""
