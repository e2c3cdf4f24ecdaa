"""A checklist under a heading of no known name ("### Automation Status") lists tasks, done or open."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown
from app.model import TaskStatus

_REPORT = """# Deploy cascade

## Summary

Deploys failed for a day on 4 May 2025.

## Integration

### Related lessons
- Builds on the clean-build lesson

### Automation Status
- [x] Token audit script: ready for use
- [ ] Auto-rollback: needs implementation
- [ ] Health monitor: needs an owner
"""


def test_checklist_under_an_unknown_heading_gives_tasks() -> None:
    document = from_markdown(_REPORT)
    assert [(task.status, task.text.split(":")[0]) for task in document.measures.tasks] == [
        (TaskStatus.DONE, "Token audit script"),
        (TaskStatus.OPEN, "Auto-rollback"),
        (TaskStatus.OPEN, "Health monitor"),
    ]
    kept = "\n".join(section.body for section in document.extra_sections)
    assert "Builds on the clean-build lesson" in kept
    assert "Auto-rollback" not in kept


def test_a_single_box_or_a_fenced_template_is_no_checklist() -> None:
    text = _REPORT.replace(
        "- [x] Token audit script: ready for use\n- [ ] Auto-rollback: needs implementation\n"
        "- [ ] Health monitor: needs an owner\n",
        "- [ ] Auto-rollback: needs implementation\n\n```markdown\n- [ ] Step one\n- [ ] Step two\n```\n",
    )
    assert not from_markdown(text).measures.tasks
