"""A long nested list (a flowchart's steps shown as text) is cut into pieces that look as the whole does."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument

from app.model import FlowEdge, FlowNode, PostMortem
from widgets.preview_document import new_text_document
from widgets.preview_markdown import LIST_PIECE_CHARS, PIECE_MAX_CHARS, markdown_parts, preview_pieces
from widgets.preview_render import append_html, markdown_to_html, preview_markdown


def long_chain(count: int = 300) -> PostMortem:
    label = "Looked at the load balancer's health checks and the pool's drain timer"
    nodes = [FlowNode(id=f"n{i}", label=f"{label} ({i})") for i in range(count)]
    edges = [FlowEdge(source=f"n{i}", target=f"n{i + 1}") for i in range(count - 1)]
    return PostMortem.model_validate({"humor": {"flowchart": {"nodes": nodes, "edges": edges}}})


def shown_lines(document: QTextDocument) -> list[tuple[str, int, str, float]]:
    """Each line of text as shown: its words, its list's depth and bullet, its height."""
    document.setTextWidth(700)
    lines = []
    block = document.begin()
    while block.isValid():
        if block.text():
            listed = block.textList()
            depth = listed.format().indent() if listed else 0
            bullet = listed.format().style().name if listed else ""
            lines.append((block.text(), depth, bullet, document.documentLayout().blockBoundingRect(block).height()))
        block = block.next()
    return lines


def test_the_steps_of_a_long_chart_show_in_pieces_as_in_the_whole(qtbot):
    model = long_chain()
    texts = preview_pieces(markdown_parts(model, None))
    assert len(texts) > 10  # the steps and arrows are in many pieces
    in_pieces = new_text_document("")
    cursor = QTextCursor(in_pieces)
    for text in texts:
        append_html(cursor, markdown_to_html(text))
    whole = new_text_document(markdown_to_html(preview_markdown(model, None)))

    shown = shown_lines(in_pieces)
    assert shown == shown_lines(whole)
    step = next(line for line in shown if line[0].startswith("n250 (step)"))
    assert step[1] == 2  # a step of the list under "Steps:", not a code block of Markdown


def test_a_nested_list_is_cut_between_items_into_small_pieces():
    model = long_chain()
    texts = preview_pieces(markdown_parts(model, None))
    steps = [text for text in texts if text.startswith("  - ")]
    assert steps and all(len(text) < LIST_PIECE_CHARS + PIECE_MAX_CHARS // 10 for text in steps)
    # A piece cut inside the list holds the list's items only: the next level starts a piece of its own.
    assert any(text.startswith("- **Arrows:**") or "\n- **Arrows:**" in text for text in texts)
    assert all(not line.startswith("- ") for text in steps for line in text.split("\n"))


def test_a_quote_three_replies_deep_keeps_the_width_of_the_preview_for_its_words(qtbot):
    thread = "> Looks good.\n>\n>> One correction below.\n>>\n>>> The disk filled at 15:40 and the sync kept going.\n"
    document = new_text_document(markdown_to_html(thread))
    block = document.begin()
    deepest = None
    while block.isValid():
        if block.text().startswith("The disk filled"):
            deepest = block
        block = block.next()
    assert deepest is not None
    indent = deepest.blockFormat().leftMargin() + deepest.blockFormat().rightMargin()
    assert indent <= 60  # Qt's own 40 pixels a side at each depth left 120 of them to the words
