"""Pure functions that turn found text into normalised values; no spaCy here."""
