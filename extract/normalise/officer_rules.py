"""Reading officers' names, job titles and organisations: the rules built from the data files and the
pure tests a contact block or an attendance list applies to each piece of a line ("Jane Smith",
"Head of Finance", "Gwynedd Council")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional

from .addresses import AddressWords, address_words

Offsets = tuple[int, int]

NAME_PARTICLES = frozenset({"de", "van", "von", "der", "den", "le", "la", "du", "di", "da", "ap", "ab"})
"""Lower-case words that may sit inside a person's name ("Ruth van der Berg", "Dafydd ap Gwyn")."""


INITIALS = re.compile(r"(?:[^\W\d_]\.)+")
"""Initials with their stops ("J.", "R.K.")."""
NAME_JOINS = re.compile(r"['’-]")
"""The marks inside one word of a name ("O'Neill", "Smith-Jones")."""


def is_name_word(word: str) -> bool:
    """One word of a name as printed: "Jane", "J.", "JONES", "Siân", "O'Neill", "Smith-Jones"."""
    word = word.rstrip(",")
    if word.endswith("."):
        return INITIALS.fullmatch(word) is not None and word[0].isupper()  # "J." or "R.K."
    parts = NAME_JOINS.split(word)
    if not all(part.isalpha() for part in parts) or not word[0].isupper():
        return False
    return all(part[:1].isupper() or part.islower() for part in parts)


PIECE_SEPARATOR = re.compile(r"\s*(?:,|;|\|)\s*|\s+[-–—]\s+|[ \t]*\t[ \t]*|[ \t]{2,}")
"""Between a name, its job title and its organisation on one line (or the columns of a table row)."""

CONNECTOR_TAIL = re.compile(r"(?:[\s,;:(\[|/–—-]|\b(?:on|or|at|via|by|and)\b)*$", re.I)
"""Words and marks left between a name or title and the phone or address after it ("… on", "…, or")."""


