"""Reading Corrective and Preventative Measures: improvements and tasks, in lists or tables.

Tasks are read from the reference's nested "Owner:/Due:/Status:/Link:"
bullets, from checkboxes, from an action-items table, and (in other
templates) from details written on the task's own line. A detail that
cannot be read stays in the task's text. This module tells which list a
line belongs to; one task's own reading is ``task_items.read_task``.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.bold_titles import bold_titles_not_owners
from app.formats.markdown_read.closing_words import CLOSING_CUE, cut_closing_words
from app.formats.markdown_read.code_blocks import code_blocks, entry_lines
from app.formats.markdown_read.draft import Draft, Section, TaskDraft
from app.formats.markdown_read.general_lines import general_lines_as_improvements
from app.formats.markdown_read.label_blocks import joined_label_blocks, label_block
from app.formats.markdown_read.labelled_paragraphs import labelled_paragraphs
from app.formats.markdown_read.labels import DUE_LABELS, LINK_LABELS, OWNER_LABELS, STATUS_LABELS
from app.formats.markdown_read.lead_items import lead_children, lists_tasks
from app.formats.markdown_read.list_leads import announces_tasks
from app.formats.markdown_read.measure_bold_titles import bold_titled_measures
from app.formats.markdown_read.measure_kept_items import is_kept_item
from app.formats.markdown_read.measure_label_lines import part_lines_apart, task_leads_apart
from app.formats.markdown_read.measure_part_lines import broken_items_joined, part_names_as_headings
from app.formats.markdown_read.measure_proposals import proposal_sentences
from app.formats.markdown_read.measure_subheadings import detailed_heading_measures, numbered_heading_measures
from app.formats.markdown_read.measures_introduced import measures_named_as_such
from app.formats.markdown_read.names import MEASURE_PARTS, names_measure_part, section_key
from app.formats.markdown_read.names_other_languages import MEASURE_LABELS as OTHER_LANGUAGES
from app.formats.markdown_read.numbered_title_details import bullets_under_titles
from app.formats.markdown_read.owner_headings import read_owner_headings
from app.formats.markdown_read.plain_lists import loose_items, plain_items
from app.formats.markdown_read.priority_dues import dues_by_priority
from app.formats.markdown_read.prose_measures import prose_as_improvements
from app.formats.markdown_read.status_labelled_lists import status_labelled_lists
from app.formats.markdown_read.tables import take_table
from app.formats.markdown_read.task_groups import one_task_told, task_group
from app.formats.markdown_read.task_items import CHECKBOX, read_task
from app.formats.markdown_read.task_paragraphs import numbered_tasks_as_items
from app.formats.markdown_read.task_tables import tasks_table
from app.formats.markdown_read.task_team_leads import team_owners
from app.formats.markdown_read.todo_lines import todo_lines_as_items
from app.formats.markdown_read.tokens import Item, heading_of, is_table_line, name_key, parse_items, split_label
from app.formats.markdown_read.unnamed_improvements import improvements_named
from app.formats.markdown_read.unnamed_lists import unnamed_list_as_improvements

_IMPROVEMENT_LABELS = (
    *("improvements", "improvement", "preventative measures", "preventive measures", "lessons"),
    # The words of a well-known template's prompt: "things that can be improved/fixed".
    *("improvements/fixes", "improvements / fixes", "improvements and fixes", "fixes/improvements"),
    *("improvements needed", "future measures"),
    *OTHER_LANGUAGES["improvements"],  # "Améliorations :"
)
_TASK_LABELS = ("tasks", "task", "action items", "actions", "follow-ups", "todo", "tasks to address the issue")
_TASK_LABELS += OTHER_LANGUAGES["tasks"]  # "À faire :"
_TODO_KEYS = ("todo", "to-do", "to do")
# Every name of one of the two lists: said alone, the name is the structure, not the author's words.
_PART_NAMES = (*_IMPROVEMENT_LABELS, *_TASK_LABELS, *MEASURE_PARTS)
# Labels written as sentences: "Things that can be improved/fixed:", "Tasks to address the issue (TODO):".
_TASK_WORDS = re.compile(r"\b(?:tasks?|to-?dos?|action items?|actions|next steps|follow[- ]?ups?)\b")
_IMPROVEMENT_WORDS = re.compile(r"\b(?:improv\w*|fix(?:es|ed)?|prevent\w*|lessons?|corrective measures?)\b")


def measure_part(key: str, head: str) -> str | None:
    """Which list a label in the measures introduces: "improvements", "tasks", or None.

    Words inside a label count only when it ends its line with a colon: "Fix the
    typo" alone is a task, and so is "**Preventive:** Add a smoke test"; "Things
    that can be improved/fixed:" introduces the improvements below it.
    """
    if key in _IMPROVEMENT_LABELS:
        return "improvements"
    if key in _TASK_LABELS:
        return "tasks"
    if not head.strip().rstrip("*_").rstrip().endswith(":"):
        return None
    if _TASK_WORDS.search(key):
        return "tasks"
    return "improvements" if _IMPROVEMENT_WORDS.search(key) else None


# A sub-heading's words: "Improvements/Fixes", "How we'll prevent it", "Corrective measures"; not "Short-term fixes".
# Korean, Chinese and Japanese end such a heading with the word: "로깅 및 모니터링 개선", "监控改进", "運用改善".
_IMPROVING_HEADING = re.compile(r"\b(?:improv\w*|prevent\w*|lessons?|corrective measures?)\b|(?:개선|改进|改進|改善)$")


def _heading_part(key: str) -> str | None:
    """Which list a sub-heading in the measures heads: "### Improvements/Fixes:", "### Tasks to Address the Issue"."""
    if key in _IMPROVEMENT_LABELS:
        return "improvements"
    if key in _TASK_LABELS or _TASK_WORDS.search(key):
        return "tasks"
    return "improvements" if _IMPROVING_HEADING.search(key) else None


_LETTERED = re.compile(r"[ \t]{0,3}([a-z][.)])[ \t]+(?=\S)")
_FOLDED_LEVEL = 6  # the level of a measures section's heading written inside the one before it


def read_measures(draft: Draft, section: Section) -> None:
    measures, leftover = draft.measures, []
    lines = section.lines
    if draft.other_template and (titled := bold_titled_measures(lines) or detailed_heading_measures(lines)):
        measures.improvements.extend(titled)  # "**1. Monitoring externe**" or "### 1. Backups" over details
        draft.keep(section, lines)
        return
    if draft.other_template:  # "#### @malte_j Cron cleanup scheduled" over what was done: a task each
        lines = read_owner_headings(draft, section, lines)
        lines, closing = cut_closing_words(lines)  # "This postmortem shows…" after the lists
        if closing:
            draft.closing_after_measures = (section, closing)
        lines = numbered_tasks_as_items(lines)  # "5.2 Add … Owner: Head of QA. Target completion: …"
        lines = todo_lines_as_items(lines)  # "TODO: …" over "TODO: …": one task a line
        lines = status_labelled_lists(lines)  # "Completed:" over its list: each item a task done
        lines = part_names_as_headings(lines)  # "Specific Action Items" alone over its lines: that list's name
        lines = broken_items_joined(lines)  # "- Implement", a blank line, " automated checks.": one item
        lines = task_leads_apart(lines)  # "- Add a check." right over "Specific tasks include:": two lists
        lines = bullets_under_titles(lines)  # "1. **Title**" over "We will add:" over margin bullets: its details
        if not names_measure_part(section.heading) and name_key(section.heading) not in _PART_NAMES:
            lines = improvements_named(lines, _lone_tasks_name)  # plain lines over "Tasks:": the improvements
    # "Staging First: Try every change in staging …" paragraphs, two or more: each one measure, named as written.
    blocks = False
    if draft.other_template:
        lines, blocks = joined_label_blocks(lines, _is_part_name)
    entries = parse_items(lines)
    if draft.other_template:
        # "**Improvements:**" and "**Tasks:**" as paragraphs over their lists (or typed right over each other).
        entries = part_lines_apart(entries, lambda key, head: measure_part(key, head) is not None)
        entries = labelled_paragraphs(entries, lambda key, head: measure_part(key, head) is not None)
    # The list an "### Improvements", "# Tasks:" or "## Improvements we want longer term" heading names.
    own = name_key(section.heading)
    under = [_heading_part(own) if own in _PART_NAMES or names_measure_part(section.heading) else None]
    under_improvements = under[0] == "improvements"  # After "### Improvements", plain items are improvements.
    items_before = len(measures.tasks) + len(measures.improvements)
    tasks_before = len(measures.tasks)
    paragraph: list[str] = []  # plain lines under such a name: one item each, or one item wrapped
    listed = [False]  # the part named has a marked list: its plain lines are the author's other words
    under_section = under[0]
    labelled_tasks = [False]  # a list named as the tasks ("TODO:") was read
    closed = [False]  # closing words were read under the last item: the lines after them are the closing's
    unnamed: list[TaskDraft] = []  # tasks from a list under no name, before any list named as the tasks
    formal_from: list[int] = []  # where each table or box of tasks began: the concrete work (general_lines)

    def end_paragraph() -> None:
        items, kept = plain_items(paragraph)
        ideas = proposal_sentences(paragraph, len(items)) if under[0] != "improvements" else None
        measures.improvements.extend(ideas or ())  # "We should rotate … We could alert …" over a list
        tasks: list[Item] = []
        for text in items if ideas is None else ():
            key, value = split_label(text) or ("", "")
            if under[0] == "improvements":
                measures.improvements.append(text)
            elif tasks and key in _DETAIL_LABELS:
                tasks[-1].body.append(f"- {text}")  # "Deadline: May 3" under its task's line: a detail of it
            else:
                tasks.append(Item("", value if key in ("task", "action") and value else text, [], [text]))
        for item in tasks:
            leftover.extend(read_task(item, measures.tasks, inline=not item.body, day=draft.day))
        leftover.extend(closing_words_in(kept))
        paragraph.clear()

    def closing_words_in(kept: list[str]) -> list[str]:
        """``kept`` up to the closing words right under the last item ("This incident showed…"), which
        join the closing words cut from the section's end."""
        closing = next((i for i, line in enumerate(kept) if CLOSING_CUE.match(line)), None)
        if closing is None or len(measures.tasks) + len(measures.improvements) == items_before:
            return kept  # before any item, "This outage was not…" is the measures' own prose
        later = draft.closing_after_measures[1] if draft.closing_after_measures is not None else []
        draft.closing_after_measures = (section, [*kept[closing:], *([""] if later else []), *later])
        closed[0] = not later  # what follows under no new heading closes too (a signature under the words)
        return kept[:closing]

    def plain_line(line: str) -> None:
        """A line with no list marker under a list's name: a label alone ("Tasks:") names the next list."""
        stripped = line.strip().strip("*_").strip()
        key, value = split_label(stripped) or ("", "")
        part = measure_part(key, stripped) if key and not value else None
        if part is not None or not line.strip():
            end_paragraph()
            under[0], listed[0] = part or under[0], listed[0] and part is None
            if part is None or key not in _PART_NAMES:
                leftover.append(line)
        elif listed[0]:
            leftover.append(line)
        else:
            paragraph.append(line)

    grouped = [False]  # under a sub-heading that groups the tasks ("### Repo2docker" under "# Action items")
    loose: list[str] = []  # a paragraph under no list's name: items only when written as lines of them

    def end_loose() -> None:
        if blocks and under[0] is None and (block := label_block(loose, _is_part_name)) is not None:
            measures.improvements.append(block)  # under the measures' own heading: an improvement
            loose.clear()
            return
        if grouped[0] and under[0] is None and (task := one_task_told(loose)) is not None:
            # "### Repo2docker" over "Limit memory available to build pods.": that group's task.
            leftover.extend(read_task(Item("", task, [], list(loose)), measures.tasks, inline=True, day=draft.day))
            loose.clear()
            return
        items, kept = loose_items(loose) if draft.other_template else ([], list(loose))
        first = len(measures.tasks)
        for text in items:
            leftover.extend(read_task(Item("", text, [], [text]), measures.tasks, inline=True, day=draft.day))
        unnamed.extend(measures.tasks[first:] if under[0] is None and not labelled_tasks[0] else ())
        leftover.extend(closing_words_in(kept) if draft.other_template else kept)
        loose.clear()

    blocks_of_code = code_blocks(entries)
    index = 0
    while index < len(entries):
        entry = entries[index]
        index += 1
        if (closing := blocks_of_code.get(index - 1)) is not None:
            # A workflow's YAML, a shell script: code kept as written, never a list of measures.
            end_loose()
            end_paragraph()
            leftover.extend(line for kept in entries[index - 1 : closing + 1] for line in entry_lines(kept))
            index = closing + 1
            continue
        closed[0] = closed[0] and not (isinstance(entry, str) and heading_of(entry))
        if closed[0] and draft.closing_after_measures is not None:
            draft.closing_after_measures[1].extend(entry_lines(entry))  # "Ana Ruiz" signing under the closing words
            continue
        if under[0] == "kept" and not (isinstance(entry, str) and heading_of(entry)):
            leftover.extend(entry_lines(entry))  # under "Sustain": what went right, kept as written
            continue
        plain = isinstance(entry, str) and not heading_of(entry) and not is_table_line(entry)
        if draft.other_template and under[0] is not None and plain and _LETTERED.match(entry) is None:
            plain_line(entry)  # "# Tasks:" over lines with no list marker: each line is one
            continue
        if plain and entry.strip() and _LETTERED.match(entry) is None and not listed[0]:
            loose.append(entry)  # "Enable logging: …" lines, or "We will:" over plain lines
            continue
        end_loose()
        end_paragraph()
        listed[0] = listed[0] or isinstance(entry, Item)
        if isinstance(entry, str):
            heading = heading_of(entry)
            if heading is not None:
                part = _heading_part(name_key(heading[1]))
                # "## Action items" over "### Process improvements" and "### Repo2docker": groups of the tasks.
                part, grouped[0] = task_group(_heading_part(own), name_key(heading[1]), part, _IMPROVEMENT_LABELS)
                under_improvements = part == "improvements"
                under[0], listed[0] = part, False
                # "## Tasks to Address the Issue" after the measures' own list: the tasks named, as "TODO:" names them
                labelled_tasks[0] = labelled_tasks[0] or part == "tasks"
                # "### How we'll prevent it": the author's words, kept as written; "## Corrective actions" after
                # "## Improvements", written here as a sub-heading (sections.fold_measure_parts), names the tasks
                # as the section's heading did.
                folded = heading[0] == _FOLDED_LEVEL and section_key(heading[1]) == "measures"
                if part is None or (name_key(heading[1]) not in _PART_NAMES and not folded):
                    leftover.append(entry)
            elif is_table_line(entry):
                table, index = take_table(entries, index - 1)
                formal_from.append(len(measures.tasks))
                read = tasks_table(
                    table, measures.tasks, other_template=draft.other_template, day=draft.day, measures=True
                )
                leftover.extend(read)
            elif draft.other_template and (lettered := _LETTERED.match(entry)) is not None:
                # "a. Change the script. Responsible: vendor. Target: 30 Nov 2023.": a lettered list, as
                # plain-text reports write one, each line a task (Markdown has no lettered lists).
                item = Item(lettered.group(1), entry[lettered.end() :], [], [entry])
                leftover.extend(read_task(item, measures.tasks, inline=True, day=draft.day))
            else:
                if draft.other_template and _names_tasks(entry):
                    # "📝 Task List: our quest" over its list: the tasks named, as "TODO:" names them
                    under[0], under_improvements, labelled_tasks[0] = "tasks", False, True
                leftover.append(entry)
            continue
        key, value = split_label(entry.head) or ("", "")
        part = measure_part(key, entry.head) if draft.other_template else None
        if part is not None and key not in _PART_NAMES:
            leftover.append(entry.head)  # a label written as a sentence: its words are the author's, kept
        if key in _IMPROVEMENT_LABELS or part == "improvements":
            nested = parse_items(entry.body)
            if value:
                measures.improvements.append(value)
            under[0], listed[0] = "improvements", _listed_before_next_part(nested)
            for child in nested:
                if isinstance(child, Item) and under[0] == "tasks":
                    # "Tasks to Address the Issue:" written under the improvements' lines: its list is the tasks.
                    leftover.extend(read_task(child, measures.tasks, inline=draft.other_template, day=draft.day))
                elif isinstance(child, Item) and draft.other_template and CHECKBOX.match(child.head):
                    # "- [ ] Add a check" after the improvements' bullets: a box to tick is a task, done or not (in the
                    # editor's own layout an improvement is written as typed, "[ ]" included).
                    leftover.extend(read_task(child, measures.tasks, inline=draft.other_template, day=draft.day))
                elif isinstance(child, Item):
                    measures.improvements.append(child.text)
                elif draft.other_template:
                    plain_line(child)  # "Improvements:" over lines with no list marker
                else:
                    leftover.append(child)
            end_paragraph()
        elif key in _TASK_LABELS and value and not lists_tasks(entry.body):
            # "- Task: Review all HAProxy timeouts.": the item is one task, its nested lines its details.
            item = Item(entry.marker, value, entry.body, entry.raw)
            leftover.extend(read_task(item, measures.tasks, inline=True, day=draft.day))
            # "TODO: raise the pool" lines under a plain list: the list is the improvements, as "TODO:" over its
            # list would make it.
            labelled_tasks[0] = labelled_tasks[0] or key in _TODO_KEYS
        elif key in _TASK_LABELS or part == "tasks":
            labelled_tasks[0] = True
            if value:
                leftover.append(value)  # "**Tasks:** the team agreed on these." above them: the author's words
            under[0], listed[0] = "tasks", lists_tasks(entry.body)
            for child in parse_items(entry.body):
                if isinstance(child, Item) and draft.other_template and is_kept_item(child.head, child.body):
                    leftover.extend(child.raw)  # "1. **Flowchart:**" over a ``` drawing: kept as drawn
                elif isinstance(child, Item):
                    leftover.extend(read_task(child, measures.tasks, inline=draft.other_template, day=draft.day))
                elif draft.other_template:
                    plain_line(child)  # "Task List:" over lines with no list marker
                else:
                    leftover.append(child)
            end_paragraph()
        elif under_improvements and not CHECKBOX.match(entry.head):
            measures.improvements.append(entry.text)
        elif draft.other_template and (children := lead_children(entry, _DETAIL_LABELS)) is not None:
            leftover.append(entry.head)  # "We need a checklist, like this:" over the nested items: they are read
            first = len(measures.tasks)
            for child in children:
                leftover.extend(read_task(child, measures.tasks, inline=True, day=draft.day))
            unnamed.extend(measures.tasks[first:] if under[0] is None and not labelled_tasks[0] else ())
        elif draft.other_template and is_kept_item(entry.head, entry.body):
            leftover.extend(entry.raw)  # "1. **Flowchart:**" over a ``` drawing, "**What Went Well:**" over bullets
        else:
            # A plain list under an "Action Items" heading: each item is a task.
            first = len(measures.tasks)
            formal_from.extend([first] if CHECKBOX.match(entry.head) else [])
            leftover.extend(read_task(entry, measures.tasks, inline=draft.other_template, day=draft.day))
            if under[0] is None and not labelled_tasks[0]:
                unnamed.extend(measures.tasks[first:])
    end_loose()
    end_paragraph()
    if draft.other_template:  # "**Pre-project Review**: …" beside "**Guidelines for API Usage**: …": titles
        bold_titles_not_owners(measures.tasks[tasks_before:])
    if draft.other_template and labelled_tasks[0] and unnamed and not measures.improvements and under_section is None:
        unnamed_list_as_improvements(measures, unnamed, formal_from)
    if draft.other_template and len(measures.tasks) + len(measures.improvements) == items_before:
        measures.improvements.extend(numbered_heading_measures(leftover))  # "### 1. Back up the config" over prose
        leftover = prose_as_improvements(draft, leftover)
    if draft.other_template and len(measures.tasks) > tasks_before:
        # "Due dates: all P1 items by 2026-03-13": the note dates its tasks and is not one of them.
        section_tasks = measures.tasks[tasks_before:]
        leftover.extend(dues_by_priority(section_tasks, draft.day))
        measures.tasks[tasks_before:] = section_tasks
        team_owners(section_tasks, draft.day)  # "**DevOps**: … [Jan 22]" beside "**Sarah**: …", "SRE to add …"
    general_lines_as_improvements(draft, tasks_before, items_before, formal_from)  # "we should…" over a table
    measures_named_as_such(draft, section, tasks_before, items_before - tasks_before)  # "… measures:" over a list
    draft.keep(section, leftover)


