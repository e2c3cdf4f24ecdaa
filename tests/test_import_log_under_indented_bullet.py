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
