"""Lists written without markers: under a name that says a list follows ("Tasks:", "# Improvements"),
each line of plain text is one item, as a careful reader takes it, unless the lines are one sentence wrapped."""

from __future__ import annotations

import re

from app.formats.markdown_read.closing_words import CLOSING_CUE
from app.formats.markdown_read.copy_lines import is_copy_line
from app.formats.markdown_read.list_leads import announces_a_list, tells_the_review
from app.formats.markdown_read.measure_part_lines import group_names
from app.formats.markdown_read.titled_lines import titled_items
from app.formats.markdown_read.tokens import split_label

# A line of words (not a rule, a quoted line, a table's or an HTML tag's).
_ITEM_LIKE = re.compile(r"(?![>|<`~])[^\n]*?[^\W\d_]")
# A line that ends a sentence (or a label's text): the next line starts another item, not the same one wrapped.
_LINE_ENDS = re.compile(r"[.!?;:)\]\"'”’]\s*$")


def plain_items(lines: list[str]) -> tuple[list[str], list[str]]:
    """The items a paragraph with no list marker holds, under a name that says it is a list ("Tasks:"):
    each line one item, but for a line that goes on into the next (no end of sentence, the next line
    not capitalised): a sentence wrapped. A line that ends with a colon ("Tasks we agreed on:") introduces
    the rest, and is kept."""
    if any(is_copy_line(line) for line in lines):
        # "cc @product-team @support-leads" under the list: who is sent the report, kept as written
        items, kept = plain_items([line for line in lines if not is_copy_line(line)])
        return items, [*kept, *(line for line in lines if is_copy_line(line))]
    closing = next((i for i, line in enumerate(lines) if CLOSING_CUE.match(line)), None)
    if closing is not None and closing > 0:
        # "This incident showed…" after the items, with no blank line between: the closing words, kept
        items, kept = plain_items(lines[:closing])
        return items, [*kept, *lines[closing:]]
    stripped = [line.strip() for line in lines if line.strip()]
    if not stripped or closing == 0 or not all(_ITEM_LIKE.match(line) for line in stripped):
        # "This postmortem shows…" after the lists: the closing words; a rule, a quote or markup: not an item
        return [], list(lines)
    if (titled := titled_items(stripped)) is not None:
        return titled, []  # "Check the Config:" over the line telling it, and so on: one item a title
    groups: list[list[str]] = []
    for line in stripped:
        # A line that neither ends its sentence nor is followed by a capital goes on into the next one.
        if groups and not _LINE_ENDS.search(groups[-1][-1]) and not line[:1].isupper() and not line[:1].isdigit():
            groups[-1].append(line)
        else:
            groups.append([line])
    stripped = [" ".join(group) for group in groups]
    # "After the review, the following changes were agreed." over the lines: the list's lead, as a colon makes it
    leads = [line for line in stripped if not line.endswith(":") and announces_a_list(line)]
    # "In the last week we conducted an internal review of the outage." over the measures: their lead, too
    leads += stripped[:1] if len(stripped) > 1 and stripped[0] not in leads and tells_the_review(stripped[0]) else []
    # "Alerting" over "Alert at 75% full" and "Graph the disk", then "Clean-up" over its own: names of groups
    groups = group_names(stripped)
    items = [
        line for n, line in enumerate(stripped) if n not in groups and not line.endswith(":") and line not in leads
    ]
    kept = [*leads, *(stripped[n] for n in sorted(groups) if not stripped[n].endswith(":"))]
    return items, [*kept, *(line for line in lines if line.strip().endswith(":"))]


_LONGEST_LABEL = 60


def loose_items(lines: list[str]) -> tuple[list[str], list[str]]:
    """The items of a paragraph under the measures' own heading, where no list is named: lines that each
    open with a label ("Enable logging: …", "Action 1: …"), or the lines after one ending with a colon
    ("We will prevent this by:"). Any other paragraph is the author's prose, kept."""
    closing = next((i for i, line in enumerate(lines) if CLOSING_CUE.match(line)), None)
    if closing is not None and closing > 0:
        items, kept = loose_items(lines[:closing])  # the closing words after the items: kept, for the caller
        return items, [*kept, *lines[closing:]]
    stripped = [line.strip() for line in lines if line.strip()]
    # (A line wrapped, "… to identify" over "and fix the leaks.", goes on the labelled line above it.)
    labelled = [split_label(line) for line in _line_openings(stripped)]
    if len(stripped) > 1 and all(label and label[1] and len(label[0]) <= _LONGEST_LABEL for label in labelled):
        return plain_items(lines)
    if titled_items(stripped) is not None:
        return plain_items(lines)  # titles over their lines: the first title is no lead of the others
    if _labelled_or_whole_sentences(stripped, labelled):
        return plain_items(lines)
    if len(stripped) > 1 and stripped[0].endswith(":") and not stripped[0].startswith(("**", "__")):
        start = next(i for i, line in enumerate(lines) if line.strip())
        items, kept = plain_items(lines[start + 1 :])
        return items, [*lines[: start + 1], *kept]
    return [], list(lines)


def _line_openings(stripped: list[str]) -> list[str]:
    """The lines that open an item, not those going on from the line above (as ``plain_items`` joins them)."""
    return [
        line
        for number, line in enumerate(stripped)
        if number == 0 or _LINE_ENDS.search(stripped[number - 1]) or line[:1].isupper() or line[:1].isdigit()
    ]


_FEWEST_LABELLED = 2


def _labelled_or_whole_sentences(stripped: list[str], labelled: list[tuple[str, str] | None]) -> bool:
    """Lines that each hold one measure, some opening with a label ("Better Alerts: Page on …") and the others
    one whole sentence each ("Regular audits of the settings."): no line goes on into the next."""
    if len(labelled) != len(stripped) or sum(1 for label in labelled if label and label[1]) < _FEWEST_LABELLED:
        return False
    return all(
        (label and label[1] and len(label[0]) <= _LONGEST_LABEL) or (line[:1].isupper() and line.endswith("."))
        for line, label in zip(stripped, labelled, strict=True)
    )
