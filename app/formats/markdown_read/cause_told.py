"""The root cause a narrative names in a sentence of its story: "This leads me to the root cause of this problem:
the server needs more RAM!", "So the real cause of the outage was a cron job nobody owned."

A blog post or a write-up with headings of its own ("## The Smoking Gun") has no section a reader would call the
root cause, but the sentence that says "the root cause … was" or "the root cause …:" is where the reader looks.
The summary's root cause gets a copy of what it names (after the colon, or the whole sentence); the story stays
where it was written. A cause ruled out ("the network was not the root cause") names none. Said so in the summary
(or in the impact and the opening), such a sentence is the summary's root cause too, before any line guessed from
the root cause's own section.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.cause_other_languages import names_cause_elsewhere
from app.formats.markdown_read.cause_words import names_a_cause
from app.formats.markdown_read.draft import Draft
from app.formats.markdown_read.prose_sentences import SENTENCE_END
from app.formats.markdown_read.tokens import heading_of, split_label
from app.formats.markdown_syntax import outside_fences, unescape_block

# "the root cause of this problem:", "the real cause of the outage was", "the underlying cause is"; "the root
# cause were", as a hurried writer types it.
_NAMES_THE_CAUSE = re.compile(
    r"\bthe[ \t]+(?:root[- ]cause|(?:actual|real|main|underlying|true|ultimate)[ \t]+cause)"
    r"(?:[ \t]+of[ \t]+(?:this|the|our|that)[ \t]+(?:(?:whole|entire|first|second|last|recent)[ \t]+)?"
    r"(?:problem|outage|incident|issue|failure|downtime|crash|mess)"
    # "the root cause of the performance degradation was": what went wrong named in a word or three of its own.
    r"|[ \t]+of[ \t]+(?:this|the|our|that)(?:[ \t]+[\w-]{1,30}){1,3}(?=[ \t]+(?:was|is|were)\b))?"
    r"(?:[ \t]*(?P<colon>:)|[ \t]+(?:was|is|were)\b)[ \t]*(?=\S)",
    re.IGNORECASE,
)
_LOOKED_AT = 50  # kept sections
_LONGEST_PARAGRAPH = 4000
_SENTENCES_LOOKED_AT = 500
_LONGEST_TEXT = 20_000


def cause_told_in_kept_text(draft: Draft) -> None:
    """The first sentence of the text kept as written that names the root cause, when nothing else gave one."""
    if draft.summary.root_cause or draft.root_cause.cause:
        return
    for kept in sorted(draft.kept, key=lambda kept: kept.position)[:_LOOKED_AT]:
        if (cause := _cause_in(kept.body)) is not None:
            draft.summary.root_cause = cause
            return


def _cause_in(text: str) -> str | None:
    lines = text.split("\n", 2000)[:2000]
    for paragraph in _paragraphs(lines):
        for sentence in SENTENCE_END.split(paragraph[:_LONGEST_PARAGRAPH]):
            named = _NAMES_THE_CAUSE.search(sentence) or names_cause_elsewhere(sentence)  # "Przyczyną awarii był"
            if named is None or not names_a_cause(sentence):
                continue
            if named.group(0).rstrip().endswith(":"):
                rest = sentence[named.end() :].strip()
                return unescape_block(rest[:1].upper() + rest[1:])
            return unescape_block(sentence.strip())
    return None


def cause_said_outright(sentences: list[str]) -> str | None:
    """The first of a summary's ``sentences`` that names the root cause as such ("The root cause of this failure
    was a broken link.", "The underlying issue turned out to be that …"), whole. ("The root cause is still being
    investigated" names none.)"""
    for sentence in sentences[:_SENTENCES_LOOKED_AT]:
        head = sentence[:_LONGEST_PARAGRAPH]
        named = (_NAMES_THE_CAUSE.search(head) and names_a_cause(head)) or _UNDERLYING_ISSUE.match(head)
        if named and not _NOT_KNOWN_YET.search(head):
            return sentence
    return None


# "The underlying issue turned out to be that …", "The real problem was that …": the cause, named as the issue.
_UNDERLYING_ISSUE = re.compile(
    r"[ \t]*the[ \t]+(?:underlying|real|actual|root|true)[ \t]+(?:issue|problem)[ \t]+"
    r"(?:was|is|turned[ \t]+out[ \t]+to[ \t]+be)[ \t]+(?:that[ \t]+)?(?=\S)",
    re.IGNORECASE,
)


_NOT_KNOWN_YET = re.compile(
    r"\b(?:unknown|not[ \t]+(?:yet[ \t]+)?(?:known|clear|determined)|under[ \t]+investigation"
    # "The root cause was not identified until the next day": when it was found, not what it was.
    r"|not[ \t]+(?:yet[ \t]+|immediately[ \t]+)?(?:identified|found|discovered|understood|pinpointed|confirmed)"
    r"|being[ \t]+investigated|to[ \t]+be[ \t]+determined|TBD)\b",
    re.IGNORECASE,
)


def cause_said_in_the_opening(draft: Draft) -> None:
    """The root cause a sentence of the impact or the opening names as such ("The root cause of this problem was an
    invalid configuration change."), copied to the summary when nothing else gave it: the authors' own summing
    up, over a line guessed from the root cause's section."""
    if draft.summary.root_cause:
        return
    for text in (draft.summary.impact, draft.introduction):
        paragraphs = _paragraphs(text.split("\n", 2000)[:2000]) if text else []  # never a string a line of it all
        sentences = [sentence.strip() for part in paragraphs for sentence in SENTENCE_END.split(part[:_LONGEST_TEXT])]
        if (cause := cause_said_outright(sentences)) is not None:
            label = split_label(cause)  # "Root Cause: The root cause was …", a label run into the paragraph
            draft.summary.root_cause = unescape_block(label[1] if label and label[1] and "cause" in label[0] else cause)
            return


def _paragraphs(lines: list[str]) -> list[str]:
    """The paragraphs of prose in ``lines``, each joined into one line (a sentence may be wrapped): not code, a
    heading, a table, a quote or markup."""
    paragraphs: list[list[str]] = [[]]
    for line, outside in zip(lines, outside_fences(lines), strict=True):
        stripped = line.strip()
        if not outside or not stripped or heading_of(line) or stripped.startswith(("|", ">", "<", "```", "~~~")):
            paragraphs.append([])
        else:
            paragraphs[-1].append(stripped)
    return [" ".join(paragraph) for paragraph in paragraphs if paragraph]
