"""Any sequence of edits through the form pages undoes back to the exact starting document."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.model import PostMortem, normalize_line, normalize_text
from tests.strategies import documents, lines, texts
from tests.test_window_fixtures import make_window
from widgets.panes.fields import plain_text

_edits = st.lists(
    st.one_of(
        st.tuples(st.just("title"), lines()),
        st.tuples(st.just("service"), lines()),
        st.tuples(st.just("introduction"), texts()),
        st.tuples(st.just("impact"), texts()),
        st.tuples(st.just("closing"), texts()),
        st.tuples(st.just("severity"), st.integers(0, 4)),
        st.tuples(st.just("add task"), st.integers(0, 5)),
        st.tuples(st.just("remove task"), st.integers(0, 5)),
        st.tuples(st.just("move task"), st.integers(0, 5), st.sampled_from([-1, 1])),
        st.tuples(st.just("task owner"), st.integers(0, 5), lines()),
        st.tuples(st.just("task text"), st.integers(0, 5), lines()),
        st.tuples(st.just("add section"), st.integers(0, 3)),
        st.tuples(st.just("section text"), st.integers(0, 3), texts()),
    ),
    min_size=1,
    max_size=8,
)


def apply(window, edit) -> None:
    kind = edit[0]
    overview, summary, measures, sections = (
        window.page("overview"),
        window.page("summary"),
        window.page("measures"),
        window.page("sections"),
    )
    tasks = measures.tasks
    rows = measures.tasks_model.rowCount()
    if kind in ("title", "service"):
        field = overview.title_field if kind == "title" else overview.service_field
        field.setText(edit[1])
        field.textEdited.emit(edit[1])  # what typing emits; QTest cannot type arbitrary Unicode
    elif kind == "introduction":
        window.page("introduction").editor.setPlainText(edit[1])
    elif kind == "impact":
        summary.impact_field.setPlainText(edit[1])
    elif kind == "closing":
        window.page("closing").editor.setPlainText(edit[1])
    elif kind == "severity":
        overview.severity_field.setCurrentIndex(edit[1])
    elif kind == "add task":
        tasks.select_rows([min(edit[1], rows - 1)] if rows else [])
        tasks.add_row()
    elif kind == "remove task" and rows:
        tasks.select_rows([edit[1] % rows])
        tasks.remove_selected()
    elif kind == "move task" and rows:
        tasks.select_rows([edit[1] % rows])
        tasks.move_selected(edit[2])
    elif kind in ("task owner", "task text") and rows:
        column = 1 if kind == "task owner" else 0
        assert measures.tasks_model.setData(measures.tasks_model.index(edit[1] % rows, column), edit[2])
        assert measures.tasks_model.index(edit[1] % rows, column).data() == normalize_line(edit[2])
    elif kind == "add section":
        count = sections.model.rowCount()
        sections.list.select_rows([min(edit[1], count - 1)] if count else [])
        sections.list.add_row()
    elif kind == "section text" and sections.model.rowCount():
        sections.list.select_rows([edit[1] % sections.model.rowCount()])
        sections.body.setPlainText(edit[2])


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(start=documents(max_events=3), edits=_edits)
def test_undo_all_restores_the_start_and_redo_all_the_end(qtbot, tmp_path, start: PostMortem, edits):
    window = make_window(qtbot, tmp_path, start.model_copy(deep=True))
    try:
        for edit in edits:
            apply(window, edit)
        end = window.document.snapshot()
        stack = window.document.undo_stack
        while stack.canUndo():
            stack.undo()
        assert window.document.model == start
        assert not window.document.is_modified()
        # The fields show the document (up to the spaces the model trims, which a field may keep while typing).
        assert normalize_line(window.page("overview").title_field.text()) == start.metadata.title
        assert normalize_text(plain_text(window.page("summary").impact_field)) == start.summary.impact
        while stack.canRedo():
            stack.redo()
        assert window.document.model == end
    finally:
        window.document.undo_stack.setClean()
        window.close()
        window.deleteLater()


def test_opening_a_document_shows_it_without_making_it_modified(qtbot, tmp_path):
    # Filling the forms from the document must never echo back as an edit.
    from tests.test_window_fixtures import sample_document

    window = make_window(qtbot, tmp_path)
    for key in window.sections.keys:
        window.page(key)
    window.document.replace_model(sample_document())
    assert window.document.undo_stack.count() == 0
    assert window.document.model == sample_document()
