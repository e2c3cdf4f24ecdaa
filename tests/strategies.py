"""Hypothesis strategies for valid post-mortems, shared by the format tests.

``documents()`` produces ``PostMortem``s that cover every field with text a
real file might hold: Markdown punctuation at the start of lines, list
markers, headings, code fences, raw HTML, emoji, right-to-left script,
leading spaces and blank lines inside text. Everything is passed through the
model, so its normalisers (not this module) decide what a valid value is.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from hypothesis import strategies as st

from app.model import (
    NODE_ID_PATTERN,
    EventKind,
    LayoutDirection,
    NodeKind,
    PostMortem,
    Severity,
    Status,
    TaskStatus,
)

# Pieces that mean something to Markdown, to the importer or to HTML, mixed
# into ordinary words so that every field sees them at the start, the middle
# and the end of lines.
HOSTILE_FRAGMENTS = [
    "#",
    "## ",
    "### Heading",
    "- ",
    "* ",
    "+ ",
    "1. ",
    "2) ",
    "**",
    "*",
    "_",
    "__init__",
    "`",
    "```",
    "~~~",
    "<b>",
    "</b>",
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[link](javascript:alert(1))",
    "[x](https://example.com)",
    "![img](https://example.com/a.png)",
    "> ",
    "|",
    "| a | b |",
    "---",
    "===",
    "\\",
    "\\#",
    ":",
    "**Detection:**",
    "Start Time:",
    "[ ]",
    "[x]",
    "—",
    "->",
    "-->",
    "&amp;",
    "<!-- c -->",
    "11:12",
    "**11:12**",
    "2:51 PM PST",
    "March 3, 2025, 11:12 UTC",
    "2025-03-03",
    "owner:",
    "due:",
    "🔥",
    "👩‍💻",
    "שלום",
    "مرحبا",
    "日本語",
    "  ",
    "\t",
]

_WORD_ALPHABET = st.characters(
    codec="utf-8",
    exclude_categories=("Cs", "Cc"),
)

_words = st.text(alphabet=_WORD_ALPHABET, min_size=1, max_size=8)
_plain_words = st.sampled_from(["the", "DNS", "web servers", "on-call", "zone", "rollback", "CDN", "it", "was"])
_piece = st.one_of(_plain_words, _plain_words, st.sampled_from(HOSTILE_FRAGMENTS), _words)


@st.composite
def _line_text(draw: st.DrawFn, max_pieces: int = 6) -> str:
    pieces = draw(st.lists(_piece, max_size=max_pieces))
    separators = draw(st.lists(st.sampled_from([" ", "", "  "]), min_size=len(pieces), max_size=len(pieces)))
    return "".join(p + s for p, s in zip(pieces, separators, strict=True))


def lines() -> st.SearchStrategy[str]:
    """Raw text for one-line fields (the model joins and trims it)."""
    return _line_text()


@st.composite
def _multi_text(draw: st.DrawFn) -> str:
    # Whole lines the exported layout itself uses: a field holding them must not be read as structure.
    structure = st.sampled_from(["<!-- Additional sections -->", "## Closing Notes", "### Investigation Flowchart"])
    rows = draw(st.lists(st.one_of(_line_text(), st.just(""), st.just("  indented"), structure), max_size=5))
    return "\n".join(rows)


def texts() -> st.SearchStrategy[str]:
    """Raw text for multi-line Markdown fields (blank lines and indentation inside)."""
    return st.one_of(st.just(""), _line_text(), _multi_text())


OFFSETS = [
    UTC,
    timezone(timedelta(0)),
    timezone(timedelta(hours=2)),
    timezone(timedelta(hours=-5, minutes=-30)),
    timezone(timedelta(hours=5, minutes=45)),
    timezone(timedelta(hours=14)),
    timezone(timedelta(hours=-12)),
    timezone(timedelta(hours=-3, minutes=-30)),
]


def timestamps() -> st.SearchStrategy[datetime]:
    """Aware times with assorted offsets, whole seconds (the model drops the rest)."""
    return st.datetimes(
        min_value=datetime(1990, 1, 1),
        max_value=datetime(2100, 12, 31),
        timezones=st.sampled_from(OFFSETS),
    ).map(lambda moment: moment.replace(microsecond=0))


def _optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), strategy)


node_ids = st.from_regex(NODE_ID_PATTERN, fullmatch=True)


@st.composite
def _flowchart(draw: st.DrawFn) -> dict[str, Any]:
    ids = draw(st.lists(node_ids, max_size=6, unique=True))
    nodes = [{"id": i, "kind": draw(st.sampled_from(list(NodeKind))), "label": draw(texts())} for i in ids]
    # Edges mostly join existing nodes, but the model also allows dangling ones.
    endpoint = st.sampled_from(ids) if ids and draw(st.booleans()) else node_ids
    edges = draw(
        st.lists(
            st.fixed_dictionaries({"source": endpoint, "target": endpoint, "label": lines()}),
            max_size=6,
        )
    )
    return {"direction": draw(st.sampled_from(list(LayoutDirection))), "nodes": nodes, "edges": edges}


_events = st.fixed_dictionaries(
    {"kind": st.sampled_from(list(EventKind)), "time": _optional(timestamps()), "text": texts()}
)

_tasks = st.fixed_dictionaries(
    {
        "text": lines(),
        "owner": lines(),
        "due": _optional(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))),
        "status": st.sampled_from(list(TaskStatus)),
        "link": st.one_of(
            st.just(""),
            st.just("https://tracker.example.com/T-12"),
            st.just("<https://tracker.example.com/T-12>"),
            st.just("<x>"),
            lines(),
        ),
    }
)

_STANDARD_HEADINGS = ["Introduction", "Timeline", "Humor Element", "Summary", "Action Items", "Tasks"]
_headings = st.one_of(lines(), st.sampled_from(_STANDARD_HEADINGS))


@st.composite
def documents(draw: st.DrawFn, max_events: int = 8) -> PostMortem:
    """Any valid post-mortem, every field possibly filled, possibly empty."""
    data = {
        "metadata": {
            "title": draw(lines()),
            "status": draw(st.sampled_from(list(Status))),
            "severity": draw(_optional(st.sampled_from(list(Severity)))),
            "authors": draw(st.lists(lines(), max_size=3)),
            "service": draw(lines()),
        },
        "introduction": draw(texts()),
        "summary": {
            "start": draw(_optional(timestamps())),
            "end": draw(_optional(timestamps())),
            "impact": draw(texts()),
            "root_cause": draw(texts()),
        },
        "timeline": draw(st.lists(_events, max_size=max_events)),
        "root_cause": {"cause": draw(texts()), "resolution": draw(texts())},
        "measures": {
            "improvements": draw(st.lists(lines(), max_size=4)),
            "tasks": draw(st.lists(_tasks, max_size=4)),
        },
        "closing_notes": draw(texts()),
        "humor": {"caption": draw(texts()), "flowchart": draw(_flowchart()), "closing": draw(texts())},
        "extra_sections": draw(st.lists(st.fixed_dictionaries({"heading": _headings, "body": texts()}), max_size=3)),
    }
    return PostMortem.model_validate(data)


def markdownish_text() -> st.SearchStrategy[str]:
    """Text shaped like a post-mortem, with broken and odd parts, for importer fuzzing."""
    line = st.one_of(
        _line_text(),
        st.builds(lambda h, t: f"{h} {t}", st.sampled_from(["#", "##", "###", "####", " ##"]), _headings),
        st.builds(
            lambda indent, marker, t: f"{indent}{marker} {t}",
            st.sampled_from(["", "  ", "    ", "\t", " "]),
            st.sampled_from(["-", "*", "+", "1.", "2)", "- **Detection:**", "- [ ]", "- [x]"]),
            _line_text(),
        ),
        st.sampled_from(
            [
                "| Action | Type | Owner | Bug |",
                "|---|---|---|---|",
                "| a | b |",
                "14:51 **OUTAGE BEGINS** it broke",
                "2025-03-03 11:12 something",
                "```",
                "~~~",
                "",
                "  - Start Time: March 3, 2025, 11:05 UTC",
                "  - End Time: nonsense",
                "1. [ ] Task — owner: x, due: 2025-99-99, status: weird",
                "- **s1** (question): Is it DNS? → **s2** (yes)",
                *OTHER_TEMPLATE_LINES,
            ]
        ),
        # A line ending in a two-space hard break.
        _line_text().map(lambda text: f"{text}  "),
        _section_with_table(),
    )
    # A text that is one JSON value as a whole ("[ ]") is refused by design, not Markdown-like.
    return st.lists(line, max_size=25).map("\n".join).filter(lambda text: not _is_json(text))


def _is_json(text: str) -> bool:
    try:
        value = json.loads(text.strip())
    except (ValueError, RecursionError):
        return False
    return isinstance(value, (dict, list))


_COLUMNS = ["Time", "Time (UTC)", "Event", "Kind", "Task", "Action Item", "Owner", "Due", "Status", "Bug", "Type"]
_TABLE_HEADINGS = ["## Timeline", "## What Happened", "## Action Items", "## Follow-up Actions", "## Notes"]
_CELL = st.one_of(
    _plain_words,
    st.sampled_from(["", "14:02", "2025-03-03 11:12", "done", "**DONE**", "n/a", "2024-05-10", "ana"]),
    st.text(
        alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"), exclude_characters="|\n\r"), max_size=8
    ),
)


@st.composite
def _section_with_table(draw: st.DrawFn) -> str:
    """A heading and a pipe table under it; rows may have fewer or more cells than the header."""
    header = draw(st.lists(st.sampled_from(_COLUMNS), min_size=1, max_size=4, unique=True))
    rows = draw(st.lists(st.lists(_CELL, min_size=0, max_size=len(header) + 1), max_size=3))
    lines = [draw(st.sampled_from(_TABLE_HEADINGS)), "", "| " + " | ".join(header) + " |", "|---" * len(header) + "|"]
    lines.extend("| " + " | ".join(row) + " |" for row in rows)
    return "\n".join(lines)


# Lines of other teams' templates: setext underlines, front matter, task
# lists, "What happened" tables, a date header line.
OTHER_TEMPLATE_LINES = [
    "---",
    "+++",
    "=====",
    "-----",
    "Overview",
    "What Happened",
    "Contributing Factors",
    "## Follow-up Actions",
    "title: Checkout latency",
    "date: 2024-05-02",
    "**Date:** 2024-05-02  ",
    "| Time (UTC) | Event |",
    "| 14:02 | Alert fired |",
    "| 15:10 | Rolled back | extra cell |",
    "- [ ] Add index (owner: Ana, due 2024-05-10) [JIRA-123](https://jira/JIRA-123)",
    "- [x] Add a latency SLO alert — Sam",
    "2024-05-02 (all times PST)",
    "> a quote",
]
