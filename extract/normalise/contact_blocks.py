"""Contact blocks: "Officer to Contact", "Contact Officer: …", "Report author" and the lines after them,
read into officers with name, job title, organisation, phones and e-mail, linked per person.

Pure functions over the text and the offsets of the phone numbers and e-mail addresses already found
in it, so phone numbers and addresses are never read as names or job titles.
"""

from __future__ import annotations

import re
from typing import Iterator, Optional, Sequence, overload

from .addresses import has_postcode, looks_like_address
from .block_openings import Line, block_opening, cover_label_role, lines_of
from .contact_columns import find_column_officers
from .cover_tables import find_cover_rows, label_key
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

def find_contact_officers(text: str, phones: list[Offsets], emails: list[Offsets], rules: ContactRules, *,
                          max_blank_lines: int = 2,
                          organisations: Sequence[Offsets] = ()) -> list[OfficerFound]:
    """Officers in contact blocks: name, job title, organisation, phones and e-mail, linked per person.

    A block opens at a label line ("Officer to Contact:", "Contact Officer: …", "Report author"), a
    label inside a line after a full stop ("… BT1 5GS. Enquiries to Mr P. Hall, …"), a cover-table row
    ("Accountable Employee:   Jane Smith, …", the label maybe wrapped over two lines), a post ("Clerk:
    Jane Smith, …", "Proper Officer" over "Jane Smith, Director of Law"), a signature or a label of any
    words before a name, job title and contact details; it runs while its lines read as names, job
    titles, organisations, addresses or contact details. A table's column headed "Contact" gives one
    officer a row. organisations are the offsets of known bodies' names, read whole though they hold
    commas ("Newry, Mourne and Down …").
    """
    lines = lines_of(text)
    fields = sorted([*phones, *emails])
    officers, used = find_column_officers(text, fields, rules)  # "Ref   Matter   Contact" tables
    for row in find_cover_rows(text):
        role = cover_label_role(row.label, rules)
        if role is None or row.label_lines < 2:
            continue  # a label on one line opens a block as any label line does
        reader = BlockReader(text, phones, emails, rules, role, f"contact-block:{label_key(row.label)}",
                             organisations=organisations)
        reader.read([Line(c.start, c.end, c.text) for c in row.cells], 0)
        officers.extend(reader.finished())
        used.update(range(row.first_line, row.last_line + 1))
    index = 0
    while index < len(lines):
        opening = None if index in used else block_opening(lines, index, rules, fields)
        if opening is None:
            index += 1
            continue
        first, role, rule, post = opening
        reader = BlockReader(text, phones, emails, rules, role, rule, post=post, organisations=organisations)
        index = reader.read(LinesFrom(first, lines, index + 1), max_blank_lines) + index
        officers.extend(reader.finished())
        index += 1
    return sorted(officers, key=lambda o: (o.start, o.end))


class LinesFrom(Sequence[Line]):
    """A block's first line, then the paper's lines from start on, read in place: a block reads a few
    lines, and copying the rest of the paper for each block grew with the square of its length."""

    def __init__(self, first: Line, lines: Sequence[Line], start: int) -> None:
        self.first, self.lines, self.start = first, lines, start

    def __len__(self) -> int:
        return 1 + max(0, len(self.lines) - self.start)

    @overload
    def __getitem__(self, index: int) -> Line: ...

    @overload
    def __getitem__(self, index: slice) -> list[Line]: ...

    def __getitem__(self, index: int | slice) -> Line | list[Line]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self.first if index == 0 else self.lines[self.start + index - 1]

    def __iter__(self) -> Iterator[Line]:
        yield self.first
        for i in range(self.start, len(self.lines)):
            yield self.lines[i]


