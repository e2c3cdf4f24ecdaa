"""A status page's updates written inside its front matter, as a YAML list under "incident_states:".

Some Jekyll status pages keep the whole incident in front matter and leave the body empty::

    date: 2023-06-29 14:45 UTC
    resolvedDate: 2023-06-29 15:10 UTC
    incident_states:
    - status: investigating
      content: 'We are currently experiencing an unexpected connectivity outage …'
    - status: resolved
      content: 'The outage has been successfully resolved …'
      date: 2023-06-29 15:10 UTC

A reader takes each state with words as an update of the incident's timeline, in the order written: its status
as the entry's title, at its own "date:" when it has one. A state with no words (``content: ''``) posts nothing.
"""

from __future__ import annotations

import re

# The list's key: "incident_states:", "updates:", "incident_updates:" with nothing after it.
_LIST_KEY = re.compile(r"(?:incident_states|incident_updates|updates|states)[ \t]*:[ \t]*", re.IGNORECASE)
# "- status: investigating" opens an entry; "  content: '…'" and "  date: …" are its fields.
_ENTRY = re.compile(r"[ \t]*-[ \t]+(?P<key>[A-Za-z_]{1,20})[ \t]*:[ \t]*(?P<value>.*)")
_FIELD = re.compile(r"[ \t]+(?P<key>[A-Za-z_]{1,20})[ \t]*:[ \t]*(?P<value>.*)")
_TEXT_KEYS = ("content", "body", "message", "text", "description")
_WHEN_KEYS = ("date", "time", "when", "datetime", "timestamp")


def front_matter_updates(content: list[str]) -> list[str]:
    """The updates of an "incident_states:" list as timeline entries, as cState's tracked updates are written
    ("- 2023-06-29 15:10 UTC — *Resolved* - …", or "- *Investigating* - …" without a time); empty when the front
    matter has no such list."""
    start = next((index + 1 for index, line in enumerate(content) if _LIST_KEY.fullmatch(line)), None)
    if start is None:
        return []
    entries: list[dict[str, str]] = []
    for line in content[start:]:
        if not line.strip():
            continue
        if (opened := _ENTRY.fullmatch(line)) is not None:
            entries.append({opened["key"].lower(): _unquoted(opened["value"])})
        elif entries and (field := _FIELD.fullmatch(line)) is not None:
            entries[-1].setdefault(field["key"].lower(), _unquoted(field["value"]))
        else:
            break  # the next top-level key: the list is over
    out: list[str] = []
    for entry in entries:
        text = next((entry[key] for key in _TEXT_KEYS if entry.get(key)), "")
        if not text:
            continue
        status = entry.get("status", "").strip()
        said = f"*{status[:1].upper()}{status[1:]}* - {text}" if status else text
        when = next((entry[key] for key in _WHEN_KEYS if entry.get(key)), "")
        out.append(f"- {when} — {said}" if when else f"- {said}")
    return out


def _unquoted(value: str) -> str:
    """A YAML scalar's text: its quotes off, a single-quoted string's doubled quote made one."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1]
    return value
