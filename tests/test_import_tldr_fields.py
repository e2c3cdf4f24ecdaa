"""A wiki page's TL;DR (or Summary) that lists the review's facts as labelled bullets names its authors and its
service there: "- **Authors:** …" and "- **Service:** …" fill the header's fields."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

PAGE = """# Payment webhooks delayed for EU merchants (2026-05-12)

> Page owner: @ingrid.berg · Last edited 2026-05-14

## {heading}

- **Severity:** SEV3
- **Service:** webhook-relay
- **Incident commander:** Ingrid Berg
- **Authors:** Ingrid Berg, Tomás Ruiz
- **Customer impact:** About 300 merchants got their webhooks up to 40 minutes late.

## Background

The relay runs on four nodes in eu-central.
"""


def test_tldr_bullets_name_the_authors_and_the_service() -> None:
    metadata = from_markdown(PAGE.format(heading="TL;DR")).metadata

    assert metadata.authors == ["Ingrid Berg", "Tomás Ruiz"]
    assert metadata.service == "webhook-relay"


def test_summary_bullets_name_them_too() -> None:
    metadata = from_markdown(PAGE.format(heading="Summary")).metadata

    assert metadata.authors == ["Ingrid Berg", "Tomás Ruiz"]
    assert metadata.service == "webhook-relay"
