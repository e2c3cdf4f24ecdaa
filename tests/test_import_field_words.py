"""Fields named in a team's own words: "User impact:", an emoji inside the bold label, a "Done" note on a task."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown
from app.model import TaskStatus


def test_user_impact_among_the_summary_fields_is_the_impact() -> None:
    document = from_markdown(
        "# Outage\n\n## Summary\n\nComponent: billing<br>\nDuration: 2h<br>\n"
        "Customer impact: invoices could not be downloaded.\n"
    )
    assert document.summary.impact == "invoices could not be downloaded."


def test_an_emoji_inside_a_bold_label_is_decoration() -> None:
    document = from_markdown(
        "# Outage\n\n## Issue Summary\n\n- **🕒 Duration:** from 2024-08-10 14:30 UTC to 2024-08-10 15:45 UTC.\n"
        "- **🔥 Impact:**\n  - Search was down.\n  - 30% of requests failed.\n"
    )
    assert "30% of requests failed" in document.summary.impact


def test_a_done_note_in_a_table_without_status_column_closes_the_task() -> None:
    document = from_markdown(
        "# Outage\n\n## Action items\n\n| Action Item | Owner | Notes |\n|---|---|---|\n"
        "| Pin the library version | ana | Completed |\n| Add a canary | bo | needs budget |\n| Add alerts | cy | |\n"
    )
    tasks = document.measures.tasks
    assert [task.status for task in tasks] == [TaskStatus.DONE, TaskStatus.OPEN, TaskStatus.OPEN]
    assert tasks[0].text == "Pin the library version"
    assert "needs budget" in tasks[1].text
