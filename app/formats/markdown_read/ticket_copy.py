"""A ticket copied from Jira or ServiceNow as text, laid out as the post-mortem it holds.

Jira's text view of an issue starts with the key and summary, then the
issue's fields, then the description (the write-up, often with its own
``h2.`` sections), then the activity::

    [OPS-4821] Search indexing stalled for six hours
    Created: 07/Nov/24 3:12 AM   Updated: 09/Nov/24 11:02 AM
    Status:   Done
    Priority: Highest
    Reporter: Aditi Rao

    Description
    h2. Summary
    …
    Activity
    Comments
    Aditi Rao added a comment - 07/Nov/24 9:40 AM
    Resolving.

A reader takes the fields as the ticket's details (the status, the priority
standing in for a severity, the reporter and assignee as the people who own
the write-up), the description as the write-up, and the comments as the
ticket's activity. Here the fields get a "Ticket details" heading (read as
a details section: what no field of the document takes stays under it), the
"Description" line that only announces the write-up's sections goes, and the
comments get a "Comments" heading of their own, so that they are not taken
for the end of the last section (a comment under "Action items" is not a
task). A file with no timeline of its own reads its comments as the
timeline (``comment_thread``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.formats.markdown_read.draft import Draft
from app.formats.markdown_read.names import THREAD_NAMES, section_key
from app.formats.markdown_read.plain_title import title_line
from app.formats.markdown_read.tokens import heading_of, name_key, split_label
from app.formats.markdown_syntax import flagged_lines

DETAILS_HEADING = "Ticket details"
# The words of the ticket's layout the import replaces by headings: not the post-mortem's words.
MARKUP_WORDS = THREAD_NAMES

# The fields of a Jira issue and of a ServiceNow incident, as their text copies label them.
_FIELDS = frozenset(
    [
        *("type", "issue type", "status", "priority", "resolution", "reporter", "assignee", "created", "updated"),
        *("resolved", "project", "component", "components", "component/s", "labels", "fix version/s"),
        *("affects version/s", "environment", "sprint", "epic link", "due date", "votes", "watchers"),
        *("number", "opened", "opened by", "caller", "state", "assigned to", "assignment group", "category"),
        *("subcategory", "impact", "urgency", "configuration item", "service", "closed", "closed by"),
        *("short description", "business service", "resolution code", "resolved by", "contact type"),
        # GitLab's and GitHub's issue sidebars.
        *("assignees", "milestone", "weight", "iteration", "epic", "health status", "reviewers"),
        *("participants", "time tracking", "confidentiality", "projects", "development", "author"),
    ]
)
# GitLab's state line under an issue's title, "Closed  Issue created 3 weeks ago by Marta Lindqvist"; GitHub's
# "marta-l opened this issue on 14 May 2024 · 5 comments". Its words stay in the details, as written.
_STATE_LINE = re.compile(
    r"(?P<state>open|opened|closed|reopened)[ \t]+(?:issue|incident)[ \t]+(?:created|opened)[ \t]+"
    r"[^\n]{0,60}?\bby[ \t]+(?P<who>[^\n]{1,80})",
    re.IGNORECASE,
)
_OPENED_THIS = re.compile(r"(?P<who>[\w.-]{1,60})[ \t]+opened[ \t]+this[ \t]+issue\b[^\n]{0,100}", re.IGNORECASE)
_STATE_ALONE = frozenset(["open", "opened", "closed", "reopened"])
# The people a ticket names as its own: its reporter, then whom it is assigned to.
_PEOPLE = ("reporter", "opened by", "assignee", "assigned to")
_PERSON = re.compile(r"[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){1,3}")
_NOT_A_PERSON = frozenset(["automation", "system", "bot", "integration", "unassigned", "jira", "admin", "service"])
_COMMENT_HEADER = re.compile(r"[^\W\d_][^\n]{0,80}?[ \t]+added a comment[ \t]+[-–—][ \t]+\S[^\n]{0,60}")
# GitLab's "**Jae Park** @jpark · 3 weeks ago", GitHub's "**marta-l** commented on 14 May 2024" (or "… 3 weeks
# ago"): said when, mostly as an age, not a time; such comments stay the ticket's activity.
_WEB_COMMENT_HEADER = re.compile(
    r"(?:\*\*[^*\n]{1,80}\*\*[ \t]+@[\w.-]{1,60}[ \t]*·[ \t]*\S[^\n]{0,60}"
    r"|\*{0,2}[\w.-]{1,60}\*{0,2}[ \t]+commented[ \t]+(?:on[ \t]+\S|\d)[^\n]{0,60})"
)
# The heading a copied issue page puts over its thread.
# The ticket's fields of text, each written on its own line over its text ("Resolution notes:").
_TEXT_FIELDS = frozenset(["description", "resolution notes", "close notes", "closure notes", "work notes"])
_LONGEST_FIELD = 300
_WIKI_HEADING = re.compile(r"h[1-6]\.[ \t]")  # Jira's "h2. Summary", made a heading later (disguised_headings)


def ticket_copy(draft: Draft, lines: list[str], flags: Sequence[int]) -> list[str]:
    """``lines`` with a ticket's fields, description and comments under headings; unchanged when the file
    is not a ticket's copy (a title line over at least three of a ticket's fields)."""
    found = title_line(lines)
    if found is None or heading_of(lines[found[0]]):
        return lines
    start = found[0] + 1
    end = start
    fields: list[tuple[str, str]] = []
    while end < len(lines) and end - start < 60 and flags[end]:
        line = lines[end].strip()
        label = split_label(line) if line and len(line) <= _LONGEST_FIELD else None
        state = _state(line) if line and len(line) <= _LONGEST_FIELD else None
        if state is not None:
            fields.extend(state)
        elif line and (label is None or label[0] not in _FIELDS or not label[1]):
            break
        elif label is not None:
            fields.append(label)
        end += 1
    if len({key for key, _ in fields}) < 3:
        return lines
    draft.ticket_people = _people(fields)
    out = [*lines[:start], "", f"## {DETAILS_HEADING}", *lines[start:end]]
    if end < len(lines) and not _names_a_part(lines[end]):
        out.extend(["## Description", ""])  # the prose under the fields is the ticket's description
    out.extend(_description_and_comments(lines, flags, end, _comments_kept(lines, flags)))
    return out


def _state(line: str) -> list[tuple[str, str]] | None:
    """A tracker's state line under the title as fields (its state, who opened it); ``None`` when it is not one."""
    if line.lower() in _STATE_ALONE:
        return [("status", line)]
    found = _STATE_LINE.fullmatch(line)
    if found is not None:
        return [("status", found.group("state")), ("reporter", found.group("who").strip())]
    found = _OPENED_THIS.fullmatch(line)
    return [("reporter", found.group("who"))] if found is not None else None


