"""Lines that look like a form the importer reads for other teams' documents, but say something else.

A length of time written like Québec's clock ("1 h 30 later"), a "►" bullet that is not a Notion toggle, a
product named in brackets after a task, a rise "is up 300%". Each test opens a small file and checks what a
user then sees.
"""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown
from app.model import EventKind, PostMortem, TaskStatus


def _read(text: str) -> PostMortem:
    document = from_markdown(text)
    assert from_markdown(to_markdown(document)) == document
    return document


def _at(hour: int, minute: int) -> datetime:
    return datetime(2024, 5, 6, hour, minute, tzinfo=UTC)


def test_a_length_of_time_written_like_a_quebec_clock_is_no_clock() -> None:
    document = _read(
        "# Cache cold after a restart\n\nDate: 2024-05-06\n\n## Timeline\n\n- 09:10 Cache node restarted\n"
        "- 1 h 30 later the hit rate was normal again\n- 2 h 15 of slow pages followed\n- 12:00 Closed\n"
    )
    assert [(event.time, event.text) for event in document.timeline] == [
        (_at(9, 10), "Cache node restarted"),
        (None, "1 h 30 later the hit rate was normal again"),
        (None, "2 h 15 of slow pages followed"),
        (_at(12, 0), "Closed"),
    ]
    assert document.summary.start is None or document.summary.start == _at(9, 10)


def test_a_quebec_clock_still_leads_its_entry() -> None:
    document = _read("# Feed down\n\nDate: 2024-05-06\n\n## Timeline\n\n- 7 h 48 – Feed changes format\n")
    assert [(event.time, event.text) for event in document.timeline] == [(_at(7, 48), "Feed changes format")]


def test_arrow_bullets_in_a_list_are_items_not_toggles() -> None:
    document = _read(
        "# Queue backlog\n\nDate: 2024-05-06\n\n## Timeline\n\n▶ 09:10 Consumers stall\n▶ 09:40 Consumers restarted\n\n"
        "## Action items\n\n► Page on consumer lag\n► Cap the batch size\n"
    )
    assert [(event.time, event.text) for event in document.timeline] == [
        (_at(9, 10), "Consumers stall"),
        (_at(9, 40), "Consumers restarted"),
    ]
    assert [task.text for task in document.measures.tasks] == ["Page on consumer lag", "Cap the batch size"]
    assert document.extra_sections == []


def test_a_product_named_in_brackets_after_a_task_is_no_owner() -> None:
    document = _read(
        "# Queue backlog\n\nAuthor: Priya Nair\n\n## Summary\n\nThe queue backed up.\n\n## Action items\n\n"
        "- Move the jobs to a managed queue (Amazon Kinesis)\n- Shard the session store (Redis Cluster)\n"
        "- Review the retry policy (Priya Nair)\n"
    )
    assert [(task.text, task.owner) for task in document.measures.tasks] == [
        ("Move the jobs to a managed queue (Amazon Kinesis)", ""),
        ("Shard the session store (Redis Cluster)", ""),
        ("Review the retry policy", "Priya Nair"),
    ]


def test_a_measure_that_is_up_by_an_amount_rose_it_did_not_recover() -> None:
    document = _read(
        "# Slow checkout\n\nDate: 2024-05-06\n\n## Timeline\n\n- 09:00 Release 4.2 goes out\n"
        "- 09:05 p99 latency is up 250% on the cart page\n- 09:07 Queue depth is up sharply\n"
        "- 09:20 Release rolled back\n- 09:30 Cart page is up again\n"
    )
    kinds = [event.kind for event in document.timeline]
    assert kinds[1:3] == [EventKind.NOTE, EventKind.NOTE]
    assert kinds[-1] is EventKind.RESOLUTION
    assert document.summary.start == _at(9, 5)


def test_a_de_escalation_and_a_deed_aimed_at_the_likely_cause_are_what_they_say() -> None:
    document = _read(
        "# Slow checkout\n\nDate: 2024-05-06\n\n## Timeline\n\n- 09:20 Rolled back release 4.2, probably the culprit\n"
        "- 09:40 Priya de-escalated the incident to SEV4\n"
    )
    assert [event.kind for event in document.timeline] == [EventKind.ACTION, EventKind.NOTE]


def test_a_tick_in_a_timeline_is_the_writers_character_not_a_task_box() -> None:
    document = _read(
        "# Slow checkout\n\nDate: 2024-05-06\n\n## Timeline\n\n- 09:20 Release rolled back\n"
        "- ✅ Cart page loads in under a second again\n\n## Action items\n\n- ✅ Add a latency check to the release\n"
    )
    assert [event.text for event in document.timeline][-1] == "✅ Cart page loads in under a second again"
    assert [(task.text, task.status) for task in document.measures.tasks] == [
        ("Add a latency check to the release", TaskStatus.DONE)
    ]