WORD = r"(?!(?:Councillor|Cllr)\b)[A-Z][\w'’&-]*"
SP = r"(?:[ \t]+(?:\r?\n[ \t]*)?|\r?\n[ \t]*)"
"""The space between two words of a post: spaces and at most one line break (a blank line ends it)."""
WORDS = rf"{WORD}(?:{SP}(?:(?:and|&){SP})?{WORD})*"
POST_REMIT = (
    rf"{SP}(?:of|for){SP}(?:the{SP})?{WORDS}"
    rf"(?:(?:,{SP}{WORD}(?:{SP}{WORD})?)+,?{SP}(?:and|&){SP}{WORD}(?:{SP}{WORD}){{0,2}})?"
    rf"(?:{SP}(?:of|for){SP}(?:the{SP})?{WORDS})?"
)
"""What a director's post is "of" or "for", in capitals: "of Place", "for Environment, Infrastructure and
Growth", "of Transport for West Midlands"."""
REMIT_LIST = rf"(?:,{SP}{WORD}(?:{SP}{WORD})?)+,?{SP}(?:and|&){SP}{WORD}(?:{SP}{WORD}){{0,2}}"
"""The rest of a remit listed after a post that names its first part ("Director of Planning, Transport and
Sustainability")."""


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
    not_title_words: frozenset[str] = frozenset()
    """Lower-case words that make a phrase a document heading ("Officer Decision Notice"), never a title."""
    table_header_words: frozenset[str] = frozenset()
    """Lower-case column headings of a contact table ("name", "designation", "contact details")."""
    welsh_title_words: frozenset[str] = frozenset()
    """Lower-case Welsh words of job titles: the Welsh half of a bilingual title."""
    address_words: AddressWords = AddressWords(frozenset(), frozenset())
    """Street and building words, so an address is never read as a job title or organisation."""
    speech_verbs: tuple[str, ...] = ()
    """Verbs after a quoted person's name and post ("…, chief executive of X, said")."""
    pay_words: tuple[str, ...] = ()
    """Words after a post's possessive in accounts ("Clerk's salary"): the person named before is paid as that post."""
    ranks: tuple[str, ...] = ()
    """Police ranks that, before a name in running text, are the officer's job title ("PCSO Leah Morgan")."""
    council_words: tuple[str, ...] = ()
    """Words that make a body a council, an officer's employer ("Council", "Cyngor", "Comhairle")."""
    lead_endings: frozenset[str] = frozenset()
    """Lower-case words that end a sentence opening a block on the next line ("… please contact:")."""
    label_line: re.Pattern[str] = field(init=False, repr=False, compare=False)
    lead_line: re.Pattern[str] = field(init=False, repr=False, compare=False)
    inline_label: re.Pattern[str] = field(init=False, repr=False, compare=False)
    field_label_tail: re.Pattern[str] = field(init=False, repr=False, compare=False)
    field_label_head: re.Pattern[str] = field(init=False, repr=False, compare=False)
    post_mention: re.Pattern[str] = field(init=False, repr=False, compare=False)
    post_keys: frozenset[str] = field(init=False, repr=False, compare=False)
    """The posts in lower case, to look one up."""
    member_post_word: re.Pattern[str] = field(init=False, repr=False, compare=False)
    organisation_word: re.Pattern[str] = field(init=False, repr=False, compare=False)
    title_label_after: re.Pattern[str] = field(init=False, repr=False, compare=False)
    """A job-title field label and its colon after a name ("Adam Crane Job title:")."""
    post_lead: re.Pattern[str] = field(init=False, repr=False, compare=False)
    """What leads from a name to its post (", ", " as ", "(", " Job title: ")."""
    speech_opening: re.Pattern[str] = field(init=False, repr=False, compare=False)
    presenter_opening: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        labels = alternation(self.block_labels)
        object.__setattr__(self, "label_line", re.compile(
            # the label, maybe plural ("Report Originator(s)") or bilingual ("Swyddog Cyswllt / Contact
            # Officer"), then ":", the end or a name
            rf"^[ \t]*(?P<label>{labels})(?:\(s\)|/s)?(?:[ \t]*/[ \t]*(?:{labels}))?"
            r"(?:[ \t]*[:–—-][ \t]*|[ \t]*$|[ \t]+(?=[A-Z]))", re.I | re.M,
        ))
        object.__setattr__(self, "lead_line", re.compile(
            # a short sentence ending in a lead and a colon ("For any queries about these minutes please
            # contact:")
            rf"^[ \t]*[A-Z][^:\n]{{0,80}}?\b(?:{alternation(self.lead_endings)})[ \t]*:[ \t]*$", re.I | re.M,
        ))
        several = alternation(label for label in self.block_labels if " " in label.strip())
        object.__setattr__(self, "inline_label", re.compile(
            # a label of two or more words opening a sentence inside a line ("… BT1 5GS. Enquiries to Mr X");
            # the space before the look back at the stop, so a search skips in C to the spaces
            rf"[ \t](?<=[.;!?][ \t])[ \t]*(?P<label>{several})(?:[ \t]*[:–—-][ \t]*|[ \t]+(?=[A-Z]))", re.I,
        ))
        labels = self.phone_labels | self.email_labels
        words = alternation(label for label in labels if len(label) > 1)
        letters = alternation(label for label in labels if len(label) == 1)  # "T:", "E:" only with a colon
        field = rf"(?:(?:{words})\.?(?:[ \t]+(?:no\.?|number))?[ \t]*[:.]?|(?:{letters})[ \t]*:)"
        object.__setattr__(self, "field_label_tail", re.compile(rf"(?:^|(?<=[\s,;(|/])){field}[ \t]*$", re.I))
        object.__setattr__(self, "field_label_head", re.compile(rf"^{field}(?:\s|$)", re.I))
        object.__setattr__(self, "post_mention", re.compile(
            rf"(?P<post>{word_start_alternation(self.posts, ignore_case=True)})(?![\w-])"
            rf"(?P<rest>{POST_REMIT}|{REMIT_LIST})?",
        ) if self.posts else re.compile(r"(?!)"))
        object.__setattr__(self, "post_keys", frozenset(p.lower() for p in self.posts))
        object.__setattr__(self, "member_post_word", whole_words(self.member_post_words, re.I))
        object.__setattr__(self, "organisation_word", whole_words(self.organisation_words))
        fields = "|".join(re.escape(label) for label in sorted(self.title_labels, key=len, reverse=True))
        object.__setattr__(self, "title_label_after", re.compile(rf"[ \t]+(?i:{fields})[ \t]*:"))
        object.__setattr__(self, "post_lead", re.compile(
            rf",[ \t]+|:[ \t]+|[ \t]+as[ \t]+|[ \t]*\(|[ \t]+(?i:{fields})[ \t]*:[ \t]*"
        ))
        object.__setattr__(self, "speech_opening", opening_word(self.speech_verbs))
        object.__setattr__(self, "presenter_opening", opening_word(self.presenter_verbs))


