"""Bold words leading the items of a list: the items' titles, not who does them.

"- **Pre-project Review**: Ensure …" over "- **Guidelines for API Usage**: Provide …": a list whose items open with
a few words in bold names each item by its subject. ``task_leads.bold_name_leading`` reads two capitalised words
in bold as a person's name until the whole document is read ("Pre-project Review" looks like one); beside an item
whose bold words are plainly no name, the list writes titles, and each item stays as written (which also keeps a
plain list of measures plain: a name read there would make it a list of assigned work).
"""

from __future__ import annotations

import re

from app.formats.markdown_read.draft import TaskDraft

# "**Guidelines for API Usage**: …", "**Review Config Changes:** …": words in bold, then a colon or a dash.
_BOLD_TITLE = re.compile(r"(?:\*\*|__)[^*_\n]{2,60}?(?:\*\*|__)?[ \t]*[:–—]")


def bold_titles_not_owners(tasks: list[TaskDraft]) -> None:
    """The owners of ``tasks`` (one section's) read from bold words alone, given back to the items' text when
    another item of the list opens with bold words read as no one's."""
    if not any(task.owner is None and _BOLD_TITLE.match(task.text) for task in tasks):
        return
    for task in tasks:
        written, owner = task.written or "", task.owner or ""
        if owner and not (task.due or task.link) and _BOLD_TITLE.match(written) and written[2:].startswith(owner):
            task.text, task.owner, task.written = written, None, None
