"""Connecting nodes: never a loop by default, the "To" picker asks, and the label follows at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from app.model import Flowchart, FlowEdge, FlowNode, HumorElement, PostMortem
from widgets.document import Document
from widgets.flowchart.editor import FlowchartEditor
from widgets.flowchart.models import EdgesModel


def editor_with(qtbot, *ids: str) -> FlowchartEditor:
    chart = Flowchart(nodes=[FlowNode(id=node_id, label=node_id.title()) for node_id in ids])
    editor = FlowchartEditor(Document(PostMortem(humor=HumorElement(flowchart=chart))))
    qtbot.addWidget(editor)
    editor.resize(900, 400)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def edges(editor: FlowchartEditor) -> list[FlowEdge]:
    return editor._document.items("edges")


def open_picker(editor: FlowchartEditor) -> QComboBox:
    index = editor.edges_model.index(len(edges(editor)) - 1, EdgesModel.TARGET)
    picker = editor.edges_view.indexWidget(index)
    assert isinstance(picker, QComboBox)
    picker.hidePopup()
    return picker


def test_connect_never_makes_a_loop_from_the_last_node(qtbot):
    editor = editor_with(qtbot, "web", "dns", "fixed")
    editor.select_node("fixed")
    editor.add_edge_button.click()
    assert edges(editor)[-1] == FlowEdge(source="fixed", target="dns")


def test_connect_with_a_single_node_makes_nothing_and_says_why(qtbot):
    editor = editor_with(qtbot, "web")
    editor.select_node("web")
    assert not editor.add_edge_button.isEnabled()
    assert "second node" in editor.add_edge_button.toolTip()
    editor.add_edge()
    assert edges(editor) == []
    editor.add_node()
    assert editor.add_edge_button.isEnabled()


def test_connect_asks_for_the_target_then_takes_the_label_at_once(qtbot):
    editor = editor_with(qtbot, "web", "dns", "cdn", "fixed")
    editor.select_node("web")
    editor.add_edge_button.click()
    picker = open_picker(editor)
    assert picker.currentData() == "dns"  # the next node, until the user picks another
    picker.setCurrentIndex(picker.findData("fixed"))
    picker.activated.emit(picker.currentIndex())
    assert edges(editor)[-1] == FlowEdge(source="web", target="fixed")
    label = QApplication.focusWidget()
    assert isinstance(label, QLineEdit)
    qtbot.keyClicks(label, "surely")
    qtbot.keyClick(label, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: edges(editor)[-1].label == "surely")


def test_tab_from_the_to_picker_reaches_the_label(qtbot):
    editor = editor_with(qtbot, "web", "dns", "cdn")
    editor.select_node("dns")
    editor.add_edge_button.click()
    picker = open_picker(editor)
    qtbot.keyClick(picker, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    label = QApplication.focusWidget()
    qtbot.keyClicks(label, "maybe")
    qtbot.keyClick(label, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: edges(editor)[-1] == FlowEdge(source="dns", target="cdn", label="maybe"))
