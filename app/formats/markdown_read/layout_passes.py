"""The passes over a whole document's lines before its sections are split: other layouts become Markdown.

A mailing list's quoted report, a PDF's page breaks, Slack's tokens, HTML tables, other markups, a Docs
export, task tables typed in plain text, a ticket's or a chat's copy: each pass gives lines the section
reader knows. Then the zone the document states, and sections written in disguise (questions, bold names,
cells one a line, a short note) are made headings. Each pass gives back the very list it was given when it
changes nothing. None of these passes runs on the editor's own layout.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

from app.formats.markdown_read.bold_word_runs import bold_words_joined
from app.formats.markdown_read.break_marks import without_break_marks
from app.formats.markdown_read.definition_lines import definitions_as_labels
from app.formats.markdown_read.disguised_headings import headings_in_disguise
from app.formats.markdown_read.document_zones import stated_zone, zone_after_a_time
from app.formats.markdown_read.draft import Draft
from app.formats.markdown_read.form_answers import answers_for_questions
from app.formats.markdown_read.front_matter_times import front_matter_zone
from app.formats.markdown_read.hash_bullets import hash_led_entries
from app.formats.markdown_read.heading_underlines import without_heading_underlines
from app.formats.markdown_read.incident_window import (
    zone_from_the_times,
    zone_in_words_of_the_times,
    zone_of_the_window,
)
from app.formats.markdown_read.markup import without_html_markup
from app.formats.markdown_read.other_markups import from_other_markups
from app.formats.markdown_read.quoted_labels import quoted_names_unquoted
from app.formats.markdown_read.rare_layouts import (
    bare_pipe_tables,
    cells_per_line,
    chat_log_as_timeline,
    comments_as_timeline,
    compact_note,
    content_headings,
    docs_export,
    html_tables_in_markdown,
    marked_task_lines,
    pdf_copy,
    question_led,
    quoted_report,
    run_together_labels,
    signature_cut,
    slack_post,
    status_updates_as_timeline,
    story_sections,
    teams_channel,
    text_task_tables,
    ticket_copy,
)
from app.formats.markdown_read.run_in_names import run_in_headings, run_in_section_names
from app.formats.markdown_read.timeline_label import timeline_label_as_heading
from app.formats.markdown_read.unclosed_bold import closed_bold_labels
from app.formats.markdown_syntax import flagged_lines, outside_fences
from app.text_pieces import between_pieces
from app.timezones import zone_named

Lines = tuple[list[str], Sequence[int]]


def outside(lines: list[str], flags: Sequence[int]) -> Iterator[str]:
    """The lines outside code fences, one at a time (giving way now and then: ``flagged_lines``)."""
    return (line for line, outside in flagged_lines(lines, flags) if outside)


def passed(new: list[str], old: list[str], flags: Sequence[int]) -> Lines:
    """The lines a pass gave, and which of them are outside code fences: the flags ``old`` had when the pass
    gave ``old`` itself back (each pass gives a new list when it changes anything). A list of flags is a
    pointer a line: 60,000 lines held three such lists at once, and worked each out again.

    Between two passes the thread gives way: each goes once through every line.
    """
    between_pieces()
    return (old, flags) if new is old else (new, outside_fences(new))


def other_layouts_as_markdown(draft: Draft, lines: list[str], flags: Sequence[int], file_day: date | None) -> Lines:
    """The document's lines with other layouts (a list's thread, a PDF's copy, HTML, other markups, a ticket's,
    a status page's or a chat's copy) written as the Markdown the section reader knows."""
    lines, flags = passed(quoted_report(draft, lines, flags), lines, flags)  # a list's thread: its report
    lines, flags = passed(pdf_copy(draft, lines, flags), lines, flags)  # "Page 2 of 4", "alto-" / "gether"
    # Then: Slack's "<@U…|maria>" and "<!here>" are its own tokens, not HTML for the pass after.
    lines, flags = passed(slack_post(lines, flags), lines, flags)
    lines, flags = passed(html_tables_in_markdown(lines, flags), lines, flags)  # "<table><tr><th>Action…"
    lines, flags = passed(without_html_markup(lines, flags), lines, flags)
    lines, flags = passed(without_break_marks(lines, flags), lines, flags)  # "\\\\" under a "<br />"
    lines, flags = passed(definitions_as_labels(lines, flags), lines, flags)  # "Date" over ": 6 Sep 2024"
    lines, flags = passed(closed_bold_labels(lines, flags), lines, flags)  # "**Root Cause:" never closed
    lines, flags = passed(quoted_names_unquoted(lines, flags), lines, flags)  # ">**Timeline:**" over a lone ">"
    between_pieces()
    # Before other markups: a rule under each "## Timeline:" is no rST or table, a bold bullet's tab no cell.
    lines, flags = passed(without_heading_underlines(lines, flags), lines, flags)
    lines, flags = passed(from_other_markups(lines, flags), lines, flags)
    lines, flags = passed(docs_export(lines, flags), lines, flags)  # Google Docs': "|  |  |" over "**Time**"
    lines, flags = passed(text_task_tables(lines, flags), lines, flags)  # "Action   Owner   Due" lined up
    lines, flags = passed(bare_pipe_tables(lines, flags), lines, flags)  # "Task | Owner | State", no outer pipes
    lines, flags = passed(marked_task_lines(lines, flags), lines, flags)  # "  [DONE]  Remove the default"
    lines, flags = passed(ticket_copy(draft, lines, flags), lines, flags)
    lines, flags = passed(comments_as_timeline(lines, flags), lines, flags)
    lines, flags = passed(status_updates_as_timeline(lines, flags), lines, flags)
    lines, flags = passed(fenced_update_log(lines, flags), lines, flags)  # "```text" / "[2026-05-20 13:03 UTC] …"
    lines, flags = passed(teams_channel(lines, flags, file_day), lines, flags)  # "Dana Kowal" / "5/2 9:41 PM"
    lines, flags = passed(chat_log_as_timeline(lines, flags, file_day), lines, flags)  # "[11:02 PM] dana: …"
    return lines, flags


def settle_document_zone(draft: Draft, fields: dict[str, Any], lines: list[str], flags: Sequence[int]) -> None:
    """The zone the document's times are in: its front matter's, a sentence's, the one its times or its window
    name, else none (UTC, noted)."""
    draft.zone = zone_named(fields.get("timezone", "") or fields.get("time zone", "") or fields.get("tz", ""))
    # The lines outside code, gone through as they come: a list of them is a pointer a line.
    draft.zone = draft.zone or stated_zone(outside(lines, flags))
    draft.zone = draft.zone or front_matter_zone(fields)  # "detected_at: 2026-09-09T18:40:00-03:00"
    if draft.zone is None:
        zone_from_the_times(draft, outside(lines, flags))
    if draft.zone is None and draft.zone_unnamed:
        zone_in_words_of_the_times(draft, outside(lines, flags))  # "0745 – 1020 hrs (Eastern)"
    if draft.zone is None and not draft.zone_unnamed:
        zone_of_the_window(draft, outside(lines, flags))  # "(14:25 to 16:05 BST)", a vendor's "10:30 EDT"
    if draft.zone is None and (zone := zone_after_a_time(outside(lines, flags))) is not None:
        draft.zone, draft.zone_unnamed = zone, False  # "from 14:30 until 16:10 (East Africa Time, UTC+3)"
    draft.stated_zone(draft.zone)


def sections_in_disguise(draft: Draft, lines: list[str], flags: Sequence[int]) -> Lines:
    """The lines with sections written without headings made headings: questions and their answers, numbered
    bold names, the cells of a table one a line, a short note's parts, names standing alone; a signature cut."""
    bold_words_joined(lines, flags)  # "**Root** **cause**:"
    lines, flags = passed(hash_led_entries(lines, flags), lines, flags)  # "#Aug 1, 2023: …", "#14:05 …"
    lines, flags = passed(content_headings(lines, flags), lines, flags)  # "# 10:00 AM: alerts fired", "#" a bullet
    lines, flags = passed(answers_for_questions(lines, flags), lines, flags)  # "What was the impact?" / "`…`"
    lines, flags = passed(story_sections(lines, flags), lines, flags)  # "## The Setup:" over "**Duration:**"
    lines, flags = passed(
        timeline_label_as_heading(lines, flags), lines, flags
    )  # "## Description" … "Timeline:" over times
    lines, flags = passed(run_together_labels(lines, flags), lines, flags)  # "Duration: … Impact: … Cause: …"
    lines, flags = passed(question_led(lines, flags), lines, flags)  # "**Q: How did it end?**" over "A: …"
    lines, flags = passed(numbered_bold_sections(lines, flags), lines, flags)  # "1. **Timeline**" over "   - …"
    headings_in_disguise(lines)
    lines, flags = passed(cells_per_line(lines, flags), lines, flags)  # "Time" / "Event" / "08:58" / "…"
    # After the headings in disguise ("2. Timeline (all times IST)"): a note with them has its own parts.
    lines, flags = passed(compact_note(lines, flags), lines, flags)  # ten lines, no headings, a run of times
    # After the names standing alone: the headings this writes are not a plain-text report's.
    lines, flags = passed(run_in_section_names(lines, flags), lines, flags)
    lines, flags = passed(run_in_headings(lines, flags), lines, flags)  # "## Root Cause: The disk filled…"
    lines, flags = passed(signature_cut(draft, lines, flags), lines, flags)  # "Thanks,\nRachel"
    return lines, flags


def fenced_update_log(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``fenced_update_log.fenced_updates_as_timeline``, for a file with two lines opening with "[" and a digit."""
    if not _at_least_two(line for line in lines if line.lstrip(" \t")[:1] == "[" and line.lstrip(" \t")[1:2].isdigit()):
        return lines
    from app.formats.markdown_read.fenced_update_log import fenced_updates_as_timeline

    return fenced_updates_as_timeline(lines, flags)


def _at_least_two(found: Iterator[str]) -> bool:
    return len(list(itertools.islice(found, 2))) == 2


def numbered_bold_sections(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``listed_sections.listed_sections``, for a file with two numbered lines holding bold marks."""
    looks = (line for line in lines if line[:1].isdigit() and ("**" in line or "__" in line))
    if len(list(itertools.islice(looks, 2))) < 2:
        return lines
    from app.formats.markdown_read.listed_sections import listed_sections

    return listed_sections(lines, flags)
