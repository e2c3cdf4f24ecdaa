"""A flowchart someone drew as text in their Humor Element becomes the editor's flowchart.

Mermaid (which GitHub and GitLab draw), Graphviz DOT, and steps joined by arrows in
the prose are what people write; a careful reader sees boxes and arrows in each.
"""

from __future__ import annotations

import pytest

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown
from app.model import LayoutDirection, NodeKind, PostMortem

MERMAID = """# Checkout outage

## Humor Element

Our choose-your-own-adventure, as it really went:

```mermaid
flowchart LR
    A([Checkout is down]) --> B{Is it the database?}
    B -->|yes, surely| C[Restart the primary]
    C --> D["Still down.<br>Blame the CDN"]
    B -- no --> E[Read the deploy log]
    E --> F((Bad config flag rolled back, fixed)); D --> E
```

Moral: read the deploy log first.
"""


def steps(document: PostMortem) -> list[tuple[str, str, str]]:
    return [(node.id, node.kind.value, node.label) for node in document.humor.flowchart.nodes]


def arrows(document: PostMortem) -> list[tuple[str, str, str]]:
    return [(edge.source, edge.target, edge.label) for edge in document.humor.flowchart.edges]


def test_a_mermaid_flowchart_becomes_the_steps_and_arrows_with_the_words_around_it() -> None:
    document = from_markdown(MERMAID)
    assert steps(document) == [
        ("A", "start", "Checkout is down"),
        ("B", "question", "Is it the database?"),
        ("C", "step", "Restart the primary"),
        ("D", "step", "Still down.\nBlame the CDN"),
        ("E", "step", "Read the deploy log"),
        ("F", "resolution", "Bad config flag rolled back, fixed"),
    ]
    assert arrows(document) == [
        ("A", "B", ""),
        ("B", "C", "yes, surely"),
        ("C", "D", ""),
        ("B", "E", "no"),
        ("E", "F", ""),
        ("D", "E", ""),
    ]
    assert document.humor.flowchart.direction is LayoutDirection.LEFT_TO_RIGHT
    assert document.humor.caption == "Our choose-your-own-adventure, as it really went:"
    assert document.humor.closing == "Moral: read the deploy log first."
    assert document.extra_sections == []  # every line was understood: nothing kept twice


def test_the_chart_read_from_mermaid_is_saved_and_read_back_unchanged() -> None:
    document = from_markdown(MERMAID)
    assert from_markdown(to_markdown(document)) == document


def test_a_mermaid_block_with_styles_and_comments_is_drawn_and_also_kept_word_for_word() -> None:
    text = (
        "# T\n\n## Humor\n\n```mermaid\ngraph TD\n  %% the night shift's path\n"
        "  a[Alert] --> b[Blame DNS] --> c[Not DNS]\n  style a fill:#f96\n  classDef sad stroke:red\n```\n"
    )
    document = from_markdown(text)
    assert [label for _id, _kind, label in steps(document)] == ["Alert", "Blame DNS", "Not DNS"]
    assert steps(document)[2][1] == "dead end"  # nothing says it was solved there
    (kept,) = document.extra_sections
    assert "%% the night shift's path" in kept.body and "classDef sad stroke:red" in kept.body


def test_a_mermaid_diagram_that_is_not_a_flowchart_stays_as_written() -> None:
    text = "# T\n\n## Humor\n\n```mermaid\nsequenceDiagram\n  Pager->>Alice: wake up\n```\n"
    document = from_markdown(text)
    assert document.humor.flowchart.nodes == []
    assert "sequenceDiagram" in document.humor.caption


