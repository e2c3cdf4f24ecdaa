"""A suggestion written as a sentence under a measures section's tasks: "We should also review every vendor …".

A measures section lists its tasks, each with an owner or a date, then closes with a line of its own that
no one owns yet: "We should also review every other vendor we connect to with pinned keys.", "De forma
geral, devíamos rever todas as dependências externas." A careful reader files it as an improvement the
team wants, not as an additional section named after the measures. Only a short paragraph alone after the
tasks, which says what "we should" do; anything else stays as written.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.draft import Draft, Section

# "we should", "we need to", "we ought to"; "devíamos", "deberíamos", "nous devrions", "wir sollten", "vi borde".
_SUGGESTION = re.compile(
    r"\bwe[ \t]+(?:should|ought[ \t]+to|need[ \t]+to|must)\b|\bit[ \t]+would[ \t]+be[ \t]+good[ \t]+to\b"
    r"|(?<!\w)(?:devíamos|deveríamos|deberíamos|devrions|sollten|borde|powinniśmy|sebaiknya)(?!\w)",
    re.IGNORECASE,
)
_LONGEST = 400  # a sentence or two, not a paragraph of its own story
_FEWEST_TASKS = 2  # under a list of tasks, not after one task told in a sentence


def suggestion_after_tasks(draft: Draft, section: Section, tasks_before: int) -> None:
    """Move the measures section's closing suggestion, kept as written, to the improvements."""
    if len(draft.measures.tasks) - tasks_before < _FEWEST_TASKS or not draft.kept:
        return
    kept = draft.kept[-1]
    body = kept.body.strip()
    if kept.position != section.position or not body or len(body) > _LONGEST or "\n" in body:
        return
    if body[0] in "-*+|#>`<[" or _SUGGESTION.search(body) is None:
        return
    draft.kept.pop()
    draft.measures.improvements.append(body)
