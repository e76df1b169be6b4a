"""The command line with other formats: `text` prints what spans index into; run's size limit and resume."""

from __future__ import annotations

from typer.testing import CliRunner

from extract.cli import app
from extract.readers import read_bytes

from . import paper_formats as build
from .conftest import CORPUS

runner = CliRunner()


def test_text_prints_the_text_read_from_a_pdf(tmp_path):
    paper = sorted(CORPUS.glob("*.txt"))[0].read_text(encoding="utf-8")
    pdf = tmp_path / "paper.pdf"
    pdf.write_bytes(build.to_pdf(paper))
    result = runner.invoke(app, ["text", str(pdf)])
    assert result.exit_code == 0
    assert result.stdout == read_bytes(str(pdf), pdf.read_bytes()).text


def test_text_of_a_scanned_pdf_says_to_run_ocr(tmp_path):
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(build.scanned_pdf())
    result = runner.invoke(app, ["text", str(scan)])
    assert result.exit_code == 1 and "run OCR" in result.output


def test_run_refuses_files_over_the_size_limit_and_resumes(tmp_path):
    (tmp_path / "big.txt").write_bytes(b"RESOLVED: that the report be noted.\n" * 4000)
    (tmp_path / "small.txt").write_text("RESOLVED: that the report be noted.\n", encoding="utf-8")
    out = tmp_path / "out" / "records.jsonl"
    result = runner.invoke(app, ["run", str(tmp_path / "big.txt"), str(tmp_path / "small.txt"), "-o", str(out),
                                 "--max-size-mb", "0.1"])
    assert result.exit_code == 0, result.output
    assert "over the 0.1 MB limit" in result.output and "1 failed" in result.output
    again = runner.invoke(app, ["run", str(tmp_path / "big.txt"), str(tmp_path / "small.txt"), "-o", str(out),
                                "--resume"])
    assert again.exit_code == 0 and "1 reused from the earlier run" in again.output
