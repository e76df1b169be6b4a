"""Score extracted records against gold annotations, matching as the reference scorer does.

Precision, recall and F1 per category (decisions, officers, organisations, dates) and the
accuracy of each scored field, over the gold format described in corpus/gold/README.md.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

from .errors import InputError, Messages

TOKEN = re.compile(r"[a-z0-9]+")
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "cllr", "councillor", "cc", "prof", "sir", "dame", "rev"})
CATEGORIES = ("decisions", "officers", "organisations", "dates")

Row = dict[str, Any]


def tokens(text: Optional[str]) -> list[str]:
    """Lower-case word tokens, "&" read as "and"."""
    return TOKEN.findall((text or "").lower().replace("&", " and "))


def organisation_key(text: Optional[str]) -> str:
    """An organisation name folded for matching: case, punctuation and a leading "the" ignored."""
    words = tokens(text)
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def person_key(text: Optional[str]) -> str:
    """A person's name folded for matching, without honorifics."""
    return " ".join(t for t in tokens(text) if t not in HONORIFICS)


def phone_digits(text: Optional[str]) -> str:
    """Digits of a phone number, +44 written as a leading 0."""
    digits = re.sub(r"\D", "", text or "")
    return "0" + digits[2:] if digits.startswith("44") and len(digits) > 10 else digits


def token_overlap(gold: Optional[str], pred: Optional[str]) -> tuple[float, float]:
    """Share of gold tokens found in pred, and of pred tokens found in gold."""
    g, p = set(tokens(gold)), set(tokens(pred))
    if not g or not p:
        return 0.0, 0.0
    shared = len(g & p)
    return shared / len(g), shared / len(p)


def same_date(gold: Optional[str], pred: Optional[str]) -> bool:
    """A predicted date agrees when it starts with the gold value (or both are empty)."""
    if not gold:
        return not pred
    return (pred or "")[: len(gold)] == gold


