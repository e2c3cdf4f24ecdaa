"""A provider's RFO letter that opens with its subject alone ("Subject: …" over a blank line, then "Dear
Customer,") takes its title from the subject."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

LETTER = """Subject: Reason For Outage - Hosted PBX Call Failures - Ref RFO-2026-0302

Dear Customer,

Please find below our report on the hosted PBX call failures of 2 March 2026.

INCIDENT OVERVIEW

Severity:        Severity 2
Incident Start:  2026-03-02 14:10 UTC
Incident End:    2026-03-02 14:55 UTC

Kind regards,
Service Assurance
"""


def test_the_subject_is_the_title() -> None:
    document = from_markdown(LETTER)

    assert document.metadata.title == "Reason For Outage - Hosted PBX Call Failures - Ref RFO-2026-0302"
    assert "Subject:" not in (document.introduction or "")


def test_the_overviews_service_line_names_the_service() -> None:
    letter = LETTER.replace(
        "Severity:        Severity 2", "Service:         Hosted PBX (EU-West)\nSeverity:        Severity 2"
    )

    assert from_markdown(letter).metadata.service == "Hosted PBX (EU-West)"
