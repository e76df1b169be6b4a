"""Matcher conditions on a word's own form, tested once per word as a lexeme flag instead of at every token.

spaCy's Matcher calls Python for each IN, NOT_IN or REGEX condition at every token a pattern could start
on: about 40 calls a token for the trigger patterns, over half the time of the rule components. A condition
on the word itself (ORTH, TEXT or LOWER) gives the same answer for every token of that word, so it can be
one of the vocabulary's spare lexeme flags (FLAG19 to FLAG63), which spaCy sets once per word and the
Matcher tests in C. Flags go first to the tokens a match can start on, where the calls add up, then to
conditions many patterns share (each match in progress tests them again); a condition that already has
a flag uses it wherever it stands. When the spare flags run out, a condition stays as written: matches
are the same either way.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

from spacy.attrs import LOWER
from spacy.errors import MatchPatternError
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.schemas import validate_token_pattern
from spacy.vocab import Vocab

SPARE_FLAGS = range(19, 64)
"""The lexeme flag bits spaCy leaves free (1-18 are its own IS_* and LIKE_* flags)."""
FORM_ATTRS = ("ORTH", "TEXT", "LOWER")
"""Token attributes that are the word's own form, the same for every token of it."""
FORM_OPERATORS = frozenset({"IN", "NOT_IN", "REGEX"})
SHARED_BY = 10
"""Patterns that must share a condition past their first words for it to take a flag: the trigger patterns
need nearly every spare flag for their first words, and a condition few patterns share is reached rarely."""
MAY_TAKE_NO_WORD = re.compile(r"[?*!]|\{0?,\d*\}")
"""Quantifiers under which a token may take no word, so the token after it can start a match too."""


@dataclass(frozen=True)
class FormTest:
    """Whether a word meets a token's conditions on its form: the getter of one lexeme flag, called once
    for every new word the vocabulary meets (each batch of papers meets thousands).

    key is the conditions as canonical JSON, so two patterns with the same conditions share a flag.
    """

    key: str
    check: Callable[[str], bool] = field(compare=False)

    def __call__(self, orth: str) -> bool:
        return self.check(orth)


def form_check(lower: Callable[[str], str], attr: str, operator: str, value: Any) -> Callable[[str], bool]:
    """One condition as a test of a word's text (its lower case read as the vocabulary reads it)."""
    if operator == "REGEX":
        search = re.compile(value).search
        return (lambda orth: search(lower(orth)) is not None) if attr == "LOWER" else (
            lambda orth: search(orth) is not None)
    words = frozenset(value)
    if operator == "IN":
        return (lambda orth: lower(orth) in words) if attr == "LOWER" else words.__contains__
    return (lambda orth: lower(orth) not in words) if attr == "LOWER" else (lambda orth: orth not in words)


