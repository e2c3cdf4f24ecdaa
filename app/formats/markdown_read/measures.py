"""Reading Corrective and Preventative Measures: improvements and tasks, in lists or tables.

Tasks are read from the reference's nested "Owner:/Due:/Status:/Link:"
bullets, from checkboxes, from an action-items table, and (in other
templates) from details written on the task's own line. A detail that
cannot be read stays in the task's text.
"""

from __future__ import annotations

import re
from typing import Any

from app.formats.markdown_read.draft import Draft, Section, TaskDraft
from app.formats.markdown_read.labels import DUE_LABELS, LINK_LABELS, OWNER_LABELS, STATUS_LABELS, without_mention
from app.formats.markdown_read.names import TASK_STATUSES
from app.formats.markdown_read.tables import parse_table, table_cells, take_table
from app.formats.markdown_read.tokens import (
    Item,
    heading_of,
    is_table_line,
    labelled_paragraphs,
    name_key,
    parse_items,
    split_label,
)
from app.formats.markdown_syntax import link_from_text
from app.model import TaskStatus
from app.timefmt import parse_date

_IMPROVEMENT_LABELS = ("improvements", "improvement", "preventative measures", "preventive measures", "lessons")
_TASK_LABELS = ("tasks", "task", "action items", "actions", "follow-ups", "todo")
# Labels written as sentences: "Things that can be improved/fixed:", "Tasks to address the issue (TODO):".
_TASK_WORDS = re.compile(r"\b(?:tasks?|to-?dos?|action items?|actions|next steps|follow[- ]?ups?)\b")
_IMPROVEMENT_WORDS = re.compile(r"\b(?:improv\w*|fix(?:es|ed)?|prevent\w*|lessons?)\b")


def _measure_part(key: str, head: str) -> str | None:
    """Which list a label in the measures introduces: "improvements", "tasks", or None.

    Words inside a label count only when it ends its line with a colon: "Fix the
    typo" alone is a task, and so is "**Preventive:** Add a smoke test"; "Things
    that can be improved/fixed:" introduces the improvements below it.
    """
    if key in _IMPROVEMENT_LABELS:
        return "improvements"
    if key in _TASK_LABELS:
        return "tasks"
    if not head.strip().rstrip("*_").rstrip().endswith(":"):
        return None
    if _TASK_WORDS.search(key):
        return "tasks"
    return "improvements" if _IMPROVEMENT_WORDS.search(key) else None


_LETTERED = re.compile(r"[ \t]{0,3}([a-z][.)])[ \t]+(?=\S)")
_MEASURE_KIND = re.compile(r"(?:\*\*|__)(?P<kind>[A-Za-z][A-Za-z -]{2,30}?):?(?:\*\*|__):?[ \t]+(?=\S)")
_MEASURE_KINDS = frozenset(
    (
        *("corrective", "preventive", "preventative", "mitigation", "mitigate", "prevent", "detection", "detect"),
        *("repair", "process", "investigate", "follow-up", "short-term", "long-term", "immediate", "fix"),
    )
)
_CHECKBOX = re.compile(r"\[([ xX])\](?:[ \t]+|$)")


