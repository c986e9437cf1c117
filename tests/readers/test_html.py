"""The HTML reader on our own pages: a news article, a live blog and an AMP page.

Text-extraction quality is measured against the expected main text of each page as token-level
precision, recall and F1 (lower-cased word tokens, counted with repetition), printed with
``pytest -s`` and held above pinned floors.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from kronika import readers
from kronika.documents import to_document
from kronika.errors import BrokenFile
from kronika.readers import text as text_reader
from kronika.settings import ExtractSettings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "html"
PAGES = ["news_article", "live_blog", "amp_article", "ru_news", "fr_figures"]
# Measured with trafilatura 2.3.1. The first three pages were written with the reader (its
# standfirst and live-blog handling came from them): 1.000, 0.996, 1.000 (trafilatura alone:
# 0.940 without the standfirst, 0.83 on the live blog without key points, times and headings,
# 0.99 on AMP). The last two were written afterwards and not tuned for: 0.950 (ru_news keeps a
# dateline and a "read also" link), 1.000. One paragraph more or less moves F1 by ~0.05; the
# floors leave room for a dependency update, not for a lost paragraph.
F1_FLOORS = {"news_article": 0.95, "live_blog": 0.95, "amp_article": 0.97, "ru_news": 0.93, "fr_figures": 0.97}
MACRO_F1_FLOOR = 0.96


def tokens(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.lower()))


def prf(extracted: str, expected: str) -> tuple[float, float, float]:
    got, want = tokens(extracted), tokens(expected)
    common = sum((got & want).values())
    precision = common / max(sum(got.values()), 1)
    recall = common / max(sum(want.values()), 1)
    f1 = 2 * precision * recall / (precision + recall) if common else 0.0
    return precision, recall, f1


def load(page: str):
    expected = json.loads((FIXTURES / f"{page}.expected.json").read_text(encoding="utf-8"))
    items = list(readers.read(str(FIXTURES / f"{page}.html")))
    assert len(items) == 1
    return items[0], expected


@pytest.mark.parametrize("page", PAGES)
def test_html_sniffed_by_content(page):
    head = (FIXTURES / f"{page}.html").read_bytes()[:4096]
    assert readers.sniff("saved-page", head) is readers.readers.get("html").obj
    assert readers.sniff(f"{page}.txt", head) is readers.readers.get("html").obj


@pytest.mark.parametrize("page", PAGES)
def test_html_reads_title_date_author_source_canonical_url_and_language(page):
    item, expected = load(page)
    assert item.name == expected["name"]
    assert {k: v for k, v in item.meta.items() if k != "layout"} == expected["meta"]


@pytest.mark.parametrize("page", PAGES)
def test_html_text_is_a_header_block_then_the_main_text(page):
    item, _ = load(page)
    meta, body_start = text_reader.parse_header(item.text)
    assert body_start == item.body_start > 0
    assert meta["title"] == item.meta["title"]
    assert meta["url"] == item.meta["url"]
    assert item.text[item.body_start :].strip()


@pytest.mark.parametrize("page", PAGES)
def test_html_main_text_matches_the_expected_text(page):
    item, expected = load(page)
    precision, recall, f1 = prf(item.text[item.body_start :], expected["body"])
    print(f"\n{page}: precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f}")
    assert f1 >= F1_FLOORS[page]


def test_html_macro_f1_over_the_layouts():
    import trafilatura

    scores, baseline = [], []
    for page in PAGES:
        item, expected = load(page)
        scores.append(prf(item.text[item.body_start :], expected["body"]))
        alone = trafilatura.extract((FIXTURES / f"{page}.html").read_bytes(), include_comments=False) or ""
        baseline.append(prf(alone, expected["body"]))
    for name, rows in (("kronika html reader", scores), ("trafilatura alone", baseline)):
        p, r, f = (sum(s[i] for s in rows) / len(rows) for i in range(3))
        print(f"\n{name}, macro over {len(PAGES)} layouts: precision {p:.3f} recall {r:.3f} F1 {f:.3f}")
    assert sum(s[2] for s in scores) / len(scores) >= MACRO_F1_FLOOR


@pytest.mark.parametrize(
    "boilerplate",
    [
        "Nous utilisons des cookies",  # cookie banner
        "Conditions générales de vente",  # footer
        "Sur le même sujet",  # related links
        "Premier échange de prisonniers depuis",
        "Encore une nuit terrible",  # a reader's comment
        "Lire aussi",
        "Je m'inscris",  # newsletter box
        "Partager sur Facebook",
    ],
)
def test_html_leaves_out_boilerplate_comments_and_related_links(boilerplate):
    item, _ = load("news_article")
    assert boilerplate not in item.text


def test_html_live_blog_keeps_each_post_with_its_time_in_page_order():
    item, _ = load("live_blog")
    body = item.text[item.body_start :]
    stamps = ["16:10 GMT — Zelensky", "14:35 GMT — Moscow", "12:20 GMT — Families", "09:05 GMT — Kyiv", "06:00 GMT — Welcome"]
    positions = [body.index(stamp) for stamp in stamps]
    assert positions == sorted(positions)
    assert item.meta["layout"] == "live blog"
    for noise in ("Most read", "Ten recipes", "Load earlier posts", "morning briefing", "@example_account"):
        assert noise not in body


def test_html_amp_page_points_to_its_canonical_article_and_drops_the_repeated_title():
    item, expected = load("amp_article")
    assert item.meta["url"] == "https://novyny-prykordonnia.example/2025/06/01/operatsiia-pavutyna"
    assert not item.text[item.body_start :].startswith(expected["meta"]["title"])
    assert "Головна" not in item.text
    assert "Читайте також" not in item.text


def test_html_document_gets_date_language_and_url_from_the_page():
    item, _ = load("news_article")
    document = to_document(item, ExtractSettings())
    assert document.published is not None
    assert document.published.isoformat() == "2025-05-25"
    assert document.language == "fr"
    assert document.url == "https://www.le-veilleur.example/international/2025/05/25/kyiv-attaque-combinee"
    assert document.title.startswith("Kyiv visée")


def test_html_page_without_text_is_broken(write_file):
    path = write_file("empty.html", "<!doctype html><html><head><title>x</title></head><body><nav>Menu</nav></body></html>")
    with pytest.raises(BrokenFile, match="no article text"):
        list(readers.read(str(path)))


def test_html_suffix_alone_does_not_make_a_feed_html():
    assert not readers.readers.get("html").obj.detect("feed.html", b'<?xml version="1.0"?><rss version="2.0">')


def test_html_reads_a_page_in_a_legacy_cyrillic_encoding(write_file):
    page = (
        '<!DOCTYPE html><html lang="ru"><head><meta charset="windows-1251"><title>Брянск</title></head><body>'
        "<article><h1>Атака беспилотников на Брянск</h1>"
        "<p>Губернатор Брянской области сообщил о перехвате восьми беспилотников над регионом в ночь на вторник.</p>"
        "<p>По его словам, пострадавших нет, повреждено остекление двух жилых домов на окраине города.</p>"
        "</article></body></html>"
    )
    item = next(readers.read(str(write_file("bryansk.html", page.encode("cp1251")))))
    assert "перехвате восьми беспилотников" in item.text
    assert item.meta["language"] == "ru"


def test_html_dated_comments_do_not_make_a_live_blog(write_file):
    comments = "".join(
        f'<div class="comment"><time datetime="2025-05-25T1{n}:00">1{n}:00</time><p>Reader comment number {n},'
        " with an opinion about the news.</p></div>"
        for n in range(6)
    )
    page = (
        '<!DOCTYPE html><html lang="en"><head><title>Strike on Sumy</title></head><body><article><h1>Strike on Sumy</h1>'
        "<p>Two ballistic missiles hit the centre of Sumy on Sunday morning, as many residents were on their way"
        " to church, Ukrainian officials said.</p><p>Rescue teams worked through the day at the site of the strike,"
        " and the city declared three days of mourning.</p></article>"
        f'<section id="comments"><h2>Comments</h2>{comments}</section></body></html>'
    )
    item = next(readers.read(str(write_file("sumy.html", page))))
    assert "layout" not in item.meta
    assert "Reader comment" not in item.text
    assert "Two ballistic missiles" in item.text
