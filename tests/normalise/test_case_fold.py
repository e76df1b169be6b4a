"""Cues are looked for in folded text: it must hold a word wherever a case-insensitive regex can match it."""

from __future__ import annotations

import re
import string
import sys

from extract.normalise.case_fold import folded, holds_a_cue
from tests.regex_cues import needs_a_cue


def test_folding_makes_every_letter_a_case_insensitive_regex_matches_to_a_z_that_letter():
    # "KEY", "Key", the Kelvin sign's "K" and the dotted "İ" all match under re.IGNORECASE
    any_letter = re.compile("[a-z]", re.IGNORECASE)
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if any_letter.fullmatch(char):
            assert folded(char) in string.ascii_lowercase, hex(code)


def test_folded_text_holds_the_word_the_regex_matched():
    for text, word in [("KEY DECISION", "key"), ("\u212aey decision", "key"), ("offİcer", "officer"),
                       ("OFFıCER", "officer"), ("ſchedule 12A", "schedule")]:
        assert re.search(word, text, re.IGNORECASE)
        assert word in folded(text)


def test_holds_a_cue():
    assert holds_a_cue("the motion was carried", ("carried", "motion"))
    assert not holds_a_cue("the report was noted", ("carried", "motion"))
    assert holds_a_cue("anything", ())


def test_needs_a_cue_sees_optional_parts_and_alternations():
    assert needs_a_cue(r"\bkey\s+decision", ["key"])
    assert not needs_a_cue(r"(?:key\s+)?decision", ["key"])
    assert not needs_a_cue(r"key|decision", ["key"])
    assert needs_a_cue(r"(?:urgent|general\s+exception)", ["urgen", "exception"])
    assert needs_a_cue(r"(?:key){1,3}", ["key"])
    assert not needs_a_cue(r"(?:key){0,3}", ["key"])
