"""A Matcher run stretch by stretch finds what the plain Matcher finds on the whole Doc, in the same order."""

from __future__ import annotations

import random
from typing import Any

import pytest
from spacy.language import Language
from spacy.matcher import Matcher

from extract.bench.corpus import generate_papers
from extract.normalise.wrapped_lines import joined_lines_doc
from extract.stretch_matcher import StretchMatcher, greedy_filtered, word_counts

WORDS = ["the", "The", "Council", "council", "Committee", "agreed", "resolved", "RESOLVED", "to", "that", "was",
         "it", "It", "of", "and", "Health", "Board", ",", ".", ":", "-", "\n", "noted", "approve", "12", "May",
         "2024", "minutes", "were", "confirmed"]
"""The words the patterns are about: few, so that matches are many and overlap."""
FILLER = ["report", "plan", "members", "budget", "item", "update", "scheme", "road", "school", "year", "officers",
          "asked", "about", "funding", "for", "in", "on", "a", "which", "would"]
"""Words between, which few conditions take, so that most of a paper lies outside every stretch."""
ANCHORS = [
    {"LOWER": "the"}, {"ORTH": "Council"}, {"TEXT": "RESOLVED"}, {"LOWER": {"IN": ["agreed", "resolved", "noted"]}},
    {"ORTH": {"IN": [",", ":", "-"]}}, {"TEXT": {"REGEX": "^[A-Z][a-z]+$"}}, {"LOWER": {"REGEX": "^(?:co|bo)"}},
    {"IS_TITLE": True}, {"IS_SPACE": True}, {"LIKE_NUM": True}, {"LOWER": "minutes", "IS_TITLE": False},
]
"""Conditions on the word itself, which a stretch can be found by."""
OTHERS = [{"IS_PUNCT": False}, {"LOWER": {"NOT_IN": ["the", "of"]}}, {"IS_SENT_START": False}, {}]
"""Conditions it cannot be found by: they take nearly any word."""
QUANTIFIERS = ["", "", "", "?", "*", "+", "!", "{2}", "{1,3}", "{0,2}", "{2,}", "{,2}"]


def random_rules(chance: random.Random, count: int) -> list[tuple[str, list[list[dict[str, Any]]], dict[str, Any]]]:
    """count rules of one to five random tokens each; some filtered greedily."""
    rules = []
    for n in range(count):
        pattern = []
        for _ in range(chance.randint(1, 5)):
            token = dict(chance.choice(ANCHORS if chance.random() < 0.85 else OTHERS))
            op = chance.choice(QUANTIFIERS)
            if op:
                token["OP"] = op
            pattern.append(token)
        options = {"greedy": chance.choice(["FIRST", "LONGEST"])} if chance.random() < 0.3 else {}
        rules.append((f"rule{n}", [pattern], options))
    return rules


def plain(nlp: Language, rules: list[tuple[str, list[list[dict[str, Any]]], dict[str, Any]]]) -> Matcher:
    """The rules in spaCy's own Matcher."""
    matcher = Matcher(nlp.vocab)
    for key, patterns, options in rules:
        matcher.add(key, patterns, **options)
    return matcher


def random_text(chance: random.Random, words: int) -> str:
    """words words, most of them filler."""
    return " ".join(chance.choice(WORDS if chance.random() < 0.15 else FILLER) for _ in range(words))


@pytest.mark.parametrize("seed", range(60))
def test_random_patterns_match_as_on_the_whole_doc(blank_nlp: Language, seed: int) -> None:
    chance = random.Random(seed)
    rules = random_rules(chance, chance.randint(1, 3))
    stretched, whole = StretchMatcher(blank_nlp, rules), plain(blank_nlp, rules)
    for _ in range(5):
        doc = blank_nlp(random_text(chance, chance.randint(0, 300)))
        assert stretched(doc) == whole(doc)
        if not stretched.greedy:
            assert stretched(doc, with_alignments=True) == whole(doc, with_alignments=True)


@pytest.mark.parametrize("seed", range(10))
def test_rare_anchors_leave_most_of_a_doc_unmatched(blank_nlp: Language, seed: int) -> None:
    chance = random.Random(seed)
    rules = [("dated", [[{"TEXT": {"REGEX": r"^\d{1,2}$"}}, {"LOWER": "may"}, {"ORTH": ",", "OP": "?"},
                          {"TEXT": {"REGEX": r"^20\d\d$"}}]], {}),
             ("body", [[{"IS_TITLE": True}, {"IS_TITLE": True, "OP": "*"}, {"LOWER": "board"}]], {"greedy": "LONGEST"})]
    stretched, whole = StretchMatcher(blank_nlp, rules), plain(blank_nlp, rules)
    words = [chance.choice(["the", "report", "was", "noted", "and", "the", "plan", "agreed", "."]) for _ in range(2000)]
    for at in chance.sample(range(0, 1990, 10), 5):
        words[at:at + 4] = ["12", "May", ",", "2024"]
    words[1000:1004] = ["The", "Health", "Wellbeing", "Board"]
    doc = blank_nlp(" ".join(words))
    covered = sum(end - start for start, end in stretched.stretches(doc))
    assert stretched(doc) == whole(doc)
    assert len(stretched(doc)) >= 6
    assert covered < len(doc) / 20