class BlockReader:
    """Reads the lines of one contact block into officers."""

    def __init__(self, text: str, phones: list[Offsets], emails: list[Offsets], rules: ContactRules,
                 role: str, rule: str, *, post: Optional[Offsets] = None,
                 organisations: Sequence[Offsets] = ()) -> None:
        self.text = text
        self.organisations = organisations
        self.fields = sorted([(a, b, "phone") for a, b in phones] + [(a, b, "email") for a, b in emails])
        self.rules = rules
        self.role = role
        self.rule = rule
        self.post = post
        """The post that opened the block ("Clerk: …"): only named officers count, and it is their title."""
        self.people: list[OfficerFound] = []
        self.current: Optional[OfficerFound] = None
        self.sharing: list[OfficerFound] = []
        """Officers named together ("Ann Lee or Tom Hart, Committee Officers"), sharing what follows."""
        self.on_label_line = False
        """Reading the rest of the label line, where a bare name is the contact ("Author: J Smith")."""

    def finished(self) -> list[OfficerFound]:
        """The block's officers that have a name or a job title (a name, in a block a post opened)."""
        if self.post is None:
            return [p for p in self.people if p.name or p.job_title]
        named = [p for p in self.people if p.name]
        for officer in named[:1]:
            if officer.job_title is None:
                officer.job_title = self.post
        return named

    def read(self, lines: Sequence[Line], max_blank_lines: int) -> int:
        """Read lines until the block ends; returns how many lines (after the label line) were used."""
        blanks = 0
        used = 0
        for number, line in enumerate(lines):
            if not line.text.strip():
                blanks += number > 0  # the empty rest of a label line ("Yours sincerely,") is no gap
                done = self.current is not None and self.current.has_contact
                limit = max_blank_lines if self.people else max_blank_lines + 2  # room left for a signature
                if blanks > limit or (blanks > 1 and done):
                    break
                continue
            if number > 0 and self.rules.label_line.match(line.text):
                break
            if blanks and self.current is not None and self.current.has_contact and not self.goes_on(line):
                break  # after a blank line, a complete officer's block goes on only with another person
            if self.post is not None and any(p.name for p in self.people) and self.opens_person(line):
                break  # a post labels one officer ("Clerk: …"); the next person is not under it
            upcoming = next((ln for ln in lines[number + 1:number + 4] if ln.text.strip()), None)
            self.on_label_line = number == 0
            if not self.read_line(line, upcoming):
                break
            blanks = 0
            used = number
        return used

    def goes_on(self, line: Line) -> bool:
        """Whether a line after a blank one still belongs to the block: it opens with a person (a name or
        a job title) or holds contact details only ("Email: …")."""
        fields = self.fields_in(line.start, line.end)
        return self.opens_person(line) or bool(fields) and not self.words_before_fields(line)

    def opens_person(self, line: Line) -> bool:
        """Whether a line opens with a person: a name or a job title, maybe after a label ("Or: Ann Lee")."""
        chunk = self.words_before_fields(line)
        if not chunk or self.rules.field_label_head.match(chunk):
            return False
        first = split_pieces(chunk, 0)[0].text
        n_start, n_end, councillor = strip_honorifics(first, 0, self.rules)
        name = first[n_start:n_end]
        return not councillor and (looks_like_name(name, self.rules) or looks_like_title(first, self.rules)
                                   or bool(shared_names(first, self.rules)))

    def words_before_fields(self, line: Line) -> str:
        """The words of a line before its first phone or e-mail, without labels ("Tel:", "Or:")."""
        fields = self.fields_in(line.start, line.end)
        head_end = fields[0][0] if fields else line.end
        chunk = self.text[line.start:head_end]
        tail = self.rules.field_label_tail.search(chunk)
        chunk = chunk[:tail.start()] if tail else chunk
        _, value_at = self.field_prefix(chunk.strip(), 0)
        chunk = CONNECTOR_TAIL.sub("", chunk.strip()[value_at:]).strip()
        return chunk if re.search(r"[A-Za-z]", chunk) else ""

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
        if self.is_table_header(chunk):
            return True  # "Name   Designation   Contact Details": the headings of a contact table
        chunk_start = start
        label, start = self.field_prefix(chunk, start)
        if label == "name":
            return self.read_person(start, end, upcoming, labelled=True)
        if label == "title":
            if not looks_like_title(self.text[start:end], self.rules, lower_case=True):
                return False  # "Report of: Director of Place" / "Title: Land at Mill Lane": the report's
            self.set_title(start, end)
            return True
        if label == "org":
            self.set_organisation(start, end)
            return True
        if not self.read_person(start, end, upcoming, labelled=fields_follow or self.on_label_line):
            return has_postcode(chunk)  # "Licensing Service, 1 Hill Street, London E8 1DY": the address
        p_start, p_end = trimmed(self.text, chunk_start, start)
        prefix = self.text[p_start:p_end]
        if label == "role" and self.current.job_title is None and looks_like_title(prefix, self.rules):
            self.set_title(p_start, p_end)  # "Head of Planning: Ruth Lowe"
        return True

    def is_table_header(self, chunk: str) -> bool:
        """Whether a line holds only the column headings of a contact table."""
        pieces = [p.text.strip().lower() for p in split_pieces(chunk, 0)]
        return len(pieces) >= 2 and all(p in self.rules.table_header_words for p in pieces)

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
        if self.read_post_then_name(start, end):
            return True
        if self.reads_as_address(pieces):
            return False  # "Appletree Court, Beaulieu Road, Lyndhurst SO43 7PA": the officer's address
        first = pieces[0]
        bracket = re.match(r"^(?P<name>[^()]+?)\s*\((?P<title>[^()]+)\)\s*$", first.text)
        if bracket and len(pieces) == 1 and looks_like_title(bracket.group("title"), self.rules):
            name_piece = Piece(first.start, first.start + bracket.end("name"), bracket.group("name"))
            title_start = first.start + bracket.start("title")
            title = bracket.group("title")
            title_piece = Piece(title_start, title_start + len(title), title)
            pieces = [name_piece, title_piece]
            first = name_piece
        together = shared_names(first.text, self.rules)
        if together:
            self.start_sharing([(first.start + a, first.start + b) for a, b in together], pieces[1:])
            return True
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
            body = self.before_address(pieces, keep_first=True)  # "Dorset Council, County Hall, …": the body
            self.set_organisation(*trimmed(self.text, body[0].start, body[-1].end))
            return True
        return False

    def reads_as_address(self, pieces: list[Piece]) -> bool:
        """Whether a chunk opens with an address: a street or building, then a postcode or another one
        ("Penallta House, Tredomen Park, …"), so that "Jane Hall, Clerk" is still a person."""
        words = self.rules.address_words
        if not looks_like_address(pieces[0].text, words):
            return False
        return any(has_postcode(p.text) or looks_like_address(p.text, words) for p in pieces[1:]) \
            or has_postcode(pieces[0].text)

    def read_post_then_name(self, start: int, end: int) -> bool:
        """"Director of Highways, Travel and Environment (Gareth Rowlands)": a post with its holder's name
        in brackets after it."""
        match = re.fullmatch(r"(?P<title>[^()]+?)\s*\((?P<name>[^()]+)\)\s*", self.text[start:end])
        if not match or not looks_like_title(match.group("title"), self.rules):
            return False
        lead = split_pieces(match.group("title"), 0)[0].text
        if not looks_like_title(lead, self.rules) or looks_like_name(strip_name(lead, self.rules),
                                                                     self.rules):
            return False  # "Morag MacLeod, Service Manager (Early Years)": a name first
        at = start + match.start("name")
        n_start, n_end, councillor = strip_honorifics(match.group("name"), at, self.rules)
        name = self.text[n_start:n_end]
        if councillor or not looks_like_name(name, self.rules) or len(name.split()) < 2:
            return False
        self.start_person(n_start, n_end)
        self.set_title(*trimmed(self.text, start + match.start("title"), start + match.end("title")))
        return True

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
        self.sharing = []
        current = self.current
        if current is not None and not (current.name or current.job_title or current.has_contact):
            current.name = (start, end)
            current.cover(start, end)
            return
        self.current = OfficerFound(role=self.role, rule=self.rule, name=(start, end))
        self.current.cover(start, end)
        self.people.append(self.current)

    def start_sharing(self, names: list[Offsets], rest: list[Piece]) -> None:
        """"Ann Lee or Tom Hart, Committee Officers": one officer per name, each with the title (made
        singular) and, after it, the shared e-mail; a phone goes to the one named beside it."""
        group = []
        for start, end in names:
            self.start_person(start, end)
            group.append(self.current)
        self.current = group[0]
        self.read_title_and_organisation(rest)
        lead = group[0]
        singular = singular_title(self.text[lead.job_title[0]:lead.job_title[1]], self.rules) \
            if lead.job_title else None
        for officer in group:
            officer.job_title, officer.organisation = lead.job_title, lead.organisation
            officer.title_as = singular
            for offsets in (lead.job_title, lead.organisation):
                if offsets:
                    officer.cover(*offsets)
        self.sharing = group
        self.current = group[-1]

    def read_title_and_organisation(self, pieces: list[Piece], *, new_person: bool = False) -> None:
        """Job title from the pieces, up to a piece naming an organisation (the organisation) or the
        first piece of a postal address (left out with all after it)."""
        pieces = self.before_address(pieces, keep_first=new_person)
        if not pieces:
            return
        known = next(((i, body) for i, p in enumerate(pieces) if i or not new_person
                      for body in self.organisations if body[0] <= p.start < body[1]), None)
        org_at = known[0] if known else next(
            (i for i, p in enumerate(pieces) if (i or not new_person)
             and looks_like_organisation(p.text, self.rules)
             and not looks_like_title(p.text, self.rules)), None)
        org_piece = pieces[org_at] if org_at is not None else None
        if known:
            org_piece = Piece(known[1][0], known[1][1], self.text[known[1][0]:known[1][1]])
        pieces = pieces[:org_at] if org_at is not None else pieces
        if new_person:
            current = self.current
            if current is None or current.job_title is not None or (current.has_contact and not current.name):
                self.sharing = []
                self.current = OfficerFound(role=self.role, rule=self.rule)
                self.people.append(self.current)
        if pieces:
            self.set_title(*trimmed(self.text, pieces[0].start, pieces[-1].end))
        if org_piece is not None:
            self.set_organisation(*trimmed(self.text, org_piece.start, org_piece.end))

    def before_address(self, pieces: list[Piece], *, keep_first: bool) -> list[Piece]:
        """The pieces before the first that is part of a postal address ("Aldern House", "PO Box 61")."""
        for number, piece in enumerate(pieces):
            if (number or not keep_first) and looks_like_address(piece.text, self.rules.address_words):
                return self.before_locality(pieces[:number], keep_first=keep_first)
        return pieces

    def before_locality(self, pieces: list[Piece], *, keep_first: bool) -> list[Piece]:
        """The pieces before an address's first lines that name no post or body: a house or a village
        ("Gwilym Pritchard, Bryn Awel, Llanrug, Caernarfon LL55 4AY")."""
        for number, piece in enumerate(pieces):
            if (number or not keep_first) and not looks_like_title(piece.text, self.rules, lower_case=True) \
                    and not looks_like_organisation(piece.text, self.rules):
                return pieces[:number]
        return pieces

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
        """Give a phone number or e-mail address to the officer being read (to each of officers named
        together that lacks one, or to the one named beside a phone: "01536 000000 (Ann)")."""
        if self.sharing:
            named = self.named_beside(end)
            for officer in [named] if named else self.sharing:
                if kind == "phone" and (named or not officer.phones):
                    officer.phones.append((start, end))
                elif kind == "email" and officer.email is None:
                    officer.email = (start, end)
                officer.cover(start, end)
            return
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

    def named_beside(self, end: int) -> Optional[OfficerFound]:
        """The officer of a shared block whose name (or first name) is in brackets after a number."""
        match = re.match(r"[ \t]*\((?P<who>[^()\n]{1,40})\)", self.text[end:end + 45])
        if not match:
            return None
        who = match.group("who").strip().lower()
        for officer in self.sharing:
            name = self.text[officer.name[0]:officer.name[1]].lower()
            if who == name or who == name.split()[0]:
                return officer
        return None


