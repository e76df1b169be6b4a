"""A seeded generator of UK committee papers (reports, minutes, decision notices, agendas) for benchmarks and tests.

Paper `index` of seed `seed` is always the same text, whatever else is generated, so the first
1,000 papers of a 10,000-paper corpus are the 1,000-paper corpus. The template pieces live in
templates.json beside this module.
"""

from __future__ import annotations

import itertools
import json
import random
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any, Callable, Iterator

KINDS = ("report", "minutes", "decision", "agenda")
KIND_WEIGHTS = (4, 4, 2, 1)
WORDS = (300, 1500)
"""Fewest and most words in a paper."""
CLOSING_WORDS = 120
"""Room left under the word target for a paper's closing lines (contact block, signature)."""
ROMAN = ("i", "ii", "iii", "iv", "v", "vi")


@dataclass(frozen=True)
class BenchPaper:
    """One generated paper: a file name that says what it is, and its text."""

    name: str
    kind: str
    text: str

    @property
    def words(self) -> int:
        """Words in the text, counted as whitespace-separated pieces (as the benchmark counts them)."""
        return len(self.text.split())


@lru_cache(maxsize=1)
def templates() -> dict[str, Any]:
    """The template pieces: councils, committees, names, topics and the sentences papers are built from."""
    return json.loads(files("extract.bench").joinpath("templates.json").read_text(encoding="utf-8"))


def generate_paper(index: int, seed: int = 0) -> BenchPaper:
    """Paper number index of the corpus for seed: its own random stream, so it never depends on the others."""
    rng = random.Random(f"minutes-extract-bench:{seed}:{index}")
    kind = rng.choices(KINDS, weights=KIND_WEIGHTS)[0]
    writer = PaperWriter(rng, templates(), target=rng.randint(WORDS[0], WORDS[1] - CLOSING_WORDS - 80))
    text = writer.write(kind)
    return BenchPaper(f"{index:05d}_{kind}_{slug(writer.council['name'])}.txt", kind, text)


def generate_papers(count: int, seed: int = 0) -> Iterator[BenchPaper]:
    """The first count papers for seed."""
    return (generate_paper(i, seed) for i in range(count))


def long_paper(words: int, seed: int = 0) -> str:
    """One long paper: the papers for seed joined in order, a blank line between, until it has words words
    (a council's agenda pack or a full council's minutes run to 20,000 words and more)."""
    return long_papers(words, words, seed)[0]


def long_papers(words: int, total: int, seed: int = 0) -> list[str]:
    """Papers of at least words words each, the papers for seed joined in order, until they hold total
    words between them: the same text cut into papers of one length, so that lengths can be compared."""
    papers: list[str] = []
    parts: list[str] = []
    count = in_part = 0
    for paper in (generate_paper(i, seed) for i in itertools.count()):
        parts.append(paper.text)
        count, in_part = count + paper.words, in_part + paper.words
        if in_part >= words:
            papers.append("\n\n".join(parts))
            parts, in_part = [], 0
            if count >= total:
                return papers


def write_papers(folder: Path, count: int, seed: int = 0) -> list[Path]:
    """Write the first count papers for seed into folder as UTF-8 text files; returns their paths in order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for paper in generate_papers(count, seed):
        path = folder / paper.name
        path.write_text(paper.text, encoding="utf-8")
        paths.append(path)
    return paths


def slug(name: str) -> str:
    """A file-name form of a name: ASCII, lower case, words joined by hyphens."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def long_date(day: date, rng: random.Random) -> str:
    """A date as UK papers write it, in one of their usual forms."""
    forms: list[Callable[[date], str]] = [
        lambda d: f"{d.day} {d:%B %Y}",
        lambda d: f"{d:%A} {d.day} {d:%B %Y}",
        lambda d: f"{d:%A}, {d.day}{ordinal(d.day)} {d:%B %Y}",
        lambda d: f"{d.day}{ordinal(d.day)} {d:%B %Y}",
        lambda d: f"{d:%d/%m/%Y}",
    ]
    return rng.choice(forms)(day)


def ordinal(day: int) -> str:
    """The suffix of a day of the month: st, nd, rd or th."""
    return "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


