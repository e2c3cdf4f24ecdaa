"""Giving undated events one day: each written clock becomes the event's time, its lead leaves its words."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from app.model import TimelineEvent
from app.undated_days import UndatedLeadsSeen, has_undated_leads, plan_day, plan_summary

DAY = date(2026, 5, 12)
EAT = timezone(timedelta(hours=3))
BERLIN_SUMMER = timezone(timedelta(hours=2))


def _events(*texts: str) -> list[TimelineEvent]:
    return [TimelineEvent(text=text) for text in texts]


@pytest.mark.parametrize(
    ("text", "moment", "words"),
    [
        ("09:41 AM (EAT): Pager fired", datetime(2026, 5, 12, 9, 41, tzinfo=EAT), "Pager fired"),
        ("09:41 — Pager fired", datetime(2026, 5, 12, 9, 41, tzinfo=BERLIN_SUMMER), "Pager fired"),
        ("21:05 - 5 hosts down", datetime(2026, 5, 12, 21, 5, tzinfo=BERLIN_SUMMER), "5 hosts down"),
        (
            "[10:02 PM] Rolled back the deploy",
            datetime(2026, 5, 12, 22, 2, tzinfo=BERLIN_SUMMER),
            "Rolled back the deploy",
        ),
        ("10:15 AM: restarted nginx", datetime(2026, 5, 12, 10, 15, tzinfo=BERLIN_SUMMER), "restarted nginx"),
        ("14:03 UTC – paged the DBA", datetime(2026, 5, 12, 14, 3, tzinfo=UTC), "paged the DBA"),
    ],
    ids=["zone named", "em dash", "hyphen", "bracketed", "colon", "en dash and UTC"],
)
def test_a_written_lead_becomes_the_events_time_on_the_day_and_leaves_its_words(text, moment, words):
    plan = plan_day(_events(text), DAY, BERLIN_SUMMER)
    assert [(dated.row, dated.time, dated.text) for dated in plan.dated] == [(0, moment, words)]
    assert plan.dated[0].time.utcoffset() == moment.utcoffset()
    assert plan.unreadable == []


def test_clocks_that_pass_midnight_in_order_fall_on_the_next_day():
    events = _events("23:50 — Alert fired", "00:10 — Paged the on-call", "00:40 — Failed over", "00:30 — Noted")
    times = [dated.time for dated in plan_day(events, DAY, UTC).dated]
    assert times == [
        datetime(2026, 5, 12, 23, 50, tzinfo=UTC),
        datetime(2026, 5, 13, 0, 10, tzinfo=UTC),
        datetime(2026, 5, 13, 0, 40, tzinfo=UTC),
        datetime(2026, 5, 13, 0, 30, tzinfo=UTC),  # written out of order: stays a little earlier, same night
    ]


def test_an_unreadable_lead_is_left_alone_and_counted():
    events = _events("25:61 — Impossible clock", "10:15 - restarted nginx")
    plan = plan_day(events, DAY, UTC)
    assert [dated.row for dated in plan.dated] == [1]
    assert plan.unreadable == [0]
    assert plan_summary(plan) == (
        "1 event whose text starts with a time will get this day. "
        "1 event starts with a time that cannot be read; it stays as written."
    )


def test_timed_events_and_plain_sentences_are_not_touched():
    dated = TimelineEvent(time=datetime(2026, 5, 1, 9, 0, tzinfo=UTC), text="09:41 — already has a time")
    events = [dated, *_events("At 10:15 AM we restarted nginx", "3 replicas were lost", "10:20 — drained")]
    plan = plan_day(events, DAY, UTC)
    assert [dated.row for dated in plan.dated] == [3]
    assert plan.unreadable == []
    assert plan_summary(plan) == "1 event whose text starts with a time will get this day."


def test_the_action_has_work_only_while_an_undated_event_starts_with_a_readable_clock():
    assert has_undated_leads(_events("Plain words", "10:15 AM - restarted nginx"))
    assert not has_undated_leads(_events("Plain words", "25:61 — no such clock", "At 10:15 we looked"))
    timed = TimelineEvent(time=datetime(2026, 5, 1, 9, 0, tzinfo=UTC), text="10:15 AM - restarted nginx")
    assert not has_undated_leads([timed])


def test_whether_there_is_work_is_read_again_only_when_the_timeline_changed():
    seen = UndatedLeadsSeen()
    events = _events("Plain words")
    assert not seen.present(1, events)
    events.append(TimelineEvent(text="10:15 AM - restarted nginx"))
    assert not seen.present(1, events)  # the same revision: nothing walked again (a keystroke elsewhere)
    assert seen.present(2, events)


def test_the_one_zone_the_leads_name_is_the_zone_of_the_others():
    events = _events("**09:41 AM (EAT)**: Pager fired", "09:50 AM: Drained the worker", "10:05: Queue empty")
    plan = plan_day(events, DAY, UTC)
    assert [dated.time for dated in plan.dated] == [
        datetime(2026, 5, 12, 9, 41, tzinfo=EAT),
        datetime(2026, 5, 12, 9, 50, tzinfo=EAT),
        datetime(2026, 5, 12, 10, 5, tzinfo=EAT),
    ]


def test_leads_naming_two_zones_leave_the_others_in_the_documents_zone():
    events = _events("09:41 EAT: Pager fired", "08:45 CET: Paris joined", "09:50: Drained the worker")
    plan = plan_day(events, DAY, BERLIN_SUMMER)
    assert plan.dated[2].time == datetime(2026, 5, 12, 9, 50, tzinfo=BERLIN_SUMMER)