def _is_part_name(label: str) -> bool:
    """ "Tasks", "Improvements", "Owner": a name of a list or of a task's detail, not a measure's."""
    key = name_key(label)
    # ("Improve Monitoring:" over its sentence names a measure; "Tasks to Address the Issue:" names a list.)
    return key in _PART_NAMES or key in _DETAIL_LABELS or _TASK_WORDS.search(key) is not None


_DETAIL_LABELS = (*OWNER_LABELS, *DUE_LABELS, *STATUS_LABELS, *LINK_LABELS)
# Emoji before a label are decoration ("📝 Task List: …").
_DECORATION = re.compile(r"^[^\w*_#(\[]+")


def _names_tasks(line: str) -> bool:
    """Whether a line of text names the list of tasks that follows ("Tasks:", "📝 Task List: Our quest",
    "The tasks we agreed on are:")."""
    key = (split_label(_DECORATION.sub("", line.strip())) or ("", ""))[0]
    if key and (key in _TASK_LABELS or (key in MEASURE_PARTS and _heading_part(key) == "tasks")):
        return True
    return announces_tasks(line)  # "Specific tasks to address these measures include:"


def _lone_tasks_name(line: str) -> bool:
    """Whether a line is the name of the tasks alone: "Tasks to address the issue:", "**Action items:**"
    (or such a line the reader already made a sub-heading of, at the folded level)."""
    heading = heading_of(line)
    if heading is not None:
        return heading[0] == _FOLDED_LEVEL and _heading_part(name_key(heading[1])) == "tasks"
    stripped = line.strip("*_ \t")
    key, value = split_label(stripped) or ("", "")
    return bool(key) and not value and measure_part(key, stripped) == "tasks"


def _listed_before_next_part(entries: list[Item | str]) -> bool:
    """Whether a list comes before the next list's name: "Improvements/Fixes:" over two plain lines, then
    "Tasks:" over a numbered list, names two lists, the first written without markers."""
    for entry in entries:
        if isinstance(entry, Item):
            return True
        stripped = entry.strip().strip("*_").strip()
        key, value = split_label(stripped) or ("", "")
        if key and not value and measure_part(key, stripped) is not None:
            return False
    return False
