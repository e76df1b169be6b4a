"""Cut decisions out of committee-paper text: resolution blocks and their limbs, decision clauses,
status from the verb, the body that decides, and UK decision attributes.

Pure functions over text and character offsets, so the layout rules are tested without a pipeline.
Word lists come from models/lexicons (status_verbs.json, decision_layout.json), passed in.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Collection, Iterable, Mapping, Optional, Sequence

from .case_fold import folded, holds_a_cue
from .layout import BULLETS

LIMB_MARKER = re.compile(
    r"(?P<marker>\((?P<p>[a-z]{1,2}|[ivx]{1,6}|\d{1,2})\)|(?P<n>\d{1,2}\.\d{1,2})\.?|(?P<d>[a-z]|[ivx]{1,6}|\d{1,2})[.)])"
    r"[^\S\n]+(?=\S)",
    re.IGNORECASE,
)
"""A limb label opening a lettered or numbered resolution: "(a)", "b)", "(ii)", "3.", "4)", "3.1"."""
BULLET_MARKER = re.compile(rf"[{BULLETS}][^\S\n]+(?=\S)")
LEAD_SEPARATOR = re.compile(
    r"[ \t]*(?:(?:unanimously|accordingly|therefore|further)\b[ \t]*)?(?:[:–—-]+|:-)?[ \t]*", re.IGNORECASE
)
"""What stands between a lead word and its resolution: "RESOLVED UNANIMOUSLY –", "Decision:"."""
PARAGRAPH_NUMBER = re.compile(r"\s*(?:\d{1,3}(?:\.\d{1,2})*\.?|\(?[a-z]\)|\(?[ivx]{1,6}\)|[-•*·▪–])[^\S\n]+")
SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z(\d]|\s*$)|\n[ \t]*\n")
TRAILING_JOIN = re.compile(r"[\s;,]*(?:\b(?:and|or)\b)?[\s;,]*$", re.IGNORECASE)
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
CLAUSE_BREAK_BEFORE = re.compile(r"(?:[,;:]\s+|\s+(?:but|whereas|although|however)\s+)", re.IGNORECASE)
CLAUSE_BREAK_AFTER = re.compile(
    r"(?:[,;]\s+|\s+(?:but|whereas|although|because)\s+|\s+and\s+(?=(?:the|it|this|that|there|they|he|she|we|a|an)\b))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Piece:
    """A stretch of text cut from a paper: offsets, and the limb label when it is a limb."""

    start: int
    end: int
    limb: Optional[str] = None


def line_bounds(text: str, offset: int) -> tuple[int, int]:
    """Start and end (without the line break) of the line holding offset."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, (len(text) if end < 0 else end)


RUN_IN_HEADING = re.compile(r"\s*\d{1,3}(?:/\d{2,4})?\.?\s+[A-Z][A-Z0-9 ,&'’()/-]{2,90}?\s+[–—-]\s*")
"""A minute's number and title in capitals that run into its text: "22/24 MINUTES – Resolved – That …"."""


def opens_line(text: str, start: int) -> bool:
    """Whether only whitespace, a paragraph number or a run-in minute heading stands before start on its line."""
    line_start, _ = line_bounds(text, start)
    before = text[line_start:start]
    return not before.strip() or bool(
        re.fullmatch(r"\s*(?:\d{1,3}(?:\.\d{1,2})*\.?|\(?[a-z0-9]{1,4}\))\s*", before)
    ) or bool(RUN_IN_HEADING.fullmatch(before))


def is_block_lead(text: str, start: int, end: int) -> bool:
    """A lead word such as "Decision" or "Resolved" heads a block: it opens its line and is followed
    by a separator, "that"/"to", or the end of the line ("Decision Maker:" is not a lead)."""
    if not opens_line(text, start):
        return False
    if re.search(r"[:–—-]\s*$", text[start:end]):
        return True
    rest = text[end : line_bounds(text, end)[1]]
    return not rest.strip() or bool(re.match(r"\s*(?:[:–—-]|that\b|to\b|\()", rest, re.IGNORECASE))