def test_a_graphviz_digraph_becomes_the_flowchart_with_its_labels_shapes_and_layout() -> None:
    text = """# Disk full

## Humor Element: Choose Your Own Adventure

```dot
digraph investigation {
  rankdir=LR;
  start [label="Pager goes off\\nat 3am"];
  q1 [label="Disk full?", shape=diamond];
  start -> q1;
  q1 -> logs [label="yes"];
  q1 -> blame [label="no"];
  blame [label="Blame the network"];
  logs [label="Rotated the logs, fixed"];
}
```
"""
    document = from_markdown(text)
    assert steps(document) == [
        ("start", "start", "Pager goes off\nat 3am"),
        ("q1", "question", "Disk full?"),
        ("logs", "resolution", "Rotated the logs, fixed"),
        ("blame", "dead end", "Blame the network"),
    ]
    assert arrows(document) == [("start", "q1", ""), ("q1", "logs", "yes"), ("q1", "blame", "no")]
    assert document.humor.flowchart.direction is LayoutDirection.LEFT_TO_RIGHT
    assert document.extra_sections == []


def test_steps_joined_by_arrows_are_paths_that_branch_where_they_share_a_step() -> None:
    text = (
        "# API outage\n\n## Humor Element\n\nHow the night went:\n\n"
        "- Pager at 3am → Restart the API pods → Blame the load balancer\n"
        "- Blame the load balancer -> Read the deploy diff -> It was the feature flag, fixed\n"
        "- Blame the load balancer → Call the vendor → Hold music\n\n"
        "Next time, read the diff first.\n"
    )
    document = from_markdown(text)
    labels = {node.label: node for node in document.humor.flowchart.nodes}
    assert list(labels) == [
        "Pager at 3am",
        "Restart the API pods",
        "Blame the load balancer",
        "Read the deploy diff",
        "It was the feature flag, fixed",
        "Call the vendor",
        "Hold music",
    ]
    kinds = {label: node.kind for label, node in labels.items()}
    assert kinds["Pager at 3am"] is NodeKind.START
    assert kinds["It was the feature flag, fixed"] is NodeKind.RESOLUTION
    assert kinds["Hold music"] is NodeKind.DEAD_END
    branch = labels["Blame the load balancer"].id
    assert sum(edge.source == branch for edge in document.humor.flowchart.edges) == 2
    assert (document.humor.caption, document.humor.closing) == (
        "How the night went:",
        "Next time, read the diff first.",
    )


def test_ascii_art_of_boxed_steps_in_a_plain_code_block_is_the_flowchart() -> None:
    text = (
        "# T\n\n## Humor Element\n\n```\n[Pager at 2am] --> [Restart web01] --> [Still down]\n"
        "[Still down]-->[Blame the cache]-->{Is it DNS?}-->[It was DNS. Fixed.]\n```\n"
    )
    document = from_markdown(text)
    assert [(kind, label) for _id, kind, label in steps(document)] == [
        ("start", "Pager at 2am"),
        ("step", "Restart web01"),
        ("step", "Still down"),
        ("step", "Blame the cache"),
        ("question", "Is it DNS?"),
        ("resolution", "It was DNS. Fixed."),
    ]
    assert document.humor.caption == "" and document.extra_sections == []


def test_code_with_arrows_in_it_is_not_a_flowchart() -> None:
    document = from_markdown("# T\n\n## Humor\n\n```\np->next->val = 3;\n```\n")
    assert document.humor.flowchart.nodes == []
    assert "p->next->val" in document.humor.caption


def test_a_sentence_with_one_arrow_stays_a_sentence() -> None:
    document = from_markdown("# T\n\n## Humor\n\nWe went from calm -> chaos in a minute.\n")
    assert document.humor.flowchart.nodes == []
    assert document.humor.caption == "We went from calm -> chaos in a minute."


