"""Header lines as other tools write them: Org's property drawer, pandoc's backslash line breaks.

A careful reader takes ":SEVERITY: SEV2" in a drawer under "* Details" as the severity, and "Status: Final\\"
(a Word document converted by pandoc, each line ending in a hard break) as the status, not "Final\\".
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown
from app.model import Status

ORG = """#+TITLE: Post-mortem: search indexer stuck
#+AUTHOR: Pavel Horak

* Details
  :PROPERTIES:
  :SEVERITY: SEV2
  :STATUS:   Final
  :SERVICE:  search-indexer
  :END:

* Summary
The indexer stopped for an hour on <2025-10-02 Thu 09:10>.

* Tasks
** TODO Alert on indexer lag
   :PROPERTIES:
   :OWNER: Pavel Horak
   :END:
"""


def test_an_org_drawer_under_a_heading_gives_the_header_fields() -> None:
    document = from_markdown(ORG)
    assert document.metadata.severity == "SEV2"
    assert document.metadata.status is Status.FINAL
    assert document.metadata.service == "search-indexer"
    assert "PROPERTIES" not in "".join(section.body for section in document.extra_sections)
    assert [(task.text, task.owner) for task in document.measures.tasks] == [("Alert on indexer lag", "Pavel Horak")]


def test_a_pandoc_hard_break_after_a_label_is_not_part_of_its_value() -> None:
    text = (
        "**Outage report: mail relay backlog**\n\n"
        "Written by: Greta Lindholm\\\nReport status: Final\\\nSeverity: Sev 2\n\n"
        "## Summary\n\nOutbound mail queued for three hours on 9 October 2025.\n"
    )
    document = from_markdown(text)
    assert document.metadata.status is Status.FINAL
    assert document.metadata.authors == ["Greta Lindholm"]
    assert document.metadata.severity == "SEV2"
