"""The passes for layouts few documents have, each loaded by the first document that may have one.

A ticket's text copy, a ten-line note with no headings, a mail's sign-off, a joke closing the report:
each reader is a module of its own that stays in memory once imported, for the whole session. A cheap
look first (a few lines, never the whole file) keeps them out of memory for the documents they cannot
concern: 60,000 "***" lines loaded all four for nothing.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from datetime import date

from app.formats.markdown_read.column_names import COLUMN_NAMES
from app.formats.markdown_read.draft import Draft, Section
from app.formats.markdown_read.layout_bounds import LONGEST_NOTE, LONGEST_SIGN_OFF
from app.formats.markdown_read.names import section_key
from app.formats.markdown_read.status_words import STATUS_KINDS
from app.formats.markdown_syntax import flagged_lines, outside_fences
from app.text_pieces import in_turns

# What the readers of a comment thread, a status page's updates and a closing picture each need on a line
# before they read anything: a file with fewer such lines leaves those modules unloaded. The same case-blind
# matching as the readers' own patterns (re.IGNORECASE), without their other conditions: never narrower.
_COMMENT_HEADER_WORDS = ("omment", "escription")  # "Comment #2 From …", "… added a comment - …", "Description"
_STATUS_WORD = re.compile("|".join(sorted(STATUS_KINDS, key=len, reverse=True)), re.IGNORECASE)
# "turn to 3", "go back to 1": a gamebook's move (joke_humor reads it closely).
_A_MOVE = re.compile(r"\b(?:turn|go|back|skip|jump) to (?:step )?\d", re.IGNORECASE)
_PICTURE_OR_ITS_LABEL = re.compile(r"!\[|diagram|meme|comic|cartoon|funny|humou?r|joke", re.IGNORECASE)
# A label's colon with its space forgotten: "Impact:A segment of users".
_UNSPACED_LABEL = re.compile(r"[a-z]:[A-Z]")

# A chat message's time alone on its line ("5/2 9:41 PM", "Yesterday 9:41 PM"): what a Teams copy needs thrice.
_STAMP_ALONE = re.compile(
    r"[ \t]*(?:[\d/]{3,10}[ \t]+|[A-Za-z]{5,9}[ \t]+)?\d{1,2}:\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]*"
)

_FIELDS_LOOKED_AT = 80
"""A ticket's fields are under its title: the first lines hold them, when the file is one."""


def ticket_copy(draft: Draft, lines: list[str], flags: Sequence[int]) -> list[str]:
    """``ticket_copy.ticket_copy``, for a file with labelled lines near its top."""
    if sum(":" in line for line in itertools.islice(lines, _FIELDS_LOOKED_AT)) < 2:
        return lines
    from app.formats.markdown_read.ticket_copy import ticket_copy as read

    return read(draft, lines, flags)


# A page's number alone on a short line ("Page 2 of 4", "- 3 -"): what ``pdf_pages`` needs on two lines at least.
_PAGE_NUMBER_LOOK = re.compile(r"[ \t]*(?:[A-Za-zá]{3,6}\.?[ \t]+\d|-[ \t]*\d|\d{1,4}[ \t]*/)")
_LONGEST_PAGE_NUMBER = 40


def pdf_copy(draft: Draft, lines: list[str], flags: Sequence[int]) -> list[str]:
    """``pdf_pages.from_pdf_pages``, for a file with two short lines that may number its pages."""
    looks = (
        line
        for line in lines
        # (right-aligned, as a PDF's footer is copied: spaces first)
        if len(line) < 4 * _LONGEST_PAGE_NUMBER
        and line.rstrip()[-1:].isdigit()
        and len(line.strip()) < _LONGEST_PAGE_NUMBER
        and _PAGE_NUMBER_LOOK.match(line)
    )
    if next(looks, None) is None or next(looks, None) is None:
        return lines
    from app.formats.markdown_read.pdf_pages import from_pdf_pages

    return from_pdf_pages(draft, lines, flags)


