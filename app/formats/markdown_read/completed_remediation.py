"""A company report's "Remediation" whose first part lists what was already done: "### Immediate actions
(completed)", "### Immediate Actions Taken", "### Mitigation", beside planned or longer-term work.

When no section or sentence tells the resolution, a careful reader takes those completed actions as how the
incident was resolved. The items stay where the measures' reader put them; the resolution gets their gist, one
line an action: a titled item ("**Migration to a new table**" over its steps) by its title, another by its first
sentence. Planned or in-progress parts are never the resolution, nor a part whose items say what will be done.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.draft import Draft, Section
from app.formats.markdown_read.names import plain_name
from app.formats.markdown_read.tokens import Item, heading_of, parse_items
from app.formats.markdown_syntax import unescape_block

# The section the part stands under: "## Remediation", "## Mitigation and Remediation".
_REMEDIATION = re.compile(r"\bremediation(?:s| steps| actions| plan)?\b")
# The part's own name: done, by its words ("(completed)", "taken", "done") or by being the stopgap applied.
_COMPLETED = re.compile(
    r"(?:immediate |short[- ]term )?(?:actions?|steps|fixes|remediation)\b[^()]{0,20}"
    r"(?:\((?:completed?|done)\)|\btaken|\bcompleted|\bdone)"
    r"|(?:completed|done) (?:actions?|steps|fixes)"
    r"|(?:immediate )?mitigations?(?: (?:taken|applied|\((?:completed?|done)\)))?"
)
# Items that say what is still to come are no account of the fix.
_FUTURE = re.compile(r"\b(?:will|plan(?:s|ned)? to|to be|should|going to|in progress|todo|to-do)\b", re.IGNORECASE)
_TITLED = re.compile(r"(?:\*\*|__)(?P<title>[^*_\n]{3,120}?)[:.]?(?:\*\*|__)")
_SENTENCE = re.compile(r"(?<=[.!?])\s")
_LOOKED_AT = 300  # lines of a remediation section searched for the part
_MOST_ACTIONS = 12
_LONGEST_ACTION = 200


def resolution_from_completed_actions(draft: Draft, sections: list[Section]) -> None:
    """The resolution, when none was read, from the completed part of a remediation section."""
    if draft.root_cause.resolution:
        return
    for section in sections:
        if _REMEDIATION.search(plain_name(section.heading)[:120]) is None:
            continue
        actions = _completed_actions(section.lines[:_LOOKED_AT])
        if actions:
            draft.root_cause.resolution = "\n".join(f"- {action}" for action in actions)
            return


def _completed_actions(lines: list[str]) -> list[str]:
    """The gist of each item under the first part named as done, up to the next heading."""
    start = None
    for index, line in enumerate(lines):
        heading = heading_of(line)
        if heading is None:
            continue
        if start is not None:
            return _gists(lines[start:index])
        if _COMPLETED.fullmatch(plain_name(heading[1])[:120]) is not None:
            start = index + 1
    return _gists(lines[start:]) if start is not None else []


def _gists(lines: list[str]) -> list[str]:
    items = [entry for entry in parse_items(lines) if isinstance(entry, Item)]
    numbered = [item for item in items if item.marker[:1].isdigit()]
    # "1. **Migration**" over "- Created the table" written unindented: the numbered items are the actions,
    # the bullets between them their steps.
    items = (numbered or items)[:_MOST_ACTIONS]
    gists = [_gist(item) for item in items]
    if not gists or any(not gist or _FUTURE.search(gist) for gist in gists):
        return []  # "- We will add an alert" under "Mitigation": what is to come, not how it ended
    return gists


def _gist(item: Item) -> str:
    """An item's title ("**Migration to a new table**"), or its first sentence."""
    head = item.head.strip()
    titled = _TITLED.match(head)
    if titled is not None:
        return unescape_block(titled.group("title").strip())
    sentence = _SENTENCE.split(head, maxsplit=1)[0].strip()
    return unescape_block(sentence[:_LONGEST_ACTION]).rstrip()