class PaperWriter:
    """Writes one paper: a council, a committee, its people and a meeting date, then the sections of its kind."""

    def __init__(self, rng: random.Random, pieces: dict[str, Any], *, target: int) -> None:
        self.rng = rng
        self.pieces = pieces
        self.target = target
        self.council: dict[str, str] = rng.choice(pieces["councils"])
        self.committee: str = rng.choice(pieces["committees"])
        self.meeting = date(2015, 1, 5) + timedelta(days=rng.randrange(0, 11 * 365))
        self.officers = [(self.person(), title) for title in rng.sample(pieces["officer_titles"], 4)]
        self.members = [self.person() for _ in range(rng.randint(6, 14))]
        self.topics = rng.sample(pieces["topics"], len(pieces["topics"]))
        self.used: set[str] = set()
        self.blocks: list[str] = []

    # -- people and values -------------------------------------------------------------------------

    def person(self) -> str:
        """A full name from the name lists."""
        return f"{self.rng.choice(self.pieces['first_names'])} {self.rng.choice(self.pieces['surnames'])}"

    def councillor(self, name: str) -> str:
        """A councillor's name as attendance lists write it, sometimes with party and ward."""
        first, surname = name.split(" ", 1)
        written = self.rng.choice([f"Councillor {name}", f"Cllr {first[0]}. {surname}", f"Cllr {name}"])
        if self.rng.random() < 0.4:
            written += f" ({self.rng.choice(self.pieces['parties'])}, {self.rng.choice(self.pieces['wards'])} Ward)"
        return written

    def phone(self) -> str:
        """A UK number in the council's area code: eleven digits in all."""
        code = self.council["area_code"]
        local = "".join(str(self.rng.randrange(10)) for _ in range(11 - len(code)))
        return f"{code} {local[:len(local) // 2]} {local[len(local) // 2:]}" if len(local) > 6 else f"{code} {local}"

    def email(self, name: str) -> str:
        """A council e-mail address for a person: first.last@domain."""
        return f"{slug(name).replace('-', '.')}@{self.council['domain']}"

    def money(self, low: int, high: int) -> str:
        """A sum in pounds, rounded as reports round them."""
        value = self.rng.randrange(low, high)
        if value >= 1_000_000:
            return f"£{value / 1_000_000:.1f}m"
        return f"£{round(value, -3 if value > 10_000 else -1):,}"

    def when(self, low: int, high: int) -> str:
        """A date between low and high days from the meeting, written in one of the usual forms."""
        return long_date(self.meeting + timedelta(days=self.rng.randint(low, high)), self.rng)

    def slot(self, name: str, subject: str) -> str:
        """A fresh value for one template slot."""
        rng, year = self.rng, self.meeting.year
        values: dict[str, Callable[[], str]] = {
            "amount": lambda: self.money(20_000, 4_000_000),
            "amount2": lambda: self.money(10_000_000, 900_000_000),
            "money_small": lambda: f"£{rng.randint(30, 95)}",
            "percent": lambda: str(rng.randint(30, 96)),
            "percent_small": lambda: str(rng.randint(2, 9)),
            "number": lambda: str(rng.randrange(40, 2400, 5)),
            "number2": lambda: str(rng.randint(12, 950)),
            "number_small": lambda: rng.choice(["two", "three", "four", "five", "six", "eight", "12", "14"]),
            "date": lambda: self.when(-120, 120),
            "fy": lambda: f"{year}/{(year + 1) % 100:02d}",
            "year": lambda: str(year),
            "year_next": lambda: str(year + 1),
            "year_next2": lambda: str(year + 2),
            "year_past": lambda: str(year - rng.randint(2, 6)),
            "year_far": lambda: str(year + rng.choice([10, 12, 15, 20])),
            "quarter": lambda: str(rng.randint(1, 4)),
            "month": lambda: rng.choice(["January", "March", "June", "September", "November"]),
            "title": lambda: rng.choice(self.officers)[1],
            "officer": lambda: rng.choice(self.officers)[0],
            "partner": lambda: rng.choice(self.pieces["partners"]),
            "ward": lambda: rng.choice(self.pieces["wards"]),
            "committee": lambda: rng.choice([c for c in self.pieces["committees"] if c != self.committee]),
            "council": lambda: self.council["name"],
            "place": lambda: self.council["place"],
            "subject": lambda: subject,
            "premises": lambda: rng.choice(self.pieces["premises"]),
            "street": lambda: rng.choice(self.pieces["streets"]),
            "site": lambda: rng.choice(self.pieces["sites"]),
            "app_ref": lambda: f"{year % 100:02d}/{rng.randint(100, 2999):05d}/{rng.choice(['OUT', 'FUL', 'REM'])}",
            "for_votes": lambda: str(rng.randint(5, 12)),
            "against_votes": lambda: str(rng.randint(0, 4)),
            "abstain_votes": lambda: str(rng.randint(0, 2)),
        }
        return values[name]()

    def fill(self, template: str, subject: str = "the matter") -> str:
        """A template with every {slot} given a fresh value."""
        return re.sub(r"\{(\w+)\}", lambda m: self.slot(m.group(1), subject), template)

    def pick(self, options: list[str], count: int = 1) -> list[str]:
        """Up to count templates not yet used in this paper (used ones come back only when all have been)."""
        fresh = [o for o in options if o not in self.used] or options
        chosen = self.rng.sample(fresh, min(count, len(fresh)))
        self.used.update(chosen)
        return chosen

    # -- assembling ----------------------------------------------------------------------------------

    @property
    def words(self) -> int:
        """Words written so far."""
        return sum(len(block.split()) for block in self.blocks)

    def add(self, *blocks: str) -> None:
        """Append blocks (paragraphs or lines) to the paper."""
        self.blocks.extend(b for b in blocks if b)

    def write(self, kind: str) -> str:
        """The whole paper of the kind asked for."""
        {"report": self.report, "minutes": self.minutes, "decision": self.decision, "agenda": self.agenda}[kind]()
        return "\n\n".join(self.blocks) + "\n"

    def topic_title(self, topic: dict[str, Any]) -> str:
        """A topic's title with its slots filled."""
        return self.fill(topic["title"])

    def contact(self) -> str:
        """A contact block in one of the layouts councils use."""
        name, title = self.rng.choice(self.officers)
        form = self.rng.choice(self.pieces["contact_forms"])
        return form.format(officer=name, title=title, phone=self.phone(), email=self.email(name),
                           council=self.council["name"])

    def header(self, title: str) -> None:
        """The council's name, then the committee and date in one of the usual layouts."""
        meeting = long_date(self.meeting, self.rng)
        author = self.rng.choice(self.officers)[1]
        self.add(self.council["name"].upper())
        if self.rng.random() < 0.5:
            self.add(f"{self.committee.upper()} – {meeting.upper()}", f"REPORT OF THE {author.upper()}", title.upper())
        else:
            self.add(f"Report to: {self.committee}\nDate of meeting: {meeting}\nReport of: {author}\nTitle: {title}\n"
                     f"Wards affected: {self.rng.choice(['All', self.rng.choice(self.pieces['wards'])])}\n"
                     f"Key decision: {self.rng.choice(['Yes', 'No'])}")

    def report(self) -> None:
        """An officer report: purpose, recommendations, background, implications, contact."""
        topic, others = self.topics[0], self.topics[1:]
        subject = self.fill(topic["subject"])
        paragraphs = self.pieces["report_paragraphs"]
        self.header(self.topic_title(topic))
        self.add("1. Purpose of the Report", "1.1 " + self.fill(self.pick(paragraphs["purpose"])[0], subject))
        limbs = self.pick(topic["recommendations"], self.rng.randint(1, 3))
        self.add("2. Recommendations", f"2.1 It is recommended that the {self.committee}:\n" + "\n".join(
            f"({chr(97 + i)}) {self.fill(limb, subject)}{';' if i < len(limbs) - 1 else '.'}"
            for i, limb in enumerate(limbs)))
        section = 3
        for heading, key in (("Background", None), ("Options Considered", "options"),
                             ("Financial Implications", "financial"), ("Legal Implications", "legal"),
                             ("Risk Management", "risk"), ("Equality Implications", "equality")):
            sentences = topic["sentences"] if key is None else paragraphs[key]
            chosen = self.pick(sentences, self.rng.randint(2, 4))
            self.add(f"{section}. {heading}",
                     *(f"{section}.{i} {self.fill(s, subject)}" for i, s in enumerate(chosen, 1)))
            section += 1
        for other in others:
            if self.words >= self.target:
                break
            other_subject = self.fill(other["subject"])
            heading = f"{section}. Related matter: {self.topic_title(other)}"
            chosen = self.pick(other["sentences"], 4)
            self.add(heading, *(f"{section}.{i} {self.fill(s, other_subject)}" for i, s in enumerate(chosen, 1)))
            section += 1
        self.add(self.fill(self.rng.choice(self.pieces["background_papers"])), self.contact())

    def minutes(self) -> None:
        """Minutes: attendance, apologies, interests, previous minutes, items with resolutions, close."""
        scottish = self.council["nation"] == "scotland"
        chair, *others = self.members
        self.add(self.council["name"].upper(),
                 f"MINUTES of the meeting of the {self.committee} held in {self.rng.choice(self.pieces['venues'])} "
                 f"on {long_date(self.meeting, self.rng)} at "
                 f"{self.rng.choice(['10.00 am', '2.00 pm', '6.30 pm', '7.00pm'])}")
        label = "Sederunt:" if scottish else self.rng.choice(["Present:", "PRESENT:"])
        chair_role = "(Convener)" if scottish else self.rng.choice(["(Chair)", "(in the Chair)"])
        chair_line = f"{label} {self.councillor(chair)} {chair_role}"
        present = ", ".join(self.councillor(m) for m in others[2:])
        officers = ", ".join(f"{name} ({title})" for name, title in self.officers[:3])
        self.add(f"{chair_line}, {present}.", f"Officers in attendance: {officers}.")
        absent = others[:2]
        items = [("Apologies for Absence", f"Apologies for absence were received from {self.councillor(absent[0])} "
                                           f"and {self.councillor(absent[1])}."),
                 ("Declarations of Interest", self.rng.choice([
                     "No declarations of interest were made.",
                     f"{self.councillor(others[-1])} declared a personal interest in item 5 as a member of "
                     f"{self.rng.choice(self.pieces['partners'])}."])),
                 ("Minutes", self.resolution(f"the minutes of the meeting held on {self.when(-60, -14)} be approved "
                                             "as a correct record and signed by the Chair", scottish))]
        for number, (title, body) in enumerate(items, 1):
            self.add(f"{number}. {title.upper()}", body)
        number = len(items) + 1
        for topic in self.topics:
            if self.words >= self.target:
                break
            subject = self.fill(topic["subject"])
            presenter = self.rng.choice(self.officers)[1]
            said = [self.fill(s, subject) for s in self.pick(topic["sentences"], self.rng.randint(2, 4))]
            discussion = [self.fill(s, subject) for s in self.pick(self.pieces["narrative"], self.rng.randint(2, 4))]
            limbs = [self.fill(c, subject) for c in self.pick(topic["recommendations"], self.rng.randint(1, 3))]
            self.add(f"{number}. {self.topic_title(topic).upper()}",
                     f"The {presenter} presented a report on {subject}. " + " ".join(said),
                     " ".join(discussion),
                     self.resolution_of_limbs(limbs, scottish),
                     self.fill(self.rng.choice(self.pieces["votes"])))
            number += 1
        self.add(f"{number}. DATE OF NEXT MEETING", f"The next meeting will be held on {self.when(21, 60)}.",
                 f"The meeting closed at {self.rng.choice(['8.15 pm', '9.05pm', '12.40 pm', '4.30 pm'])}.",
                 "Convener" if scottish else "Chair")

    def resolution(self, clause: str, scottish: bool) -> str:
        """A one-limb decision in the council's style."""
        if scottish:
            return f"Decision\n\nThe Committee agreed that {clause}."
        return self.rng.choice(self.pieces["resolution_forms"]).replace("{clause}", clause)

    def resolution_of_limbs(self, limbs: list[str], scottish: bool) -> str:
        """A decision of one or more limbs: "RESOLVED that (a) …; (b) …", or the Scottish "Decision" form."""
        if len(limbs) == 1:
            return self.resolution(f"the Committee {self.rng.choice(['agrees to', 'resolves to'])} {limbs[0]}"
                                   if scottish else self.resolution_clause(limbs[0]), scottish)
        lead = "Decision\n\nThe Committee agreed:" if scottish else self.rng.choice(["RESOLVED that:", "RESOLVED:"])
        marks = ROMAN if scottish else tuple(chr(97 + i) for i in range(len(limbs)))
        return lead + "\n" + ";\n".join(f"({mark}) to {limb}" for mark, limb in zip(marks, limbs)) + "."

    def resolution_clause(self, limb: str) -> str:
        """A recommendation limb ("approve the …") as a resolution clause ("the Committee approve the …")."""
        return f"the {self.committee} {limb}"

    def decision(self) -> None:
        """A record of an executive decision: maker, date, decision, reasons, options, call-in, contact."""
        topic = self.topics[0]
        subject = self.fill(topic["subject"])
        maker = self.rng.choice(self.pieces["portfolios"])
        self.add(self.council["name"].upper(), self.rng.choice(["RECORD OF EXECUTIVE DECISION", "DECISION NOTICE"]),
                 f"Decision maker: Cabinet Member for {maker}, Councillor {self.members[0]}\n"
                 f"Date of decision: {long_date(self.meeting, self.rng)}\n"
                 f"Subject: {self.topic_title(topic)}\n"
                 f"Key decision: {self.rng.choice(['Yes', 'No'])}",
                 "Decision:",
                 "\n".join(f"{i}. To {self.fill(limb, subject)}." for i, limb in
                           enumerate(self.pick(topic["recommendations"], self.rng.randint(1, 3)), 1)),
                 "Reasons for the decision:",
                 " ".join(self.fill(s, subject) for s in self.pick(topic["sentences"], 3)),
                 "Alternative options considered and rejected:",
                 " ".join(self.fill(s, subject) for s in self.pick(self.pieces["report_paragraphs"]["options"], 2)),
                 "Conflicts of interest declared: None.")
        for other in self.topics[1:]:
            if self.words >= self.target:
                break
            other_subject = self.fill(other["subject"])
            self.add(f"Background: {self.topic_title(other)}",
                     " ".join(self.fill(s, other_subject) for s in self.pick(other["sentences"], 4)))
        self.add(f"Call-in: this decision may be called in by any three non-executive Members by 5pm on "
                 f"{self.when(5, 8)}. It cannot be implemented until the call-in period has ended.", self.contact())

    def agenda(self) -> None:
        """A notice of meeting: committee, date, venue, membership, numbered agenda items, contact."""
        self.add(self.council["name"].upper(), "NOTICE OF MEETING", self.committee.upper(),
                 f"{long_date(self.meeting, self.rng)} at {self.rng.choice(['10.00 am', '2.00 pm', '6.30 pm'])}\n"
                 f"{self.rng.choice(self.pieces['venues'])}",
                 "Membership: " + ", ".join(f"Councillor {m}" for m in self.members) + ".", "AGENDA",
                 "1. Apologies for Absence", "2. Declarations of Interest",
                 f"3. Minutes\nTo confirm the minutes of the meeting held on {self.when(-60, -14)}.")
        number, page = 4, 5
        for topic in self.topics:
            if self.words >= self.target:
                break
            subject = self.fill(topic["subject"])
            pages = self.rng.randint(4, 30)
            self.add(f"{number}. {self.topic_title(topic)} (Pages {page} - {page + pages})",
                     f"Report of the {self.rng.choice(self.officers)[1]}. To consider {subject}. " +
                     " ".join(self.fill(s, subject) for s in self.pick(topic["sentences"], self.rng.randint(2, 5))))
            number, page = number + 1, page + pages + 1
        name, title = self.officers[0]
        self.add(f"{number}. Exclusion of the Press and Public\nTo resolve that the press and public be excluded "
                 "for the following item on the grounds that it involves the likely disclosure of exempt information "
                 "as defined in paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.",
                 f"{name}\n{title}", f"Date of publication: {self.when(-10, -5)}", self.contact())

