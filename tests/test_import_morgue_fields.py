"""An incident archive's fields written at the top with no "---" over them (Etsy's morgue: "started_at:",
"ended_at:", then "---" and the story) are front matter: their start and end are the window, over any range
the story's prose seems to tell."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown

_EDT = timezone(timedelta(hours=-4))

REPORT = """title: Image uploads failing for the EU bucket
severity: 3
owner: rmiles
started_at: 2026-06-02 14:05:00 -0400
ended_at: 2026-06-02 15:20:00 -0400
jira: IMG-311

---

The bucket policy had been changed from 09:00 to 14:00 rotation the week before, and the new keys never
reached the upload workers. We rolled the keys by hand and uploads came back.
"""


def test_the_fields_give_the_window_over_the_prose() -> None:
    summary = from_markdown(REPORT).summary

    assert summary.start == datetime(2026, 6, 2, 14, 5, tzinfo=_EDT)
    assert summary.end == datetime(2026, 6, 2, 15, 20, tzinfo=_EDT)


def test_the_fields_are_kept_and_name_the_owner() -> None:
    document = from_markdown(REPORT)

    assert document.metadata.authors == ["rmiles"]
    assert document.metadata.title == "Image uploads failing for the EU bucket"
    assert any("jira: IMG-311" in section.body for section in document.extra_sections)
