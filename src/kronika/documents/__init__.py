"""Documents: a ``SourceItem`` as read → a ``Document`` with its publication date and language."""

from __future__ import annotations

from datetime import date

from kronika.documents.published import Published, parse_published
from kronika.domain import Document
from kronika.domain.vocab import LANGUAGES
from kronika.readers import SourceItem
from kronika.settings import ExtractSettings

__all__ = ["Published", "parse_published", "to_document"]

_LANGUAGE_NAMES = {
    "french": "fr", "français": "fr", "francais": "fr",
    "english": "en", "anglais": "en",
    "ukrainian": "uk", "українська": "uk", "ua": "uk",
    "russian": "ru", "русский": "ru",
}


def _language(raw: str) -> str | None:
    code = raw.strip().lower().replace("_", "-")
    code = _LANGUAGE_NAMES.get(code, code.split("-")[0])
    return code if code in LANGUAGES else None


def _looks_like_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def to_document(
    item: SourceItem,
    settings: ExtractSettings,
    *,
    published: date | None = None,
    language: str | None = None,
) -> Document:
    """The Document for ``item``: its header read into publication date, language, title, source, URL.

    Priority for the date: ``published`` (the user's ``--published``) over the header ``date``.
    Priority for the language: ``language`` unless None or "auto", then ``settings.language``
    unless "auto", then the header ``language``, else None (the extraction detects it).
    Problems that do not stop reading (an unreadable date) become ``Document.warnings``.
    """
    meta = dict(item.meta)
    warnings = list(item.warnings)

    when: date | None = published
    precision = "day"
    raw_date = meta.get("date", "").strip()
    if when is None and raw_date:
        parsed = parse_published(raw_date)
        if parsed is None:
            warnings.append(f"{item.name}: unreadable date {raw_date!r}; publication date left unknown")
        else:
            when, precision = parsed.value, parsed.precision

    lang: str | None = None
    for choice in (language, settings.language):
        if choice and choice != "auto":
            lang = choice
            break
    else:
        raw_lang = meta.get("language", "").strip()
        if raw_lang:
            lang = _language(raw_lang)
            if lang is None:
                warnings.append(
                    f"{item.name}: language {raw_lang!r} is not one of {', '.join(LANGUAGES)}; it will be detected"
                )

    if len(item.text) > settings.max_chars:
        warnings.append(
            f"{item.name}: {len(item.text)} characters; extraction reads the first {settings.max_chars}"
            " (setting extract.max_chars)"
        )

    source = meta.get("source") or None
    url = meta.get("url") or (source if source and _looks_like_url(source) else None)
    return Document(
        id=item.name,
        text=item.text,
        body_start=item.body_start,
        language=lang,
        published=when,
        published_precision=precision,
        title=meta.get("title") or None,
        source=source,
        url=url,
        path=item.location,
        metadata=meta,
        warnings=tuple(warnings),
    )
