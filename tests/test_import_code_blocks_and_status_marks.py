"""Code under the measures stays code, and the marks people put on their tasks are read as the task's status:
"1. ✅ Old token revoked", "⚠️ **TO DO**: …", a table's "✅ Done ([PR #88](…))"."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown
from app.model import TaskStatus

_BUILD = """# Build outage

## Summary

The deploys broke on 3 May 2025.

## Prevention Mechanisms

### 1. Lint in CI
```yaml
steps:
  - uses: actions/checkout@v4
  - uses: actions/setup-node@v4
    with:
      node-version: '20'
  - name: Lint
    run: npm run lint
```

### 2. Token audit
```bash
# scripts/audit.sh
LIMIT=5
LOG_LEVEL=debug
if [ $COUNT -gt $LIMIT ]; then
  exit 1
fi
```

- Rotate the deploy keys every quarter
"""


def test_code_blocks_under_the_measures_are_no_tasks() -> None:
    document = from_markdown(_BUILD)
    written = [task.text for task in document.measures.tasks] + document.measures.improvements
    assert not any("uses:" in text or "LIMIT" in text or "```" in text or "node-version" in text for text in written)
    assert any("Rotate the deploy keys" in text for text in written)
    kept = "\n".join(section.body for section in document.extra_sections)
    assert "- uses: actions/checkout@v4" in kept
    assert "LIMIT=5" in kept


def test_a_fence_right_under_an_item_is_not_part_of_it() -> None:
    text = "# X\n\n## Action items\n\n- Add a smoke test\n```bash\nnpm test\n```\n"
    document = from_markdown(text)
    assert [task.text for task in document.measures.tasks] == ["Add a smoke test"]


def test_numbered_items_ticked_with_marks() -> None:
    text = (
        "# X\n\n## Action items\n\n1. ✅ Old token revoked: 4 May\n2. ⚠️ **TO DO**: Rotate the deploy key\n"
        "3. 🚧 In progress: write the runbook\n"
    )
    tasks = from_markdown(text).measures.tasks
    assert [(task.status, task.text) for task in tasks] == [
        (TaskStatus.DONE, "Old token revoked: 4 May"),
        (TaskStatus.OPEN, "Rotate the deploy key"),
        (TaskStatus.IN_PROGRESS, "write the runbook"),
    ]


def test_status_cell_with_the_change_that_closed_it() -> None:
    text = (
        "# X\n\n## Action items\n\n| Action | Status |\n|---|---|\n"
        "| Check the price list in CI | ✅ Done ([PR #88](https://example.com/pull/88)) |\n"
        "| Alert on the fallback | ✅ Done |\n| Review the vendor's limits | pending (waiting on vendor) |\n"
    )
    tasks = from_markdown(text).measures.tasks
    assert [task.status for task in tasks] == [TaskStatus.DONE, TaskStatus.DONE, TaskStatus.OPEN]
    assert tasks[0].link is not None and "pull/88" in tasks[0].link
    assert "waiting on vendor" in tasks[2].text
