"""Text with wrapped lines joined, for matching phrases that a line break splits.

Papers wrap names and dates over lines ("Hywel Dda\nUniversity Health Board", "19th\nDecember, 2023").
The text is tokenized again with each line break between two words made a space: offsets are
unchanged, so a match maps straight back onto the Doc.
"""

from __future__ import annotations

import re
from typing import Any

from ..doc_text import doc_text


def joined_lines_doc(doc: Any, tokenizer: Any) -> Any:
    """The Doc's text with wrapped lines joined, tokenized once per Doc and kept on doc._.joined_lines
    for every component that matches phrases across line breaks."""
    if doc._.joined_lines is None:
        doc._.joined_lines = tokenizer(join_wrapped_lines(doc_text(doc)))
    return doc._.joined_lines


def join_wrapped_lines(text: str) -> str:
    """The text with each line break between two words made a space, offsets unchanged, so a name
    wrapped over two lines ("Hywel Dda\nUniversity Health Board") reads as one phrase."""
    return re.sub(r"(?<=\S)\n(?=\S)", " ", text)
