"""A Japanese or Chinese section name that qualifies a known one before it: "発生から復旧までのタイムライン".

Both languages put the qualifier first and join it with a particle: "XのY" (Japanese) and "X的Y" (Chinese) are
"Y of X". A reader of "発生から復旧までのタイムライン" ("the timeline from the outage to recovery") or
"今回の障害の原因" sees the timeline and the cause; the name after the last particle says which part it is. Only
that last name is looked up, whole: "原因の分析" names an analysis, no part known here.
"""

from __future__ import annotations

_PARTICLES = ("の", "的")
_SHORTEST_HEAD = 2
"""A one-character head ("の件", "的话") is too vague to name a part."""


def head_noun(name: str) -> str | None:
    """The name after the last joining particle of ``name``, or ``None`` when it has none."""
    at = max(name.rfind(particle) for particle in _PARTICLES)
    if at <= 0:
        return None
    head = name[at + 1 :].strip()
    return head if len(head) >= _SHORTEST_HEAD else None
