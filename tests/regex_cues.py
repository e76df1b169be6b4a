"""Whether a regex cannot match without one of its cues: read from the regex's parse tree (tests only)."""

from __future__ import annotations

import re
from re import _constants as sre_constants  # the tests read the rules' parse trees; the code does not
from re import _parser as sre_parse


def guarantees(items: list, cues: tuple[str, ...] | list[str]) -> bool:
    """Whether every match of the parsed regex items holds one of cues: a run of literal characters outside
    any optional part contains one, or a group, a repeat taken at least once, or every branch of an
    alternation guarantees one."""
    run = ""
    for op, value in items:
        if op is sre_constants.LITERAL:
            run += chr(value).casefold()
            if any(cue in run for cue in cues):
                return True
            continue
        run = ""
        if op is sre_constants.SUBPATTERN and guarantees(list(value[3]), cues):
            return True
        if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and value[0] >= 1 and guarantees(
                list(value[2]), cues):
            return True
        if op is sre_constants.BRANCH and all(guarantees(list(branch), cues) for branch in value[1]):
            return True
    return False


def needs_a_cue(pattern: str, cues: tuple[str, ...] | list[str]) -> bool:
    """Whether no case-insensitive match of pattern lacks all of cues."""
    return guarantees(list(sre_parse.parse(pattern, re.IGNORECASE)), cues)
