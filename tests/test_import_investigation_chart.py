"""The investigation's flowchart drawn outside a Humor section becomes the Humor Element's flowchart.

A post-mortem with no Humor section often draws the path its responders took as a Graphviz digraph, a
Mermaid flowchart or steps led by arrows, under "Appendix", "Supporting information" or "How we found it".
A careful reader takes that drawing as the investigation's flowchart; a drawing of the system stays put.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown
from app.model import PostMortem

HEAD = "# Billing exports stalled\n\n## Summary\n\nInvoices were late by two hours.\n\n"

DOT_PATH = """```graphviz
digraph {
  alarm [label="Export queue backs up"];
  disk [label="Disk full on exporter?"];
  purge [label="Purge old spool files"];
  alarm -> disk;
  disk -> purge [label="yes"];
}
```
"""


def labels(document: PostMortem) -> list[str]:
    return [node.label for node in document.humor.flowchart.nodes]


def headings(document: PostMortem) -> list[str]:
    return [section.heading for section in document.extra_sections]


def test_a_digraph_that_asks_a_question_under_an_appendix_is_the_investigations_flowchart() -> None:
    document = from_markdown(HEAD + "## Appendix B\n\n" + DOT_PATH)
    assert labels(document) == ["Export queue backs up", "Disk full on exporter?", "Purge old spool files"]
    assert len(document.humor.flowchart.edges) == 2
    assert "Appendix B" in document.humor.caption  # the heading is kept, as the drawing's caption
    assert headings(document) == []


def test_a_mermaid_chart_in_a_section_about_the_debugging_moves_and_the_prose_around_it_stays() -> None:
    document = from_markdown(
        HEAD + "## Debugging notes\n\nWe spent an hour on the wrong host first.\n\n"
        "```mermaid\nflowchart TD\n  A[Late invoices] --> B[Check the scheduler]\n"
        "  B --> C[Find the full disk]\n```\n\n"
        "Logs are attached to the ticket.\n"
    )
    assert labels(document) == ["Late invoices", "Check the scheduler", "Find the full disk"]
    assert headings(document) == ["Debugging notes"]
    body = document.extra_sections[0].body
    assert "wrong host first" in body and "attached to the ticket" in body and "mermaid" not in body


def test_the_line_introducing_the_drawing_goes_with_it_and_can_name_it_the_investigation() -> None:
    document = from_markdown(
        HEAD + "## Extra material\n\nLinks to dashboards are in the wiki.\n\n"
        "How we got to the answer:\n\n"
        "```mermaid\ngraph LR\n  A[Late invoices] --> B[Scheduler fine] --> C[Full disk]\n```\n"
    )
    assert labels(document) == ["Late invoices", "Scheduler fine", "Full disk"]
    assert "How we got to the answer:" in document.humor.caption
    assert "dashboards" in document.extra_sections[0].body


def test_steps_led_by_arrows_under_the_path_we_took_are_the_flowchart() -> None:
    document = from_markdown(
        HEAD + "## The path we followed\n\n-> Invoices late?\n-> Restart the scheduler (no change)\n"
        "-> Free the exporter's disk (fixed)\n"
    )
    assert labels(document) == [
        "Invoices late?",
        "Restart the scheduler (no change)",
        "Free the exporter's disk (fixed)",
    ]
    assert headings(document) == []


def test_a_drawing_of_the_system_stays_where_it_was() -> None:
    services = (
        "```mermaid\nflowchart LR\n  web[Web app] --> api[Billing API]\n  api --> db[(Postgres)]\n"
        "  api --> q{Is the export due?}\n```\n"
    )
    for heading in ("Architecture", "System overview"):
        document = from_markdown(HEAD + f"## {heading}\n\n" + services)
        assert not document.humor.flowchart.nodes
        assert headings(document) == [heading]


def test_a_drawing_of_services_under_an_appendix_asks_nothing_and_stays() -> None:
    document = from_markdown(
        HEAD + "## Appendix\n\n```dot\ndigraph {\n  web -> api;\n  api -> postgres;\n  api -> exporter;\n}\n```\n"
    )
    assert not document.humor.flowchart.nodes
    assert headings(document) == ["Appendix"]
