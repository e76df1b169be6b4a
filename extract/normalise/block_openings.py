"""Where a contact block opens: a label line ("Contact Officer:", "Report Originator(s):"), a label after
a full stop inside a line, a sentence ending "please contact:", or a post ("Clerk: Jane Smith", "Proper
Officer" alone over a signature); and the document's lines with their offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Sequence

from .cover_tables import label_key
from .officer_rules import (
    ContactRules,
    Offsets,
    looks_like_name,
    looks_like_title,
    split_pieces,
    strip_honorifics,
)


@dataclass(frozen=True)
class Line:
    """A line of the document with its offsets."""

    start: int
    end: int
    text: str


@lru_cache(maxsize=4)
def lines_of(text: str) -> tuple[Line, ...]:
    """The document's lines with their offsets, split once for the several readers of one paper's lines."""
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        out.append(Line(pos, pos + len(body), body))
        pos += len(raw)
    return tuple(out)


LABELLED_PERSON = re.compile(r"^[ \t]*(?P<label>[A-Z][A-Za-z&'’/ -]{1,40}?)[ \t]*:[ \t]*(?=[A-Z])")
"""A short label before a person's name ("Panel support: Jane Smith, …", "Scrutiny contact: …")."""

POST_LABEL = re.compile(r"^[ \t]*(?P<post>[A-Z][^:@\d\n]{1,60}?)[ \t]*(?P<colon>:[ \t]*(?=[A-Z])|$)")
"""A post opening a line ("Clerk: Jane Smith") or alone on it ("Proper Officer")."""


def block_opening(lines: Sequence[Line], index: int, rules: ContactRules, fields: Sequence[Offsets] = ()
                  ) -> Optional[tuple[Line, str, str, Optional[Offsets]]]:
    """Whether a contact block opens on line index: its first line to read (after the label), role,
    rule and, for a block opened by a post, the post's offsets; fields are the offsets of the text's
    phone numbers and e-mail addresses."""
    line = lines[index]
    match = rules.label_line.match(line.text) or rules.inline_label.search(line.text)
    if match:
        label = re.sub(r"\s+", " ", match.group("label").lower())
        role = rules.block_labels.get(label, "contact")
        return Line(line.start + match.end(), line.end, line.text[match.end():]), role, f"contact-block:{label}", None
    if rules.lead_line.match(line.text):
        return Line(line.end, line.end, ""), "contact", "contact-block:lead", None  # "… please contact:"
    if signs_off(lines, index, rules):
        return line, "author", "contact-block:signature", None  # "H. Castleton" / "Director of Law"
    match = POST_LABEL.match(line.text)
    if not match or not is_post_label(match.group("post"), rules):
        return labelled_person(lines, index, rules, fields)
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


def labelled_person(lines: Sequence[Line], index: int, rules: ContactRules, fields: Sequence[Offsets]
                    ) -> Optional[tuple[Line, str, str, Optional[Offsets]]]:
    """A block under a label of any words ("Panel support: Jane Smith, Democratic Services Officer, …"):
    a person's name and job title after it, and a phone number or e-mail address on the line or the two
    after it."""
    line = lines[index]
    match = LABELLED_PERSON.match(line.text)
    if not match or len(match.group("label").split()) > 4:
        return None
    label = match.group("label").strip().lower()
    field_labels = rules.name_labels | rules.title_labels | rules.org_labels | rules.phone_labels
    if label in field_labels | rules.email_labels:
        return None  # a field inside a block
    pieces = split_pieces(line.text[match.end():], 0)
    if len(pieces) < 2 or not looks_like_title(pieces[1].text, rules):
        return None
    n_start, n_end, councillor = strip_honorifics(pieces[0].text, 0, rules)
    name = pieces[0].text[n_start:n_end]
    if councillor or not looks_like_name(name, rules) or (len(name.split()) < 2 and n_start == 0):
        return None
    last = lines[min(index + 2, len(lines) - 1)].end
    if not any(line.start <= start < last for start, _ in fields):
        return None
    rest = Line(line.start + match.end(), line.end, line.text[match.end():])
    return rest, "contact", "contact-block:labelled", None


def signs_off(lines: Sequence[Line], index: int, rules: ContactRules) -> bool:
    """Whether line index opens a signature with no sign-off over it: a name alone on its line after a
    blank one, over a job title alone at the same indent ("Jane Smith" / "Director of Law and Governance")."""
    line = lines[index]
    if index + 1 >= len(lines) or (index and lines[index - 1].text.strip()):
        return False
    below = lines[index + 1].text
    indent, below_indent = len(line.text) - len(line.text.lstrip()), len(below) - len(below.lstrip())
    if abs(indent - below_indent) > 2 or not looks_like_title(below.strip(), rules) \
            or re.search(r"[,;:]|\S(?:[ \t]{2,}|\t)\S", below.strip()):
        return False
    n_start, n_end, councillor = strip_honorifics(line.text.strip(), 0, rules)
    name = line.text.strip()[n_start:n_end]
    return not councillor and looks_like_name(name, rules) and len(name.split()) >= 2
