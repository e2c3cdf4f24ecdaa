"""Timelines written in the students' template and its neighbours, read entry for entry.

A Timeline after a summary with two code blocks in it; a detection whose time was left blank, or given
under its own "Time:" bullet, or in a zone written with its offset ("SAST+2"); bullets under a kind's
heading that tell their time in the sentence; a two-day window whose timeline writes clocks alone.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown
from app.model import EventKind

TWO_CODE_BLOCKS = """## Postmortem ##
A write-up of a lab exercise that went wrong.

### Issue Summary ###
The lab was broken on May 2nd 2021, from 09:00 to 09:40 UTC.

The reason was a stopped cache service. We saw it by running:
```
./probe_cache.sh
```
We fixed it by running:
```
sudo systemctl start cache
```
Check services before testing next time.

### Timeline ###
* The failure showed up after a test run.
* It was noticed when the probe printed an error.
* The probe script was read line by line.
* A classmate was asked to look at the error.
* The classmate said the cache had to be started.
"""


def test_a_line_between_two_code_blocks_is_no_heading_and_the_timeline_is_read() -> None:
    document = from_markdown(TWO_CODE_BLOCKS)
    texts = [event.text for event in document.timeline]
    assert len(texts) == 5
    assert texts[0] == "The failure showed up after a test run."
    assert texts[-1] == "The classmate said the cache had to be started."
    assert all(event.time is None for event in document.timeline)
    assert "sudo systemctl start cache" not in [section.heading for section in document.extra_sections]


BLANK_DETECTION_TIME = """<h1>Postmortem: Stock app down</h1>

<h3>Timeline:</h3>

<p>
  <strong>Detection Time:</strong> June 9, 2024, [Time of detection]<br>
  <strong>Detection Method:</strong> Spotted while entering stock.<br>
  <strong>Actions Taken:</strong><br>
  - Read the server logs.<br>
  - Restored last night's backup.<br>
</p>
"""


def test_a_detection_time_left_blank_stays_with_its_method_untimed() -> None:
    document = from_markdown(BLANK_DETECTION_TIME)
    [detection, *actions] = document.timeline
    assert detection.kind is EventKind.DETECTION
    assert detection.time is None  # no clock was written: no midnight made up
    assert "Spotted while entering stock." in detection.text
    assert "June 9, 2024" in detection.text  # the day the writer gave is kept in the words
    assert [event.text for event in actions] == ["Read the server logs.", "Restored last night's backup."]


TIME_BULLET = """# Postmortem: Queue stalled

## Issue Summary
Jobs stopped for about an hour.

## Timeline

**Issue Detection:**

- Time: May 4, 2022, 9:15 AM (UTC)
- Detection Method: A dashboard showed the queue growing.

**Actions Taken:**

- Checked the workers.
- Restarted the broker.

**Resolution:**

- The broker was replaced and jobs ran again by 10:20 AM (UTC).
"""


def test_a_time_bullet_gives_the_detection_below_it_its_time() -> None:
    document = from_markdown(TIME_BULLET)
    assert len(document.timeline) == 4
    detection = document.timeline[0]
    assert detection.kind is EventKind.DETECTION
    assert "A dashboard showed the queue growing." in detection.text
    assert detection.time == datetime(2022, 5, 4, 9, 15, tzinfo=UTC)


KIND_HEADINGS = """# Postmortem: Queue stalled

## Issue Summary
On May 4, 2022 jobs stopped for about an hour.

## Timeline

### Detection

- 9:15 AM UTC: A dashboard showed the queue growing.

### Actions Taken

- Checked the workers.

### Resolution

- The broker was replaced and jobs ran again by 10:20 AM (UTC).
"""


def test_a_bullet_under_a_kind_heading_keeps_the_time_its_sentence_tells() -> None:
    for text in (TIME_BULLET, KIND_HEADINGS):
        document = from_markdown(text)
        resolution = document.timeline[-1]
        assert resolution.kind is EventKind.RESOLUTION
        assert resolution.time == datetime(2022, 5, 4, 10, 20, tzinfo=UTC)
        assert document.summary.end == datetime(2022, 5, 4, 10, 20, tzinfo=UTC)


ZONE_WITH_OFFSET = """# Postmortem: Shop slow

## Issue Summary
On 3 March 2024 the shop was slow for three hours.

## Timeline

- **Issue Detected:** March 3, 2024, 10:00 AM (SAST+2)
- **Detection Method:** Alerts fired on high CPU.
- **Actions Taken:**
    - Looked at the load balancer.
    - Added more servers.
- **Resolution:** Fixed by 1:00 PM (SAST+2) after adding servers.
"""


def test_a_zone_written_with_its_offset_times_the_detection_once() -> None:
    document = from_markdown(ZONE_WITH_OFFSET)
    detection = document.timeline[0]
    assert len(document.timeline) == 4
    assert "Alerts fired on high CPU." in detection.text
    assert detection.time == datetime(2024, 3, 3, 10, 0, tzinfo=timezone(timedelta(hours=2)))


def test_an_offset_a_zone_never_has_is_no_zone() -> None:
    from app.timezones import zone_named

    assert zone_named("EAT+3") == timezone(timedelta(hours=3))
    assert zone_named("PST+8") is None  # Pacific time is never ahead of UTC


TWO_DAY_WINDOW = """# Postmortem: Stale pages

## Issue Summary
From **Mar 6, 2024 8:00 AM** to **Mar 8, 2024 8:00 AM (UTC-5)**, the cache served stale pages.

## Timeline
- **08:00 AM:** Users report stale pages.
- **09:10 AM:** An alert fires on the hit ratio.
- **15:30:** One node flushed; nothing changes.
- **23:45:** The network gets the blame.
- **01:15 AM:** Everyone goes to bed.
- **07:00 AM:** The cache cluster is rebuilt.
- **08:00 AM:** Pages are fresh again.
"""


def test_each_end_of_the_window_in_bold_is_read() -> None:
    document = from_markdown(TWO_DAY_WINDOW)
    eastern = timezone(timedelta(hours=-5))
    assert document.summary.start == datetime(2024, 3, 6, 8, 0, tzinfo=eastern)
    assert document.summary.end == datetime(2024, 3, 8, 8, 0, tzinfo=eastern)


def test_the_last_clock_of_a_shorter_timeline_is_the_stated_end() -> None:
    document = from_markdown(TWO_DAY_WINDOW)
    eastern = timezone(timedelta(hours=-5))
    assert document.timeline[0].time == datetime(2024, 3, 6, 8, 0, tzinfo=eastern)
    assert document.timeline[-1].time == datetime(2024, 3, 8, 8, 0, tzinfo=eastern)
    # The entries between keep the days their clocks were read on.
    assert document.timeline[4].time == datetime(2024, 3, 7, 1, 15, tzinfo=eastern)