@dataclass
class Tally:
    """True/false positives, false negatives and field checks of one category."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    fields: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))

    def check(self, name: str, ok: bool) -> None:
        """Count one field comparison."""
        self.fields[name][0] += int(ok)
        self.fields[name][1] += 1

    def summary(self) -> dict[str, Any]:
        """Counts, precision, recall, F1 and field accuracies, rounded to 4 places."""
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out: dict[str, Any] = {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(precision, 4),
                               "recall": round(recall, 4), "f1": round(f1, 4)}
        for name, (ok, n) in sorted(self.fields.items()):
            out[f"{name}_accuracy"] = round(ok / n, 4) if n else None
        return out


def match_one_to_one(golds: list[Row], preds: list[Row], score: Callable[[Row, Row], Optional[float]]
                     ) -> tuple[list[tuple[Row, Row]], list[Row], list[Row]]:
    """Pair gold and predicted rows best score first, each used once; also the unpaired of each."""
    candidates = sorted(
        ((s, gi, pi) for gi, g in enumerate(golds) for pi, p in enumerate(preds) if (s := score(g, p)) is not None),
        key=lambda c: -c[0],
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((golds[gi], preds[pi]))
    missed = [g for i, g in enumerate(golds) if i not in used_gold]
    extra = [p for i, p in enumerate(preds) if i not in used_pred]
    return pairs, missed, extra


Misses = tuple[list[Row], list[Row]]
"""The gold rows a paper's predictions did not find (optional ones left out), and the predictions gold
lacks."""


def count_matches(tally: Tally, pairs: list[tuple[Row, Row]], missed: list[Row], extra: list[Row]) -> Misses:
    """Optional gold rows neither reward nor penalise; every unmatched prediction is a false positive."""
    tally.tp += sum(1 for g, _ in pairs if not g.get("optional"))
    tally.fn += sum(1 for g in missed if not g.get("optional"))
    tally.fp += len(extra)
    return [g for g in missed if not g.get("optional")], extra


def score_organisations(gold: list[Row], pred: list[Row], tally: Tally) -> Misses:
    """Organisations match by folded name, or by a predicted acronym or alias among the gold names."""
    def score(g: Row, p: Row) -> Optional[float]:
        if organisation_key(p.get("name")) == organisation_key(g["name"]):
            return 2.0
        gold_names = {organisation_key(n) for n in [g["name"], *g.get("aliases", [])] if n}
        pred_names = {organisation_key(n) for n in [p.get("name"), p.get("acronym"), *(p.get("aliases") or [])] if n}
        return 1.0 if gold_names & pred_names else None

    return count_matches(tally, *match_one_to_one(gold, pred, score))


def score_officers(gold: list[Row], pred: list[Row], tally: Tally) -> Misses:
    """Officers match by name; a post without a name matches a nameless record by job title."""
    def score(g: Row, p: Row) -> Optional[float]:
        if g.get("name"):
            key = person_key(g["name"])
            return 1.0 if key and key == person_key(p.get("name")) else None
        if p.get("name"):
            return None
        a, b = token_overlap(g.get("job_title"), p.get("job_title"))
        return a if a >= 0.6 and b >= 0.5 else None

    pairs, missed, extra = match_one_to_one(gold, pred, score)
    misses = count_matches(tally, pairs, missed, extra)
    for g, p in pairs:
        if g.get("optional"):
            continue
        if g.get("job_title"):
            a, b = token_overlap(g["job_title"], p.get("job_title"))
            tally.check("job_title", a >= 0.6 and b >= 0.5)
        if g.get("phone"):
            tally.check("phone", phone_digits(g["phone"]) == phone_digits(p.get("phone")))
        if g.get("email"):
            tally.check("email", g["email"].lower() == (p.get("email") or "").lower())
    return misses


def score_dates(gold: list[Row], pred: list[Row], tally: Tally) -> Misses:
    """Dates compare as sets of distinct values per paper; a range offers its start and its end."""
    required = {g["value"] for g in gold if not g.get("optional")}
    allowed = required | {g["value"] for g in gold}
    range_values = {v for p in pred if p.get("precision") == "range" for v in (p.get("value"), p.get("end")) if v}
    values = {p["value"] for p in pred if p.get("value")} | range_values
    tally.tp += len(values & required)
    tally.fn += len(required - values)
    tally.fp += len(values - allowed - range_values)
    return ([{"value": v} for v in sorted(required - values)],
            [{"value": v} for v in sorted(values - allowed - range_values)])


def score_decisions(gold: list[Row], pred: list[Row], tally: Tally) -> Misses:
    """Resolutions and decisions match by token overlap of text; then kind, status, maker and date."""
    def score(g: Row, p: Row) -> Optional[float]:
        a, b = token_overlap(g["text"], p.get("text"))
        return a + b if a >= 0.6 and b >= 0.3 else None

    pairs, missed, extra = match_one_to_one(gold, pred, score)
    misses = count_matches(tally, pairs, missed, extra)
    for g, p in pairs:
        if g.get("optional"):
            continue
        tally.check("kind", (g.get("kind") == "resolution") == (p.get("record_type") == "resolution"))
        if g.get("status"):
            tally.check("status", g["status"] == p.get("status"))
        if g.get("decision_maker"):
            tally.check("decision_maker", token_overlap(g["decision_maker"], p.get("decision_maker"))[0] >= 0.99)
        if g.get("date"):
            tally.check("date", same_date(g["date"], p.get("date")))
    return misses


def load_predictions(path: Path) -> tuple[dict[str, Row], dict[str, dict[str, list[Row]]]]:
    """Document records by doc_id, and the other records grouped by doc_id and type."""
    documents: dict[str, Row] = {}
    by_doc: dict[str, dict[str, list[Row]]] = defaultdict(lambda: defaultdict(list))
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            row = json.loads(line)
            if row.get("record_type") == "document":
                documents[row.get("doc_id")] = row
            else:
                by_doc[row.get("doc_id")][row.get("record_type")].append(row)
    return documents, by_doc


def find_document(gold: Row, documents: dict[str, Row]) -> Optional[str]:
    """The doc_id of the predicted document for a gold file: by sha256, else by file name."""
    if gold.get("sha256"):
        for doc_id, row in documents.items():
            if row.get("sha256") == gold["sha256"]:
                return doc_id
    for doc_id, row in documents.items():
        if Path(str(row.get("source", ""))).name == gold["doc"]:
            return doc_id
    return None


def document_checks(gold: Row, document: Row) -> dict[str, bool]:
    """Whether each scored document field agrees with gold (title only when gold gives one)."""
    checks = {
        "doc_type": gold.get("doc_type") == document.get("doc_type"),
        "committee": organisation_key(gold.get("committee")) == organisation_key(document.get("committee")),
        "meeting_date": (gold.get("meeting_date") or None) == (document.get("meeting_date") or None),
    }
    if gold.get("title"):
        a, b = token_overlap(gold["title"], document.get("title"))
        checks["title"] = a >= 0.8 and b >= 0.6
    return checks


@dataclass
class PaperResult:
    """One gold file's counts and misses: what a reader needs to see why a paper scored as it did."""

    doc: str
    source: Optional[str]
    counts: dict[str, tuple[int, int, int]]
    misses: dict[str, Misses]
    wrong_fields: list[tuple[str, Any, Any]]
    """Document fields that disagree with gold: (field, predicted, gold)."""


@dataclass
class Scores:
    """Scores of a run against gold."""

    categories: dict[str, dict[str, Any]]
    document: dict[str, Any]
    macro_f1: float
    missing_documents: list[str]
    papers: list[PaperResult]

    @property
    def matched(self) -> int:
        """How many gold files found their paper among the predictions."""
        return len(self.papers) - len(self.missing_documents)

    def as_dict(self) -> dict[str, Any]:
        """The same shape as the reference scorer's --json output."""
        return {**self.categories, "document": self.document, "macro_f1": self.macro_f1,
                "missing_documents": self.missing_documents}


