"""HTML pages (BeautifulSoup4 with the standard library's html.parser): the main content as text.

Council pages wrap the paper in navigation, banners, breadcrumbs, cookie notices and footers; only
the main content is kept (<main>, role="main", ModernGov's #modgov, <article>, #content, else the
body, less navigation, forms and scripts). Headings and paragraphs are set apart by blank lines,
list items become "• …" or "1. …" lines and table rows one line each, cells separated by tabs.
"""

from __future__ import annotations

import codecs
import re
from typing import Any, Optional, Union

from ..errors import Messages
from .source import ReadText, UnreadableFile
from .text import decode_text, normalise_newlines

DROPPED_TAGS = ["script", "style", "noscript", "template", "svg", "nav", "aside", "form", "iframe", "button",
                "select", "input", "textarea", "head", "link", "meta", "object", "canvas"]
PAGE_FURNITURE_TAGS = ["header", "footer"]
"""Dropped unless inside the main content or an article, where they hold its title or notes."""
DROPPED_ROLES = {"navigation", "banner", "contentinfo", "search", "complementary", "dialog", "alert"}
DROPPED_NAMES = re.compile(r"breadcrumb|cookie|skip|navbar|menu|sidebar|footer|masthead|banner|social|share(?!d)|"
                           r"(?<!re)search|print-?links|back-?to-?top", re.IGNORECASE)
"""id or class words of page furniture."""
MAIN_CONTENT = ["main", "[role=main]", "#modgov", "article", "#content", "#main-content", "#maincontent",
                "#main", ".main-content"]
"""Where the main content is, tried in order."""
PARAGRAPH_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl",
                  "address", "figure", "hr"}
LINE_TAGS = {"div", "section", "article", "main", "li", "tr", "dt", "dd", "caption", "figcaption", "center"}
CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)
WEB_CHARSET_LABELS = ("utf-8", "utf-16le", "utf-16be", "utf-16", "ibm866", "iso-8859-1", "iso-8859-2",
                      "iso-8859-3", "iso-8859-4", "iso-8859-5", "iso-8859-6", "iso-8859-7", "iso-8859-8",
                      "iso-8859-10", "iso-8859-13", "iso-8859-14", "iso-8859-15", "iso-8859-16", "koi8-r",
                      "koi8-u", "macintosh", "cp874", "windows-1250", "windows-1251", "windows-1252",
                      "windows-1253", "windows-1254", "windows-1255", "windows-1256", "windows-1257",
                      "windows-1258", "mac-cyrillic", "gbk", "gb18030", "big5", "euc-jp", "iso-2022-jp",
                      "shift_jis", "euc-kr", "us-ascii")
"""The charsets of the WHATWG Encoding Standard, the only ones a browser honours in <meta charset>; any other
name (a Python codec such as unicode_escape or rot13) is ignored and the page goes down the decode ladder."""
WEB_CODECS = frozenset(codecs.lookup(label).name for label in WEB_CHARSET_LABELS)


def decode_html(data: bytes) -> tuple[str, Optional[str]]:
    """The page's text: its declared charset when that decodes, else the text decode ladder."""
    declared = CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii", errors="ignore").lower()
        try:
            if codecs.lookup(name).name in WEB_CODECS:
                return data.decode(name), name
        except (LookupError, UnicodeDecodeError):
            pass
    text, encoding = decode_text(data)
    if text is None:
        raise UnreadableFile(Messages.E004, format="html")
    return text, encoding


def is_furniture(tag: Any) -> bool:
    """An element that is page furniture, not content: a navigation role, hidden, or named like a menu."""
    attrs = tag.attrs or {}
    if attrs.get("role") in DROPPED_ROLES or "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    if re.search(r"display\s*:\s*none", str(attrs.get("style", ""))):
        return True
    names = " ".join([str(attrs.get("id", "")), *attrs.get("class", [])])
    return bool(DROPPED_NAMES.search(names))


