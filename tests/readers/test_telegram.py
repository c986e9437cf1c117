"""The Telegram reader on our own channel export: posts, a forward, formatting, a service and a broken message."""

from __future__ import annotations

import json

import pytest

from kronika import readers
from kronika.documents import to_document
from kronika.errors import BrokenFile, InputError, UnsupportedFormat
from kronika.readers.telegram import flatten
from kronika.settings import ExtractSettings

from ._expected import FIXTURES, actual, expected

EXPORT = FIXTURES / "telegram" / "result.json"


def posts():
    return [i for i in readers.read(str(EXPORT)) if not isinstance(i, InputError)]


def test_telegram_yields_the_expected_documents():
    assert actual(EXPORT) == expected(EXPORT)


def test_telegram_sniffed_by_content():
    head = EXPORT.read_bytes()[:4096]
    assert readers.sniff("result.json", head) is readers.readers.get("telegram").obj
    assert readers.sniff("export", head) is readers.readers.get("telegram").obj


def test_telegram_one_document_per_text_post_named_channel_hash_id():
    # 1 is a service message, 5 a photo without caption, 6 broken: none is a document.
    assert [p.name for p in posts()] == [f"frontova_strichka_test#{n}" for n in (2, 3, 4, 7)]


def test_telegram_post_has_date_channel_id_and_permalink():
    post = posts()[0]
    assert post.meta["post_id"] == "2"
    assert post.meta["channel"] == "Фронтова стрічка"
    assert post.meta["url"] == "https://t.me/frontova_strichka_test/2"
    document = to_document(post, ExtractSettings())
    assert document.published.isoformat() == "2025-05-21"
    assert document.url == "https://t.me/frontova_strichka_test/2"
    assert document.source == "Фронтова стрічка"


def test_telegram_forward_keeps_the_original_channel_as_via():
    forward = posts()[2]
    assert forward.meta["via"] == forward.meta["forwarded_from"] == "Повітряні сили ЗС України"
    assert "Via: Повітряні сили ЗС України\n" in forward.text[: forward.body_start]


def test_telegram_formatted_text_is_flattened_without_losing_or_adding_spaces():
    body = posts()[1].text[posts()[1].body_start :]
    assert body == (
        "Обмін полоненими. Україна повернула додому 390 своїх громадян: 270 військових і 120 цивільних."
        " Подробиці — у заяві Координаційного штабу.\n\n#обмін #Стамбул\n"
    )


@pytest.mark.parametrize(
    ("parts", "text"),
    [
        ("plain", "plain"),
        (["a", {"type": "bold", "text": "b"}, "c"], "abc"),
        ([{"type": "text_link", "text": "here", "href": "https://x.invalid"}, " and ", {"type": "link", "text": "https://y.invalid"}], "here and https://y.invalid"),
        ([{"type": "plain", "text": "line\n"}, {"type": "italic", "text": "next"}], "line\nnext"),
        ([], ""),
    ],
)
def test_telegram_flatten(parts, text):
    assert flatten(parts) == text


def test_telegram_broken_message_is_reported_and_the_rest_read():
    results = list(readers.read(str(EXPORT)))
    errors = [r for r in results if isinstance(r, InputError)]
    assert [e.location for e in errors] == [f"{EXPORT}#6"]
    assert "int" in errors[0].reason
    assert isinstance(results[-1], readers.SourceItem)  # post 7, after the broken one


def test_telegram_without_username_has_no_permalink_and_uses_the_channel_name(write_file):
    export = json.loads(EXPORT.read_text(encoding="utf-8"))
    del export["username"]
    path = write_file("result.json", json.dumps(export, ensure_ascii=False))
    first = next(i for i in readers.read(str(path)) if not isinstance(i, InputError))
    assert first.name == "Фронтова стрічка#2"
    assert "url" not in first.meta


def test_telegram_truncated_export_is_broken(write_file):
    path = write_file("result.json", '{"name": "x", "messages": [{"id": 1, "type": "mess')
    with pytest.raises(BrokenFile, match="not valid JSON"):
        list(readers.read(str(path)))


def test_json_without_a_messages_list_is_not_taken_for_an_export(write_file):
    path = write_file("result.json", '{"name": "x", "messages": {"a": 1}}')
    with pytest.raises(UnsupportedFormat):
        list(readers.read(str(path)))


def test_telegram_message_without_id_is_reported(write_file):
    path = write_file("result.json", json.dumps({"name": "c", "messages": [{"type": "message", "text": "hi"}, "junk"]}))
    results = list(readers.read(str(path)))
    assert [type(r) for r in results] == [InputError, InputError]
    assert "no numeric id" in results[0].reason
    assert "str, not an object" in results[1].reason
