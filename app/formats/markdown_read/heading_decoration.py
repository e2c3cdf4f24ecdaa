"""A heading's name without what decorates it: emoji before or after it ("📝 Issue Summary", "Timeline ⏲️"),
GitHub ``:shortcode:`` emoji ("Issue Summary :ledger:"), a Pandoc/Docusaurus ``{#anchor}`` ("## 摘要 {#summary}")
and a full-width parenthesised qualifier closing a Chinese or Japanese heading ("故障经过（…）").

None of these is part of the name a reader sees; ``names.section_key`` looks the name up without them. The anchor
is the author's own English name for the section ("root-cause"): when the name itself is not known, it is
looked up instead (``anchor_name``).

Headings reach here already bounded in length (``names.section_key`` stops at its longest name), and every
pattern is anchored and bounded, so a hostile heading costs no more than its length.
"""

from __future__ import annotations

import re

# "{#summary}", "{#root-cause .unnumbered}", kramdown's "{: #impact}": an id the heading links by.
_ANCHOR = re.compile(r"[ \t]{0,8}\{:?[ \t]?#(?P<id>[\w-]{1,60})(?:[ \t]{1,8}[^{}]{0,60})?\}[ \t]{0,8}$")
# GitHub's emoji written by name, before or after the name: ":memo: Summary", "Root Cause :trollface:".
_LEADING_SHORTCODES = re.compile(r"^[ \t]{0,8}(?::[a-z][a-z0-9_+-]{0,39}:[ \t]{0,3}){1,4}")
_TRAILING_SHORTCODES = re.compile(r"(?:[ \t]{1,3}:[a-z][a-z0-9_+-]{0,39}:){1,4}[ \t]{0,8}$")
# "Binding lessons (enforced via [CICD.md](../runbooks/CICD.md))": a link's text is what the reader sees.
_LINK = re.compile(r"\[([^\[\]]{0,80})\]\([^()\s]{0,200}\)")
# "故障经过（盲目实现 → 回滚）": a full-width parenthesis closing the heading qualifies the name, as "(UTC)" does.
_FULL_WIDTH_QUALIFIER = re.compile(r"[ \t]{0,8}（[^（）]{0,80}）[ \t]{0,8}$")
# What may close a name and must stay: a closing parenthesis (a qualifier read later), a question mark
# ("What happened?"), and a comma or semicolon: a line ending in one ("Thanks,", over a mail's signature)
# goes on, it names no section. Anything else after the last letter or digit is decoration ("📝", "🏖️", "!!", "—"), or
# emphasis ("**Issue Summary 📝**"), which the name key drops at both ends anyway.
_KEPT_AT_END = frozenset(")?？,;")


def undecorated(heading: str) -> str:
    """``heading`` without emoji, shortcodes, an anchor or a full-width qualifier around its name, and with
    its links' text for the links."""
    text = _LINK.sub(r"\1", _ANCHOR.sub("", heading))
    text = _LEADING_SHORTCODES.sub("", text)
    text = _TRAILING_SHORTCODES.sub("", text)
    text = _FULL_WIDTH_QUALIFIER.sub("", text)
    text = _without_leading_symbols(text)
    return _without_trailing_symbols(text)


def without_shortcodes(text: str) -> str:
    """``text`` without the GitHub ``:shortcode:`` emoji before or after its words (":coffin: Postmortem :coffin:")."""
    return _TRAILING_SHORTCODES.sub("", _LEADING_SHORTCODES.sub("", text)).strip() or text


def anchor_name(heading: str) -> str | None:
    """The name an ``{#anchor}`` gives the heading ("{#root-cause}" → "root cause"), or ``None``."""
    found = _ANCHOR.search(heading)
    if found is None:
        return None
    return found.group("id").replace("-", " ").replace("_", " ").strip() or None


def _without_leading_symbols(text: str) -> str:
    start = 0
    while start < len(text) and not (text[start].isalnum() or text[start] in "(_"):
        start += 1
    return text[start:]


def _without_trailing_symbols(text: str) -> str:
    end = len(text)
    while end > 0 and not (text[end - 1].isalnum() or text[end - 1] in _KEPT_AT_END):
        end -= 1
    return text[:end]