def read_measures(draft: Draft, section: Section) -> None:
    measures, leftover = draft.measures, []
    entries = parse_items(section.lines)
    if draft.other_template:
        # "**Improvements:**" and "**Tasks:**" written as paragraphs, each above its list.
        entries = labelled_paragraphs(entries, lambda key, head: _measure_part(key, head) is not None)
    under_improvements = False  # After an "### Improvements" sub-heading, plain items are improvements.
    index = 0
    while index < len(entries):
        entry = entries[index]
        index += 1
        if isinstance(entry, str):
            heading = heading_of(entry)
            if heading is not None:
                under_improvements = name_key(heading[1]) in _IMPROVEMENT_LABELS
                if not under_improvements and name_key(heading[1]) not in _TASK_LABELS:
                    leftover.append(entry)
            elif is_table_line(entry):
                table, index = take_table(entries, index - 1)
                leftover.extend(_tasks_table(table, measures.tasks, other_template=draft.other_template))
            elif draft.other_template and (lettered := _LETTERED.match(entry)) is not None:
                # "a. Change the script. Responsible: vendor. Target: 30 Nov 2023.": a lettered list, as
                # plain-text reports write one, each line a task (Markdown has no lettered lists).
                leftover.extend(
                    _task(Item(lettered.group(1), entry[lettered.end() :], [], [entry]), measures.tasks, inline=True)
                )
            else:
                leftover.append(entry)
            continue
        key, value = split_label(entry.head) or ("", "")
        part = _measure_part(key, entry.head) if draft.other_template else None
        if part is not None and key not in _IMPROVEMENT_LABELS + _TASK_LABELS:
            leftover.append(entry.head)  # a label written as a sentence: its words are the author's, kept
        if key in _IMPROVEMENT_LABELS or part == "improvements":
            nested = parse_items(entry.body)
            if value:
                measures.improvements.append(value)
            for child in nested:
                if isinstance(child, Item):
                    measures.improvements.append(child.text)
                else:
                    leftover.append(child)
        elif key in _TASK_LABELS or part == "tasks":
            for child in parse_items(entry.body):
                if isinstance(child, Item):
                    leftover.extend(_task(child, measures.tasks, inline=draft.other_template))
                else:
                    leftover.append(child)
        elif under_improvements:
            measures.improvements.append(entry.text)
        else:
            # A plain list under an "Action Items" heading: each item is a task.
            leftover.extend(_task(entry, measures.tasks, inline=draft.other_template))
    draft.keep(section, leftover)


def _task(item: Item, tasks: list[TaskDraft], *, inline: bool = False) -> list[str]:
    """Append the task ``item`` describes; returns the lines of it that are not understood."""
    text, status = item.head, None
    checkbox = _CHECKBOX.match(text)
    if checkbox:
        text = text[checkbox.end() :]
        status = TaskStatus.DONE if checkbox.group(1) in "xX" else TaskStatus.OPEN
    kind = _MEASURE_KIND.match(text) if inline else None
    if kind is not None and kind.group("kind").lower() in _MEASURE_KINDS:
        text = text[kind.end() :]
    else:
        kind = None
    task = TaskDraft(text, status or TaskStatus.OPEN)
    if inline and not item.body:
        _inline_details(text, task)
    if kind is not None:
        # "**Corrective:** Ask the PSP …": the task's kind has no field; it follows the text, as a table's
        # "Type" column does, so the text starts with what is to be done.
        task.text = f"{task.text} ({kind.group('kind')})"
    leftover: list[str] = []
    extra_text: list[str] = []
    status_read = False  # a "Status:" line counts once (a checkbox before it gives way to it)
    for child in parse_items(item.body):
        if isinstance(child, str):
            if child.strip():
                extra_text.append(child.strip())
            continue
        key, value = split_label(child.head) or ("", "")
        # Each detail once: a second "Owner:" stays as written rather than replacing the first.
        if key in OWNER_LABELS and not child.body and task.owner is None:
            task.owner = value
        elif key in DUE_LABELS and not child.body and task.due is None and (due := parse_date(value)) is not None:
            task.due = due
        elif key in STATUS_LABELS and not child.body and not status_read and name_key(value) in TASK_STATUSES:
            task.status, status_read = TASK_STATUSES[name_key(value)], True
        elif key in LINK_LABELS and not child.body and task.link is None:
            task.link = link_from_text(value)
        else:
            leftover.extend(child.raw)
    if extra_text:
        task.text = " ".join([task.text, *extra_text]).strip()  # Lazy continuation of the task's own line.
    tasks.append(task)
    return leftover


