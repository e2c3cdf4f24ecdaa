"""A plain list of measures, named as measures: the improvements, not tasks.

Under "## Corrective and Preventive Measures" (or "## Prevention", "## What we will change", "## Maßnahmen") a report
often writes one plain list, with no "Improvements:" or "Tasks:" over it: "Give a max size of files.", "Enable Error
Logging: ensure that error logging is always enabled…", "Sensitive operations would need approval from the lead.".
Nobody owns its items, none has a date or a box to tick, and no line names them as tasks: a careful reader files
them as the improvements (the answer keys of three rounds of real post-mortems read eleven such lists so, and none
as tasks). A list under "Action items" or "Next steps", a checklist, one a line names as the tasks ("Tasks:",
"Action items for this week:"), or one most of whose items say who, when, where or how far, stays the tasks it was
read as; under "## Plan", a list of what the team says, in its own words, it will do ("We still plan to publish
an offsite status page") is the measures too. In a list of plain items, the odd item that does say so ("Disable the
release tool. (Completed)") stays a task: work tracked, next to the measures.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.draft import Draft, Section
from app.formats.markdown_read.names import plain_name

# A heading naming the measures in general ("Corrective and Preventive Measures", "Prevention", "What we will
# change", "Mesures correctives", "再発防止策"), with no word naming work to assign ("Action items", "Tasks").
_GENERIC = re.compile(
    r"\b(?:measures?|prevention|prevent(?:ing)?|preventive|preventative|what[ \t]+we(?:[ \t]+will|'ll)[ \t]+change"
    # German, French, Spanish, Portuguese, Italian, Dutch, Polish, Swedish
    r"|\w*maßnahmen|mesures?|medidas?|misure|maatregelen|prävention\w*|vorbeugung|prévention"
    r"|prevenci(?:ón|ones)|prevenç(?:ão|ões)"
    r"|prevenzione|zapobieganie|działania[ \t]+zapobiegawcze|förebyggande[ \t]+åtgärder)\b"
    # Japanese, Chinese, Korean: measures against recurrence, preventive measures, countermeasures
    r"|再発防止|対策|预防措施|防范措施|改进措施|대책|재발[ \t]*방지",
)
_TASK_WORDS = re.compile(
    r"\b(?:actions?|tasks?|to-?dos?|follow[- ]?ups?|next[ \t]+steps|owners?|items?|plan|checklist"
    r"|aufgaben|aktionspunkte|tâches|à[ \t]+faire|tareas|acciones|azioni|ações|acties|actiepunten|zadania)\b"
)
# A line naming the list below as the work to do: "Action items:", "Tasks to address the issue:", "TODO:",
# "Next steps for this week:". ("The following are actions we took:" names no such list: the measures, as done.)
_NAMES_TASKS = re.compile(r"\b(?:action[ \t]+items?|tasks?|to-?dos?|next[ \t]+steps|follow[- ]?ups?)\b", re.IGNORECASE)
# "## Plan" over "1) We still plan to publish an offsite status page …": what the team says it will do, told in
# its own words, is the measures; "## Plan" over "- Add a canary" may be the work to assign, and stays the tasks.
_PLANS = re.compile(r"(?:(?:the|our|future)[ \t]+)?plans?")
_TEAM_SPEAKS = re.compile(r"\b(?:we|our|we've|we're|we'll|we’ve|we’re|we’ll)\b", re.IGNORECASE)
_HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]")
_CHECKBOX = re.compile(r"[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\[[ xX]\]")
_LINES_LOOKED_AT = 200
_LABEL_LOOKED_AT = 200  # a line naming a list says so in its first words


def measures_named_as_such(draft: Draft, section: Section, tasks_before: int, improvements_before: int) -> None:
    """The tasks ``section`` gave (from ``tasks_before`` on) as improvements, when they are a plain list of measures.

    ``improvements_before``: the improvements before the section was read (a section that gave improvements of
    its own split its lists already)."""
    measures = draft.measures
    read = measures.tasks[tasks_before:]
    if not draft.other_template or not read or len(measures.improvements) != improvements_before:
        return
    name = plain_name(section.heading)
    told = _PLANS.fullmatch(name) is not None and all(_TEAM_SPEAKS.search(task.text[:2000]) for task in read)
    if not told and (not _GENERIC.search(name) or _TASK_WORDS.search(name)):
        return
    lines = section.lines[:_LINES_LOOKED_AT]
    if any(_CHECKBOX.match(line) or _names_tasks(line) for line in lines):
        return
    tracked = [task for task in read if task.tracked()]
    if 2 * len(tracked) >= len(read):
        return  # most items say who does them, by when, or how far they are: the tasks, as written
    measures.improvements.extend(task.text for task in read if not task.tracked())
    measures.tasks[tasks_before:] = tracked


def _names_tasks(line: str) -> bool:
    """Whether ``line`` names a list as the tasks: a sub-heading ("### Immediate Actions"), or a label ending its
    line or opening it ("**Tasks:**", "A list of tasks to address the issue:", "TODO: raise the pool")."""
    head = line[:_LABEL_LOOKED_AT].strip()
    if _HEADING.match(line):
        return _TASK_WORDS.search(plain_name(head.lstrip("#"))) is not None
    stripped = head.strip("*_ \t").rstrip()
    label = stripped[:-1] if stripped.endswith(":") else stripped.partition(":")[0] if ":" in stripped else ""
    label = label.lstrip("-*+ \t").strip("*_ \t")
    return bool(label) and _NAMES_TASKS.search(label) is not None
