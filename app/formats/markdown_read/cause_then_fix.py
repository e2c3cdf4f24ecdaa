"""The cause and the fix told as one paragraph left after the timeline, under no heading of its own.

A student's report may run its timeline straight into prose: "The root cause was traced to … A function failed
to release memory … The issue was fixed by refactoring … This involved …". No heading says so, but a careful
reader sees the cause told first and the fix from the sentence that says it was fixed: the cause and the
resolution, when no section gave them (copies; the paragraph stays where it was written).
"""

from __future__ import annotations

from app.formats.markdown_read.cause_resolution import tells_the_fix
from app.formats.markdown_read.cause_words import names_a_cause
from app.formats.markdown_read.draft import Draft
from app.formats.markdown_read.prose_sentences import SENTENCE_END
from app.formats.markdown_read.tokens import heading_of
from app.formats.markdown_syntax import unescape_block

_KEPT_LOOKED_AT = 50
_PARAGRAPHS_LOOKED_AT = 200
_LONGEST_PARAGRAPH = 20_000
_SENTENCES_LOOKED_AT = 60


def cause_then_fix_in_kept_text(draft: Draft) -> None:
    """The first kept paragraph that names the cause in its first sentence and then tells the fix."""
    part = draft.root_cause
    if part.resolution:
        return
    for kept in sorted(draft.kept, key=lambda kept: kept.position)[:_KEPT_LOOKED_AT]:
        for paragraph in kept.body.split("\n\n", _PARAGRAPHS_LOOKED_AT)[:_PARAGRAPHS_LOOKED_AT]:
            if len(paragraph) > _LONGEST_PARAGRAPH:
                continue  # (the rest of a huge section, left whole by the split): not a paragraph of prose
            lines = [line.strip() for line in paragraph.strip().split("\n")]
            if not lines or any(heading_of(line) or line.startswith(("-", "*", "|", ">", "`")) for line in lines):
                continue  # prose only: not a list, a table, a quote or code
            sentences = [s for s in SENTENCE_END.split(" ".join(lines)[:_LONGEST_PARAGRAPH]) if s.strip()]
            sentences = sentences[:_SENTENCES_LOOKED_AT]
            if len(sentences) < 2 or not names_a_cause(sentences[0]):
                continue
            fix_at = next((n for n, sentence in enumerate(sentences[1:], start=1) if tells_the_fix(sentence)), None)
            if fix_at is None:
                continue
            part.resolution = unescape_block(" ".join(sentences[fix_at:]).strip())
            if not part.cause:
                part.cause = unescape_block(" ".join(sentences[:fix_at]).strip())
            return
