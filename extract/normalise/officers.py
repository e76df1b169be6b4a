"""Officers from contact blocks, the report's author and posts named in running text.

Pure functions over the text and the offsets of the phone numbers and e-mail addresses already
found in it, so phone numbers and addresses are never read as names or job titles. The words
they rely on (block labels, job-title words, posts, honorifics) come from data files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Optional

Offsets = tuple[int, int]

NAME_PARTICLES = frozenset({"de", "van", "von", "der", "den", "le", "la", "du", "di", "da", "ap", "ab"})
"""Lower-case words that may sit inside a person's name ("Ruth van der Berg", "Dafydd ap Gwyn")."""


def is_name_word(word: str) -> bool:
    """One word of a name as printed: "Jane", "J.", "JONES", "Siân", "O'Neill", "Smith-Jones"."""
    word = word.rstrip(",")
    if word.endswith("."):
        return re.fullmatch(r"(?:[^\W\d_]\.)+", word) is not None and word[0].isupper()  # "J." or "R.K."
    parts = re.split(r"['’-]", word)
    if not all(part.isalpha() for part in parts) or not word[0].isupper():
        return False
    return all(part[:1].isupper() or part.islower() for part in parts)


PIECE_SEPARATOR = re.compile(r"\s*(?:,|;|\|)\s*|\s+[-–—]\s+")
"""Between a name, its job title and its organisation on one line."""

CONNECTOR_TAIL = re.compile(r"(?:[\s,;:(\[|/–—-]|\b(?:on|or|at|via|by|and)\b)*$", re.I)
"""Words and marks left between a name or title and the phone or address after it ("… on", "…, or")."""


@dataclass(frozen=True)
class ContactRules:
    """Everything the contact-block reader needs, built from the data files."""

    block_labels: dict[str, str]
    """Lower-case label → role (contact or author), e.g. "officer to contact" → contact."""
    phone_labels: frozenset[str]
    email_labels: frozenset[str]
    name_labels: frozenset[str]
    title_labels: frozenset[str]
    org_labels: frozenset[str]
    title_words: frozenset[str]
    """Lower-case words that make a phrase a job title (director, manager, officer …)."""
    posts: tuple[str, ...]
    """Posts that can be named without a person ("Director of Public Health"), longest first."""
    honorifics: frozenset[str]
    councillor_titles: frozenset[str]
    councillor_plurals: frozenset[str]
    councillor_postnominals: frozenset[str]
    postnominals: frozenset[str]
    organisation_words: tuple[str, ...]
    not_name_words: frozenset[str]
    member_post_words: tuple[str, ...] = ()
    """Words of a councillor's post ("Cabinet Member for Health"): never in an officer's job title."""
    author_cues: tuple[str, ...] = ()
    presenter_cues: tuple[str, ...] = ()
    presenter_verbs: tuple[str, ...] = ()
    label_line: re.Pattern[str] = field(init=False, repr=False, compare=False)
    field_label_tail: re.Pattern[str] = field(init=False, repr=False, compare=False)
    field_label_head: re.Pattern[str] = field(init=False, repr=False, compare=False)
    post_mention: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        labels = alternation(self.block_labels)
        object.__setattr__(self, "label_line", re.compile(
            # the label, maybe bilingual ("Swyddog Cyswllt / Contact Officer"), then ":", the end or a name
            rf"^[ \t]*(?P<label>{labels})(?:[ \t]*/[ \t]*(?:{labels}))?"
            r"(?:[ \t]*[:–—-][ \t]*|[ \t]*$|[ \t]+(?=[A-Z]))", re.I | re.M,
        ))
        labels = self.phone_labels | self.email_labels
        words = alternation(label for label in labels if len(label) > 1)
        letters = alternation(label for label in labels if len(label) == 1)  # "T:", "E:" only with a colon
        field = rf"(?:(?:{words})\.?(?:[ \t]+(?:no\.?|number))?[ \t]*[:.]?|(?:{letters})[ \t]*:)"
        object.__setattr__(self, "field_label_tail", re.compile(rf"(?:^|(?<=[\s,;(|/])){field}[ \t]*$", re.I))
        object.__setattr__(self, "field_label_head", re.compile(rf"^{field}(?:\s|$)", re.I))
        object.__setattr__(self, "post_mention", re.compile(
            rf"(?<![\w-])(?P<post>(?i:{alternation(self.posts)}))(?![\w-])"
            r"(?P<rest>\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’&-]*)*)?",
        ) if self.posts else re.compile(r"(?!)"))


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, spaces matching any run of spaces."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered) or r"(?!)"