def skip_lead_separator(text: str, offset: int) -> int:
    """Offset of the first character after a lead's separator (":", "–", ":-") and spaces."""
    match = LEAD_SEPARATOR.match(text, offset)
    return match.end() if match else offset


def block_end(
    text: str,
    start: int,
    *,
    stops: Sequence[int] = (),
    stop_lines: Optional[re.Pattern[str]] = None,
    inline: bool = False,
    abbreviations: Collection[str] = (),
) -> int:
    """Where a resolution or recommendation block that starts at start ends.

    The block runs through its paragraph; a blank line ends it unless a list is still going (the
    text so far ends with ":" or ";", or the next paragraph opens with a limb label). A heading
    offset in stops (sorted), or a line such as "Reasons for the decision" (stop_lines), always ends it. An
    inline lead ("… and it was RESOLVED that …") without a colon ends with its sentence, whose end is
    not the full stop of one of the abbreviations ("Cllr. Smith") or of an initial.
    """
    after = bisect_right(stops, start)  # stops are sorted
    limit = min(stops[after], len(text)) if after < len(stops) else len(text)
    if inline:
        sentence = sentence_end(text, start, limit, abbreviations)
        if sentence is None:
            return trim_end(text, start, limit)
        return sentence.end() if text[sentence.start()] in ".!?" else trim_end(text, start, sentence.start())
    pos = start
    seen_text = False
    while pos < limit:
        line_end = text.find("\n", pos)
        line_end = limit if line_end < 0 or line_end > limit else line_end
        line = text[pos:line_end]
        if line.strip():
            if seen_text and stop_lines is not None and stop_lines.match(line.strip()):
                return trim_end(text, start, pos)
            seen_text = True
        else:
            so_far = text[start:pos].rstrip()
            nxt = re.compile(r"\s*").match(text, pos).end()
            while (page := PAGE_NUMBER_LINE.match(text, nxt)) and page.end() < limit:
                nxt = skip_space(text, page.end())  # a page's number inside the list
            if nxt >= limit:
                break
            continuing = (
                not so_far
                or so_far.endswith((":", ";", ",", " and", " or", ":-", ": -", ": –", ":–"))
                or (lead_in_awaiting_list(text, start, pos) and line_marker_style(text, nxt) is not None)
                or sub_heading_in_list(text, nxt, line_starts(text, start, pos))
                or (bool(CAPITAL_VERB_OPENING.match(text, nxt))
                    and any(CAPITAL_VERB_OPENING.match(text, s) for s in line_starts(text, start, pos)))
                or (
                    line_marker_style(text, nxt)
                    in {line_marker_style(text, s) for s in line_starts(text, start, pos)} - {None}
                )
            )
            if not continuing:
                return trim_end(text, start, pos)
        pos = line_end + 1
    return trim_end(text, start, min(limit, len(text)))


PAGE_NUMBER_LINE = re.compile(r"[ \t]*(?:Page[ \t]+)?\d{1,3}(?:[ \t]+of[ \t]+\d{1,3})?[ \t]*\n", re.IGNORECASE)
"""A line holding only a page number ("3", "Page 4 of 12"), printed where a PDF's page broke."""


def sub_heading_in_list(text: str, offset: int, starts: Sequence[int]) -> bool:
    """Whether a short line ending in a colon at offset heads more limbs of the list above it: the limb after
    it goes on with the numbering ("2. …" / "Contractual:" / "3. Authorised …"), not a new list ("Corporate
    Strategy alignment:" / "1. …")."""
    _, line_end = line_bounds(text, offset)
    line = text[offset:line_end].strip()
    if not line.endswith(":") or len(line.split()) > 6:
        return False
    after = skip_space(text, line_end)
    following = LIMB_MARKER.match(text, after)
    labels = [m for s in starts if (m := LIMB_MARKER.match(text, s)) is not None]
    return bool(following and labels and marker_style(labels[-1]) == marker_style(following)
                and follows(limb_label(labels[-1]), limb_label(following)))


