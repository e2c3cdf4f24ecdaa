"""A Chinese, Japanese or Korean section name built from a known one: "问题根源分析", "解決策と防御ロジック".

These languages put the qualifier first, so the part a heading names is its last name: a reader of "问题根源分析"
("analysis of the problem's root") or "장애 원인 분석" ("analysis of the outage's cause") sees the cause, whatever
comes before it. Chinese and Japanese write the name without spaces, so the last known name is found among the
heading's last signs; Korean spaces its words, so only whole words are dropped. Two names joined by "and"
("解決策と防御ロジック", the fix and the defences; "학습 및 향후 대책", what was learned and what will be done)
name the part their known half names, when only one half is known or both halves name the same part; lessons
joined with what will be done ("회고 및 향후 대책", as "Lessons learned and next steps") are the measures.
"原因与解决方案" names two parts, and is left to the tables that list such names.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Han, kana and Hangul: the scripts whose headings this reads.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
# "X and Y": Chinese 与/和/及, Japanese と/及び/・, Korean 및 (spaced), and "&" in any of them.
_AND = re.compile(r"[ \t]*(?:及び|[与和及と・&＆]|[ \t]및[ \t])[ \t]*")
_SHORTEST_HEAD = 2
"""A one-sign head ("因", "策") is too vague to name a part."""
_LONGEST = 24
"""No section is named in more signs than this; longer lines are text, and the search stays short."""
# "Details" is a block of labelled facts: a heading that only ends in the word ("技术详细") is prose.
_NOT_BY_HEAD = frozenset({"details", "authors"})


def compound_key(bare: str, lookup: Callable[[str], str | None]) -> str | None:
    """The part a CJK heading ``bare`` names through a known name it ends in or is joined with, or ``None``."""
    if len(bare) > _LONGEST or not _CJK.search(bare):
        return None
    halves = [half for half in _AND.split(bare) if half]
    if len(halves) > 2:
        return None  # "影响、原因与处理": a list of parts, none of them alone
    found = {key for half in halves if (key := _head_key(half, lookup)) is not None}
    if found == {"closing_notes", "measures"}:
        return "measures"
    return found.pop() if len(found) == 1 else None


def _head_key(name: str, lookup: Callable[[str], str | None]) -> str | None:
    """The part named by ``name`` or by the longest known name it ends in."""
    if " " in name:  # Korean: whole words, the last ones
        words = name.split()
        tails = [" ".join(words[start:]) for start in range(len(words))]
    else:
        tails = [name[start:] for start in range(len(name) - _SHORTEST_HEAD + 1)]
    for tail in tails:
        key = lookup(tail)
        if key is not None:
            return None if key in _NOT_BY_HEAD and tail != name else key
    return None
