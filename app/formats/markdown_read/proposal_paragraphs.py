"""A paragraph of proposals among the measures: "We should treat template releases like code releases.",
"We will also review whether maintenance windows should be split …".

Written beside the list of owned tasks (before its "Tasks:" label, or after it), sentences that each open with
what the team should, could or will also look at are the ideas not yet made tasks: a careful reader takes each
as an improvement. A paragraph with any other sentence is the author's prose, kept as written.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.draft import Draft, Section
from app.formats.markdown_read.prose_sentences import SENTENCE_END

_PROPOSAL = re.compile(
    r"[ \t]*(?:[-*+][ \t]+)?(?:we|the[ \t]+team)(?:[ \t]+(?:should|could|might|want[ \t]+to|need[ \t]+to"
    r"|plan[ \t]+to|would[ \t]+like[ \t]+to|will[ \t]+also"
    r"|will[ \t]+(?:review|consider|look[ \t]+into|explore|evaluate|investigate|revisit))"
    r"|['’](?:d[ \t]+like[ \t]+to|ll[ \t]+also))\b",
    re.IGNORECASE,
)
_LONGEST_PARAGRAPH = 3_000
_MOST_SENTENCES = 12
_LONGEST_KEPT = 50_000


def proposals(lines: list[str]) -> list[str] | None:
    """Each sentence of the paragraph ``lines``, when every one is a proposal ("We should …"); else ``None``."""
    text = " ".join(line.strip() for line in lines if line.strip())
    if not text or len(text) > _LONGEST_PARAGRAPH:
        return None
    starts = [0, *(found.end() for found in SENTENCE_END.finditer(text))]
    sentences = [text[start:end].strip() for start, end in zip(starts, [*starts[1:], len(text)], strict=True)]
    sentences = [sentence for sentence in sentences if sentence]
    if not sentences or len(sentences) > _MOST_SENTENCES:
        return None
    if not all(_PROPOSAL.match(sentence) for sentence in sentences):
        return None
    return sentences


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
