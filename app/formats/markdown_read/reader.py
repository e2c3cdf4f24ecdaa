"""Reading a whole file: front matter, title, the header lines, then each section by its reader.

Sections whose heading is known (case-insensitive, with the usual synonyms,
whatever their level) go to their reader; every other section, and whatever
a reader does not recognise, is kept word for word as an additional section
(``Draft.keep``). A known section nested in an unknown one (a "Timeline"
under "Incident Details") is read as if it stood on its own.
"""

from __future__ import annotations

import functools
import itertools
import json
from collections.abc import Callable, Iterator
from datetime import date

from pydantic import ValidationError

from app.dateparse import SLASH_DATES_DAY_FIRST
from app.errors import DocumentError
from app.formats.markdown_read.after_sections import finish_other_report
from app.formats.markdown_read.checklists import checklist_tasks
from app.formats.markdown_read.clock_tables import clock_table_as_timeline
from app.formats.markdown_read.closing_leftovers import closing_words_left_over
from app.formats.markdown_read.closing_words import closing_words_from_measures
from app.formats.markdown_read.day_sections import fold_day_sections
from app.formats.markdown_read.detect_recover_figures import window_from_figures
from app.formats.markdown_read.document_day import (
    day_from_weekdays,
    day_of_times,
    writes_slashed_dates_day_first,
)
from app.formats.markdown_read.draft import Draft, KeptText, Section
from app.formats.markdown_read.fenced_document import unfenced_report
from app.formats.markdown_read.fenced_timelines import fenced_timelines_as_timeline
from app.formats.markdown_read.field_sections import fields_sections_as_details
from app.formats.markdown_read.fix_step import resolution_from_the_timeline
from app.formats.markdown_read.front_matter_fields import read_front_matter
from app.formats.markdown_read.hard_breaks import keep_draft_hard_breaks
from app.formats.markdown_read.header import (
    MEMO_WORD,
    read_metadata,
)
from app.formats.markdown_read.header_parts import impact_beside_severity
from app.formats.markdown_read.header_story import finish_header_story
from app.formats.markdown_read.heading_decoration import without_shortcodes
from app.formats.markdown_read.heading_title import heading_as_title
from app.formats.markdown_read.html_page import is_html_page, page_as_markdown
from app.formats.markdown_read.incident_window import (
    window_from_duration,
    window_from_prose,
    window_to_the_second,
)
from app.formats.markdown_read.label_cuts import labelled_parts_cut
from app.formats.markdown_read.labels import SEVERITY_LABELS
from app.formats.markdown_read.layout_passes import (
    other_layouts_as_markdown,
    outside,
    sections_in_disguise,
    settle_document_zone,
)
from app.formats.markdown_read.measure_headings import fold_measure_headings
from app.formats.markdown_read.milestone_block import milestones_as_timeline
from app.formats.markdown_read.names import section_key
from app.formats.markdown_read.nested_sections import promote_nested
from app.formats.markdown_read.opening_fields import fields_in_opening
from app.formats.markdown_read.outage_parts import outages_as_timeline
from app.formats.markdown_read.phase_paragraphs import phase_paragraphs_as_timeline
from app.formats.markdown_read.phase_sections import phases_as_timeline
from app.formats.markdown_read.plain_title import first_line_title, html_title, title_under_first_name
from app.formats.markdown_read.prose import reads_as_summary
from app.formats.markdown_read.prose_severity import severity_from_prose
from app.formats.markdown_read.rare_layouts import (
    channel_title,
    charts_as_humor,
    finish_signature,
    finish_thread,
    jokes_as_humor,
    pictures_as_humor,
)
from app.formats.markdown_read.record_title import record_title
from app.formats.markdown_read.relative_times import stated_anchor
from app.formats.markdown_read.roles import one_timeline, settle_roles
from app.formats.markdown_read.section_readers import READERS, mail_headers, misspelt_names, owned_task_tables
from app.formats.markdown_read.sections import (
    fold_event_kinds,
    fold_measure_parts,
    humor_paragraph_cut,
    is_own_layout,
    split_sections,
)
from app.formats.markdown_read.severity_changes import severity_changed
from app.formats.markdown_read.source_comments import hide_comments
from app.formats.markdown_read.specific_title import (
    front_matter_title_wins,
    issue_title,
    specific_title,
    unnumbered_title,
)
from app.formats.markdown_read.status_page_files import is_status_page_file, updates_as_timeline
from app.formats.markdown_read.status_page_story import status_page_story
from app.formats.markdown_read.timeline_parts import merge_timeline_parts
from app.formats.markdown_read.timeline_resolution import resolution_told_in_timeline
from app.formats.markdown_read.title_byline import title_author
from app.formats.markdown_read.tokens import name_key, without_bold
from app.formats.markdown_read.undated_times import undate_file_day_times
from app.formats.markdown_syntax import flagged_lines, outside_fences
from app.model import PostMortem
from app.text_pieces import between_pieces, split_lines
from app.timefmt import format_date


