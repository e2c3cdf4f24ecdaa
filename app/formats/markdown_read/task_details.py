"""A task's details written on its own line: owner, due date, status and ticket, and the text without them.

"Add index (owner: Ana, due 2024-05-10) [JIRA-123](https://...)", "… renewal. Owner: Rohit Menon, by 30 Aug
2024.", "… explicitly — @kenji — due 2024-11-26", "(Mia Kowalski, 10 July 2024)". What is not understood
stays in the text, as written.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from app.formats.markdown_read.draft import Draft, TaskDraft
from app.formats.markdown_read.labels import DUE_LABELS, OWNER_LABELS, STATUS_LABELS, without_mention
from app.formats.markdown_read.names import TASK_STATUSES
from app.formats.markdown_read.task_due import due_date, due_run_in
from app.formats.markdown_read.task_leads import bracket_leading, mention_leading, owner_leading
from app.formats.markdown_read.task_names import FULL_NAME, MENTION, first_name, handle
from app.formats.markdown_read.task_owner_sentences import owner_told
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
    opening = rest.rfind("(")
    if rest.endswith(").") and opening > 0:
        rest = rest[:-1]  # "… staging (owner: Amaka, by May 21).": the sentence's full stop after the group
    if opening > 0 and rest.endswith(")") and (fields := _detail_fields(rest[opening + 1 : -1], day)):
        details.update(fields)
        rest = rest[:opening].rstrip()
    elif rest.endswith("]") and (bracketed := _bracket_groups(rest, day)) is not None:
        rest, fields = bracketed  # "Add alerts [Owner: Sam Lee] [Due: 2024-04-01]"
        details.update(fields)
    if "owner" not in details and (between := _owner_between_dashes(rest, day)) is not None:
        rest, fields = between  # "… runbook — Priya —": the owner set off by a dash either side, closing the line
        details.update({name: value for name, value in fields.items() if name not in details})
    if "owner" not in details and (found := _owner_after_dashes(rest, day)) is not None:
        # "... renewal. Owner: Rohit Menon, by 30 Aug 2024." or "... rotation hook @Marco Bianchi"
        rest, fields = found
        details.update({name: value for name, value in fields.items() if name not in details})
    if "owner" not in details and (led := owner_leading(rest, day)) is not None:
        rest, fields = led  # "Jakob: add a multi-tenant test for the job, by 14 June"
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


_YEAR = re.compile(r"[ \t]*\d{4}[ \t]*")


def _parts(group: str) -> list[str]:
    """The parts of a details group: ``owner: Ana, due 2024-05-10`` has two.

    Semicolons, when used, separate the parts: then a date may hold a comma
    ("due: March 3, 2025"). Between commas, a part that is only a year is the
    end of the date before it ("Owner: DBA team, Due: June 20, 2024").
    """
    if ";" in group:
        return group.split(";")
    parts: list[str] = []
    for part in group.split(","):
        if parts and _YEAR.fullmatch(part):
            parts[-1] = f"{parts[-1]},{part}"
        else:
            parts.append(part)
    return parts


def _detail_fields(group: str, day: date | None) -> dict[str, Any] | None:
    """``owner: Ana, due 2024-05-10`` as task fields; ``None`` unless every part is understood."""
    fields: dict[str, Any] = {}
    parts = _parts(group)
    owner_part: int | None = None  # the part that names the owner
    for number, part in enumerate(parts):
        label = split_label(part.strip())
        labelled = bool(label and label[1])  # "assigned: Sam", not "assigned to Sam"
        key, value = label if label and label[1] else _word_and_rest(part)
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
        elif "due" not in fields and "owner" in fields and (due := _due_part(part, day)) is not None:
            fields["due"] = due  # "(Kai Brandt, 10 July 2024)", "(Awa Ndiaye, avant le 19/02)"
        elif (assigned := _ASSIGNED.fullmatch(part.strip())) and "owner" not in fields:
            fields["owner"] = without_mention(assigned["who"])  # "(assigned to Sam Lee, by May 3)"
        elif (finished := _DONE_ON.fullmatch(part.strip())) and _a_date(finished["date"], day):
            # "(@arjun, done 10/02)": done, on that day; the day is when it was done, not when it is due, and
            # stays in the text (a task has no field for it).
            fields["status"], fields["kept"] = TaskStatus.DONE, part.strip()
        elif name_key(part) in TASK_STATUSES and "status" not in fields:
            fields["status"] = TASK_STATUSES[name_key(part)]  # "We have added a validation rule. (Completed)"
        elif len(parts) == 1 and first_name(part.strip()) and part.strip().lower() not in TASK_STATUSES:
            # "(Oskar)": a first name alone, when the document names that person and its list names owners
            fields["owner"], fields["owner_alone"], fields["first_name_only"] = part.strip(), True, True
        elif number == 0 and len(parts) == 2 and first_name(part.strip()) and _due_part(parts[1], day):
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


# "Owner: Rohit Menon, by 30 Aug 2024." closing a task's line, after its sentence or a dash.
# After a dash the colon may go: "… cleanup — owner Kwame Mensah, due 2024-07-12".
# "…, assigned to Sam Lee": the words say who, after a comma too.
_OWNER_LABEL = re.compile(
    r"(?:owner|responsible|assignee|(?P<assigned>assigned[ \t]+to))(?::[ \t]*|[ \t]+(?=(?-i:[A-Z@])))", re.IGNORECASE
)


def _written_owner(text: str, day: date | None, *, nested: bool = False) -> tuple[str, dict[str, Any]] | None:
    """The owner (and due date) written at the end of a task's line, and the text before them. ``nested``: the
    status after the owner's dash was taken off already (one status only: "— done — done — …" repeated did
    not recurse once per dash, past Python's limit)."""
    label = None
    for found in _OWNER_LABEL.finditer(text):
        label = found  # the last one
    before = text[: label.start()].rstrip(" \t") if label is not None else ""
    # After a sentence ("… renewal. Owner: …") or a dash ("… renewal — Owner: …"), not inside a phrase.
    colon = label is not None and text[label.start() : label.end()].rstrip(" \t").endswith(":")
    after_a_dash = bool(before) and before[-1] in "-–—"
    said = label is not None and label["assigned"] is not None
    ends = ".;!?-–—," if said else ".;!?-–—"
    if label is not None and before and before[-1] in ends and before != text[: label.start()]:
        tail = text[label.end() :].strip().rstrip(".").strip()
        fields = _owner_and_due(tail, day) if colon or after_a_dash or said else None
        if fields is not None:
            return before.rstrip(" \t-–—,;"), fields
    dash = _last_dash(text, len(text))
    if dash > 0:
        # "… inventory — Aisha Noor, 2024-10-18": after a dash, a person's full name (then a due date).
        tail = text[dash + 3 :].strip().rstrip(".").strip()
        if name_key(tail) in TASK_STATUSES and not nested and _last_dash(text, dash) > 0:
            # "… runbook entry — Chidinma — done": the owner, then the task's status after a dash of its own
            found = _written_owner(text[:dash].rstrip(" \t"), day, nested=True)
            if found is not None and "status" not in found[1]:
                return found[0], {**found[1], "status": TASK_STATUSES[name_key(tail)]}
        fields = _owner_and_due(tail, day)
        if fields is not None and FULL_NAME.fullmatch(fields["owner"]):
            return text[:dash].rstrip(" \t"), fields
        if fields is not None and first_name(fields["owner"]) and " " not in fields["owner"]:
            # "… on a UPS — Adaeze", "… on print01 - Sara, by fri 22 nov": a first name alone after the last dash
            # (then perhaps a due date); it stays the owner when the document writes it elsewhere too, or
            # another task of the list is written the same way (owners_named_elsewhere)
            return text[:dash].rstrip(" \t"), {**fields, "first_name_only": True}
        if fields is not None and len(fields) > 1 and _TEAM_NAME.fullmatch(fields["owner"]):
            # "… - Platform team, due 27 March 2026, open", "… - Customer Care (Hannah Price), in progress": who,
            # then when or how far after a comma, as a team is named as surely as a person.
            return text[:dash].rstrip(" \t"), fields
        # "… checks — Omar Haddad — 2024-03-19", "… module – Yusuf – by March 10, 2025": the name and the
        # date each after a dash of their own (then a first name alone is a name: a date follows it).
        due = due_date(_DUE_WORD.sub("", text[dash + 3 :].strip().rstrip(".").strip(), count=1), day)
        before = _last_dash(text, dash) if due is not None else -1
        if before > 0:
            fields = _owner_and_due(text[before + 3 : dash].strip(), day)
            # A handle ("— lena.k — by …", as a chat's names are copied) is a person's as surely as a full name.
            full = fields is not None and (FULL_NAME.fullmatch(fields["owner"]) or handle(fields["owner"]))
            if fields is not None and "due" not in fields and (full or first_name(fields["owner"])):
                return text[:before].rstrip(" \t"), {**fields, "due": due, "first_name_only": not full}
    at = text.rfind(" @")
    before = text[:at].split()[-1:] if at > 0 else []
    if at > 0 and not (before and before[0].lower() in _LEADS_TO_A_PERSON):
        fields = _mention_and_due(text[at + 1 :].strip(), day)
        if fields is not None:
            return text[:at].rstrip(" \t-–—"), fields  # "… explicitly — @kenji — due 2024-11-26"
    return None


