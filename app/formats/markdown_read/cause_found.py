"""The root cause told as what the investigation found: "Investigation showed that the container was not set to
restart."

A short report written to an issue template ("Detailed Description", "Impact", "Suggested Remediation") names no
root cause, but its description ends with the finding: "Investigation showed that …", "We found that …". A careful
reader copies the finding to the summary's root cause, when nothing else gave one. A finding that clears a suspect
("showed that the database was healthy") is not a cause.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.draft import Draft
from app.formats.markdown_read.prose_sentences import SENTENCE_END
from app.formats.markdown_read.tokens import heading_of
from app.formats.markdown_syntax import outside_fences, unescape_block

# "Investigation showed that", "The logs revealed that", "we found that": the finding follows "that".
_FINDING = re.compile(
    r"\b(?:investigation|analysis|debugging|the[ \t]+logs?|we|I|the[ \t]+team)[ \t]+(?:\w+[ \t]+)?"
    r"(?:showed|revealed|found|discovered|determined|established|confirmed)[ \t]+that[ \t]+(?=\S)",
    re.IGNORECASE,
)
# A finding that clears a suspect: "showed that the database was healthy", "found that the network was fine".
_CLEARS = re.compile(
    r"\b(?:healthy|fine|normal(?:ly)?|ok|okay|as[ \t]+expected|correct(?:ly)?|working|unaffected|no[ \t]+(?:issues?"
    r"|problems?|errors?))\b",
    re.IGNORECASE,
)
_KEPT_LOOKED_AT = 50
_LINES_LOOKED_AT = 400
_LONGEST_PARAGRAPH = 4000


def cause_found_in_kept_text(draft: Draft) -> None:
    """The first finding of a defect told in the text kept as written, as the summary's root cause."""
    if draft.summary.root_cause or draft.root_cause.cause:
        return
    for kept in sorted(draft.kept, key=lambda kept: kept.position)[:_KEPT_LOOKED_AT]:
        # Only the text the first paragraph can come from: a kept section of 1 MiB lines is not copied whole.
        lines = kept.body[: 4 * _LONGEST_PARAGRAPH].split("\n", _LINES_LOOKED_AT)[:_LINES_LOOKED_AT]
        flags = outside_fences(lines)
        prose = " ".join(line.strip() for line, out in zip(lines, flags, strict=True) if out and not heading_of(line))
        for sentence in SENTENCE_END.split(prose[:_LONGEST_PARAGRAPH]):
            found = _FINDING.search(sentence)
            if found is not None and not _CLEARS.search(sentence, found.end()):
                finding = sentence[found.end() :].strip()
                draft.summary.root_cause = unescape_block(finding[:1].upper() + finding[1:])
                return
