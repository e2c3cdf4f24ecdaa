"""Copying the whole preview and printing a large document: the window keeps answering, and Cancel is at once.

A child editor (offscreen) opens the 10,000-event document (the one ``bench_freezes``
uses) and waits for its preview. Then, with a heartbeat timer ticking every 5 ms (the
longest gap between two ticks is the longest time the window could not answer):

* Select All and Copy in the preview, until the status bar says it was copied
  (the whole document's text and HTML are made in the background);
* Export › PDF, until the file is written;
* Export › PDF again, cancelled after a second: how long until its job ended
  (closing the window waits for that) and whether any file was left.

The reference is the same window left idle as long, in the same run: the longest
gap of a window doing nothing shows what the machine's load alone costs. Each figure
is the median of REPEAT runs. Targets: no block over 100 ms, a cancelled job ended
within 0.2 s (the bound for quitting), and no file left behind.
"""

from __future__ import annotations

import statistics
import tempfile
from pathlib import Path

from bench.common import Reporter, child_figures, editor_environment

ROOT = Path(__file__).resolve().parent.parent
BLOCK_TARGET = 0.100
CANCEL_TARGET = 0.200
REPEAT = 3

CHILD = r"""
import json, sys, time
from pathlib import Path
from app.cli import configure_process, prepare_editor_start
configure_process()
prepare_editor_start()
from PySide6.QtCore import QTimer
from widgets.application import create_application, create_window, resume_collector
from widgets.runner import Runner
app = create_application([])
state = {"last": time.perf_counter(), "worst": 0.0}
def beat():
    now = time.perf_counter()
    state["worst"] = max(state["worst"], now - state["last"])
    state["last"] = now
def restart():
    state["last"], state["worst"] = time.perf_counter(), 0.0
def settle(seconds, until=lambda: False):
    end = time.perf_counter() + seconds
    while time.perf_counter() < end and not until():
        app.processEvents()
        time.sleep(0.002)
window = create_window(Path(sys.argv[1]))
window.resize(1200, 800)
rendered = []
window.preview.rendered.connect(lambda: rendered.append(True))
timer = QTimer()
timer.setInterval(5)
timer.timeout.connect(beat)
timer.start()
window.show()
resume_collector()
from widgets.warm_up import start_warm_up
QTimer.singleShot(0, start_warm_up)
settle(120, lambda: bool(rendered) and not any(r.is_busy() for r in window.findChildren(Runner)))
settle(1.0)
figures = {}
restart()
settle(3.0)
figures["idle"] = state["worst"]
messages = []
window.preview.status_message.connect(messages.append)
restart()
started = time.perf_counter()
window.preview.setFocus()
window.preview.selectAll()
window.preview.copy()
settle(120, lambda: bool(messages))
figures["copy"], figures["copy_seconds"] = state["worst"], time.perf_counter() - started
figures["copied"] = messages[-1] if messages else ""
folder = Path(sys.argv[2])
target = folder / "whole.pdf"
window.dialogs.save_path = lambda *args: target
printing = window.printing
restart()
started = time.perf_counter()
window.export_pdf()
settle(300, lambda: not printing.is_printing())
figures["export"], figures["export_seconds"] = state["worst"], time.perf_counter() - started
figures["exported"] = target.is_file() and target.read_bytes()[:4] == b"%PDF"
cancelled = folder / "cancelled.pdf"
window.dialogs.save_path = lambda *args: cancelled
window.export_pdf()
settle(1.0)
asked = time.perf_counter()
printing.cancel()
settle(30, lambda: not printing.runner.is_busy())
figures["cancel_seconds"] = time.perf_counter() - asked
figures["left"] = sorted(path.name for path in folder.iterdir() if path.name != "whole.pdf")
print(json.dumps(figures), flush=True)
window.document.undo_stack.setClean()
window.close()
"""


def _measure_once(path: Path, folder: Path, env: dict[str, str]) -> dict:
    for leftover in folder.iterdir():
        leftover.unlink()
    return child_figures(CHILD, str(path), str(folder), env=env, timeout=600, failure="the editor failed")


def run(report: Reporter) -> None:
    from app.formats import json_format
    from bench.bench_window import _large_model

    with tempfile.TemporaryDirectory(prefix="bench-copy-print-") as name:
        root = Path(name)
        env = editor_environment(root, root / "data")
        path = root / "10,000 events.json"
        path.write_text(json_format.dumps(_large_model()), encoding="utf-8")
        out = root / "out"
        out.mkdir()
        runs = [_measure_once(path, out, env) for _ in range(REPEAT)]

    def median(key: str) -> float:
        return statistics.median(figures[key] for figures in runs)

    idle = median("idle")
    report.measure("10,000 events, window idle 3 s: longest UI block (reference)", idle)
    report.measure(
        "10,000 events, preview Select All + Copy: longest UI block",
        median("copy"),
        reference_seconds=idle,
        target_seconds=BLOCK_TARGET,
        note=f"copied in {median('copy_seconds'):.1f} s: {runs[-1]['copied']}",
    )
    report.measure(
        "10,000 events, Export › PDF: longest UI block",
        median("export"),
        reference_seconds=idle,
        target_seconds=BLOCK_TARGET,
        note=f"written in {median('export_seconds'):.1f} s"
        + ("" if all(figures["exported"] for figures in runs) else "; NO PDF WRITTEN"),
    )
    left = sorted({name for figures in runs for name in figures["left"]})
    report.measure(
        "10,000 events, Export › PDF cancelled: until its job ended",
        median("cancel_seconds"),
        target_seconds=CANCEL_TARGET,
        note="no file left" if not left else f"LEFT BEHIND: {', '.join(left)}",
    )