class TextWriter:
    """Writes the text of an element tree, keeping line and paragraph breaks as the page shows them."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pending = 0  # 0: nothing, 1: line break, 2: blank line
        self.space = False

    def brk(self, level: int) -> None:
        self.pending = max(self.pending, level)

    def write(self, text: str) -> None:
        if not text:
            return
        if self.parts and self.pending:
            self.parts.append("\n" * self.pending)
            self.space = False
        elif self.parts and self.space:
            self.parts.append(" ")
        self.pending = 0
        self.space = False
        self.parts.append(text)

    def inline(self, text: str) -> None:
        """Text of an inline node, HTML whitespace rules: runs of white space are one space."""
        if text[:1].isspace():
            self.space = True
        words = " ".join(text.split())
        self.write(words)
        if words and text[-1:].isspace():
            self.space = True

    def walk(self, node: Any, in_pre: bool = False) -> None:
        """Write the text under node, walking the tree with a stack: pages with thousands of unclosed
        <p>, <li> or <td> nest that deep, past Python's recursion limit."""
        from bs4 import Comment, NavigableString, Tag

        stack: list[Union[int, tuple[Any, bool]]] = [(c, in_pre) for c in reversed(list(node.children))]
        while stack:
            item = stack.pop()
            if isinstance(item, int):  # the end of an element: the break after it
                self.brk(item)
                continue
            child, pre = item
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                self.string(str(child), pre)
                continue
            if not isinstance(child, Tag) or is_furniture(child):
                continue
            level = self.open(child)
            if level is None:
                continue
            stack.append(level)
            inner = pre or child.name == "pre"
            stack.extend((c, inner) for c in reversed(list(child.children)))

    def string(self, text: str, in_pre: bool) -> None:
        """A text node: kept line by line inside <pre>, else with HTML's white space rules."""
        if not in_pre:
            self.inline(text)
            return
        for i, line in enumerate(text.split("\n")):
            if i:
                self.brk(1)
            self.write(line.rstrip())

    def open(self, tag: Any) -> Optional[int]:
        """What an element writes before its content; the break to write after it (None: no content)."""
        name = tag.name
        if name == "br":
            self.pending = min(self.pending + 1, 2) if self.parts else 0
            return None
        if name in ("td", "th"):
            if tag.find_previous_sibling(["td", "th"]) is not None:
                self.write("\t")
                self.space = False
            return 0
        nested_list = name in ("ul", "ol") and tag.find_parent("li") is not None
        level = 1 if nested_list else 2 if name in PARAGRAPH_TAGS else 1 if name in LINE_TAGS else 0
        self.brk(level)
        if name == "li":
            self.write(list_marker(tag))
            self.space = True
        return level

    def text(self) -> str:
        lines = [line.rstrip() for line in "".join(self.parts).split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def list_marker(item: Any) -> str:
    """"•" for an unordered list item, "3." (or "c.", "iii.") for the third item of an ordered one."""
    from .docx import format_number

    parent = item.find_parent(["ul", "ol"])
    if parent is None or parent.name == "ul":
        return "•"
    try:
        start = int(parent.get("start", "1"))
    except ValueError:
        start = 1
    position = start + len(item.find_previous_siblings("li"))
    fmt = {"a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}.get(
        str(parent.get("type", "1")), "decimal")
    return f"{format_number(position, fmt)}."


def main_content(soup: Any) -> Any:
    """The element holding the page's main content."""
    for selector in MAIN_CONTENT:
        found = soup.select_one(selector)
        if found is not None and found.get_text(strip=True):
            return found
    return soup.body or soup


def html_to_text(markup: str) -> str:
    """The main content of an HTML page (or fragment) as text."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "html.parser")
    for tag in soup.find_all(DROPPED_TAGS):
        tag.decompose()
    for tag in soup.find_all(PAGE_FURNITURE_TAGS):
        if tag.find_parent(["main", "article"]) is None:
            tag.decompose()
    writer = TextWriter()
    writer.walk(main_content(soup))
    return normalise_newlines(writer.text())


def read_html(data: bytes) -> ReadText:
    """The text of an HTML page; an empty page is reported as empty."""
    markup, encoding = decode_html(data)
    text = html_to_text(markup)
    if not text.strip():
        raise UnreadableFile(Messages.E009.format(kind="web page"), format="html", status="empty")
    return ReadText(text + "\n", "html", encoding=encoding)
