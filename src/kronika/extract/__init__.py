"""Extraction: Document → list[Event], through stages registered by name.

A stage is a factory ``(settings) -> run`` where ``run(analysis)`` reads what earlier stages
assigned and adds its own part. ``Pipeline.from_settings`` checks the configured order
against each stage's ``requires``/``assigns`` before any document is read.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from kronika.domain import Document, Event
from kronika.errors import KronikaError, StageError
from kronika.extract.analysis import Analysis
from kronika.registry import Registry
from kronika.settings import ExtractSettings

StageRun = Callable[[Analysis], None]
StageFactory = Callable[[ExtractSettings], StageRun]

stages: Registry[StageFactory] = Registry("stage")


def plain(fn: StageRun) -> StageFactory:
    """Wrap a stateless stage function as a factory."""

    def factory(settings: ExtractSettings) -> StageRun:
        return fn

    factory.__doc__ = fn.__doc__
    return factory


@dataclass
class Pipeline:
    """The configured stages, built once, run in order on each document."""

    names: tuple[str, ...]
    runs: tuple[StageRun, ...]
    timings: dict[str, float] = field(default_factory=dict)

    @classmethod
    def from_settings(cls, settings: ExtractSettings) -> Pipeline:
        """Build the stages named in ``settings.stages``; fail early on a bad order or name."""
        _register_builtin_stages()
        assigned: set[str] = {"document"}
        runs: list[StageRun] = []
        for name in settings.stages:
            try:
                entry = stages.get(name)
            except KronikaError as err:
                raise StageError(str(err)) from None
            missing = [r for r in entry.requires if r not in assigned]
            if missing:
                raise StageError(
                    f"Stage {name!r} requires {', '.join(missing)}, which no earlier stage assigns. "
                    f"Put a stage that assigns it before {name!r} in extract.stages."
                )
            assigned.update(entry.assigns)
            runs.append(entry.obj(settings))
        return cls(tuple(settings.stages), tuple(runs))

    def __call__(self, document: Document) -> Analysis:
        analysis = Analysis(document=document)
        for name, run in zip(self.names, self.runs, strict=True):
            began = time.perf_counter()
            try:
                run(analysis)
            except KronikaError:
                raise
            except Exception as err:
                raise StageError(f"stage {name!r} failed: {type(err).__name__}: {err}") from err
            self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - began
        return analysis


@cache
def pipeline_for(settings: ExtractSettings) -> Pipeline:
    """The pipeline for ``settings``, built once per process."""
    return Pipeline.from_settings(settings)


def extract_events(document: Document, settings: ExtractSettings | None = None) -> list[Event]:
    """The events of one document, in text order."""
    return analyze(document, settings).events


def analyze(document: Document, settings: ExtractSettings | None = None) -> Analysis:
    """The full analysis of one document (sentences, mentions, frames, events)."""
    return pipeline_for(settings or ExtractSettings())(document)


def load_stages() -> Registry[StageFactory]:
    """The stage registry with every built-in stage registered."""
    _register_builtin_stages()
    return stages


def _register_builtin_stages() -> None:
    # Imported here so that `import kronika.extract` stays light; each stage module registers itself.
    import importlib
    import pkgutil

    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("_") and info.name not in ("analysis",):
            importlib.import_module(f"{__name__}.{info.name}")


__all__ = ["Analysis", "Pipeline", "analyze", "extract_events", "load_stages", "pipeline_for", "stages"]
