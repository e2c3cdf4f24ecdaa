"""Tasks read from an action-items table: ``| Action | Owner | Due | Status |`` in whatever words a team uses.

Under the measures any table with a task's column is read; under another
section ("Lessons learned") only one with an action's column and an owner's,
so that a table listing who owns what printer stays a table.
"""

from __future__ import annotations

import re
from datetime import date

from app.formats.markdown_read.draft import Draft, TaskDraft
from app.formats.markdown_read.labels import DUE_LABELS, LINK_LABELS, OWNER_LABELS, STATUS_LABELS, without_mention
from app.formats.markdown_read.names import TASK_STATUSES
from app.formats.markdown_read.names_other_languages import TASK_COLUMNS as OTHER_LANGUAGES
from app.formats.markdown_read.status_by_whom import status_by_whom
from app.formats.markdown_read.status_marks import is_reference, marked_status, status_with_reference
from app.formats.markdown_read.tables import parse_table, table_cells, take_table
from app.formats.markdown_read.tokens import is_table_line, name_key
from app.formats.markdown_syntax import link_from_text, outside_fences
from app.model import TaskStatus
from app.text_pieces import between_pieces

TASK_TEXT_COLUMNS = (
    "action",
    "action item",
    "action items",
    "actions",
    "task",
    "tasks",
    "item",
    "description",
    "what",
    "text",
    "follow-up",
    "follow-ups",
    "follow up",
    "followup",
    "recommendation",
    "corrective action",
    "remediation",
    *OTHER_LANGUAGES["text"],  # "Maßnahme", "Tâche", "Acción"
    "name",  # a Notion database's title column
    # A tracker's list of issues: Datadog's and Jira's follow-ups ("| Title | Assignee | Due | Status |").
    *("title", "summary", "short description"),
)
# Outside the measures, a column must name actions to be done ("| Item | Owner |" may list who owns a printer).
_ACTION_COLUMNS = tuple(
    name
    for name in TASK_TEXT_COLUMNS
    if name not in ("item", "description", "what", "text", "name", "title", "summary", "short description")
)
# A cell holding only a ticket's key ("PTASK0102", "OPS-4821", "#212"): the task's number, not its text.
_TICKET_KEY = re.compile(r"#?[A-Za-z]{0,12}[-_]?\d{1,10}")
# "| Done |" ticked "Yes"/"No": a checkbox column, as a Notion database exports it.
_DONE_COLUMNS = ("done", "done?", "completed", "complete", "finished")
DONE_TICKS = {"yes": TaskStatus.DONE, "no": TaskStatus.OPEN, "true": TaskStatus.DONE, "false": TaskStatus.OPEN}
DONE_TICKS |= {"✓": TaskStatus.DONE, "✔": TaskStatus.DONE, "✅": TaskStatus.DONE, "x": TaskStatus.DONE}
# "**DONE**" (as the Google SRE book writes it in its Bug column) or a bare upper-case "DONE".
_STATUS_WORDS = "|".join(sorted((re.escape(name) for name in TASK_STATUSES), key=len, reverse=True))
# The status marker at a cell's end; searched for on the stripped cell, anchored at its end (a lazy
# "anything, then spaces" before it was retried at every position: quadratic on a long cell).
_STATUS_MARKER = re.compile(
    rf"(?:(?:\*\*|__)({_STATUS_WORDS})(?:\*\*|__)|(?<![^ \t])({_STATUS_WORDS}))$", re.IGNORECASE
)
# A status column's cell says its status alone: "WIP" there is work in progress (at a line's end, "[WIP]" may be a
# word of the task's).
_CELL_STATUSES = {**TASK_STATUSES, "wip": TaskStatus.IN_PROGRESS}
ROW_NUMBER_COLUMNS = ("#", "no.", "no", "nr", "nr.", "number", "n°", "item #", "#.")
_ROW_NUMBER = re.compile(r"\d{1,4}\.?|")
NO_LINK = ("", "n/a", "na", "n.a.", "none", "-", "--", "—", "–")
# A column naming who does the task in other words than the labels': "Responsible Person", "DRI", "Lead",
# "Accountable". Only as a table's column (read after the labels' own names): "Lead: …" written on a
# line may head anything.
OWNER_COLUMNS = (
    *OWNER_LABELS,
    *("responsible person", "person responsible", "responsible party", "responsible team", "responsibility"),
    *("assigned", "assigned person", "assigned team", "assigned owner", "task owner", "action by", "actioned by"),
    *("dri", "lead", "accountable", "accountable person", "owned by", "owner/team", "owning team", "team"),
    *("point of contact", "poc", "champion", "who's responsible", "who is responsible"),
    *OTHER_LANGUAGES["owner"],
)
# "Stand", "État", "Fälligkeit": a table's due date and status in other words than the labels'.
# "| For when |", "| Until when |": a due date asked as a question, as a French or Spanish writer puts it in English.
DUE_COLUMNS = (*DUE_LABELS, "for when", "until when", *OTHER_LANGUAGES["due"])
STATUS_COLUMNS = (*STATUS_LABELS, *OTHER_LANGUAGES["status"])


