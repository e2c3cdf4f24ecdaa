"""A log pasted under a time-led bullet whose fence is indented under the bullet's text (" - **10:05** …" over
"    ```"): the log is that entry's evidence, its timestamped lines are no entries of their own."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

TEXT = """\
# Database errors after the upgrade

## Timeline

### 2025-03-02
 - **10:00** Ops started the package upgrade
 - **10:05** Ops saw an error in the worker logs:
    ```
    Mar 02 10:05:11 web1 app[12]: ERROR could not reach db
    Mar 02 10:05:12 web1 app[12]: ERROR could not reach db
    ```

    The line to look at:
    ```
    ERROR could not reach db
    ```
 - **10:20** A call was started
 - **10:45** The pool limit was raised and the errors stopped
"""


def test_the_pasted_log_lines_are_no_events() -> None:
    document = from_markdown(TEXT)
    assert [event.time.strftime("%H:%M") for event in document.timeline] == ["10:00", "10:05", "10:20", "10:45"]
    assert document.timeline[1].text.startswith("Ops saw an error in the worker logs:")
    assert "could not reach db" not in document.timeline[1].text.split("\n")[0]


def test_the_log_is_kept_with_the_timeline() -> None:
    document = from_markdown(TEXT)
    kept = "\n".join(section.body for section in document.extra_sections)
    assert "Mar 02 10:05:11 web1 app[12]: ERROR could not reach db" in kept


DAY_LED = """\
# Nodes crash-looping after an image update

## Timeline

- 03-02-2025 07:40 - Autoscaler rolled the nodes onto the new image.
- 03-02-2025 - 08:10 - Support told the on-call engineer that every tenant was down.
    - The pods were restarting, with these lines in their logs:
        ```text
            2025-02-03T07:52:10.114Z fatal: cannot map executable page
            2025-02-03T07:52:31.907Z container exited with code 1
        ```
- 03-02-2025 08:35 - Nodes pinned back to the previous image.
- 03-02-2025 09:05 - Tenants came back online and service was restored.
"""


def test_a_log_under_a_day_led_bullet_is_no_events_and_the_entries_after_it_are_read() -> None:
    document = from_markdown(DAY_LED)
    assert [event.time.strftime("%H:%M") for event in document.timeline] == ["07:40", "08:10", "08:35", "09:05"]
    assert document.summary.end is not None and document.summary.end.strftime("%H:%M") == "09:05"
