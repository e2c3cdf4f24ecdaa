"""The fix told at the end of the cause: "… needed new disks. This was corrected by replacing them."

Students often write "Root Cause" (or "Root Cause and Resolution") as one paragraph: what broke, then how it
was fixed. When no section gave the resolution, a careful reader takes the sentences from the first one that
tells the fix as the resolution, and leaves the cause the sentences before it.
"""

from __future__ import annotations

import itertools
import re

from app.formats.markdown_read.draft import Draft, RootCauseDraft
from app.formats.markdown_read.fix_clause import fix_in_the_sentence
from app.formats.markdown_read.prose_sentences import SENTENCE_END
from app.formats.markdown_read.tokens import split_label
from app.formats.markdown_syntax import outside_fences

_FIXED = r"(?:corrected|fixed|resolved|remedied|mitigated|addressed|solved|repaired)"
_TROUBLE = r"(?:issue|problem|incident|outage|error|failure|bug|situation)"
# "This was corrected by replacing …", "The IP address was changed to resolve the issue", "We fixed it by …",
# "The problem was finally resolved when …". Each alternative reads a bounded run of words.
_TELLS_THE_FIX = re.compile(
    rf"\b(?:was|were|has[ \t]+been|have[ \t]+been|got)[ \t]+(?:\w+[ \t]+)?{_FIXED}[ \t]+(?:by|when|after|through)\b"
    rf"|\bto[ \t]+(?:resolve|fix|remedy|mitigate|solve|correct)[ \t]+(?:the[ \t]+|this[ \t]+|that[ \t]+)?{_TROUBLE}\b"
    rf"|\b(?:we|the[ \t]+team|engineers?)[ \t]+(?:\w+[ \t]+)?{_FIXED}[ \t]+(?:it|this|the[ \t]+{_TROUBLE})[ \t]+by\b"
    rf"|\b(?:the|this)[ \t]+{_TROUBLE}[ \t]+was[ \t]+(?:\w+[ \t]+)?{_FIXED}\b"
    # "By rolling the servers back …, we were able to fix the issue": the deed, then that it fixed things.
    rf"|^\s*by[ \t]+\w+ing\b[^.]{{0,300}}?\b(?:we|the[ \t]+team)[ \t]+"
    r"(?:were[ \t]+able[ \t]+to[ \t]+|managed[ \t]+to[ \t]+)?"
    r"(?:\w+ly[ \t]+)?(?:fix|fixed|resolve|resolved|solve|solved|restore|restored|remedy|remedied)\b"
    # "To fix this, the team replaced the faulty part", "To defeat this nemesis, …".
    r"|^\s*to[ \t]+(?:fix|resolve|remedy|solve|correct|mitigate|defeat|overcome)[ \t]+"
    rf"(?:this|that|it|the[ \t]+{_TROUBLE})\b"
    # "Rollback of the template release fixed it", "Restarting the workers resolved the issue": the deed as the
    # sentence's subject (not "Nothing we tried fixed it", "Restarting never fixed it").
    r"|^\s*(?!(?:nothing|no|none|neither|never)\b)(?:[\w'-]+\s+){1,8}?(?<!not\s)(?<!never\s)"
    rf"(?:fixed|resolved|solved)\s+(?:it|this|things|the\s+{_TROUBLE})\b"
    # "The solution was to create a new server", "Our fix is …", "The true resolution came when …", "The initial
    # fix focused on …": the fix, named as such.
    # ("However, the permanent resolution involved …": a connective before it changes nothing.)
    r"|^\s*(?:(?:however|finally|eventually|ultimately|then|so|thus|in[ \t]+the[ \t]+end),?[ \t]+)?"
    r"(?:the|our)[ \t]+(?:(?:initial|first|true|real|final|actual|eventual|permanent|immediate|temporary"
    r"|quick|lasting|long-term|proper)[ \t]+)?(?:solution|fix|remedy|workaround|resolution)[ \t]+"
    r"(?:was|is|has[ \t]+been|came|involved|consisted|focused|required)\b"
    # "… the following commands were required to get the machine back in order": the steps, listed after it.
    r"|\bthe[ \t]+following[ \t]+(?:commands?|steps?|actions?|changes?)[ \t]+(?:were|was)[ \t]+(?:\w+[ \t]+)?"
    r"(?:required|needed|used|run|executed|taken|applied|made)\b"
    # "… after fixing the typo the server was returning responses again": the deed, then the service back.
    r"|\bafter[ \t]+(?:fixing|correcting|changing|restarting|replacing|removing|updating|reverting|editing|adding"
    r"|renaming|rolling[ \t]+back)\b[^.]{0,200}?\b(?:was|were|is|are)[ \t]+(?:back|returning|working|up|running"
    r"|restored|responding|functional|operational)\b",
    re.IGNORECASE,
)
_LONGEST_SENTENCE = 2_000  # characters of one sentence searched


def tells_the_fix(sentence: str) -> bool:
    """Whether ``sentence`` tells how the incident was fixed ("The issue was fixed by …", "To fix this, …")."""
    return _TELLS_THE_FIX.search(sentence[:_LONGEST_SENTENCE]) is not None


_LONGEST_CAUSE = 20_000  # characters of a cause searched for the fix (a cause is a paragraph or two)


