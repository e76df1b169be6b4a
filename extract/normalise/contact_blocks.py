"""Contact blocks: "Officer to Contact", "Contact Officer: …", "Report author" and the lines after them,
read into officers with name, job title, organisation, phones and e-mail, linked per person.

Pure functions over the text and the offsets of the phone numbers and e-mail addresses already found
in it, so phone numbers and addresses are never read as names or job titles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .officer_rules import (
    CONNECTOR_TAIL,
    ContactRules,
    OfficerFound,
    Offsets,
    Piece,
    looks_like_name,
    looks_like_organisation,
    looks_like_title,
    split_pieces,
    strip_honorifics,
    trimmed,
)

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


def find_contact_officers(text: str, phones: list[Offsets], emails: list[Offsets],
                          rules: ContactRules, *, max_blank_lines: int = 2) -> list[OfficerFound]:
    """Officers in contact blocks: name, job title, organisation, phones and e-mail, linked per person.

    A block opens at a label line ("Officer to Contact:", "Contact Officer: …", "Report author")
    and runs while its lines read as names, job titles, organisations or contact details.
    """
    lines = lines_of(text)
    officers: list[OfficerFound] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        match = rules.label_line.match(line.text)
        if not match:
            index += 1
            continue
        role = rules.block_labels.get(re.sub(r"\s+", " ", match.group("label").lower()), "contact")
        rule = f"contact-block:{match.group('label').lower()}"
        reader = BlockReader(text, phones, emails, rules, role, rule)
        first = Line(line.start + match.end(), line.end, line.text[match.end():])
        index = reader.read([first, *lines[index + 1:]], max_blank_lines) + index
        officers.extend(reader.finished())
        index += 1
    return officers


class BlockReader:
    """Reads the lines of one contact block into officers."""

    def __init__(self, text: str, phones: list[Offsets], emails: list[Offsets], rules: ContactRules,
                 role: str, rule: str) -> None:
        self.text = text
        self.fields = sorted([(a, b, "phone") for a, b in phones] + [(a, b, "email") for a, b in emails])
        self.rules = rules
        self.role = role
        self.rule = rule
        self.people: list[OfficerFound] = []
        self.current: Optional[OfficerFound] = None
        self.on_label_line = False
        """Reading the rest of the label line, where a bare name is the contact ("Author: J Smith")."""

    def finished(self) -> list[OfficerFound]:
        """The block's officers that have a name or a job title."""
        return [p for p in self.people if p.name or p.job_title]

    def read(self, lines: list[Line], max_blank_lines: int) -> int:
        """Read lines until the block ends; returns how many lines (after the label line) were used."""
        blanks = 0
        used = 0
        for number, line in enumerate(lines):
            if not line.text.strip():
                blanks += 1
                done = self.current is not None and self.current.has_contact
                if blanks > max_blank_lines or (blanks > 1 and done):
                    break
                continue
            if number > 0 and self.rules.label_line.match(line.text):
                break
            upcoming = next((ln for ln in lines[number + 1:number + 4] if ln.text.strip()), None)
            self.on_label_line = number == 0
            if not self.read_line(line, upcoming):
                break
            blanks = 0
            used = number
        return used

    def fields_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The phone numbers and e-mail addresses inside start:end, as (start, end, kind)."""
        return [f for f in self.fields if start <= f[0] and f[1] <= end]

    def read_line(self, line: Line, upcoming: Optional[Line]) -> bool:
        """Read one line into the block; False when the line is not part of it."""
        fields = self.fields_in(line.start, line.end)
        cursor = line.start
        understood = bool(fields)
        for f_start, f_end, kind in fields:
            if self.read_chunk(cursor, f_start, upcoming, fields_follow=True):
                understood = True
            self.attach(f_start, f_end, kind)
            cursor = f_end
        tail_read = self.read_chunk(cursor, line.end, upcoming, fields_follow=False)
        return understood or tail_read

    def read_chunk(self, start: int, end: int, upcoming: Optional[Line], *, fields_follow: bool) -> bool:
        """Read the words between contact details: a name, a job title, an organisation, or labels only."""
        chunk = self.text[start:end]
        tail = self.rules.field_label_tail.search(chunk)
        if tail and fields_follow:
            chunk = chunk[:tail.start()]
        chunk = CONNECTOR_TAIL.sub("", chunk) if fields_follow else chunk
        start, end = trimmed(self.text, start, start + len(chunk))
        chunk = self.text[start:end]
        if not chunk or not re.search(r"[A-Za-z]", chunk):
            return False
        if self.rules.field_label_head.match(chunk):
            return True  # "Tel: ext 4321": a contact line whose number could not be read
        chunk_start = start
        label, start = self.field_prefix(chunk, start)
        if label == "name":
            return self.read_person(start, end, upcoming, labelled=True)
        if label == "title":
            self.set_title(start, end)
            return True
        if label == "org":
            self.set_organisation(start, end)
            return True
        if not self.read_person(start, end, upcoming, labelled=fields_follow or self.on_label_line):
            return False
        p_start, p_end = trimmed(self.text, chunk_start, start)
        prefix = self.text[p_start:p_end]
        if label == "role" and self.current.job_title is None and looks_like_title(prefix, self.rules):
            self.set_title(p_start, p_end)  # "Head of Planning: Ruth Lowe"
        return True

    def field_prefix(self, chunk: str, start: int) -> tuple[Optional[str], int]:
        """A "Name:", "Job title:" or role ("Programme lead:") prefix, and where the value after it starts."""
        match = re.match(r"^([^:@\d]{1,60}?)\s*:\s*(?=\S)", chunk)
        if not match:
            return None, start
        prefix = match.group(1).strip().lower()
        value_start = start + match.end()
        if prefix in self.rules.name_labels:
            return "name", value_start
        if prefix in self.rules.title_labels:
            return "title", value_start
        if prefix in self.rules.org_labels:
            return "org", value_start
        if len(prefix.split()) <= 8:
            return "role", value_start
        return None, start

    def read_person(self, start: int, end: int, upcoming: Optional[Line], *, labelled: bool) -> bool:
        """Read "Name", "Name, Job title[, Organisation]", "Job title" or "Organisation" from start:end.

        A bare name counts only when labelled ("Name:"), followed by contact details on its line, or
        followed by a job title or contact details on the next line; otherwise it is a heading.
        """
        pieces = split_pieces(self.text[start:end], start)
        if not pieces:
            return False
        first = pieces[0]
        bracket = re.match(r"^(?P<name>[^()]+?)\s*\((?P<title>[^()]+)\)\s*$", first.text)
        if bracket and len(pieces) == 1 and looks_like_title(bracket.group("title"), self.rules):
            name_piece = Piece(first.start, first.start + bracket.end("name"), bracket.group("name"))
            title_start = first.start + bracket.start("title")
            title = bracket.group("title")
            title_piece = Piece(title_start, title_start + len(title), title)
            pieces = [name_piece, title_piece]
            first = name_piece
        n_start, n_end, councillor = strip_honorifics(first.text, first.start, self.rules)
        name_text = self.text[n_start:n_end]
        had_honorific = n_start > first.start
        if councillor:
            return False  # a councillor is never an officer
        if looks_like_name(name_text, self.rules) and (len(name_text.split()) >= 2 or had_honorific):
            rest = pieces[1:]
            if not rest and not labelled and not self.name_is_followed(upcoming):
                return False
            self.start_person(n_start, n_end)
            self.read_title_and_organisation(rest)
            return True
        if looks_like_title(first.text, self.rules):
            self.read_title_and_organisation(pieces, new_person=True)
            return True
        if looks_like_organisation(self.text[start:end], self.rules) and self.current is not None:
            self.set_organisation(*trimmed(self.text, start, end))
            return True
        return False

    def name_is_followed(self, upcoming: Optional[Line]) -> bool:
        """Whether a bare name line is followed by its job title or contact details (not a heading)."""
        if upcoming is None:
            return False
        if self.fields_in(upcoming.start, upcoming.end):
            return True
        body = upcoming.text.strip()
        label, _ = self.field_prefix(body, 0)
        pieces = split_pieces(body, 0)
        return label in ("title", "org") or bool(pieces) and looks_like_title(pieces[0].text, self.rules)

    def start_person(self, start: int, end: int) -> None:
        """Open a new officer with the name at start:end."""
        current = self.current
        if current is not None and not (current.name or current.job_title or current.has_contact):
            current.name = (start, end)
            current.cover(start, end)
            return
        self.current = OfficerFound(role=self.role, rule=self.rule, name=(start, end))
        self.current.cover(start, end)
        self.people.append(self.current)

    def read_title_and_organisation(self, pieces: list[Piece], *, new_person: bool = False) -> None:
        """Job title from the pieces; a last piece naming an organisation is the organisation."""
        if not pieces:
            return
        org_piece = None
        if len(pieces) >= 2 and looks_like_organisation(pieces[-1].text, self.rules) \
                and not looks_like_title(pieces[-1].text, self.rules):
            org_piece, pieces = pieces[-1], pieces[:-1]
        if new_person:
            current = self.current
            if current is None or current.job_title is not None or (current.has_contact and not current.name):
                self.current = OfficerFound(role=self.role, rule=self.rule)
                self.people.append(self.current)
        self.set_title(*trimmed(self.text, pieces[0].start, pieces[-1].end))
        if org_piece is not None:
            self.set_organisation(*trimmed(self.text, org_piece.start, org_piece.end))

    def set_title(self, start: int, end: int) -> None:
        """Give the job title at start:end to the officer being read (or a new one)."""
        if self.current is None:
            self.current = OfficerFound(role=self.role, rule=self.rule)
            self.people.append(self.current)
        if self.current.job_title is None:
            self.current.job_title = (start, end)
        elif not self.current.has_contact:
            self.current.job_title = (self.current.job_title[0], end)  # a title carried over two lines
        self.current.cover(start, end)

    def set_organisation(self, start: int, end: int) -> None:
        """Give the organisation at start:end to the officer being read, unless it has one."""
        if self.current is not None and self.current.organisation is None:
            self.current.organisation = (start, end)
            self.current.cover(start, end)

    def attach(self, start: int, end: int, kind: str) -> None:
        """Give a phone number or e-mail address to the officer being read."""
        if self.current is None:
            self.current = OfficerFound(role=self.role, rule=self.rule)
            self.people.append(self.current)
        elif kind == "email" and self.current.email is not None:
            return
        if kind == "phone":
            self.current.phones.append((start, end))
        else:
            self.current.email = (start, end)
        self.current.cover(start, end)