def contact_rules(contact_labels: list[dict[str, Any]], job_titles: list[dict[str, Any]],
                  honorifics: dict[str, Any], contact_words: dict[str, Any],
                  officer_roles: Optional[dict[str, Any]] = None) -> ContactRules:
    """ContactRules from the rows of contact_labels.jsonl and job_titles.jsonl and the JSON lexicons."""
    def labelled(label: str) -> frozenset[str]:
        return frozenset(r["pattern"].lower() for r in contact_labels if r["label"] == label)

    roles = officer_roles or {}
    return ContactRules(
        block_labels={
            r["pattern"].lower(): r.get("kind", "contact")
            for r in contact_labels if r["label"] == "CONTACT_BLOCK"
        },
        phone_labels=labelled("PHONE_LABEL"),
        email_labels=labelled("EMAIL_LABEL"),
        name_labels=labelled("NAME_LABEL"),
        title_labels=labelled("TITLE_LABEL"),
        org_labels=labelled("ORG_LABEL"),
        title_words=frozenset(r["pattern"].lower() for r in job_titles if r.get("kind") == "head"),
        posts=tuple(sorted((r["pattern"] for r in job_titles if r.get("kind") == "post"),
                           key=len, reverse=True)),
        honorifics=frozenset(honorifics.get("honorifics", [])),
        councillor_titles=frozenset(honorifics.get("councillor_titles", [])),
        councillor_plurals=frozenset(honorifics.get("councillor_plurals", [])),
        councillor_postnominals=frozenset(honorifics.get("councillor_postnominals", [])),
        postnominals=frozenset(honorifics.get("postnominals", [])),
        organisation_words=tuple(contact_words.get("organisation_words", [])),
        not_name_words=frozenset(w.lower() for w in contact_words.get("not_name_words", [])),
        member_post_words=tuple(contact_words.get("member_post_words", [])),
        author_cues=tuple(roles.get("author_cues", [])),
        presenter_cues=tuple(roles.get("presenter_cues", [])),
        presenter_verbs=tuple(roles.get("presenter_verbs", [])),
    )


@dataclass
class OfficerFound:
    """One officer: each value with the offsets it was read from (None when the paper does not say)."""

    role: str
    rule: str
    name: Optional[Offsets] = None
    job_title: Optional[Offsets] = None
    organisation: Optional[Offsets] = None
    phones: list[Offsets] = field(default_factory=list)
    email: Optional[Offsets] = None
    start: int = -1
    end: int = -1
    title_as: Optional[str] = None
    """The job title in its normal form when the text prints it otherwise ("CHIEF EXECUTIVE" in a header)."""

    def cover(self, start: int, end: int) -> None:
        """Widen the officer's span to include start:end."""
        self.start = start if self.start < 0 else min(self.start, start)
        self.end = max(self.end, end)

    @property
    def has_contact(self) -> bool:
        """Whether a phone number or e-mail address has been read for the officer."""
        return bool(self.phones or self.email)


@dataclass(frozen=True)
class Piece:
    """A stretch of a line between separators, with its offsets in the document."""

    start: int
    end: int
    text: str


# Reading names and job titles --------------------------------------------------------------------

def strip_honorifics(text: str, start: int, rules: ContactRules) -> tuple[int, int, bool]:
    """Offsets of a name without its honorifics and post-nominals, and whether it names a councillor."""
    end = start + len(text)
    councillor = False
    words = list(re.finditer(r"\S+", text))
    while words:
        word = words[0].group().rstrip(".,:")
        two = " ".join(w.group().rstrip(".,:") for w in words[:2])
        if two in rules.councillor_titles and len(words) > 2:
            councillor = True
            words = words[2:]
        elif word in rules.councillor_titles and len(words) > 1:
            councillor = True
            words = words[1:]
        elif two in rules.honorifics and len(words) > 2:
            words = words[2:]  # "Chief Inspector", "Ch Supt"
        elif word in rules.honorifics and len(words) > 1:
            words = words[1:]
        else:
            break
    while len(words) > 1:
        word = words[-1].group().rstrip(".,")
        if word in rules.councillor_postnominals:
            councillor = True
        elif word not in rules.postnominals:
            break
        words = words[:-1]
    if not words:
        return start, end, councillor
    return start + words[0].start(), start + words[-1].end(), councillor