def whole_words(words: tuple[str, ...], flags: int = 0) -> re.Pattern[str]:
    """One regex finding any of words standing as a whole word (a pattern a word cost more than the search)."""
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in words)})(?!\w)", flags)


def opening_word(words: tuple[str, ...]) -> re.Pattern[str]:
    """A regex matching any of words at the start of a text, as a whole word ("said" in "said:")."""
    return re.compile(rf"(?:{'|'.join(re.escape(word) for word in words)})\b" if words else r"(?!)")


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, spaces matching any run of spaces."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered) or r"(?!)"


def word_start_alternation(phrases: Iterable[str], *, ignore_case: bool) -> str:
    """What alternation(phrases) matches after no word character nor hyphen (case-insensitively when asked),
    written to open with a class of the phrases' first letters: the regex engine then skips in C to where a
    phrase may start instead of trying every phrase at every place (a search for the posts took three times
    as long)."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    case = "(?i:{})" if ignore_case else "(?:{})"
    ascii_letters = all(p[:1].isascii() and p[:1].isalpha() for p in ordered)
    if not ordered or not all(ordered) or (ignore_case and not ascii_letters):
        return r"(?<![\w-])" + case.format(alternation(ordered))
    groups: dict[str, list[str]] = {}  # by first letter, in the alternation's order: two groups never meet
    for phrase in ordered:
        groups.setdefault(phrase[0].lower() if ignore_case else phrase[0], []).append(phrase)
    firsts = "".join(first + first.upper() if ignore_case else re.escape(first) for first in groups)
    folded = r"\x80-\U0010ffff" if ignore_case else ""  # letters a case-insensitive match folds (Kelvin sign)
    branches = "|".join(
        case.format(f"(?<={re.escape(first)})")
        + case.format("|".join(re.escape(p[1:]).replace(r"\ ", r"\s+") for p in group))
        for first, group in groups.items()
    )
    return rf"[{firsts}{folded}](?<![\w-][\s\S])(?:{branches})"


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
        not_title_words=frozenset(w.lower() for w in contact_words.get("not_title_words", [])),
        table_header_words=frozenset(w.lower() for w in contact_words.get("table_header_words", [])),
        welsh_title_words=frozenset(w.lower() for w in contact_words.get("welsh_title_words", [])),
        address_words=address_words(contact_words),
        lead_endings=labelled("CONTACT_LEAD"),
        council_words=tuple(contact_words.get("council_words", [])),
        speech_verbs=tuple(roles.get("speech_verbs", [])),
        pay_words=tuple(roles.get("pay_words", [])),
        ranks=tuple(honorifics.get("ranks", [])),
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

WORD_RUN = re.compile(r"\S+")


def strip_honorifics(text: str, start: int, rules: ContactRules) -> tuple[int, int, bool]:
    """Offsets of a name without its honorifics and post-nominals, and whether it names a councillor."""
    end = start + len(text)
    councillor = False
    words = list(WORD_RUN.finditer(text))
    if len(words) > 2 and words[0].group() == "The" and is_title_word(words[1].group(), rules):
        words = words[1:]  # "The Right Honourable Lord Provost …", "The Mayor, Cllr …"
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


def is_title_word(word: str, rules: ContactRules) -> bool:
    """Whether a word opens an honorific or a councillor's title ("Right", "Lord", "Cllr")."""
    word = word.rstrip(".,:")
    return any(t.split()[0] == word for t in rules.honorifics | rules.councillor_titles)


