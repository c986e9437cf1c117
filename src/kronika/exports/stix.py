"""STIX 2.1 bundle of the ``cyber_operation`` events, for threat-intelligence tools.

Each cyber event becomes a ``campaign``; each initiator an ``intrusion-set`` (its other
names in the same event, and in the actor catalogue when one is installed, as aliases)
linked by ``attributed-to``; each target an ``identity`` and each country a ``location``,
linked by ``targets``; each source document a ``report`` that refers to all of these, made
by the claimant's ``identity``. Ids are UUIDv5 over a fixed namespace and the object's
stable content, and timestamps come from the event dates (or one given timestamp), so the
same events always give the same bundle, byte for byte.
"""

from __future__ import annotations

import importlib
import json
import uuid
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any, TextIO

from kronika.domain import Document, Event
from kronika.exports.base import exporters
from kronika.exports.countries import COUNTRIES

NAMESPACE = uuid.UUID("6f1f5d1e-2b7a-5c3e-9a41-0c4b6b1184aa")
SPEC_VERSION = "2.1"
# created/modified of objects that no single event dates (intrusion sets, identities, …)
FIXED_TIMESTAMP = "2022-02-24T00:00:00.000Z"
TYPE_ORDER = ("report", "campaign", "intrusion-set", "identity", "location", "relationship")

StixObject = dict[str, Any]


def stix_id(kind: str, *content: str) -> str:
    """``kind--<uuid5>`` over the fixed namespace and ``content``: the same content, the same id."""
    return f"{kind}--{uuid.uuid5(NAMESPACE, '|'.join((kind, *content)))}"


def timestamp(when: date | datetime) -> str:
    """A STIX timestamp in UTC to the millisecond (``2025-05-21T00:00:00.000Z``)."""
    if isinstance(when, datetime):
        return when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z"
    return f"{when.isoformat()}T00:00:00.000Z"


def catalogue_aliases(actor_id: str | None) -> list[str]:
    """Other names of ``actor_id`` from the actor catalogue, if this install has one."""
    if not actor_id:
        return []
    try:
        # optional: resources.actors is another part of kronika and may not exist yet
        module = importlib.import_module("kronika.resources.actors")
        catalogue: Any = module.load_actors()
        entry: Any = catalogue.get(actor_id)
    except (ImportError, AttributeError, TypeError, KeyError, LookupError):
        return []
    aliases: Any = entry.get("aliases") if isinstance(entry, dict) else getattr(entry, "aliases", None)
    if isinstance(aliases, dict):
        aliases = [name for names in aliases.values() for name in (names or [])]
    return [a for a in aliases or [] if isinstance(a, str)]


def _key(event: Event) -> tuple[str, str, int, str]:
    start = event.date.start.isoformat() if event.date else ""
    first = event.evidence[0].start if event.evidence else -1
    return (start, event.doc, first, json.dumps(event.to_json(), sort_keys=True, ensure_ascii=False))


