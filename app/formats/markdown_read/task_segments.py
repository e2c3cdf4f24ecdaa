"""A task's details written as segments after its text, each one labelled or a status alone.

reStructuredText lists write them between double hyphens ("* Add a check -- owner: Yuki Sato -- due:
2024-04-26", "* Point the hook at the new file -- owner: Hiroshi Tanaka -- done"); ticket exports as
sentences of their own ("SHOP-1206: Alert on pool use. Owner: Aroha Ngata. Done."). Read from the line's
end, segment by segment, while each one is a detail the task has a field for; the first segment that is
not one ends the details, and everything before it is the task's text, as written.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from app.formats.markdown_read.draft import TaskDraft
from app.formats.markdown_read.labels import DUE_LABELS, LINK_LABELS, OWNER_LABELS, STATUS_LABELS, without_mention
from app.formats.markdown_read.names import TASK_STATUSES
from app.formats.markdown_read.task_due import due_date
from app.formats.markdown_read.task_names import handle
from app.formats.markdown_read.tokens import name_key, split_label
from app.model import TaskStatus

# Between segments: rST's double hyphen, a dash, a bar, a semicolon or a middle dot (an incident tool's
# "… · Owner: Ana · Due: 2026-03-18 · WEB-881"), or a sentence's end. (Unlabelled, as in
# "… — Ngozi — by 3 May", a dash's segments are task_details' form: here a segment is read only beside a labelled
# one, or as a column of fields: "… — Build team — 2026-08-15 — open", an owner then a due date, each alone.)
_DASHES = (" -- ", " — ", " – ", " | ", "; ", " · ")
_SENTENCE = ". "
# A handful of details at most; each segment is found with one search back from the last one's start, so a
# long line costs a few passes over it, never one per segment.
_MOST_SEGMENTS = 5
# "Owner: Ana, by May 3" or "Owner: Ana (SRE)" is more than a name: task_details reads those.
_NOT_IN_A_NAME = re.compile(r"[\d,;()\[\]]")
_DETAIL_LABELS = frozenset((*OWNER_LABELS, *DUE_LABELS, *STATUS_LABELS, *LINK_LABELS))
# "Completed 21 January 2025", "Done on 2024-10-02": a task finished, and the day it was.
_DONE_ON = re.compile(
    r"(?:done|completed?|closed|fixed|finished|delivered|implemented)(?:[ \t]+on)?[ \t]+(?P<date>[^ \t].{1,30})",
    re.IGNORECASE,
)
# A ticket's key alone: "WEB-881", "#818".
_TICKET = re.compile(r"#\d{1,9}|[A-Z][A-Z0-9_]{0,19}-\d{1,9}")
_LONGEST_OWNER = 5  # words: "Owner: the platform on-call team" is still a name, a sentence is not


def details_on_the_line(text: str, task: TaskDraft, day: date | None) -> None:
    """``task``'s details written on its own line, read as segments here or in task_details' forms, whichever
    reads more of them: "… Responsible: Sgt. Alan Reyes. Target: 1 Nov 2023." is task_details' (its reading
    of segments stops at "Alan Reyes"), "… -- owner: Hiroshi Tanaka -- done" is read here (task_details takes
    "Hiroshi Tanaka -- done" for the owner)."""
    from app.formats.markdown_read.task_details import inline_details

    text = _plain_labels(text)  # "— **Owner:** Kemi Adeyemi — **Due:** 2024-08-30", as a wiki's bold converts
    segments = replace(task)
    if not segment_details(text, segments, day):
        inline_details(text, task, day=day)
        return
    inline_details(text, task, day=day)
    if _fields_read(segments) > _fields_read(task):
        for name in ("text", "owner", "due", "status", "link", "owner_alone", "written"):
            setattr(task, name, getattr(segments, name))


# "**Owner:**", "__Due__:": a detail's label in bold. Bounded, with no nested repetition: linear on any line.
_BOLD_LABEL = re.compile(r"(\*\*|__)([A-Za-z][A-Za-z ]{1,24}?)(:?)\1(:?)")


def _plain_labels(text: str) -> str:
    """``text`` with its details' labels out of bold ("**Owner:** Ana" as "Owner: Ana"); other bold stays. The
    task's text is set from it only when a detail is read."""
    if "**" not in text and "__" not in text:
        return text

    def plain(found: re.Match[str]) -> str:
        label = found.group(2).strip().lower()
        if not (found.group(3) or found.group(4)) or label not in _DETAIL_LABELS:
            return found.group(0)
        return f"{found.group(2)}:"

    return _BOLD_LABEL.sub(plain, text)


def _fields_read(task: TaskDraft) -> int:
    return sum((bool(task.owner), task.due is not None, task.status is not TaskStatus.OPEN, bool(task.link)))