def looks_like_name(text: str, rules: ContactRules) -> bool:
    """Whether text (honorifics removed) reads as a person's name: 1-5 capitalised words, not a heading
    nor a body's name."""
    if any(ch.isdigit() or ch in "@/()" for ch in text):
        return False
    if rules.member_post_word.search(text):
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
    return not looks_like_organisation(text, rules)  # "Police Scotland", "Leeds Tenants Federation"


TITLE_CONNECTORS = frozenset({"of", "and", "for", "the", "to", "in", "on", "with", "&", "a", "at"})
"""Lower-case words a job title may hold ("Head of Law and Governance")."""


NOT_IN_TITLE = re.compile(r"\d{4,}|@")
"""A long number or an e-mail's "@": never in a job title."""
TITLE_PIECE = re.compile(r"[^\s()/,]+")
"""A word of a job title as printed, with its stops ("Dept.", "Head")."""
TITLE_WORD = re.compile(r"[A-Za-zÀ-ÿ'’-]+")
"""A word of a job title without its marks, to look up in the word lists."""


def looks_like_title(text: str, rules: ContactRules, *, lower_case: bool = False) -> bool:
    """Whether text reads as a job title: a known post, or capitalised words holding a job-title word.

    Lower-case words other than connectors ("of", "and") and job-title words make it prose, not a title,
    unless lower_case allows a house style that prints titles in lower case ("head of strategic finance"),
    for places where a title is expected (after a name in an attendance list).
    """
    if NOT_IN_TITLE.search(text):
        return False
    words = TITLE_PIECE.findall(text)
    if not words or len(words) > 14:
        return False
    lower = [w.lower().strip(".") for w in words if w[:1].islower()]
    lower_style = lower_case and words[0][:1].islower()
    if not lower_style and any(w not in TITLE_CONNECTORS and w not in rules.title_words for w in lower):
        return False
    if rules.member_post_word.search(text):
        return False
    words = {w.lower() for w in TITLE_WORD.findall(text)}
    if words & rules.not_title_words:
        return False  # "Officer Decision Notice": a heading
    return bool(words & rules.title_words) or text.lower() in rules.post_keys


def split_title_name(text: str, rules: ContactRules) -> Optional[int]:
    """Where the name starts in a post printed before its holder's name ("Clerk Mrs J Todd", "Head of
    Planning and Development Rebecca Coley"): the shortest opening that is a job title with a person's name
    after it, or None."""
    for word in re.finditer(r"\s+(?=\S)", text):
        title, rest = text[:word.start()], text[word.end():]
        if not looks_like_title(title, rules) or title.split()[-1].lower() in TITLE_CONNECTORS:
            continue
        n_start, n_end, councillor = strip_honorifics(rest, 0, rules)
        name = rest[n_start:n_end]
        if councillor:
            return None
        if looks_like_name(name, rules) and (len(name.split()) >= 2 or n_start > 0):
            return word.end()
    return None


def english_half(text: str, start: int, rules: ContactRules) -> Offsets:
    """The English half of a title printed in Welsh and English ("Swyddog Monitro / Monitoring Officer"),
    as offsets from start; the whole title when it is not bilingual."""
    halves = list(re.finditer(r"[^/]+", text))
    if len(halves) != 2:
        return start, start + len(text)
    welsh = [bool(set(re.findall(r"[\w'’-]+", h.group().lower())) & rules.welsh_title_words) for h in halves]
    if welsh.count(True) != 1:
        return start, start + len(text)
    english = halves[welsh.index(False)]
    value = english.group().strip()
    at = start + english.start() + english.group().index(value)
    return at, at + len(value)


def prefer_english_titles(officers: list[OfficerFound], text: str, rules: ContactRules) -> None:
    """Give each officer whose title is printed in Welsh and English the English half as its job title."""
    for officer in officers:
        if officer.job_title and not officer.title_as:
            start, end = officer.job_title
            officer.job_title = english_half(text[start:end], start, rules)


def looks_like_organisation(text: str, rules: ContactRules) -> bool:
    """Whether text reads as an organisation's name (Gwynedd Council, NHS Highland, University of X)."""
    return bool(rules.organisation_word.search(text))


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