class _Bundle:
    def __init__(self, documents: Mapping[str, Document], fixed: str | None) -> None:
        self.documents = documents
        self.fixed = fixed
        self.objects: dict[str, StixObject] = {}
        self.by_doc: dict[str, list[str]] = {}
        self.claimants: dict[str, set[str]] = {}
        self.doc_dates: dict[str, date] = {}

    def add(self, obj: StixObject) -> str:
        found = self.objects.get(obj["id"])
        if found is None:
            self.objects[obj["id"]] = obj
        elif obj["type"] == "intrusion-set":
            merged = sorted(set(found.get("aliases", [])) | set(obj.get("aliases", [])))
            if merged:
                found["aliases"] = merged
        return str(obj["id"])

    def sdo(self, kind: str, ident: str, created: str, **props: Any) -> StixObject:
        stamp = self.fixed or created
        return {"type": kind, "spec_version": SPEC_VERSION, "id": ident, "created": stamp, "modified": stamp,
                **{k: v for k, v in props.items() if v not in (None, [], "")}}

    def relate(self, kind: str, source: str, target: str, created: str) -> str:
        return self.add(self.sdo("relationship", stix_id("relationship", kind, source, target), created,
                                 relationship_type=kind, source_ref=source, target_ref=target))

    def event(self, event: Event) -> None:
        created = timestamp(event.date.start) if event.date else FIXED_TIMESTAMP
        refs: list[str] = []
        initiators: dict[str, list[str]] = {}
        ids: dict[str, str | None] = {}
        for actor in event.actors:
            if actor.role == "initiator":
                key = actor.id or actor.name
                initiators.setdefault(key, []).append(actor.name)
                ids.setdefault(key, actor.id)
        names = [names[0] for names in initiators.values()]
        label = (event.subtype or "operation").replace("_", " ")
        campaign = self.add(self.sdo(
            "campaign", stix_id("campaign", _key(event)[3]), created,
            name=f"{', '.join(names) or 'Unattributed'} cyber {label}"
            + (f" ({event.date.start.isoformat()})" if event.date else ""),
            description=event.summary,
            first_seen=timestamp(event.date.start) if event.date else None,
            last_seen=timestamp(event.date.end) if event.date else None,
        ))
        refs.append(campaign)
        for key, all_names in initiators.items():
            aliases = [n for n in dict.fromkeys([*all_names[1:], *catalogue_aliases(ids[key])]) if n != all_names[0]]
            intrusion = self.add(self.sdo("intrusion-set", stix_id("intrusion-set", key), FIXED_TIMESTAMP,
                                          name=all_names[0], aliases=sorted(aliases)))
            refs += [intrusion, self.relate("attributed-to", campaign, intrusion, created)]
        for actor in event.actors:
            if actor.role in ("target", "victim"):
                target = self.add(self.sdo("identity", stix_id("identity", actor.id or actor.name),
                                           FIXED_TIMESTAMP, name=actor.name, identity_class="unknown"))
                refs += [target, self.relate("targets", campaign, target, created)]
        country = (event.location.country or "").upper()
        if country:
            place = self.add(self.sdo("location", stix_id("location", country), FIXED_TIMESTAMP,
                                      name=COUNTRIES.get(country, ("", 0, country))[2], country=country))
            refs += [place, self.relate("targets", campaign, place, created)]
        claimant = event.attribution.source or next(
            (a.name for a in event.actors if a.role == "claimant"), None
        )
        if claimant:
            self.claimants.setdefault(event.doc, set()).add(self.add(self.sdo(
                "identity", stix_id("identity", claimant), FIXED_TIMESTAMP,
                name=claimant, identity_class="organization",
            )))
        self.by_doc.setdefault(event.doc, []).extend(refs)
        if event.date is not None:
            known = self.doc_dates.get(event.doc)
            self.doc_dates[event.doc] = min(known, event.date.end) if known else event.date.end

    def reports(self) -> None:
        for doc_name in sorted(self.by_doc):
            doc = self.documents.get(doc_name)
            when = (doc.published if doc else None) or self.doc_dates.get(doc_name)
            published = timestamp(when) if when else FIXED_TIMESTAMP
            claimants = sorted(self.claimants.get(doc_name, ()))
            reference: dict[str, str] = {"source_name": "kronika", "external_id": doc_name}
            if doc is not None and doc.url:
                reference["url"] = doc.url
            self.add(self.sdo(
                "report", stix_id("report", doc_name), published,
                name=(doc.title if doc else None) or doc_name,
                report_types=["campaign"],
                published=published,
                object_refs=list(dict.fromkeys([*self.by_doc[doc_name], *claimants])),
                created_by_ref=claimants[0] if len(claimants) == 1 else None,
                external_references=[reference],
            ))


def bundle(
    events: Iterable[Event],
    documents: Mapping[str, Document] | None = None,
    *,
    fixed_timestamp: datetime | None = None,
) -> StixObject:
    """The STIX 2.1 bundle of the cyber operations among ``events`` (others are ignored).

    ``fixed_timestamp`` sets every ``created``/``modified``; without it they are the event
    dates (and a fixed date for objects shared between events).
    """
    builder = _Bundle(documents or {}, timestamp(fixed_timestamp) if fixed_timestamp else None)
    for event in sorted((e for e in events if e.type == "cyber_operation"), key=_key):
        builder.event(event)
    builder.reports()
    objects = sorted(builder.objects.values(), key=lambda o: (TYPE_ORDER.index(o["type"]), o["id"]))
    out: StixObject = {"type": "bundle", "id": stix_id("bundle", *(o["id"] for o in objects))}
    if objects:  # a bundle's "objects", when present, must not be empty
        out["objects"] = objects
    return out


@exporters.register("stix")
def write_stix(
    events: Iterable[Event], out: TextIO, *, documents: Mapping[str, Document] | None = None
) -> int:
    """A STIX 2.1 bundle of the cyber operations; returns the number of campaigns written."""
    data = bundle(events, documents)
    json.dump(data, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return sum(1 for o in data.get("objects", []) if o["type"] == "campaign")
