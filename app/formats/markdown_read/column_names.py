"""The names a pasted table's header gives its columns, known before its reader is loaded."""

from __future__ import annotations

# A table's column names, as post-mortem pages write them (compared without case, spaces trimmed).
COLUMN_NAMES = frozenset(
    [
        *("time", "timestamp", "date", "date/time", "time (utc)", "when", "event", "events", "what happened"),
        *("description", "notes", "note", "comment", "comments", "details", "action", "actions", "action item"),
        *("task", "owner", "owners", "assignee", "who", "what", "jira", "ticket", "issue", "link", "due"),
        *("due date", "target date", "deadline", "status", "state", "priority", "field", "value", "item"),
        *("key", "property", "source", "type", "kind"),
    ]
)
