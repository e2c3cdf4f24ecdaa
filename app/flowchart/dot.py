"""DOT text for the investigation flowchart, written as the ``graphviz`` package writes it.

The text is written here, with the package's rules for quoting (the tests
compare the two), rather than through the package: its argument checks and
quoting of each attribute were most of 0.3 s of Python for a chart of 1,400
nodes, in a worker, while the window waited for Python's lock; and importing
it took the window 25-45 ms.

Labels come from the post-mortem file and are untrusted. Every label is
emitted as a plain quoted DOT string that we escape ourselves, because both
shortcuts the ``graphviz`` package offers are unsafe or unusable here:

* a label in angle brackets becomes an HTML-like label, which can pull in
  images (``<IMG SRC=...>``); and the embedded WebAssembly Graphviz has no
  HTML-label support at all (it shows the node name instead);
* backslash sequences (``\\N``, ``\\G``, ``\\l``) pass through and Graphviz
  expands them, even inside HTML-like labels.

So: backslashes are doubled (as ``graphviz.escape`` does), the label is
always a quoted string unless it is a plain DOT id (never an HTML-like one, as
for the package's ``nohtml``), ``&`` becomes ``&amp;`` because Graphviz decodes
entities such as ``&lt;`` in plain labels too, quotes are escaped by the
package's rule, and typed newlines become ``\\n`` line breaks. Node names in the DOT text are
generated here (``n0``, ``n1``...), never taken from the file, and no
attribute that reads files (image, shapefile, fontpath, imagepath) is ever
emitted.
"""

from __future__ import annotations

import hashlib
import re
import textwrap
import threading
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache

from app.model import Flowchart, FlowEdge, FlowNode, LayoutDirection, NodeKind

MAX_LINE_CHARS = 36
"""Long lines are wrapped at this width so one chatty node cannot stretch the whole chart.

Wrapping is layout, not content: every character typed is still drawn, on
more lines. Words are kept whole; only a word longer than a line (a URL, a
hash) is broken inside.
"""

MAX_LABEL_LINES = 60
"""Only a pathological label (some 2,000 characters) is cut, to keep its node drawable.

A cut label ends with ``…`` and its node carries the full text (up to
``MAX_TOOLTIP_CHARS``) as a tooltip: ``<a xlink:title>`` in the SVG, shown on
hover by browsers.
"""

MAX_EDGE_LABEL_LINES = 12
ELLIPSIS = "…"

FONT = "Helvetica,Arial,sans-serif"

CHECK_EVERY = 50
"""Nodes or edges written between two calls of ``build_dot``'s ``check``."""

LARGE_CHART_NODES = 120
"""Above this many nodes, Graphviz's layout search is bounded (see ``build_dot``)."""


@dataclass(frozen=True)
class NodeStyle:
    shape: str
    fill: str
    border: str
    style: str = "filled"
    peripheries: int = 1


NODE_STYLES: dict[NodeKind, NodeStyle] = {
    NodeKind.START: NodeStyle("oval", "#d3f9d8", "#2b8a3e", "filled,bold"),
    NodeKind.STEP: NodeStyle("box", "#e7f5ff", "#1c7ed6", "rounded,filled"),
    NodeKind.QUESTION: NodeStyle("diamond", "#fff3bf", "#e67700"),
    NodeKind.DEAD_END: NodeStyle("octagon", "#ffe3e3", "#c92a2a", "filled,dashed"),
    NodeKind.RESOLUTION: NodeStyle("oval", "#b2f2bb", "#2b8a3e", "filled,bold", peripheries=2),
}

# Attributes that make Graphviz open files. Never emitted; the tests check the
# generated text against this list.
FILE_READING_ATTRIBUTES = ("image", "shapefile", "fontpath", "imagepath", "fontnames", "stylesheet")

# Control characters make Graphviz's parser or the SVG output invalid. The
# model already drops them; this guards documents built without validation.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# A JSON file can carry lone surrogates ("\ud800"); they cannot be written as UTF-8 for Graphviz.
_LONE_SURROGATES = re.compile(r"[\ud800-\udfff]")


