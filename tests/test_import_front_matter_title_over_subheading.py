"""A blog post's front matter names it; its first heading, a level down, opens the text: the front matter's
title is the title, and the heading's words stay in the introduction."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

_POST = """---
title: "The Night the Queue Ate Itself"
date: 2025-03-02T21:00:00+01:00
---

*Posted Sunday, March 2, 2025*

## A Retrospective on the Great Backlog of Sunday Evening

Well, that went badly. The job queue stopped draining at 19:10 and nobody noticed for an hour.

### Timeline

- 2025-03-02 19:10 +01:00 queue stops draining
- 2025-03-02 20:15 +01:00 consumers restarted
"""


def test_front_matter_title_wins_over_a_level_two_heading() -> None:
    document = from_markdown(_POST)
    assert document.metadata.title == "The Night the Queue Ate Itself"
    assert "A Retrospective on the Great Backlog of Sunday Evening" in document.introduction
    assert len(document.timeline) == 2


def test_a_level_one_heading_still_wins() -> None:
    document = from_markdown(_POST.replace("## A Retrospective", "# A Retrospective"))
    assert document.metadata.title == "A Retrospective on the Great Backlog of Sunday Evening"