def looks_like_name(text: str, rules: ContactRules) -> bool:
    """Whether text (honorifics removed) reads as a person's name: 1-5 capitalised words, not a heading."""
    if any(ch.isdigit() or ch in "@/()" for ch in text):
        return False
    if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text, re.I) for w in rules.member_post_words):
        return False
    words = text.split()
    if not 1 <= len(words) <= 5:
        return False
    core = [w for w in words if w.lower() not in NAME_PARTICLES]
    if not core or len(core) < len(words) - 2:
        return False
    for word in core:
        bare = word.strip(".,")
        if not is_name_word(word) or bare.lower() in rules.not_name_words:
            return False
        if bare.lower() in rules.title_words:
            return False
    last = core[-1].strip(".,")
    if len(last) < 2:
        return False
    return True


TITLE_CONNECTORS = frozenset({"of", "and", "for", "the", "to", "in", "on", "with", "&", "a", "at"})
"""Lower-case words a job title may hold ("Head of Law and Governance")."""


def looks_like_title(text: str, rules: ContactRules, *, lower_case: bool = False) -> bool:
    """Whether text reads as a job title: a known post, or capitalised words holding a job-title word.

    Lower-case words other than connectors ("of", "and") and job-title words make it prose, not a title,
    unless lower_case allows a house style that prints titles in lower case ("head of strategic finance"),
    for places where a title is expected (after a name in an attendance list).
    """
    if re.search(r"\d{4,}|@", text):
        return False
    words = re.findall(r"[^\s()/,]+", text)
    if not words or len(words) > 14:
        return False
    lower = [w.lower().strip(".") for w in words if w[:1].islower()]
    lower_style = lower_case and words[0][:1].islower()
    if not lower_style and any(w not in TITLE_CONNECTORS and w not in rules.title_words for w in lower):
        return False
    if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text, re.I) for w in rules.member_post_words):
        return False
    words = {w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ'’-]+", text)}
    return bool(words & rules.title_words) or any(p.lower() == text.lower() for p in rules.posts)


def looks_like_organisation(text: str, rules: ContactRules) -> bool:
    """Whether text reads as an organisation's name (Gwynedd Council, NHS Highland, University of X)."""
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text) for w in rules.organisation_words)


def split_pieces(text: str, start: int) -> list[Piece]:
    """The stretches of text between commas, semicolons, bars and spaced dashes, with offsets."""
    pieces: list[Piece] = []
    cursor = 0
    for sep in PIECE_SEPARATOR.finditer(text):
        if sep.start() > cursor and not inside_brackets(text, sep.start()):
            pieces.append(Piece(start + cursor, start + sep.start(), text[cursor:sep.start()]))
            cursor = sep.end()
    if cursor < len(text):
        pieces.append(Piece(start + cursor, start + len(text), text[cursor:]))
    return [p for p in pieces if p.text.strip()]


def inside_brackets(text: str, at: int) -> bool:
    """Whether position at sits inside round brackets."""
    return text.count("(", 0, at) > text.count(")", 0, at)


def trimmed(text: str, start: int, end: int) -> Offsets:
    """start:end without surrounding spaces, punctuation and brackets left open by a phone number."""
    while start < end and text[start] in " \t\r\n,;:-–—|)":
        start += 1
    while end > start and text[end - 1] in " \t\r\n,;:-–—|.(":
        if text[end - 1] == "." and re.search(r"\b[A-Z]\.$", text[start:end]):
            break
        end -= 1
    return start, end


# Contact blocks ----------------------------------------------------------------------------------

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


# The report's author and posts named in the text -------------------------------------------------

def author_posts(post: str, start: int, text: str, rules: ContactRules) -> list[OfficerFound]:
    """The report's author(s) from "REPORT OF THE …": one officer per known post joined by "and"."""
    end = start + len(post)
    written = text[start:end]
    if written.lower() != post.lower():
        return []
    pieces = re.split(r"\s+(?:and|&)\s+", written, flags=re.I)
    if len(pieces) > 1 and all(any(p.lower() == known.lower() for known in rules.posts) for p in pieces):
        out, cursor = [], 0
        for piece, normal in zip(pieces, re.split(r"\s+(?:and|&)\s+", post, flags=re.I)):
            at = written.index(piece, cursor)
            cursor = at + len(piece)
            out.append(OfficerFound(role="author", rule="report-of", job_title=(start + at, start + cursor),
                                    start=start + at, end=start + cursor, title_as=normal))
        return out
    return [OfficerFound(role="author", rule="report-of", job_title=(start, end), start=start, end=end,
                         title_as=post)]