@pytest.mark.parametrize("text", [
    "members asked about the Safer Stronger Croydon Communities Partnership Board for the year",
    "The Board Board Board Board agreed",
    "the plan of the Health , Care and Wellbeing Board , , , Board was noted",
    "members asked Croydon Board Health Care Wellbeing Trust Partnership Group about it",
])
def test_runs_either_side_of_the_rarest_word_are_followed_to_their_ends(blank_nlp: Language, text: str) -> None:
    rules = [("body", [[{"LOWER": "the"}, {"IS_TITLE": True, "OP": "+"}, {"ORTH": ",", "OP": "*"},
                        {"LOWER": "board"}, {"ORTH": {"IN": [",", "Board"]}, "OP": "*"}]], {}),
             ("longest", [[{"IS_TITLE": True, "OP": "+"}, {"LOWER": "board"}, {"IS_TITLE": True, "OP": "*"}]],
              {"greedy": "LONGEST"})]
    doc = blank_nlp(text)
    assert StretchMatcher(blank_nlp, rules)(doc) == plain(blank_nlp, rules)(doc)


def test_a_pattern_that_takes_any_number_of_any_word_matches_the_whole_doc(blank_nlp: Language) -> None:
    rules = [("open", [[{"LOWER": "the"}, {"OP": "*"}, {"LOWER": "agreed"}]], {})]
    doc = blank_nlp("the council and the board agreed")
    assert StretchMatcher(blank_nlp, rules).stretches(doc) == [(0, len(doc))]
    assert StretchMatcher(blank_nlp, rules)(doc) == plain(blank_nlp, rules)(doc)


def test_a_pattern_whose_needed_word_is_absent_matches_nothing(blank_nlp: Language) -> None:
    rules = [("minutes", [[{"LOWER": "minutes"}, {"IS_PUNCT": False, "OP": "{0,12}"}, {"LOWER": "confirmed"}]], {})]
    assert StretchMatcher(blank_nlp, rules).stretches(blank_nlp("the minutes of the last meeting were signed")) == []


def test_words_learned_in_one_doc_are_read_again_in_the_next(blank_nlp: Language) -> None:
    matcher = StretchMatcher(blank_nlp, [("agreed", [[{"LOWER": {"IN": ["agreed", "noted"]}}]], {})])
    first = blank_nlp("The Board agreed and noted")
    assert matcher(first) == plain(blank_nlp, [("agreed", [[{"LOWER": {"IN": ["agreed", "noted"]}}]], {})])(first)
    known = dict(matcher.words.known)
    assert len(known) == len({t.orth for t in first})
    matcher(blank_nlp("The Board noted"))
    assert matcher.words.known == known


@pytest.mark.parametrize("op, counts", [("", (1, 1)), ("?", (0, 1)), ("!", (0, 1)), ("+", (1, float("inf"))),
                                         ("{3}", (3, 3)), ("{1,4}", (1, 4)), ("{,4}", (0, 4)), ("{2,}", (2, float("inf")))])
def test_quantifiers_are_read_as_spacy_reads_them(op: str, counts: tuple[int, float]) -> None:
    assert word_counts({"OP": op} if op else {}, None) == counts


def test_greedy_filtering_is_spacys(blank_nlp: Language) -> None:
    rules = [("body", [[{"IS_TITLE": True, "OP": "+"}, {"LOWER": "board"}]], {"greedy": "LONGEST"}),
             ("first", [[{"IS_TITLE": True}, {"IS_TITLE": True, "OP": "?"}]], {"greedy": "FIRST"}),
             ("any", [[{"LOWER": "the"}]], {})]
    doc = blank_nlp("The Health And Wellbeing Board met the Safer Croydon Partnership Board today")
    raw = plain(blank_nlp, [(key, patterns, {}) for key, patterns, _ in rules])(doc)
    assert greedy_filtered(raw, {blank_nlp.vocab.strings[k]: o["greedy"] for k, _, o in rules if o}) == \
        plain(blank_nlp, rules)(doc)


@pytest.fixture(scope="module")
def papers(nlp: Language) -> list[Any]:
    return [nlp(paper.text) for paper in generate_papers(12, 3)]


@pytest.mark.parametrize("component", ["minutes_dates", "minutes_organisations", "minutes_decisions"])
def test_the_pipelines_matchers_find_what_plain_matchers_find(nlp: Language, papers: list[Any], component: str) -> None:
    stretched = nlp.get_pipe(component).matcher
    whole = Matcher(nlp.vocab, validate=False)  # the patterns hold flags, which spaCy's check does not know
    for key in stretched.matcher._patterns:
        whole.add(key, stretched.matcher.get(key)[1], greedy=stretched.greedy.get(key))
    aligned = component == "minutes_decisions"
    for doc in papers:
        doc = doc if aligned else joined_lines_doc(doc, nlp.tokenizer)
        assert stretched(doc, with_alignments=aligned) == whole(doc, with_alignments=aligned)
        assert sum(end - start for start, end in stretched.stretches(doc)) < len(doc) / 2