def slack_post(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``slack_markup.from_slack``, for a file whose first lines hold Slack's marks: one of its angle-bracket tokens
    ("<@U…|maria>", "<!here>"), or a single-asterisk bold opening a line beside a line opening with a "•" bullet or
    a shortcode. (A Markdown file's "*italic*" line alone does not load it.)"""
    bold = decorated = False
    for line in itertools.islice((line for line in lines if line.strip()), _SLACK_LOOKED_AT):
        if "<" in line and any(token in line for token in _SLACK_TOKENS):
            break
        opening = line.lstrip()[:2]
        bold = bold or (opening[:1] == "*" and opening[1:2] not in ("*", " ", ""))
        decorated = decorated or opening[:1] in ("•", ":")
        if bold and decorated:
            break
    else:
        return lines
    from app.formats.markdown_read.slack_markup import from_slack, looks_like_slack

    return from_slack(lines, flags) if looks_like_slack(lines, flags) else lines


_SLACK_LOOKED_AT = 400
_SLACK_TOKENS = ("<@", "<#", "<!", "<http", "<mailto")


def html_tables_in_markdown(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``html_in_markdown.html_tables_as_markdown``, for a file with a line opening with an HTML ``<table>`` tag."""
    if not any(outside and line.lstrip(" ")[:6].lower() == "<table" for line, outside in flagged_lines(lines, flags)):
        return lines
    from app.formats.markdown_read.html_in_markdown import html_tables_as_markdown

    return html_tables_as_markdown(lines, flags)


def text_task_tables(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``text_tables.text_task_tables``, for a file with a line of three columns lined up with spaces (two runs of
    two spaces, or a tab, between its words)."""
    if not any(outside and _columns_lined_up(line) for line, outside in flagged_lines(lines, flags)):
        return lines
    from app.formats.markdown_read.text_tables import text_task_tables as read

    return read(lines, flags)


def bare_pipe_tables(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``bare_pipe_tables.bare_pipe_tables``, for a file with a line of three cells split by pipes and no pipe at
    its start ("Task | Description | Owner", as a service desk's record is copied)."""
    if not any(outside and _bare_pipe_row(line) for line, outside in flagged_lines(lines, flags)):
        return lines
    from app.formats.markdown_read.bare_pipe_tables import bare_pipe_tables as read

    return read(lines, flags)


def docs_export(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``docs_export``'s passes, for a file with a table under an empty header row ("|  |  |") or a backslash
    inside a word ("re\\-sent"), as Google Docs' Markdown writes them."""
    if not any(outside and ("\\" in line or _empty_row(line)) for line, outside in flagged_lines(lines, flags)):
        return lines
    from app.formats.markdown_read import docs_export as export

    headed = export.headed_by_first_row(lines, flags)
    flags = flags if headed is lines else outside_fences(headed)  # (a table headed anew is a line shorter)
    return export.unescaped(headed, flags) if export.written_by_a_converter(headed, flags) else headed


def _empty_row(line: str) -> bool:
    return line[:1] == "|" and len(line) < 400 and not line.strip(" \t|")


def marked_task_lines(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``marked_task_lines.marked_task_lines``, for a file with a line opening with a word in capitals between
    brackets ("  [DONE]  Remove the default", as an alerting tool's export lists its follow-ups)."""
    if not any(outside and _capitals_in_brackets(line) for line, outside in flagged_lines(lines, flags)):
        return lines
    from app.formats.markdown_read.marked_task_lines import marked_task_lines as read

    return read(lines, flags)


def _capitals_in_brackets(line: str) -> bool:
    return line.lstrip(" \t")[:2] in _OPENING_CAPITALS


_OPENING_CAPITALS = frozenset(f"[{letter}" for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _bare_pipe_row(line: str) -> bool:
    return line.count("|") >= 2 and not line.lstrip().startswith("|")


def _columns_lined_up(line: str) -> bool:
    words = line.strip()
    return "\t" in words or words.count("  ") >= 2


def chat_log_as_timeline(lines: list[str], flags: Sequence[int], today: date | None) -> list[str]:
    """``chat_log.chat_log_as_timeline``, for a file with a few lines that open with a bracketed time."""
    if not any(line.lstrip()[:1] == "[" or ":" in line for line in itertools.islice(lines, 400)):
        return lines
    from app.formats.markdown_read.chat_log import chat_log_as_timeline as read
    from app.formats.markdown_read.chat_log import looks_like_a_chat

    return read(lines, flags, today) if looks_like_a_chat(lines) else lines


def channel_title(preamble: list[str]) -> str:
    """``chat_log.channel_title``, for a preamble whose first line names a channel ("#inc-…")."""
    first = next((line for line in preamble if line.strip()), "")
    if not first.lstrip().startswith("#") or first.lstrip().startswith("# "):
        return ""
    from app.formats.markdown_read.chat_log import channel_title as read

    return read(preamble)


def compact_note(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``compact_note.compact_note``, for a file of a short note's length."""
    written = itertools.islice((line for line in in_turns(lines) if line.strip()), LONGEST_NOTE + 1)
    if sum(1 for _ in written) > LONGEST_NOTE:
        return lines
    from app.formats.markdown_read.compact_note import compact_note as read

    return read(lines, flags)


def signature_cut(draft: Draft, lines: list[str], flags: Sequence[int]) -> list[str]:
    """``signature.signature_cut``, for a file whose last line has a name's letters."""
    last = next((line for line in reversed(lines) if line.strip()), "")
    if len(last) > LONGEST_SIGN_OFF or not any(char.isalpha() for char in last):
        return lines
    from app.formats.markdown_read.signature import signature_cut as cut

    return cut(draft, lines, flags)


def quoted_report(draft: Draft, lines: list[str], flags: Sequence[int]) -> list[str]:
    """``mail_thread.quoted_report``, for a file with a line saying who wrote what follows and a quoted line."""
    if not _might_be_thread(lines):
        return lines
    from app.formats.markdown_read.mail_thread import quoted_report as read

    lines, draft.thread_updates = read(lines, flags)
    return lines


def _might_be_thread(lines: list[str]) -> bool:
    attributed = any(line.rstrip().endswith(":") and "wr" in line.lower() for line in itertools.islice(lines, 2000))
    return attributed and any(line.lstrip()[:1] == ">" for line in lines)


def finish_thread(draft: Draft) -> None:
    if draft.thread_updates is not None:
        from app.formats.markdown_read.mail_thread import apply_updates

        draft.metadata.status = apply_updates(draft.thread_updates, draft.metadata.status, draft.measures.tasks)


def finish_signature(draft: Draft) -> None:
    if draft.signature is not None:
        from app.formats.markdown_read.signature import finish_signature as finish

        finish(draft)


def jokes_as_humor(
    preamble: list[str], sections: list[Section], extras_from: int | None
) -> tuple[list[Section], int | None]:
    """``joke_humor.jokes_as_humor``, for a report with closing notes, a picture above its sections, a
    section telling a choose-your-own-adventure ("… turn to 3"), or arrows between steps."""
    limit = len(sections) if extras_from is None else extras_from
    closing = any(section_key(section.heading) == "closing_notes" for section in sections[:limit])
    gamebook = any(_A_MOVE.search(line) for section in sections[:limit] for line in in_turns(section.lines))
    # "-> Lookups fail" over "-> Is it every pod?", "Start -> Check DNS -> …": a flowchart drawn in arrows.
    arrows = not gamebook and any(
        "->" in line or "→" in line for section in sections[:limit] if section.lines for line in in_turns(section.lines)
    )
    if not closing and not gamebook and not arrows and not any("![" in line for line in preamble):
        return sections, extras_from
    from app.formats.markdown_read.joke_humor import jokes_as_humor as cut

    return cut(preamble, sections, extras_from)


def _at_least(count: int, found: Iterable[object]) -> bool:
    return sum(1 for _ in itertools.islice(found, count)) >= count


def comments_as_timeline(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``comment_thread.comments_as_timeline``, for a file with two lines or more naming a comment."""
    if not _at_least(2, (line for line in in_turns(lines) if any(word in line for word in _COMMENT_HEADER_WORDS))):
        return lines
    from app.formats.markdown_read.comment_thread import comments_as_timeline as read

    return read(lines, flags)


def status_updates_as_timeline(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``status_updates.status_updates_as_timeline``, for a file with two lines or more holding a status word."""
    if not _at_least(2, (line for line in in_turns(lines) if _STATUS_WORD.search(line))):
        return lines
    from app.formats.markdown_read.status_headings import status_headings_as_timeline
    from app.formats.markdown_read.status_updates import status_updates_as_timeline as read

    read_as_updates = read(lines, flags)
    return read_as_updates if read_as_updates is not lines else status_headings_as_timeline(lines, flags)


# A fenced Mermaid flowchart or Graphviz digraph, or a line of one written without its language.
_DRAWING_MARK = re.compile(
    r"[ \t]*(?:(?:`{3,}|~{3,})[ \t]*(?:mermaid|dot|graphviz|gv)\b|(?:strict[ \t]+)?digraph\b|(?:graph|flowchart)\b)",
    re.IGNORECASE,
)


def charts_as_humor(sections: list[Section], extras_from: int | None) -> tuple[list[Section], int | None]:
    """``investigation_chart.charts_as_humor``, for sections with a drawing's fence or steps joined by arrows."""
    limit = len(sections) if extras_from is None else extras_from
    if not any(
        "->" in line or "→" in line or _DRAWING_MARK.match(line)
        for section in sections[:limit]
        for line in in_turns(section.lines)
    ):
        return sections, extras_from
    from app.formats.markdown_read.investigation_chart import charts_as_humor as cut

    return cut(sections, extras_from)


def pictures_as_humor(sections: list[Section], extras_from: int | None) -> tuple[list[Section], int | None]:
    """``picture_humor.pictures_as_humor``, for sections with a picture or a word naming a drawing or a joke."""
    if not any(_PICTURE_OR_ITS_LABEL.search(line) for section in sections for line in in_turns(section.lines)):
        return sections, extras_from
    from app.formats.markdown_read.picture_humor import pictures_as_humor as cut

    return cut(sections, extras_from)


# "**Q: …?**", "Q. …?", "**What went wrong?**": a line that may ask one of a learning review's questions.
_QUESTION_LOOK = re.compile(r"[ \t]*(?:\*\*|__)?(?:Q|Question)\b|.*\?(?:\*\*|__)[ \t]*$", re.IGNORECASE)


def question_led(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``question_led.questions_as_headings``, for a file with three lines that may be questions standing alone."""
    looks = (line for line in lines if len(line) < 400 and _QUESTION_LOOK.match(line))
    if not _at_least(3, looks):
        return lines
    from app.formats.markdown_read.question_led import questions_as_headings

    return questions_as_headings(lines, flags)


def cells_per_line(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``cells_per_line.cells_per_line``, for a file with two column names ("Time", "Event") one under the other."""
    if not any(
        flags[index]
        and flags[index + 1]
        and lines[index].strip().lower() in COLUMN_NAMES
        and lines[index + 1].strip().lower() in COLUMN_NAMES
        for index in range(len(lines) - 1)
    ):
        return lines
    from app.formats.markdown_read.cells_per_line import cells_per_line as read

    return read(lines, flags)


def teams_channel(lines: list[str], flags: Sequence[int], today: date | None) -> list[str]:
    """``teams_channel.teams_channel``, for a file with a few sender lines over a time's line near its top."""
    stamps = sum(1 for line in itertools.islice(lines, 400) if len(line) <= 40 and _STAMP_ALONE.fullmatch(line))
    if stamps < 3:
        return lines
    from app.formats.markdown_read.teams_channel import teams_channel as read

    return read(lines, flags, today)


# "# 10:00 AM: the alerts fired", "# Impact: users could not …", "# We rolled back the release at noon.": a
# heading that may be a line of content, which ``content_headings`` looks at closely.
_CONTENT_HEADING_LOOK = re.compile(r"#{1,6}[ \t]+(?:\d{1,2}[:.h]\d{2}|[A-Za-z][A-Za-z /&'-]{1,40}:[ \t]+\S)")


def _may_be_content_heading(line: str) -> bool:
    if not line.startswith("#"):
        return False
    return bool(_CONTENT_HEADING_LOOK.match(line)) or (len(line) > 40 and line.rstrip()[-1:] in (".", "!"))


def content_headings(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``content_headings.headings_as_content``, for a file with two headings that may be lines of content."""
    if not _at_least(2, (line for line in in_turns(lines) if _may_be_content_heading(line))):
        return lines
    from app.formats.markdown_read.content_headings import headings_as_content

    return headings_as_content(lines, flags)


def _may_be_bold_label(line: str) -> bool:
    return line.startswith(("**", "__")) and len(line) < 80 and line.rstrip().endswith((":**", "**:", ":__", "__:"))


def story_sections(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``story_sections.labels_as_sections``, for a file with two bold labels alone on their lines."""
    if not _at_least(2, (line for line in in_turns(lines) if _may_be_bold_label(line))):
        return lines
    from app.formats.markdown_read.story_sections import labels_as_sections

    return labels_as_sections(lines, flags)


def run_together_labels(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``run_together_labels.labels_one_a_line``, for a file with a line holding three colons or more."""
    # "Duration: 2 hours Impact:A segment …": a label's colon with its space forgotten counts too
    if not any(line.count(": ") >= 2 or (": " in line and _UNSPACED_LABEL.search(line)) for line in in_turns(lines)):
        return lines
    from app.formats.markdown_read.run_together_labels import labels_one_a_line

    return labels_one_a_line(lines, flags)
