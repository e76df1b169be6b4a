"""Extractor: loads the pipeline once and turns texts or files into records."""

from __future__ import annotations

import gc
import logging
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc

from .about import __version__
from .doc_text import keep_text
from .errors import Messages
from .inputs import SourceText, read_source, sha256_of
from .long_texts import parse_long
from .pipeline import Provenance, load_pipeline, provenance
from .records import DocumentRecord, make_doc_id
from .to_records import doc_to_records
from .word_cache import WordCache

log = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 32
"""Documents per nlp.pipe batch: whole papers at spaCy's default of 256 use several GB."""
TRAINED_CHUNK_CHARS = 100_000
"""A paper longer than this (characters, about 15,000 words) has its trained components run on chunks of
at most this size, as one over nlp.max_length does: NER's working memory grows with the Doc, about
13 KB a token (2 GB for one 100,000-word Doc, 0.5 GB in chunks), and its arrays, once past glibc's
mmap threshold, are fresh memory for the kernel to map on every paper."""


class Extractor:
    """Turn committee papers into records.

    >>> records = Extractor().extract_text("RESOLVED: that the report be noted.", source="x.txt")
    >>> records[0].record_type
    'document'
    """

    def __init__(self, nlp: Optional[Language] = None, *, batch_size: int = DEFAULT_BATCH_SIZE) -> None:
        if nlp is None:
            nlp = load_pipeline()
            gc.freeze()  # the pipeline's 110,000 objects live as long as the process: collections skip them
        self.nlp = nlp
        self.batch_size = batch_size
        self.provenance: Provenance = provenance()
        self.words = WordCache(self.nlp)

    @property
    def chunk_chars(self) -> int:
        """Papers longer than this are parsed with the trained components on chunks of at most this size."""
        return min(self.nlp.max_length, TRAINED_CHUNK_CHARS)

    def extract_text(self, text: str, source: str = "<text>", *, with_text: bool = False) -> list[Any]:
        """Records of one text: its document record first, then what was found in it."""
        data = text.encode("utf-8")
        return next(self.extract_sources(
            [SourceText(source, sha256_of(data), "ok" if text.strip() else "empty", text=text, format="text",
                        encoding="utf-8", error=None if text.strip() else Messages.E002)],
            with_text=with_text,
        ))

    def extract_file(self, path: Path | str, *, with_text: bool = False) -> list[Any]:
        """Records of one file: its document record first (status ok, empty or failed), then the rest."""
        return next(self.extract_sources([read_source(path)], with_text=with_text))

    def extract_sources(self, sources: Iterable[SourceText], *, with_text: bool = False) -> Iterator[list[Any]]:
        """Records of each source, in order, one list per source; a failing document never stops the rest."""
        batch: list[SourceText] = []
        for source in sources:
            batch.append(source)
            if len(batch) >= self.batch_size:
                yield from self._extract_batch(batch, with_text)
                batch = []
        if batch:
            yield from self._extract_batch(batch, with_text)

    def _extract_batch(self, batch: list[SourceText], with_text: bool) -> list[list[Any]]:
        readable = [s for s in batch if s.status == "ok"]
        results: dict[int, list[Any]] = {}
        with self.nlp.memory_zone():
            for source, doc, error in self._parse_each(readable):
                results[id(source)] = self._records_of(source, doc, error, with_text)
        self.words.learn(s.text for s in readable)  # outside the zone, where the tokenizer caches
        return [results.get(id(s)) or [self.document_record(s, None, with_text=with_text)] for s in batch]

    def _parse_each(self, sources: list[SourceText]) -> Iterator[tuple[SourceText, Optional[Doc], Optional[str]]]:
        """Parse the batch with nlp.pipe (papers over chunk_chars in chunks); on failure, one by one."""
        long = [s for s in sources if len(s.text) > self.chunk_chars]
        sources = [s for s in sources if len(s.text) <= self.chunk_chars]
        for source in long:
            try:
                yield source, parse_long(self.nlp, self._prepare(source), self.chunk_chars), None
            except Exception as exc:  # noqa: BLE001  (a bad paper becomes a failed document record)
                log.exception("failed to process %s", source.source)
                yield source, None, Messages.E006.format(detail=type(exc).__name__)
        try:
            docs = list(self.nlp.pipe((self._prepare(s) for s in sources), batch_size=self.batch_size))
        except Exception:  # noqa: BLE001  (isolated below, one document at a time)
            log.debug("batch failed; retrying its documents one by one", exc_info=True)
        else:
            yield from ((s, d, None) for s, d in zip(sources, docs))
            return
        for source in sources:
            try:
                yield source, self.nlp(self._prepare(source)), None
            except Exception as exc:  # noqa: BLE001  (a bad paper becomes a failed document record)
                log.exception("failed to process %s", source.source)
                yield source, None, Messages.E006.format(detail=type(exc).__name__)

    def _prepare(self, source: SourceText) -> Doc:
        long = len(source.text) > self.nlp.max_length
        doc = keep_text(self.nlp.tokenizer(source.text) if long else self.nlp.make_doc(source.text), source.text)
        doc._.source = source.source
        doc._.page_starts = source.page_starts or None
        return doc

    def _records_of(self, source: SourceText, doc: Optional[Doc], error: Optional[str], with_text: bool) -> list[Any]:
        if doc is None:
            failed = SourceText(source.source, source.sha256, "failed", text=source.text, error=error,
                                format=source.format, encoding=source.encoding, pages=source.pages)
            return [self.document_record(failed, None, with_text=with_text)]
        try:
            found = doc_to_records(doc, make_doc_id(source.sha256))
        except Exception as exc:  # noqa: BLE001  (a bug on one paper must not stop the batch)
            log.exception("failed to build records for %s", source.source)
            failed = SourceText(source.source, source.sha256, "failed", text=source.text,
                                error=Messages.E006.format(detail=type(exc).__name__), format=source.format,
                                encoding=source.encoding, pages=source.pages)
            return [self.document_record(failed, None, with_text=with_text)]
        counts = Counter(r.record_type for r in found)
        return [self.document_record(source, doc, counts=dict(sorted(counts.items())), with_text=with_text), *found]

    def document_record(self, source: SourceText, doc: Optional[Doc], *, counts: Optional[dict[str, int]] = None,
                        with_text: bool = False) -> DocumentRecord:
        """The document record of a source, with what its header says when it was parsed."""
        doc_id = make_doc_id(source.sha256)
        header: dict[str, Any] = {}
        if doc is not None:
            header = {
                "doc_type": doc._.doc_type,
                "title": doc._.title,
                "committee": source.committee or doc._.committee,
                "meeting_date": source.meeting_date or doc._.meeting_date,
                "publication_date": doc._.publication_date,
            }
        return DocumentRecord(
            doc_id=doc_id,
            record_id=f"doc_{source.sha256[:16]}",
            source=source.source,
            sha256=source.sha256,
            status=source.status,
            error=source.error,
            format=source.format,
            encoding=source.encoding,
            pages=source.pages,
            text_chars=len(source.text),
            extractor_version=__version__,
            model_name=self.provenance.model_name,
            model_version=self.provenance.model_version,
            spacy_version=self.provenance.spacy_version,
            pipeline_hash=self.provenance.pipeline_hash,
            counts=counts or {},
            text=source.text if with_text else None,
            **header,
        )
