"""Boxes to tick grouped under sub-headings of "Next steps": every box is a task, the first group's too.

"### Before re-enabling" names no list, and a later group's heading ("### Review checklist") names tasks;
a careful reader still takes the first group's "- [ ]" lines as tasks, as a box to tick is work to do.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

REPORT = """# Queue stall report

## Summary

The billing queue stalled for twenty minutes after a worker upgrade.

## Next Steps

### Before Re-enabling the Workers

- [ ] Patch the connection leak in the worker
- [ ] Add a memory ceiling to the worker pods

### Alerting Improvements

- [ ] Add metric: `billing_queue_depth`
- [ ] Dashboard: queue state per region

### Review Checklist

- [ ] Review every retry loop in the worker
- [ ] Add a soak test for the upgrade path
"""


def test_every_box_under_the_next_steps_groups_is_a_task_in_order() -> None:
    document = from_markdown(REPORT)
    texts = [task.text for task in document.measures.tasks]
    assert len(texts) == 6
    assert texts[0] == "Patch the connection leak in the worker"
    assert document.measures.improvements == []


def test_plain_bullets_in_the_first_group_stay_the_improvements() -> None:
    document = from_markdown(REPORT.replace("- [ ] Patch", "- Patch").replace("- [ ] Add a memory", "- Add a memory"))
    assert document.measures.improvements == [
        "Patch the connection leak in the worker",
        "Add a memory ceiling to the worker pods",
    ]