def test_a_drawing_kept_beside_its_chart_is_not_drawn_again_when_read_back() -> None:
    text = "# T\n\n## Humor\n\n```mermaid\ngraph TD\n  a[Alert] --> b[Blame DNS]\n  style a fill:#f96\n```\n"
    document = from_markdown(text)
    assert len(document.humor.flowchart.nodes) == 2 and len(document.extra_sections) == 1
    assert from_markdown(to_markdown(document)) == document


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "text",
    [
        "## Humor\n\n```mermaid\ngraph TD\n" + "A[" * 50_000 + "\n```\n",
        "## Humor\n\n```mermaid\ngraph TD\n" + "A-->" * 25_000 + "B\n```\n",
        "## Humor\n\n```mermaid\ngraph TD\nA -- " + "x" * 100_000 + "\n```\n",
        "## Humor\n\n```dot\ndigraph {\n" + "a -> " * 25_000 + "b }\n```\n",
        "## Humor\n\n```dot\ndigraph { /*" + "x" * 100_000 + "\n```\n",
        '## Humor\n\n```dot\ndigraph { a [label="' + "x" * 100_000 + "\n```\n",
        "## Humor\n\n" + "a → " * 25_000 + "b\n",
        "## Humor\n\n" + "- a -> b -> c\n" * 20_000,
        "## Humor\n\n```\n" + "[a]-->" * 25_000 + "[b]\n```\n",
        "## Humor\n\n```\n[" + "a" * 100_000 + "-->\n```\n",
        "# T\n\n## Humor Element\n\nWe laughed" + " " * 100_000 + "later.\n",
        "# T\n\n## Humor Element\n\na" + " " * 100_000 + "b -> c -> d\n",
        "# T\n\n## Humor Element\n\n```\n[a]" + " " * 100_000 + "-->[b]-->[c]\n```\n",
        "# T\n\n## Humor\n\n```mermaid\ngraph TD\n"
        + "&".join(["a"] * 20_000)
        + " --> "
        + "&".join(["b"] * 20_000)
        + "\n```\n",
        "# T\n\n## Humor\n\n```mermaid\n" + ";" * 400_000 + "\ngraph TD\na-->b\n```\n",
        "# T\n\n## Humor\n\n```mermaid\ngraph TD\nA -- x" + "-" * 200_000 + "\n```\n",
    ],
    ids=[
        "unclosed boxes",
        "a mermaid chain of 25,000 links",
        "an unclosed link label",
        "a dot chain of 25,000 arrows",
        "an unclosed dot comment",
        "an unclosed dot label",
        "an arrow line of 25,000 steps",
        "20,000 arrow lines",
        "ascii art of 25,000 boxes",
        "an unclosed ascii box",
        "a humor line of spaces",
        "spaces before an arrow chain",
        "spaces before an ascii arrow",
        "20,000 names on each side of a link",
        "400,000 empty statements",
        "a link label of dashes",
    ],
)
def test_a_hostile_drawing_is_read_in_one_pass_and_a_huge_one_is_not_drawn(text: str) -> None:
    document = from_markdown(text)
    assert len(document.humor.flowchart.nodes) <= 2_000 and len(document.humor.flowchart.edges) <= 8_000
    assert from_markdown(to_markdown(document)) == document


@pytest.mark.timeout(30)
@pytest.mark.parametrize(
    "text",
    [
        "# T\n\n## Humor Element\n\n```mermaid\ngraph TD\nn3_2 --> n1a --> 1a\n```\n",
        '# T\n\n## Humor Element\n\n```dot\ndigraph { "n3_2" -> "a b" -> "a_b" }\n```\n',
    ],
    ids=["mermaid", "dot"],
)
def test_names_that_clash_with_the_ids_made_for_other_names_still_get_ids_of_their_own(text: str) -> None:
    # The id made for a clash ("n3_2") was once itself a name: the import looped for ever.
    document = from_markdown(text)
    ids = [node.id for node in document.humor.flowchart.nodes]
    assert len(ids) == 3 and len(set(ids)) == 3


def test_a_box_named_after_a_keyword_is_a_box_and_words_of_failure_are_dead_ends() -> None:
    document = from_markdown(
        "# T\n\n## Humor\n\n```mermaid\ngraph TD\nend-user-report --> A --> B[Still not fixed]\n"
        "A --> C[It is not DNS, gave up]\nA --> D[Rolled back, fixed]\n```\n"
    )
    assert [(node.id, node.kind.value) for node in document.humor.flowchart.nodes] == [
        ("end-user-report", "start"),
        ("A", "step"),
        ("B", "dead end"),
        ("C", "dead end"),
        ("D", "resolution"),
    ]
    assert document.extra_sections == []
