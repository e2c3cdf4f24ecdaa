"""A task's details written on its own line: owner, due date, status and ticket, and the text without them.

"Add index (owner: Ana, due 2024-05-10) [JIRA-123](https://...)", "… renewal. Owner: Rohit Menon, by 30 Aug
2024.", "… explicitly — @kenji — due 2024-11-26", "(Mia Kowalski, 10 July 2024)". What is not understood
stays in the text, as written.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from app.formats.markdown_read.draft import TaskDraft
from app.formats.markdown_read.labels import DUE_LABELS, OWNER_LABELS, STATUS_LABELS, without_mention
from app.formats.markdown_read.names import TASK_STATUSES
from app.formats.markdown_read.task_due import due_date, due_run_in
from app.formats.markdown_read.task_leads import (
    bold_name_leading,
    bracket_leading,
    mention_leading,
    name_before_a_dash,
    owner_leading,
)
from app.formats.markdown_read.task_names import FULL_NAME, MENTION, first_name
from app.formats.markdown_read.task_owner_sentences import owner_told
from app.formats.markdown_read.task_owner_tail import (
    detail_parts,
    due_part,
    owner_after_dashes,
    owner_between_dashes,
    word_and_rest,
)
from app.formats.markdown_read.task_spaced_colon import owner_after_spaced_colon
from app.formats.markdown_read.tokens import name_key, split_label
from app.formats.markdown_syntax import link_from_text
from app.model import TaskStatus
from app.timefmt import parse_date

# "[JIRA-123](https://...)", "[#42](...)": a link whose text is a ticket id names the task's ticket.
_TICKET_LINK = re.compile(r"\[(?:[A-Z][A-Z0-9_]{0,19}-\d{1,9}|#\d{1,9})\]\([^()\s]{1,500}\)")
_WHOLE_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\((https?://[^()\s]{1,500})\)")
_AUTOLINK = re.compile(r"<https?://[^\s<>]{1,500}>|https?://[^\s<>()]{1,500}")


def inline_details(text: str, task: TaskDraft, *, day: date | None = None) -> None:
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
        if rest.endswith((" —", " –", " -")):
            rest = rest[:-2].rstrip()  # "… due 2026-05-01 — https://…": the dash led the link
    if rest.endswith(")") or (finished := _DONE_AFTER_GROUP.search(rest, max(0, len(rest) - _DONE_TAIL))) is None:
        finished = None
    elif rest[: finished.start()].endswith(")") and _a_date(finished["date"], day):
        # "… limit (Oskar) — done 6 Feb": the group, then the task done on a day, after a dash; the day stays in
        # the text (a task has no field for it).
        details["status"], details["kept"] = TaskStatus.DONE, finished.group(0).strip(" \t—–-")
        rest = rest[: finished.start()]
    if finished is None and (closing := _status_after_group(rest)) is not None:
        # "… (Owner: Raj, by 20/03/2026) — in progress": the status written after the group, behind a dash.
        # Taken only when the group is understood too: "… (see the runbook) — done" keeps its words as written.
        group_at = closing[0].rfind("(")
        if group_at > 0 and _detail_fields(closing[0][group_at + 1 : -1], day) is not None:
            rest, details["status"] = closing
    if not rest.endswith(")") and (due_after := due_run_in(rest, day)) is not None and due_after[0].endswith(")"):
        rest, details["due"] = due_after  # "… (Tiago Fonseca) — até 31/07/2026": the group, then the due date
    opening = rest.rfind("(")
    if rest.endswith(").") and opening > 0:
        rest = rest[:-1]  # "… staging (owner: Amaka, by May 21).": the sentence's full stop after the group
    if opening > 0 and rest.endswith(")") and (fields := _detail_fields(rest[opening + 1 : -1], day)):
        details.update(fields)
        rest = rest[:opening].rstrip()
    elif rest.endswith("]") and (bracketed := _bracket_groups(rest, day)) is not None:
        rest, fields = bracketed  # "Add alerts [Owner: Sam Lee] [Due: 2024-04-01]"
        details.update(fields)
    if "owner" not in details and (between := owner_between_dashes(rest, day)) is not None:
        rest, fields = between  # "… runbook — Priya —": the owner set off by a dash either side, closing the line
        details.update({name: value for name, value in fields.items() if name not in details})
    if "owner" not in details and (found := owner_after_dashes(rest, day)) is not None:
        # "... renewal. Owner: Rohit Menon, by 30 Aug 2024." or "... rotation hook @Marco Bianchi"
        rest, fields = found
        details.update({name: value for name, value in fields.items() if name not in details})
    if "owner" not in details and (spaced := owner_after_spaced_colon(rest)) is not None:
        rest, fields = spaced  # "Define the smoke tests : Dana K create ticket": a table's columns typed in a line
        details.update(fields)
    if "owner" not in details and (led := owner_leading(rest, day)) is not None:
        rest, fields = led  # "Jakob: add a multi-tenant test for the job, by 14 June"
        details.update({name: value for name, value in fields.items() if name not in details})
    if "owner" not in details and (led := bold_name_leading(rest, day)) is not None:
        rest, fields = led  # "**Sarah**: Update the load tests [Jan 15]": who, in bold, before the task
        details.update({name: value for name, value in fields.items() if name not in details})
    if "owner" not in details and (led := name_before_a_dash(rest)) is not None:
        rest, fields = led  # "Hannah Liu — lock the CDN dashboard": who, then a dash, then the task
        details.update({name: value for name, value in fields.items() if name not in details})
    if "owner" not in details and (led := bracket_leading(rest)) is not None:
        rest, fields = led  # "[Tomasz] rotate the password": who, in brackets, before the task
        details.update({name: value for name, value in fields.items() if name not in details})
    if "owner" not in details and (led := mention_leading(rest)) is not None:
        rest, details["owner"] = led[0], led[1]["owner"]  # "@amelie.roux add a latency budget …"
    if "owner" not in details and (told := owner_told(rest, day)) is not None:
        # "… on disk growth. Noor owns this; target is June 3.": told in a sentence, which stays as written
        details.update({name: value for name, value in told.items() if name not in details})
    if "due" not in details and (run_in := due_run_in(rest, day)) is not None:
        rest, details["due"] = run_in  # "… sheet. ETA 2024-04-01", "… — due: Friday"
    whole_link = _WHOLE_LINK.fullmatch(rest) if "link" not in details else None
    if whole_link is not None:
        # "[Add canary deploys](https://tracker/RT-1)": the text is the task, the address its link.
        details["link"], rest = whole_link.group(2), whole_link.group(1)
    if details:
        if kept := details.pop("kept", None):
            rest = f"{rest} ({kept})"  # "(@arjun, done 10/02)": the day it was done has no field of its own
        details["text"] = rest
        if details.pop("first_name_only", False):
            details["written"] = text  # checked against the rest of the document (owners_named_elsewhere)
        for name, value in details.items():
            setattr(task, name, value)


def _detail_fields(group: str, day: date | None) -> dict[str, Any] | None:
    """``owner: Ana, due 2024-05-10`` as task fields; ``None`` unless every part is understood."""
    fields: dict[str, Any] = {}
    parts = detail_parts(group)
    owner_part: int | None = None  # the part that names the owner
    for number, part in enumerate(parts):
        label = split_label(part.strip())
        labelled = bool(label and label[1])  # "assigned: Sam", not "assigned to Sam"
        key, value = label if label and label[1] else word_and_rest(part)
        if _TICKET.fullmatch(part.strip()) and "link" not in fields and number > 0:
            fields["link"] = part.strip()  # "(@ruth-k, #818)": who, and the ticket tracking it
        elif MENTION.fullmatch(part.strip()) and "owner" not in fields:
            fields["owner"] = without_mention(part)  # "(@bkowal, due 2024-09-06)", Mozilla's "(:bhughes)"
        elif part.strip()[:1] == "@" and FULL_NAME.fullmatch(part.strip()[1:]) and "owner" not in fields:
            fields["owner"] = part.strip()[1:]  # "(@Ines Duarte, 15 Dec 2023)": a wiki's user link, Notion's mention
        elif (key in OWNER_LABELS or (key in _GROUP_OWNER_LABELS and labelled)) and value and "owner" not in fields:
            fields["owner"] = without_mention(value)
        elif key in DUE_LABELS and (due := due_date(value, day)) is not None and "due" not in fields:
            fields["due"] = due
        elif "due" not in fields and (said := _DUE_SAID.match(part.strip())) and (due := due_date(said["date"], day)):
            fields["due"] = due  # "(Estimated completion: August 30, 2024)", "(Due by 1 October 2024)"
        elif key in STATUS_LABELS and name_key(value) in TASK_STATUSES and "status" not in fields:
            fields["status"] = TASK_STATUSES[name_key(value)]
        elif FULL_NAME.fullmatch(part.strip()) and "owner" not in fields and len(group.split(",")) <= 2:
            # "(Mia Kowalski, 10 July 2024)": a name beside a date; "(Camille Tremblay)": a name alone.
            fields["owner"] = part.strip()
            fields["owner_alone"] = len(group.split(",")) == 1
        elif "due" not in fields and "owner" in fields and (due := due_part(part, day)) is not None:
            fields["due"] = due  # "(Kai Brandt, 10 July 2024)", "(Awa Ndiaye, avant le 19/02)"
        elif (assigned := _ASSIGNED.fullmatch(part.strip())) and "owner" not in fields:
            fields["owner"] = without_mention(assigned["who"])  # "(assigned to Sam Lee, by May 3)"
        elif (owns := _OWNS.fullmatch(part.strip())) and "owner" not in fields and "kept" not in fields:
            # "(Marco owns the checklist, by May 29)": who, told in a clause; what they own stays in the text
            fields["owner"], fields["kept"] = owns["who"], part.strip()
        elif (finished := _DONE_ON.fullmatch(part.strip())) and _a_date(finished["date"], day):
            # "(@arjun, done 10/02)": done, on that day; the day is when it was done, not when it is due, and
            # stays in the text (a task has no field for it).
            fields["status"], fields["kept"] = TaskStatus.DONE, part.strip()
        elif name_key(part) in TASK_STATUSES and "status" not in fields:
            fields["status"] = TASK_STATUSES[name_key(part)]  # "We have added a validation rule. (Completed)"
        elif len(parts) == 1 and first_name(part.strip()) and part.strip().lower() not in TASK_STATUSES:
            # "(Oskar)": a first name alone, when the document names that person and its list names owners
            fields["owner"], fields["owner_alone"], fields["first_name_only"] = part.strip(), True, True
        elif number == 0 and len(parts) == 2 and first_name(part.strip()) and due_part(parts[1], day):
            fields["owner"] = part.strip()  # "(Ananya, 2025-02-14)", "(Kai, by 10 Mar)": a first name beside a date
            fields["first_name_only"] = True
        elif number > 0 and owner_part == number - 1 and _TEAM.fullmatch(part.strip()):
            # "(Owner: Claire Dunmore, HR, by 31/03)": the owner's team, written right after the name.
            fields["owner"] = f"{fields['owner']} ({part.strip()})"
        else:
            return None
        if "owner" in fields and owner_part is None:
            owner_part = number
    return fields


# "(assigned: Marek)", "(owner(s): Ana, Bo)": the owner's label as a task's details group writes it too.
_GROUP_OWNER_LABELS = ("assigned", "assignees", "owner(s)", "assigned person")
# "HR", "SRE", "DBA": a team's short name beside its member's, in a task's details.
_TEAM = re.compile(r"[A-Z]{2,6}")


# A due date said in more words than a label: "Estimated completion: August 30, 2024", "Due by 1 October 2024",
# "Expected by 3 May". (Kept here, not among the labels: these read only inside a task's details.)
_DUE_SAID = re.compile(
    r"(?:due[ \t]+(?:by|on)|(?:estimated|expected|planned|target)[ \t]+(?:completion|delivery|finish|end)"
    r"(?:[ \t]+date)?|completion[ \t]+date|expected[ \t]+by|eta|target[ \t]+date"
    # Polish and Swedish: "(Anna Nowak, do 1 marca)", "(ansvarig: Johan Berg, klart senast 1 mars)"
    r"|do(?:[ \t]+dnia)?(?=[ \t])|termin[ \t]+realizacji|(?:klart[ \t]+)?senast|klart[ \t]+till)"
    r"[ \t]*:?[ \t]*(?P<date>\S.{2,40})",
    re.IGNORECASE,
)
# "#818", "OPS-1234": a ticket's number beside the owner in a details group.
_TICKET = re.compile(r"#\d{1,9}|[A-Z][A-Z0-9_]{0,19}-\d{1,9}")
# "— done 6 Feb", "- completed 2024-02-06" after a details group: done, on that day. Looked for in the line's
# last characters only.
_DONE_AFTER_GROUP = re.compile(
    r"[ \t]+[-–—][ \t]+(?:done|completed?|closed|fixed|finished|shipped|merged|resolved)(?:[ \t]+on)?[ \t]+"
    r"(?P<date>[^()\[\]]{1,40}?)[ \t]*\.?$",
    re.IGNORECASE,
)
_DONE_TAIL = 70
# "assigned to Sam Lee": the owner, said in words.
_ASSIGNED = re.compile(r"assigned[ \t]+to[ \t]+(?P<who>\S.{0,60})", re.IGNORECASE)
# "Marco owns the checklist", "Ana Ruiz will own it", "Kofi takes this": a name of capitalised words, then the verb.
_OWNS = re.compile(
    r"(?!(?:The|This|That|It|We|They|He|She|Everyone|Nobody|Someone)\b)"
    r"(?P<who>[A-Z][\w'-]{1,30}(?:[ \t][A-Z][\w'-]{1,30}){0,2})[ \t]+(?:owns|will[ \t]+own|takes|will[ \t]+take)"
    r"(?:[ \t][^,;()]{1,40})?"
)
# "done 10/02", "completed on 2024-10-02", "closed 3 Oct": a task finished, and the day it was.
_DONE_ON = re.compile(
    r"(?:done|completed?|closed|fixed|finished|shipped|merged|resolved)(?:[ \t]+on)?[ \t]+(?P<date>\S.{1,40})",
    re.IGNORECASE,
)


_LONGEST_STATUS_TAIL = 24


def _status_after_group(text: str) -> tuple[str, TaskStatus] | None:
    """``text`` without a status closing it after a dash and a details group ("… (Owner: Ana) — done"), and that
    status; ``None`` when the line does not end so."""
    if text.endswith(")"):
        return None
    start = max(0, len(text) - _LONGEST_STATUS_TAIL)
    dash = max(text.rfind(f" {mark} ", start) for mark in "-–—")
    if dash < 0:
        return None
    status = TASK_STATUSES.get(name_key(text[dash + 3 :].strip(" \t.")))
    before = text[:dash].rstrip()
    if status is None or not before.endswith(")"):
        return None
    return before, status


def _a_date(text: str, day: date | None) -> bool:
    """Whether ``text`` is a date, with its year or without ("10/02", "Oct 2")."""
    return parse_date(text) is not None or due_date(text, day or date(2000, 1, 1)) is not None


def _bracket_groups(text: str, day: date | None) -> tuple[str, dict[str, Any]] | None:
    """The details in square brackets closing a task's line ("… [Owner: Sam Lee] [Due: 2024-04-01]") and the
    text before them; ``None`` unless every group is understood ("[WIP]", "[1]" stay as written)."""
    fields: dict[str, Any] = {}
    rest = text
    for _ in range(_MOST_GROUPS):
        opening = rest.rfind("[")
        if not rest.endswith("]") or opening <= 0 or rest[opening - 1] not in " \t":
            break
        group = _detail_fields(rest[opening + 1 : -1], day)
        if group is None or any(name in fields for name in group):
            return None
        fields.update(group)
        rest = rest[:opening].rstrip()
    return (rest, fields) if fields and not rest.endswith("]") else None


_MOST_GROUPS = 5
