"""Table columns fit what they hold, and the flowchart's tables keep room for their rows."""

from __future__ import annotations

from app.formats import json_format
from app.model import TaskStatus
from tests.conftest import EXAMPLES
from tests.test_window_fixtures import make_window, sample_document


def test_the_status_column_fits_its_drop_down_so_open_reads_open(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, sample_document())
    window.resize(1360, 840)
    window.show()
    view = window.sections.show_section("measures").tasks.view
    qtbot.waitExposed(view)
    index = view.model().index(0, 3)
    view.setCurrentIndex(index)
    view.edit(index)
    combo = view.indexWidget(index)
    assert combo is not None
    # The open editor shows every status whole: its width is at least what the drop-down asks for.
    assert combo.width() >= combo.sizeHint().width()
    for status in TaskStatus:
        assert combo.fontMetrics().horizontalAdvance(status.label) + 24 <= combo.width(), status.label


def test_the_flowchart_tables_show_six_rows_at_1360_by_840(qtbot, tmp_path):
    example = json_format.loads((EXAMPLES / "dns-outage.json").read_text(encoding="utf-8"))
    window = make_window(qtbot, tmp_path, example)
    window.resize(1360, 840)
    window.show()
    qtbot.waitExposed(window)
    editor = window.sections.show_section("humor").pane.editor
    qtbot.wait(50)
    for view in (editor.nodes_view, editor.edges_view):
        rows = view.viewport().height() // view.verticalHeader().defaultSectionSize()
        assert rows >= 6, view.accessibleName()
