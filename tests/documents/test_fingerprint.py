"""Fingerprints: copies of one report are found, updated figures and other reports are not."""

from __future__ import annotations

from kronika.documents import fingerprint as fp

REPORT = (
    "Dans la nuit du 24 au 25 mai 2025, la Russie a lancé contre l'Ukraine l'une des attaques aériennes "
    "les plus importantes depuis le début de l'invasion à grande échelle, selon l'armée de l'air ukrainienne. "
    "D'après son décompte publié dimanche matin, 298 drones et 69 missiles de différents types ont été tirés "
    "pendant la nuit. La défense antiaérienne affirme en avoir neutralisé la majeure partie, sans préciser "
    "combien d'engins ont atteint leur cible. Plusieurs régions ont été touchées, dont celles de Kyiv, de "
    "Jytomyr et de Khmelnytsky. Les autorités locales font état d'au moins douze morts."
)
SYNDICATED = "KYIV (Agence) — " + REPORT + " Notre dossier complet sur la guerre en Ukraine."
UPDATED = REPORT.replace("298 drones", "302 drones")
OTHER = (
    "La Russie et l'Ukraine ont échangé vendredi 390 prisonniers chacune, dont 270 militaires et 120 civils, "
    "lors de la première étape de l'échange convenu à Istanbul le 16 mai. Les deux parties ont annoncé que "
    "l'opération se poursuivrait pendant le week-end, selon les autorités des deux pays."
)


def test_fingerprint_syndicated_copy_is_a_copy():
    a, b = fp.fingerprints([REPORT, SYNDICATED])
    assert a.similarity(b) >= 0.8
    assert b.copy_of(a, 0.8)


def test_fingerprint_updated_figures_are_not_a_copy():
    a, b = fp.fingerprints([REPORT, UPDATED])
    assert a.similarity(b) > 0.8  # nearly the same words ...
    assert not b.copy_of(a, 0.8)  # ... but a new figure to extract


def test_fingerprint_other_report_is_not_a_copy():
    a, b = fp.fingerprints([REPORT, OTHER])
    assert a.similarity(b) < 0.2
    assert not b.copy_of(a, 0.5)


def test_fingerprint_short_text_has_none():
    assert fp.fingerprint("Explosions in Odesa.") is None


def test_fingerprint_is_stable_across_calls_and_bulk():
    assert fp.fingerprints([REPORT, OTHER])[0] == fp.fingerprint(REPORT)
    assert len(fp.fingerprint(REPORT).signature) == fp.NUM_PERM * 4
    assert len(fp.fingerprint(REPORT).bands) == fp.BANDS


def test_fingerprint_numbers_ignore_order_and_repeats():
    assert fp.numbers_digest("12 drones, 3 missiles, 12 drones") == fp.numbers_digest("3 missiles and 12 drones")
    assert fp.numbers_digest("1,000 prisoners") == fp.numbers_digest("1000 prisoners")
    assert fp.numbers_digest("12 drones") != fp.numbers_digest("13 drones")


def test_copy_index_finds_the_earliest_copy():
    index = fp.CopyIndex()
    first, other, again = fp.fingerprints([REPORT, OTHER, SYNDICATED])
    index.add("first", first)
    index.add("other", other)
    index.add("again", again)
    assert index.find(fp.fingerprint(SYNDICATED), 0.8) == "first"
    assert index.find(fp.fingerprint(SYNDICATED), 0.99) == "again"
    assert index.find(fp.fingerprint(UPDATED), 0.8) is None
    assert len(index) == 3


def test_matches_skips_signatures_of_another_size():
    a = fp.fingerprint(REPORT)
    names = fp.names_text(a.names)
    assert fp.matches(a, [("old", b"\x00" * 16, a.numbers, names), ("same", a.signature, a.numbers, names)], 0.8) == "same"


def test_fingerprint_same_report_about_another_place_is_not_a_copy():
    elsewhere = REPORT.replace("Jytomyr", "Tchernihiv")
    a, b = fp.fingerprints([REPORT, elsewhere])
    assert a.similarity(b) > 0.8
    assert not b.copy_of(a, 0.8)


def test_fingerprint_copy_may_add_names_but_not_drop_them():
    a, b = fp.fingerprints([REPORT, SYNDICATED])
    assert "kyiv" in b.names - a.names or "agence" in b.names - a.names
    assert b.copy_of(a, 0.8)
    assert not a.copy_of(b, 0.8)  # the first lacks the copy's dateline names
