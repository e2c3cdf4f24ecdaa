"""The summary's impact and cause, told under sections of other names.

A retrospective opens with "## Context" (or "Background") and tells there how many users were hit; it
lists under "## What went wrong" what caused the outage, among what else went wrong. A reader filling in
the summary copies those sentences; the sections stay where they were read. Only when nothing else gave
the impact or the cause, and only sentences that state one: a background that describes the system
("customers connect through the gateway") says nothing of an impact, so a preface's sentence must count
what was hit ("120k users", "2,900 of them", "40%").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.formats.markdown_read.cause_words import names_a_cause
from app.formats.markdown_read.draft import Draft, Section
from app.formats.markdown_read.names import plain_name
from app.formats.markdown_read.names_other_languages import LABELS as OTHER_LANGUAGE_LABELS
from app.formats.markdown_read.prose_sentences import SENTENCE_END, impact_sentences
from app.formats.markdown_read.tokens import Item, heading_of, parse_items, split_label
from app.formats.markdown_syntax import outside_fences, unescape_block

# A number in the sentence: a count or a share of what was hit.
_COUNTED = re.compile(r"\d")
# The sections where a team lists what went wrong, the cause among it.
_WENT_WRONG = frozenset(("what went wrong", "what broke", "what went badly", "what didn't go well", "went wrong"))
# A sentence saying what made it happen: "was flushed by a cleanup script", "because the pool", "caused".
_CAUSAL = re.compile(
    r"\b(?:was|were|got|had been)[ \t]+(?:\w+ly[ \t]+)?\w+(?:ed|en)[ \t]+by\b|\bbecause\b|\bcaus(?:ed|ing)\b"
    r"|\btrigger(?:ed|ing)\b|\bled[ \t]+to\b|\bresult(?:ed|ing)[ \t]+in\b",
    re.IGNORECASE,
)
_LONGEST = 20_000


def impact_in_a_preface(draft: Draft, preface: Section) -> None:
    """The impact a "Context" or "Background" section states, in its sentences that count what was hit."""
    if draft.summary.impact is not None:
        return
    # "Start: 14:16 UTC" lines under the paragraphs are the window's, read by its own reader.
    text = _joined_up_to(
        (line.strip() for line in preface.lines if line.strip() and not split_label(line.strip())), _LONGEST
    )
    counted = [sentence for sentence in impact_sentences(text) if _COUNTED.search(sentence)]
    if counted:
        draft.summary.impact = unescape_block(" ".join(counted))


def _joined_up_to(lines: Iterator[str], most: int) -> str:
    """``" ".join(lines)[:most]``, joining only the lines it needs: a section may hold 60,000 lines."""
    taken: list[str] = []
    length = 0
    for line in lines:
        taken.append(line)
        length += len(line) + 1
        if length > most:
            break
    return " ".join(taken)[:most]


def cause_in_what_went_wrong(draft: Draft, sections: list[Section]) -> None:
    """The cause a "What went wrong" list states: its first item (or sentence) that says what made it happen."""
    if draft.summary.root_cause or draft.root_cause.cause:
        return
    for section in sections:
        named = plain_name(section.heading)
        # The retro's columns may have been gathered under one heading: "### What went wrong" inside it.
        if named not in _WENT_WRONG and not any(line.startswith("#") for line in section.lines[:500]):
            continue
        for under, text in _statements(section.lines[:500], named):
            if under in _WENT_WRONG and (names_a_cause(text) or _CAUSAL.search(text[:2000])):
                draft.summary.root_cause = unescape_block(text)
                return


def _statements(lines: list[str], named: str) -> Iterator[tuple[str, str]]:
    """Each item of ``lines``, and each sentence of their paragraphs, with the name of the heading it is under.

    A paragraph wrapped by hand ("… filled up because the old snapshots were not being pruned: the" /
    "prune cron job had been disabled …") is one text: its sentences, not its lines, are the statements.
    """
    paragraph: list[str] = []

    def sentences() -> Iterator[tuple[str, str]]:
        joined = " ".join(paragraph)[:_LONGEST]
        paragraph.clear()
        yield from ((named, sentence.strip()) for sentence in SENTENCE_END.split(joined) if sentence.strip())

    for entry in parse_items(lines):
        if isinstance(entry, str) and entry.strip() and heading_of(entry) is None:
            paragraph.append(entry.strip())
            continue
        yield from sentences()
        if isinstance(entry, str) and (heading := heading_of(entry)) is not None:
            named = plain_name(heading[1])
        elif isinstance(entry, Item) and entry.text.strip():
            yield named, entry.text.strip()
    yield from sentences()


# (and in the other languages: "Cause racine :", "Ursache:", "Causa raíz:")
_CAUSE_LABELS = frozenset(("root cause", "root causes", "the root cause", *OTHER_LANGUAGE_LABELS["cause"]))


# What restored service, as a notes section labels it: "Resolution: traffic moved to the primary, then …".
_RESOLUTION_LABELS = frozenset(("resolution", "workaround", "mitigation", "fix", "the fix"))


_KEPT_LOOKED_AT = 50
# How a line a label opens starts: bold, or the label's first letters in either case ("Root", "root").
_OPENINGS = {
    labels: ("**", "__", *{label[:4] for label in labels}, *{label[:4].capitalize() for label in labels})
    for labels in (_CAUSE_LABELS, _RESOLUTION_LABELS)
}


def resolution_labelled_in_kept_text(draft: Draft) -> None:
    """A "Resolution: …" paragraph left in a section kept as written ("Postmortem notes" holding "Root cause: …"
    and "Resolution: …"): the resolution, when nothing else gave one (a copy; the paragraph stays where it was
    written)."""
    if draft.root_cause.resolution:
        return
    # A report's notes are among its first sections kept: 60,000 kept sections are not each read again.
    for kept in sorted(draft.kept, key=lambda kept: kept.position)[:_KEPT_LOOKED_AT]:
        if resolution := labelled_cause(kept.body, _RESOLUTION_LABELS):
            draft.root_cause.resolution = resolution
            return


_BULLET = re.compile(r"^[-*+][ \t]+(?=\S)")
# "Root cause identified:", "Root cause identifiée :", "Ursache gefunden:": the label said as found.
_FOUND = re.compile(
    r"[ \t]+(?:identified|found|confirmed|identifiée?s?|identifiée?|trouvée?s?|confirmée?s?|gefunden|identifiziert"
    r"|identificad[ao]s?|identificat[ao]|encontrad[ao]s?|trovat[ao])$"
)


def labelled_cause(text: str, labels: frozenset[str] = _CAUSE_LABELS) -> str:
    """The paragraph a "**Root cause:**" label (or another of ``labels``) opens in ``text`` (its value and the
    lines wrapped under it)."""
    lines = text.split("\n", 2000)[:2000]
    openings = _OPENINGS[labels]
    # A "Fix: …" line inside a code fence is a tool's output shown as an example, never the report's field.
    outside = outside_fences(lines)
    for index, line in enumerate(lines):
        if not outside[index]:
            continue
        written = _BULLET.sub("", line.strip(), count=1)  # "- Root cause: …", a bullet of a list of findings
        label = split_label(written) if written.startswith(("**", "__", *openings)) else None
        if label is None or _FOUND.sub("", label[0]) not in labels or not label[1]:
            continue
        paragraph = [_without_hard_break(label[1])]
        for number, following in enumerate(lines[index + 1 :], start=index + 1):
            if not outside[number] or not following.strip() or split_label(following.strip()) or heading_of(following):
                break
            if written != line.strip() and _BULLET.match(following.strip()):
                break  # the next finding of the list
            paragraph.append(_without_hard_break(following.strip()))
        return unescape_block(" ".join(paragraph))
    return ""


def _without_hard_break(line: str) -> str:
    """A line without the backslash that ends it in a hard break ("**Root Causes**: …\\"): markup, not words."""
    return line[:-1].rstrip() if line.endswith("\\") and not line.endswith("\\\\") else line


def cause_labelled_in_kept_text(draft: Draft) -> None:
    """A "**Root cause:** …" paragraph left in a section kept as written (after the last of five whys): the cause
    the summary gives, when nothing else gave one (a copy; the paragraph stays where it was written)."""
    if draft.summary.root_cause or draft.root_cause.cause:
        return
    for kept in sorted(draft.kept, key=lambda kept: kept.position):
        if cause := labelled_cause(kept.body):
            draft.summary.root_cause = cause
            return


# A paragraph opening with how the incident ended: "The incident was mitigated by rolling back …", "We resolved
# the outage by restarting …". Only a sentence naming the incident and the means ("by …"): "We fixed the typo"
# in a lessons section says nothing of how the outage ended.
_TOLD_RESOLUTION = re.compile(
    r"(?:(?:The|This|Our)[ \t]+(?:incident|issue|outage|problem|impact|disruption)[ \t]+was[ \t]+"
    r"|(?:We|The[ \t]+team|Engineers)[ \t]+(?:mitigated|resolved|fixed|ended)[ \t]+(?:the|this)[ \t]+"
    r"(?:incident|issue|outage|problem|impact|disruption)[ \t]+)"
    r"(?:(?:fully|finally|eventually)[ \t]+)?(?:(?:mitigated|resolved|fixed)[ \t]+)?by[ \t]+\w"
)


def resolution_told_in_kept_text(draft: Draft) -> None:
    """A paragraph left under the timeline (or another section kept as written) that tells how the incident was
    ended ("The incident was mitigated by rolling back …"): the resolution, when nothing else gave one (a copy;
    the paragraph stays where it was written)."""
    if draft.root_cause.resolution:
        return
    for kept in sorted(draft.kept, key=lambda kept: kept.position)[:_KEPT_LOOKED_AT]:
        for paragraph in kept.body.split("\n\n")[:200]:
            text = paragraph.strip()
            if _TOLD_RESOLUTION.match(text[:200]) and not heading_of(text) and "\n- " not in text:
                draft.root_cause.resolution = unescape_block(" ".join(text.split("\n")))
                return