def segment_details(text: str, task: TaskDraft, day: date | None) -> bool:
    """Set ``task``'s text, owner, due date and status from details written as segments at the end of ``text``;
    whether any were read. A status word alone counts only beside a labelled segment ("Owner: X. Done."): "We
    rolled back. Done." is the author's sentence, "… — Ngozi — done" task_details' form."""
    rest = text.rstrip()
    fields: dict[str, Any] = {}
    labelled = bare_due = False
    for _ in range(_MOST_SEGMENTS):
        end = len(rest) - 1 if rest.endswith(".") else len(rest)
        dash = max((rest.rfind(mark, 0, end), mark) for mark in _DASHES)
        start, mark = max(dash, (rest.rfind(_SENTENCE, 0, end), _SENTENCE))
        if start <= 0:
            break
        segment = rest[start + len(mark) : end].strip()
        read = _segment(segment, day)
        if read is None and mark != _SENTENCE:
            read = _bare_segment(segment, day, after_a_due=bare_due and "owner" not in fields)
            bare_due = bare_due or (read is not None and "due" in read[0])
        if read is None or any(name in fields for name in read[0]):
            break
        fields.update(read[0])
        labelled = labelled or read[1]
        # A sentence's full stop stays with the text before it ("Alert on pool use."); a dash goes.
        rest = rest[: start + 1] if mark == _SENTENCE else rest[:start].rstrip()
    if not labelled and not (bare_due and "owner" in fields):
        return False  # a status alone after a dash ends task_details' forms ("… — Ngozi — done")
    kept = fields.pop("kept", None)
    task.text = f"{rest} {kept}." if kept else rest
    if remark := fields.pop("remark", None):
        task.text = f"{task.text} {remark}"  # "due 2026-07-14 (done early)": the aside stays with the task
    for name, value in fields.items():
        setattr(task, name, value)
    return True


def _segment(segment: str, day: date | None) -> tuple[dict[str, Any], bool] | None:
    """One segment as task fields, and whether it was labelled: "owner: Yuki Sato", "due: 2024-04-26",
    "status: done", or "done" alone; ``None`` for anything else."""
    if not segment:
        return None
    if name_key(segment) in TASK_STATUSES:
        return {"status": TASK_STATUSES[name_key(segment)]}, False
    if _TICKET.fullmatch(segment):
        return {"link": segment}, False  # "· WEB-881" beside the labelled details: the ticket tracking the task
    if (finished := _DONE_ON.fullmatch(segment)) is not None and due_date(finished["date"], day) is not None:
        # "Completed 21 January 2025": done, on that day; the sentence stays in the text (no field holds the day)
        return {"status": TaskStatus.DONE, "kept": segment}, False
    label = split_label(segment)
    if label is None or not label[1]:
        return None
    key, value = label
    if key in OWNER_LABELS and len(value.split()) <= _LONGEST_OWNER and not _NOT_IN_A_NAME.search(value):
        return {"owner": without_mention(value)}, True
    if key in DUE_LABELS and (due := due_date(value, day)) is not None:
        return {"due": due}, True
    if key in STATUS_LABELS and name_key(value) in TASK_STATUSES:
        return {"status": TASK_STATUSES[name_key(value)]}, True
    return None


# "(done early)", "(moved from June)": a short aside in brackets closing a segment.
_ASIDE = re.compile(r"[ \t]+\([^()]{1,40}\)$")
_LONGEST_BARE = 60  # characters: a date or a team's name, not a sentence
# "due 2026-08-15", "by 1 May": a due date's word before it, in a segment of its own.
# Also Polish and Swedish: "do 1 marca", "termin 15.04.2026", "klart senast 1 mars".
_DUE_WORD = re.compile(
    r"(?:due(?:[ \t]+(?:by|on))?|by|deadline|eta|do(?:[ \t]+dnia)?|termin|(?:klart[ \t]+)?senast|klart[ \t]+till)"
    r"[ \t]*:?[ \t]+",
    re.IGNORECASE,
)


def _bare_segment(segment: str, day: date | None, *, after_a_due: bool) -> tuple[dict[str, Any], bool] | None:
    """A segment between dashes or bars that is a field with no label: a due date ("2026-08-15", "due 1 May", after a
    status: "open, due 1 May"), or,
    just before one (``after_a_due``), who owns the task ("Build team", "Dana Ruiz", "@dana"): a name's words, each
    capitalised or a handle's, no more than an owner's."""
    if len(segment) > _LONGEST_BARE:
        return None
    status, comma, rest = segment.partition(", ")
    if comma and name_key(status) in TASK_STATUSES and _DUE_WORD.match(rest):
        # "in progress, due Dec 11": the status and the due date in one segment, as a chat's list writes them
        due = due_date(_DUE_WORD.sub("", rest, count=1), day)
        return ({"status": TASK_STATUSES[name_key(status)], "due": due}, False) if due is not None else None
    due = due_date(_DUE_WORD.sub("", segment, count=1) if _DUE_WORD.match(segment) else segment, day)
    if due is not None:
        return {"due": due}, False
    if (aside := _ASIDE.search(segment)) is not None and (
        read := _bare_segment(segment[: aside.start()], day, after_a_due=False)
    ):
        # "due 2026-07-14 (done early)": the date, then a word on it in brackets, which stays in the task's text
        return ({**read[0], "remark": aside.group().strip()}, read[1]) if "due" in read[0] else None
    words = segment.split()
    if not after_a_due or not words or len(words) > _LONGEST_OWNER - 1 or _NOT_IN_A_NAME.search(segment):
        return None
    if not (words[0][:1].isupper() or words[0].startswith("@") or handle(words[0])):
        return None
    return {"owner": without_mention(segment)}, False
