"""Version of the extractor and of the record contract; pyproject reads __version__ from here."""

__version__ = "0.1.0"
SCHEMA_VERSION = "1.0"