def _clean(text: str) -> str:
    return _LONE_SURROGATES.sub("\ufffd", _CONTROL_CHARS.sub("", text))


class NamedByIndex(Mapping[str, str]):
    """A generated name (``n0``, ``fc-node-0``) → the model's node id: the name is made from the
    node's index when asked for, not kept for each node (two dicts of 1,400 names each for a
    1,400-node chain, made among the DOT text's own pieces, kept them from being given back)."""

    def __init__(self, prefix: str, node_ids: Sequence[str | None]) -> None:
        self._prefix = prefix
        self._node_ids = node_ids
        """By index; None for a node left out (a second node of the same id)."""

    def __getitem__(self, name: str) -> str:
        number = name[len(self._prefix) :] if isinstance(name, str) and name.startswith(self._prefix) else ""
        if number.isdecimal() and number.isascii() and (number == "0" or not number.startswith("0")):
            index = int(number)
            if index < len(self._node_ids) and self._node_ids[index] is not None:
                return self._node_ids[index]  # type: ignore[return-value]
        raise KeyError(name)

    def __iter__(self) -> Iterator[str]:
        return (f"{self._prefix}{index}" for index, node_id in enumerate(self._node_ids) if node_id is not None)

    def __len__(self) -> int:
        return sum(node_id is not None for node_id in self._node_ids)


@dataclass
class ChartSource:
    """The DOT text and how its generated names map back to the model's node ids.

    The text is kept compressed (a 1,400-node chain's 357 KB is 20 KB so): it is
    needed whole only while Graphviz draws it, and ``key`` stands for it elsewhere.
    """

    packed_dot: bytes
    key: bytes
    """A digest of the text: the same text, the same key (renders and pictures are kept by it)."""
    node_names: Mapping[str, str] = field(default_factory=dict)
    """Generated DOT node name (``n0``) → the model's node id."""

    element_ids: Mapping[str, str] = field(default_factory=dict)
    """SVG element id (``fc-node-0``) → the model's node id, for clicks on the picture."""

    @classmethod
    def of(cls, dot: str, node_ids: Sequence[str | None] = ()) -> ChartSource:
        encoded = dot.encode("utf-8")
        return cls(
            zlib.compress(encoded, 1),
            _digest(encoded),
            NamedByIndex("n", node_ids),
            NamedByIndex("fc-node-", node_ids),
        )

    @property
    def dot(self) -> str:
        return zlib.decompress(self.packed_dot).decode("utf-8")


def dot_key(dot: str) -> bytes:
    """What ``ChartSource.key`` is for the text ``dot``."""
    return _digest(dot.encode("utf-8"))


def _digest(encoded: bytes) -> bytes:
    return hashlib.blake2b(encoded, digest_size=20).digest()


def layout_lines(text: str, *, width: int = MAX_LINE_CHARS, max_lines: int = MAX_LABEL_LINES) -> list[str]:
    """The lines a label is drawn with: typed line breaks kept, long lines wrapped at spaces.

    Only past ``max_lines`` is the label cut; its last line then ends with ``…``.
    """
    return wrap_label(text, width=width, max_lines=max_lines)[0]


def wrap_label(text: str, *, width: int = MAX_LINE_CHARS, max_lines: int = MAX_LABEL_LINES) -> tuple[list[str], bool]:
    """``layout_lines``, and whether they leave part of ``text`` out."""
    text = _clean(text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))
    lines: list[str] = []
    for typed in text.split("\n"):
        lines.extend(_wrap(typed, width, max_lines + 1 - len(lines)))
        if len(lines) > max_lines:
            break  # A pathological label: no need to wrap what will not be drawn.
    if len(lines) <= max_lines:
        return lines, False
    lines = lines[:max_lines]
    last = lines[-1]
    lines[-1] = (last[: width - 1] if len(last) >= width else last) + ELLIPSIS
    return lines, True


