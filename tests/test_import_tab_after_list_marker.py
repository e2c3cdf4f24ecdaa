"""List items whose marker is set off by a tab ("*<tab>09:15 AM: …", "1.<tab>Add a replica"), as word processors
write them: each is a list item, not a row of a spreadsheet's tab-separated table."""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import from_markdown

_TABBED = """\
# Payment Gateway Slowdown

## Timeline (all times UTC):
*\t09:15 AM: Checkout latency alert fired
*\t09:20 AM: On-call engineer began looking at the gateway
*\t09:50 AM: Connection pool size raised on the gateway
*\t10:05 AM: Latency back to normal

## Corrective and Preventative Measures:
These are the steps we will take:
1.\tAlert on the gateway's connection pool filling up.
2.\tLoad-test the gateway before each release.
"""


def test_tab_after_a_bullet_gives_one_timed_event_per_item() -> None:
    document = from_markdown(_TABBED.replace("# Payment", "On 4 June 2025 the gateway slowed down.\n\n# Payment"))
    assert [event.time for event in document.timeline] == [
        datetime(2025, 6, 4, 9, 15, tzinfo=UTC),
        datetime(2025, 6, 4, 9, 20, tzinfo=UTC),
        datetime(2025, 6, 4, 9, 50, tzinfo=UTC),
        datetime(2025, 6, 4, 10, 5, tzinfo=UTC),
    ]
    assert document.timeline[1].text == "On-call engineer began looking at the gateway"


def test_tab_after_a_number_gives_one_improvement_per_item() -> None:
    document = from_markdown(_TABBED)
    assert document.measures.improvements == [
        "Alert on the gateway's connection pool filling up.",
        "Load-test the gateway before each release.",
    ]


def test_a_spreadsheet_row_with_more_cells_is_still_a_table() -> None:
    document = from_markdown(
        "# Outage\n\n## Timeline\n\nTime\tEvent\tWho\n09:00\tAlert fired\tDana\n09:30\tFixed\tLee\n"
    )
    assert [event.text for event in document.timeline] == ["09:00: Alert fired (Who: Dana)", "09:30: Fixed (Who: Lee)"]
