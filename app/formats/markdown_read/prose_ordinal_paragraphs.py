"""Follow-ups a letter counts off in paragraphs: "Here is what we are changing." then "First, …", "Second, …".

A company's public apology or a manager's note has no list of action items: it announces what it will change
and gives one paragraph to each change, opened by its ordinal word. A careful reader sees a task in each:
who owns it ("Dana Reyes owns this", "Our Head of Support, Aiko Brandt, owns this", "(owner: …)"), by when
("by May 15"), and whether it is done already ("That alert shipped on Friday"). Only after a line that
announces changes: "First, the cache filled. Second, …" telling the story is not a list of tasks. The
paragraphs stay where they were written; the tasks are copies.
"""

from __future__ import annotations

import itertools
import re

from app.formats.markdown_read.draft import Draft, TaskDraft
from app.model import TaskStatus

_ORDINALS = (
    ("first", "firstly"),
    ("second", "secondly"),
    ("third", "thirdly"),
    ("fourth", "fourthly"),
    ("fifth", "fifthly"),
    ("sixth", "sixthly"),
    ("seventh",),
    ("eighth",),
)
_OPENING = re.compile(r"(?P<word>[A-Za-z]{4,9})[ \t]*,[ \t]*(?=\S)")
_LAST = ("finally", "lastly", "last")
# "Here is what we are changing.", "What we're doing about it:", "Next steps:", "We are making four changes.".
_ANNOUNCES = re.compile(
    r"\b(?:chang(?:e|es|ing)|doing|do (?:next|differently|about it)|fix(?:es|ing)?|prevent\w*|improv\w+"
    r"|next steps|steps|actions?|follow[- ]?ups?|commit\w*|promise\w*)\b",
    re.IGNORECASE,
)
_LONGEST_ANNOUNCEMENT = 200
# "Dana Reyes owns this", "Our Head of Support, Aiko Brandt, owns this", "Ravi will own it": the name before.
_OWNS = re.compile(
    r"(?P<owner>[A-Z][\w'’-]{1,30}(?:[ \t]+[A-Z][\w'’-]{1,30}){0,2}),?[ \t]+"
    r"(?:owns|will[ \t]+own|is[ \t]+(?:the[ \t]+)?owner[ \t]+of|is[ \t]+responsible[ \t]+for|will[ \t]+lead|leads)"
    r"[ \t]+(?:this|it|that|the[ \t]+work)\b"
)
_OWNER_LABEL = re.compile(r"\((?:owner|owned[ \t]+by|lead)[ \t]*:?[ \t]*(?P<owner>[^()]{2,60})\)", re.IGNORECASE)
# "by May 15", "by 30 June": the day it will be in place (what follows "by" up to the clause's end).
_BY = re.compile(r"\bby[ \t]+(?P<due>[^,;.()]{3,30})")
_DONE = re.compile(
    r"\b(?:already[ \t]+(?:done|in[ \t]+place|live|shipped|deployed|complete[d]?|implemented|finished)"
    r"|(?:shipped|went[ \t]+live|was[ \t]+deployed|was[ \t]+rolled[ \t]+out)[ \t]+(?:on|last|yesterday|earlier|this)\b"
    r"|(?:is|are|was|were|has[ \t]+been|have[ \t]+been)[ \t]+(?:now[ \t]+)?(?:done|completed|finished|live))\b",
    re.IGNORECASE,
)
_PRONOUNS = frozenset(("I", "We", "They", "He", "She", "It", "This", "That", "Our", "The"))
_MOST_PARAGRAPHS = 2000
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def ordinal_paragraph_tasks(draft: Draft, texts: list[str]) -> None:
    """The tasks of the first run of "First, …", "Second, …" paragraphs after a line announcing changes,
    when the report lists none."""
    if draft.measures.tasks or draft.measures.improvements:
        return
    for text in texts:
        parts = itertools.islice(_BLANK_LINE.split(text), _MOST_PARAGRAPHS)
        paragraphs = [" ".join(part.split()) for part in parts]
        for at, paragraph in enumerate(paragraphs):
            if _ordinal(paragraph) != 0 or at == 0 or not _announces(paragraphs[at - 1]):
                continue
            items = [paragraph]
            for following in paragraphs[at + 1 :]:
                number = _ordinal(following)
                if number != len(items) and not (number == -1 and following.lower().startswith(_LAST)):
                    break
                items.append(following)
            if len(items) >= 2:
                draft.measures.tasks.extend(_task(item, draft) for item in items)
                return


def _ordinal(paragraph: str) -> int | None:
    """0 for a paragraph opening "First, …", 1 for "Second, …"; -1 for "Finally, …"; else ``None``."""
    opening = _OPENING.match(paragraph)
    if opening is None:
        return None
    word = opening.group("word").lower()
    if word in _LAST:
        return -1
    return next((number for number, words in enumerate(_ORDINALS) if word in words), None)


def _announces(paragraph: str) -> bool:
    return len(paragraph) <= _LONGEST_ANNOUNCEMENT and bool(_ANNOUNCES.search(paragraph))


def _task(paragraph: str, draft: Draft) -> TaskDraft:
    from app.formats.markdown_read.task_due import due_date  # read by the first document with a task

    opening = _OPENING.match(paragraph)
    text = paragraph[opening.end() :] if opening is not None else paragraph
    owner = None
    if (label := _OWNER_LABEL.search(text)) is not None:
        owner = label.group("owner").strip()
    else:
        owners = (found.group("owner") for found in _OWNS.finditer(text))
        owner = next((name for name in owners if name.split()[0] not in _PRONOUNS), None)
    days = (due_date(by.group("due").strip(), draft.day) for by in itertools.islice(_BY.finditer(text), 5))
    due = next((day for day in days if day is not None), None)
    status = TaskStatus.DONE if _DONE.search(text) else TaskStatus.OPEN
    return TaskDraft(text[:1].upper() + text[1:], status=status, owner=owner, due=due)