def resolution_in_the_cause(draft: Draft) -> None:
    """Split the fix off the end of ``root_cause.cause`` into ``root_cause.resolution`` when that is empty."""
    part = draft.root_cause
    if part.resolution or not part.cause or len(part.cause) > _LONGEST_CAUSE:
        return
    text = part.cause.strip()
    if _labelled_fix_paragraph(part, text):
        return
    if _BULLETS.fullmatch(text):
        _fix_in_the_list(part, text.split("\n"))
        return
    text, attached = _prose_then_attachments(text)
    if not text or "\n\n" in text or "\n-" in text:
        return  # a cause written as one paragraph only, or a list of bullets: anything else is read as written
    starts = [0, *(found.end() for found in SENTENCE_END.finditer(text))]
    bounds = [*starts, len(text)]
    for start, end in itertools.pairwise(bounds[1:]):  # from the second sentence: the cause comes first
        if _TELLS_THE_FIX.search(text[start:end][:_LONGEST_SENTENCE]) is not None:
            cause, fix = text[:start].strip(), f"{text[start:].strip()}{attached}"
            if cause and fix:
                part.cause, part.resolution = cause, fix
            return
    # "… a typo in the config file that can be fixed with a puppet script …": the fix told in the last sentence.
    if (fix := fix_in_the_sentence(text[bounds[-2] :][:_LONGEST_SENTENCE])) is not None:
        part.resolution = fix


# A picture standing alone ("![](img/fix.png)", "<img …>"), or a command a line ("sudo modprobe e1000e").
_PICTURE = re.compile(r"[ \t]*(?:!\[[^\]\n]{0,300}\]\(|<img\b)", re.IGNORECASE)
_COMMAND = re.compile(r"[ \t]*(?:\$[ \t]|[a-z][\w.-]{0,30}(?:[ \t]|$))")
_MOST_PARAGRAPHS = 20


def _prose_then_attachments(text: str) -> tuple[str, str]:
    """A cause's one paragraph of prose, and what only illustrates it after it (pictures, code, commands a line).

    "… the following commands were required to get the machine back in order." over the commands, or a picture
    under the paragraph: still a cause told in one paragraph. The attachments are returned as written, with the
    blank line before them; ``("", "")`` when the text has other prose paragraphs (or too many paragraphs)."""
    lines = text.split("\n")
    flags = outside_fences(lines)
    paragraphs: list[list[str]] = [[]]
    for line, outside in zip(lines, flags, strict=True):
        if outside and not line.strip():
            if paragraphs[-1]:
                paragraphs.append([])
                if len(paragraphs) > _MOST_PARAGRAPHS:
                    return "", ""
            continue
        paragraphs[-1].append(line)
    paragraphs = [paragraph for paragraph in paragraphs if paragraph]
    if len(paragraphs) == 1:
        return text, ""
    if not all(_attachment(paragraph) for paragraph in paragraphs[1:]):
        return "", ""
    attached = "\n\n".join("\n".join(paragraph) for paragraph in paragraphs[1:])
    return "\n".join(paragraphs[0]), f"\n\n{attached}"


def _attachment(paragraph: list[str]) -> bool:
    """Whether a paragraph only shows something: a picture, a code block, indented code or commands a line."""
    first = paragraph[0]
    if first.lstrip().startswith(("```", "~~~")) or first.startswith(("    ", "\t")):
        return True
    if all(_PICTURE.match(line) for line in paragraph):
        return True
    # Commands are lower case and never end as a sentence does ("sudo reboot", "$ systemctl restart nginx").
    return all(_COMMAND.match(line) and line.rstrip()[-1:] not in ".!?:" for line in paragraph)


# What restored service, as a paragraph of the cause labels it: "**Resolution:** re-published the old key; …".
_FIX_LABELS = frozenset(("resolution", "workaround", "mitigation", "fix", "the fix", "how it was fixed"))


def _labelled_fix_paragraph(part: RootCauseDraft, text: str) -> bool:
    """Cut a paragraph that opens with a "Resolution:" label off the cause into the resolution.

    A "Why was there a difference?" section may close with "**Root cause:** …" and "**Resolution:** …"
    paragraphs; the second tells the fix, not the cause. The cause keeps its other paragraphs as written.
    """
    paragraphs = text.split("\n\n")
    for index, paragraph in enumerate(paragraphs[:200]):
        first, _, rest = paragraph.strip().partition("\n")
        label = split_label(first) if first.startswith(("**", "__")) or first[:1].isupper() else None
        if label is None or label[0] not in _FIX_LABELS or not label[1].strip():
            continue
        cause = "\n\n".join(paragraphs[:index] + paragraphs[index + 1 :]).strip()
        if cause:
            part.cause, part.resolution = cause, f"{label[1]}\n{rest}".strip()
            return True
    return False


# A cause written as a short list of one-line bullets ("- The problem originated when …").
_BULLETS = re.compile(r"[-*•][ \t][^\n]{1,2000}(?:\n[-*•][ \t][^\n]{1,2000}){1,19}")


def _fix_in_the_list(part: RootCauseDraft, bullets: list[str]) -> None:
    """Split the bullets from the first one that tells the fix ("- The solution was to …") into the resolution."""
    for index, bullet in enumerate(bullets[1:], start=1):  # the cause comes first
        if _TELLS_THE_FIX.search(bullet[2:].strip()) is not None:
            part.cause, part.resolution = _as_text(bullets[:index]), _as_text(bullets[index:])
            return


def _as_text(bullets: list[str]) -> str:
    """One bullet as its sentence, several as the list they were."""
    return bullets[0][2:].strip() if len(bullets) == 1 else "\n".join(bullets)
