"""A flowchart drawn as text, as read: its boxes, arrows and layout, and the chart they make.

``diagram`` (Mermaid, Graphviz) and ``arrow_chains`` (steps joined by arrows)
fill a ``Drawing``; ``as_flowchart`` gives it ids the model accepts and kinds:
a decision's shape or a label ending in "?" is a question, a box no arrow
reaches is the start, and a box no arrow leaves is the resolution when its
words say the problem was solved, else a dead end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import count

from app.formats.markdown_read.draft import EdgeDraft, FlowchartDraft, NodeDraft
from app.model import LayoutDirection, NodeKind

MAX_NODES = 2_000
"""A drawing with more boxes than this is not read as a chart: no investigation took 2,000 steps."""
MAX_ARROWS = 4 * MAX_NODES


@dataclass
class Drawing:
    """What a diagram's text gave: boxes in order, arrows, the layout, and whether anything was left unread."""

    direction: LayoutDirection | None = None
    labels: dict[str, str] = field(default_factory=dict)
    decisions: set[str] = field(default_factory=set)
    edges: list[tuple[str, str, str]] = field(default_factory=list)
    unread: bool = False

    def box(self, name: str, label: str | None = None, *, decision: bool = False) -> None:
        if label is not None or name not in self.labels:
            self.labels[name] = label if label is not None else name
        if decision:
            self.decisions.add(name)


def direction_of(code: str | None) -> LayoutDirection | None:
    if code is None:
        return None
    return LayoutDirection.LEFT_TO_RIGHT if code.upper() in ("LR", "RL") else LayoutDirection.TOP_TO_BOTTOM


_SOLVED = re.compile(
    r"\b(?:fix(?:ed)?|resolv\w*|solv\w*|restor\w*|recover\w*|found\b|success\w*|"
    r"works?\b|working\b|back (?:up|online)|root cause|mitigat\w*|done\b)",
    re.IGNORECASE,
)
# "Still not fixed", "It is not DNS, gave up", "never recovered": a dead end after all.
_NEGATED = re.compile(r"\b(?:not|never|no longer|gave up)\b|n't\b", re.IGNORECASE)


def as_flowchart(drawing: Drawing, *, readable_ids: bool = True) -> FlowchartDraft:
    """The chart ``drawing`` gives; its boxes keep their names as ids when ``readable_ids`` (else n1, n2...)."""
    if readable_ids:
        ids = _model_ids(list(drawing.labels))
    else:
        ids = {name: f"n{number}" for number, name in enumerate(drawing.labels, 1)}
    sources = {source for source, _, _ in drawing.edges}
    targets = {target for _, target, _ in drawing.edges}
    chart = FlowchartDraft(direction=drawing.direction)
    for name, label in drawing.labels.items():
        if name in drawing.decisions or label.rstrip().endswith("?"):
            kind = NodeKind.QUESTION
        elif name not in targets and name in sources:
            kind = NodeKind.START
        elif name not in sources and name in targets:
            solved = _SOLVED.search(label) and not _NEGATED.search(label)
            kind = NodeKind.RESOLUTION if solved else NodeKind.DEAD_END
        else:
            kind = NodeKind.STEP
        chart.nodes.append(NodeDraft(ids[name], kind, label))
    chart.edges = [EdgeDraft(ids[source], ids[target], label) for source, target, label in drawing.edges]
    return chart


def _model_ids(names: list[str]) -> dict[str, str]:
    """An id the model accepts for each name (a letter first, at most 64 of letters, digits, _ and -)."""
    ids: dict[str, str] = {}
    taken: set[str] = set()
    suffixes = count(1)  # moves on at every clash: "n3_2" may itself be a name already taken
    for number, name in enumerate(names, start=1):
        candidate = re.sub(r"[^A-Za-z0-9_-]", "_", name)[:64]
        if not candidate or not candidate[0].isalpha():
            candidate = f"n{candidate}"[:64] if candidate else f"n{number}"
        while candidate in taken:
            candidate = f"n{number}_{next(suffixes)}"
        taken.add(candidate)
        ids[name] = candidate
    return ids
