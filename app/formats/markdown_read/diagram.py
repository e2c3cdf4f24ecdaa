"""Reading a flowchart someone drew as text: a fenced Mermaid ``flowchart``/``graph`` or Graphviz ``digraph``.

A post-mortem written for GitHub or GitLab often draws its "choose your own
adventure" investigation as Mermaid, which those sites render; one written
beside Graphviz draws it in DOT. A careful reader sees boxes and arrows there,
so the import makes them the flowchart's steps and arrows: a decision's shape
(``{…}``, ``shape=diamond``) or a label ending in "?" is a question, a box no
arrow reaches is the start, and a box no arrow leaves is the resolution when
its words say the problem was solved, else a dead end.

Both readers scan each line once, with patterns anchored where they are tried,
so a hostile line of a megabyte costs linear time. What they do not understand
(styles, classes, comments, subgraph titles) is reported, so that the import
can keep the block word for word beside the chart it drew from it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from app.formats.markdown_read.draft import FlowchartDraft
from app.formats.markdown_read.drawing import MAX_ARROWS, MAX_NODES, Drawing, as_flowchart, direction_of

# Matched against a stripped line: one run of spaces each side of the direction, never two side by side.
_MERMAID_HEADER = re.compile(r"(?:graph|flowchart)(?:[ \t]+(TB|TD|BT|RL|LR))?[ \t]*;?", re.IGNORECASE)
_MERMAID_ID = re.compile(r"[ \t]*([A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)*)")
_MERMAID_CLASS = re.compile(r":::[\w-]+")
# A shape's opener and its closer, longest first so that "((" is not read as "(".
_MERMAID_SHAPES = (
    ("(((", ")))"),
    ("([", "])"),
    ("[[", "]]"),
    ("[(", ")]"),
    ("((", "))"),
    ("{{", "}}"),
    ("[/", "/]"),
    ("[\\", "\\]"),
    ("[", "]"),
    ("(", ")"),
    ("{", "}"),
    (">", "]"),
)
_DECISION_OPENERS = ("{", "{{")
# A link: "-->", "---", "-.->", "==>", "--o", "<-->", with an optional "|label|" after it, or
# the label inside: "-- label -->", "-. label .->", "== label ==>".
_MERMAID_LINK = re.compile(r"[ \t]*<?(?:-{2,}|={2,}|-\.+-)[>ox]?(?:[ \t]*\|([^|\n]{0,200})\|)?")
_MERMAID_TEXT_LINK = re.compile(
    r"[ \t]*<?(?:--|==|-\.)[ \t]*([^-=.>|\s][^\n|]{0,200}?)[ \t]*"
    r"(?:-{2,4}[>ox]?|={2,4}[>ox]?|\.-{1,4}[>ox]?)(?=[ \t]*[A-Za-z0-9_])"
)
_MERMAID_AMPERSAND = re.compile(r"[ \t]*&")
# Statements that are not boxes and links ("end-user --> A" is a box named "end-user", not an "end").
_MERMAID_KEYWORD = re.compile(
    r"[ \t]*(?:%%|(?:classDef|class|style|linkStyle|click|subgraph|end|direction)(?=[ \t]|$))"
)
_BREAK = re.compile(r"<br[ \t]*/?>", re.IGNORECASE)


def read_diagram(info: str, body: list[str]) -> tuple[FlowchartDraft, bool] | None:
    """The flowchart a fenced block with info string ``info`` draws, and whether every line was understood.

    None when the block is not a Mermaid flowchart or a Graphviz digraph, or draws fewer than two boxes.
    """
    language = info.strip().split(maxsplit=1)[0].lower() if info.strip() else ""
    if language == "mermaid" or (not language and body and _MERMAID_HEADER.fullmatch(body[0].strip())):
        drawing = _read_mermaid(body)
    elif language in ("dot", "graphviz", "gv") or (not language and body and body[0].lstrip().startswith("digraph")):
        drawing = _read_dot("\n".join(body))
    else:
        return None
    if drawing is None or len(drawing.labels) < 2 or len(drawing.labels) > MAX_NODES:
        return None
    drawing.edges = list(dict.fromkeys(drawing.edges))  # an arrow drawn twice is one arrow
    if len(drawing.edges) > MAX_ARROWS:
        return None
    return as_flowchart(drawing), not drawing.unread


# ------------------------------------------------------------------ Mermaid


def _read_mermaid(lines: list[str]) -> Drawing | None:
    statements = [part for line in _quoted_labels_joined(lines) for part in _split_statements(line)]
    first = next((index for index, statement in enumerate(statements) if statement.strip()), len(statements))
    statements = statements[first:]
    header = _MERMAID_HEADER.fullmatch(statements[0].strip()) if statements else None
    if header is None:
        return None  # a sequence diagram, a pie chart...: not a flowchart
    drawing = Drawing(direction=direction_of(header.group(1)))
    for statement in statements[1:]:
        if statement.strip() and not _read_mermaid_statement(drawing, statement):
            drawing.unread = True
    return drawing


_LONGEST_QUOTED_LINES = 8
"""A quoted label runs over this many lines at most: a stray quote does not swallow the drawing."""


def _quoted_labels_joined(lines: list[str]) -> list[str]:
    """``lines`` with a quoted label that runs onto the next lines (``A["1. Read the basket`` then
    ``    shop/checkout.py"] --> B``) joined into one line, its line breaks kept as the label's."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        line, end = lines[index], index + 1
        if line.count('"') % 2:
            quotes = line.count('"')
            while end < len(lines) and end - index <= _LONGEST_QUOTED_LINES and quotes % 2:
                quotes += lines[end].count('"')
                end += 1
            if quotes % 2:
                end = index + 1  # never closed: the line stays as written
            else:
                line = "\n".join([line, *(following.strip() for following in lines[index + 1 : end])])
        out.append(line)
        index = end
    return out


def _split_statements(line: str) -> list[str]:
    """A line's statements: split at ";" outside labels and quotes."""
    parts: list[str] = []
    depth, quoted, start = 0, False, 0
    for position, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif char in "[({":
            depth += 1
        elif char in "])}" and depth:
            depth -= 1
        elif char == ";" and depth == 0:
            parts.append(line[start:position])
            start = position + 1
    parts.append(line[start:])
    return parts


def _read_mermaid_statement(drawing: Drawing, statement: str) -> bool:
    """Read one statement of boxes and links into ``drawing``; False when it is something else."""
    if _MERMAID_KEYWORD.match(statement):
        return False
    position, previous, pending_label = 0, None, None
    found: list[tuple[str, str | None, bool]] = []
    while True:
        group: list[str] = []
        while True:
            node = _mermaid_node(statement, position)
            if node is None:
                return False
            name, label, decision, position = node
            found.append((name, label, decision))
            group.append(name)
            ampersand = _MERMAID_AMPERSAND.match(statement, position)
            if ampersand is None:
                break
            position = ampersand.end()
        if previous is not None:
            if len(previous) * len(group) + len(drawing.edges) > MAX_ARROWS or len(found) > MAX_NODES:
                return False  # "a&a&…--> b&b&…": arrows multiply; no chart is that big
            for source in previous:
                for target in group:
                    drawing.edges.append((source, target, pending_label or ""))
        if not statement[position:].strip():
            break
        link = _MERMAID_TEXT_LINK.match(statement, position) or _MERMAID_LINK.match(statement, position)
        if link is None:
            return False
        previous, pending_label, position = group, (link.group(1) or "").strip(), link.end()
    for name, label, decision in found:
        drawing.box(name, label, decision=decision)
    return True


def _mermaid_node(statement: str, position: int) -> tuple[str, str | None, bool, int] | None:
    match = _MERMAID_ID.match(statement, position)
    if match is None:
        return None
    name, position = match.group(1), match.end()
    label: str | None = None
    decision = False
    for opener, closer in _MERMAID_SHAPES:
        if statement.startswith(opener, position):
            start = position + len(opener)
            if statement.startswith('"', start):
                quote_end = statement.find('"', start + 1)
                end = statement.find(closer, quote_end + 1) if quote_end >= 0 else -1
                text = statement[start + 1 : quote_end] if end >= 0 else ""
            else:
                end = statement.find(closer, start)
                text = statement[start:end]
            if end < 0:
                return None
            label, decision, position = _clean_label(text), opener in _DECISION_OPENERS, end + len(closer)
            break
    css = _MERMAID_CLASS.match(statement, position)
    if css is not None:
        position = css.end()
    return name, label, decision, position


def _clean_label(text: str) -> str:
    text = _BREAK.sub("\n", text).replace("#quot;", '"').replace("&quot;", '"')
    return "\n".join(line.strip() for line in text.strip().splitlines())


# ------------------------------------------------------------------ Graphviz DOT

_DOT_TOKEN = re.compile(
    r"""[ \t\r\n]*(?:
        (?P<comment>//[^\n]*|\#[^\n]*|/\*.*?\*/)
      | "(?P<quoted>(?:[^"\\]|\\.)*)"
      | (?P<html><[^<>]*(?:<[^<>]*>[^<>]*)*>)
      | (?P<word>[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*|-?(?:\.\d+|\d+(?:\.\d*)?))
      | (?P<arrow>->|--)
      | (?P<mark>[\[\]{}=,;:])
    )""",
    re.VERBOSE | re.DOTALL,
)
_DOT_KEYWORDS = {"graph", "digraph", "subgraph", "node", "edge", "strict"}
_DECISION_SHAPES = {"diamond", "mdiamond", "hexagon"}


def _dot_tokens(text: str) -> list[tuple[str, str]] | None:
    tokens: list[tuple[str, str]] = []
    position = 0
    while position < len(text):
        match = _DOT_TOKEN.match(text, position)
        if match is None:
            if not text[position:].strip():
                break
            return None
        position = match.end()
        kind = match.lastgroup or ""
        if kind == "comment":
            tokens.append(("comment", ""))
        elif kind == "quoted":
            tokens.append(("id", match.group("quoted").replace('\\"', '"')))
        elif kind in ("word", "html"):
            word = match.group(kind)
            is_keyword = kind == "word" and word.lower() in _DOT_KEYWORDS
            tokens.append(("keyword" if is_keyword else "id", word.lower() if is_keyword else word))
        else:
            tokens.append((kind, match.group(kind)))
    return tokens


def _read_dot(text: str) -> Drawing | None:
    tokens = _dot_tokens(text)
    if not tokens or ("keyword", "digraph") not in tokens[:3]:
        return None
    drawing = Drawing()
    drawing.unread = any(kind == "comment" for kind, _ in tokens)
    statement: list[tuple[str, str]] = []
    for token in tokens:
        if token[0] == "comment":
            continue
        if token in (("mark", ";"), ("mark", "{"), ("mark", "}")):
            if token[1] == "{" and any(kind == "keyword" for kind, _ in statement):
                statement = []  # "digraph name {" and "subgraph name {" open a body
                continue
            if not _read_dot_statement(drawing, statement):
                drawing.unread = True
            statement = []
        else:
            statement.append(token)
    if statement and not _read_dot_statement(drawing, statement):
        drawing.unread = True
    return drawing


def _read_dot_statement(drawing: Drawing, tokens: list[tuple[str, str]]) -> bool:
    if not tokens:
        return True
    attributes, rest = _dot_attributes(tokens)
    if attributes is None:
        return False
    if rest and rest[0][0] == "keyword":
        if rest[0][1] == "graph" and "rankdir" in attributes:
            drawing.direction = direction_of(attributes.pop("rankdir"))
        return rest[0][1] in ("graph", "node", "edge") and len(rest) == 1 and not attributes
    if len(rest) == 3 and rest[1] == ("mark", "="):  # rankdir=LR
        if rest[0][1].lower() != "rankdir":
            return False  # a graph's label or looks: kept with the block
        drawing.direction = direction_of(rest[2][1])
        return True
    names = rest[::2]
    arrows = rest[1::2]
    if len(rest) % 2 == 0 or any(kind != "id" for kind, _ in names) or any(kind != "arrow" for kind, _ in arrows):
        return False
    if set(attributes) - {"label", "shape"}:
        drawing.unread = True  # colours and styles: the block is kept beside the chart
    if len(names) == 1:
        label = attributes.get("label")
        shape = attributes.get("shape", "").lower()
        drawing.box(names[0][1], _dot_label(label) if label else None, decision=shape in _DECISION_SHAPES)
        return True
    for (_, source), (_, target) in pairwise(names):
        drawing.box(source)
        drawing.box(target)
        drawing.edges.append((source, target, _dot_label(attributes.get("label", ""))))
    return True


def _dot_attributes(tokens: list[tuple[str, str]]) -> tuple[dict[str, str] | None, list[tuple[str, str]]]:
    """A statement's ``[key=value, ...]`` lists, and its tokens before them."""
    if ("mark", "[") not in tokens:
        return {}, tokens
    start = tokens.index(("mark", "["))
    attributes: dict[str, str] = {}
    parts = [token for token in tokens[start:] if token not in (("mark", "["), ("mark", "]"), ("mark", ","))]
    for index in range(0, len(parts), 3):
        triple = parts[index : index + 3]
        if len(triple) != 3 or triple[1] != ("mark", "=") or triple[0][0] != "id":
            return None, tokens
        attributes[triple[0][1].lower()] = triple[2][1]
    return attributes, tokens[:start]


def _dot_label(label: str) -> str:
    if label.startswith("<") and label.endswith(">"):
        return re.sub(r"<[^<>]*>", " ", label[1:-1]).strip()
    return "\n".join(part.strip() for part in re.split(r"\\[nlr]", label)).strip()
