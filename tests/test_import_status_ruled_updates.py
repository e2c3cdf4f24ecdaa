"""A status page's incident file whose updates sit one after another between rules, each under its clock."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

PAGE = """---
title: Database cluster degraded in AMS2
date: 2023-03-14 09:20:00
resolved: no
affected:
  - Databases/AMS2
---
10:45 GMT+1

Replicas are catching up; reads are served again.

---
10:05 GMT+1

We are failing over the primary to a healthy node.

---
Early on Tuesday at 09:15 GMT+1, monitoring reported that writes to the AMS2 cluster
were timing out. Engineers are looking into it.
"""


def test_each_update_between_rules_is_an_event_at_its_clock() -> None:
    doc = from_markdown(PAGE)

    texts = [event.text for event in doc.timeline]
    assert len(texts) == 3
    assert any(text.startswith("Replicas are catching up") for text in texts)
    assert any(text.startswith("We are failing over") for text in texts)
    assert any("writes to the AMS2 cluster" in text for text in texts)
    failover = next(event for event in doc.timeline if event.text.startswith("We are failing over"))
    assert failover.time is not None and failover.time.isoformat() == "2023-03-14T10:05:00+01:00"
    assert "failing over" not in doc.introduction


def test_rules_through_a_description_make_no_updates() -> None:
    doc = from_markdown(
        "---\ntitle: Queue delays\ndate: 2023-03-14 09:20:00\nresolved: yes\n---\n"
        "Messages were delayed for some customers.\n\n---\n\nWe have added capacity.\n\n---\n\n"
        "Thanks for your patience.\n"
    )

    assert doc.timeline == []
    assert "added capacity" in doc.introduction
