"""A team named in bold before a task, beside people named so: "**DevOps**: Improve rollback automation [Jan 22]".

In "- **Sarah**: Update load testing requirements [Jan 15]" over "- **DevOps**: Improve rollback automation
[Jan 22]" the list writes who does what, each with a due day in brackets; a reader takes "DevOps" as the owner
of its line as "Sarah" is of hers, though "DevOps" is no person's name (``task_leads.bold_name_leading`` reads
only names). Alone, "**Monitoring**: add alerts [Jan 3]" is the kind of work, and stays as written.
"""

from __future__ import annotations

import re
from datetime import date

from app.formats.markdown_read.draft import TaskDraft
from app.formats.markdown_read.names import section_key
from app.formats.markdown_read.task_due import due_date
from app.formats.markdown_read.task_leads import KIND_OF_WORK
from app.formats.markdown_read.task_recurring_leads import recurring_team_leads

# "**DevOps**: …", "**Platform team**: …": one to three words in bold, then the colon outside the bold; the
# task's due day in brackets closes the line.
_TEAM_LEAD = re.compile(
    r"(?:\*\*|__)(?P<who>[A-Z][\w&/-]{1,24}(?:[ \t][\w&/-]{1,24}){0,2})(?:\*\*|__)[ \t]*:[ \t]+(?=\S)"
)
_BRACKETED_DUE = re.compile(r"\[(?P<date>[^\[\]]{3,30})\][ \t]{0,8}\.?$")
_TAIL = 48


def team_owners_beside_people(tasks: list[TaskDraft], day: date | None) -> None:
    """Each task of ``tasks`` (one section's) led by a team in bold and closed by a bracketed due day gets that
    team as its owner, when another task of the list has both an owner and a due day, written so."""
    if not any(task.owner and task.due for task in tasks):
        return
    for task in tasks:
        if task.owner or task.due or (lead := _TEAM_LEAD.match(task.text)) is None:
            continue
        tail_start = max(lead.end(), len(task.text) - _TAIL)
        if (bracketed := _BRACKETED_DUE.search(task.text, tail_start)) is None:
            continue
        who = lead["who"].strip()
        if any(KIND_OF_WORK.search(word) for word in who.split()) or section_key(who):
            continue  # "**Monitoring**: add alerts [Jan 3]": the kind of work, not who
        if (due := due_date(bracketed["date"], day)) is None:
            continue
        text = task.text[lead.end() : bracketed.start()].rstrip()
        task.text, task.owner, task.due = text[:1].upper() + text[1:], who, due


def team_owners(tasks: list[TaskDraft], day: date | None) -> None:
    """The teams leading ``tasks`` (one section's) as their owners: in bold beside people named so, or written
    before "will" or "to" item after item (``task_recurring_leads``)."""
    team_owners_beside_people(tasks, day)
    recurring_team_leads(tasks)
