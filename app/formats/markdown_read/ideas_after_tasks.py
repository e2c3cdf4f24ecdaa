"""Ideas listed after the tracked tasks: "Other things we talked about:" under a table of owners and dates.

A measures section often gives its tasks as a table (or a list) where each one
has an owner or a due date, then adds a line of its own ("Darüber hinaus:",
"Other stuff we didn't turn into tickets yet:") over a few bullets with
neither: "We should stop hand-making certificates." A careful reader files
those as the improvements the team wants, not as tasks nobody owns. The lead-in
line is what sets them apart; a list named as tasks ("Next steps:") stays tasks,
and so does a box to tick ("- [ ] …").
"""

from __future__ import annotations

from app.formats.markdown_read.draft import MeasuresDraft
from app.formats.markdown_read.measures import measure_part
from app.formats.markdown_read.task_items import CHECKBOX
from app.formats.markdown_read.tokens import Item, heading_of, is_table_line, parse_items, split_label

_LONGEST_LEAD_IN = 160  # a line over a list, not a paragraph that happens to end with a colon


def ideas_after_tracked_tasks(measures: MeasuresDraft, lines: list[str], tasks_before: int) -> None:
    """Move the section's last list to the improvements when it is such a list of ideas.

    ``tasks_before``: how many tasks there were before this section was read.
    """
    items, lead_in = _last_list(parse_items(lines))
    if not items or lead_in is None:
        return
    key, value = split_label(lead_in.strip("*_ \t")) or ("", "")
    if key and not value and measure_part(key, lead_in) is not None:
        return  # "Follow-up actions:", "Improvements:": a list the measures' reader read under its name
    section_tasks = measures.tasks[tasks_before:]
    if len(section_tasks) <= len(items):
        return
    tracked, ideas = section_tasks[: -len(items)], section_tasks[-len(items) :]
    if not all(task.owner or task.due for task in tracked) or any(task.tracked() for task in ideas):
        return
    if not all(_same_words(task.text, item.text) for task, item in zip(ideas, items, strict=True)):
        return  # the list's items were not read as these tasks (a table after it, say): leave both alone
    measures.improvements.extend(task.text for task in ideas)
    del measures.tasks[len(measures.tasks) - len(ideas) :]


def _last_list(entries: list[Item | str]) -> tuple[list[Item], str | None]:
    """The items of the section's last list, and the line right above it if it leads in to it (ends in ":")."""
    index = len(entries) - 1
    while index >= 0 and isinstance(entries[index], str) and not str(entries[index]).strip():
        index -= 1
    items: list[Item] = []
    while index >= 0 and isinstance(entries[index], Item):
        item = entries[index]
        assert isinstance(item, Item)
        if CHECKBOX.match(item.head):
            return [], None  # a box to tick is a task, whatever the line above it says
        items.append(item)
        index -= 1
    items.reverse()
    while index >= 0 and isinstance(entries[index], str) and not str(entries[index]).strip():
        index -= 1
    if index < 0 or not items:
        return items, None
    line = str(entries[index]).strip()
    if heading_of(line) is not None or is_table_line(line) or len(line) > _LONGEST_LEAD_IN:
        return items, None
    return items, line if line.rstrip("*_ \t").endswith((":", "：")) else None


def _same_words(task_text: str, item_text: str) -> bool:
    task_words, item_words = " ".join(task_text.split()), " ".join(item_text.split())
    return bool(task_words) and (task_words in item_words or item_words in task_words)
