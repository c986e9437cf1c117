"""Events and their parts, mirroring the interchange format (SCHEMA v1)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kronika.domain.document import Span


@dataclass(frozen=True, slots=True)
class DateRange:
    """When an event happened: ``start``..``end`` inclusive, at a precision."""

    start: date
    end: date
    precision: str = "day"

    def to_json(self) -> dict[str, str]:
        """The date as SCHEMA v1 ``date``."""
        return {"start": self.start.isoformat(), "end": self.end.isoformat(), "precision": self.precision}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DateRange:
        """The inverse of :meth:`to_json`."""
        return cls(date.fromisoformat(data["start"]), date.fromisoformat(data["end"]), data.get("precision", "day"))


@dataclass(frozen=True, slots=True)
class Place:
    """Where an event happened, resolved to coordinates and an ISO country."""

    name: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str = "none"
    id: str | None = None
    admin1: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The place as SCHEMA v1 ``location`` (empty fields left out)."""
        out: dict[str, Any] = {}
        for key in ("name", "country", "lat", "lon"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        out["precision"] = self.precision
        if self.id:
            out["id"] = self.id
        if self.admin1:
            out["admin1"] = self.admin1
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Place:
        """The inverse of :meth:`to_json`."""
        return cls(
            data.get("name"), data.get("country"), data.get("lat"), data.get("lon"),
            data.get("precision", "none"), data.get("id"), data.get("admin1"),
        )


@dataclass(frozen=True, slots=True)
class Actor:
    """A party to an event, by its canonical English name and stable id."""

    role: str
    name: str
    id: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The actor as SCHEMA v1 ``actors[]``."""
        out: dict[str, Any] = {"role": self.role, "name": self.name}
        if self.id:
            out["id"] = self.id
        return out


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number the text gives for the event, what it counts, and how exact it is."""

    value: float
    unit: str
    what: str
    bound: str = "exact"

    def to_json(self) -> dict[str, Any]:
        """The quantity as SCHEMA v1 ``quantities[]``; whole numbers as integers."""
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        return {"value": value, "unit": self.unit, "what": self.what, "bound": self.bound}


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who says so (the original claimant), who relayed it (in order), and how surely."""

    source: str | None = None
    via: tuple[str, ...] = ()
    certainty: str = "asserted"

    def to_json(self) -> dict[str, Any]:
        """The attribution as SCHEMA v1 ``attribution``."""
        out: dict[str, Any] = {"source": self.source, "via": list(self.via), "certainty": self.certainty}
        return out


@dataclass(frozen=True, slots=True)
class Event:
    """One thing that happened (or was said to), with span-level provenance."""

    doc: str
    type: str
    subtype: str | None = None
    date: DateRange | None = None
    location: Place = field(default_factory=Place)
    actors: tuple[Actor, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    attribution: Attribution = field(default_factory=Attribution)
    evidence: tuple[Span, ...] = ()
    summary: str = ""
    language: str | None = None
    quote: str | None = None
    field_evidence: dict[str, tuple[Span, ...]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The event as one SCHEMA v1 JSON object."""
        out: dict[str, Any] = {"doc": self.doc, "type": self.type}
        if self.subtype:
            out["subtype"] = self.subtype
        if self.date is not None:
            out["date"] = self.date.to_json()
        out["location"] = self.location.to_json()
        out["actors"] = [a.to_json() for a in self.actors]
        out["quantities"] = [q.to_json() for q in self.quantities]
        out["attribution"] = self.attribution.to_json()
        out["evidence"] = [s.to_json() for s in self.evidence]
        out["summary"] = self.summary
        if self.language:
            out["language"] = self.language
        if self.field_evidence:
            out["field_evidence"] = {
                k: [s.to_json() for s in v] for k, v in sorted(self.field_evidence.items())
            }
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Event:
        """The inverse of :meth:`to_json` (unknown keys ignored)."""
        att = data.get("attribution") or {}
        return cls(
            doc=data["doc"],
            type=data["type"],
            subtype=data.get("subtype"),
            date=DateRange.from_json(data["date"]) if data.get("date") else None,
            location=Place.from_json(data.get("location") or {}),
            actors=tuple(Actor(a["role"], a["name"], a.get("id")) for a in data.get("actors") or []),
            quantities=tuple(
                Quantity(q["value"], q.get("unit", ""), q.get("what", ""), q.get("bound", "exact"))
                for q in data.get("quantities") or []
            ),
            attribution=Attribution(att.get("source"), tuple(att.get("via") or ()), att.get("certainty", "asserted")),
            evidence=tuple(Span(s["start"], s["end"]) for s in data.get("evidence") or []),
            summary=data.get("summary", ""),
            language=data.get("language"),
            field_evidence={
                k: tuple(Span(s["start"], s["end"]) for s in v)
                for k, v in (data.get("field_evidence") or {}).items()
            },
        )
