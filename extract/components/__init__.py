"""The rule components; importing this package registers every factory with spaCy."""

from . import contacts, dates, decisions, gazetteer, header, layout, members, officers, organisations

__all__ = ["contacts", "dates", "decisions", "gazetteer", "header", "layout", "members", "officers", "organisations"]
