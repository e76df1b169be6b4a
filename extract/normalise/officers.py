"""Officers from contact blocks, the report's author and posts named in running text.

The reading is split by source: officer_rules (names, job titles, the rules from the data files),
contact_blocks (contact blocks and cover tables) and posts (the author, posts in the text, merging).
This module gathers their public functions in one place.
"""

from __future__ import annotations

from .contact_blocks import BlockReader, Line, find_contact_officers, lines_of
from .officer_rules import (
    CONNECTOR_TAIL,
    NAME_PARTICLES,
    PIECE_SEPARATOR,
    TITLE_CONNECTORS,
    ContactRules,
    OfficerFound,
    Offsets,
    Piece,
    alternation,
    contact_rules,
    english_half,
    inside_brackets,
    is_name_word,
    looks_like_name,
    looks_like_organisation,
    looks_like_title,
    prefer_english_titles,
    split_pieces,
    split_title_name,
    strip_honorifics,
    trimmed,
)
from .posts import (
    ROLE_STRENGTH,
    author_posts,
    find_post_mentions,
    is_held,
    iter_values,
    mention_role,
    merge_officers,
    merge_same_person,
)

__all__ = [
    "BlockReader", "CONNECTOR_TAIL", "ContactRules", "Line", "NAME_PARTICLES", "OfficerFound", "Offsets",
    "PIECE_SEPARATOR", "Piece", "ROLE_STRENGTH", "TITLE_CONNECTORS", "alternation", "author_posts",
    "contact_rules", "english_half", "find_contact_officers", "find_post_mentions", "inside_brackets", "is_held",
    "is_name_word", "iter_values", "lines_of", "looks_like_name", "looks_like_organisation", "looks_like_title",
    "mention_role", "merge_officers", "merge_same_person", "prefer_english_titles", "split_pieces",
    "split_title_name", "strip_honorifics", "trimmed",
]
