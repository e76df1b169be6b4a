"""Matchers whose conditions on a word's form are lexeme flags find exactly what plain Matchers find."""

from __future__ import annotations

import pytest
from spacy.errors import MatchPatternError
from spacy.language import Language
from spacy.matcher import Matcher

from extract.lexical_flags import SHARED_BY, SPARE_FLAGS, FormTest, flag_order, flagged_matcher, leading_tokens

RULES = [
    ("outcome", [[{"LOWER": {"IN": ["agreed", "resolved", "noted"]}}]], {}),
    ("caps", [[{"TEXT": {"REGEX": "^RESOLVED"}}, {"ORTH": {"IN": [":", "-"]}, "OP": "?"}]], {}),
    ("passive", [[{"LOWER": {"IN": ["was", "were"]}, "OP": "?"},
                  {"LOWER": {"NOT_IN": ["not", "be"]}, "IS_ALPHA": True},
                  {"LOWER": "by"}]], {}),
    ("body", [[{"TEXT": {"REGEX": "^[A-Z][a-z]+$"}},
               {"TEXT": {"REGEX": "^(?:[A-Z][a-z]+|and|of)$"}, "OP": "*"},
               {"LOWER": {"IN": ["council", "board", "committee"]}}]], {"greedy": "LONGEST"}),
    ("welsh", [[{"TEXT": {"REGEX": "^PENDERFYNWYD"}}, {"ORTH": "/", "OP": "?"},
                {"TEXT": {"REGEX": "^RESOLVED"}, "OP": "?"}]], {}),
]
TEXTS = [
    "RESOLVED: that the report be noted.",
    "It was agreed by the Health and Wellbeing Board that the plan be approved.",
    "The Audit and Governance Committee RESOLVED - to defer the item.",
    "PENDERFYNWYD/RESOLVED that the minutes were approved by Cyngor Sir Ceredigion County Council.",
    "Members noted the update, which was not agreed by the Police and Crime Panel.",
    "Minute 45 (Planning Applications Sub Committee): the Board resolved unanimously.",
]


def plain_matcher(nlp: Language) -> Matcher:
    """The same rules in a Matcher with no flags."""
    matcher = Matcher(nlp.vocab)
    for key, patterns, options in RULES:
        matcher.add(key, patterns, **options)
    return matcher


def made_flags(nlp: Language) -> dict[int, FormTest]:
    """The flags flagged_matcher made in this vocabulary, by bit."""
    return {bit: getter for bit, getter in nlp.vocab.lex_attr_getters.items() if isinstance(getter, FormTest)}


@pytest.mark.parametrize("text", TEXTS)
def test_flagged_matches_are_the_plain_matches(blank_nlp: Language, text: str) -> None:
    plain, flagged = plain_matcher(blank_nlp), flagged_matcher(blank_nlp, RULES)
    doc = blank_nlp(text)
    assert flagged(doc) == plain(doc)
    assert flagged(doc, with_alignments=True) == plain(doc, with_alignments=True)


def test_words_read_before_the_flags_were_made_carry_them(blank_nlp: Language) -> None:
    before = blank_nlp("The Board RESOLVED: that it was agreed.")
    flagged_matcher(blank_nlp, RULES)
    after = blank_nlp("The Board RESOLVED: that it was agreed.")
    for bit, test in made_flags(blank_nlp).items():
        assert [t.check_flag(bit) for t in after] == [test(t.text) for t in after]
        assert [t.check_flag(bit) for t in before] == [test(t.text) for t in before]


def test_the_pipelines_flags_are_set_on_the_words_its_tokenizer_cached_while_loading(nlp: Language) -> None:
    """Loading the trained components after the gazetteer leaves the tokenizer holding words the vocabulary
    no longer has; without emptying its cache, "Committee" would miss the flags made after."""
    doc = nlp.make_doc("The Cabinet Committee RESOLVED on Monday 3 March 2025 that NHS Trust be noted.")
    flags = made_flags(nlp)
    assert flags
    for bit, test in flags.items():
        assert [t.check_flag(bit) for t in doc] == [test(t.text) for t in doc], test.key


def test_conditions_stay_as_written_when_the_flags_run_out(blank_nlp: Language) -> None:
    for bit in SPARE_FLAGS:
        if bit not in blank_nlp.vocab.lex_attr_getters:
            blank_nlp.vocab.add_flag(lambda _: False, flag_id=bit)
    flagged = flagged_matcher(blank_nlp, RULES)
    assert not made_flags(blank_nlp)
    for text in TEXTS:
        doc = blank_nlp(text)
        assert flagged(doc) == plain_matcher(blank_nlp)(doc)


def test_two_matchers_with_one_condition_share_its_flag(blank_nlp: Language) -> None:
    flagged_matcher(blank_nlp, RULES[:1])
    first = set(made_flags(blank_nlp))
    reordered = [("again", [[{"LOWER": {"IN": ["noted", "resolved", "agreed"]}}]], {})]
    flagged_matcher(blank_nlp, reordered)
    assert set(made_flags(blank_nlp)) == first and len(first) == 1


def test_a_bad_pattern_is_refused_as_spacy_refuses_it(blank_nlp: Language) -> None:
    with pytest.raises(MatchPatternError):
        flagged_matcher(blank_nlp, [("bad", [[{"LOWER": {"IN": "agreed"}, "OPP": "?"}]], {})])


@pytest.mark.parametrize("pattern,leading", [
    ([{"LOWER": "it"}, {"LOWER": "was"}], 1),
    ([{"LOWER": "from", "OP": "?"}, {"IS_DIGIT": True}, {"LOWER": "to"}], 2),
    ([{"IS_TITLE": True, "OP": "*"}, {"LOWER": "and", "OP": "{0,2}"}, {"LOWER": "board"}], 3),
    ([{"TEXT": "A", "OP": "+"}, {"TEXT": "B"}], 1),
])
def test_leading_tokens_are_those_a_match_can_start_on(pattern: list, leading: int) -> None:
    assert leading_tokens(pattern) == leading


def test_leads_come_before_shared_conditions_and_one_word_lists_need_no_flag() -> None:
    run = {"TEXT": {"REGEX": "^[A-Z]"}, "OP": "*"}
    rare = {"LOWER": {"IN": ["x", "y"]}}
    patterns = [
        [{"LOWER": {"IN": ["the", "this"]}}, run, {"LOWER": {"IN": ["board"]}}],
        [{"TEXT": {"REGEX": "^NHS$"}}, run, rare],
        [{"LOWER": {"IN": ["a", "an"]}}, rare],
        *([{"ORTH": "Council"}, run] for _ in range(SHARED_BY)),
    ]
    order = flag_order(patterns)
    assert order == [{"LOWER": {"IN": ["the", "this"]}}, {"TEXT": {"REGEX": "^NHS$"}},
                     {"LOWER": {"IN": ["a", "an"]}}, {"TEXT": {"REGEX": "^[A-Z]"}}]
