"""A plain-text report opening with its sender's banner in capitals, its title underlined right below:
the underlined line is the title, the banner stays as the report's opening words."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

LETTERHEAD = """\
NORTHWIND WATER - CONTROL ROOM
Incident Report: Telemetry lost for pumping stations in the east zone
=====================================================================

Severity:     SEV2
Status:       Final

SUMMARY
-------
From 02:10 until 04:45 the control room saw no readings from the east zone.
"""


def test_the_underlined_line_under_the_banner_is_the_title() -> None:
    document = from_markdown(LETTERHEAD)
    assert document.metadata.title == "Incident Report: Telemetry lost for pumping stations in the east zone"
    assert "NORTHWIND WATER" in (document.introduction or "")