def _wrap(line: str, width: int, needed: int) -> list[str]:
    """At least the first ``needed`` wrapped lines of ``line`` (all of them when there are fewer)."""
    # Wrapping is greedy, so cutting the text can change only the last line or two
    # a prefix wraps into: a prefix that gives two lines more than needed gives the
    # needed ones exactly, without wrapping a megabyte of pasted text.
    prefix = line[: (needed + 2) * (width + 1) * 2]
    if len(prefix) < len(line):
        wrapped = textwrap.wrap(prefix, width=width, break_long_words=True, break_on_hyphens=False)
        if len(wrapped) >= needed + 2:
            return wrapped[:needed]
    return textwrap.wrap(line, width=width, break_long_words=True, break_on_hyphens=False) or [""]


def dot_string(lines: list[str]) -> str:
    """One label as a literal DOT string value, before quoting (see the module doc for why each step)."""
    return "\\n".join(line.replace("\\", "\\\\").replace("&", "&amp;") for line in lines)


# The graphviz package's rules (graphviz.quoting): what may stand unquoted, and how quotes are escaped.
_PLAIN_ID = re.compile(r"([a-zA-Z_][a-zA-Z0-9_]*|-?(\.[0-9]+|[0-9]+(\.[0-9]*)?))$").match
_KEYWORDS = {"node", "edge", "graph", "digraph", "subgraph", "strict"}
_QUOTE = re.compile(r"(?P<escaped_backslashes>(?:\\{2})*)\\?(?P<literal_quote>\")")


def quoted(value: str) -> str:
    """``value`` as the ``graphviz`` package quotes a string it does not take for HTML (``nohtml``)."""
    if _PLAIN_ID(value) and value.lower() not in _KEYWORDS:
        return value
    return '"' + _QUOTE.sub(r"\g<escaped_backslashes>\\\g<literal_quote>", value) + '"'


def _attributes(**values: str) -> str:
    """An attribute list's inside, sorted by name as the package sorts keyword arguments."""
    return " ".join(f"{name}={quoted(value)}" for name, value in sorted(values.items()))


@cache
def _node_attributes(style: NodeStyle) -> tuple[str, str]:
    """A node style's attributes before and after its id, in the package's (sorted) order."""
    before = _attributes(color=style.border, fillcolor=style.fill)
    after = _attributes(peripheries=str(style.peripheries), shape=style.shape, style=style.style)
    return before, after


# Graphviz reads a tooltip's backslashes twice, first as a string, then for its
# \N-style sequences (each time a doubled backslash stands for one), so a literal
# backslash is written as four. Character entities are decoded once and written
# into the SVG as they are, so &, quotes, angle brackets and newlines become
# entities. The tests check the hostile labels with both renderers.
_TOOLTIP_ENTITIES = str.maketrans(
    {"&": "&amp;", "\\": "\\" * 4, '"': "&quot;", "<": "&lt;", ">": "&gt;", "\n": "&#10;"}
)
_TOOLTIP_PIECE = 2000
"""Characters per quoted piece: Graphviz 2.x refuses a quoted string over 16,384 bytes."""

MAX_TOOLTIP_CHARS = 50_000
"""Graphviz joins the pieces in quadratic time (a megabyte takes over 20 s); past this the tooltip ends in ``…``."""


def tooltip_string(text: str) -> str:
    """The full text of a cut label as a DOT value: quoted pieces joined with ``+``.

    The pieces are quoted here, not as ``quoted`` quotes, because only
    DOT's string concatenation carries a text of any length to every Graphviz.
    """
    text = _clean(text.replace("\r\n", "\n").replace("\r", "\n"))
    if len(text) > MAX_TOOLTIP_CHARS:
        text = text[: MAX_TOOLTIP_CHARS - 1] + ELLIPSIS
    pieces = [text[i : i + _TOOLTIP_PIECE].translate(_TOOLTIP_ENTITIES) for i in range(0, len(text), _TOOLTIP_PIECE)]
    return " + ".join(f'"{piece}"' for piece in pieces or [""])


def node_element_id(index: int) -> str:
    return f"fc-node-{index}"


