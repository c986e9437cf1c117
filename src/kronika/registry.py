"""Registries of named parts (stages, readers, exporters), as spaCy and catalogue register them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from kronika.errors import KronikaError

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Entry(Generic[T]):
    """One registered part with what it needs and what it adds."""

    name: str
    obj: T
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    doc: str = ""


@dataclass
class Registry(Generic[T]):
    """A name → part table; a miss lists the names that exist."""

    kind: str
    _entries: dict[str, Entry[T]] = field(default_factory=dict)

    def register(
        self, name: str, *, requires: tuple[str, ...] = (), assigns: tuple[str, ...] = ()
    ) -> Callable[[T], T]:
        """Decorator that registers ``obj`` under ``name``."""

        def wrap(obj: T) -> T:
            doc = (getattr(obj, "__doc__", None) or "").strip().splitlines()
            self._entries[name] = Entry(name, obj, requires, assigns, doc[0] if doc else "")
            return obj

        return wrap

    def get(self, name: str) -> Entry[T]:
        """The entry called ``name``; raises with the list of available names."""
        try:
            return self._entries[name]
        except KeyError:
            raise KronikaError(
                f"Unknown {self.kind} {name!r}. Available: {', '.join(self.names())}"
            ) from None

    def names(self) -> list[str]:
        """Registered names, sorted."""
        return sorted(self._entries)

    def __contains__(self, name: object) -> bool:
        return name in self._entries