def lead_in_awaiting_list(text: str, start: int, end: int) -> bool:
    """Whether the last line before end is an unpunctuated lead-in that is no list item itself ("That the
    Committee for Transport and Connectivity", then the numbered limbs after a blank line)."""
    last_end = trim_end(text, start, end)
    last_start = max(start, skip_space(text, line_bounds(text, max(start, last_end - 1))[0]))
    return (
        last_start < last_end
        and text[last_end - 1].isalnum()
        and not re.search(r"[.;!?:]", text[last_start:last_end])  # a lead-in is one unpunctuated phrase
        and line_marker_style(text, last_start) is None
        and opens_line(text, last_start)
    )


def sentence_end(
    text: str, start: int, limit: int, abbreviations: Collection[str] = ()
) -> Optional[re.Match[str]]:
    """The first sentence end between start and limit that is not an abbreviation's or an initial's stop."""
    folded = {a.lower() for a in abbreviations}
    for match in SENTENCE_END.finditer(text, start, limit):
        if text[match.start()] == ".":
            word = re.search(r"(?:^|[^\w.])([\w.]+)$", text[max(start, match.start() - 12) : match.start()])
            if word and (word.group(1).lower() in folded or re.fullmatch(r"[A-Z]", word.group(1))):
                continue
        return match
    return None


def line_starts(text: str, start: int, end: int) -> list[int]:
    """Offsets of the first non-space character of each line between start and end."""
    return [start + m.start(1) for m in re.finditer(r"(?:^|\n)[ \t]*(\S)", text[start:end])]


def line_marker_style(text: str, offset: int) -> Optional[str]:
    """The style of the limb label or bullet opening a line at offset, or None."""
    marker = LIMB_MARKER.match(text, offset)
    if marker is not None:
        return marker_style(marker)
    return "bullet" if BULLET_MARKER.match(text, offset) else None


