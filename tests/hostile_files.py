"""Hostile and odd input files, built by the tests themselves: bombs, traps and files that are not files."""

from __future__ import annotations

import io
import re
import zipfile
from typing import Iterator

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
GOOD_MINUTES = (
    "NORTH WESSEX DISTRICT COUNCIL\n\n"
    "Minutes of the meeting of the Licensing Committee held on 4 June 2024\n\n"
    "Present: Councillor Ann Ward (Chair), Councillor Ben Hale.\n\n"
    "12. Premises licence: The Crown Inn\n\n"
    "RESOLVED: that the premises licence be granted subject to the conditions in the report.\n"
)


def plain_docx(paragraphs: list[str], style: str | None = None) -> bytes:
    """A Word file of the paragraphs, each in style (e.g. "List Number") when given."""
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text, style=style)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def with_part(docx: bytes, name: str, chunks: Iterator[bytes]) -> bytes:
    """The Word file with one part replaced by the bytes of chunks, streamed (a bomb is never in memory)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            if item.filename == name:
                with target.open(name, "w", force_zip64=True) as part:
                    for chunk in chunks:
                        part.write(chunk)
            else:
                target.writestr(item, source.read(item))
    return out.getvalue()


def zip_bomb_docx(unpacked_mb: int) -> bytes:
    """A small .docx whose document.xml unpacks to unpacked_mb MB (white space between two paragraphs)."""
    def chunks() -> Iterator[bytes]:
        yield f'<?xml version="1.0" encoding="UTF-8"?><w:document {W_NS}><w:body>'.encode()
        yield b"<w:p><w:r><w:t>Minutes"
        yield b"</w:t></w:r></w:p>"
        for _ in range(unpacked_mb):
            yield b" " * (1024 * 1024)
        yield b"<w:p><w:r><w:t>RESOLVED: that the report be noted.</w:t></w:r></w:p></w:body></w:document>"

    return with_part(plain_docx(["x"]), "word/document.xml", chunks())


def billion_laughs_docx() -> bytes:
    """A .docx whose document.xml declares nested entities ("billion laughs")."""
    entities = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    xml = (f'<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE w:document [<!ENTITY l0 "ha">{entities}]>'
           f'<w:document {W_NS}><w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>')
    return with_part(plain_docx(["x"]), "word/document.xml", iter([xml.encode()]))


def numbered_list_docx(start: int, fmt: str, items: int = 40) -> bytes:
    """A .docx list of items paragraphs whose numbering starts at start, in Word number format fmt."""
    docx = plain_docx([f"Item {n} of the agenda of 4 June 2024." for n in range(items)], style="List Number")
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        numbering = package.read("word/numbering.xml").decode("utf-8")
    numbering = re.sub(r'(<w:start w:val=")\d+(")', rf"\g<1>{start}\2", numbering)
    numbering = re.sub(r'(<w:numFmt w:val=")\w+(")', rf"\g<1>{fmt}\2", numbering)
    return with_part(docx, "word/numbering.xml", iter([numbering.encode("utf-8")]))


def pdf(content: bytes, pages: int = 1, to_unicode: bytes | None = None) -> bytes:
    """A PDF of pages pages, each showing one content stream in Helvetica (with a ToUnicode map if given)."""
    objects: list[bytes] = []
    kids = " ".join(f"{5 + i} 0 R" for i in range(pages))
    font_extra = b" /ToUnicode 4 0 R" if to_unicode else b""
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica" + font_extra + b" >>")
    cmap = to_unicode or b""
    objects.append(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream")
    content_id = 5 + pages
    for _ in range(pages):
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       f"/Resources << /Font << /F1 3 0 R >> >> /Contents {content_id} 0 R >>".encode())
    objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def text_lines(lines: list[str]) -> bytes:
    """A PDF content stream writing each line down the page in 10 pt Helvetica."""
    ops = [b"BT /F1 10 Tf 72 770 Td 14 TL"]
    for line in lines:
        ops.append(b"(" + line.encode("latin-1").replace(b"(", b"\\(").replace(b")", b"\\)") + b") Tj T*")
    ops.append(b"ET")
    return b"\n".join(ops)


SURROGATE_CMAP = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Bad def "
                  b"1 begincodespacerange <00> <FF> endcodespacerange "
                  b"1 beginbfchar <51> <D835> endbfchar endcmap "
                  b"CMapName currentdict /CMap defineresource pop end end")
"""A font map that sends the letter Q to a lone surrogate, as some broken embedded fonts do."""


def minutes_pdf_with_surrogates() -> bytes:
    """Minutes as a PDF whose font maps the letter "Q" to a lone surrogate (U+D835)."""
    lines = ["Minutes of the Licensing Committee held on 4 June 2024", "",
             "RESOLVED: that the Queens Head licence be granted."]
    return pdf(text_lines(lines), to_unicode=SURROGATE_CMAP)


def long_pdf(pages: int) -> bytes:
    """A PDF of many pages of minutes (one content stream shared by every page, so the file stays small)."""
    lines = [f"{n}. The Committee considered the report on item {n} and RESOLVED that it be noted." for n in
             range(1, 50)]
    return pdf(text_lines(lines), pages=pages)


def utf16_xml_with_entity() -> bytes:
    """A ModernGov GetMeeting response in UTF-16 (with its BOM) that declares and uses an entity."""
    xml = ('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE meeting [<!ENTITY x "Planning Committee">]>'
           "<meeting><committeetitle>&x;</committeetitle><meetingdate>14/03/2024</meetingdate>"
           "<agendaitems/></meeting>")
    return xml.encode("utf-16")


def unclosed_html(tag: str, count: int) -> bytes:
    """A valid HTML page of count elements whose optional end tags are left out (<p>, <li>, table rows)."""
    if tag == "tr":
        body = "<table>" + "".join(f"<tr><td>Councillor {n}<td>Ward {n}" for n in range(count)) + "</table>"
    elif tag == "li":
        body = "<ul>" + "".join(f"<li>Item {n}" for n in range(count)) + "</ul>"
    else:
        body = "".join(f"<p>Paragraph {n} of the minutes." for n in range(count))
    head = "<h1>Licensing Committee – 4 June 2024</h1><p>RESOLVED: that the premises licence be granted."
    return (f"<!DOCTYPE html><html><head><title>Minutes</title></head><body><main>{head}{body}</main></body>"
            "</html>").encode()