def from_markdown(text: str | bytes) -> PostMortem:
    """Read a post-mortem from Markdown; any text gives a document or a ``DocumentError``."""
    return read_markdown(text)[0]


def read_markdown(
    text: str | bytes, *, file_day: date | None = None, html_page: bool = False
) -> tuple[PostMortem, list[str]]:
    """The document, and notes on what the import guessed (an ambiguous zone, say).

    ``file_day`` (the file's own date) is the last resort for the day of
    times written alone, in a document that writes no date at all. ``html_page``: the file is a web page
    (its name ends in ".html"), read as one whatever its first lines look like.
    """
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as error:
            raise DocumentError(f"is not UTF-8 text (byte 0x{text[error.start]:02x} at offset {error.start})") from None
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise DocumentError("is a binary file, not Markdown text")
    if _is_json(text):
        raise DocumentError("this looks like JSON, not Markdown: rename it to .json")
    try:
        if html_page or is_html_page(text):
            text = page_as_markdown(text)  # Confluence's, Google Docs', Notion's, Word's page: its Markdown
        lines = split_lines(text)  # equal lines share a string: 60,000 "***" cost one
        day_first = SLASH_DATES_DAY_FIRST.set(writes_slashed_dates_day_first(lines))
        try:
            draft = _read(lines, file_day)
        finally:
            SLASH_DATES_DAY_FIRST.reset(day_first)
        return PostMortem.model_validate(draft.to_data()), draft.notes
    except (ValidationError, ValueError, RecursionError, OverflowError) as error:
        # Safety net for untrusted text: a value the model refuses becomes a
        # clear message instead of a traceback.
        raise DocumentError(f"cannot read the Markdown: {str(error).splitlines()[0]}") from None


def _is_json(text: str) -> bool:
    """Whether the whole text is one JSON object or array (a ``.json`` file saved as ``.md``).

    Read as Markdown it would become an Introduction of braces and export as
    an empty post-mortem. Markdown that merely starts with a brace or a
    ``[link]`` is not valid JSON as a whole, so it still imports.
    """
    stripped = text.strip()
    if not (stripped[:1] == "{" and stripped[-1:] == "}") and not (stripped[:1] == "[" and stripped[-1:] == "]"):
        return False
    try:
        value = json.loads(stripped)
    except (ValueError, RecursionError):
        return False
    return isinstance(value, (dict, list))


