"""Steps written with arrows between them, as a flowchart: "Pager → Restart the pods → It was DNS".

In the Humor Element's text (each line a path; a step written alike on two
lines is one box, so paths branch there), and as ASCII art of boxed steps in a
plain code block ("[Alert]-->[Blame DNS]-->{Is it DNS?}").
"""

from __future__ import annotations

import itertools
import re
from itertools import pairwise

from app.formats.markdown_read.draft import FlowchartDraft
from app.formats.markdown_read.drawing import MAX_NODES, Drawing, as_flowchart

# An arrow between steps: with spaces round it in text ("Pager → Restart"), touching its boxes in ASCII
# art ("[Alert]-->[Check]"). Found as a token, its spaces checked in code: a pattern with runs of spaces
# round the arrow, split over a line, re-read every run of spaces from each of its positions.
_ARROW_TOKEN = re.compile(r"→|⟶|⇒|-{1,3}>|={1,2}>")
_TEXT_ARROWS = ("→", "⟶", "⇒", "->", "-->", "=>")
# A box drawn around a step: "[Alert]", "(Check logs)", "{Is it DNS?}".
_BOXED = re.compile(r"\[([^\[\]]+)\]|\(([^()]+)\)|\{([^{}]+)\}")
_LIST_MARKER = re.compile(r"[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+")
_LONGEST_STEP = 200


def read_arrow_chains(lines: list[str], *, ascii_art: bool = False) -> tuple[int, int, FlowchartDraft] | None:
    """The first run of lines written as steps joined by arrows ("Pager → Blame the CDN → It was DNS").

    Each line of the run is one path through the investigation; a step written
    the same way on two lines is one box, so paths that share a step branch
    from it. A line needs two arrows (three steps) to count, so that a sentence
    with one arrow in it stays a sentence. Returns the run's span and the chart.
    In ``ascii_art`` (a plain code block) arrows may touch their steps.
    """
    start = end = None
    paths: list[list[str]] = []
    leading = {} if ascii_art else _leading_runs(lines)
    for index, line in enumerate(lines):
        if index in leading:
            # "-> Lookups are failing" over "-> Is it every pod?": one step a line, the lines one path.
            if start is None or index - 1 not in leading:
                paths.append([])
            start = index if start is None else start
            paths[-1].append(leading[index])
            end = index + 1
            continue
        steps = _chain_steps(line, boxed=ascii_art)
        if steps is not None:
            if start is None:
                start = index
            paths.append(steps)
            end = index + 1
        elif start is not None and line.strip():
            break
    if start is None or end is None or sum(len(steps) for steps in paths) > MAX_NODES:
        return None
    drawing = Drawing()
    for steps in paths:
        for step in steps:
            drawing.box(step, step)
        drawing.edges.extend((source, target, "") for source, target in pairwise(steps))
    return start, end, as_flowchart(drawing, readable_ids=False)


def only_arrow_chains(lines: list[str]) -> bool:
    """Whether ``lines`` hold steps joined by arrows and nothing else: a section that is a flowchart drawn in
    text ("-> Lookups fail" over "-> Is it every pod?" …), whatever its heading calls it."""
    if len(lines) > MAX_NODES * 4 or not any(">" in line or "→" in line for line in lines):
        return False
    found = read_arrow_chains(lines)
    return found is not None and not any(line.strip() for line in lines[: found[0]] + lines[found[1] :])


def _chain_steps(line: str, *, boxed: bool = False) -> list[str] | None:
    """The steps of a line of them joined by arrows; with ``boxed``, only when each is drawn in a box.

    ASCII art boxes its steps ("[Alert]-->[Check]"); code does not ("p->next->val").
    """
    if ">" not in line and "→" not in line and "⟶" not in line and "⇒" not in line:
        return None
    marker = _LIST_MARKER.match(line)
    text = line[marker.end() :].strip() if marker else line.strip()
    parts: list[str] = []
    start = 0
    for found in _ARROW_TOKEN.finditer(text):
        spaced = text[found.start() - 1 : found.start()] in (" ", "\t") and text[found.end() : found.end() + 1] in (
            " ",
            "\t",
        )
        if not boxed and not (spaced and found.group() in _TEXT_ARROWS):
            continue  # "a->b" in a sentence, "-->" touching a word: not an arrow between steps
        parts.append(text[start : found.start()].strip())
        start = found.end()
    parts.append(text[start:].strip())
    if boxed and not all(_BOXED.fullmatch(part) for part in parts):
        return None
    steps = [_unboxed(part) for part in parts]
    if len(steps) < 3 or any(not step or len(step) > _LONGEST_STEP or not _has_word(step) for step in steps):
        return None
    return steps


# A line that is one step, an arrow before it: "-> Check the resolver pods", "→ It was DNS", also as a list's
# item ("- -> Page the owner", as an outliner keeps every line in a bullet).
_LEADING_ARROW = re.compile(r"[ \t]*(?:[-*+][ \t]+)?(?:→|⟶|⇒|-{1,2}>|=>)[ \t]+(?=\S)")
_FEWEST_STEPS = 3


def _leading_runs(lines: list[str]) -> dict[int, str]:
    """The step of each line that is one of a run of at least three lines each led by an arrow, by its index.

    Kept by index, not a list as long as the lines: a section of 60,000 lines holds none.
    """
    steps: dict[int, str] = {}
    run: list[int] = []
    for index, line in enumerate(itertools.chain(lines, [""])):
        found = _LEADING_ARROW.match(line) if len(line) <= _LONGEST_STEP + 10 else None
        step = line[found.end() :].strip() if found else ""
        if step and _has_word(step):
            run.append(index)
            continue
        if len(run) >= _FEWEST_STEPS:
            for at in run:
                steps[at] = lines[at][_LEADING_ARROW.match(lines[at]).end() :].strip()  # type: ignore[union-attr]
        run = []
    return steps


def _unboxed(step: str) -> str:
    boxed = _BOXED.fullmatch(step)
    return next(group for group in boxed.groups() if group is not None).strip() if boxed else step


def _has_word(step: str) -> bool:
    return any(char.isalpha() for char in step)
