"""Which reader a file needs, from its first bytes (magic numbers); the file name only breaks ties."""

from __future__ import annotations

import re
from pathlib import PurePath

from .text import utf16_without_bom

SNIFF_BYTES = 4096
PDF_MAGIC = b"%PDF-"
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
IMAGE_MAGICS = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")
HTML_NAMES = {".html", ".htm", ".xhtml", ".aspx", ".asp", ".php"}
MODERNGOV_ROOTS = {"meeting", "getmeeting", "getmeetingresponse", "getmeetingresult"}
PROLOGUE = re.compile(r"^(?:\s+|<\?.*?\?>|<!--.*?-->|<!doctype[^>]*>)*", re.DOTALL | re.IGNORECASE)
ROOT_TAG = re.compile(r"<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)")
HTML_TAGS = re.compile(r"<(?:html|head|body|div|p|h[1-6]|table|ul|ol)[\s>/]", re.IGNORECASE)

UNSUPPORTED = {"ole": "Old Word or Excel (.doc, .xls)", "zip": "Zip archive (and Excel .xlsx)",
               "image": "Image", "rtf": "Rich Text (.rtf)"}
"""Formats recognised but not read, with the name a council officer would know them by."""


def head_text(data: bytes) -> str:
    """The first bytes as lower-case text, good enough to look for tags (BOMs and UTF-16 handled)."""
    head = data[:SNIFF_BYTES]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="ignore").lower()
    bomless = utf16_without_bom(head)
    if bomless:
        return head.decode(bomless, errors="ignore").lower()
    return head.removeprefix(b"\xef\xbb\xbf").decode("latin-1").lower()


def root_element(text: str) -> str:
    """Local name of the first element after the XML prologue (declaration, comments, doctype)."""
    match = ROOT_TAG.match(text, PROLOGUE.match(text).end())  # type: ignore[union-attr]
    return match.group(1).lower() if match else ""


def detect_format(data: bytes, name: str = "") -> str:
    """The format of a file: pdf, docx, html, moderngov-xml (any XML) or text, or a kind in UNSUPPORTED."""
    suffix = PurePath(name).suffix.lower()
    if PDF_MAGIC in data[:1024]:
        return "pdf"
    if data.startswith(ZIP_MAGIC):
        return "docx" if b"word/" in data or suffix == ".docx" else "zip"
    if data.startswith(OLE_MAGIC):
        return "ole"
    if data.startswith(IMAGE_MAGICS):
        return "image"
    head = head_text(data)
    stripped = head.lstrip()
    if stripped.startswith("{\\rtf"):
        return "rtf"
    if not stripped.startswith("<"):
        return "text"
    root = root_element(stripped)
    if root == "html":
        return "html"
    if (root in MODERNGOV_ROOTS or (root == "envelope" and "getmeeting" in head) or "<agendaitems" in head
            or stripped.startswith("<?xml") or suffix == ".xml"):
        return "moderngov-xml"  # the one XML read; its reader says so when the XML is something else
    if suffix in HTML_NAMES or HTML_TAGS.search(stripped):
        return "html"
    return "text"
