"""An HTML file holding an online editor's stub page and then the real report's page: the report's heading is
the title, and the stub's words are kept after it."""

from __future__ import annotations

from app.formats.markdown_read.reader import read_markdown

_STUB = (
    "<!DOCTYPE html>\n<html><head><title>Sandbox</title></head>\n<body>\n<h1>Draft: Cache Outage</h1>\n"
    "<p>The preview pane refreshes while you type.</p>\n</body>\n</html>"
)
_REPORT = (
    "<!DOCTYPE html>\n<html><head><title>Postmortem: Cache Outage</title></head>\n<body>\n"
    "<h1>Postmortem: Cache Outage</h1>\n<h2>Issue Summary</h2>\n<p>On 3 May 2024 from 10:00 to 10:40 UTC the "
    "cache cluster refused connections and 60% of page loads failed.</p>\n<h2>Root Cause</h2>\n"
    "<p>A config push lowered the connection limit to 10.</p>\n</body>\n</html>\n"
)


def test_the_report_page_gives_the_title() -> None:
    document, _ = read_markdown(_STUB + _REPORT, html_page=True)
    assert document.metadata.title == "Postmortem: Cache Outage"
    kept = " ".join(section.heading + " " + section.body for section in document.extra_sections)
    assert "preview pane refreshes" in kept + document.introduction + document.closing_notes
    assert "connection limit" in document.root_cause.cause