def _read(lines: list[str], file_day: date | None = None) -> Draft:
    draft = Draft()
    lines = unfenced_report(lines)  # "```markdown" over the whole report, as a chat assistant wrote it
    fields = read_front_matter(draft, lines)
    flags = outside_fences(lines)
    own_layout = is_own_layout(lines, flags)
    draft.other_template = not own_layout
    if not own_layout and hide_comments(draft, lines, flags):
        flags = outside_fences(lines)  # a template's "<!-- Example: … -->" under each heading: not the report
    if not own_layout:
        lines, flags = other_layouts_as_markdown(draft, lines, flags, file_day)
    if not own_layout:
        settle_document_zone(draft, fields, lines, flags)
    if not own_layout:
        lines, flags = sections_in_disguise(draft, lines, flags)
    between_pieces()
    title, preamble, sections, extras_from = split_sections(
        lines, setext=not own_layout, titled=bool(fields.get("title"))
    )
    between_pieces()
    if not own_layout:
        cuts: tuple[Callable[[list[Section], int | None], tuple[list[Section], int | None]], ...] = (
            promote_nested,
            fold_event_kinds,
            fold_day_sections,  # "## Timeline", then "## July 22" over its times
            phases_as_timeline,  # "## Detection", "## Containment" over timed bullets, no Timeline
            outages_as_timeline,  # "## Outage 2 — 5 Feb", no Timeline
            clock_table_as_timeline,  # "| Time (UTC) | Action |" under "Resolution and recovery", no Timeline
            fenced_timelines_as_timeline,  # "Timeline:" over a ``` block of "10:40 UTC - …" lines, no Timeline
            functools.partial(milestones_as_timeline, preamble),  # "Alert raised: …", "Mitigated: …", no Timeline
            functools.partial(updates_as_timeline, preamble, draft),  # a status page's "## 2025-01-21T18:00:00" updates
            humor_paragraph_cut,
            labelled_parts_cut,
            phase_paragraphs_as_timeline,  # "## Alert", "## Investigation", "## Mitigation" over paragraphs
            pictures_as_humor,
            functools.partial(jokes_as_humor, preamble),
            charts_as_humor,  # a "digraph debugging" under "Supporting information", with no Humor section
            fold_measure_parts,
            fold_measure_headings,  # "# Corrective … Measures", then "# Staging First:", "# Queue Alerts:"
        )
        for cut in cuts:
            between_pieces()  # each goes through every section: 6,000 of them take a pass 30 ms
            sections, extras_from = cut(sections, extras_from)
    # A printed memo's "MEMORANDUM" stands where a title would: its "RE:" line is the title.
    mail = mail_headers(lines) if not own_layout and (not title or MEMO_WORD.fullmatch(title)) else None
    if mail is not None and mail.subject and mail.subject_at is not None:
        from app.formats.markdown_read.mail import subject_title  # loaded with the mail's headers

        # A mail saved as it was: its subject is the title, without the tag and level written beside it.
        title, subject_level = subject_title(mail.subject)
        if title == mail.subject:
            preamble.remove(lines[mail.subject_at])  # (else the subject stays as written, with its tag)
        draft.metadata.severity = draft.metadata.severity or subject_level
    if title and fields.get("title") and not own_layout and front_matter_title_wins(lines, title, fields["title"]):
        # A blog post's front matter names it ("title: Our AI Overlords Took a Nap"); its first heading, a level
        # down or only "# Postmortem", is the post's own opening line: the front matter's title wins.
        preamble.insert(0, title)
        title = ""
    # The heading's title first: front matter is kept whole anyway, the heading would be lost.
    draft.metadata.title = title or fields.get("title", "") or html_title(preamble)
    if not own_layout:
        # "# **Postmortem: Web Outage**", "# :fire: Postmortem :fire:" (GitHub draws the shortcodes as emoji).
        draft.metadata.title = without_shortcodes(without_bold(draft.metadata.title))
    if not draft.metadata.title and not own_layout:
        # "#inc-2026-06-03-…"; "**Postmortem: …**" standing alone, first; "# Issue Summary" over "## Postmortem: …"
        draft.metadata.title = channel_title(preamble) or first_line_title(preamble)
        draft.metadata.title = draft.metadata.title or title_under_first_name(preamble, sections)
    if not own_layout:
        # "# 0x19. Postmortem" over "**Postmortem: How the load balancer played hooky**": the second names it.
        draft.metadata.title = specific_title(draft.metadata.title, preamble)
        # "#Postmoterm" over a bold "Postmortem: Queue workers starved" made a heading; "# 0x19-postmortem" over a
        # README's sections, then "## Postmortem: …" over "### Issue Summary": that heading is the title.
        title_now = heading_as_title(draft.metadata.title, preamble, sections, extras_from, lines, flags)
        draft.metadata.title, sections, extras_from = title_now
        if title and draft.metadata.title == title:  # "# 1. Postmortem — …" over "## 1. Issue Summary"
            draft.metadata.title = unnumbered_title(title, [section.heading for section in sections])
        draft.metadata.title = issue_title(draft.metadata.title, preamble)  # "… #1893" on an issue's page
        # "MAJOR INCIDENT REPORT" over "Short description: …", "Incident #4471 [P2] …": the record names it.
        draft.metadata.title, record_level = record_title(draft.metadata.title, preamble)
        draft.metadata.severity = draft.metadata.severity or record_level
    day_from_file = False
    if not own_layout and draft.day is None:
        # Until a "Date:" line says otherwise, the first date written ("On Tuesday 12 March 2019, ...") is the
        # day of times written alone (a "Start:" label's among them). A mail's "Date:" is when it was sent.
        def written() -> Iterator[str]:
            return (
                line
                for number, (line, outside) in enumerate(flagged_lines(lines, flags))
                if outside and not (mail is not None and (number in mail.lines or line.startswith(">")))
            )

        between_pieces()
        # Read as they come, twice at most: no list of them. (The front matter's title when no heading gave one.)
        first = title or draft.metadata.title  # "Downtime on June 13, 2019" dates the prose's "Around 09:50 (CEST)"
        days = day_of_times(lambda: itertools.chain([first], written()), draft.posted_day)
        draft.day, day_note, draft.report_day = days  # a "Date:" line of the report's day dates no time
        draft.notes.extend([day_note] if day_note else [])
    draft.header_lines = preamble[:200]
    in_mail = mail.header_lines(lines) if mail is not None else set()
    mail_lines = [line for line in preamble if line in in_mail]
    leftover_preamble = read_metadata(draft, [line for line in preamble if line not in mail_lines])
    if mail_lines:
        # The mail's headers are its envelope, not the writer's opening words: kept whole after the
        # report, one a line, and the introduction starts where the writer does ("Hello all, ...").
        envelope = "\n".join(f"- {line.strip()}" for line in mail_lines)
        draft.kept.append(KeptText(len(lines), MAIL_HEADERS_HEADING, envelope))
        if draft.metadata.authors is None and mail.sender:
            draft.metadata.authors = [mail.sender]
    if not own_layout and draft.day is None and mail is not None and mail.sent:
        from app.formats.markdown_read.mail import incident_day  # loaded with the mail's headers

        body = (
            line
            for number, (line, outside) in enumerate(flagged_lines(lines, flags))
            if outside and number not in mail.lines and not line.startswith(">")
        )
        draft.day, note = incident_day(mail, body)
        draft.notes.extend([note] if note else [])
    if not own_layout and draft.day is None and file_day is not None:
        draft.day = day_from_weekdays(outside(lines, flags), file_day)
        if draft.day is not None:
            draft.notes.append(
                f"The document writes no year: {format_date(draft.day)} is the latest such day "
                "that falls on the weekday it names."
            )
        else:
            draft.day, day_from_file = file_day, True
    if not own_layout:
        # "**T0** is 2 December 2024, 21:30 UTC" in the Issue Summary: the summary's "T−25m to T+1h05m" and the
        # timeline's "T+6m" count from it.
        draft.anchor = stated_anchor(outside(lines, flags), day=draft.day, zone=draft.zone)
    known = sections if extras_from is None else sections[:extras_from]
    # The Issue Summary and the prose first: the window they state gives the day
    # (and zone) of the times written alone in the timeline.
    assigned = {id(section): section_key(section.heading) or _window_heading(section.heading) for section in known}
    if not own_layout:
        misspelt_names(draft, known, assigned)
        merge_timeline_parts(known, assigned)  # "Timeline — Day 1", a section between, "Timeline — Day 2"
        one_timeline(known, assigned)
        settle_roles(known, assigned)
        fields_sections_as_details(known, assigned)  # "## Outage" over "**Period:** …", "**Impact:** …"
    order = sorted(known, key=lambda section: _READING_ORDER.get(assigned[id(section)] or "", 2))
    keys = set(assigned.values())
    for section in order:
        key = assigned[id(section)]
        other = draft.other_template
        if key == "summary" and "introduction" not in keys and not reads_as_summary(section, other_template=other):
            # Atlassian's "Incident summary" is a paragraph, not the reference's
            # labelled bullets: with no Introduction it is the introduction.
            key = "introduction"
        if key in ("introduction", "summary") and other and _only_a_table(section.lines):
            key = "details"  # "Incident overview" (or "Issue Summary") over "| Field | Value |" rows, as a header's
        if key == "timeline" and not own_layout:
            window_from_prose(draft, leftover_preamble)
        between_pieces()  # a long section is read between two chances to give way
        if other and key not in ("measures", "timeline", "details"):
            section.lines = owned_task_tables(draft, section.lines)  # "Lessons learned" | Action | Owner |
        reader = READERS.get(key) if key else None
        if reader is None and other:
            section = checklist_tasks(draft, section)  # "### Automation Status" over "- [ ] Auto-rollback"
        if reader is None or not draft.claim(key or ""):
            draft.keep(section, section.lines, whole=True)
        else:
            reader(draft, section)
    if extras_from is not None:
        for section in sections[extras_from:]:
            draft.keep(section, section.lines, whole=True)
    if not own_layout:
        # "**Impact**: …", "**Resolution**: …" in an Executive Summary: the authors' own one-line answers.
        fields_in_opening(draft, [section for section in known if assigned[id(section)] == "introduction"])
        closing_words_from_measures(draft)
        closing_words_left_over(draft, sections)  # "We apologise for any inconvenience." under the last update
        timelines = [section for section in known if assigned[id(section)] == "timeline"]
        resolution_told_in_timeline(draft, timelines)  # "### How the incident was resolved" under the Timeline
    if leftover_preamble:
        parts = (leftover_preamble, draft.introduction or "")
        draft.introduction = "\n\n".join(part for part in parts if part)
    if not own_layout:
        finish_header_story(draft)
        severity_changed(draft)  # "upgraded to priority 1" after "logged as priority 2": the last level counts
        severity_from_prose(draft)  # "This was a SEV2 incident", when no label gave the severity
        finish_signature(draft)
        finish_thread(draft)  # "item 4 is done as of 6 April", in a reply to the report
        if draft.metadata.authors is None and (author := title_author(draft.metadata.title)) is not None:
            draft.metadata.authors = [author]  # "# Server Outage report by Ama Boateng (ama@…)"
        if draft.metadata.authors is None and draft.ticket_people:
            draft.metadata.authors = draft.ticket_people  # a ticket's reporter and assignee own its write-up
        finish_other_report(draft, sections, known, assigned)
        if is_status_page_file(fields):
            status_page_story(draft)  # its updates' "Identified", "Monitoring": the cause and the fix, in any language
        impact_beside_severity(draft, SEVERITY_LABELS)  # "**Severity:** P0 — 100% of users affected"
        resolution_from_the_timeline(draft)  # the last resort: "… The incident was resolved by …", the fix's step
    draft.note_stated_zones()
    draft.note_guessed_kinds()
    if day_from_file and file_day is not None:
        undate_file_day_times(draft, lines, file_day)
    if not own_layout:
        window_to_the_second(draft, lines)
        if any(task.owner_alone or task.written is not None for task in draft.measures.tasks):
            from app.formats.markdown_read.task_owner_check import owners_named_elsewhere  # loaded with the tasks

            owners_named_elsewhere(draft, lines)
        window_from_figures(draft)  # "Time to detection: 64 minutes" from 08:22 to the 09:26 report
        window_from_duration(draft)
    if draft.zone_unnamed and any(event.time is not None and not event.time.utcoffset() for event in draft.timeline):
        draft.notes.append("The document names no time zone: its times were read as UTC.")  # true of one at least
    keep_draft_hard_breaks(draft)
    return draft


MAIL_HEADERS_HEADING = "E-mail headers"
"""The section a pasted mail's headers are kept under (its subject is the title, its sender the author)."""

_READING_ORDER = {"details": 0, "summary": 0, "introduction": 1, "impact": 1}


# "## Duration" over its "Start Time:" and "End Time:" bullets: the incident's window, read as labelled details.
# (Not a section's name: "**Duration:**" in a summary is a label, and must not be made a heading.)
_WINDOW_HEADINGS = ("duration", "outage duration", "duration of the outage", "duration of outage", "incident duration")


def _only_a_table(lines: list[str]) -> bool:
    """Whether a section's text is one pipe table and nothing else."""
    written = [line.strip() for line in lines if line.strip()]
    return len(written) >= 3 and all(line.startswith("|") and line.endswith("|") for line in written)


def _window_heading(heading: str) -> str | None:
    return "details" if name_key(heading) in _WINDOW_HEADINGS else None