def score(gold_dir: Path, pred_path: Path) -> Scores:
    """Score a JSONL run against every gold file in gold_dir."""
    documents, by_doc = load_predictions(pred_path)
    tallies = {name: Tally() for name in CATEGORIES}
    doc_fields = Tally()
    missing: list[str] = []
    papers: list[PaperResult] = []
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc_id = find_document(gold, documents)
        records: dict[str, list[Row]] = by_doc.get(doc_id, defaultdict(list)) if doc_id else defaultdict(list)
        document = documents.get(doc_id, {}) if doc_id else {}
        if doc_id is None:
            missing.append(gold["doc"])
        checks = document_checks(gold, document)
        for name, ok in checks.items():
            doc_fields.check(name, ok)
        before = {k: (t.tp, t.fp, t.fn) for k, t in tallies.items()}
        misses = {
            "decisions": score_decisions(gold["decisions"], records["resolution"] + records["decision"],
                                         tallies["decisions"]),
            "officers": score_officers(gold["officers"], records["officer"], tallies["officers"]),
            "organisations": score_organisations(gold["organisations"], records["organisation"],
                                                 tallies["organisations"]),
            "dates": score_dates(gold["dates"], records["date"], tallies["dates"]),
        }
        counts = {k: (t.tp - before[k][0], t.fp - before[k][1], t.fn - before[k][2])
                  for k, t in tallies.items()}
        wrong = [(name, document.get(name), gold.get(name)) for name, ok in checks.items() if not ok]
        papers.append(PaperResult(gold["doc"], document.get("source"), counts, misses, wrong))
    categories = {k: t.summary() for k, t in tallies.items()}
    document_accuracy = {k: v for k, v in doc_fields.summary().items() if k.endswith("_accuracy")}
    macro = round(sum(c["f1"] for c in categories.values()) / len(categories), 4)
    return Scores(categories, document_accuracy, macro, missing, papers)


def check_gold_matched(scores: Scores, gold_dir: Path, pred_path: Path) -> None:
    """Refuse scores that measure nothing: no gold files, or none of them matched a paper of the run.

    Raises:
        InputError: the gold folder holds no gold JSON, or no gold file found its paper (E085, E086).
    """
    if not scores.papers:
        raise InputError(Messages.E085.format(gold=gold_dir))
    if not scores.matched:
        raise InputError(Messages.E086.format(count=len(scores.papers), gold=gold_dir, records=pred_path))


MISS_WIDTH = 160
"""Longest text shown for one miss; longer ones are cut with an ellipsis."""


def miss_label(category: str, row: Row) -> str:
    """A gold or predicted row in a few words: a decision's text, a person's name and post, a name, a date."""
    if category == "decisions":
        label = str(row.get("text") or "")
    elif category == "officers":
        label = ", ".join(str(v) for v in (row.get("name"), row.get("job_title")) if v)
    elif category == "organisations":
        label = str(row.get("name") or "")
    else:
        label = str(row.get("value") or "")
    label = " ".join(label.split())
    return label if len(label) <= MISS_WIDTH else label[: MISS_WIDTH - 1] + "…"


def format_misses(paper: PaperResult) -> list[str]:
    """One paper's block: document fields that disagree, then per category the gold not found (-) and the
    predictions not in gold (+)."""
    where = f"({paper.source})" if paper.source else "(no predicted document: not in the run?)"
    lines = [f"{paper.doc}  {where}"]
    lines += [f"  document {name}: {pred!r}, gold {gold!r}" for name, pred, gold in paper.wrong_fields]
    for category, (missed, extra) in paper.misses.items():
        if missed or extra:
            lines.append(f"  {category} tp/fp/fn={paper.counts[category]}")
            lines += [f"    - {miss_label(category, row)}" for row in missed]
            lines += [f"    + {miss_label(category, row)}" for row in extra]
    if len(lines) == 1:
        lines.append("  nothing missed")
    return [*lines, ""]


def format_scores(scores: Scores, per_document: bool = False, misses: bool = False) -> str:
    """A table of the scores, as the reference scorer prints it; before it each paper's counts or misses."""
    lines = []
    for paper in scores.papers:
        if misses:
            lines += format_misses(paper)
        elif per_document:
            lines.append(f"{paper.doc}: " + ", ".join(f"{k} tp/fp/fn={v}" for k, v in paper.counts.items()))
    lines.append(f"{'category':<14}{'P':>7}{'R':>7}{'F1':>7}   tp/fp/fn   fields")
    for name, s in scores.categories.items():
        fields = " ".join(f"{k[:-9]}={v}" for k, v in s.items() if k.endswith("_accuracy"))
        lines.append(f"{name:<14}{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}   "
                     f"{s['tp']}/{s['fp']}/{s['fn']}   {fields}")
    lines.append("document      " + " ".join(f"{k[:-9]}={v}" for k, v in scores.document.items()))
    missing = f"   missing documents: {scores.missing_documents}" if scores.missing_documents else ""
    lines.append(f"macro F1 {scores.macro_f1:.3f}{missing}")
    return "\n".join(lines)
