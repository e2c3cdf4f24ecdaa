"""A post copied from where it was published, its first line only a link whose words are the title
("[Postmortem: …](https://…)"): those words are the title, and the address stays in the introduction."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

_LINKED = """\
[Postmortem: Build Farm Ran Out of Disk](https://blog.example.org/posts/build-farm-disk)

**Summary:**
On 9 May 2025 every build failed for three hours because the shared cache disk filled up.
"""


def test_a_link_alone_on_the_first_line_gives_the_title() -> None:
    document = from_markdown(_LINKED)
    assert document.metadata.title == "Postmortem: Build Farm Ran Out of Disk"
    assert "https://blog.example.org/posts/build-farm-disk" in document.introduction


def test_a_link_over_more_text_in_its_paragraph_is_no_title() -> None:
    document = from_markdown("[Status page](https://status.example.org)\nwas down too.\n\n## Summary\n\nIt broke.\n")
    assert document.metadata.title != "Status page"


def test_a_link_whose_words_do_not_name_a_report_is_no_title() -> None:
    document = from_markdown("[the on-call runbook](https://wiki.example.org/runbook)\n\n## Summary\n\nIt broke.\n")
    assert document.metadata.title == ""