def strip_name(text: str, rules: ContactRules) -> str:
    """text without honorifics and post-nominals."""
    start, end, _ = strip_honorifics(text, 0, rules)
    return text[start:end]


def shared_names(text: str, rules: ContactRules) -> list[Offsets]:
    """Offsets of two or more people's names joined by "or" / "and" ("Ann Lee or Tom Hart"), else []."""
    parts = list(re.finditer(r"[^\s].*?(?=\s+(?:or|and|&)\s+|$)", text))
    if len(parts) < 2:
        return []
    names = []
    for part in parts:
        piece = re.sub(r"^(?:or|and|&)\s+", "", part.group())
        at = part.start() + len(part.group()) - len(piece)
        n_start, n_end, councillor = strip_honorifics(piece, at, rules)
        name = text[n_start:n_end]
        if councillor or not looks_like_name(name, rules) or (len(name.split()) < 2 and n_start == at):
            return []
        names.append((n_start, n_end))
    return names


def singular_title(title: str, rules: ContactRules) -> Optional[str]:
    """A shared job title made singular ("Democratic Services Officers" → "… Officer"), or None."""
    match = re.search(r"([A-Za-z]+)$", title)
    if not match:
        return None
    word = match.group(1)
    for plural, single in (("ies", "y"), ("s", "")):
        if word.lower().endswith(plural) and (word[:-len(plural)] + single).lower() in rules.title_words:
            return title[:match.start()] + word[:-len(plural)] + single
    return None