def _owner_between_dashes(text: str, day: date | None) -> tuple[str, dict[str, Any]] | None:
    """The owner written between two dashes at the end of a task's line ("… runbook — Priya —", "… - Sam Lee -"),
    and the text before them; the closing dash sets the name off as a label's would, so a first name alone is
    the owner as surely as a full name."""
    rest = text.rstrip(" \t")
    if rest[-2:] not in (" —", " –", " -"):
        return None
    found = _written_owner(rest[:-2].rstrip(" \t"), day, nested=True)
    if found is None or _last_dash(rest, len(rest) - 2) < 0:
        return None
    return found[0], {name: value for name, value in found[1].items() if name != "first_name_only"}


def _owner_after_dashes(text: str, day: date | None) -> tuple[str, dict[str, Any]] | None:
    """``_written_owner``, where a plain-text mail's " -- " stands for a dash too ("… cron -- Wiebke, by 17 April");
    the text before the owner comes back as typed."""
    if " -- " not in text:
        return _written_owner(text, day)
    found = _written_owner(text.replace(" -- ", " — "), day)
    if found is None:
        return None
    # Each " -- " written before the owner is a character longer than the dash it was read as.
    length, longer = len(found[0]), 0
    for double in _DOUBLE_DASH.finditer(text):
        if double.start() - longer >= length:
            break
        longer += 1
    typed = text[: length + longer]
    return (typed if typed.replace(" -- ", " — ") == found[0] else found[0]), found[1]


