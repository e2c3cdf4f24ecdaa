"""A "cc @team @other-team" line under the action items names who is sent the report: it is no task."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

TABLE = """\
# Retro: checkout button hidden on Android

## Action items

| # | Item | Owner | Due |
|---|---|---|---|
| 1 | Add a screenshot test for the checkout screen | Lea Brandt | 2026-05-02 |
| 2 | Alert on a drop in checkout starts per platform | Omar Haddad | 2026-05-09 |

cc @android-team @payments-leads
"""


def test_a_copy_line_under_the_table_is_kept_not_read_as_a_task() -> None:
    document = from_markdown(TABLE)
    assert [task.owner for task in document.measures.tasks] == ["Lea Brandt", "Omar Haddad"]
    assert any("cc @android-team" in section.body for section in document.extra_sections)
