"""Follow-ups a manager's mail lists in one sentence: "Three things are agreed: first, …; second, …; and third, …".

A summary written as one paragraph of prose has no list of action items, but a careful reader still
sees three tasks in "Three things are already agreed: first, Dana's team will add an alert …, to be in
place by 24 April; second, the network team (owner: Ravi Patel) will require a review …, which is
already done; and third, I have asked the desk to page the on-call directly." Each item is a task: who
will do it (a name before "will", or an "owner:" label), by when ("by 24 April"), and whether it is
done already. The sentence stays where it was written; the tasks are copies.
"""

from __future__ import annotations

import itertools
import re

from app.formats.markdown_read.draft import Draft, TaskDraft
from app.model import TaskStatus

_COUNT = r"(?:two|three|four|five|six|several|a[ \t]+few|a[ \t]+couple[ \t]+of|\d)"
_ORDINAL = r"(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|sixth(?:ly)?|finally|lastly)"
_THINGS = r"(?:things|actions|changes|steps|follow-?ups|fixes|measures|items|improvements|tasks)"
# An item's mark: "first,", "secondly,", "(2)", "3)", "(c)".
_MARK = rf"(?:(?:the[ \t]+)?{_ORDINAL}[ \t]*,|\(?[1-9]\)|\([a-h]\))"
# "Three things are already agreed:", "We have agreed on four follow-ups:", "the following actions were agreed:",
# "Next steps:" — then "first, …" or "(1) …".
_ANNOUNCED = re.compile(
    rf"\b(?:(?:{_COUNT}|following)[ \t]+{_THINGS}\b[^.:;]{{0,60}}?|next[ \t]+steps|follow-?ups|action[ \t]+items"
    rf"|(?:actions|steps)[ \t]+agreed|agreed[ \t]+{_THINGS})[ \t]*:[ \t]*(?={_MARK})",
    re.IGNORECASE,
)
# Where the next item begins: "; second, ", ", and third, ", "; finally, ", "; (2) ".
_NEXT_ITEM = re.compile(rf"(?:[;,][ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+(?=\())(?:{_MARK})[ \t]*", re.IGNORECASE)
_FIRST_ITEM = re.compile(rf"{_MARK}[ \t]*", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
# "(owner: Martin Kowal)", "(owner Martin Kowal)": the owner written in the item.
_OWNER_LABEL = re.compile(r"[ \t]*\((?:owner|owned[ \t]+by|lead)[ \t]*:?[ \t]*(?P<owner>[^()]{2,60})\)", re.I)
# "Dana's team will …", "Ravi Patel will …", "the identity team will …", "the help desk will …": who will do it.
_WILL = re.compile(
    r"(?P<owner>[A-Z][\w'’-]{1,30}(?:[ \t]+[A-Z][\w'’-]{1,30})?(?:[ \t]+team)?"
    r"|the[ \t]+[a-z][\w-]{1,30}(?:[ \t]+[a-z][\w-]{1,30}){0,3}?)"
    r"[ \t]+(?:will|is[ \t]+going[ \t]+to|are[ \t]+going[ \t]+to|has[ \t]+agreed[ \t]+to)\b"
)
# (Tried once from the start of each run of spaces and commas: from within one, the rest of the run again.)
_BY = re.compile(
    r"(?<![ \t,])[ \t,]+(?:to[ \t]+be[ \t]+(?:in[ \t]+place|done|finished|live)[ \t]+)?"
    r"by[ \t]+(?P<due>[^,;]{4,40}?)[ \t]*\.?$"
)
_DONE = re.compile(
    r"\b(?:already[ \t]+(?:done|in[ \t]+place|live|deployed|complete[d]?|implemented|finished)"
    r"|(?:is|are|was|were|has[ \t]+been|have[ \t]+been)[ \t]+(?:now[ \t]+)?(?:done|completed|finished))\b",
    re.IGNORECASE,
)
_UNDER_WAY = re.compile(r"\b(?:under[ \t]?way|in[ \t]+progress|being[ \t]+(?:done|rolled[ \t]+out|built))\b", re.I)
_LONGEST_PROSE = 20_000
_MOST_ITEMS = 12
_PRONOUNS = frozenset(("I", "We", "They", "He", "She", "It", "This", "That"))


def enumerated_tasks(draft: Draft, texts: list[str]) -> None:
    """The tasks of the first sentence in ``texts`` that counts its follow-ups off, when the report lists none."""
    if draft.measures.tasks or draft.measures.improvements:
        return
    for text in texts:
        flat = " ".join(text[:_LONGEST_PROSE].split())
        for announced in itertools.islice(_ANNOUNCED.finditer(flat), 5):
            sentence = _SENTENCE_END.split(flat[announced.end() :], maxsplit=1)[0]
            items = _items(sentence)
            if len(items) >= 2:
                draft.measures.tasks.extend(_task(item, draft) for item in items[:_MOST_ITEMS])
                return


def _items(sentence: str) -> list[str]:
    """The items of "first, A; second, B; and third, C." (without their ordinal words)."""
    first = _FIRST_ITEM.match(sentence)
    if first is None:
        return []
    items, start = [], first.end()
    for found in itertools.islice(_NEXT_ITEM.finditer(sentence, start), _MOST_ITEMS):
        items.append(sentence[start : found.start()])
        start = found.end()
    items.append(sentence[start:])
    return [item.strip().rstrip(".").strip() for item in items if item.strip(" .")]


def _task(item: str, draft: Draft) -> TaskDraft:
    from app.formats.markdown_read.task_due import due_date  # read by the first document with a task

    owner = None
    text = item
    if (label := _OWNER_LABEL.search(text)) is not None:
        owner = label.group("owner").strip()
        text = (text[: label.start()] + text[label.end() :]).strip()
    elif (will := _WILL.match(text)) is not None and will.group("owner").split()[0] not in _PRONOUNS:
        owner = will.group("owner")
    due = None
    if (by := _BY.search(text)) is not None and (due := due_date(by.group("due"), draft.day)) is not None:
        text = text[: by.start()].rstrip(" ,")
    status = TaskStatus.OPEN
    if _DONE.search(item):
        status = TaskStatus.DONE
    elif _UNDER_WAY.search(item):
        status = TaskStatus.IN_PROGRESS
    return TaskDraft(text[:1].upper() + text[1:], status=status, owner=owner, due=due)
