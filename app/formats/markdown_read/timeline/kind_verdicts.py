"""An entry's own verdict that its step led nowhere: "… not it.", "turned out not to be relevant", "rollback
abandoned", "Wasted a few minutes here."

A writer often tells a wrong turn as the step, then a short verdict after it. A careful reader takes the verdict
over the words of the step ("status was green", "rollback attempted"): the entry is a wrong path. Tried before the
other sentences (``kind_firsts.FIRSTS``). Every pattern is bounded.
"""

from __future__ import annotations

import re

from app.model import EventKind

_STEPS = (
    r"(?:attempts?|rollbacks?|roll-backs?|plans?|ideas?|approach(?:es)?|efforts?|theory|theories|changes?|fix(?:es)?)"
)

VERDICTS: tuple[tuple[EventKind, str], ...] = (
    (
        EventKind.MISLEADING,
        # "We chase cache headers for a while… not it.", "Checked the LB — wasn't it"
        r"\b(?:was |is )?(?:not|n['’]t) it[ \t]*(?:[.!…]|$)"
        # "Their status was green and turned out not to be relevant", "turned out to be irrelevant"
        r"|\bturned out (?:not to be|to be irrelevant|to be unrelated)\b"
        # "… doesn't accept the old syntax - rollback abandoned", "abandoned the rollback"
        r"|\b" + _STEPS + r" (?:was |were |had to be |got )?abandoned\b"
        r"|\babandon(?:ed|s|ing) (?:the |that |this |our )?" + _STEPS + r"\b"
        # "Wasted a few minutes here.", "wasted 20 minutes on the proxy"
        r"|\bwasted (?:a few |a couple of |some |several |about |~)?(?:[\w-]{1,20} )?(?:minutes?|mins?|hours?|time)\b",
    ),
)


# An entry that opens with what was first believed: "Initially suspected the cache", "Thought it was a DDoS, so
# …", "Assumed Root Cause: at first we suspected the network". Listed under the writer's "Actions Taken" (the
# well-known template asks there for the assumptions made), a careful reader still records it as the wrong turn
# it was; not one the entry says proved right ("suspected the disk, which was confirmed by …").
_GUESS_OPENING = re.compile(
    r"^\W*(?:(?:\*\*|__)?[A-Za-z][\w -]{1,30}:(?:\*\*|__)?[ \t]+)?"
    r"(?:(?:initially|at first|first|originally|early on),?[ \t]+)?"
    r"(?:(?:we|i|the team|(?:the )?engineers|(?:the )?[\w-]+ team)[ \t]+)?"
    r"(?:(?:initially|first|originally|wrongly|mistakenly)[ \t]+)?"
    r"(?:suspected|assumed|thought|believed|presumed|guessed|blamed"
    # the belief as a noun: "Initially, there were assumptions of a network issue"
    r"|there[ \t]+(?:was|were)[ \t]+(?:an?[ \t]+|some[ \t]+)?(?:assumptions?|suspicions?)[ \t]+(?:of|that|about))\b"
    r"(?![ \t]+(?:root[ \t]+)?causes?\W*:)"  # the template's "Assumed Root Cause:" label, over any finding
    r"(?![^\n]{0,200}?\b(?:confirm\w*|proved (?:right|correct|true)|was (?:indeed|correct|right))\b)",
    re.IGNORECASE,
)


def opens_with_a_guess(text: str) -> bool:
    """Whether the entry's first words tell what someone first believed, and nothing in it says it held."""
    return _GUESS_OPENING.match(text[:400]) is not None


_SAYS_MISLEADING = re.compile(
    r"\b(?:misleading|red[ \t]herrings?|wrong[ \t](?:path|track|turn|lead)|dead[ \t]end|false[ \t](?:lead|trail))\b",
    re.IGNORECASE,
)


def step_kind(text: str, group: EventKind | None) -> EventKind | None:
    """The kind of a step under a group's label: the group's, unless the step, listed with the deeds ("Actions
    Taken:"), says in its own words that it was a wrong turn, or opens with what was first believed ("Initially
    suspected the cache": the template asks for the assumptions there, a careful reader records the wrong turn).
    (``group_steps.grouped_step_kind`` reads a hand-over listed there.)"""
    if group is EventKind.ACTION and (_SAYS_MISLEADING.search(text[:400]) is not None or opens_with_a_guess(text)):
        return EventKind.MISLEADING
    return group
