"""Format detection by content, the ModernGov GetMeeting reader and the size limit."""

from __future__ import annotations

import pytest

from extract.inputs import read_source
from extract.readers import read_bytes
from extract.readers.detect import detect_format

GET_MEETING = """<?xml version="1.0" encoding="utf-8"?>
<meeting>
  <meetingid>7788</meetingid>
  <committeetitle>Planning Committee</committeetitle>
  <meetingdate>14/03/2024</meetingdate>
  <meetingtime>18:30</meetingtime>
  <meetinglocation>Council Chamber, Civic Centre</meetinglocation>
  <attendees>
    <attendee memberid="1" name="Councillor Ann Ward" roledescription="Chairman" attendance="Present"/>
    <attendee memberid="2" name="Councillor Ben Hale" roledescription="Committee Member" attendance="Present"/>
    <attendee><name>Councillor Cara Lowe</name><roledescription>Committee Member</roledescription>
      <attendance>Apologies</attendance></attendee>
  </attendees>
  <agendaitems>
    <agendaitem>
      <agendaitemnumber>5</agendaitemnumber>
      <agendaitemtitle>Land at Mill Lane, 23/01762/FUL</agendaitemtitle>
      <isdecision>True</isdecision>
      <minutesnonemptyhtmlbody>&lt;p&gt;The Committee considered the application.&lt;/p&gt;
        &lt;p&gt;RESOLVED: that planning permission be refused.&lt;/p&gt;</minutesnonemptyhtmlbody>
      <decisionnonemptyhtmlbody>&lt;p&gt;That planning permission be refused.&lt;/p&gt;</decisionnonemptyhtmlbody>
    </agendaitem>
  </agendaitems>
</meeting>
"""


@pytest.mark.parametrize("data, name, expected", [
    pytest.param(b"%PDF-1.7\n...", "minutes.txt", "pdf", id="pdf-whatever-its-name"),
    pytest.param(b"PK\x03\x04\x14\x00word/document.xml", "paper.zip", "docx", id="docx-by-content"),
    pytest.param(b"PK\x03\x04\x14\x00xl/workbook.xml", "budget.xlsx", "zip", id="spreadsheet"),
    pytest.param(b"\xef\xbb\xbf<!DOCTYPE html><html><body>x</body></html>", "x.txt", "html", id="html-with-bom"),
    pytest.param(b"<?xml version='1.0'?><html xmlns='http://www.w3.org/1999/xhtml'/>", "x.xml", "html",
                 id="xhtml"),
    pytest.param(GET_MEETING.encode(), "meeting.txt", "moderngov-xml", id="getmeeting"),
    pytest.param(b"<div><p>Minutes</p></div>", "page.htm", "html", id="fragment-by-extension"),
    pytest.param(b"<Chair's note> the meeting opened", "note.txt", "text", id="text-starting-with-angle"),
    pytest.param(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "old.doc", "ole", id="old-word"),
    pytest.param(b"\x89PNG\r\n\x1a\n", "scan.png", "image", id="image"),
    pytest.param(b"RESOLVED: that the report be noted.", "x.pdf", "text", id="text-named-pdf"),
])
def test_format_comes_from_the_content(data, name, expected):
    assert detect_format(data, name) == expected


def test_getmeeting_becomes_minutes_with_attendance_items_and_its_own_metadata(extractor):
    source = read_bytes("meeting.xml", GET_MEETING.encode())
    assert source.status == "ok" and source.format == "moderngov-xml"
    assert (source.committee, source.meeting_date) == ("Planning Committee", "2024-03-14")
    assert source.text.startswith("Planning Committee – Thursday, 14 March 2024\n\nTime: 18:30\n"
                                  "Venue: Council Chamber, Civic Centre\n\n"
                                  "Present: Councillor Ann Ward (Chairman), Councillor Ben Hale.\n\n"
                                  "Apologies for absence were received from Councillor Cara Lowe.\n\n"
                                  "5. Land at Mill Lane, 23/01762/FUL\n\n")
    records = next(extractor.extract_sources([source]))
    document = records[0]
    assert (document.committee, document.meeting_date, document.format) == ("Planning Committee", "2024-03-14",
                                                                           "moderngov-xml")
    members = {(r.name, r.attendance) for r in records if r.record_type == "member"}
    assert {("Ann Ward", "present"), ("Ben Hale", "present"), ("Cara Lowe", "apologies")} <= members
    resolutions = [r for r in records if r.record_type == "resolution"]
    assert [(r.status, r.date) for r in resolutions] == [("rejected", "2024-03-14")]


def test_getmeeting_inside_a_soap_envelope_is_read():
    envelope = ("<?xml version='1.0'?><soap:Envelope xmlns:soap='http://schemas.xmlsoap.org/soap/envelope/'>"
                "<soap:Body><GetMeetingResponse xmlns='http://moderngov.co.uk/namespaces'><GetMeetingResult>"
                + GET_MEETING.split("?>", 1)[1] + "</GetMeetingResult></GetMeetingResponse></soap:Body>"
                "</soap:Envelope>")
    source = read_bytes("meeting.xml", envelope.encode())
    assert source.status == "ok" and source.committee == "Planning Committee"


def test_getmeeting_without_minutes_reads_as_an_agenda():
    agenda = GET_MEETING.split("<minutesnonemptyhtmlbody>")[0] + "</agendaitem></agendaitems></meeting>"
    agenda = agenda.replace("<isdecision>True</isdecision>", "<isdecision>False</isdecision>")
    text = read_bytes("agenda.xml", agenda.encode()).text
    assert text.startswith("Planning Committee – Thursday, 14 March 2024\n\nAgenda\n\n")


@pytest.mark.parametrize("data, code", [
    pytest.param(b"<?xml version='1.0'?><!DOCTYPE m [<!ENTITY a 'aaaa'><!ENTITY b '&a;&a;&a;'>]><meeting>&b;"
                 b"</meeting>", "E051", id="entity-expansion"),
    pytest.param(GET_MEETING.encode()[:400], "E044", id="cut-short"),
    pytest.param(b"<?xml version='1.0'?><committees><committee/></committees>", "E045", id="not-a-meeting"),
])
def test_bad_xml_fails_with_a_coded_message(data, code):
    source = read_bytes("meeting.xml", data)
    assert source.status == "failed" and source.error.startswith(code)


def test_a_file_over_the_size_limit_fails_without_being_read(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"RESOLVED: that the report be noted.\n" * 40_000)
    source = read_source(big, max_mb=1)
    assert source.status == "failed" and source.error.startswith("E007") and "--max-size-mb" in source.error
    assert read_source(big, max_mb=2).status == "ok"
