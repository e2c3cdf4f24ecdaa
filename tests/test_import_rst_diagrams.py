"""A reStructuredText report's drawing: ".. graphviz::" over a digraph, ".. digraph:: name" over its arrows.

A careful reader sees the flowchart it draws, as for a fenced Markdown block.
"""

from __future__ import annotations

from app.formats.markdown_read import read_markdown

_HEAD = (
    "=========================\nQueue backlog post-mortem\n=========================\n\nSummary\n-------\n\n"
    "The mail queue backed up for an hour.\n\nInvestigation flowchart\n-----------------------\n\n"
)


def _chart(directive: str) -> tuple[list[str], list[tuple[str, str]]]:
    document, _ = read_markdown(_HEAD + directive + "\nEvery path ends at the queue.\n")
    chart = document.humor.flowchart
    return [node.label for node in chart.nodes], [(edge.source, edge.target) for edge in chart.edges]


def test_a_graphviz_directive_over_a_digraph_draws_the_flowchart() -> None:
    directive = (
        '.. graphviz::\n\n   digraph oncall {\n       page [label="Pager goes off"];\n'
        '       look [label="Is the queue growing?"];\n       drain [label="Drain the queue"];\n'
        '       page -> look;\n       look -> drain [label="yes"];\n   }\n'
    )
    labels, edges = _chart(directive)
    assert labels == ["Pager goes off", "Is the queue growing?", "Drain the queue"]
    assert edges == [("page", "look"), ("look", "drain")]


def test_a_digraph_directive_holds_only_its_arrows() -> None:
    directive = '.. digraph:: oncall\n\n   "Pager goes off" -> "Drain the queue";\n   "Drain the queue" -> "Sleep";\n'
    labels, edges = _chart(directive)
    assert labels == ["Pager goes off", "Drain the queue", "Sleep"]
    assert len(edges) == 2
