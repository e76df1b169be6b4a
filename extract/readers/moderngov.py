"""ModernGov GetMeeting XML (mgWebService.asmx): a meeting laid out as the text of its minutes or agenda.

The XML is rendered to the layout the pipeline reads in printed papers: a "<committee> – <date>"
header line (and "Agenda" when no minutes or decisions are published yet), the time and venue, a
"Present:" line and apologies from the attendees, then each agenda item as "<number>. <title>" with
its minute text (minutesnonemptyhtmlbody, read as HTML) or, for a decision not yet minuted, a
"Decision:" block (decisionnonemptyhtmlbody). The
committee and meeting date are also passed on as data, so the document record takes them from the
XML. Parsed with defusedxml over the standard library's parser, entity declarations forbidden whatever the
document's encoding (a GetMeeting response never declares any), which shuts out entity-expansion attacks.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date, datetime
from typing import Iterator, Optional

from ..errors import Messages
from .html import html_to_text
from .source import ReadText, UnreadableFile

DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%d %B %Y")
CHAIR_ROLES = re.compile(r"\b(vice[- ]?chair(?:man)?|chair(?:man|person)?|convener|mayor)\b", re.IGNORECASE)
OFFICER_ROLES = re.compile(r"\bofficer\b|\bclerk\b|\bdirector\b", re.IGNORECASE)


def local(tag: str) -> str:
    """An element name without its namespace, lower-cased."""
    return tag.rsplit("}", 1)[-1].lower()


def child(element: ET.Element, name: str) -> Optional[ET.Element]:
    """The first child of that local name."""
    return next((c for c in element if local(c.tag) == name), None)


def children(element: Optional[ET.Element], name: str) -> Iterator[ET.Element]:
    """Every child of that local name."""
    return (c for c in (element if element is not None else []) if local(c.tag) == name)


def field(element: Optional[ET.Element], *names: str) -> str:
    """The first non-empty value among attributes or child elements of those names, stripped."""
    if element is None:
        return ""
    attributes = {k.lower(): v for k, v in element.attrib.items()}
    for name in names:
        found = child(element, name)
        value = (found.text if found is not None else None) or attributes.get(name) or ""
        if value.strip():
            return value.strip()
    return ""


def flag(element: ET.Element, name: str) -> bool:
    """A ModernGov True/False flag."""
    return field(element, name).lower() == "true"


def meeting_date(value: str) -> Optional[date]:
    """The meeting date as ModernGov writes it (dd/mm/yyyy, or ISO)."""
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(value.strip()[:19], fmt).date()
        except ValueError:
            continue
    return None


@dataclass(frozen=True)
class Attendee:
    """One attendee of the meeting."""

    name: str
    role: str
    attendance: str


def find_meeting(root: ET.Element) -> ET.Element:
    """The <meeting> element: the root, or inside a SOAP envelope or result wrapper."""
    if local(root.tag) == "meeting":
        return root
    for element in root.iter():
        if local(element.tag) == "meeting" and (child(element, "agendaitems") is not None
                                                or child(element, "meetingdate") is not None):
            return element
    raise UnreadableFile(Messages.E045.format(root=local(root.tag)), format="moderngov-xml")


def attendees(meeting: ET.Element) -> list[Attendee]:
    """Attendees, whether ModernGov wrote their details as attributes or as child elements."""
    return [
        Attendee(field(a, "name", "fullusername", "membername", "attendeename"),
                 field(a, "roledescription", "role"), field(a, "attendance").lower())
        for a in children(child(meeting, "attendees"), "attendee")
        if field(a, "name", "fullusername", "membername", "attendeename")
    ]


def attendance_lines(people: list[Attendee]) -> list[str]:
    """"Present: …", "In attendance: …" and apologies lines from the attendees."""
    present, officers, apologies, absent = [], [], [], []
    for person in people:
        if OFFICER_ROLES.search(person.role):
            officers.append(f"{person.name} ({person.role})")
        elif "apolog" in person.attendance:
            apologies.append(person.name)
        elif "absent" in person.attendance:
            absent.append(person.name)
        else:
            chair = CHAIR_ROLES.search(person.role)
            present.append(f"{person.name} ({chair.group(1).title()})" if chair else person.name)
    lines = []
    if present:
        lines.append("Present: " + ", ".join(present) + ".")
    if officers:
        lines.append("In attendance: " + ", ".join(officers) + ".")
    if apologies:
        lines.append("Apologies for absence were received from " + ", ".join(apologies) + ".")
    if absent:
        lines.append("Absent: " + ", ".join(absent) + ".")
    return lines


def item_blocks(meeting: ET.Element) -> tuple[list[str], bool]:
    """Text blocks of the agenda items, and whether any has minutes or a decision."""
    blocks: list[str] = []
    minuted = False
    for item in children(child(meeting, "agendaitems"), "agendaitem"):
        number = field(item, "fulldisplaynumberformat", "agendaitemnumber", "minutesitemnumber").rstrip(".")
        title = " ".join(field(item, "agendaitemtitle").split())
        blocks.append(f"{number}. {title}" if number else title)
        minutes = html_to_text(field(item, "minutesnonemptyhtmlbody", "minuteshtmlbody"))
        decision = html_to_text(field(item, "decisionnonemptyhtmlbody", "decisionhtmlbody"))
        if minutes.strip():
            blocks.append(minutes)
            minuted = True
        if flag(item, "isdecision") and decision.strip() and not minutes.strip():  # the minutes repeat it
            blocks.append(f"Decision:\n{decision}")
            minuted = True
    return [b for b in blocks if b.strip()], minuted


def read_moderngov(data: bytes) -> ReadText:
    """A GetMeeting response as the text of the meeting's minutes (or agenda), with its committee and date."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root = fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise UnreadableFile(Messages.E051.format(kind="XML file"), format="moderngov-xml") from None
    except ET.ParseError as exc:
        raise UnreadableFile(Messages.E044.format(detail=str(exc)), format="moderngov-xml") from None
    meeting = find_meeting(root)
    committee = " ".join((field(meeting, "committeetitle") or field(child(meeting, "committee"), "committeetitle")
                          or next((e.text or "" for e in root.iter() if local(e.tag) == "committeetitle"), "")
                          ).split())
    when = meeting_date(field(meeting, "meetingdate"))
    spoken = f"{when:%A}, {when.day} {when:%B %Y}" if when else ""
    time = field(meeting, "meetingtime")
    place = field(meeting, "meetinglocation")
    items, minuted = item_blocks(meeting)
    head = [" – ".join(part for part in (committee, spoken) if part)]
    if not minuted:
        head.append("Agenda")
    head.append("\n".join(line for line in (f"Time: {time}" if time and spoken else "", f"Venue: {place}" if place else "")
                          if line))
    text = "\n\n".join(block for block in [*head, *attendance_lines(attendees(meeting)), *items] if block.strip())
    return ReadText(text + "\n", "moderngov-xml", committee=committee or None,
                    meeting_date=when.isoformat() if when else None)
