"""An entry's own verdict that its step led nowhere: "… not it.", "turned out not to be relevant", "rollback
abandoned", "Wasted a few minutes here."

A writer often tells a wrong turn as the step, then a short verdict after it. A careful reader takes the verdict
over the words of the step ("status was green", "rollback attempted"): the entry is a wrong path. Tried before the
other sentences (``kind_firsts.FIRSTS``). Every pattern is bounded.
"""

from __future__ import annotations

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