def find_post_mentions(text: str, rules: ContactRules) -> list[OfficerFound]:
    """Posts from the job-title list named in running text, with role presenter, author or mentioned."""
    found = []
    for match in rules.post_mention.finditer(text):
        start, end = match.start(), match.end()
        if match.group("rest") and match.group("post").lower().endswith("director"):
            end = trimmed(text, start, end)[1]  # "Corporate Director of Place"
        else:
            end = match.end("post")
        before = text[max(0, start - 40):start].lower()
        after = text[end:end + 40]
        if re.match(r"['’]s\s+(?:Department|Directorate|Office|Unit|Team|Service)", after):
            continue
        if re.match(r"\s+(?:of|at|from)\s", after) and end == match.end("post"):
            continue  # "the Chief Executive of the hospital trust": another body's post
        if re.search(r"(?:councillor|cllr\.?)\s+$", before, re.I):
            continue
        found.append(OfficerFound(role=mention_role(before, after, rules), rule="post-mention",
                                  job_title=(start, end), start=start, end=end))
    return found


def mention_role(before: str, after: str, rules: ContactRules) -> str:
    """author after "report of the"; presenter before "presented", "informed"… or after "presented by"."""
    before = re.sub(r"\s+", " ", before)
    if any(before.endswith(cue + " ") for cue in rules.author_cues):
        return "author"
    if any(before.endswith(cue + " ") for cue in rules.presenter_cues):
        return "presenter"
    head = re.sub(r"^[\s,]*(?:\([^)]*\)\s*)?(?:(?:also|further|then|had|has|duly)\s+)*", "", after).lower()
    if any(head.startswith(verb + " ") or head.startswith(verb + ",") for verb in rules.presenter_verbs):
        return "presenter"
    return "mentioned"


ROLE_STRENGTH = {"contact": 4, "attendee": 3, "author": 2, "presenter": 1, "mentioned": 0}


def merge_officers(named: list[OfficerFound], posts: list[OfficerFound], text: str) -> list[OfficerFound]:
    """Named officers, then each post once (strongest role) unless a named officer holds it, in text order."""
    def title_of(o: OfficerFound) -> str:
        if o.title_as:
            return o.title_as.lower()
        return re.sub(r"\s+", " ", text[o.job_title[0]:o.job_title[1]]).strip().lower() if o.job_title else ""

    named = merge_same_person(named, text)
    held = {title_of(o) for o in named}
    taken = [(o.start, o.end) for o in named]
    best: dict[str, OfficerFound] = {}
    for post in sorted(posts, key=lambda o: o.rule != "report-of"):  # the header's author before mentions
        key = title_of(post)
        if not key or is_held(key, held) or any(a <= post.start < b or a < post.end <= b for a, b in taken):
            continue
        taken.append((post.start, post.end))
        kept = best.get(key)
        if kept is None or ROLE_STRENGTH[post.role] > ROLE_STRENGTH[kept.role]:
            best[key] = post
    return sorted([*named, *best.values()], key=lambda o: (o.start, o.end))


def is_held(post: str, titles: set[str]) -> bool:
    """Whether a named officer's job title is the post or holds it whole ("director of planning" within
    "assistant director of planning and growth"): the post then names that officer, not another."""
    return any(post == title or re.search(rf"(?<!\w){re.escape(post)}(?!\w)", title) for title in titles)


def merge_same_person(officers: list[OfficerFound], text: str) -> list[OfficerFound]:
    """One officer per name: an officer in attendance who is also a contact is one record, the contact's,
    with what it lacks (job title, organisation, phones, e-mail) taken from the other."""
    kept: dict[str, OfficerFound] = {}
    out = []
    for officer in sorted(officers, key=lambda o: -ROLE_STRENGTH[o.role]):
        if officer.name is None:
            out.append(officer)
            continue
        key = re.sub(r"\W+", " ", text[officer.name[0]:officer.name[1]]).strip().lower()
        first = kept.get(key)
        if first is None:
            kept[key] = officer
            out.append(officer)
            continue
        first.job_title = first.job_title or officer.job_title
        first.organisation = first.organisation or officer.organisation
        first.phones = first.phones or officer.phones
        first.email = first.email or officer.email
    return sorted(out, key=lambda o: (o.start, o.end))


def iter_values(officer: OfficerFound, text: str) -> Iterator[tuple[str, Optional[str]]]:
    """(field, value as written) for an officer's name, job title and organisation."""
    for name in ("name", "job_title", "organisation"):
        offsets = getattr(officer, name)
        if name == "job_title" and officer.title_as:
            yield name, officer.title_as
            continue
        yield name, (re.sub(r"\s+", " ", text[offsets[0]:offsets[1]]) if offsets else None)
