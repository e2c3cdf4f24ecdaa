"""The main window: assembles the section list, the form pages, the preview and the actions.

Behaviour lives in the pieces (file controller, pages, preview, autosaver);
this class wires them together and keeps the window's title, status bar and
saved geometry. The actions reach it only as their ``ActionHost``
(``widgets.actions``), the section list reaches pages only as
``SectionPage``s, and the warnings it shows come from the document's
``Findings`` (``widgets.findings``), after the same debounce every view uses.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QResizeEvent, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QWidget

import app
from app.encoding_repair import find_mojibake
from app.formats.files import OPENABLE_SUFFIXES
from widgets.actions import build_actions, install_menus, install_toolbar
from widgets.dialogs import Dialogs
from widgets.document import Document
from widgets.file_controller import FileController
from widgets.findings import Findings
from widgets.library.menu import install as install_library_menu
from widgets.navigation import SectionNavigator
from widgets.notice_bar import NoticeBar
from widgets.opening_status import OpeningStatus
from widgets.page_stack import PageStack
from widgets.panes.page import summarize
from widgets.preview import PreviewPane
from widgets.qt_guard import never_raises
from widgets.recovery import Autosaver, RecoveryStore
from widgets.runner import shut_down_runners
from widgets.safe_text import escaped
from widgets.section_pages import PREVIEW_HEADINGS, section_pages
from widgets.settings import Settings
from widgets.text_repair import misdecoded_problems, repair_text_encoding

if TYPE_CHECKING:
    from app.undated_days import UndatedLeadsSeen
    from app.validation import Problem
    from widgets.flowchart.export_actions import ChartExporter
    from widgets.printing import Printing

APP_NAME = "Postmortem Editor"


class MainWindow(QMainWindow):
    def __init__(
        self,
        document: Document | None = None,
        *,
        settings: Settings | None = None,
        recovery_store: RecoveryStore | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.document = document if document is not None else Document()
        if self.document.parent() is None:
            self.document.setParent(self)  # The window owns its document: they go together.
        self.settings = settings if settings is not None else Settings()
        self.dialogs = Dialogs(self)
        self.recovery_store = recovery_store if recovery_store is not None else RecoveryStore()
        self.autosaver = Autosaver(self.document, self.recovery_store, parent=self)
        self.files = FileController(self.document, self.dialogs, self.settings, self.autosaver, self)
        self._printing: Printing | None = None  # created when first used: start-up does not pay for its Qt types
        self.chart_exporter: ChartExporter | None = None  # created when the Export menu first opens

        self.stack = PageStack()
        self.sections = SectionNavigator(section_pages(self.document), self.stack)
        self.sections.setMinimumWidth(190)  # the longest title fits; the pages need the room more
        self.preview = PreviewPane(self.document)
        self.preview.setMinimumWidth(210)
        self.preview.status_message.connect(lambda text: self.statusBar().showMessage(text, 4000))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        for widget in (self.sections, self.stack, self.preview):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([250, 640, 470])
        self._splitter_restored = False  # set by _restore_geometry
        self.setCentralWidget(self.splitter)
        self.notices = NoticeBar(self)  # what opening a file found: the import's guesses, text to repair
        self.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, self.notices)

        self.actions = build_actions(self, self)
        install_menus(self, self, self.actions)
        install_library_menu(self, after=self.actions.open)
        self.toolbar = install_toolbar(self, self.actions)
        # While a file is read: busy cursor, "Opening NAME…" and Cancel, no second open.
        open_actions = [self.actions.open, self.actions.recent_menu.menuAction()]
        self.opening_status = OpeningStatus(self, self.files, open_actions)
        self._warnings_label = QLabel()
        self._warnings_label.setAccessibleName("Validation warnings")
        self.statusBar().addPermanentWidget(self._warnings_label)
        self.files.status_message.connect(lambda text: self.statusBar().showMessage(text, 4000))
        self.files.opened.connect(self._show_what_opening_found)
        self.document.document_reset.connect(self.notices.dismiss)  # they were about the previous file
        self.autosaver.unavailable.connect(lambda text: self.dialogs.show_warning("Recovery Unavailable", text))

        # Problems, figures and the glance: computed once per change, shown once per debounce.
        self.findings = Findings.of(self.document)
        self._problems_shown: list[Problem] | None = None  # the list the views show (``refresh_warnings``)
        self._any_misdecoded = False
        self._undated_leads: UndatedLeadsSeen | None = None  # made when the Edit menu first opens
        self.findings.updated.connect(self.refresh_warnings)
        self.document.undo_stack.cleanChanged.connect(self._update_title)
        self.document.path_changed.connect(self._update_title)

        self.sections.currentRowChanged.connect(self._follow_in_preview)
        self.stack.currentChanged.connect(lambda _index: self.give_page_room())

        self.setAcceptDrops(True)
        self.setWindowIcon(self.windowIcon())
        self.resize(1320, 820)
        self._restore_geometry()
        self.notices.dismiss()  # the saved state may show it: its notes were about a file opened then
        self._update_title()
        self.findings.schedule()  # the first check after the window is on screen

    # ----------------------------------------------------------------- assembly

    # ----------------------------------------------------------------- what the actions act on (ActionHost)

    @property
    def undo_stack(self) -> QUndoStack:
        return self.document.undo_stack

    def section_titles(self) -> list[tuple[str, str]]:
        return self.sections.titles()

    def chart_export_actions(self) -> list[QAction]:
        if self.chart_exporter is None:
            from widgets.flowchart.export_actions import ChartExporter

            exporter = ChartExporter(self.document, self.dialogs, self)
            exporter.exported.connect(self._chart_exported)
            self.chart_exporter = exporter
        return self.chart_exporter.actions()

    def _chart_exported(self, path: Path) -> None:
        self.statusBar().showMessage(f"Exported {path.name}", 4000)

    def page(self, key: str) -> QWidget:
        """The form page of a section (built on demand); tests and navigation use it."""
        return self.sections.page(key)

    # ----------------------------------------------------------------- state shown

    def _update_title(self, *_args: object) -> None:
        self.setWindowTitle(f"{self.files.display_name()}[*] — {APP_NAME}")
        self.setWindowModified(self.document.is_modified())
        path = self.document.path
        self.setWindowFilePath(str(path) if path else "")

    def refresh_warnings(self) -> None:
        """Show the document's problems on the status bar, the section list and the pages."""
        problems = self.findings.problems()
        # The very list shown last time (nothing the edits reached has a new problem): the views
        # keep showing it; regrouping 10,000 events' problems after every burst of typing took 40-200 ms.
        if problems is not self._problems_shown:
            self._problems_shown = problems
            self.sections.show_problems(problems)
            count = len(problems)
            self._warnings_label.setText(f"⚠ {count:,} warning{'s' if count != 1 else ''}" if count else "No warnings")
            self._warnings_label.setToolTip(summarize(problems))
            self._any_misdecoded = bool(misdecoded_problems(problems))
        misdecoded = self._any_misdecoded
        self.actions.repair_encoding.setEnabled(misdecoded)
        if not misdecoded:
            self.notices.withdraw_repair()

    def _show_what_opening_found(self, name: str, notes: list[str]) -> None:
        if notes:
            self.notices.show_notes(name, notes)
        found = find_mojibake(self.document.model)
        if found:
            count = f"{len(found)} field{'s' if len(found) != 1 else ''}"
            first = found[0]
            example = f' ("{first.example}" should probably be "{first.repaired_example}")' if first.example else ""
            self.notices.offer_repair(f"Text in {count} looks mis-decoded{example}.", self.actions.repair_encoding)
            self.actions.repair_encoding.setEnabled(True)

    def repair_text_encoding(self) -> None:
        """Edit › Repair Text Encoding: every mis-decoded field in one undo step."""
        count = repair_text_encoding(self.document)
        if count:
            self.statusBar().showMessage(
                f"Repaired the text encoding of {count} field{'s' if count != 1 else ''}", 4000
            )
        else:
            self.statusBar().showMessage("No text looks mis-decoded", 4000)
        self.findings.settle()  # the warnings, the menu item and the notice follow at once

    def _follow_in_preview(self, row: int) -> None:
        """Show the chosen section's part of the preview, as the export names it."""
        if not 0 <= row < len(self.sections.keys):
            return
        key = self.sections.keys[row]
        if key == "sections":
            extra = self.document.model.extra_sections
            heading = extra[0].heading if extra else None
        else:
            heading = PREVIEW_HEADINGS.get(key)
        self.preview.scroll_to_heading(heading)

    def go_to_section(self, key: str) -> None:
        """Show a section and put the keyboard focus on its first field."""
        page = self.sections.show_section(key)
        page.setFocus(Qt.FocusReason.ShortcutFocusReason)
        page.focusNextChild()

    def find_event(self) -> None:
        """Show the timeline with the keyboard in its search field."""
        from widgets.panes.timeline_page import TimelinePage

        page = self.sections.show_section("timeline")
        if isinstance(page, TimelinePage):
            page.focus_search()

    def update_give_times_a_day(self) -> None:
        """Enable Edit › Give Times a Day… while undated events start with a clock (as the Edit menu opens)."""
        if self._undated_leads is None:
            # Reading times is loaded here, not at start: the window shows none until a page asks.
            from app.undated_days import UndatedLeadsSeen

            self._undated_leads = UndatedLeadsSeen()
        timeline = self.document.part_revision("timeline")
        self.actions.give_times_a_day.setEnabled(self._undated_leads.present(timeline, self.document.model.timeline))

    def give_times_a_day(self) -> None:
        """Edit › Give Times a Day…: the Timeline page's action, with the page shown behind its question."""
        from widgets.panes.timeline_page import TimelinePage

        page = self.sections.show_section("timeline")
        if isinstance(page, TimelinePage):
            page.pane.timeline_actions.update_enabled()
            page.pane.timeline_actions.give_day.trigger()

    def set_preview_visible(self, visible: bool) -> None:
        self.preview.setVisible(visible)

    def _export_folder(self) -> Path:
        path = self.document.path
        return path.parent if path else (self.settings.last_folder or Path.home())

    @property
    def printing(self) -> Printing:
        """File › Print… and Export › PDF for this window's document."""
        if self._printing is None:
            from widgets.printing import Printing

            printing = Printing(self.document, self.dialogs, self._export_folder, self)
            printing.status_message.connect(lambda text: self.statusBar().showMessage(text, 4000))
            self._printing = printing
        return self._printing

    def print_document(self) -> None:
        self.printing.print_document()

    def export_pdf(self) -> None:
        self.printing.export_pdf()

    def show_help_page(self, title: str, html: str) -> None:
        self.dialogs.show_text_page(title, html)

    def show_about(self) -> None:
        renderer = ""
        try:
            from app.flowchart.render import describe_renderer

            renderer = f"<p>Flowchart renderer: {escaped(describe_renderer())}</p>"
        except Exception:  # Renderer info is a courtesy; About must open regardless.
            renderer = ""
        self.dialogs.show_about(
            f"About {APP_NAME}",
            f"<h3>{APP_NAME} {app.__version__}</h3>"
            "<p>A desktop editor for incident post-mortems: every section in forms, "
            "a hand-ordered timeline, an investigation flowchart, and a live preview.</p>"
            f"{renderer}",
        )

    # ----------------------------------------------------------------- window events

    @never_raises()
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().isValid() or not self._splitter_restored:
            self.give_page_room()

    def give_page_room(self) -> None:
        """Widen the page to its content, taking room from the preview, then the section list.

        Only a preference: the window may still be made narrower (the page then scrolls
        sideways), but at 900 px a form never hides its right edge while the preview is wide.
        """
        sizes = self.splitter.sizes()
        need = self.stack.content_width() - sizes[1]
        if need <= 0 or len(sizes) != 3:
            return
        least = {0: self.sections.minimumWidth(), 2: self.preview.minimumWidth() if self.preview.isVisible() else 0}
        for donor in (2, 0):
            given = max(0, min(need, sizes[donor] - least[donor]))
            sizes[donor] -= given
            sizes[1] += given
            need -= given
        self.splitter.setSizes(sizes)

    @never_raises()
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.autosaver.close()
        self._save_geometry()
        shut_down_runners(self)  # the preview, the chart, pictures, exports: none outlives the window
        event.accept()

    @never_raises()
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    @never_raises()
    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        # Open after the drop returns: a modal question inside a drop handler blocks the drag source.
        QTimer.singleShot(0, lambda: self.files.open_path(path))

    def _restore_geometry(self) -> None:
        if (geometry := self.settings.geometry) is not None:
            self.restoreGeometry(geometry)
        if (state := self.settings.window_state) is not None:
            self.restoreState(state)
        # The user's own layout of the three panes stands as saved when the window first shows.
        if (splitter := self.settings.splitter_state) is not None:
            self._splitter_restored = self.splitter.restoreState(splitter)

    def _save_geometry(self) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.splitter_state = self.splitter.saveState()
        self.settings.sync()


def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    mime = event.mimeData()
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in OPENABLE_SUFFIXES:
                return path
    return None