_DOUBLE_DASH = re.compile(" -- ")


# A team's or a person's name: capitalised first, words and a bracket, no digits ("Customer Care (Hannah Price)").
_TEAM_NAME = re.compile(r"[A-ZÀ-Þ@][^\d,;:]{0,60}")
# Also Polish and Swedish: "do 1 marca", "termin: 15.04.2026", "klart senast 1 mars".
_DUE_WORD = re.compile(
    r"^(?:due[ \t]+by|due[ \t]+on|by|due|deadline|do(?:[ \t]+dnia)?|termin|(?:klart[ \t]+)?senast|klart[ \t]+till"
    # French: "avant le 19/02/2024", "d'ici le 3 mars", "au plus tard le 1er avril".
    r"|avant(?:[ \t]+le)?|d['’]ici(?:[ \t]+le)?|au[ \t]+plus[ \t]+tard(?:[ \t]+le)?)"
    r"\b[ \t]*:?[ \t]*",
    re.IGNORECASE,
)


def _last_dash(text: str, end: int) -> int:
    """Where the last dash with a space either side starts before ``end`` (its space), or -1."""
    return max(text.rfind(" — ", 0, end), text.rfind(" – ", 0, end), text.rfind(" - ", 0, end))


# "Follow up with @alice": a mention the sentence needs, not the task's owner.
_LEADS_TO_A_PERSON = frozenset(
    ["with", "and", "or", "to", "by", "for", "from", "ask", "asking", "ping", "tell", "cc", "via", "of"]
)


