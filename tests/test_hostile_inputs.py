"""Hostile and odd files (issue 14): each is refused with a coded message or read, fast, and never hangs."""

from __future__ import annotations

import os
import time

import pytest

import extract.inputs
from extract.readers import read_bytes
from extract.readers.docx import read_docx
from extract.readers.html import decode_html, html_to_text

from . import hostile_files as hostile

pytestmark = pytest.mark.issue(14)


def test_a_word_zip_bomb_is_refused_before_it_is_unpacked(monkeypatch):
    monkeypatch.setattr("extract.readers.docx.MAX_UNPACKED_MB", 2.0)
    source = read_bytes("bomb.docx", hostile.zip_bomb_docx(3))
    assert source.status == "failed" and source.error.startswith("E050") and "zip bomb" in source.error


@pytest.mark.slow
def test_a_word_zip_bomb_of_hundreds_of_megabytes_fails_in_a_moment():
    data = hostile.zip_bomb_docx(260)
    started = time.monotonic()
    source = read_bytes("bomb.docx", data)
    assert source.error.startswith("E050") and time.monotonic() - started < 2
    assert len(data) < 2_000_000


def test_a_billion_laughs_word_file_says_what_it_is():
    source = read_bytes("laughs.docx", hostile.billion_laughs_docx())
    assert source.status == "failed" and source.error.startswith("E051") and "billion laughs" in source.error


@pytest.mark.parametrize("fmt", ["lowerLetter", "upperRoman", "decimal"])
def test_a_word_list_numbered_from_a_huge_number_stays_small(fmt):
    started = time.monotonic()
    text = read_docx(hostile.numbered_list_docx(10 ** 11, fmt)).text
    assert time.monotonic() - started < 2 and len(text) < 5_000
    assert "Item 39 of the agenda of 4 June 2024." in text


def test_a_web_page_list_started_at_a_huge_letter_stays_small():
    text = html_to_text('<ol type="a" start="100000000000"><li>Apologies</li><li>Minutes</li></ol>')
    assert len(text) < 100 and "Apologies" in text and "Minutes" in text


@pytest.mark.parametrize("tag, count", [("p", 600), ("li", 600), ("tr", 200)])
def test_html_with_optional_end_tags_left_out_is_read_whole(tag, count):
    source = read_bytes("minutes.html", hostile.unclosed_html(tag, count))
    assert source.status == "ok", source.error
    last = {"p": f"Paragraph {count - 1} of the minutes.", "li": f"Item {count - 1}",
            "tr": f"Ward {count - 1}"}[tag]
    assert last in source.text


@pytest.mark.parametrize("charset", ["unicode_escape", "raw_unicode_escape", "rot13", "base64", "utf-7"])
def test_only_real_web_charsets_are_used_to_decode_a_page(charset):
    page = f'<html><head><meta charset="{charset}"></head><body><p>Fee \\u00a35 +AKM-</p></body>'.encode()
    markup, encoding = decode_html(page)
    assert encoding == "utf-8" and "\\u00a35 +AKM-" in markup


def test_a_declared_windows_1252_page_is_still_decoded_with_it():
    page = '<html><head><meta charset="windows-1252"></head><body><p>\u201cAGREED\u201d</p></body></html>'
    assert decode_html(page.encode("cp1252")) == (page, "windows-1252")


def test_a_utf16_moderngov_file_declaring_an_entity_is_refused():
    source = read_bytes("meeting.xml", hostile.utf16_xml_with_entity())
    assert source.status == "failed" and source.error.startswith("E051")
    assert "Planning Committee" not in source.text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_text_without_a_bom_is_read(codec):
    paper = hostile.GOOD_MINUTES.replace("Inn", "Inn \u2013 \u00a3250 fee")
    source = read_bytes("minutes.txt", paper.encode(codec))
    assert source.status == "ok" and source.encoding == codec and source.text == paper


def test_binary_with_nul_bytes_is_still_refused():
    data = bytes(range(256)) * 64
    assert read_bytes("blob.txt", data).error.startswith("E003")


def test_a_pdf_font_mapping_to_lone_surrogates_gives_text_utf8_can_write():
    source = read_bytes("minutes.pdf", hostile.minutes_pdf_with_surrogates())
    assert source.status == "ok"
    source.text.encode("utf-8")
    assert "RESOLVED: that the \ufffdueens Head licence be granted." in source.text


def test_a_text_over_the_character_limit_fails_clearly(monkeypatch):
    monkeypatch.setattr("extract.readers.MAX_TEXT_CHARS", 1000)
    source = read_bytes("long.txt", ("RESOLVED: that the report be noted. " * 40).encode())
    assert source.status == "failed" and source.error.startswith("E052") and "1,440" in source.error


def test_a_file_over_the_size_limit_is_not_hashed_or_read(tmp_path, monkeypatch):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:
        fh.truncate(4 * 1024 ** 3)  # sparse: 4 GiB on paper, nothing on disk
    monkeypatch.setattr(extract.inputs, "file_sha256", lambda path: pytest.fail("the file was hashed"))
    started = time.monotonic()
    source = extract.inputs.read_source(huge, max_mb=50)
    assert time.monotonic() - started < 1
    assert source.status == "failed" and source.error.startswith("E007") and "4096.0 MB" in source.error


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "papers.txt"
    os.mkfifo(fifo)
    source = extract.inputs.read_source(fifo)
    assert source.status == "failed" and source.error.startswith("E047") and "FIFO" in source.error


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_a_device_is_refused_without_reading_it():
    source = extract.inputs.read_source("/dev/zero")
    assert source.status == "failed" and source.error.startswith("E047") and "device" in source.error


def test_broken_and_looping_links_say_so(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    broken = extract.inputs.read_source(tmp_path / "gone.txt")
    looping = extract.inputs.read_source(tmp_path / "a.txt")
    assert broken.error.startswith("E048") and "deleted.txt" in broken.error
    assert looping.error.startswith("E049")
