"""The cause and the fix, told in a summary's (or a story's) sentences rather than under sections of their own.

A summary often says it all in one paragraph: "… We resolved the issue by restarting the server and deploying a
hotfix." A story tells what was found and what was done: "Together they found that the registration tokens had
expired, because the rotation job had been failing for a month. New tokens were issued at 7:25 pm and by half past
seven every runner was back." A careful reader filling in the form takes the finding with its reason as the root
cause, and the deed that brought the service back as the resolution (a copy; the sentences stay where they were).
A report may also give what was done a heading of its own that no reader of sections knows ("### Immediate
Actions", "## Action Taken"): its first paragraph is the resolution; so is the first paragraph under a remedy's
heading in words of its own ("### Suggested Remediation") when it tells what was done ("We updated …"). Only
when nothing else gave one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.formats.markdown_read.draft import Draft
from app.formats.markdown_read.names import plain_name
from app.formats.markdown_read.prose_sentences import SENTENCE_END, opens_telling_the_fix
from app.formats.markdown_read.tokens import heading_of
from app.formats.markdown_syntax import closed_fences, outside_fences, unescape_block

_TROUBLE = r"(?:incident|issue|outage|problem|impact|disruption|error|failure|situation)"
_DEEDS = (
    r"(?:reverted|rolled[ \t]+back|restarted|rebooted|redeployed|replaced|re-?issued|issued|rotated|renewed|resized"
    r"|increased|scaled(?:[ \t]+up)?|patched|re-?enabled|disabled|removed|cleared|flushed|switched|upgraded"
    r"|downgraded|reconfigured|corrected|banned|blocked|killed|extended|regenerated|recreated|rebuilt)"
)
# "We resolved the issue by restarting …", "The outage was mitigated by …": the incident and the means.
# ("For now, we solved the issue by …", "In the end, the outage was resolved by …": a word on when, then the same.)
_RESOLVED_BY = re.compile(
    r"(?:(?:for[ \t]+now|in[ \t]+the[ \t]+end|in[ \t]+the[ \t]+meantime|eventually|finally|ultimately"
    r"|temporarily),?[ \t]+)?"
    rf"(?:(?:the|this|our)[ \t]+{_TROUBLE}[ \t]+was[ \t]+"
    rf"|(?:we|i|the[ \t]+team|engineers)[ \t]+(?:\w+ly[ \t]+)?(?:mitigated|resolved|fixed|ended|solved)[ \t]+"
    rf"(?:the|this|it)(?:[ \t]+{_TROUBLE})?[ \t]+)"
    r"(?:(?:fully|finally|eventually|quickly)[ \t]+)?(?:(?:mitigated|resolved|fixed|solved)[ \t]+)?"
    r"by(?:[ \t]+\w|[ \t]*:)"
    # "This was resolved by:" over a list: "this" is the incident, the verb said ("This was by far …" is no fix).
    r"|(?:this|it)[ \t]+was[ \t]+(?:(?:fully|finally|eventually|quickly)[ \t]+)?(?:mitigated|resolved|fixed|solved)"
    r"[ \t]+by(?:[ \t]+\w|[ \t]*:)",
    re.IGNORECASE,
)
# "What actually fixed it was pointing the indexer at the primary …": the sentence names the fix outright.
_WHAT_FIXED_IT = re.compile(
    r"what[ \t]+(?:\w+ly[ \t]+)?(?:fixed|resolved|ended|solved|stopped)[ \t]+(?:it|this|the[ \t]+\w+)[ \t]+was\b",
    re.IGNORECASE,
)
# "… so I reverted the version bump which restored carbonplan": a deed, then that it brought the service back.
_DEED_THAT_RESTORED = re.compile(
    rf"\b(?:I|we|they|the[ \t]+team)[ \t]+(?:then[ \t]+|quickly[ \t]+|immediately[ \t]+)?{_DEEDS}\b[^.\n]{{0,200}}?"
    r"\b(?:which|that|and[ \t]+this|this)[ \t]+(?:restored|fixed|resolved|brought[ \t]+back|ended|mitigated)\b",
    re.IGNORECASE,
)
# "New tokens were issued at 7:25 pm and by half past seven every runner was back": a deed done, then the recovery.
_DONE_THEN_BACK = re.compile(
    rf"\b(?:was|were|got|had[ \t]+been)[ \t]+(?:\w+ly[ \t]+)?{_DEEDS}\b[^.\n]{{0,200}}?"
    r"\b(?:back(?:[ \t]+(?:online|up|in[ \t]+service|to[ \t]+normal))?|recovered|restored|resumed"
    r"|returned[ \t]+to[ \t]+normal|working[ \t]+again)\b",
    re.IGNORECASE,
)
# "We tore out the static cache and replaced it with a centralized one": the thing found at fault swapped out by
# those telling the story, the deed that ended it (not "we accidentally replaced the config with an old one").
_REPLACED_IT_WITH = re.compile(
    r"\b(?:I|we|they|the[ \t]+team)[ \t]+(?:[\w-]+[ \t]+){0,8}?replaced[ \t]+(?:it|them|the[ \t]+[\w-]+)[ \t]+with\b",
    re.IGNORECASE,
)
_BY_MISTAKE = re.compile(r"\b(?:accidentally|mistakenly|by[ \t]+mistake|inadvertently|wrongly)\b", re.IGNORECASE)
# "they found that the tokens had expired, because the rotation job had been failing": a finding and its reason.
_FOUND_WHY = re.compile(
    r"\b(?:found|discovered|determined|realized|realised|learned|learnt|established)[ \t]+that\b[^.\n]{0,300}?"
    r"\b(?:because|due[ \t]+to|caused[ \t]+by|as[ \t]+a[ \t]+result[ \t]+of)\b"
    r"|\b(?:traced|tracked)[ \t]+(?:it|this|the[ \t]+\w+)[ \t]+(?:back[ \t]+)?to\b"
    r"|\bit[ \t]+turned[ \t]+out[ \t]+(?:that|to[ \t]+be)\b",
    re.IGNORECASE,
)
_LONGEST_SENTENCE = 2_000
_LONGEST_TEXT = 20_000
_SENTENCES_LOOKED_AT = 200


def tells_a_found_cause(sentence: str) -> bool:
    """Whether ``sentence`` tells what was found to have caused the incident ("found that … because …")."""
    return _FOUND_WHY.search(sentence[:_LONGEST_SENTENCE]) is not None


def fix_told_in_lines(draft: Draft, lines: list[str]) -> None:
    """``fix_told_in`` over a section's lines: only the first ``_LONGEST_TEXT`` characters of them are joined,
    so a section of 60,000 short lines (or a few 1 MiB ones) costs no copy of them all."""
    taken: list[str] = []
    room = _LONGEST_TEXT
    for line in lines:
        if room <= 0:
            break
        taken.append(line[:room])
        room -= len(taken[-1]) + 1
    fix_told_in(draft, "\n".join(taken))


def fix_told_in(draft: Draft, text: str) -> None:
    """The resolution a summary's (or a story's) ``text`` tells in one of its sentences, when none was given."""
    if draft.root_cause.resolution:
        return
    lines = text[:_LONGEST_TEXT].split("\n")
    # A code block's error output, a sub-heading: never a sentence of the summary.
    outside = outside_fences(lines)
    # (A code block ends the sentence before it: "… found by running the command:" over its block, then "This issue
    # was resolved by …" over the next.)
    prose = ("" if not outside[number] else line.strip() for number, line in enumerate(lines) if not heading_of(line))
    joined = "\n".join("" if line.startswith(("```", "~~~")) else line for line in prose)
    # A paragraph ends a sentence too: "… with sequences.)" over "For now, we solved the issue by …".
    paragraphs = (" ".join(paragraph.split("\n")) for paragraph in re.split(r"\n{2,}", joined))
    sentences = [sentence.strip() for part in paragraphs for sentence in SENTENCE_END.split(part) if sentence.strip()]
    sentences = sentences[:_SENTENCES_LOOKED_AT]
    for sentence in sentences:
        head = sentence[:_LONGEST_SENTENCE]
        if _RESOLVED_BY.match(head) or _WHAT_FIXED_IT.match(head) or _DONE_THEN_BACK.search(head):
            draft.root_cause.resolution = unescape_block(sentence) + _block_announced(lines, outside, sentence)
            return
        if (swap := _REPLACED_IT_WITH.search(head)) is not None and not _BY_MISTAKE.search(head):
            told = sentence[swap.start() :]
            draft.root_cause.resolution = unescape_block(told[:1].upper() + told[1:])
            return
        if (deed := _DEED_THAT_RESTORED.search(head)) is not None:
            told = sentence[deed.start() :]
            draft.root_cause.resolution = unescape_block(told[:1].upper() + told[1:])
            return


def _block_announced(lines: list[str], outside: Sequence[int], sentence: str) -> str:
    """The code block a sentence ending in a colon announces ("… resolved by running the command:" over it),
    with a blank line before it; "" when the sentence ends otherwise or no block follows it."""
    if not sentence.endswith(":"):
        return ""
    tail = sentence[-40:]
    end = next((n for n, line in enumerate(lines) if outside[n] and line.strip().endswith(tail)), None)
    if end is None:
        return ""
    after = lines[end + 1 : end + 1 + _LONGEST_BLOCK]
    closing = closed_fences(after).get(0)
    if closing is None:
        return _list_announced(after)  # "This was resolved by:" over the numbered steps
    return "\n\n" + "\n".join(after[: closing + 1])


_LIST_ITEM = re.compile(r"[ \t]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+\S")


def _list_announced(after: list[str]) -> str:
    """The list right after a line ending in a colon (a blank line between allowed), with a blank line before
    it: its items and the lines they wrap onto; "" when no list follows."""
    start = next((n for n, line in enumerate(after) if line.strip()), None)
    if start is None or not _LIST_ITEM.match(after[start]):
        return ""
    taken: list[str] = []
    for line in after[start:]:
        if not line.strip():
            taken.append(line)
        elif _LIST_ITEM.match(line) or line[:1] in " \t":
            taken.append(line.rstrip())
        elif taken and not taken[-1].strip():
            break  # a paragraph after the list
        else:
            taken.append(line.rstrip())  # a line the item wraps onto, written flush
    return "\n\n" + "\n".join(taken).strip("\n")


_LONGEST_BLOCK = 200  # lines of an announced code block looked at


# Headings over what was done to end the incident, that no reader of sections takes as the resolution: "Actions
# taken" is also a label inside many timelines, so only its paragraph left as written is read here.
_DONE_NAMES = frozenset(
    (
        *("action taken", "actions taken", "immediate action", "immediate actions", "immediate actions taken"),
        *("immediate response", "immediate remediation", "what we did", "steps taken"),
    )
)
# A heading no reader of sections knows, naming a remedy with words of its own ("Suggested Remediation").
_NAMES_A_REMEDY = re.compile(r"\b(?:remediation|remedy|fix|fixes|solution|resolution|mitigation)\b")
_LONGEST_NAME = 120
_KEPT_LOOKED_AT = 50
_PARAGRAPH_LINES = 200  # the most lines of a paragraph looked at


def resolution_under_actions_taken(draft: Draft) -> None:
    """The first paragraph under "### Immediate Actions" or "## Action Taken", left as written: the resolution."""
    if draft.root_cause.resolution:
        return
    for kept in sorted(draft.kept, key=lambda kept: kept.position)[:_KEPT_LOOKED_AT]:
        # (Split no further than the paragraph can reach: a kept section may be 60,000 lines.)
        if plain_name(kept.heading) in _DONE_NAMES and (paragraph := _first_paragraph(_first_lines(kept.body))):
            draft.root_cause.resolution = paragraph
            return
        # "### Suggested Remediation" / "We updated the compose file to …": a remedy the paragraph says was done.
        named = _NAMES_A_REMEDY.search(plain_name(kept.heading)[:_LONGEST_NAME]) is not None
        if named and (paragraph := _first_paragraph(_first_lines(kept.body))) and opens_telling_the_fix(paragraph):
            draft.root_cause.resolution = paragraph
            return
    lines = _first_lines(draft.introduction or "", 2000)
    for index, line in enumerate(lines):
        heading = heading_of(line)
        if heading is not None and plain_name(heading[1]) in _DONE_NAMES:
            if paragraph := _first_paragraph(lines[index + 1 :]):
                draft.root_cause.resolution = paragraph
            return


def _first_lines(text: str, count: int = _PARAGRAPH_LINES) -> list[str]:
    """The first ``count`` lines of ``text``, without splitting the rest."""
    return text.split("\n", count)[:count]


def _first_paragraph(lines: list[str]) -> str:
    """The first paragraph of ``lines``, its lines joined: "" when a list, a table or a heading comes first."""
    paragraph: list[str] = []
    for line in lines[:_PARAGRAPH_LINES]:
        stripped = line.strip()
        if not stripped:
            if paragraph:
                break
            continue
        if heading_of(line) or stripped.startswith(("-", "*", "|", "```", "<", ">")) or stripped[0].isdigit():
            break
        paragraph.append(stripped)
    return unescape_block(" ".join(paragraph))
