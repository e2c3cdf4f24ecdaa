"""Measures that open with general "we should" lines, then list the concrete work in a table or as boxes to
tick: the general lines are the improvements, the rows (or boxes) the tasks, each with its owner and date.
"""

from __future__ import annotations

from datetime import date

from app.formats.markdown_import import from_markdown

_HEAD = "# Mail queue backed up\n\nOutgoing mail waited two hours on 2 March 2026.\n\n## Follow-up actions\n\n"

_OVER_A_TABLE = (
    _HEAD + "- Queue depth alerts should page the mail team.\n"
    "- Large sends should be spread over the day.\n\n"
    "| Action | Owner | Due |\n|---|---|---|\n"
    "| Page mail on-call on queue depth | Priya Raman | 2026-03-09 |\n"
    "| Rate-limit bulk senders | Tom Ekwueme | 2026-03-20 |\n"
)

_OVER_BOXES = (
    _HEAD + "- Newsletters should never share the transactional queue.\n\n"
    "- [ ] Move newsletters to their own queue\n- [x] Drain the stuck batch\n"
)


def test_general_lines_over_a_table_are_improvements_and_the_rows_tasks() -> None:
    measures = from_markdown(_OVER_A_TABLE).measures

    assert measures.improvements == [
        "Queue depth alerts should page the mail team.",
        "Large sends should be spread over the day.",
    ]
    assert [(task.owner, task.due) for task in measures.tasks] == [
        ("Priya Raman", date(2026, 3, 9)),
        ("Tom Ekwueme", date(2026, 3, 20)),
    ]


def test_a_general_line_over_boxes_to_tick_is_an_improvement() -> None:
    measures = from_markdown(_OVER_BOXES).measures

    assert measures.improvements == ["Newsletters should never share the transactional queue."]
    assert [task.text for task in measures.tasks] == ["Move newsletters to their own queue", "Drain the stuck batch"]


def test_a_line_naming_its_owner_keeps_the_list_as_tasks() -> None:
    text = _OVER_A_TABLE.replace("- Large sends should be spread over the day.", "- Spread large sends (Ana)")

    measures = from_markdown(text).measures

    assert measures.improvements == []
    assert len(measures.tasks) == 4
