"""File › Print… and Export › PDF print the HTML export's page, the flowchart included."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QPainter, QTextDocument
from PySide6.QtWidgets import QPushButton

from app.flowchart.render import available_renderers
from tests.test_window_fixtures import Answers, make_window, sample_document
from widgets.printing import CHART_NAME, printable_document


def menu_texts(menu) -> list[str]:
    return [action.text().replace("&", "") for action in menu.actions() if action.text()]


def test_file_has_print_and_export_has_pdf(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, sample_document())
    file_menu = window.menuBar().actions()[0].menu()
    assert "Print…" in menu_texts(file_menu)
    assert "PDF…" in menu_texts(window.actions.export_menu)


@pytest.mark.skipif(not available_renderers(), reason="no Graphviz renderer")
def test_the_printed_page_is_the_html_export_with_the_chart_drawn_in():
    document = printable_document(sample_document())
    text = document.toPlainText()
    for heading in ("Issue Summary", "Timeline", "Root Cause and Resolution", "Humor Element"):
        assert heading in text
    chart = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_NAME))
    assert isinstance(chart, QImage) and not chart.isNull()
    assert f'src="{CHART_NAME}"' in document.toHtml()


def test_export_pdf_writes_a_pdf_and_says_so(qtbot, tmp_path, monkeypatch):
    window = make_window(qtbot, tmp_path, sample_document())
    target = tmp_path / "outage.pdf"
    answers = Answers(window, monkeypatch, save_path=target)
    window.actions.export_pdf.trigger()
    assert answers.count("save_path") == 1
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5000
    assert list(tmp_path.glob(".*.partial")) == []
    assert window.statusBar().currentMessage() == "Exported outage.pdf"
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "40", str(target), str(tmp_path / "page")], check=True)
        assert sorted(tmp_path.glob("page*.png")), "pdftoppm turned no page into a picture"


def test_print_asks_the_platform_dialog_then_prints(qtbot, tmp_path, monkeypatch):
    window = make_window(qtbot, tmp_path, sample_document())
    target = tmp_path / "printed.pdf"
    asked = []

    def ask_print(printer):
        asked.append(printer.docName())
        from PySide6.QtPrintSupport import QPrinter

        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # what choosing "Print to File" does
        printer.setOutputFileName(str(target))
        return True

    monkeypatch.setattr(window.dialogs, "ask_print", ask_print)
    window.actions.print.trigger()
    assert asked == ["Status Page DNS Outage Post-Mortem"]
    assert target.read_bytes().startswith(b"%PDF")
    monkeypatch.setattr(window.dialogs, "ask_print", lambda printer: False)
    target.unlink()
    window.actions.print.trigger()
    assert not target.exists()


def test_a_large_document_is_laid_out_and_exported_off_the_ui_thread(qtbot, tmp_path, monkeypatch):
    from tests.test_window_fixtures import large_document
    from widgets import printing

    window = make_window(qtbot, tmp_path, large_document(printing.LARGE_ITEMS + 50))
    target = tmp_path / "long.pdf"
    Answers(window, monkeypatch, save_path=target)
    threads: list[bool] = []
    print_page = printing.print_page

    def recording_print_page(model, printer, into=None):
        from PySide6.QtCore import QCoreApplication, QThread

        threads.append(QThread.currentThread() is QCoreApplication.instance().thread())
        print_page(model, printer, into)

    monkeypatch.setattr(printing, "print_page", recording_print_page)
    window.actions.export_pdf.trigger()  # returns at once: the page is laid out in the background
    assert window.statusBar().currentMessage() == "Exporting long.pdf…"
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Exported long.pdf", timeout=60000)
    assert threads == [False]
    assert target.read_bytes().startswith(b"%PDF")
    assert list(tmp_path.glob(".*.partial")) == []


# ----------------------------------------------------------------- progress and Cancel for a large document


def _hold_at(monkeypatch, stage: str) -> list[str]:
    """Make the background print wait at its first step of ``stage`` until it is cancelled (or 30 s pass).

    Returns the stages reported so far, as the job saw them.
    """
    from widgets import print_steps

    seen: list[str] = []
    report = print_steps.Steps.progress

    def progress(self, stage_now, done, total, text, *, force=False):
        report(self, stage_now, done, total, text, force=True)  # reported first: seen means sent to the window
        seen.append(stage_now)
        if stage_now == stage and self.cancel_event is not None:
            self.cancel_event.wait(30)

    monkeypatch.setattr(print_steps.Steps, "progress", progress)
    return seen


def _click_cancel(qtbot, dialog) -> None:
    from PySide6.QtCore import Qt

    (button,) = [button for button in dialog.findChildren(QPushButton) if button.isVisible()]
    assert button.text() == "Cancel"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _large_window(qtbot, tmp_path):
    from tests.test_window_fixtures import large_document
    from widgets import printing

    return make_window(qtbot, tmp_path, large_document(printing.LARGE_ITEMS + 50))


@pytest.mark.parametrize("stage", ["convert", "layout", "print"])
def test_exporting_a_large_pdf_shows_progress_and_cancel_leaves_no_file(qtbot, tmp_path, monkeypatch, stage):
    window = _large_window(qtbot, tmp_path)
    target = tmp_path / "long.pdf"
    Answers(window, monkeypatch, save_path=target)
    _hold_at(monkeypatch, stage)
    window.actions.export_pdf.trigger()
    printing = window.printing
    dialog = printing.progress
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "Export PDF"
    qtbot.waitUntil(lambda: printing.progress is not None and printing.progress.value() > 0, timeout=30000)
    assert printing.progress.labelText() != "Exporting long.pdf…"  # it says what it is doing
    _click_cancel(qtbot, printing.progress)
    assert printing.progress is None and not dialog.isVisible()
    assert window.statusBar().currentMessage() == "Export cancelled"
    qtbot.waitUntil(lambda: not printing.runner.is_busy(), timeout=10000)  # the job stopped: nothing hangs
    assert not target.exists()
    assert list(tmp_path.glob(".*.partial")) == []
    # Another export afterwards goes through as usual.
    monkeypatch.undo()
    Answers(window, monkeypatch, save_path=target)
    window.actions.export_pdf.trigger()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Exported long.pdf", timeout=60000)
    assert target.read_bytes().startswith(b"%PDF")


def test_print_to_file_of_a_large_document_is_written_whole_or_not_at_all(qtbot, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    window = _large_window(qtbot, tmp_path)
    target = tmp_path / "printed.pdf"

    def ask_print(printer):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # what choosing "Print to File" does
        printer.setOutputFileName(str(target))
        return True

    monkeypatch.setattr(window.dialogs, "ask_print", ask_print)
    _hold_at(monkeypatch, "print")
    window.actions.print.trigger()
    printing = window.printing
    assert printing.progress is not None and printing.progress.windowTitle() == "Printing"
    # The print stage's own report, delivered (the stages before it say "page" too).
    qtbot.waitUntil(
        lambda: printing.progress is not None and "Printing page" in printing.progress.labelText(), timeout=60000
    )
    assert not target.exists()  # the pages go beside it until the last is printed
    _click_cancel(qtbot, printing.progress)
    qtbot.waitUntil(lambda: not printing.runner.is_busy(), timeout=10000)
    assert not target.exists() and list(tmp_path.glob(".*.partial")) == []
    assert window.statusBar().currentMessage() == "Printing cancelled"


def test_the_pages_sent_to_a_printer_offer_no_cancel_that_would_send_half_of_them(qtbot, tmp_path, monkeypatch):
    from tests.test_window_fixtures import large_document
    from widgets import printing

    window = make_window(qtbot, tmp_path, sample_document())
    target = tmp_path / "stands-for-a-printer.pdf"
    seen = _hold_at(monkeypatch, "print")
    job = printing.PrintJob(large_document(printing.LARGE_ITEMS + 50), printing.pdf_printer(target))  # no partial
    window.printing._start(job, "Printing…", "Printing")
    dialog = window.printing.progress
    qtbot.waitUntil(lambda: "print" in seen, timeout=60000)
    qtbot.waitUntil(lambda: "Printing page" in dialog.labelText(), timeout=10000)  # the print stage's own report
    assert not [button for button in dialog.findChildren(QPushButton) if button.isVisible()]
    dialog.canceled.emit()  # Esc or the title bar's close: ignored now
    assert window.printing.is_printing()
    window.printing.runner.cancel(window.printing._job_key)  # let the held job go (as closing the window does)
    qtbot.waitUntil(lambda: not window.printing.runner.is_busy(), timeout=10000)


def test_closing_the_window_while_exporting_stops_at_once_and_leaves_no_file(qtbot, tmp_path, monkeypatch):
    window = _large_window(qtbot, tmp_path)
    target = tmp_path / "long.pdf"
    Answers(window, monkeypatch, save_path=target)
    seen = _hold_at(monkeypatch, "layout")
    window.actions.export_pdf.trigger()
    runner = window.printing.runner
    qtbot.waitUntil(lambda: "layout" in seen, timeout=60000)
    from widgets.runner import shut_down_runners

    assert shut_down_runners(window)  # what closing the window does: every job ended within its short wait
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=10000)
    assert not target.exists() and list(tmp_path.glob(".*.partial")) == []


def test_the_page_is_made_in_steps_that_can_stop_it():
    from PySide6.QtCore import QSizeF

    from app.formats.markdown_export import to_markdown
    from tests.test_window_fixtures import large_document
    from widgets import print_steps
    from widgets.preview_render import pieces

    model = large_document(600)
    checks: list[int] = []
    document = print_steps.printable_document(model, QSizeF(500, 700), print_steps.Steps(lambda: checks.append(1)))
    parts = len(pieces(to_markdown(model)))
    assert len(checks) >= 2 * parts + document.blockCount() // print_steps.LAYOUT_STEP_BLOCKS
    assert "Event number 599" in document.toPlainText()

    def stop() -> None:
        if len(checks) > 40:
            raise RuntimeError("stopped")
        checks.append(1)

    checks.clear()
    with pytest.raises(RuntimeError):
        print_steps.printable_document(model, QSizeF(500, 700), print_steps.Steps(stop))


def test_a_page_is_not_stretched_on_the_paper(tmp_path, monkeypatch):
    from PySide6.QtGui import QPageLayout

    from widgets import print_steps, printing

    printer = printing.pdf_printer(tmp_path / "page.pdf")
    sizes = []
    real = print_steps.print_pages

    def recording(document, printer_, steps=None):
        sizes.append(document.pageSize())
        return real(document, printer_, steps)

    monkeypatch.setattr(printing, "print_pages", recording)
    printing.print_page(sample_document(), printer)
    area = printer.pageLayout().paintRect(QPageLayout.Unit.Point)
    assert sizes and abs(sizes[0].height() / sizes[0].width() - area.height() / area.width()) < 0.001


@pytest.mark.skipif(not available_renderers(), reason="no Graphviz renderer")
def test_the_chart_is_printed_on_white_at_print_resolution_not_at_its_drawn_size():
    # Drawn as rendered (2,043 x 1,327 pixels with alpha), its PDF page took 630 ms in one call that froze the window.
    from PySide6.QtCore import QSizeF

    from widgets import print_steps

    document = print_steps.printable_document(sample_document(), QSizeF(510, 757))
    chart = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_NAME))
    assert isinstance(chart, QImage) and not chart.hasAlphaChannel()
    assert chart.width() <= round(510 / 72 * print_steps.PRINT_CHART_DPI)
    assert chart.pixel(0, 0) == 0xFFFFFFFF  # paper, not black where the picture was transparent


def test_a_second_print_while_one_runs_is_refused_with_a_word(qtbot, tmp_path, monkeypatch):
    window = _large_window(qtbot, tmp_path)
    answers = Answers(window, monkeypatch, save_path=tmp_path / "long.pdf")
    seen = _hold_at(monkeypatch, "convert")
    window.actions.export_pdf.trigger()
    qtbot.waitUntil(lambda: "convert" in seen, timeout=30000)
    window.actions.export_pdf.trigger()
    assert answers.count("save_path") == 1  # not even asked where
    assert window.statusBar().currentMessage() == "Already printing: wait for it, or cancel it"
    _click_cancel(qtbot, window.printing.progress)
    qtbot.waitUntil(lambda: not window.printing.runner.is_busy(), timeout=10000)


def _printed_chart_widths(document: QTextDocument) -> list[float]:
    widths = []
    block = document.begin()
    while block.isValid():
        for fragment_range in block.textFormats():
            fmt = fragment_range.format
            if fmt.isImageFormat() and fmt.toImageFormat().name() == CHART_NAME:
                widths.append(fmt.toImageFormat().width())
        block = block.next()
    return widths


@pytest.mark.skipif(not available_renderers(), reason="no Graphviz renderer")
def test_the_chart_is_sized_to_the_column_even_when_later_text_names_its_file(qtbot):
    from PySide6.QtCore import QSizeF

    from app.model import ExtraSection
    from widgets import print_steps

    model = sample_document()
    filler = "\n\n".join(f"Paragraph {number} of an appendix, long enough to fill a piece." for number in range(300))
    # After the Humor Element's picture, in a later piece of the page: a mention of the picture's file.
    body = f"{filler}\n\nThe picture is saved as {CHART_NAME} beside the page."
    model.extra_sections.append(ExtraSection(heading="Appendix", body=body))
    document = print_steps.printable_document(model, QSizeF(510, 757))
    widths = _printed_chart_widths(document)
    assert widths and 0 < widths[0] <= 510


def test_a_cancel_after_the_printer_is_opened_is_refused_and_the_pages_go_out_whole(qtbot, tmp_path, monkeypatch):
    # The window hears of the print stage a moment after the worker opened the printer: a Cancel in that
    # moment used to end the painter early, and a printer is sent whatever was painted when it ends.
    import threading

    from tests.test_window_fixtures import large_document
    from widgets import print_steps, printing

    window = make_window(qtbot, tmp_path, sample_document())
    target = tmp_path / "stands-for-a-printer.pdf"
    opened, release = threading.Event(), threading.Event()

    class HeldPainter(QPainter):
        def begin(self, device):
            began = super().begin(device)
            opened.set()
            release.wait(30)
            return began

    monkeypatch.setattr(print_steps, "QPainter", HeldPainter)
    model = large_document(printing.LARGE_ITEMS + 50)
    job = printing.PrintJob(model, printing.pdf_printer(target))  # no partial
    window.printing._start(job, "Printing…", "Printing")
    qtbot.waitUntil(opened.is_set, timeout=60000)
    _click_cancel(qtbot, window.printing.progress)  # clicked before the window heard of the print stage
    release.set()
    assert window.printing.is_printing()
    assert window.printing.progress.isVisible()  # the dialog still follows the printing
    assert "can no longer be cancelled" in window.statusBar().currentMessage()
    assert not [button for button in window.printing.progress.findChildren(QPushButton) if button.isVisible()]
    qtbot.waitUntil(lambda: not window.printing.is_printing(), timeout=60000)
    assert window.statusBar().currentMessage() == "Sent to the printer"
    monkeypatch.undo()
    whole = tmp_path / "printed-without-a-cancel.pdf"
    printing.print_page(model, printing.pdf_printer(whole))
    assert _pdf_pages(target) == _pdf_pages(whole) > 1  # every page, not the one the painter had begun


def _pdf_pages(path) -> int:
    import re

    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", path.read_bytes()))


def test_a_cancel_before_the_printer_is_opened_sends_nothing(qtbot, tmp_path):
    from tests.test_window_fixtures import large_document
    from widgets import print_steps, printing
    from widgets.runner import JobCancelledError

    target = tmp_path / "stands-for-a-printer.pdf"
    model = large_document(printing.LARGE_ITEMS + 50)
    printer = printing.pdf_printer(target)
    gate = print_steps.SendingGate()
    assert gate.cancel()
    document = printing.printable_document(model)
    with pytest.raises(JobCancelledError):
        print_steps.print_pages(document, printer, print_steps.Steps(gate=gate))
    assert not target.exists()  # the printer was never opened
    assert not gate.commit()


def test_a_background_print_makes_and_deletes_its_text_document_on_the_ui_thread(qtbot, tmp_path, monkeypatch):
    """A worker making a text document's layout (a connection, under Qt's lock, with Python's held) deadlocked
    against the UI thread ending a connection to Python code: the worker only fills and empties the page."""
    import threading

    from widgets import print_steps

    made_on: list[str] = []
    deleted_on: list[str] = []

    class RecordingDocument(print_steps.QTextDocument):
        def __init__(self, *args):
            super().__init__(*args)
            made_on.append(threading.current_thread().name)

        def __del__(self):  # let go of in Python for the last time: its Qt side is deleted by this thread
            deleted_on.append(threading.current_thread().name)

    monkeypatch.setattr(print_steps, "QTextDocument", RecordingDocument)
    window = _large_window(qtbot, tmp_path)
    target = tmp_path / "long.pdf"
    Answers(window, monkeypatch, save_path=target)
    window.actions.export_pdf.trigger()
    qtbot.waitUntil(lambda: not window.printing.is_printing(), timeout=120000)
    assert target.read_bytes().startswith(b"%PDF")
    qtbot.waitUntil(lambda: len(deleted_on) == len(made_on), timeout=5000)  # deleted once the UI thread runs
    ui_thread = threading.current_thread().name
    assert made_on == [ui_thread]
    assert deleted_on == [ui_thread]
