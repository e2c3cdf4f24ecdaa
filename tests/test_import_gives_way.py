"""Reading a long document gives way to a busy window often, whatever the document's shape.

The window reads a file on another thread, and its own thread waits for Python's
lock at each call into Python. The reading steps aside whenever the window is busy,
but only where it calls ``between_pieces``: a pass over every line that never does
held the window for as long as it ran (60,000 ``***`` lines: 450 ms, by the passes
for other markups; 20,000 timeline entries: seconds, by the timeline's reader).

Time is not measured here (the machine is shared). What is measured is the work done
between two chances to give way, in lines of Python run, counted by a trace
function: the same on any machine. 600,000 of them take about 30 ms here.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest

from app.formats import markdown_import
from app.text_pieces import giving_way

LINES = 8_000
MOST_LINES_RUN_BETWEEN_TURNS = 600_000


def _shapes(lines: int) -> dict[str, str]:
    return {
        "a rule on every line of the introduction": "# Rules\n\n## Introduction\n\n" + "***\n" * lines,
        "plain sentences, no headings": "Notes on the slow checkout\n\n"
        + "".join(f"Checkout answered slowly for shop {i}, and we kept watching it.\n" for i in range(lines)),
        "a chat log": "".join(
            f"[{(i // 60) % 24:02d}:{i % 60:02d}] priya: the queue on worker {i} is still long\n" for i in range(lines)
        ),
        "a table of tasks": "# Checkout\n\n## Corrective and Preventative Measures\n\n"
        + "| Task | Owner | Due |\n|---|---|---|\n"
        + "".join(f"| Cap the queue of worker {i} | Priya | 2026-04-0{i % 9 + 1} |\n" for i in range(lines)),
        "a list of tasks with owners and due dates": "# Checkout\n\n## Action items\n\n"
        + "".join(f"- [ ] Cap the queue of worker {i} (owner: Priya, due 4 Apr)\n" for i in range(lines)),
        "an impact label on every line of the summary": "# Checkout\n\n## Issue Summary\n\n"
        + "".join(f"Impact: shops in region {i} saw slow pages.\n" for i in range(lines)),
    }


def _longest_run_between_turns(read: Callable[[], object]) -> int:
    """The most lines of Python ``read`` runs between two calls of its give-way hook (or its start and end)."""
    counted = [0]
    runs: list[int] = []
    last = [0]

    def count_line(_frame, _event, _arg):
        counted[0] += 1
        return count_line

    def turn() -> None:
        runs.append(counted[0] - last[0])
        last[0] = counted[0]

    before = sys.gettrace()
    sys.settrace(lambda _frame, _event, _arg: count_line)
    try:
        with giving_way(turn):
            read()
    finally:
        sys.settrace(before)
    runs.append(counted[0] - last[0])
    return max(runs)


@pytest.mark.parametrize("shape", list(_shapes(1)))
def test_reading_a_long_document_gives_way_to_the_window_every_few_milliseconds(shape):
    text = _shapes(LINES)[shape]
    markdown_import.read_markdown(text)  # the readers' modules loaded first: importing is not reading
    assert _longest_run_between_turns(lambda: markdown_import.read_markdown(text)) < MOST_LINES_RUN_BETWEEN_TURNS