def _comments_kept(lines: list[str], flags: Sequence[int]) -> bool:
    """Whether the comments stay as the ticket's activity: with a timeline of the write-up's own, or with
    one comment only; otherwise ``comment_thread`` makes them the timeline."""
    headers = 0
    for line, outside in flagged_lines(lines, flags):
        if not outside or len(line) > 200:
            continue
        heading = heading_of(line)
        named = heading[1] if heading else line[4:] if _WIKI_HEADING.match(line) else ""
        if named and section_key(named) == "timeline":
            return True
        headers += bool(_COMMENT_HEADER.fullmatch(line.strip()))
    return headers < 2


def _people(fields: list[tuple[str, str]]) -> list[str]:
    names: list[str] = []
    for label in _PEOPLE:
        for key, value in fields:
            value = value.strip()
            words = {word.lower() for word in re.findall(r"[^\W\d_]+", value)}
            if key == label and _PERSON.fullmatch(value) and not words & _NOT_A_PERSON and value not in names:
                names.append(value)
    return names


def _description_and_comments(lines: list[str], flags: Sequence[int], start: int, kept: bool) -> list[str]:
    """The lines from ``start``: the "Description" line alone over the write-up's headings dropped (over
    prose, it becomes the heading of that prose), and a "Comments" heading over the first comment when the
    comments are ``kept`` as the ticket's activity."""
    out: list[str] = []
    commented = not kept
    for index in range(start, len(lines)):
        line = lines[index]
        key = name_key(line.strip().rstrip(":")) if flags[index] and len(line) <= 40 else ""
        heading = heading_of(line) if key else None
        if heading is not None and is_thread(lines, index, heading[1]):
            # GitLab's "### Activity" over its comments, under the last section: the thread, not that section's.
            if not any(added == "## Comments" for added in out):
                out.append("## Comments")
            commented = True
            continue
        if flags[index] and not commented and len(line) <= 200 and _web_comment_header(line):
            out.extend(["## Comments", "", line])
            commented = True
            continue
        if key in _TEXT_FIELDS and _alone(lines, index):
            following = next((later for later in lines[index + 1 : index + 50] if later.strip()), "")
            over_headings = heading_of(following) or _WIKI_HEADING.match(following)
            out.append("" if over_headings and key == "description" else f"## {line.strip().rstrip(':')}")
        elif key in ("activity", "comments") and _alone(lines, index) and _comment_follows(lines, index):
            # Jira's "Activity" over its "Comments" tab: one heading says both; none when the comments
            # leave for the timeline.
            if not commented:
                out.append("## Comments")
                commented = True
        elif flags[index] and not commented and len(line) <= 200 and _COMMENT_HEADER.fullmatch(line.strip()):
            out.extend(["## Comments", "", line])
            commented = True
        else:
            out.append(line)
    return out


def is_thread(lines: list[str], index: int, name: str) -> bool:
    """Whether the heading at ``index`` (named ``name``) is an issue page's "Activity" over its comments."""
    return name_key(name) in THREAD_NAMES and _web_comment_follows(lines, index)


def _web_comment_header(line: str) -> bool:
    return bool(_WEB_COMMENT_HEADER.fullmatch(line.strip()))


def _web_comment_follows(lines: list[str], index: int) -> bool:
    following = [line for line in lines[index + 1 : index + 6] if line.strip()]
    return any(_web_comment_header(line) for line in following if len(line) <= 200)


def _names_a_part(line: str) -> bool:
    """Whether ``line`` heads a part of the ticket: a heading, a text field's name, the activity."""
    key = name_key(line.strip().rstrip(":")) if len(line) <= 40 else ""
    return bool(heading_of(line) or _WIKI_HEADING.match(line) or key in _TEXT_FIELDS or key in ("activity", "comments"))


def _alone(lines: list[str], index: int) -> bool:
    """Whether the line at ``index`` is a paragraph of its own, or heads one ("Activity" over "Comments")."""
    return index == 0 or not lines[index - 1].strip() or name_key(lines[index - 1].strip()) == "activity"


def _comment_follows(lines: list[str], index: int) -> bool:
    following = [line.strip() for line in lines[index + 1 : index + 6] if line.strip()]
    return any(_COMMENT_HEADER.fullmatch(line) for line in following if len(line) <= 200)
