"""A blog post that opens with paragraphs summing the incident up, then a "## Context" section giving the
background: the opening paragraphs tell the impact, as they do in a post with no such section."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

TEXT = """\
# Slow uploads on the photo service

On Friday at about 09:00 UTC uploads to the photo service began timing out.

Affected users saw upload failures and blank thumbnails for about two hours.

## Context

We run two upload servers behind a load balancer, and had just moved the thumbnail cache to a new host.

## Timeline

- 09:00 uploads start failing
- 11:00 the cache host is restarted and uploads recover
"""


def test_the_opening_paragraphs_tell_the_impact() -> None:
    document = from_markdown(TEXT)
    assert "upload failures and blank thumbnails" in (document.summary.impact or "")
