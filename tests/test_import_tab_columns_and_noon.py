"""A plain-text timeline whose columns are lined up with tabs ("Time (WAT)<tab>Actions", then rows with two
tabs), and "12:15 AM" rows right after "12:00 PM": a quarter past noon, as a careful reader takes it."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

_BILLING = (
    "Outage of the billing API\n\nOn 4 March 2024 the billing API failed.\n\n\nTimeline (times in WAT)\n\n"
    "Time (WAT)\tActions\n10:40 AM\t\tDeploy of the new schema begins\n12:00 PM\t\tBilling requests start failing\n"
    "12:10 AM\t\tOn-call paged by the error alert\n12:30 AM\t\tSchema change reverted\n"
    "12:50 AM\t\tBilling back to normal\n\n\nROOT CAUSE\n\nThe schema change dropped a column still in use.\n"
)


def test_tab_aligned_rows_keep_their_text() -> None:
    document = from_markdown(_BILLING)
    assert [event.text for event in document.timeline][:2] == [
        "Deploy of the new schema begins",
        "Billing requests start failing",
    ]
    assert not any("Actions" in section.body for section in document.extra_sections)


def test_twelve_am_after_noon_is_after_noon() -> None:
    document = from_markdown(_BILLING)
    assert [event.time.strftime("%d %H:%M") for event in document.timeline if event.time] == [
        "04 10:40",
        "04 12:00",
        "04 12:10",
        "04 12:30",
        "04 12:50",
    ]
    assert document.summary.end is not None and document.summary.end.strftime("%H:%M") == "12:50"


def test_twelve_am_after_a_late_evening_is_the_next_day() -> None:
    text = "# Night deploy\n\nOn 4 March 2024.\n\n## Timeline\n\n- 11:40 PM deploy starts\n- 12:10 AM errors\n"
    document = from_markdown(text)
    assert [event.time.strftime("%d %H:%M") for event in document.timeline if event.time] == ["04 23:40", "05 00:10"]


def test_a_spreadsheet_row_with_an_empty_cell_keeps_its_columns() -> None:
    text = (
        "# Deploys\n\nOn 4 March 2024.\n\n## Timeline\n\n"
        "Time\tOwner\tEvent\n10:00\t\tDeploy starts\n10:20\tAna\tRollback\n"
    )
    document = from_markdown(text)
    assert document.timeline[0].text.startswith("Deploy starts")
    assert "Ana" in document.timeline[1].text
