"""A report's one Mermaid flowchart, under its background or a heading of its own, is its flowchart: labels
that run onto a second line, ``style``/``classDef`` lines and camelCase ids included."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

_PRICES = """# Price lookup outage

## Summary

Prices were missing on 2 June 2025.

## Background

```mermaid
flowchart TD
    getBasket["1. checkout() gets the basket
    shop/checkout.py"] --> askPrices["2. Ask the price service
    shop/prices.py"]
    askPrices -->|"found"| addPrice["3a. Add the price"]
    askPrices -->|"missing"| zeroPrice["3b. Log a warning, price=0"]
    addPrice --> reply["4. Return the basket"]
    zeroPrice --> reply

    style zeroPrice fill:#fff3cd,stroke:#ffc107
    classDef bad fill:#f00
```

## Root cause

The price map was empty.
"""


def test_lone_chart_with_two_line_labels_is_the_flowchart() -> None:
    document = from_markdown(_PRICES)
    chart = document.humor.flowchart
    assert len(chart.nodes) == 5
    assert len(chart.edges) == 5
    assert any(node.label.startswith("1. checkout() gets the basket") for node in chart.nodes)


def test_two_charts_and_no_investigation_stay_where_they_are() -> None:
    second = _PRICES.replace(
        "## Root cause", "## Storage\n\n```mermaid\nflowchart LR\n  a --> b\n  b --> c\n```\n\n## Root cause"
    )
    document = from_markdown(second)
    assert not document.humor.flowchart.nodes


def test_architecture_chart_is_not_the_flowchart() -> None:
    document = from_markdown(_PRICES.replace("## Background", "## Architecture"))
    assert not document.humor.flowchart.nodes