# "[JIRA-123](https://...)", "[#42](...)": a link whose text is a ticket id names the task's ticket.
_TICKET_LINK = re.compile(r"\[(?:[A-Z][A-Z0-9_]{0,19}-\d{1,9}|#\d{1,9})\]\([^()\s]{1,500}\)")
_WHOLE_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\((https?://[^()\s]{1,500})\)")
_AUTOLINK = re.compile(r"<https?://[^\s<>]{1,500}>|https?://[^\s<>()]{1,500}")


def _inline_details(text: str, task: TaskDraft) -> None:
    """Owner, due date, status and ticket written on a task's own line, and the text without them.

    Read: a ticket link or web address at the end, and before it a
    parenthesised group in which every part is a detail the task has a field
    for, as in "Add index (owner: Ana, due 2024-05-10) [JIRA-123](https://...)".
    Anything else (a group with other words, a link in mid-sentence) stays
    in the text, as written.
    """
    details: dict[str, Any] = {}
    rest = text.rstrip()
    last_space = max(rest.rfind(" "), rest.rfind("\t"))
    tail = rest[last_space + 1 :]
    if last_space > 0 and (_TICKET_LINK.fullmatch(tail) or _AUTOLINK.fullmatch(tail)):
        details["link"], rest = link_from_text(tail), rest[:last_space].rstrip()
    opening = rest.rfind("(")
    if opening > 0 and rest.endswith(")") and (fields := _detail_fields(rest[opening + 1 : -1])):
        details.update(fields)
        rest = rest[:opening].rstrip()
    if "owner" not in details and (found := _written_owner(rest)) is not None:
        # "... renewal. Owner: Rohit Menon, by 30 Aug 2024." or "... rotation hook @Marco Bianchi"
        rest, fields = found
        details.update({name: value for name, value in fields.items() if name not in details})
    whole_link = _WHOLE_LINK.fullmatch(rest) if "link" not in details else None
    if whole_link is not None:
        # "[Add canary deploys](https://tracker/RT-1)": the text is the task, the address its link.
        details["link"], rest = whole_link.group(2), whole_link.group(1)
    if details:
        details["text"] = rest
        for name, value in details.items():
            setattr(task, name, value)


def _detail_fields(group: str) -> dict[str, Any] | None:
    """``owner: Ana, due 2024-05-10`` as task fields; ``None`` unless every part is understood."""
    fields: dict[str, Any] = {}
    # Semicolons, when used, separate the parts: then a date may hold a comma ("due: March 3, 2025").
    for part in group.split(";" if ";" in group else ","):
        label = split_label(part.strip())
        key, value = label if label and label[1] else _word_and_rest(part)
        if _MENTION.fullmatch(part.strip()) and "owner" not in fields:
            fields["owner"] = without_mention(part)  # "(@bkowal, due 2024-09-06)", Mozilla's "(:bhughes)"
        elif key in OWNER_LABELS and value and "owner" not in fields:
            fields["owner"] = without_mention(value)
        elif key in DUE_LABELS and (due := parse_date(value)) is not None and "due" not in fields:
            fields["due"] = due
        elif key in STATUS_LABELS and name_key(value) in TASK_STATUSES and "status" not in fields:
            fields["status"] = TASK_STATUSES[name_key(value)]
        elif _PERSON.fullmatch(part.strip()) and "owner" not in fields and len(group.split(",")) == 2:
            fields["owner"] = part.strip()  # "(Mia Kowalski, 10 July 2024)": a name beside a date
        elif "due" not in fields and "owner" in fields and (due := parse_date(part.strip())) is not None:
            fields["due"] = due
        elif name_key(part) in TASK_STATUSES and "status" not in fields:
            fields["status"] = TASK_STATUSES[name_key(part)]  # "We have added a validation rule. (Completed)"
        else:
            return None
    return fields


# A person's name written plainly: "Mia Kowalski", "Jean-Luc O'Neil".
_PERSON = re.compile(r"[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){1,2}")
# A person's handle as chat tools and trackers write it: "@bkowal", "@m.reyes", Mozilla's ":bhughes".
_MENTION = re.compile(r"[@:][A-Za-z][\w.-]{0,38}")
# "Owner: Rohit Menon, by 30 Aug 2024." closing a task's line, after its sentence or a dash.
_OWNER_LABEL = re.compile(r"(?:owner|responsible|assignee):[ \t]*", re.IGNORECASE)


def _written_owner(text: str) -> tuple[str, dict[str, Any]] | None:
    """The owner (and due date) written at the end of a task's line, and the text before them."""
    label = None
    for found in _OWNER_LABEL.finditer(text):
        label = found  # the last one
    before = text[: label.start()].rstrip(" \t") if label is not None else ""
    # After a sentence ("… renewal. Owner: …") or a dash ("… renewal — Owner: …"), not inside a phrase.
    if label is not None and before and before[-1] in ".;!?-–—" and before != text[: label.start()]:
        fields = _owner_and_due(text[label.end() :].strip().rstrip(".").strip())
        if fields is not None:
            return before.rstrip(" \t-–—"), fields
    at = text.rfind(" @")
    before = text[:at].split()[-1:] if at > 0 else []
    if at > 0 and not (before and before[0].lower() in _LEADS_TO_A_PERSON):
        fields = _mention_and_due(text[at + 1 :].strip())
        if fields is not None:
            return text[:at].rstrip(" \t-–—"), fields  # "… explicitly — @kenji — due 2024-11-26"
    return None


# "Follow up with @alice": a mention the sentence needs, not the task's owner.
_LEADS_TO_A_PERSON = frozenset(
    ["with", "and", "or", "to", "by", "for", "from", "ask", "asking", "ping", "tell", "cc", "via", "of"]
)


# What ends an owner's name before a due date: "Rohit Menon, by …", "Omar Haddad. Due: …", "Ana — due …".
# The mark alone: spaces round it are stripped in code (a leading run tried at each of its positions
# by ``finditer`` was quadratic over a run of spaces).
_OWNER_END = re.compile(r"[,;·]|\.(?=[ \t])|(?<=[ \t])[-–—](?=[ \t])")


_TITLE_END = re.compile(r"(?:^|[ \t])(?:[A-Z]|Dr|Mr|Mrs|Ms|Mx|Sgt|Lt|Capt|Col|Prof|Insp|Supt)\.$")


def _owner_and_due(tail: str) -> dict[str, Any] | None:
    """``Rohit Menon, by 30 Aug 2024`` or ``Rohit Menon``: an owner, then perhaps a due date."""
    # "Sgt. Alan Reyes", "J. Okonjo": a title's or an initial's full stop is not the end of the name.
    cut = next(
        (
            found
            for found in _OWNER_END.finditer(tail)
            if not _TITLE_END.search(tail[max(0, found.start() - 5) : found.start() + 1])
        ),
        None,
    )
    owner, rest = (tail[: cut.start()].rstrip(" \t"), tail[cut.end() :].lstrip(" \t")) if cut else (tail, "")
    if not owner.strip() or len(owner.split()) > 4:
        return None
    fields: dict[str, Any] = {"owner": without_mention(owner)}
    if rest.strip():
        key, value = split_label(rest.strip()) or _word_and_rest(rest)
        due = parse_date(value) if key in DUE_LABELS else parse_date(rest.strip())
        if due is None:
            return None
        fields["due"] = due
    return fields


def _mention_and_due(tail: str) -> dict[str, Any] | None:
    """``@asmith``, ``@Marco Bianchi`` or ``@Sofia Lind April 20, 2024``: a mention closing the line."""
    words = tail.split()
    if not words or not _MENTION.fullmatch(words[0]) or not words[0].startswith("@"):
        return None
    name, rest = [words[0][1:]], words[1:]
    # A mention of a full name ("@Marco Bianchi", as Notion writes one) takes the capitalised word after it.
    if rest and name[0][:1].isupper() and rest[0][:1].isupper() and rest[0].isalpha() and parse_date(rest[0]) is None:
        name.append(rest.pop(0))
    fields: dict[str, Any] = {"owner": " ".join(name)}
    if rest and rest[0] in ("-", "–", "—", ",", "·"):
        rest = rest[1:]
    if rest and rest[0].lower().rstrip(":") in ("due", "by"):
        rest = rest[1:]
    if rest:
        due = parse_date(" ".join(rest))
        if due is None:
            return None
        fields["due"] = due
    return fields


def _word_and_rest(part: str) -> tuple[str, str]:
    """``due 2024-05-10`` as ``("due", "2024-05-10")``."""
    word, _, rest = part.strip().partition(" ")
    return word.lower(), rest.strip()


_TASK_TEXT_COLUMNS = (
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
)
# "**DONE**" (as the Google SRE book writes it in its Bug column) or a bare upper-case "DONE".
_STATUS_WORDS = "|".join(sorted((re.escape(name) for name in TASK_STATUSES), key=len, reverse=True))
# The status marker at a cell's end; searched for on the stripped cell, anchored at its end (a lazy
# "anything, then spaces" before it was retried at every position: quadratic on a long cell).
_STATUS_MARKER = re.compile(
    rf"(?:(?:\*\*|__)({_STATUS_WORDS})(?:\*\*|__)|(?<![^ \t])({_STATUS_WORDS}))$", re.IGNORECASE
)
_ROW_NUMBER_COLUMNS = ("#", "no.", "no", "nr", "nr.", "number", "n°", "item #", "#.")
_ROW_NUMBER = re.compile(r"\d{1,4}\.?|")
_NO_LINK = ("", "n/a", "na", "n.a.", "none", "-", "--", "—", "–")


def _tasks_table(lines: list[str], tasks: list[TaskDraft], *, other_template: bool = True) -> list[str]:
    """Tasks from an action-items table; returns the table itself when it has no task column.

    A column the task has no field for (the SRE book's "Type"), or a due date
    or status that cannot be read, is kept in the task's text as
    "(Type: mitigate)": nothing is lost, and the items are not also kept as
    a second copy of the table.
    """
    table = parse_table(lines)
    if table is None:
        return lines
    header, rows = table
    names = table_cells(lines[0])
    columns = {
        "text": next((i for i, n in enumerate(header) if n in _TASK_TEXT_COLUMNS), None),
        "owner": next((i for i, n in enumerate(header) if n in OWNER_LABELS), None),
        "due": next((i for i, n in enumerate(header) if n in DUE_LABELS), None),
        "status": next((i for i, n in enumerate(header) if n in STATUS_LABELS), None),
        "link": next((i for i, n in enumerate(header) if n in LINK_LABELS), None),
    }
    if columns["text"] is None:
        return lines
    used = set(columns.values())
    # A "#" or "No." column numbering the rows says nothing the order of the tasks does not.
    counts = [
        name in _ROW_NUMBER_COLUMNS and all(_ROW_NUMBER.fullmatch(row[i]) for row in rows)
        for i, name in enumerate(header)
    ]
    for row in rows:
        task = TaskDraft(row[columns["text"]])
        notes = [(names[i], row[i]) for i in range(len(header)) if i not in used and row[i] and not counts[i]]
        if columns["owner"] is not None:
            owner = row[columns["owner"]]
            task.owner = without_mention(owner) if other_template else owner
        status_read = False
        if (column := columns["status"]) is not None and row[column]:
            status_read = name_key(row[column]) in TASK_STATUSES
            if status_read:
                task.status = TASK_STATUSES[name_key(row[column])]
            else:
                notes.append((names[column], row[column]))
        if (column := columns["link"]) is not None:
            link, marker = _split_status_marker(row[column])
            if marker is not None and not status_read:
                task.status = marker
            elif marker is not None:
                link = row[column]
            if link.strip().lower() not in _NO_LINK:
                task.link = link_from_text(link)
        if (column := columns["due"]) is not None and row[column]:
            task.due = parse_date(row[column])
            if task.due is None:
                notes.append((names[column], row[column]))
        if notes:
            task.text = f"{task.text} ({'; '.join(f'{name}: {value}' for name, value in notes)})".strip()
        tasks.append(task)
    return []


def _split_status_marker(cell: str) -> tuple[str, TaskStatus | None]:
    """A cell without its trailing status marker (``Bug 123 **DONE**``), and that status."""
    stripped = cell.rstrip(" \t")
    match = _STATUS_MARKER.search(stripped)
    if match is None or (match.group(2) is not None and not match.group(2).isupper()):
        return cell, None  # "see the docs": a lower-case word is text, not a marker.
    return stripped[: match.start()].rstrip(" \t"), TASK_STATUSES[name_key(match.group(1) or match.group(2))]
