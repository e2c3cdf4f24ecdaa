"""An incident's entry named by its day and a few words, at the level of its last section, is the title."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

ENTRY = """## 2024-11-03 Object storage outage

Our builds keep their artifacts with a storage vendor, which had an outage today.

### Vendor

The vendor has not yet published a cause.

### Timeline of Events

- **14:02 UTC** - Uploads from the build farm start failing
- **14:20 UTC** - Builds paused to stop retries piling up
- **15:10 UTC** - Vendor reports uploads working again; builds resumed

## Lessons Learned

Our build scripts now retry uploads with a back-off instead of failing the build.
"""


def test_the_dated_first_heading_names_the_document() -> None:
    doc = from_markdown(ENTRY)

    assert doc.metadata.title == "2024-11-03 Object storage outage"
    assert "storage vendor" in doc.introduction
    assert len(doc.timeline) == 3
    assert [section.heading for section in doc.extra_sections if "Object storage" in section.heading] == []