def trim_end(text: str, start: int, end: int) -> int:
    """end moved back over trailing whitespace."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def split_limbs(text: str, start: int, end: int, abbreviations: Collection[str] = ()) -> list[Piece]:
    """The limbs of a resolution or recommendation between start and end.

    Limbs open with labels of one style, the style of the first label: "(a) … (b) …", "1. … 2. …",
    at a line start or after a colon or semicolon ("RESOLVED that (a) …; (b) …"). Nested labels of
    another style stay inside their limb. Without labels the whole block is one piece; a list of
    bullets gives a piece per bullet.
    """
    folded = {a.lower() for a in abbreviations}
    markers = [m for m in LIMB_MARKER.finditer(text, start, end) if limb_marker_opens(text, start, m.start(), folded)]
    style = None
    found: list[tuple[int, int, str]] = []
    for m in markers:
        this_style = marker_style(m)
        if style is None:
            style = this_style
        if this_style == style:
            found.append((m.start(), m.end(), limb_label(m)))
    found = sequential(found)
    if not found:
        bullets = [m for m in BULLET_MARKER.finditer(text, start, end) if opens_line(text, m.start())]
        found = [(m.start(), m.end(), "") for m in bullets]
    if not found:  # "I agree to:" / "APPROVE the proposal …" / "DELEGATE authority …"
        verbs = [s for s in line_starts(text, start, end) if CAPITAL_VERB_OPENING.match(text, s)
                 and (s == start or re.search(r"\n[ \t]*\n[ \t]*$", text[start:s]))]
        found = [(s, s, "") for s in verbs] if len(verbs) > 1 else []
    if not found:  # "That the decision be delayed …;\nThat a valuation be undertaken;\nAnd, that …"
        clauses = [s for s in line_starts(text, start, end) if THAT_OPENING.match(text, s)
                   and (s == start or text[start:s].rstrip().endswith((";", ":", ":-")))]
        found = [(s, s, "") for s in clauses] if len(clauses) > 1 else []
    if not found:
        piece = tidy(text, start, end)
        return [piece] if piece else []
    pieces = []
    lead = tidy(text, start, found[0][0])
    if lead and is_limb_of_its_own(text[lead.start : lead.end]):  # "that (a) …": a bare lead-in is no limb
        pieces.append(lead)
    for i, (_, body_start, label) in enumerate(found):
        body_end = found[i + 1][0] if i + 1 < len(found) else end
        trailing = TRAILING_SUB_HEADING.search(text, body_start, body_end)
        piece = tidy(text, body_start, trailing.start() if trailing else body_end, label or None)
        if piece:
            pieces.extend(sub_limbs(text, piece) or [piece])
    return pieces


CAPITAL_VERB_OPENING = re.compile(r"[A-Z]{3,}(?:\s+AND\s+[A-Z]{3,})?\s+(?=[a-z(£\d])")
"""A paragraph opening with its verb in capitals, then running on in lower case ("APPROVE the proposal …",
"DELEGATE authority to …"): in decision notices each such paragraph is one decision."""
THAT_OPENING = re.compile(r"(?:And,?[ \t]+|and,?[ \t]+)?That[ \t]+|And,?[ \t]+that[ \t]+")
"""A line opening a clause of a resolution unlabelled ("That …;", "And, that …"): each such line is a limb."""
TRAILING_SUB_HEADING = re.compile(r"\n[ \t]*\n[ \t]*(?:\S+[ \t]+){0,5}\S+:[ \t]*\s*$")
"""A short line ending in a colon after a limb, heading the limbs after it ("Contractual:"): not limb text."""


def is_limb_of_its_own(lead: str) -> bool:
    """Whether the text before a block's first limb label decides something itself: a sentence ending in a
    full stop or semicolon, or a long one; not a lead-in ("That the Committee for Transport:", "Officer
    Recommendations: That the Committee")."""
    lead = lead.rstrip()
    return not lead.endswith((":", ":-", "–", "-")) and len(WORD.findall(lead)) > 3 and (
        lead.endswith((".", ";")) or len(WORD.findall(lead)) > 12)


def sub_limbs(text: str, limb: Piece) -> list[Piece]:
    """The lettered limbs inside a numbered limb that is only a title or a lead-in ("2. Residents Parking" /
    "a. Approve …" / "b. Approved …"): one limb each, labelled "2a", "2b"; empty when there are none."""
    markers = [m for m in LIMB_MARKER.finditer(text, limb.start, limb.end) if opens_line(text, m.start())]
    if not markers:
        return []
    head = text[limb.start : markers[0].start()].strip()
    words = WORD.findall(head)
    title = len(words) <= 20 and not head.endswith((".", ";", ","))
    if not head or not (head.endswith((":", ":-")) or title):
        return []
    inner = split_limbs(text, markers[0].start(), limb.end)
    if not inner or any(p.limb is None for p in inner):
        return []
    return [Piece(p.start, p.end, f"{limb.limb or ''}{p.limb}") for p in inner]


def limb_marker_opens(text: str, block_start: int, offset: int, abbreviations: Collection[str] = ()) -> bool:
    """A limb label counts at a line start, or after ":" / ";" (optionally "and"), a full stop that is
    not an abbreviation's ("Cllr. O. Williams": O. is an initial), or "that" / "to" in running text
    ("RESOLVED:- (1) That …. (2) That …"); abbreviations are lower-case."""
    if opens_line(text, offset):
        return True
    before = text[max(block_start, offset - 8) : offset].rstrip()
    abbreviated = re.search(r"([A-Za-z]+)\.$", before)
    return (
        before.endswith((":", ";", ":-", "; and", ";and"))
        or (before.endswith(".") and not (abbreviated and abbreviated.group(1).lower() in abbreviations))
        or offset - 2 <= block_start
        or bool(re.search(r"\b(?:that|to)$", before, re.IGNORECASE))
    )


def limb_label(match: re.Match[str]) -> str:
    """The label of a limb marker, lower-cased ("(B)" -> "b", "3.1." -> "3.1")."""
    return (match.group("p") or match.group("n") or match.group("d")).lower()


def marker_style(match: re.Match[str]) -> str:
    """A label's style: bracketed or dotted, and letters, roman numerals, digits or decimals ("3.1")."""
    if match.group("n"):
        return "dot-decimal"
    value = limb_label(match)
    kind = (
        "digit"
        if value.isdigit()
        else "roman"
        if re.fullmatch(r"[ivx]+", value) and value != "v"
        else "letter"
    )
    if kind == "roman" and value == "i" and match.group("p") is None:
        kind = "letter"
    return f"{'paren' if match.group('p') else 'dot'}-{kind}"


def sequential(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Labels that go on in order from the first ("a", "b", … or "1", "2", …); strays are dropped."""
    if not found:
        return found
    kept = [found[0]]
    for item in found[1:]:
        if follows(kept[-1][2], item[2]):
            kept.append(item)
    return kept if len(kept) > 1 or found[0][2] in ("a", "1", "i") else []


def follows(previous: str, label: str) -> bool:
    """Whether label comes right after previous (letters, digits, roman numerals or "3.1" -> "3.2").

    A numbered list may skip one number ("4." then "6."): a limb withdrawn before publication, or a line the
    PDF lost; the next number is no less a limb of the same list."""
    if "." in previous and "." in label:
        (head, last), (next_head, next_last) = previous.split("."), label.split(".")
        return head == next_head and int(next_last) == int(last) + 1
    if previous.isdigit() and label.isdigit():
        return int(previous) < int(label) <= int(previous) + 2
    romans = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
    if previous in romans and label in romans and romans.index(label) == romans.index(previous) + 1:
        return True
    return len(previous) == 1 and len(label) == 1 and ord(label) == ord(previous) + 1


def tidy(text: str, start: int, end: int, limb: Optional[str] = None) -> Optional[Piece]:
    """A piece without surrounding whitespace, lead separators or joining "; and"; None if empty."""
    start = skip_lead_separator(text, start)
    while start < end and text[start].isspace():
        start += 1
    tail = TRAILING_JOIN.search(text, start, end)
    if tail is not None and tail.start() > start:
        end = tail.start()
    if start >= end or not WORD.search(text[start:end]):
        return None
    return Piece(start, end, limb)


def paragraph_bounds(text: str, offset: int) -> tuple[int, int]:
    """Start and end of the blank-line separated paragraph holding offset."""
    before = text.rfind("\n\n", 0, offset)
    start = 0 if before < 0 else before + 2
    after = re.compile(r"\n[ \t]*\n").search(text, offset)
    end = len(text) if after is None else after.start()
    while start < end and text[start].isspace():
        start += 1
    return start, trim_end(text, start, end)


def clause_bounds(text: str, sent_start: int, sent_end: int, trigger_start: int, trigger_end: int) -> Piece:
    """The clause of a sentence holding a decision phrase: back to the last comma, semicolon or
    "but" before it, on to the next comma, semicolon, "but" or "and the …" after it (paragraph
    numbers and list markers dropped)."""
    start = sent_start
    for m in CLAUSE_BREAK_BEFORE.finditer(text, sent_start, trigger_start):
        start = m.end()
    end = sent_end
    after = CLAUSE_BREAK_AFTER.search(text, trigger_end, sent_end)
    if after is not None:
        end = after.start()
    number = PARAGRAPH_NUMBER.match(text, start, end)
    if number is not None:
        start = number.end()
    while start < end and text[start].isspace():
        start += 1
    end = trim_end(text, start, end)
    while end > start and text[end - 1] in ";,:":
        end -= 1
    return Piece(start, end)


DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "its", "their", "any", "our"})
"""Words after which a participle is an adjective ("the proposed scheme"), not the decision's verb."""


FRAME_VERBS = frozenset({"agree", "agreed", "agrees", "decide", "decided", "decides", "resolve", "resolved",
                         "resolves", "vote", "voted", "votes"})
"""Verbs that frame the decision they take ("agreed to defer" is deferred)."""
STRONGER_THAN_NOTED = frozenset({"approved", "agreed", "endorsed", "deferred", "rejected", "withdrawn"})
"""Statuses that, joined to a noting by "and" or "to", are the limb's substance."""


def status_of(
    clause: str,
    statuses: Mapping[str, Sequence[str]],
    *,
    negated: Optional[Mapping[str, str]] = None,
    movers: Collection[str] = (),
    record_phrases: Optional[re.Pattern[str]] = None,
    asides: Collection[str] = (),
) -> Optional[str]:
    """The status of a decision from its first status verb ("be noted", "To approve", "agrees").

    A verb after "not" takes its negated status ("be not approved" is rejected); a participle after
    "the" or "a" is an adjective and is passed over; "noted" yields to a later decision joined to it
    by "and" or "to" ("To note the update and to endorse the plan" is endorsed); "agreed to defer" is
    deferred. A mover ("proposed by Cllr Rees") is no status, nor a verb after an aside word ("as proposed
    at the last meeting", "in support of"); minutes agreed as a correct record (record_phrases) are approved.
    """
    if record_phrases is not None and record_phrases.search(clause):
        return "approved"
    lookup = {form.lower(): status for status, forms in statuses.items() for form in forms}
    words = [w.lower().rstrip("’'") for w in WORD.findall(clause)]
    first: Optional[str] = None
    for i, word in enumerate(words):
        if i > 0 and (words[i - 1] in DETERMINERS or words[i - 1] in asides):
            continue
        if word in movers and words[i + 1 : i + 2] == ["by"]:
            continue
        two = f"{word} {words[i + 1]}" if i + 1 < len(words) else None
        status = lookup.get(two) if two else None
        status = status or lookup.get(word)
        if status is None:
            continue
        if word in FRAME_VERBS and words[i + 1 : i + 2] == ["to"] and (then := lookup.get(words[i + 2] if i + 2 < len(
                words) else "")):
            status = then  # "it was agreed to approve", "voted to refuse": the verb agreed to
        if negated and "not" in words[max(0, i - 2) : i]:
            status = negated.get(status, status)
        if first is None:
            if status != "noted":
                return status
            first = status
        elif status in STRONGER_THAN_NOTED and words[i - 1] in ("and", "to"):
            return status  # "To note the update and to endorse the plan"
    return first


PROPOSAL_LOST = re.compile(r"^(?:lost|defeated|fell|not\s+carried)$", re.IGNORECASE)


def proposal_status(
    clause: str,
    outcome: str,
    statuses: Mapping[str, Sequence[str]],
    negated: Optional[Mapping[str, str]] = None,
    *,
    movers: Collection[str] = (),
    record_phrases: Optional[re.Pattern[str]] = None,
    asides: Collection[str] = (),
) -> str:
    """The status of a proposal put to the meeting, from the words after its outcome ("… and agreed that the
    return be approved" is approved), else from the outcome itself ("carried" is agreed, "lost" rejected)."""
    if PROPOSAL_LOST.match(outcome.strip()):
        return "rejected"
    rest = re.sub(r"^\W*\w+\W*(?:that|to)?", "", clause, count=1, flags=re.IGNORECASE)
    return (status_of(rest, statuses, negated=negated, movers=movers, record_phrases=record_phrases, asides=asides)
            or status_of(outcome, statuses, negated=negated) or "agreed")


def skip_space(text: str, offset: int) -> int:
    """Offset of the first non-space character at or after offset."""
    while offset < len(text) and text[offset].isspace():
        offset += 1
    return offset


def post_expression(leaders: Iterable[str]) -> str:
    """A regex source for a decision-making post and its remit ("Cabinet Member for Adult Social Care")."""
    posts = "|".join(sorted((re.escape(w) for w in leaders), key=len, reverse=True))
    word = r"(?!I\b)[A-Z][\w'’&-]*"  # not "… Services I agree to:"
    return rf"(?:{posts})(?:\s+for\s+{word}(?:\s+(?:and\s+|&\s+)?{word})*)?"


def body_pattern(body_words: Iterable[str], leaders: Iterable[str]) -> re.Pattern[str]:
    """A regex for a named body: capitalised words ending in a body word ("Leicestershire Together
    Board", "Cabinet", "Planning Sub-Committee") or a decision-making post ("Cabinet Member for …")."""
    words = "|".join(sorted((re.escape(w) for w in body_words), key=len, reverse=True))
    cap = r"(?:[A-Z][\w'’&/-]*|and|of|for|&)"
    return re.compile(
        rf"\b(?P<body>{post_expression(leaders)}"
        rf"|(?:[A-Z][\w'’&/-]*\s+(?:{cap}\s+){{0,5}})?(?:{words})s?)\b"
    )


def clean_body(name: str, lead_words: Iterable[str] = ()) -> str:
    """A body name without a leading article, a sentence's opening word ("Since Cabinet", "After
    Leicestershire County Council") or a dangling "and"/"of"."""
    words = {w.lower() for w in lead_words} | {"the", "its", "their", "a", "and", "of", "for", "&"}
    parts = name.strip().split()
    while len(parts) > 1 and parts[0].lower() in words:
        parts.pop(0)
    return " ".join(parts)


def same_body(name: str, committee: Optional[str]) -> bool:
    """Whether a short name ("the Commission") is the meeting's own body ("Scrutiny Commission")."""
    if not committee:
        return False
    short, full = clean_body(name).lower(), committee.lower()
    return full == short or full.endswith(" " + short)


@dataclass(frozen=True)
class AttributeRules:
    """The rules of one decision attribute, compiled: any_rule is them all joined, so a text none of them
    matches (most texts) is searched once, not once a rule; and a text with none of the cues (words every
    rule needs) is not searched at all."""

    name: str
    any_rule: re.Pattern[str]
    rules: tuple[tuple[re.Pattern[str], object], ...]
    cues: tuple[str, ...] = ()


def attribute_rules(rules: Mapping[str, Sequence[Mapping[str, object]]],
                    cues: Mapping[str, Sequence[str]] = {}) -> list[AttributeRules]:
    """Each attribute's rules ({"pattern": regex, "value": value}, in order), compiled case-insensitively,
    with its cues (lower-case words one of which each of its rules must match)."""
    return [AttributeRules(
        name,
        re.compile("|".join(f"(?:{rule['pattern']})" for rule in options), re.IGNORECASE),
        tuple((re.compile(str(rule["pattern"]), re.IGNORECASE), rule["value"]) for rule in options),
        tuple(cues.get(name, ())),
    ) for name, options in rules.items() if options]


def find_attributes(text: str, rules: Sequence[AttributeRules]) -> dict[str, object]:
    """UK decision attributes stated in text (key decision, call-in, exempt paragraph, urgency,
    delegation), each from the first rule of its list that matches; absent when not stated.

    A rule's value of "$1" takes the first group (the Schedule 12A paragraph number). The cues are looked
    for in the folded text, which holds a word wherever a case-insensitive rule can match it.
    """
    found: dict[str, object] = {}
    lower = folded(text)
    for attribute in rules:
        if not holds_a_cue(lower, attribute.cues):
            continue
        if attribute.any_rule.search(text) is None:
            continue
        for pattern, value in attribute.rules:
            match = pattern.search(text)
            if match:
                found[attribute.name] = match.group(1) if value == "$1" else value
                break
    return found
