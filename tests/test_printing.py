"""File › Print… and Export › PDF print the HTML export's page, the flowchart included."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument

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

    def recording_print_page(model, printer):
        from PySide6.QtCore import QCoreApplication, QThread

        threads.append(QThread.currentThread() is QCoreApplication.instance().thread())
        print_page(model, printer)

    monkeypatch.setattr(printing, "print_page", recording_print_page)
    window.actions.export_pdf.trigger()  # returns at once: the page is laid out in the background
    assert window.statusBar().currentMessage() == "Exporting long.pdf…"
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Exported long.pdf", timeout=60000)
    assert threads == [False]
    assert target.read_bytes().startswith(b"%PDF")
    assert list(tmp_path.glob(".*.partial")) == []
