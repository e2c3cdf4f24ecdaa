"""A sloppy note's timeline written as offsets with their unit ("+5 min …") from a T+0 stated over it,
under a lower-case name with that T+0 in brackets."""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import from_markdown

NOTE = """# backup job broke

on 3 May 2024 the nightly backup of the wiki failed at about 1am UTC and was running again by 2:10am UTC.
impact: no backup for one night

cause: the storage bucket's key was rotated and the job still had the old one

timeline (T+0 = 1am UTC)
T+0 backup job mails a failure
+10 min opened the job's log, saw 403 from the bucket
+1h set the new key in the job's settings
+70 min backup running again
"""


def test_offsets_with_units_count_from_the_stated_t_zero() -> None:
    document = from_markdown(NOTE)
    times = [event.time for event in document.timeline]
    want = [(1, 0), (1, 10), (2, 0), (2, 10)]
    assert times == [datetime(2024, 5, 3, hour, minute, tzinfo=UTC) for hour, minute in want]
    assert document.timeline[1].text.startswith(("opened", "Opened"))
    assert "running again" in document.timeline[-1].text


def test_a_plus_number_without_a_unit_is_no_offset() -> None:
    document = from_markdown(NOTE.replace("+10 min opened", "+10 opened"))
    assert not any(event.text.startswith(("opened", "Opened")) for event in document.timeline)
