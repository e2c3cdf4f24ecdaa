"""A timeline whose zero is marked on an entry ("09:14 (T+0) — …", then "T+3m — …"), and tasks whose line ends
with the owner, a due date and the status ("— owner: Ana Lima, due 2026-05-02, done")."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown


def _times(text: str) -> list[tuple[str | None, str]]:
    return [(e.time.strftime("%H:%M") if e.time else None, e.text) for e in from_markdown(text).timeline]


def test_relative_entries_count_from_the_entry_marked_as_zero() -> None:
    text = (
        "# Cache lost quorum\n\nOn 12 March 2026 the session cache lost quorum.\n\n## Timeline\n\n"
        "All times UTC.\n\n"
        "- 14:02 (T+0) — a network change drops one zone.\n"
        "- T+4m — session errors reach 20%.\n"
        "- T+1h05m — the last replica rejoins.\n"
    )
    times = _times(text)
    assert [time for time, _ in times] == ["14:02", "14:06", "15:07"]
    assert times[2][1].lower() == "the last replica rejoins."


def test_a_zero_mark_without_a_clock_before_it_anchors_nothing() -> None:
    text = "# Cache lost quorum\n\n## Timeline\n\n- Deploy (T+0) — rollout begins.\n- T+4m — errors climb.\n"
    assert all(time is None for time, _ in _times(text))


def test_owner_due_date_and_status_after_a_dash_are_the_tasks_fields() -> None:
    document = from_markdown(
        "# Disk filled\n\n## Action items\n\n"
        "1. Rotate build logs every night — owner: Jonas Weber, due 2026-04-03, done.\n"
        "2. Alert at 80% disk — owner: Priti Shah, due 2026-04-10, in progress.\n"
        "3. Move artifacts to object storage — owner: Jonas Weber, open.\n"
        "4. Review the retention policy — owner: Priti Shah, blocked on legal.\n"
    )
    assert [(t.text, t.owner, str(t.due), t.status.value) for t in document.measures.tasks] == [
        ("Rotate build logs every night", "Jonas Weber", "2026-04-03", "done"),
        ("Alert at 80% disk", "Priti Shah", "2026-04-10", "in progress"),
        ("Move artifacts to object storage", "Jonas Weber", "None", "open"),
        ("Review the retention policy — owner: Priti Shah, blocked on legal.", "", "None", "open"),
    ]
