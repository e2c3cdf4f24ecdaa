"""Rules drawn in a timeline ("-----", "***", "___"): lines between parts, never an entry's words.

A plain-text report draws a rule straight under its last entry (a bullet, or a tab-indented line), with no
blank line between, to close the section. Read as it stands, the rule would go on the entry's text. A rule
after the last entry closes the section and is dropped; one between entries is set apart by a blank line.
"""

from __future__ import annotations

import re

from app.formats.markdown_syntax import outside_fences

# Three or more of one mark, spaces between them allowed ("- - -", "* * *"), at most three spaces before.
_RULE = re.compile(r"[ \t]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})")
_LONGEST_RULE = 300


def is_rule(line: str) -> bool:
    """Whether ``line`` is a rule drawn across the text."""
    return len(line) <= _LONGEST_RULE and _RULE.fullmatch(line) is not None


def rules_apart(lines: list[str]) -> list[str]:
    """``lines`` with the rules after the last entry dropped and those right under an entry set apart; the same
    list when there is none."""
    flags = outside_fences(lines)
    rules = [index for index, (line, outside) in enumerate(zip(lines, flags, strict=True)) if outside and is_rule(line)]
    if not rules:
        return lines
    ruled = set(rules)
    # The rules (and blank lines) closing the section: nothing written after them.
    end = len(lines)
    while end > 0 and (end - 1 in ruled or not lines[end - 1].strip()):
        end -= 1
    out: list[str] = []
    for index, line in enumerate(lines[:end]):
        if index in ruled and out and out[-1].strip():
            out.append("")  # under an entry: a line of its own, not more of the entry's text
        out.append(line)
    return out
