"""Fields in a team's own words: "User impact:", an emoji in a bold label, a "Done" note, a cause told in passing."""

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


MEASURES_THEN = (
    "# Outage\n\n## Timeline\n\n- 10:00 alert fired\n\n## Corrective measures\n\n- Add a canary\n- Alert on 5xx\n\n"
)


def test_a_sign_off_to_the_reader_after_the_measures_is_the_closing_notes() -> None:
    document = from_markdown(MEASURES_THEN + "And remember: a server that never fails was never deployed.\n")
    assert document.closing_notes == "And remember: a server that never fails was never deployed."
    assert document.measures.improvements == ["Add a canary", "Alert on 5xx"]


def test_words_set_apart_by_a_rule_after_the_measures_are_the_closing_notes() -> None:
    document = from_markdown(MEASURES_THEN + "---\n\nSee you at the next outage, hopefully never.\n")
    assert document.closing_notes == "See you at the next outage, hopefully never."


def test_a_plain_paragraph_after_the_measures_stays_with_them() -> None:
    document = from_markdown(MEASURES_THEN + "The canary needs a budget first.\n")
    assert document.closing_notes == ""


def test_a_summary_naming_what_caused_the_outage_gives_the_root_cause() -> None:
    document = from_markdown(
        "# Storefront outage\n\n## Summary\n\nOn Monday the storefront suffered an outage triggered by an expired "
        "TLS certificate. Checkout was unavailable for 40 minutes.\n\n## Timeline\n\n- 10:00 alert fired\n"
    )
    assert "expired TLS certificate" in document.summary.root_cause


def test_damage_caused_by_the_outage_is_not_its_cause() -> None:
    document = from_markdown(
        "# Storefront outage\n\n## Summary\n\nThe storefront was down for 40 minutes. The damage caused by the "
        "downtime is still being assessed.\n\n## Timeline\n\n- 10:00 alert fired\n"
    )
    assert document.summary.root_cause == ""
