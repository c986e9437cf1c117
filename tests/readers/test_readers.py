"""expand(), sniff() and read(): locations to files, files to readers, files to items."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kronika import readers
from kronika.errors import BrokenFile, UnsupportedFormat, UsageError
from kronika.readers import ReaderSpec, SourceItem


@pytest.fixture
def tree(write_file, tmp_path):
    write_file("news/b.txt", "B drones.\n")
    write_file("news/a.md", "A drones.\n")
    write_file("news/sub/c.txt", "C drones.\n")
    write_file("news/.hidden.txt", "hidden\n")
    write_file("news/.git/config.txt", "hidden too\n")
    write_file("news/photo.jpg", b"\xff\xd8\xff\xe0 jpeg")
    write_file("news/NOTES", "no extension: text\n")
    return tmp_path


def rel(paths, root):
    return [str(Path(p).relative_to(root)) for p in paths]


def test_expand_folder_is_recursive_sorted_and_skips_hidden_and_unknown(tree):
    assert rel(readers.expand([str(tree / "news")]), tree) == [
        "news/NOTES",
        "news/a.md",
        "news/b.txt",
        "news/sub/c.txt",
    ]


def test_expand_keeps_an_explicit_file_whatever_its_format(tree):
    assert readers.expand([str(tree / "news/photo.jpg")]) == [str(tree / "news/photo.jpg")]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("news/*.txt", ["news/b.txt"]),
        ("news/**/*.txt", ["news/b.txt", "news/sub/c.txt"]),
        ("news/s*", ["news/sub/c.txt"]),
    ],
)
def test_expand_globs(tree, pattern, expected):
    assert rel(readers.expand([str(tree / pattern)]), tree) == expected


def test_expand_lists_each_file_once_in_the_order_given(tree):
    b, a = str(tree / "news/b.txt"), str(tree / "news/a.md")
    assert readers.expand([b, a, b, str(tree / "news/*.md")]) == [b, a]


@pytest.mark.parametrize(("name", "message"), [("nowhere.txt", "no such file"), ("nothing/*.txt", "no file matches"), ("empty", "no file in this folder")])
def test_expand_names_a_path_that_matches_nothing(tmp_path, name, message):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "scan.pdf").write_bytes(b"%PDF-1.4")
    with pytest.raises(UsageError) as caught:
        readers.expand([str(tmp_path / name)])
    assert str(tmp_path / name) in str(caught.value)
    assert message in str(caught.value)


def test_expand_passes_stdin_through():
    assert readers.expand(["-"]) == ["-"]


@pytest.mark.parametrize("name", ["a.txt", "a.TXT", "a.md", "README", "a.markdown"])
def test_sniff_falls_back_to_text(name):
    assert readers.sniff(name, b"hello") is readers.readers.get("text").obj


@pytest.mark.parametrize("name", ["a.pdf", "a.docx", "a.jpg"])
def test_sniff_rejects_a_format_no_reader_takes(name):
    with pytest.raises(UnsupportedFormat) as caught:
        readers.sniff(name, b"%PDF")
    assert "text" in caught.value.reason  # lists the readers that exist


@pytest.fixture
def loud_reader():
    """A test reader of higher priority than text for files starting with LOUD."""

    def read(location, data):
        yield SourceItem(location, "loud", data.decode().upper())

    spec = ReaderSpec(detect=lambda name, head: head.startswith(b"LOUD"), read=read, priority=90)
    readers.readers.register("loud-test")(spec)
    yield spec
    del readers.readers._entries["loud-test"]


def test_sniff_prefers_the_highest_priority_reader(loud_reader, write_file):
    assert readers.sniff("a.txt", b"LOUD news") is loud_reader
    assert readers.sniff("a.txt", b"quiet news") is readers.readers.get("text").obj
    assert next(readers.read(str(write_file("a.txt", "LOUD news")))).text == "LOUD NEWS"


def test_read_reports_a_folder_as_broken(tmp_path):
    with pytest.raises(BrokenFile, match="folder"):
        list(readers.read(str(tmp_path)))


def test_read_reports_a_missing_file_as_broken(tmp_path):
    with pytest.raises(BrokenFile, match="cannot be read"):
        list(readers.read(str(tmp_path / "gone.txt")))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions; chmod 000 proves nothing")
def test_read_reports_an_unreadable_file_as_broken(write_file):
    path = write_file("locked.txt", "secret drones\n")
    path.chmod(0)
    try:
        with pytest.raises(BrokenFile, match="permission denied"):
            list(readers.read(str(path)))
    finally:
        path.chmod(0o644)


def test_read_yields_one_item_named_after_the_file(write_file, articles):
    item = next(readers.read(str(write_file("day/article_uk.txt", articles["uk"]))))
    assert item.name == "article_uk.txt"
    assert item.location.endswith("day/article_uk.txt")


def test_read_turns_a_permission_error_into_broken_file(write_file, monkeypatch):
    # Runs as root too, where chmod 000 cannot make a file unreadable.
    path = write_file("locked.txt", "secret drones\n")

    def refuse(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(BrokenFile) as caught:
        list(readers.read(str(path)))
    assert caught.value.reason == "cannot be read: permission denied"
    assert caught.value.location == str(path)
