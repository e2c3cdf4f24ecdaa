"""A task list numbered by bold titles, each over its own bullets ("1. **Rotate the keys:**" over "- …"): the
numbers count the tasks, and the bullets say what each one means; they are no tasks of their own."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

_TITLED = """\
# Postmortem: Billing Export Stalled

## Root Cause

The export job ran out of disk.

## Corrective and Preventative Measures

- **Tasks:**
  1. **Disk Alerts:**
      - Page the on-call when the export volume is eighty percent full.
  2. **Cleanup Job:**
      - Delete exports older than a week every night.
      - Log how much space each run frees.
  3. **Runbook Update:**
      - Write down how to restart the export by hand.
"""


def test_each_numbered_bold_title_is_one_task_with_its_bullets_as_its_details() -> None:
    tasks = from_markdown(_TITLED).measures.tasks
    assert len(tasks) == 3
    assert tasks[1].text.startswith("**Cleanup Job:**")
    assert "Delete exports older than a week" in tasks[1].text
    assert "Log how much space each run frees." in tasks[1].text
    assert "Runbook Update" in tasks[2].text


def test_an_unnumbered_bold_group_still_lists_its_bullets_as_tasks() -> None:
    text = (
        _TITLED.replace("  1. **Disk", "  - **Disk")
        .replace("  2. **Clean", "  - **Clean")
        .replace("  3. **Run", "  - **Run")
    )
    texts = [task.text for task in from_markdown(text).measures.tasks]
    assert "Delete exports older than a week every night." in texts
