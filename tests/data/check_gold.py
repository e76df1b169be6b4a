#!/usr/bin/env python3
"""Check a development set's gold files against its papers (standard library only).

Usage:
    python3 tests/data/check_gold.py SET_DIR      (e.g. tests/data/devset5: its gold/ and papers/)

For every gold/*.json it checks that:
  * the file is valid JSON with exactly the fields of /work/shared/gold/README.md;
  * the paper exists, is UTF-8, ends with a newline, is 400-1500 words, and its sha256 matches;
  * doc_type, decision kind and status use the README vocabularies;
  * every date value (and meeting_date / decision date) is a real YYYY-MM-DD, YYYY-MM or YYYY;
  * every decision `text` and date `text` occurs verbatim in the paper;
  * a weekday written in a date mention agrees with its value;
  * every officer name, and some name or alias of every organisation, occurs in the paper
    (case-insensitive);
  * no organisation name or alias is listed twice in one file.
Exits 1 and prints each problem if any check fails.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sys
from pathlib import Path

DOC_TYPES = {"minutes", "report", "decision_notice", "agenda", "other"}
KINDS = {"resolution", "decision", "recommendation"}
STATUSES = {"approved", "agreed", "noted", "endorsed", "deferred", "rejected", "withdrawn",
            "referred", "recommended", "proposed", "scheduled", "other"}
TOP = {"doc", "sha256", "doc_type", "committee", "meeting_date", "title", "decisions",
       "officers", "organisations", "dates"}
DECISION_KEYS = {"text", "kind", "status", "decision_maker", "date"}
OFFICER_KEYS = {"name", "job_title", "phone", "email"}
ORG_KEYS = {"name", "aliases"}
DATE_KEYS = {"text", "value"}
WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
WEEKDAY_RE = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\b", re.I)


def valid_value(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            dt.date.fromisoformat(value)
            return True
        if re.fullmatch(r"\d{4}-\d{2}", value):
            return 1 <= int(value[5:]) <= 12
        return bool(re.fullmatch(r"\d{4}", value))
    except ValueError:
        return False


def check_keys(where: str, entry: dict, required: set[str], problems: list[str]) -> None:
    keys = set(entry) - {"optional"}
    if keys != required:
        problems.append(f"{where}: keys {sorted(keys)} != {sorted(required)}")
    if "optional" in entry and entry["optional"] is not True:
        problems.append(f"{where}: optional must be true when present")


def check_file(gpath: Path, papers: Path) -> list[str]:
    problems: list[str] = []
    name = gpath.name
    try:
        gold = json.loads(gpath.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return [f"{name}: not valid UTF-8 JSON: {exc}"]
    if set(gold) != TOP:
        problems.append(f"{name}: top-level keys {sorted(gold)} != {sorted(TOP)}")
    paper = papers / str(gold.get("doc"))
    if paper.stem != gpath.stem:
        problems.append(f"{name}: doc {gold.get('doc')!r} does not match the gold file name")
    if not paper.is_file():
        return problems + [f"{name}: paper {paper} not found"]
    raw = paper.read_bytes()
    if hashlib.sha256(raw).hexdigest() != gold.get("sha256"):
        problems.append(f"{name}: sha256 mismatch (paper is {hashlib.sha256(raw).hexdigest()})")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return problems + [f"{name}: paper is not UTF-8: {exc}"]
    if not text.endswith("\n"):
        problems.append(f"{name}: paper does not end with a newline")
    words = len(text.split())
    if not 400 <= words <= 1500:
        problems.append(f"{name}: paper has {words} words (want 400-1500)")
    lower = text.lower()

    if gold.get("doc_type") not in DOC_TYPES:
        problems.append(f"{name}: doc_type {gold.get('doc_type')!r}")
    if gold.get("meeting_date") is not None and not valid_value(gold["meeting_date"]):
        problems.append(f"{name}: meeting_date {gold['meeting_date']!r}")

    for i, d in enumerate(gold.get("decisions", [])):
        where = f"{name}: decisions[{i}]"
        check_keys(where, d, DECISION_KEYS, problems)
        if d.get("text") not in text:
            problems.append(f"{where}: text not verbatim in paper: {d.get('text')!r}")
        if d.get("kind") not in KINDS:
            problems.append(f"{where}: kind {d.get('kind')!r}")
        if d.get("status") not in STATUSES:
            problems.append(f"{where}: status {d.get('status')!r}")
        if d.get("date") is not None and not valid_value(d["date"]):
            problems.append(f"{where}: date {d['date']!r}")
        if d.get("kind") == "recommendation" and d.get("date") is not None:
            problems.append(f"{where}: a recommendation carries date null")
        if d.get("decision_maker") is not None and not isinstance(d["decision_maker"], str):
            problems.append(f"{where}: decision_maker must be a string or null")

    for i, o in enumerate(gold.get("officers", [])):
        where = f"{name}: officers[{i}]"
        check_keys(where, o, OFFICER_KEYS, problems)
        if o.get("name") and o["name"].lower() not in lower:
            problems.append(f"{where}: name {o['name']!r} not in paper")
        if not o.get("name") and not o.get("optional"):
            problems.append(f"{where}: a post without a name should be optional")
        for field in ("phone", "email"):
            if o.get(field) and o[field] not in text:
                problems.append(f"{where}: {field} {o[field]!r} not verbatim in paper")

    seen: dict[str, int] = {}
    for i, g in enumerate(gold.get("organisations", [])):
        where = f"{name}: organisations[{i}]"
        check_keys(where, g, ORG_KEYS, problems)
        names = [g.get("name"), *g.get("aliases", [])]
        if not any(n and n.lower() in lower for n in names):
            problems.append(f"{where}: neither {g.get('name')!r} nor an alias occurs in paper")
        for n in names:
            key = re.sub(r"^the ", "", " ".join(re.findall(r"[a-z0-9]+", (n or "").lower().replace("&", " and "))))
            if key in seen and seen[key] != i:
                problems.append(f"{where}: {n!r} also listed in organisations[{seen[key]}]")
            seen.setdefault(key, i)

    for i, d in enumerate(gold.get("dates", [])):
        where = f"{name}: dates[{i}]"
        check_keys(where, d, DATE_KEYS, problems)
        if d.get("text") not in text:
            problems.append(f"{where}: text not verbatim in paper: {d.get('text')!r}")
        if not valid_value(d.get("value")):
            problems.append(f"{where}: value {d.get('value')!r}")
            continue
        m = WEEKDAY_RE.search(d.get("text") or "")
        if m and len(d["value"]) == 10:
            if dt.date.fromisoformat(d["value"]).weekday() != WEEKDAYS[m.group(1).lower()]:
                problems.append(f"{where}: weekday in {d['text']!r} disagrees with {d['value']}")
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: check_gold.py SET_DIR (a folder holding gold/ and papers/)")
        return 2
    gold_dir = Path(argv[1]) / "gold"
    papers = Path(argv[1]) / "papers"
    problems: list[str] = []
    files = sorted(gold_dir.glob("*.json"))
    for gpath in files:
        problems += check_file(gpath, papers)
    gold_stems = {p.stem for p in files}
    for paper in sorted(papers.glob("*.txt")):
        if paper.stem not in gold_stems:
            problems.append(f"{paper.name}: no gold file")
    for p in problems:
        print(p)
    print(f"{len(files)} gold files checked, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
