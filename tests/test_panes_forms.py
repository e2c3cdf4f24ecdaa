"""Each form page edits the document, merges typing into one step, and follows undo."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from app.model import PostMortem, Severity, Status
from tests.test_window_fixtures import make_window, sample_document


def test_typing_a_title_edits_the_model_in_one_undo_step(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    page = window.page("overview")
    qtbot.keyClicks(page.title_field, "DNS outage")
    assert window.document.model.metadata.title == "DNS outage"
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    assert window.document.model == PostMortem()
    assert page.title_field.text() == ""


def test_metadata_choices_and_authors(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    page = window.page("overview")
    page.status_field.setCurrentIndex(list(Status).index(Status.FINAL))
    page.severity_field.setCurrentIndex(2)  # "Not rated", SEV1, SEV2...
    qtbot.keyClicks(page.authors_field, "Dana Ito, Sam Okafor")
    qtbot.keyClicks(page.service_field, "Checkout")
    metadata = window.document.model.metadata
    assert metadata.status is Status.FINAL
    assert metadata.severity is Severity.SEV2
    assert metadata.authors == ["Dana Ito", "Sam Okafor"]
    assert metadata.service == "Checkout"
    while window.document.undo_stack.canUndo():
        window.document.undo_stack.undo()
    assert window.document.model == PostMortem()
    assert page.authors_field.text() == "" and page.severity_field.currentText() == "Not rated"


def test_a_trailing_space_survives_typing_in_a_line_field(qtbot, tmp_path):
    # The model trims lines; the field must not echo that back and eat the space being typed.
    window = make_window(qtbot, tmp_path)
    page = window.page("overview")
    qtbot.keyClicks(page.title_field, "DNS outage ")
    assert page.title_field.text() == "DNS outage "
    qtbot.keyClicks(page.title_field, "report")
    assert window.document.model.metadata.title == "DNS outage report"


def test_text_sections_and_their_undo(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    intro = window.page("introduction")
    qtbot.keyClicks(intro.editor, "First line")
    qtbot.keyClick(intro.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(intro.editor, "Second line")
    closing = window.page("closing")
    qtbot.keyClicks(closing.editor, "Thanks all")
    root = window.page("root_cause")
    qtbot.keyClicks(root.cause_field, "Stale template")
    qtbot.keyClicks(root.resolution_field, "Restored records")
    model = window.document.model
    assert model.introduction == "First line\nSecond line"
    assert model.closing_notes == "Thanks all"
    assert (model.root_cause.cause, model.root_cause.resolution) == ("Stale template", "Restored records")
    assert window.document.undo_stack.count() == 4  # one merged step per field
    window.document.undo_stack.undo()
    assert model.root_cause.resolution == "" and root.resolution_field.toPlainText() == ""
    window.document.undo_stack.redo()
    assert root.resolution_field.toPlainText() == "Restored records"


def test_summary_times_with_zone_and_derived_figures(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    page = window.page("summary")
    page.start_field.setFocus()
    qtbot.keyClicks(page.start_field, "March 3, 2025, 11:05 UTC")
    qtbot.keyClick(page.start_field, Qt.Key.Key_Return)
    qtbot.keyClicks(page.end_field, "March 3, 2025, 14:47 UTC+02:00")
    qtbot.keyClick(page.end_field, Qt.Key.Key_Return)
    summary = window.document.model.summary
    assert summary.start == datetime(2025, 3, 3, 11, 5, tzinfo=UTC)
    assert summary.end is not None and summary.end.utcoffset() == timedelta(hours=2)
    qtbot.waitUntil(lambda: page.duration_label.text() == "1 h 42 min")
    page.end_field.clear()  # the clear button: "not set"
    assert window.document.model.summary.end is None
    qtbot.waitUntil(lambda: page.duration_label.text() == "—")


def test_an_unreadable_time_is_explained_and_not_stored(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, sample_document())
    page = window.page("summary")
    before = window.document.model.summary.start
    page.start_field.selectAll()
    qtbot.keyClicks(page.start_field, "yesterday-ish")
    qtbot.keyClick(page.start_field, Qt.Key.Key_Return)
    assert window.document.model.summary.start == before
    assert page.warning_for("summary.start:typing").isVisibleTo(page)
    assert "March 3, 2025" in page.warning_for("summary.start:typing").text()


def test_validation_warning_shows_beside_the_end_time_and_on_the_section_list(qtbot, tmp_path):
    document = sample_document()
    window = make_window(qtbot, tmp_path, document)
    page = window.page("summary")
    earlier = window.document.model.summary.start - timedelta(hours=1)
    window.document.set_field(("summary", "end"), earlier)
    warning = page.warning_for("summary.end")
    qtbot.waitUntil(lambda: warning.isVisibleTo(page))
    assert "ends before it starts" in warning.text()
    row = window.sections.keys.index("summary")
    assert "(1)" in window.sections.item(row).text()
    window.document.undo_stack.undo()
    qtbot.waitUntil(lambda: not warning.isVisibleTo(page))
    assert window.sections.item(row).text() == "Issue Summary"


def test_humor_caption_and_closing(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    page = window.page("humor")
    qtbot.keyClicks(page.caption_field, "How we found it")
    qtbot.keyClicks(page.closing_field, "It was DNS.")
    assert window.document.model.humor.caption == "How we found it"
    assert window.document.model.humor.closing == "It was DNS."


def test_opening_another_document_refreshes_every_built_page(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    pages = {key: window.page(key) for key in window.sections.keys}
    window.document.replace_model(sample_document())
    assert pages["overview"].title_field.text() == "Status Page DNS Outage Post-Mortem"
    assert pages["overview"].authors_field.text() == "Dana Ito, Sam Okafor"
    assert pages["summary"].start_field.text() == "March 3, 2025, 11:05 UTC"
    assert pages["closing"].editor.toPlainText() == sample_document().closing_notes
    assert pages["measures"].tasks_model.rowCount() == 3


def test_every_page_field_has_an_accessible_name(qtbot, tmp_path):
    from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

    window = make_window(qtbot, tmp_path, sample_document())
    for key in ("overview", "introduction", "summary", "root_cause", "closing", "humor", "sections"):
        page = window.page(key)
        embedded = getattr(page, "pane", None)  # the flowchart editor is tested with its own code
        fields = [f for kind in (QLineEdit, QPlainTextEdit, QComboBox) for f in page.findChildren(kind)]
        for field in fields:
            if isinstance(field.parent(), QComboBox) or (embedded is not None and embedded.isAncestorOf(field)):
                continue  # a combo box's own line edit, or a field of the embedded pane
            assert field.accessibleName(), f"{key}: {type(field).__name__} has no accessible name"


def test_authors_with_commas_in_their_names_round_trip(qtbot, tmp_path):
    document = sample_document()
    document.metadata.authors = ["Smith, Jr.", "Dana Ito"]
    window = make_window(qtbot, tmp_path, document)
    page = window.page("overview")
    assert page.authors_field.text() == "Smith, Jr.; Dana Ito"
    page.authors_field.end(False)
    qtbot.keyClicks(page.authors_field, "; Lee")
    assert window.document.model.metadata.authors == ["Smith, Jr.", "Dana Ito", "Lee"]


def test_a_very_long_title_is_not_cut_by_the_field(qtbot, tmp_path):
    document = sample_document()
    document.metadata.title = "x" * 40_000
    window = make_window(qtbot, tmp_path, document)
    field = window.page("overview").title_field
    assert len(field.text()) == 40_000
    field.end(False)
    qtbot.keyClicks(field, "y")
    assert window.document.model.metadata.title == "x" * 40_000 + "y"