def build_dot(chart: Flowchart, check: Callable[[], None] = lambda: None) -> ChartSource:
    """The DOT text for ``chart``; edges whose ends are not nodes are left out.

    ``check`` runs every ``CHECK_EVERY`` nodes and edges (in a worker: it pauses while the window is busy).
    """
    rankdir = "LR" if chart.direction is LayoutDirection.LEFT_TO_RIGHT else "TB"
    body = [
        "digraph flowchart {\n",
        f"\tgraph [{_attributes(rankdir=rankdir, bgcolor='transparent', pad='0.2', nodesep='0.35', ranksep='0.45')}]\n",
    ]
    if len(chart.nodes) > LARGE_CHART_NODES:
        # Network simplex dominates on big, tangled charts (a 500-node chart with random
        # edges takes 30 s unbounded, under 3 s with these limits); small charts keep the
        # best layout.
        body.append(f"\tgraph [{_attributes(nslimit='2', nslimit1='2', mclimit='0.5')}]\n")
    body.append(f"\tnode [{_attributes(fontname=FONT, fontsize='12', color='#495057', margin='0.15,0.08')}]\n")
    edge_style = _attributes(fontname=FONT, fontsize="10", color="#495057", fontcolor="#343a40", arrowsize="0.8")
    body.append(f"\tedge [{edge_style}]\n")

    names: dict[str, str] = {}
    node_ids: list[str | None] = [None] * len(chart.nodes)
    for index, node in enumerate(chart.nodes):
        if node.id in names:
            continue  # A duplicate id is a validation warning; the first one wins, as for edges.
        name = f"n{index}"
        names[node.id] = name
        node_ids[index] = node.id
        before, after = _node_attributes(NODE_STYLES.get(node.kind, NODE_STYLES[NodeKind.STEP]))
        lines, cut = wrap_label(node.label)
        label = quoted(dot_string(lines))
        body.append(f'\t{name} [label={label} {before} id="{node_element_id(index)}" {after}]\n')
        if index % CHECK_EVERY == 0:
            check()
        if cut:
            body.append(f"\t{name} [tooltip={tooltip_string(node.label)}]\n")
    for index, edge in enumerate(chart.edges):
        tail, head = names.get(edge.source), names.get(edge.target)
        if tail is None or head is None:
            continue
        label = " ".join(edge.label.split())
        if label:
            lines, cut = wrap_label(label, max_lines=MAX_EDGE_LABEL_LINES)
            body.append(f'\t{tail} -> {head} [label={quoted(dot_string(lines))} id="fc-edge-{index}"]\n')
        else:
            body.append(f'\t{tail} -> {head} [id="fc-edge-{index}"]\n')
        if index % CHECK_EVERY == 0:
            check()
        if label and cut:
            tip = tooltip_string(label)
            # An edge statement cannot be given attributes a second time; the long value is
            # appended to the statement instead (see ``tooltip_string``).
            body[-1] = body[-1].rstrip("\n").removesuffix("]") + f" tooltip={tip} labeltooltip={tip}]\n"
    body.append("}\n")
    return ChartSource.of("".join(body), node_ids)


_built_lock = threading.Lock()
_built: tuple[LayoutDirection, tuple[FlowNode, ...], tuple[FlowEdge, ...], ChartSource] | None = None


def chart_source(chart: Flowchart, check: Callable[[], None] = lambda: None) -> ChartSource:
    """``build_dot(chart)``, built once for the same chart (do not change the result).

    The Humor Element page and the preview draw the same chart, each in its own
    thread, from snapshots that share the document's items (they are
    immutable): a chart of 1,400 nodes took 0.3 s of Python to write, and the
    window waits for Python's lock while a worker writes it. The second asker
    waits for the first one's text instead of writing its own.
    """
    global _built
    nodes, edges = tuple(chart.nodes), tuple(chart.edges)
    with _built_lock:
        if _built is not None:
            direction, built_nodes, built_edges, source = _built
            if direction is chart.direction and _same_items(built_nodes, nodes) and _same_items(built_edges, edges):
                return source
        source = build_dot(chart, check)
        _built = (chart.direction, nodes, edges, source)
        return source


def _same_items(these: Sequence[object], those: Sequence[object]) -> bool:
    # The very same objects: an edit replaces an item, so identity says nothing changed.
    return len(these) == len(those) and all(a is b for a, b in zip(these, those, strict=True))
