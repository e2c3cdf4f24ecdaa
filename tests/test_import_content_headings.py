"""A report written with every line as a "# " heading (a writer who types "#" as a bullet) imports its content.

"# 09:00 AM: the pager went wild" is a timeline entry, "# Impact: shoppers could not pay …" the impact, and
the lists under "# So it never happens again:" and "# Tasks to Address the Issue:" the measures.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

EVERY_LINE_A_HEADING = """# Postmortem

# My first report

# Issue Summary
Duration: ninety minutes, from 09:00 AM to 10:30 AM UTC on 3 March 2024.

# Impact: Shoppers could not pay for their orders and roughly a third of the checkouts failed outright.

# Root Cause: Sadly, an expired payment gateway certificate made every card request fail the handshake.

# Timeline

# 09:00 AM: Our pager went wild with alerts about failed card payments on the shop.

# 09:10 AM: We first suspected the database and spent time reading its slow query log.

# 09:40 AM: We escalated the matter to the payments team for help.

# 10:30 AM: The issue was resolved when the payments team renewed the certificate and restarted the gateway.

# Root Cause and Resolution

The gateway certificate expired overnight. The payments team renewed the certificate and restarted the gateway.

# Corrective and Preventative Measures

# So it never happens again:

• Track certificate expiry dates in the monitoring system.

• Renew certificates automatically a month early.

# Tasks to Address the Issue:

• Add an expiry alert for every certificate we own.

• Write a runbook for certificate renewal.
"""


def test_clock_led_headings_are_the_timeline() -> None:
    incident = from_markdown(EVERY_LINE_A_HEADING)
    texts = [event.text for event in incident.timeline]
    assert len(texts) == 4
    assert texts[0].startswith("Our pager went wild")
    assert [event.kind for event in incident.timeline][-1] == "resolution"
    assert incident.timeline[1].time is not None and incident.timeline[1].time.hour == 9


def test_field_headings_are_the_fields() -> None:
    incident = from_markdown(EVERY_LINE_A_HEADING)
    assert "a third of the checkouts failed" in incident.summary.impact
    assert "expired payment gateway certificate" in incident.summary.root_cause


def test_lists_under_colon_headings_are_the_measures() -> None:
    incident = from_markdown(EVERY_LINE_A_HEADING)
    assert incident.measures.improvements == [
        "Track certificate expiry dates in the monitoring system.",
        "Renew certificates automatically a month early.",
    ]
    assert [task.text for task in incident.measures.tasks] == [
        "Add an expiry alert for every certificate we own.",
        "Write a runbook for certificate renewal.",
    ]


def test_headings_with_their_own_text_stay_sections() -> None:
    text = """# Deploy report

## 14:05 UTC: the rollout of the search indexer began in every region

The first region went well.

## Timeline

- 14:05 rollout began
- 14:40 rollout ended
"""
    incident = from_markdown(text)
    assert any(section.heading.startswith("14:05 UTC") for section in incident.extra_sections)
