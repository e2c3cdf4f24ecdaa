"""A report written as questions and their answers, its questions read as the headings of its sections.

A blameless learning review or an FAQ puts each part of the story as a question standing alone
("**Q: When did we first know?**", "Q. How did it end?", "**What went wrong?**") with the answer below it,
often marked "A:". A reader takes each question for the name of a section, the answer for its text: so
"What was the customer-facing impact?" holds the impact and "What are we going to change?" the
follow-ups (``question_names`` says which part each asks for). Lines are rewritten in place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.formats.markdown_read.tokens import heading_of

# "Q:", "Q.", "Question 2:" before the question (the same marks ``question_names`` reads past).
_ASKED = re.compile(r"(?:Q|Question)(?:[ \t]*\d{1,2})?[ \t]*[:.)][ \t]*\S", re.IGNORECASE)
# "A:", "**A:**", "Answer:" before the answer: the asker's mark, not a word of the answer.
_ANSWERED = re.compile(r"[ \t]*(?:\*\*|__)?(?:A|Answer)(?:\*\*|__)?[ \t]*[:.)](?:\*\*|__)?(?:[ \t]+|$)")
_LONGEST_QUESTION = 200
_FEWEST_QUESTIONS = 3


def _question(line: str) -> tuple[str, bool] | None:
    """The question a line asks standing alone, and whether it was marked ("Q: …"); ``None`` for any other line.

    "**Q: What broke?**", "**Q:** What broke?", "Q. What broke?", "**What broke?**"."""
    text = line.strip()
    if not text or len(text) > _LONGEST_QUESTION or text.startswith("#"):
        return None
    bold = False
    for mark in ("**", "__"):
        if len(text) > 4 and text.startswith(mark) and text.endswith(mark):
            text, bold = text[2:-2].strip(), True
    text = text.replace("**", "").replace("__", "").strip() if not bold else text
    if "**" in text or "__" in text:
        return None  # two bold runs on one line: a sentence with marks in it, not a question alone
    marked = bool(_ASKED.match(text))
    if not text.endswith("?") or not (marked or bold):
        return None
    return text, marked


def questions_as_headings(lines: list[str], flags: Sequence[int]) -> list[str]:
    """The lines with each question standing alone as a heading, and the "A:" before its answer gone.

    Unchanged unless at least three questions stand so. A question in bold alone counts only in a report
    with no section headings (under "## Five whys", "**Why did the disk fill?**" is one of the whys)."""
    asked: list[tuple[int, str, bool]] = []
    levels: list[int] = []  # the level of the last heading above each question
    level_above = 1
    headed = False
    for index, line in enumerate(lines):
        if not flags[index]:
            continue
        heading = heading_of(line)
        if heading is not None:
            level_above = heading[0]
            headed = headed or heading[0] > 1
            continue
        if index > 0 and lines[index - 1].strip():
            continue  # a question is a paragraph of its own
        found = _question(line)
        if found is not None:
            asked.append((index, *found))
            levels.append(level_above)
    if not headed:
        chosen = [(at, question, level) for (at, question, _), level in zip(asked, levels, strict=True)]
    else:
        chosen = [(at, question, level) for (at, question, marked), level in zip(asked, levels, strict=True) if marked]
    if len(chosen) < _FEWEST_QUESTIONS:
        return lines
    out = list(lines)
    for at, question, level in chosen:
        out[at] = f"{'#' * min(6, level + 1)} {question}"
        answer = next((i for i in range(at + 1, min(len(lines), at + 4)) if lines[i].strip()), None)
        if answer is not None and flags[answer] and (mark := _ANSWERED.match(lines[answer])) is not None:
            out[answer] = lines[answer][mark.end() :]
    return out