# What ends an owner's name before a due date: "Rohit Menon, by …", "Omar Haddad. Due: …", "Ana — due …".
# The mark alone: spaces round it are stripped in code (a leading run tried at each of its positions
# by ``finditer`` was quadratic over a run of spaces).
_OWNER_END = re.compile(r"[,;·]|\.(?=[ \t])|(?<=[ \t])[-–—](?=[ \t])")


_TITLE_END = re.compile(r"(?:^|[ \t])(?:[A-Z]|Dr|Mr|Mrs|Ms|Mx|Sgt|Lt|Capt|Col|Prof|Insp|Supt)\.$")


def _owner_and_due(tail: str, day: date | None) -> dict[str, Any] | None:
    """``Rohit Menon, by 30 Aug 2024`` or ``Rohit Menon``: an owner, then perhaps a due date, then perhaps the
    task's status after a comma ("Marek, done", "Platform team, due 27 March 2026, open")."""
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
    before, _, last = rest.rpartition(",")
    if name_key(last) in TASK_STATUSES:
        fields["status"], rest = TASK_STATUSES[name_key(last)], before
    if rest.strip():
        due = _due_part(rest, day)
        if due is None:
            # "Carlos Ibáñez, due 2026-07-17, done", "Hélène Dubois, open": a due date and the task's status,
            # each a part of its own; every part must be read.
            for part in _parts(rest):
                status = _status_part(part)
                if status is not None and "status" not in fields:
                    fields["status"] = status
                elif "due" not in fields and (due := _due_part(part, day)) is not None:
                    fields["due"] = due
                else:
                    return None
            return fields
        fields["due"] = due
    return fields


def _due_part(part: str, day: date | None) -> date | None:
    """``by 30 Aug 2024``, ``due: Friday`` or a date alone, as a due date."""
    label = split_label(part.strip())
    key, value = label if label and label[1] else _word_and_rest(part)  # "by Friday" is no bare label
    if key in DUE_LABELS:
        return due_date(value, day)
    if (word := _DUE_WORD.match(part.strip())) is not None:
        return due_date(part.strip()[word.end() :], day)  # "do 1 marca", "klart senast 24 oktober"
    return due_date(part.strip(), day)


def _status_part(part: str) -> TaskStatus | None:
    """``done``, ``in progress``, ``status: open`` closing a task's line, as its status."""
    label = split_label(part.strip().rstrip("."))
    key, value = label if label and label[1] else ("status", part.strip().rstrip("."))
    return TASK_STATUSES.get(name_key(value)) if key in STATUS_LABELS else None


def _mention_and_due(tail: str, day: date | None) -> dict[str, Any] | None:
    """``@asmith``, ``@Marco Bianchi`` or ``@Sofia Lind April 20, 2024``: a mention closing the line."""
    words = tail.split()
    if not words or not MENTION.fullmatch(words[0]) or not words[0].startswith("@"):
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
        due = due_date(" ".join(rest), day)
        if due is None:
            return None
        fields["due"] = due
    return fields


