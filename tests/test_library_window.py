"""The library window: lazy table, search as you type, indexing in the background, editors it opens."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QPalette

from app.library.library import Library
from app.model import TaskStatus
from tests.library_helpers import incident, task, write
from widgets.dialogs import UnsavedChoice
from widgets.library import incident_model
from widgets.library.incident_model import MATCH_COLUMN, SNIPPET_ROLE
from widgets.library.window import LibraryWindow, open_library
from widgets.main_window import MainWindow


@pytest.fixture(autouse=True)
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("POSTMORTEM_EDITOR_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "lib"
    write(folder, "a/cache.json", incident("Cache stampede", text="The cache expired everywhere."))
    write(
        folder,
        "b/dns.md",
        incident(
            "DNS outage",
            service="edge",
            text="Resolvers timed out.",
            tasks=[
                task("Add a resolver check", "Ada", date(2020, 1, 1)),
                task("Write the runbook", "Grace", None, TaskStatus.DONE),
            ],
        ),
    )
    write(folder, "disk.json", incident("<b>Disk</b> full", service="storage", text="Disk filled up."))
    return folder


@pytest.fixture
def window(qtbot, folder: Path):
    window = open_library(folder, MainWindow)
    assert window is not None
    qtbot.waitUntil(lambda: window.view.report is not None, timeout=10_000)
    yield window
    for editor in list(window.editors.values()):
        editor.document.mark_saved()
    window.close()


def shown_titles(window: LibraryWindow) -> list[str]:
    model = window.view.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_the_folder_opens_as_a_table_of_its_incidents(window: LibraryWindow) -> None:
    assert sorted(shown_titles(window)) == ["<b>Disk</b> full", "Cache stampede", "DNS outage"]
    assert window.view.status.text().startswith("3 incidents")
    assert not window.view.progress.isVisible()
    headers = [window.view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(12)]
    assert headers[:3] == ["Title", "Match", "Start"] and "Overdue" in headers and "File" in headers


def test_rows_are_fetched_a_page_at_a_time(window: LibraryWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(incident_model, "PAGE", 2)
    model = window.view.model
    model.refresh()
    assert model.rowCount() == 2 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 3 and not model.canFetchMore(QModelIndex())


def test_sorting_a_column_orders_the_whole_library(window: LibraryWindow) -> None:
    window.view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert shown_titles(window) == ["<b>Disk</b> full", "Cache stampede", "DNS outage"]
    window.view.table.sortByColumn(10, Qt.SortOrder.DescendingOrder)  # overdue action items
    assert shown_titles(window)[0] == "DNS outage"


def test_search_as_you_type_with_a_snippet_marked_by_formats(qtbot, window: LibraryWindow) -> None:
    window.view.search.setText("resolvers")
    qtbot.waitUntil(lambda: shown_titles(window) == ["DNS outage"])
    assert not window.view.table.isColumnHidden(MATCH_COLUMN)
    cell = window.view.model.index(0, MATCH_COLUMN)
    cell.data(SNIPPET_ROLE)  # asked for as the view paints the row; read right after
    qtbot.waitUntil(lambda: cell.data(SNIPPET_ROLE) is not None)
    snippet = cell.data(SNIPPET_ROLE)
    assert [snippet.text[a:b] for a, b in snippet.ranges] == ["Resolvers"]
    from widgets.library.snippet_delegate import match_formats

    (mark,) = match_formats(snippet, QPalette())
    assert (mark.start, mark.length) == (snippet.ranges[0][0], 9)
    assert mark.format.fontWeight() > 400
    window.view.search.setText("service:storage")
    qtbot.waitUntil(lambda: shown_titles(window) == ["<b>Disk</b> full"])
    assert window.view.table.isColumnHidden(MATCH_COLUMN)


def test_a_filter_that_cannot_be_understood_says_so_and_keeps_the_table(qtbot, window: LibraryWindow) -> None:
    window.view.search.setText("severity:SEV9")
    qtbot.waitUntil(lambda: window.view.search_problem.isVisibleTo(window.view))
    assert "not a severity" in window.view.search_problem.text()
    assert len(shown_titles(window)) == 3


def test_document_text_is_shown_as_text_never_markup(window: LibraryWindow) -> None:
    model = window.view.model
    row = shown_titles(window).index("<b>Disk</b> full")
    assert model.index(row, 0).data() == "<b>Disk</b> full"
    assert "&lt;b&gt;Disk&lt;/b&gt;" in model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_the_table_follows_the_folder(qtbot, window: LibraryWindow, folder: Path) -> None:
    write(folder, "a/new.json", incident("Queue backlog"))
    qtbot.waitUntil(lambda: "Queue backlog" in shown_titles(window), timeout=10_000)
    (folder / "disk.json").unlink()
    qtbot.waitUntil(lambda: "<b>Disk</b> full" not in shown_titles(window), timeout=10_000)


def test_opening_an_incident_opens_the_editor_and_a_save_updates_the_library(
    qtbot, window: LibraryWindow, folder: Path
) -> None:
    window.view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    index = window.view.model.index(shown_titles(window).index("Cache stampede"), 0)
    window.view.table.activated.emit(index)
    (editor,) = window.editors.values()
    assert editor.document.path == folder / "a" / "cache.json"
    assert window.open_incident(folder / "a" / "cache.json") is editor  # the same window, brought forward
    editor.document.set_field(("metadata", "title"), "Cache stampede, reviewed")
    reports = []
    window.view.indexed.connect(reports.append)
    assert editor.files.save()
    qtbot.waitUntil(lambda: "Cache stampede, reviewed" in shown_titles(window), timeout=10_000)
    # Only the saved file was looked at (no walk of the folder): nothing else counted as unchanged.
    assert (reports[0].read, reports[0].unchanged) == (1, 0)


def test_several_post_mortems_open_at_once_each_asking_about_its_changes(
    qtbot, window: LibraryWindow, folder: Path
) -> None:
    first = window.open_incident(folder / "a" / "cache.json")
    second = window.open_incident(folder / "b" / "dns.md")
    assert first is not second and len(window.editors) == 2
    second.document.set_field(("metadata", "title"), "Edited")
    asked: list[str] = []

    def cancel(name: str) -> UnsavedChoice:
        asked.append(name)
        return UnsavedChoice.CANCEL

    second.dialogs.ask_unsaved_changes = cancel
    assert not window.close()  # the editor with changes said Cancel: everything stays
    assert asked == ["dns.md"] and window.isVisible() and second.isVisible() and first.isVisible()
    assert len(window.editors) == 2
    second.document.mark_saved()
    gone: list[bool] = []
    second.destroyed.connect(lambda: gone.append(True))  # (a signal blocker on it warns: it outlives its object)
    second.close()
    qtbot.waitUntil(lambda: bool(gone))
    assert list(window.editors) == [(folder / "a" / "cache.json").resolve()]


def test_an_action_item_opens_its_post_mortem_at_that_task(qtbot, window: LibraryWindow, folder: Path) -> None:
    window.view.tabs.setCurrentIndex(2)
    tasks = window.view.tasks
    assert tasks is not None and tasks.model.rowCount() == 2
    tasks.overdue.setChecked(True)
    assert [t.text for t in tasks.shown_tasks()] == ["Add a resolver check"]
    tasks.overdue.setChecked(False)
    tasks.status.setCurrentIndex(3)  # Done
    assert [t.text for t in tasks.shown_tasks()] == ["Write the runbook"]
    tasks.table.activated.emit(tasks.proxy.index(0, 0))
    (editor,) = window.editors.values()
    page = editor.page("measures")
    assert page.tasks.view.currentIndex().row() == 1


def test_action_items_export_to_csv(window: LibraryWindow, tmp_path: Path) -> None:
    window.view.tabs.setCurrentIndex(2)
    window.view.tasks.owner.setText("ada")
    out = tmp_path / "items.csv"
    window.view.tasks.export_csv(out)
    lines = out.read_text().splitlines()
    assert lines[0].startswith("incident,task,owner,due,status,overdue")
    assert lines[1:] == ["DNS outage,Add a resolver check,Ada,2020-01-01,open,yes,https://tracker.example/1,b/dns.md"]


def test_insights_follow_the_search_and_export_png_and_svg(qtbot, window: LibraryWindow, tmp_path: Path) -> None:
    window.view.tabs.setCurrentIndex(1)
    insights = window.view.insights
    assert insights is not None and insights.summary.text() == "3 incidents"
    titles = [panel.view.chart().title() for panel in insights.panels]
    assert titles[0].startswith("Incidents per month") and "Services" in titles[3]
    window.view.search.setText("service:edge")
    qtbot.waitUntil(lambda: insights.summary.text() == "1 incident")
    from widgets.library.charts import save_png, save_svg

    panel = insights.panels[0]
    panel.resize(500, 300)
    assert save_png(panel.view, tmp_path / "c.png") and (tmp_path / "c.png").stat().st_size > 1000
    save_svg(panel.view, tmp_path / "c.svg")
    assert "<svg" in (tmp_path / "c.svg").read_text()


def test_files_that_cannot_be_read_are_counted_and_the_rest_works(qtbot, tmp_path: Path, folder: Path) -> None:
    (folder / "bad.md").write_bytes(b"\x00\x00binary")
    window = open_library(folder, MainWindow)
    qtbot.waitUntil(lambda: window.view.report is not None, timeout=10_000)
    try:
        assert window.view.problems_button.isVisibleTo(window)
        assert window.view.problems_button.text() == "⚠ 1 file could not be read"
        assert len(shown_titles(window)) == 3
    finally:
        window.close()


def test_a_data_folder_that_cannot_be_written_still_opens_the_library(
    qtbot, tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file, not a folder")
    monkeypatch.setenv("POSTMORTEM_EDITOR_DATA_DIR", str(blocked))
    window = open_library(folder, MainWindow)
    qtbot.waitUntil(lambda: window.view.report is not None, timeout=10_000)
    try:
        assert len(shown_titles(window)) == 3
        assert "cannot keep an index" in window.view.status.text()
    finally:
        window.close()


def test_indexing_can_be_cancelled_and_keeps_what_it_did(qtbot, folder: Path, tmp_path: Path) -> None:
    from app.library.library import Library
    from widgets.library.indexing import Indexer

    indexer = Indexer(Library(folder, tmp_path / "data2"))
    indexer.cancel()
    with qtbot.waitSignal(indexer.finished, timeout=10_000) as finished:
        indexer.start()
        indexer.cancel()
    assert finished.args[0].cancelled or finished.args[0].read == 3
    indexer.shutdown()


def test_recent_folders_and_the_editor_s_open_folder_entry(qtbot, window: LibraryWindow, folder: Path) -> None:
    from widgets.library.recent import RecentFolders

    assert RecentFolders().folders()[0] == folder.resolve()
    editor = MainWindow()
    qtbot.addWidget(editor)
    file_menu = editor.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert "Open &Folder…" in texts and "Open Recent F&older" in texts
    assert texts.index("Open &Folder…") == texts.index("&Open…") + 1
    assert open_library(folder, MainWindow) is window  # the same library is brought forward, not opened twice


def test_postmortem_editor_dir_opens_the_library(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    import widgets.application as application
    import widgets.library.window as library_window

    opened: list[tuple[Path, object]] = []
    # None: as if the folder could not be opened, so no event loop starts in the test.
    monkeypatch.setattr(library_window, "open_library", lambda path, factory: opened.append((path, factory)))
    assert application.run_editor(folder) == 1
    assert opened == [(folder, MainWindow)]


def test_a_long_first_index_fills_the_table_as_it_goes(qtbot, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.library import indexer
    from widgets.library import view

    monkeypatch.setattr(indexer, "_BATCH", 1)
    monkeypatch.setattr(view, "FILL_INTERVAL_S", 0.0)
    window = open_library(folder, MainWindow)
    seen: list[int] = []
    window.view.model.modelReset.connect(lambda: seen.append(window.view.model.rowCount()))
    qtbot.waitUntil(lambda: window.view.report is not None, timeout=10_000)
    try:
        assert len(seen) >= 2  # the table was shown before the index was complete, then again at the end
    finally:
        window.close()


def test_a_library_indexed_before_shows_its_incidents_at_once(qtbot, folder: Path) -> None:
    first = open_library(folder, MainWindow)
    qtbot.waitUntil(lambda: first.view.report is not None, timeout=10_000)
    first.close()
    again = open_library(folder, MainWindow)
    assert again is not first  # the closed window is not brought back
    try:
        assert again.view.report is None  # the re-index has not finished...
        assert again.view.model.rowCount() == 3  # ...and the table already shows what the index holds
        qtbot.waitUntil(lambda: again.view.report is not None, timeout=10_000)
    finally:
        again.close()


def test_opening_the_library_reads_the_first_page_of_the_index_once(
    qtbot, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = open_library(folder, MainWindow)
    qtbot.waitUntil(lambda: first.view.report is not None, timeout=10_000)
    first.close()
    reads: list[dict] = []
    original = Library.incidents
    monkeypatch.setattr(Library, "incidents", lambda self, *a, **k: reads.append(k) or original(self, *a, **k))
    again = open_library(folder, MainWindow)
    try:
        assert again.view.model.rowCount() == 3  # newest first, from the index as it is
        assert len(reads) == 1, reads  # one read of 10,000 incidents took 150-300 ms; it was made twice
        qtbot.waitUntil(lambda: again.view.report is not None, timeout=10_000)
    finally:
        again.close()


def test_a_large_post_mortem_opens_in_a_window_that_shows_it_is_being_read(
    qtbot, window: LibraryWindow, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Files over the read-at-once size are read on the editor's runner: the library
    # never waits for them, and the task asked for is shown once the file is in.
    monkeypatch.setattr("widgets.library.window.opens_at_once", lambda _path: False)
    editor = window.open_incident(folder / "b" / "dns.md", task_position=1)
    assert editor is not None and editor.isVisible() and editor.files.is_opening()
    qtbot.waitUntil(lambda: not editor.files.is_opening(), timeout=10_000)
    assert editor.document.path == folder / "b" / "dns.md"
    assert editor.document.model.metadata.title == "DNS outage"
    assert editor.page("measures").tasks.view.currentIndex().row() == 1
    assert window.open_incident(folder / "b" / "dns.md") is editor


def test_a_large_file_that_cannot_be_opened_closes_its_window_after_saying_why(
    qtbot, window: LibraryWindow, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("widgets.library.window.opens_at_once", lambda _path: False)
    broken = folder / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    editor = window.open_incident(broken)
    assert editor is not None
    said: list[str] = []
    editor.dialogs.show_error = lambda _title, message: said.append(message)
    qtbot.waitUntil(lambda: window.editors == {}, timeout=10_000)  # the window closed itself
    assert len(said) == 1 and said[0].startswith("broken.json: ")
