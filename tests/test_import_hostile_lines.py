"""Hostile lines the importer meets in untrusted files: each is read in one pass, never retried per split.

Each input is about 100 KB, where a pattern that backtracks (quadratic or worse) runs for minutes;
the bound below is a hang limit, not a speed target (``make bench`` measures speed).
"""

from __future__ import annotations

import pytest

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown

N = 100_000
HOSTILE = {
    "a bullet of many links": "## Timeline\n\n- " + "http://a" * 4000 + " x\n",
    "spaces inside a timeline line": "## Timeline\n\nDeploy done" + " " * N + "(see logs)\n",
    "a zone statement of spaces": "## Timeline\n\nall times" + " " * N + "x\n",
    "spaces then a parenthesis": "## Timeline\n\n" + " " * N + "(\n",
    "a long word after from": "## Summary\n\nfrom 1" + "x" * N + "\n",
    "a long link cell": "## Action Items\n\n| Action | Link |\n|---|---|\n| Fix | a" + " " * N + "x |\n",
    "a heading of parentheses": "## " + "(" * N + "\n\ntext\n",
    "a heading of numbered parentheses": "## " + "(1" * (N // 2) + "\n\ntext\n",
    "a preamble line of spaces": "# T\n\n12:00" + " " * N + "(\n",
    "many summaries": "## Cause\n\n" + "<summary>Timeline</summary>\n" * 20_000,
    "an HTML table of unclosed rows": "# T\n\n## Timeline\n\n<table>" + "<tr>" * N + "</table>\n",
    "an HTML table of unclosed cells": "# T\n\n## Timeline\n\n<table>" + "<tr><td>" * (N // 4) + "</table>\n",
    "lines of clocks in many zones": "# T\n\n" + ("At 10:00 ET and 11:00 PT " * 40 + "\n") * 100,
    "many status headers": "# T\n\n## Updates\n\n" + "**Resolved** — 10 Oct 2023, 18:02 UTC\n\ntext\n\n" * 2000,
    "many wiki headings": "# T\n\n" + "h2. x\n\n" * (N // 7),
    "spaces before an HTML tag, line after line": "# T\n\n" + ("x" + " " * 19_000 + "<b\n") * 80,
    "spaces before a table cell's break": "## Timeline\n\n" + ("| 10:00 | x" + " " * 19_000 + "<br |\n") * 80,
    "a task line of spaces": "## Action Items\n\n- fix" + " " * N + "x\n",
    "many unclosed wiki tables": "== a ==\n\n== b ==\n\n" + "{|\n| x\n" * (N // 5),
    "a wiki heading of equals and spaces": "== a ==\n\n== b ==\n\n==" + " " * N + "x\n",
    "a grid table of borders only": "# T\n\n" + "+---+---+\n" * (N // 10),
    "a grid border of dashes": "# T\n\n+" + "-" * N + "+\n| x |\n+" + "-" * N + "+\n",
    "an owner of many initials": "## Action Items\n\n- fix. Owner: " + "A. " * (N // 3) + "\n",
    "a relative time of digits": "**T0:** 2024-10-03 19:00 UTC\n\n## Timeline\n\n- T+" + "1" * N + ":00 x\n",
    "a numbered line over a long underline": "# T\n\n1. x\n" + "-" * N + "\n",
    # Each line of a run of tables with no time column read the rest of the run: 2,000 tables took 14 s.
    "many tables run together in a timeline": "# T\n\n## Timeline\n\n"
    + "| Task | Owner | Due | Status |\n|---|---|---|---|\n| a | b | 2024-03-01 | done |\n" * 8000,
    "many lettered tasks": "## Action Items\n\n" + "a. fix it. Responsible: Ana. Target: soon.\n" * 2000,
    "spaces inside a stated length": "# T\n\nThe outage lasted 2h" + " " * N + "x\n\nStart: 2024-05-01 10:00 UTC\n",
    "a duration label of spaces": "# T\n\nStart: 2024-05-01 10:00 UTC\n\n" + " " * N + "duration:\n",
    "many lines in capitals": "# T\n\n" + "ROOT CAUSE:\n\n" * (N // 12),
    "a mail header of a long line": "Subject: " + "x" * N + "\nFrom: a <" + "b" * N + ">\n\ntext\n",
    # A chat export, a mail's subject, a status page's site line and a task's owner after a dash (fix-c).
    "chat messages then a day separator of spaces": "[1:02 PM] a: b\n[1:03 PM] a: b\n[1:04 PM] a: b\n--"
    + " " * N
    + "x"
    + " " * N
    + "--\n",
    "chat messages stating an impact of dots": "[1:02 PM] a: b\n[1:03 PM] a: b\n[1:04 PM] a: "
    + ". impact" * (N // 8)
    + "\n",
    "a subject of many tags": "From: a <a@b.c>\nSubject: " + "[x] " * (N // 4) + "y (SEV2)\n\ntext\n",
    "a status site line of capitals": "A " * (N // 2) + "Status\nTitle\n\ntext\n",
    "a task owner of capitals after a dash": "## Action Items\n\n- fix - " + "A " * (N // 2) + "(Bo Li), done.\n",
    "a chat header of spaces": "## Timeline\n\nRui" + " " * 100 + "9:02 AM\nhello\n" * 1000,
    "a range then many weekday words": "# T\n\n## Summary\n\nBetween 10:00 UTC " + "Tuesday " * N + "\n",
    "many comment headers": "Bug 1 - x\n\n" + "------- Comment #1 From Ana 2024-05-01 11:00 UTC -------\nx\n" * 1500,
    "a comment header of spaces": "**a**" + " · " * 100 + "Comment 1 · " + " " * N + "\n",
    "many plain section names": "# T\n\n" + "Follow-up bugs:\n- x\n\n" * (N // 20),
    "a bold first line of stars": "**" + "*" * N + "**\n\ntext\n",
    "many unclosed asciidoc tables": "== a\n\n== b\n\n" + "|===\n|x\n" * (N // 8),
    "an asciidoc title of equals and spaces": "== a\n\n== b\n\n=" + " " * N + "x\n",
    "an asciidoc bold lead of stars": "== a\n\n== b\n\n*" + "a" * N + "\n",
    "many rst titles": "Title\n~~~~~\n\n" + "Head\n~~~~\n\ntext\n\n" * (N // 16),
    "an rst table border of spaces": "Title\n~~~~~\n\n=" + " " * N + "=\n",
    "many rst table borders": "Title\n~~~~~\n\n" + "==  ==\n" * (N // 7),
    "many lessons beside each other": "# T\n\n" + "## What went well\n\nx\n\n## What went wrong\n\ny\n\n" * 20_000,
    # Found by this session's review: each took seconds to minutes before.
    "a window label then spaces": "# T\n\nDuration: 2024-05-01 10:00 UTC" + " " * N + "x\n",
    "an owner then spaces": "# T\n\n## Action Items\n\n- Fix it. Owner: Ana" + " " * N + "Bo\n",
    "authors then spaces": "# T\n\n**Authors:** Ana" + " " * N + "Bo\n",
    "a comment after many blank lines": "# T\n\n------- Comment #1 From Ana 2024-05-01 10:00 UTC -------\n"
    + "\n" * N
    + "text\n------- Comment #2 From Bo 2024-05-01 11:00 UTC -------\nmore\n",
    "a line of many block tags": "# T\n\n" + "<li> " * 3900 + "\n" + "<b>" * 6000 + "\n",
    "a table row of many paragraph tags": "## Timeline\n\n| Time | Event |\n|---|---|\n"
    + ("| 10:00 | " + "<p> " * 4900 + "|\n") * 20,
    "a tag's attributes of spaces": "# T\n\n" + ("<p" + " " * 19_000 + "x\n") * 5,
    "a headerless table of many rows": "## Timeline\n\n| 10:00 | x |\n|---|---|\n" + "| 10:01 | y |\n" * (N // 14),
    "jira macros, bold leads, mentions and header cells": "h2. a\n\nh2. b\n\n"
    + ("{panel:" + "x|" * 9000 + "}\n*" + "a" * 19_000 + "\n[~" + "a" * 19_000 + "\n" + "||" * 9000 + "\n") * 3,
    "org code marks, stamps and task lines": "#+TITLE: x\n* a\n"
    + ("=" * 19_000 + "\n" + "~a" * 9000 + "\n<2024-01-01" + " " * 19_000 + ">\n") * 3
    + "** TODO "
    + " " * 19_000
    + "x\n   Owner"
    + " " * 19_000
    + ":\n   DEADLINE:"
    + " " * 19_000
    + "\n",
    "a bare offset of digits under a t0": "## Timeline\n\nT0 is 10:00 UTC\n\n- +"
    + "0" * N
    + ":00 x\n- "
    + "+" * N
    + "\n",
    "an inline day then spaces": "# T\n\nDate: 2024-02-19\n\n## Timeline\n\n- Day 1"
    + " " * N
    + "x\n- Day 1 ("
    + " " * 30
    + ")"
    + " " * N
    + ",\n",
    "a humor label then spaces": "# T\n\n## Closing Notes\n\n**Humor:**" + " " * N + "\n\n**Humor:**" + " " * N + "x\n",
    "an owner after a dash then spaces": "# T\n\n## Action Items\n\n- fix — owner"
    + " " * N
    + "Ana\n- fix — Ana"
    + " " * N
    + "Bo, 2024-01-01\n- fix"
    + " — " * (N // 3)
    + "\n",
    "a summary count then spaces": "# T\n\n## Summary\n\n1"
    + " " * N
    + "a"
    + " " * N
    + "b\n\n"
    + "1 " * (N // 4)
    + "\n",
    # Word-processor and note-tool exports (tool_exports.py).
    "many column rules": "# T\n\n" + "-- --\n" * (N // 6),
    "column rules under long header runs": "# T\n\n" + ("x\n" * 50 + "-- --\n") * 500,
    "a multiline table with no bottom rule": "# T\n\n" + ("-" * 20 + "\nA  B\n-- --\nx  y\n\n") * 2000,
    "a span of brackets": "# T\n\n" + "[" * N + "]{.underline}\n" + "[x]{" * (N // 4) + "\n",
    "bullet characters and toggles": "# T\n\n" + "• " * (N // 2) + "\n" + "▸ " * (N // 2) + "\n",
    "an outline of many heading bullets": "- # T\n" + "- ## a\n\t- x:: [[" * (N // 20) + "\n",
    "many status headings": "# T\n\n" + "### Resolved\ntext\n*12 Mar 2024 · 4:40 PM*\n" * (N // 40),
    "status headings over long blocks": "# T\n\n" + ("### Resolved\n" + "x\n" * 5000) * 20,
    "many numbered questions": "# T\n\n" + "1. **Why?**\n   x\n" * (N // 18),
    "a question over a long answer": "# T\n\n" + ("1. **Why?**\n" + "   x\n" * 10_000) * 3,
    "a story of many ons": "# T\n\n## What happened\n\n" + "On on on at 2pm. " * (N // 17) + "\n",
    "many tabbed lines": "# T\n\n" + "a\tb\n" * (N // 4) + "a\t" * (N // 2) + "\n",
    "a tick-one line of many boxes": "# T\n\nSeverity: " + "☐ x ☒ " * (N // 6) + "\n",
    "an outline task of many properties": "- # T\n- ## Actions\n\t- TODO x\n" + "\t  a:: b\n" * (N // 8),
    "a story of hour words": "# T\n\nDate: 2024-01-01\n\n## What happened\n\n"
    + "at nine " * (N // 8)
    + "\n\n"
    + "At ten to three. " * 2000
    + "\n",
    "a paragraph of announced measures": "# T\n\n" + "To prevent a recurrence. We will fix it. " * (N // 40) + "\n",
    "a column rule of many columns": "# T\n\nA B\n" + "-- " * (N // 3) + "\n" + "x " * (N // 2) + "\n",
    "a grid table of 10,000 columns": "# T\n\n+" + "-+" * 10_000 + "\n" + "|\n" * 2000 + "+" + "-+" * 10_000 + "\n",
    # Times said in words in a report told in sentences ("at ten to three"): looked for only near a cue.
    "a story of said clocks": "# T\n\nOn 2024-05-01 it broke. " + "at half past two, ten to three " * (N // 31) + "\n",
    "a long story timeline": "# T\n\n## Timeline\n\nOn 2024-05-01 it broke. " + "At ten past two. " * (N // 17),
    "a run-in timeline of labels": "## Timeline\n\n" + "09:00am EAT: x " * (N // 15) + "\n",
    "a run-in line of clocks without labels": "## Timeline\n\n09:00 UTC: x " + "10:00 " * (N // 6) + "\n",
    # Found by this session's review: 50 s and 90 s before.
    "a column rule of many columns over many rows": "# T\n\nA B\n" + "-- " * 32_000 + "\n" + "x\n" * 2000,
    "many measures' parts": "# T\n\n## Action items\n\n" + "## Tasks:\n" * 20_000,
    "a sentence of past and to": "# T\n\nOn 2024-05-01 it broke at " + "past to " * (N // 8) + "two.\n",
    # A bullet led by a time said in words, its label's colon followed by nothing but spaces.
    "a said time's label then spaces": "# T\n\nOn 2024-05-01 it broke.\n\n## Timeline\n\n- Quarter to four:"
    + " " * N
    + "\n",
    "a window in parentheses of spaces": "# T\n\nIt broke (14:25 to" + " " * N + "16:05 BST) on 2024-05-01.\n",
    "a story of many semicolons": "# T\n\n## Timeline\n\nOn 2024-05-01 at 10:00 it broke"
    + "; at 10:01 x" * (N // 12)
    + ".\n\nAt 11:00 it was fixed.\n",
    # Each task's first name was looked for in every line, for every task: 28,000 tasks took 75 s.
    "many tasks led by a first name": "# T\n\nOn 2024-05-01 it broke.\n\n## Action Items\n\n"
    + "- Priya: add a test by 21/06/2024\n" * (N // 34),
    # A task's status after the owner's dash was looked for again before each dash: past Python's recursion limit.
    "a task of many dashed statuses": "# T\n\n## Action Items\n\n- Add a check (Oskar)" + " — done" * (N // 7) + "\n",
    # Wiki status templates, bold labels and numbered paragraphs of tasks (task_paragraphs.py).
    "a wiki task of braces": "= T =\n== A ==\n== Actions ==\n* x " + "{{Done}} {{" * (N // 11) + "\n",
    "a task of bold labels": "# T\n\n## Action Items\n\n- x — " + "**Owner:** " * (N // 11) + "\n",
    "a numbered paragraph of spaces": "# T\n\n## Remediation\n\n5.2" + " " * N + "x. Owner: A.\n",
    # Pages saved as HTML (html_page.py): read as a whole, every nesting bounded.
    "a page of one line of divs": "<!DOCTYPE html><html><body>" + "<div>" * (N // 5),
    "a page of unclosed comments, styles and tags": "<html>" + "<!--<style><a" * (N // 13),
    "a page of nested tables": "<html>" + "<table><tr><td>x" * (N // 16) + "</td></tr></table>" * (N // 16),
    "a page of nested lists and quotes": "<html>" + "<ul><li><blockquote>x" * (N // 21) + "</ul>" * (N // 21),
    "a page of nested marks and links": "<html><p>" + '<b><a href="https://x">' * (N // 23) + "x" + "</a></b>" * 9,
    "a page of unclosed quotes in tags": "<html>" + '<p a="' * (N // 6) + "\n<td b='" * (N // 8),
    "a page body of cells and breaks": "<h1>T</h1>\n<table><tr><td>" + "<br><p>x</td><td>" * (N // 17),
    # Task tables lined up with spaces (text_tables.py) and a task's fields between bars or semicolons.
    "many lined-up task headers": "# T\n\n" + "Action  Owner  Due\n" * (N // 19),
    "a lined-up task row of spaces": "# T\n\nAction  Owner  Due\n" + ("x" + " " * 1000 + "y ") * (N // 1003) + "\n",
    "a lined-up task table of many rows": "# T\n\nAction  Owner  Due\n" + "fix it  Ana  2024-05-01\n" * (N // 24),
    "a task line of bars": "## Action Items\n\n- fix" + " | x" * (N // 4) + "\n",
    "a task line of semicolons": "## Action Items\n\n- fix" + "; Ana" * (N // 5) + "; 2024-05-01\n",
    # HTML comments in Markdown (source_comments.py): each opener looks for its closer once at most.
    "many unclosed comments": "# T\n\n" + "<!-- x\n" * (N // 7),
    "many one-line comments": "# T\n\n" + "<!-- a --> b\n" * (N // 13),
    "a blog metadata comment of many fields": "<!--\n" + ".. title: x\n" * (N // 12) + "-->\n",
}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_line_is_read_in_one_pass(text: str) -> None:
    document = from_markdown(text)
    assert from_markdown(to_markdown(document)) == document  # and saved and read back in one pass too


@pytest.mark.timeout(60)
def test_weekdays_without_a_year_are_tried_a_bounded_number_of_times() -> None:
    from datetime import date

    from app.formats.markdown_read import read_markdown

    document, _ = read_markdown("# T\n\n" + ("Mon 1 " * 300 + "\n") * 60, file_day=date(2026, 12, 1))
    assert "Mon 1" in document.introduction


@pytest.mark.timeout(60)
def test_many_one_line_tables_outside_the_measures_are_looked_at_in_one_pass() -> None:
    # Each table line copied the whole section once: 200,000 lines took minutes (0.6 s now).
    from app.formats.markdown_read.draft import Draft
    from app.formats.markdown_read.task_tables import owned_task_tables

    draft = Draft()
    draft.other_template = True
    lines = ["|a", "x"] * 100_000
    assert owned_task_tables(draft, lines) == lines
    assert draft.measures.tasks == []


def test_a_repeated_task_detail_is_kept_not_overwritten() -> None:
    document = from_markdown(
        "# T\n\n## Action Items\n\n- Fix it\n  - Owner: Ana\n  - Owner: Bob\n  - Link: a\n  - Link: b\n"
    )
    task = document.measures.tasks[0]
    assert (task.owner, task.link) == ("Ana", "a")
    exported = to_markdown(document)
    assert "Bob" in exported and "Link: b" in exported


def test_an_unreadable_date_cell_is_kept_once_in_its_row_only() -> None:
    document = from_markdown(
        "# T\n\n## Timeline\n\n| Date | Time | Event |\n|---|---|---|\n"
        "| foo | 12:00 | x |\n| 2024-05-01 | 13:00 | y |\n"
    )
    assert [event.text for event in document.timeline] == ["x (Date: foo)", "y"]


@pytest.mark.timeout(60)
def test_only_the_first_pages_of_prose_are_searched_for_a_timeline() -> None:
    # A report with no timeline section gets one from its timed sentences; a multi-megabyte
    # Introduction is not a story told in sentences, and reading all of it took minutes at 60 MB.
    story = "**Date:** 2024-05-01\n\nAt 09:12 UTC the alert fired.\n\n"
    filler = "The resolver answered from a stale cache while the zone was rewritten.\n" * 30_000
    document = from_markdown(f"# T\n\n{story}{filler}\nAt 11:40 UTC the last replica recovered.\n")
    assert [event.text for event in document.timeline] == ["At 09:12 UTC the alert fired."]
    assert "At 11:40 UTC the last replica recovered." in document.introduction


@pytest.mark.timeout(60)
def test_many_measures_parts_are_folded_in_one_pass() -> None:
    # Each part copied every line folded before it: 80,000 parts of a file took 90 s.
    from app.formats.markdown_read.draft import Section
    from app.formats.markdown_read.sections import fold_measure_parts

    parts = [Section("Tasks:", ["- fix it"], position) for position in range(1, 150_000)]
    sections, _ = fold_measure_parts([Section("Corrective and Preventative Measures", [], 0), *parts], None)
    assert len(sections) == 1 and len(sections[0].lines) == 3 * len(parts)