def _word_and_rest(part: str) -> tuple[str, str]:
    """``due 2024-05-10`` as ``("due", "2024-05-10")``."""
    word, _, rest = part.strip().partition(" ")
    return word.lower(), rest.strip()


def _after_a_dash(task: TaskDraft) -> bool:
    """Whether ``task``'s line writes its owner between dashes ("… zone — Adaeze — by 14 June"); a name alone
    after the last dash ("… cluster — Postgres") may be a product's, and must be written elsewhere."""
    written, owner = task.written or "", task.owner or ""
    return any(f"{dash}{owner}{dash}" in written for dash in (" — ", " – ", " - "))


def owners_named_elsewhere(draft: Draft, lines: list[str]) -> None:
    """A task's owner read from a name alone in brackets, or from a first name alone, stays its owner only when
    ``lines`` (the document) write that name elsewhere too, as its author, facilitator or assignee; otherwise
    the brackets named a product ("Move the queue (Apache Kafka)", "(Redis Cluster)", "(Grafana, 2025-04-01)")
    and the task's line stands as written."""

    counted: dict[str, bool] = {}
    whole: str | None = None

    def named_elsewhere(task: TaskDraft) -> bool:
        # Each name looked for once, in the whole text, up to its second mention: looked for in every line
        # for every task, 28,000 tasks took 75 s.
        nonlocal whole
        owner = task.owner or ""
        if owner not in counted:
            whole = "\n".join(lines) if whole is None else whole
            first = whole.find(owner)
            counted[owner] = first >= 0 and whole.find(owner, first + max(1, len(owner))) >= 0
        return counted[owner]

    # "- Sam: ask the vendor …, by 14 June" beside "- Priya: add … to the sheet, by 21/06/2024": when one name
    # leading a task is a person the document names elsewhere, the list is written as minutes write who does
    # what, and the other names leading its tasks the same way are people too.
    led = {id(task): task for task in draft.measures.tasks if task.written and owner_leading(task.written, draft.day)}
    minutes = any(task.owner and named_elsewhere(task) for task in led.values())
    # "— Kwabena — by 21 June" beside "— Adaeze — by 14 June": the same goes for names after a dash, when one of
    # them is a person the document names elsewhere.
    dashed = {id(task): task for task in draft.measures.tasks if task.written and task.owner and _after_a_dash(task)}
    if any(named_elsewhere(task) for task in dashed.values()):
        led.update(dashed)
        minutes = True
    # "(Oskar)", a first name alone in brackets, is a person's only beside other tasks written with their owners
    # ("— Oskar, due 14 Feb"): alone, "(Postgres)" or "(Kafka)" more likely names what the task is about.
    owners_written = any(task.owner and not task.owner_alone for task in draft.measures.tasks)
    # "(Santiago)" when the report's author is Santiago Restrepo: the author's own first name is a person's, and
    # a list that writes it so writes the others' names the same way ("(Valentina)", named in the timeline).
    authors_first = {name.split()[0] for name in draft.metadata.authors or () if name.split()}
    owners_written = owners_written or any(
        task.owner_alone and task.owner in authors_first for task in draft.measures.tasks
    )
    for task in draft.measures.tasks:
        lone_first = task.owner_alone and " " not in (task.owner or "")
        if task.owner_alone and task.owner and (not named_elsewhere(task) or (lone_first and not owners_written)):
            kept = task.written if task.written is not None else f"{task.text} ({task.owner})"
            task.text, task.owner = kept, None
        elif (
            task.written is not None and task.owner and not named_elsewhere(task) and not (minutes and id(task) in led)
        ):
            # "(Grafana, 2025-04-01)", "Postgres: upgrade, by June 1": a first name the document writes nowhere
            # else is likelier a product's or a component's; the line stands as written, but for a due date
            # labelled at its end ("…, by June 1"), which is the task's whoever the name is.
            task.text, task.owner, task.due = task.written, None, None
            if (run_in := due_run_in(task.written, draft.day)) is not None:
                task.text, task.due = run_in
