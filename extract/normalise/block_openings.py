"""Where a contact block opens: a label line ("Contact Officer:", "Report Originator(s):"), a label after
a full stop inside a line, a sentence ending "please contact:", or a post ("Clerk: Jane Smith", "Proper
Officer" alone over a signature); and the document's lines with their offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .cover_tables import label_key
from .officer_rules import ContactRules, Offsets, looks_like_name, looks_like_title, strip_honorifics


@dataclass
class Line:
    """A line of the document with its offsets."""

    start: int
    end: int
    text: str


def lines_of(text: str) -> list[Line]:
    """The document's lines with their offsets."""
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        out.append(Line(pos, pos + len(body), body))
        pos += len(raw)
    return out


POST_LABEL = re.compile(r"^[ \t]*(?P<post>[A-Z][^:@\d\n]{1,60}?)[ \t]*(?P<colon>:[ \t]*(?=[A-Z])|$)")
"""A post opening a line ("Clerk: Jane Smith") or alone on it ("Proper Officer")."""


def block_opening(lines: list[Line], index: int, rules: ContactRules
                  ) -> Optional[tuple[Line, str, str, Optional[Offsets]]]:
    """Whether a contact block opens on line index: its first line to read (after the label), role,
    rule and, for a block opened by a post, the post's offsets."""
    line = lines[index]
    match = rules.label_line.match(line.text) or rules.inline_label.search(line.text)
    if match:
        label = re.sub(r"\s+", " ", match.group("label").lower())
        role = rules.block_labels.get(label, "contact")
        return Line(line.start + match.end(), line.end, line.text[match.end():]), role, f"contact-block:{label}", None
    if rules.lead_line.match(line.text):
        return Line(line.end, line.end, ""), "contact", "contact-block:lead", None  # "… please contact:"
    match = POST_LABEL.match(line.text)
    if not match or not is_post_label(match.group("post"), rules):
        return None
    post = (line.start + match.start("post"), line.start + match.end("post"))
    if match.group("colon").strip():
        return line, "contact", "contact-block:post", post  # "Clerk: Jane Smith": the post is read with the line
    following = lines[index + 1] if index + 1 < len(lines) else None
    if following is None or not following.text.strip():
        return None
    return Line(line.end, line.end, ""), "contact", "contact-block:post", post


def is_post_label(text: str, rules: ContactRules) -> bool:
    """Whether a label is a job title ("Clerk", "Proper Officer"), not a name, a councillor or a heading."""
    text = text.strip()
    if re.search(r"[,;()]|\s[-–—]\s|['’]s$|\S(?:[ \t]{2,}|\t)\S", text) \
            or strip_honorifics(text, 0, rules)[2] or looks_like_name(text, rules):
        return False  # "M. Evans, Chief Officer", "Ann Lee - Director", "Ann Lee    Director": no post
    return looks_like_title(text, rules) and text.lower() not in rules.not_name_words


def cover_label_role(label: str, rules: ContactRules) -> Optional[str]:
    """The role a cover-table row's label gives ("Accountable Employee:" → author), or None."""
    key = label_key(label)
    return rules.block_labels.get(key) or rules.block_labels.get(key + ":")
