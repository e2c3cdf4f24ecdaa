"""The window a document states, in the forms people write it, wins over the timeline's first and last rows.

A playful label holding a range ("Nap-Time: 08:10 AM to 09:55 AM UTC"), a bold start and end with an ordinal
slip ("**Mar 3rd 2021 2:00 PM** (EAT)"), a day with its clock in brackets and a length ("on 12th March 2022
(9am GMT + 1), … lasted for 45 minutes"), a range in brackets with a tilde ("(~09:12–09:31 UTC)"), a start
label naming its zone ("Start (UTC): …"); and a stated length never beats the timeline's restoration row.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown

EAT = timezone(timedelta(hours=3))
CET = timezone(timedelta(hours=1))
EST = timezone(timedelta(hours=-5))

PLAYFUL_LABEL = """\
# Postmortem: The Great Cache Nap

Our cart service dozed off on March 9, 2024.

## Summary

- **Nap-Time:** 08:10 AM to 09:55 AM UTC (right after standup)
- **Impact:** every shopper saw an empty cart.

## Timeline

- 08:14 AM - Alert fired for cart errors
- 08:40 AM - Engineer restarted the cache
- 09:20 AM - Config fixed and deployed
"""


def test_a_playful_label_holding_a_range_is_the_window_and_its_words_stay() -> None:
    postmortem = from_markdown(PLAYFUL_LABEL)
    assert postmortem.summary.start == datetime(2024, 3, 9, 8, 10, tzinfo=UTC)
    assert postmortem.summary.end == datetime(2024, 3, 9, 9, 55, tzinfo=UTC)
    assert "Nap-Time" in postmortem.model_dump_json()


def test_a_label_naming_a_length_or_a_phase_is_not_the_window() -> None:
    text = PLAYFUL_LABEL.replace("**Nap-Time:** 08:10 AM to 09:55 AM UTC", "**Response time:** 08:20 AM to 08:30 AM")
    postmortem = from_markdown(text)
    assert postmortem.summary.start != datetime(2024, 3, 9, 8, 20, tzinfo=UTC)


BOLD_ORDINAL_SLIP = """\
# Postmortem: Mail relay outage

## Issue Summary:
Start time: **Mar 3rd 2021 2:00 PM** (EAT), End time: **Mar 3rd 2021 3:30 PM** (EAT).
Outgoing mail was stuck for every customer.
Root cause: a full disk on the relay host.
## Timeline:
* 2:07 PM - Alert received on mail queue size
* 2:45 PM - Engineer restarted postfix
* 3:20 PM - Queue drained
"""


def test_bold_start_and_end_with_an_ordinal_are_the_window() -> None:
    postmortem = from_markdown(BOLD_ORDINAL_SLIP.replace("Mar 3rd", "Mar 3th"))
    assert postmortem.summary.start == datetime(2021, 3, 3, 14, 0, tzinfo=EAT)
    assert postmortem.summary.end == datetime(2021, 3, 3, 15, 30, tzinfo=EAT)


def test_a_root_cause_line_inside_the_summary_is_the_summary_root_cause() -> None:
    postmortem = from_markdown(BOLD_ORDINAL_SLIP)
    assert postmortem.summary.root_cause == "a full disk on the relay host."
    assert postmortem.summary.impact == "Outgoing mail was stuck for every customer."


def test_a_summary_label_line_wrapped_mid_sentence_keeps_its_second_line() -> None:
    text = BOLD_ORDINAL_SLIP.replace("a full disk on the relay host.", "a full disk on the\nrelay host.")
    assert from_markdown(text).summary.root_cause == "a full disk on the relay host."


DAY_THEN_CLOCK = """\
# Postmortem: Shop outage

On 12th March 2022 (9am GMT + 1), our shop went down for every visitor, which lasted for 45 minutes.

## Timeline

| Time | Event |
|---|---|
| 9:10am | Outage begins |
| 9:20am | Engineers paged |
| 9:45am | Fix deployed |
"""


def test_a_day_with_its_clock_in_brackets_and_a_length_is_the_window() -> None:
    postmortem = from_markdown(DAY_THEN_CLOCK)
    assert postmortem.summary.start == datetime(2022, 3, 12, 9, 0, tzinfo=CET)
    assert postmortem.summary.end == datetime(2022, 3, 12, 9, 45, tzinfo=CET)


TILDE_RANGE = """\
# Incident: API crash after deploy

## Summary

For about 20 minutes on 2025-02-11 (~09:12–09:31 UTC), every API route returned 500.

## Timeline (UTC)

| Time | Event |
|---|---|
| 08:50 | Build quota exhausted, deploy checks failing |
| 09:12 | Deploy goes live, API now down |
| 09:25 | Rollback started |
| 09:31 | API healthy again |
"""


def test_a_range_in_brackets_after_a_tilde_beats_an_earlier_first_row() -> None:
    assert from_markdown(TILDE_RANGE).summary.start == datetime(2025, 2, 11, 9, 12, tzinfo=UTC)


ZONE_IN_THE_LABEL = """\
# Incident: crawler stalled

## Metadata

- Severity: medium
- Start (UTC): 2025-05-02T08:14:09Z
- End (UTC): ongoing

## Timeline (UTC)

- 2025-05-02T08:30:00Z — Alert: crawl rate dropped to zero.
- 2025-05-02T09:05:00Z — Logs confirmed the stale config.
"""


def test_a_start_label_naming_its_zone_is_the_start() -> None:
    assert from_markdown(ZONE_IN_THE_LABEL).summary.start == datetime(2025, 5, 2, 8, 14, 9, tzinfo=UTC)


LENGTH_AND_RESTORATION = """\
# Incident Report: Storage node failure

**Date:** March 8, 2025
**Duration:** ~2 hours
**Severity:** Critical

## Summary

Node n2 stopped answering and took the site down overnight.

## Timeline

*All times in EST (UTC-5)*

### Day 1 - March 7, 2025

| Time (EST) | Event |
|------------|-------|
| 22:40 | **Site goes down** - proxy cannot reach the database |

### Day 2 - March 8, 2025

| Time (EST) | Event |
|------------|-------|
| 09:02 | Outage noticed while working on something else |
| 11:15 | Database replica promoted |
| 11:20 | **Site restored** |
"""


def test_a_stated_length_does_not_beat_the_timelines_restoration() -> None:
    postmortem = from_markdown(LENGTH_AND_RESTORATION)
    assert postmortem.summary.start == datetime(2025, 3, 7, 22, 40, tzinfo=EST)
    assert postmortem.summary.end == datetime(2025, 3, 8, 11, 20, tzinfo=EST)


UNSPACED_IMPACT = """\
Postmortem

Duration: 2 hours (1:00 PM - 3:00 PM EST) Impact:About a third of users could not pay at checkout.

Timeline:
1:00 PM - Monitoring alerted us to errors on the payment page.
3:00 PM - The fix was deployed and payments worked again.
"""


def test_an_impact_label_run_into_the_duration_line_is_the_impact() -> None:
    impact = from_markdown(UNSPACED_IMPACT).summary.impact or ""
    assert impact.startswith("About a third of users could not pay")
