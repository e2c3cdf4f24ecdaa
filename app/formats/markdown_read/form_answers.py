"""A report written as the assignment's form: each of the form's questions, its answer on the line under it.

"What was the impact (what service was down/slow? …)?" over "`100% of our users lost the site`", "Explain in
detail how the issue was fixed?" over "`Spellcheck`", "What are the things that can be improved/fixed?" over
"`Fire Kevin or use code review`". The question is the form's words, never the writer's: a careful reader fills
the part it asks for with the answer (the impact, the cause, the fix, the duration) and reads a measure's answer
as the measure, its backticks taken off. The lines are rewritten in place, as the labelled lines the section
readers know ("Impact: 100% of …"); a question asking for none of these parts stays as written.

Only in a report with three answered questions or more (one question over a line is someone wondering), and never
under the timeline, whose reader takes each answer for a step of the incident (``timeline.answered_questions``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.formats.markdown_read.names import section_key
from app.formats.markdown_read.tokens import BULLET, heading_of, is_table_line

_LONGEST_QUESTION = 300
_LONGEST_ANSWER = 2000
_FEWEST_ANSWERED = 3
# The form's explanation in brackets: "(what service was down/slow? How many % of the users were affected?)".
_ASIDE = re.compile(r"[ \t]*\([^()]{0,300}\)")

# In this order: "What are the things that can be improved/fixed?" asks for measures, not for the fix.
_ASKS = tuple(
    (re.compile(pattern, re.IGNORECASE), label)
    for pattern, label in (
        (
            r"\b(?:improved?|improvements?|prevent\w*|corrective|tasks?|to-?dos?|action items?|next time"
            r"|do differently|lessons?)\b",
            "",
        ),
        (r"^(?:what was the )?duration\b|\bhow long\b", "Duration"),
        (r"\bimpact\b|\bwho was affected\b|\bwhat did (?:users|customers) (?:see|experience)\b", "Impact"),
        (
            r"\bhow (?:was )?(?:the|this|it)(?: (?:issue|problem|incident|outage|bug))? (?:was )?"
            r"(?:fixed|resolved|solved|mitigated|repaired)\b|\bhow (?:did you|did we|was it) (?:fix|resolve|solve)",
            "Resolution",
        ),
        (r"\broot cause\b|\bwhat (?:was causing|caused|is causing)\b|\bcause of\b|\bwhy did\b", "Root cause"),
    )
)


def answers_for_questions(lines: list[str], flags: Sequence[int]) -> list[str]:
    """The lines with the form's questions outside the timeline replaced by the part each asks for and its answer
    ("Impact: …"), or by the answer alone for a measure; ``lines`` itself when the report is not such a form."""
    answered = [index for index in range(len(lines) - 1) if _answer_to(lines, flags, index) is not None]
    if len(answered) < _FEWEST_ANSWERED:
        return lines
    out: list[str] | None = None
    under: str | None = None  # the key of the section the line is in
    at = 0
    for index, line in enumerate(lines):
        heading = heading_of(line) if flags[index] and len(line) < 1000 else None
        if heading is not None:
            under = section_key(heading[1])
        if at >= len(answered) or answered[at] != index:
            continue
        at += 1
        if under == "timeline":
            continue
        label = _asked(lines[index])
        if label is None:
            continue
        answer = _answer_to(lines, flags, index) or ""
        if out is None:
            out = list(lines)
        out[index], out[index + 1] = f"{label}: {answer}" if label else answer, ""
    return lines if out is None else out


def _asked(question: str) -> str | None:
    """The label of the part a form's question asks for ("Impact"), "" for a measure, ``None`` for no part."""
    bare = _ASIDE.sub("", question.strip()).rstrip("? \t")
    for pattern, label in _ASKS:
        if pattern.search(bare):
            return label
    return None


def _answer_to(lines: list[str], flags: Sequence[int], index: int) -> str | None:
    """The answer under a question standing as its own paragraph at ``index``, backticks taken off; else None."""
    question, answer = lines[index], lines[index + 1]
    if len(question) > 2 * _LONGEST_QUESTION or len(answer) > _LONGEST_ANSWER:
        return None
    if not (flags[index] and flags[index + 1]) or (index > 0 and lines[index - 1].strip()):
        return None
    asked, said = question.strip(), answer.strip()
    if not asked.endswith("?") or not _plain(asked) or not said or not _plain(said):
        return None
    if len(said) > 2 and said.startswith("`") and said.endswith("`") and "`" not in said[1:-1]:
        return said[1:-1].strip() or None
    return None


def _plain(line: str) -> bool:
    return not BULLET.match(line) and heading_of(line) is None and not is_table_line(line)
