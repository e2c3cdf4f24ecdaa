"""Proposals written as prose among the measures: "We should also review every vendor …", "Devíamos rever …".

A measures section lists its tasks, each with an owner or a date; beside them authors write what the team
should, could or will also look at, not yet made a task. A careful reader files each such proposal as an
improvement, not as prose of a section named after the measures. Two places hold them, read by one word list:

- a short line alone after two or more tasks that says, anywhere in it, what "we should" do
  ("We should also review …", "De forma geral, devíamos rever …"), kept by the section's reader as written;
- a paragraph kept among the measures (before its "Tasks:" label, or after it) whose every sentence opens with
  a proposal ("We should treat template releases like code releases. We will also review …"). A paragraph with
  any other sentence is the author's prose, kept as written.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.draft import Draft, Section
from app.formats.markdown_read.prose_sentences import SENTENCE_END

# What "we" propose: "we should", "we ought to", "we could", "we plan to", "we will also", "we will review" …
_MODAL = (
    r"should|ought[ \t]+to|need[ \t]+to|must|could|might|want[ \t]+to|plan[ \t]+to|would[ \t]+like[ \t]+to"
    r"|will[ \t]+also|will[ \t]+(?:review|consider|look[ \t]+into|explore|evaluate|investigate|revisit)"
)
# "we should" in one word: "devíamos", "deberíamos", "nous devrions", "wir sollten", "vi borde", "powinniśmy" …
_IN_ONE_WORD = r"devíamos|deveríamos|deberíamos|devrions|sollten|borde|powinniśmy|sebaiknya"

_SUGGESTION = re.compile(
    rf"\bwe[ \t]+(?:{_MODAL})\b|\bit[ \t]+would[ \t]+be[ \t]+good[ \t]+to\b|(?<!\w)(?:{_IN_ONE_WORD})(?!\w)",
    re.IGNORECASE,
)
_OPENING = re.compile(
    rf"[ \t]*(?:[-*+][ \t]+)?(?:(?:we|the[ \t]+team)(?:[ \t]+(?:{_MODAL})|['’](?:d[ \t]+like[ \t]+to|ll[ \t]+also))\b"
    rf"|(?:{_IN_ONE_WORD})(?!\w))",
    re.IGNORECASE,
)

# A paragraph closing with a colon ("… like this:", "… as this:-") leads into a list: it proposes nothing itself.
_LEAD_END = re.compile(r":[ \t]*[-–—]?[ \t*_]*$")
_LEAD_TAIL = 20
_LONGEST_LINE = 400  # a sentence or two, not a paragraph of its own story
_FEWEST_TASKS = 2  # under a list of tasks, not after one task told in a sentence
_LONGEST_PARAGRAPH = 3_000
_MOST_SENTENCES = 12
_LONGEST_KEPT = 50_000


def suggestion_after_tasks(draft: Draft, section: Section, tasks_before: int) -> None:
    """Move the measures section's closing suggestion, kept as written, to the improvements."""
    if len(draft.measures.tasks) - tasks_before < _FEWEST_TASKS or not draft.kept:
        return
    kept = draft.kept[-1]
    body = kept.body.strip()
    if kept.position != section.position or not body or len(body) > _LONGEST_LINE or "\n" in body:
        return
    if body[0] in "-*+|#>`<[" or _SUGGESTION.search(body) is None:
        return
    draft.kept.pop()
    draft.measures.improvements.append(body)


def proposals(lines: list[str]) -> list[str] | None:
    """Each sentence of the paragraph ``lines``, when every one is a proposal ("We should …"); else ``None``."""
    text = " ".join(line.strip() for line in lines if line.strip())
    if not text or len(text) > _LONGEST_PARAGRAPH or _LEAD_END.search(text[-_LEAD_TAIL:]):
        return None  # ("We want to get better at these things:" announces the list under it)
    starts = [0, *(found.end() for found in SENTENCE_END.finditer(text))]
    sentences = [text[start:end].strip() for start, end in zip(starts, [*starts[1:], len(text)], strict=True)]
    sentences = [sentence for sentence in sentences if sentence]
    if not sentences or len(sentences) > _MOST_SENTENCES:
        return None
    if not all(_OPENING.match(sentence) for sentence in sentences):
        return None
    return sentences


def proposal_sentences(lines: list[str], items: int) -> list[str] | None:
    """The sentences of a paragraph among the measures ("We should rotate … We could alert …"), when every one is
    a proposal and they are more than the ``items`` its lines were read as: prose of proposals, each an
    improvement, not one task a line (a line a proposal, "We should add X" over "We should add Y", stays a list)."""
    sentences = proposals(lines) if items else None
    return sentences if sentences is not None and len(sentences) > items else None


def proposals_left_in_measures(draft: Draft, measures: list[Section]) -> None:
    """The proposal paragraphs the measures' reader kept as written: improvements, out of the kept text. A kept
    section of proposals only ("## Things we want to do" over "We should …") gives its improvements too."""
    where = {section.heading for section in measures}  # (a part cut out of the section keeps its heading)
    emptied: set[int] = set()
    for kept in draft.kept:
        if len(kept.body) > _LONGEST_KEPT or not kept.body.strip():
            continue
        paragraphs = re.split(r"\n[ \t]*\n", kept.body)
        ideas = [proposals(paragraph.split("\n")) for paragraph in paragraphs[:_MOST_SENTENCES]]
        if kept.heading not in where and (len(paragraphs) > _MOST_SENTENCES or None in ideas):
            continue  # another section: only when all it says is proposals
        draft.measures.improvements.extend(idea for found in ideas if found is not None for idea in found)
        left = [paragraph for paragraph, found in zip(paragraphs, ideas, strict=False) if found is None]
        kept.body = "\n\n".join([*left, *paragraphs[len(ideas) :]]).strip("\n")
        if not kept.body:
            emptied.add(id(kept))
    draft.kept = [kept for kept in draft.kept if id(kept) not in emptied]