def form_conditions(token: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The token's conditions that can be a flag: IN, NOT_IN or REGEX on the word's form, with string values."""
    found = {}
    for attr in FORM_ATTRS:
        condition = token.get(attr)
        if not isinstance(condition, dict) or not condition or set(condition) - FORM_OPERATORS:
            continue
        if all(isinstance(v, str) for op, v in condition.items() if op == "REGEX") and all(
                isinstance(v, list) and all(isinstance(s, str) for s in v)
                for op, v in condition.items() if op != "REGEX"):
            found[attr] = condition
    return found


def form_test(vocab: Vocab, conditions: dict[str, dict[str, Any]]) -> FormTest:
    """The flag getter for conditions, the lower case read as the vocabulary reads it."""
    lower = vocab.lex_attr_getters.get(LOWER, str.lower)
    checks = [form_check(lower, attr if attr == "LOWER" else "ORTH", operator, value)
              for attr, condition in sorted(conditions.items()) for operator, value in sorted(condition.items())]
    key = {attr: {op: v if op == "REGEX" else sorted(set(v)) for op, v in c.items()} for attr, c in conditions.items()}
    check = checks[0] if len(checks) == 1 else (lambda orth: all(test(orth) for test in checks))
    return FormTest(json.dumps(key, sort_keys=True), check)


def flag_for(nlp: Language, conditions: dict[str, dict[str, Any]], *, make: bool) -> Optional[str]:
    """The flag ("FLAG23") set on the words that meet conditions: the one already made for them, else (with
    make) a new one; None when there is none and none is made."""
    test = form_test(nlp.vocab, conditions)
    getters = nlp.vocab.lex_attr_getters
    made = next((bit for bit, getter in getters.items() if getter == test), None)
    if made is None and make:
        free = next((bit for bit in SPARE_FLAGS if bit not in getters), None)
        if free is None:
            return None
        made = nlp.vocab.add_flag(test, flag_id=free)
    return None if made is None else f"FLAG{made}"


def forget_cached_words(nlp: Language) -> None:
    """Empty the tokenizer's cache of words, so every token is read again from the vocabulary.

    Words the tokenizer cached before a sourced component was loaded keep lexemes the vocabulary no longer
    holds, and a new flag is set only on the vocabulary's; resetting the rules empties the cache.
    """
    tokenizer = nlp.tokenizer
    if hasattr(tokenizer, "rules"):
        tokenizer.rules = tokenizer.rules


def leading_tokens(pattern: list[dict[str, Any]]) -> int:
    """How many of the pattern's tokens a match can start on: the first, and each after only optional ones."""
    count = 0
    for token in pattern:
        count += 1
        if not MAY_TAKE_NO_WORD.fullmatch(str(token.get("OP", ""))):
            break
    return count


def flag_order(patterns: list[list[dict[str, Any]]]) -> list[dict[str, dict[str, Any]]]:
    """The conditions worth a flag, most worth first: those a match can start on, in the patterns' order,
    then those SHARED_BY or more patterns share, the most shared first."""
    leads: dict[str, dict[str, Any]] = {}
    shared: Counter[str] = Counter()
    found: dict[str, dict[str, Any]] = {}
    for pattern in patterns:
        leading = leading_tokens(pattern)
        inner = set()
        for i, token in enumerate(pattern):
            conditions = form_conditions(token)
            if not conditions or one_word(token):
                continue
            key = json.dumps(conditions, sort_keys=True)
            found[key] = conditions
            if i < leading:
                leads.setdefault(key, conditions)
            else:
                inner.add(key)
        shared.update(inner)
    by_share = sorted((key for key, n in shared.items() if n >= SHARED_BY and key not in leads), key=lambda k: -shared[k])
    return [*leads.values(), *(found[key] for key in by_share)]


def one_word(token: dict[str, Any]) -> Optional[tuple[str, str]]:
    """(attr, word) when the token's only condition on its form is a list of one word: the Matcher tests
    that word in C already."""
    conditions = form_conditions(token)
    if len(conditions) != 1:
        return None
    (attr, condition), = conditions.items()
    words = set(condition.get("IN", ()))
    return (attr, condition["IN"][0]) if set(condition) == {"IN"} and len(words) == 1 else None


def with_flags(nlp: Language, pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The pattern with each condition on a word's form that has a flag replaced by that flag."""
    out = []
    for token in pattern:
        word = one_word(token)
        if word is not None:
            token = {**token, word[0]: word[1]}
        elif conditions := form_conditions(token):
            flag = flag_for(nlp, conditions, make=False)
            if flag is not None:
                token = {**{k: v for k, v in token.items() if k not in conditions}, flag: True}
        out.append(token)
    return out


def flagged_matcher(nlp: Language, rules: list[tuple[str, list[list[dict[str, Any]]], dict[str, Any]]]) -> Matcher:
    """A Matcher of rules (key, patterns, Matcher.add options), each pattern checked as spaCy checks it,
    then added with the flags its conditions have (made here, in flag_order, while spare ones last)."""
    for key, patterns, _ in rules:
        errors = {i: found for i, pattern in enumerate(patterns) if (found := validate_token_pattern(pattern))}
        if errors:
            raise MatchPatternError(key, errors)
    made = len(nlp.vocab.lex_attr_getters)
    for conditions in flag_order([pattern for _, patterns, _ in rules for pattern in patterns]):
        if flag_for(nlp, conditions, make=True) is None:
            break
    if len(nlp.vocab.lex_attr_getters) > made:
        forget_cached_words(nlp)  # once for all the flags made here, not once a flag
    matcher = Matcher(nlp.vocab, validate=False)  # spaCy's check does not know the flag attributes
    for key, patterns, options in rules:
        matcher.add(key, [with_flags(nlp, pattern) for pattern in patterns], **options)
    return matcher
