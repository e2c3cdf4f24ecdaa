"""One task of the measures read from its list item: its checkbox or written status, its kind, and the
"Owner:/Due:/Status:/Link:" bullets under it or the details on its own line.

What is not understood is handed back to the caller, which keeps it in the section as written. A bold group
name over bullets ("**Monitoring**" over "- Alert on …") makes each bullet a task of its own.
"""

from __future__ import annotations

import re
from datetime import date

from app.formats.markdown_read.draft import TaskDraft
from app.formats.markdown_read.labels import DUE_LABELS, LINK_LABELS, OWNER_LABELS, STATUS_LABELS
from app.formats.markdown_read.status_marks import written_status
from app.formats.markdown_read.tokens import Item, parse_items, split_label
from app.formats.markdown_syntax import link_from_text
from app.model import TaskStatus
from app.text_pieces import between_pieces

_MEASURE_KIND = re.compile(r"(?:\*\*|__)(?P<kind>[A-Za-z][A-Za-z -]{2,30}?):?(?:\*\*|__):?[ \t]+(?=\S)")
_MEASURE_KINDS = frozenset(
    (
        *("corrective", "preventive", "preventative", "mitigation", "mitigate", "prevent", "detection", "detect"),
        *("repair", "process", "investigate", "follow-up", "short-term", "long-term", "immediate", "fix"),
    )
)
# "**Secrets management**", "**Monitoring** (Priority: HIGH)": a bold name over its own list of tasks.
_GROUP_NAME = re.compile(r"(?:\*\*|__)[^*_\n]{1,80}(?:\*\*|__)[ \t]*:?(?:[ \t]*\([^()\n]{0,60}\))?")
_LONGEST_GROUP_NAME = 200
# "**Add Disk Alerts:**", "**Add Disk Alerts**:": a title that announces what follows.
_COLON_TITLE = re.compile(r"(?:\*\*|__)[^*_\n]{1,80}(?::(?:\*\*|__)|(?:\*\*|__)[ \t]*:)")
# A list's only words that there is nothing to list: "N/A", "None".
_NOTHING_LISTED = frozenset(("n/a", "na", "none", "nil", "nothing", "none so far", "none yet"))
# "- [ ] Add a check", "- [x] Rotate the key": a box to tick, which makes an item a task wherever it is listed.
CHECKBOX = re.compile(r"\[([ xX])\](?:[ \t]+|$)")


def _leads_into_its_bullets(body: list[str]) -> bool:
    """Whether the item's own text, under its line and before its first bullet, ends with a colon."""
    told = ""
    for child in parse_items(body):
        if isinstance(child, Item):
            return told.endswith(":")
        told = child.strip() or told
    return False


def read_task(item: Item, tasks: list[TaskDraft], *, inline: bool = False, day: date | None = None) -> list[str]:
    """Append the task ``item`` describes; returns the lines of it that are not understood."""
    between_pieces()  # a task takes about half a millisecond to read: 20,000 of them 10 s
    # Imported by the first document with a task: a document without one needs none of it.
    from app.formats.markdown_read.task_due import due_date
    from app.formats.markdown_read.task_segments import details_on_the_line
    from app.formats.markdown_read.task_status_leads import status_leading

    text, status = item.head, None
    # "- N/A" under "Recommendations": the list says there is none. (Not in the editor's own layout, whose
    # every item is a task someone wrote: a task named "n/a" saved as Markdown must come back.)
    if inline and not item.body and text.strip().strip("*_.").lower() in _NOTHING_LISTED:
        return []
    checkbox = CHECKBOX.match(text)
    if checkbox:
        text = text[checkbox.end() :]
        status = TaskStatus.DONE if checkbox.group(1) in "xX" else TaskStatus.OPEN
    if inline and status is None and (lead := status_leading(text)) is not None:
        text, status = lead  # "**Done:** extend the lint …", "[in progress] write the runbook"
    kind = _MEASURE_KIND.match(text) if inline else None
    if kind is not None and kind.group("kind").lower() in _MEASURE_KINDS:
        text = text[kind.end() :]
    else:
        kind = None
    body = item.body
    if inline and body and all(isinstance(child, str) and child.strip() for child in parse_items(body)):
        # "2. Run migrations through the tool instead of\n   plain ALTER (owner: Kofi, due …)": the item's line
        # wrapped, its details at the end of the wrapped part.
        text, body = " ".join([text, *(line.strip() for line in body)]), []
    task = TaskDraft(text, status or TaskStatus.OPEN)
    if not body and (inline or (checkbox and text.rstrip().endswith(")"))):
        # "- [ ] Write the manifest (Awa, by 19/02/2024)": a box's closing group of details is read in any layout.
        details_on_the_line(text, task, day)
    if kind is not None:
        # "**Corrective:** Ask the PSP …": the task's kind has no field; it follows the text, as a table's
        # "Type" column does, so the text starts with what is to be done.
        task.text = f"{task.text} ({kind.group('kind')})"
    leftover: list[str] = []
    extra_text: list[str] = []
    grouped: list[Item] = []  # the tasks listed under a bold group name
    status_read = False  # a "Status:" line counts once (a checkbox before it gives way to it)
    # "2. **Cleanup Job:**" over its bullets: a numbered title ending in a colon counts one task, and its
    # bullets tell what it means ("1. **Hooks** (Priority: HIGH)" with no colon names a group of tasks).
    titled = inline and item.marker[:1].isdigit() and _COLON_TITLE.fullmatch(item.head.strip()[:_LONGEST_GROUP_NAME])
    # "1. **Deeper monitoring**" over "We plan to alert on:" over its bullets: the item's own words lead into them,
    # so they tell this one task, as a colon in the title says (a bold name alone over bullets names a group).
    titled = titled or (inline and item.marker[:1].isdigit() and _leads_into_its_bullets(body))
    for child in parse_items(body):
        if isinstance(child, str):
            if child.strip():
                extra_text.append(child.strip())
            continue
        key, value = split_label(child.head) or ("", "")
        # Each detail once: a second "Owner:" stays as written rather than replacing the first.
        if key in OWNER_LABELS and not child.body and task.owner is None:
            task.owner = value
        elif key in DUE_LABELS and not child.body and task.due is None and (due := due_date(value, day)) is not None:
            task.due = due
        elif key in STATUS_LABELS and not child.body and not status_read and (status := written_status(value)):
            task.status, status_read = status, True
        elif key in LINK_LABELS and not child.body and task.link is None:
            task.link = link_from_text(value)
        elif titled and not child.body:
            extra_text.append(child.head.strip())
        elif _GROUP_NAME.fullmatch(item.head.strip()[:_LONGEST_GROUP_NAME]):
            grouped.append(child)  # "1. **Monitoring**" over "- Alert on …": each bullet is a task of the group
        else:
            leftover.extend(child.raw)
    if extra_text:
        task.text = " ".join([task.text, *extra_text]).strip()  # Lazy continuation of the task's own line.
    tasks.append(task)
    for child in grouped:
        leftover.extend(read_task(child, tasks, inline=inline, day=day))
    return leftover