# Columns where a table without a status column says a task is done: "| Notes |" holding "Done".
_NOTE_COLUMNS = ("notes", "note", "comments", "comment", "remarks", "remark", "progress")


def _status_in_a_note(task: TaskDraft, notes: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The notes, but for a notes column's cell that is a status word alone ("Done", "In progress"): in a table
    with no status column, that is the task's status, as a reader takes it."""
    for index, (name, cell) in enumerate(notes):
        status = _CELL_STATUSES.get(name_key(cell)) if name_key(name) in _NOTE_COLUMNS and len(cell) <= 40 else None
        if status is not None:
            task.status = status
            return notes[:index] + notes[index + 1 :]
    return notes


def _owner_column(header: list[str]) -> int | None:
    """The owner's column: one named as the labels name an owner first ("Owner" before "Team"), then any other;
    "Owner(s)" is "Owner"."""
    names = [name.replace("(s)", "s") if name.endswith("(s)") else name for name in header]
    for choices in (OWNER_LABELS, OWNER_COLUMNS):
        found = next((i for i, name in enumerate(names) if name in choices), None)
        if found is not None:
            return found
    return None


def tasks_table(
    lines: list[str],
    tasks: list[TaskDraft],
    *,
    other_template: bool = True,
    day: date | None = None,
    measures: bool = False,
) -> list[str]:
    """Tasks from an action-items table; returns the table itself when it has no task column.

    A column the task has no field for (the SRE book's "Type"), or a due date
    or status that cannot be read, is kept in the task's text as
    "(Type: mitigate)": nothing is lost, and the items are not also kept as
    a second copy of the table.
    """
    from app.formats.markdown_read.task_due import due_date

    table = parse_table(lines)
    if table is None:
        return lines
    header, rows = table
    names = table_cells(lines[0])
    columns = {
        "text": _text_column(header, rows),
        "owner": _owner_column(header),
        "due": next((i for i, n in enumerate(header) if n in DUE_COLUMNS), None),
        "status": next((i for i, n in enumerate(header) if n in STATUS_COLUMNS), None),
        "link": next((i for i, n in enumerate(header) if n in LINK_LABELS), None),
    }
    if columns["status"] is None:
        done = next((i for i, n in enumerate(header) if n in _DONE_COLUMNS), None)
        if done is not None and all(_done_tick(row[done]) is not None for row in rows if row[done]):
            columns["status"] = done
    if columns["text"] is None and measures and other_template:
        columns["text"] = _unnamed_text_column(header, columns)
    titled = columns["text"] is None and measures and other_template and _issues_titled(columns["link"], rows)
    if titled:
        # "| Issue | Outcome |" with "#41 — alert on logged failures" in each row: the issue's title is the task,
        # its key the link.
        columns["text"], columns["link"] = columns["link"], None
    if columns["text"] is None:
        return lines
    used = set(columns.values())
    # A "#" or "No." column numbering the rows says nothing the order of the tasks does not.
    counts = [
        name in ROW_NUMBER_COLUMNS and all(_ROW_NUMBER.fullmatch(row[i]) for row in rows)
        for i, name in enumerate(header)
    ]
    for row in rows:
        between_pieces()  # a row takes a tenth of a millisecond or more to read
        task = TaskDraft(row[columns["text"]])
        if titled and (key := _ISSUE_TITLE.match(task.text)) is not None:
            task.link = link_from_text(key["key"])
        notes = [(names[i], row[i]) for i in range(len(header)) if i not in used and row[i] and not counts[i]]
        if columns["owner"] is not None:
            owner = row[columns["owner"]]
            task.owner = without_mention(owner) if other_template else owner
        status_read = False
        if (column := columns["status"]) is not None and row[column]:
            statuses = DONE_TICKS if header[column] in _DONE_COLUMNS else _CELL_STATUSES
            status = statuses.get(name_key(row[column])) or marked_status(row[column], statuses)
            status_read = status is not None
            if status is not None:
                task.status = status
            elif (closed := status_with_reference(row[column], statuses)) is not None:
                # "✅ Done ([PR #20605](…))": the status, and the change that closed the task as its link.
                task.status, status_read = closed[0], True
                if columns["link"] is None and is_reference(closed[1]):
                    task.link = link_from_text(closed[1])
                else:
                    notes.append((names[column], closed[1]))
            elif columns["owner"] is None and (by := status_by_whom(row[column], statuses)) is not None:
                task.status, task.owner = by  # "Done by sadams", "cmoore to write": the status and who
                notes.append((names[column], row[column]))
            else:
                notes.append((names[column], row[column]))
        if (column := columns["link"]) is not None:
            link, marker = _split_status_marker(row[column])
            if marker is not None and not status_read:
                task.status = marker
            elif marker is not None:
                link = row[column]
            if link.strip().lower() not in NO_LINK:
                task.link = link_from_text(link)
        if (column := columns["due"]) is not None and row[column]:
            task.due = due_date(row[column], day)
            if task.due is None:
                notes.append((names[column], row[column]))
        if columns["status"] is None:
            notes = _status_in_a_note(task, notes)
        if notes:
            task.text = f"{task.text} ({'; '.join(f'{name}: {value}' for name, value in notes)})".strip()
        tasks.append(task)
    return []


def _done_tick(cell: str) -> TaskStatus | None:
    """A "Done" column's cell as a status: "Yes", "x", "✅", "❌"."""
    return DONE_TICKS.get(name_key(cell)) or marked_status(cell, DONE_TICKS)


def _text_column(header: list[str], rows: list[list[str]]) -> int | None:
    """The column of the tasks' text: the first named as one, unless it holds only tickets' keys and another
    named as one follows ("| Task | Description |" with "PTASK0102" under "Task": the description is the task)."""
    named = [i for i, name in enumerate(header) if name in TASK_TEXT_COLUMNS]
    for column in named[:-1]:
        if not all(_TICKET_KEY.fullmatch(row[column].strip()) for row in rows if row[column].strip()):
            return column
    return named[-1] if named else None


# "#41 — alerting gap on …", "OPS-12: audit the role": an issue's key, then its title of two words or more.
_ISSUE_TITLE = re.compile(r"(?P<key>#?[A-Za-z]{0,12}[-_]?\d{1,10})[ \t]*[—–:-]?[ \t]+\S+[ \t]+\S")


def _issues_titled(column: int | None, rows: list[list[str]]) -> bool:
    """Whether ``column`` (an "Issue" column, read as the link) holds in every row an issue's key and its title."""
    cells = [row[column].strip() for row in rows] if column is not None else []
    return bool(cells) and all(_ISSUE_TITLE.match(cell) for cell in cells)


def _unnamed_text_column(header: list[str], columns: dict[str, int | None]) -> int | None:
    """In a measures section, "| Control | Type | Status |": the first column no field names is the measure,
    when another column is the measures' own (an owner, a due date, a status); a table of figures is not."""
    if columns["owner"] is None and columns["due"] is None and columns["status"] is None:
        return None
    used = set(columns.values())
    return next((i for i, name in enumerate(header) if i not in used and name not in ROW_NUMBER_COLUMNS), None)


def _split_status_marker(cell: str) -> tuple[str, TaskStatus | None]:
    """A cell without its trailing status marker (``Bug 123 **DONE**``), and that status."""
    stripped = cell.rstrip(" \t")
    match = _STATUS_MARKER.search(stripped)
    if match is None or (match.group(2) is not None and not match.group(2).isupper()):
        return cell, None  # "see the docs": a lower-case word is text, not a marker.
    return stripped[: match.start()].rstrip(" \t"), TASK_STATUSES[name_key(match.group(1) or match.group(2))]


def owned_task_tables(draft: Draft, lines: list[str]) -> list[str]:
    """``lines`` without the action-items tables they hold, whose rows become tasks: a table with a
    task's column ("Action", "Recommendation") and an owner's, under "Lessons learned" or any other
    section than the measures, is the actions a careful reader takes from it."""
    if not any(line.lstrip().startswith("|") for line in lines):
        return lines
    flags = outside_fences(lines)
    out: list[str] = []
    index = 0
    while index < len(lines):
        if not flags[index] or not is_table_line(lines[index]):
            out.append(lines[index])
            index += 1
            continue
        table, index = take_table(lines, index)  # read in place: a copy per table was quadratic
        parsed = parse_table(table)
        owned = parsed is not None and _owner_column(parsed[0]) is not None
        if owned and any(name in _ACTION_COLUMNS for name in parsed[0]):  # type: ignore[index]
            out.extend(tasks_table(table, draft.measures.tasks, day=draft.day))
        else:
            out.extend(table)
    return out
