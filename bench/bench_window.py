"""The editor window: start-up, the preview of a large document, quitting while it loads, typing.

Start-up is timed from process launch to the moment the child process reports
its window shown (it exits right after), against a bare PySide6 QMainWindow
with one label started the same way in the same run, interleaved so both see
the same machine load. The large document's start-up is timed to its preview
on screen (the first screen of it: the rest follows in the background), with
an absolute target, since that is what its reader waits for; and quitting is
timed from the moment the window is asked to close while the preview is being
built to the process's exit.

The targets against a bare window were once 1.5x for a small document and 3x
for 10,000 events: building the pydantic model alone costs 2x a bare window,
so those could never be met. The editor with a small document is now held to
2.5x a bare window.

The ratio of the editor to the bare window is taken from its own runs, ABAB then
BABA (neither always runs first, nor always just after the large document's
children, whose exit and freed memory the next start could pay for), over
``RATIO_REPEAT`` pairs: with 7 runs each, interleaved with the large document,
the bare window's median moved from 130 to 161 ms between two runs of a quiet
machine (the editor's from 341 to 353 ms) and the ratio from 2.63x to 2.20x.
It measures what it did: time from launch to the window shown, medians of each.
Twelve pairs still gave 2.20x to 3.07x on a busy machine (other sessions' load
comes and goes within a run); the measure now takes ``RATIO_REPEAT`` = 24 pairs,
the same two programs timed the same way, and its note gives the median and
middle half of the pairs' own ratios (each pair's two runs are back to back,
so a change of load between pairs does not move them), to show how settled
the figure is.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.common import Reporter, editor_environment, quiet_qt_noise, without_qt_noise

ROOT = Path(__file__).resolve().parent.parent
EVENTS = 10_000
START_REPEAT = 7
RATIO_REPEAT = 24
"""Pairs of (bare window, editor with a small document) runs: short runs, the measure the most sensitive to load."""
KEYSTROKES = 40
BURSTS = 9

BARE_WINDOW = """
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.show()
app.processEvents()
print("shown", flush=True)
"""

# The steps of ``postmortem-editor FILE`` (app.cli.main, then widgets.application.run_editor) up to the event loop.
EDITOR_WINDOW = """
import sys
from pathlib import Path
from app.cli import configure_process, prepare_editor_start
configure_process()
prepare_editor_start()
from widgets.application import create_application, show_editor
app = create_application([])
window = show_editor(Path(sys.argv[1]))
app.processEvents()
assert window.document.path is not None, "the document did not open"
print("shown", flush=True)
"""

# As EDITOR_WINDOW, up to the preview's first screen (or the whole) on screen.
EDITOR_PREVIEW = EDITOR_WINDOW.replace(
    'print("shown", flush=True)',
    """shown = []
window.preview.first_screen_shown.connect(lambda: shown.append(1))
window.preview.rendered.connect(lambda: shown.append(1))
while not shown:
    app.processEvents()
print("shown", flush=True)""",
)

# Open the large document, wait until its preview is being built, then quit as the user would.
EDITOR_QUIT = EDITOR_PREVIEW.replace(
    'print("shown", flush=True)',
    """import time
end = time.perf_counter() + 0.3
while time.perf_counter() < end:
    app.processEvents()
assert window.preview.runner.is_busy(), "the preview should still be building the rest"
print("quitting", flush=True)
window.close()
app.quit()""",
)


def _sample_model():
    from app.model import (
        EventKind,
        ExtraSection,
        IssueSummary,
        Measures,
        Metadata,
        PostMortem,
        Task,
        TimelineEvent,
    )

    example = ROOT / "resources" / "examples" / "dns-outage.json"
    if example.is_file():
        from app.formats import files

        return files.load(example)
    start = datetime(2025, 3, 3, 11, 5, tzinfo=UTC)
    return PostMortem(
        metadata=Metadata(title="Status Page DNS Outage Post-Mortem", authors=["Dana Ito"]),
        introduction="This document is the post-mortem of the DNS outage.",
        summary=IssueSummary(start=start, end=start + timedelta(minutes=102), impact="62% of visitors."),
        timeline=[TimelineEvent(kind=EventKind.DETECTION, time=start, text="Checks failed.")],
        measures=Measures(improvements=["Monitor the apex"], tasks=[Task(text="Add a check", owner="Dana")]),
        extra_sections=[ExtraSection(heading="Lessons Learned", body="Zones are data.")],
    )


def _large_model():
    from app.model import EventKind, TimelineEvent

    model = _sample_model()
    start = model.summary.start or datetime(2025, 3, 3, 11, 5, tzinfo=UTC)
    kinds = list(EventKind)
    model.timeline = [
        TimelineEvent(
            kind=kinds[row % len(kinds)],
            time=start + timedelta(seconds=row * 17),
            text=f"Event {row}: checked the load balancers and web servers, which were healthy.",
        )
        for row in range(EVENTS)
    ]
    return model


def _time_to_shown(code: str, *args: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    _, errors = child.communicate(timeout=60)
    if line.strip() != b"shown" or child.returncode != 0:
        detail = without_qt_noise(errors.decode("utf-8", "replace")).strip().splitlines()
        raise RuntimeError(f"window start failed: {detail[-1] if detail else child.returncode}")
    return elapsed


def _time_to_exit(code: str, *args: str, env: dict[str, str]) -> float:
    """Seconds from the child's "quitting" line to its exit."""
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    start = time.perf_counter()
    child.wait(timeout=60)
    elapsed = time.perf_counter() - start
    _, errors = child.communicate(timeout=60)
    if line.strip() != b"quitting" or child.returncode != 0:
        detail = without_qt_noise(errors.decode("utf-8", "replace")).strip().splitlines()
        raise RuntimeError(f"quitting failed: {detail[-1] if detail else child.returncode}")
    return elapsed


def run(report: Reporter) -> None:
    from app.formats import json_format

    with tempfile.TemporaryDirectory(prefix="bench-window-") as folder:
        small = Path(folder) / "small.json"
        large = Path(folder) / "large.json"
        small.write_text(json_format.dumps(_sample_model()), encoding="utf-8")
        large.write_text(json_format.dumps(_large_model()), encoding="utf-8")
        env = editor_environment(folder, folder)
        # Untimed: writes the bytecode caches and warms the disk cache for both programs alike.
        _time_to_shown(BARE_WINDOW, env=env)
        _time_to_shown(EDITOR_WINDOW, str(small), env=env)
        bare_times, small_times, large_times, quit_times = [], [], [], []
        for turn in range(RATIO_REPEAT):  # interleaved, each first in turn: both see the same machine load
            pair = [
                lambda: bare_times.append(_time_to_shown(BARE_WINDOW, env=env)),
                lambda: small_times.append(_time_to_shown(EDITOR_WINDOW, str(small), env=env)),
            ]
            for run_one in pair if turn % 2 == 0 else reversed(pair):
                run_one()
        for _ in range(START_REPEAT):
            large_times.append(_time_to_shown(EDITOR_PREVIEW, str(large), env=env))
            quit_times.append(_time_to_exit(EDITOR_QUIT, str(large), env=env))
        bare = statistics.median(bare_times)
        report.measure("bare QMainWindow shown (reference)", bare)
        pair_ratios = [editor / reference for editor, reference in zip(small_times, bare_times, strict=True)]
        low, middle, high = statistics.quantiles(pair_ratios, n=4)
        report.measure(
            "editor shown with a small document",
            statistics.median(small_times),
            reference_seconds=bare,
            target_ratio=2.5,
            note=f"{RATIO_REPEAT} pairs; each pair's ratio: median {middle:.2f}x, middle half {low:.2f}-{high:.2f}x",
        )
        report.measure(
            f"{EVENTS:,} events, their preview on screen",
            statistics.median(large_times),
            target_seconds=2.0,
            note="from launch; the first screen of the preview",
        )
        report.measure(
            "quit while the preview is being built",
            statistics.median(quit_times),
            target_seconds=0.2,
            note=f"close to process exit, {EVENTS:,} events; worst {max(quit_times) * 1000:.0f} ms",
        )
    _typing(report)


def _typing(report: Reporter) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from widgets.application import create_application
    from widgets.document import Document
    from widgets.main_window import MainWindow

    os.environ.setdefault("POSTMORTEM_EDITOR_TESTING", "1")
    create_application([])
    quiet_qt_noise()
    window = MainWindow(Document(_large_model()))
    window.show()
    for key in window.sections.keys:  # every page built: all their signal handlers are connected
        window.sections.show_section(key)
    from widgets.spelling import spell_service

    checking = spell_service().wait_ready()  # the keystrokes below are measured with the spell checker on
    report.info(f"spell checking {'on' if checking else 'unavailable'} while typing")
    for key, field_name in (("introduction", "editor"), ("overview", "title_field")):
        window.sections.show_section(key)
        field = getattr(window.page(key), field_name)
        field.setFocus()
        times = []
        for _ in range(KEYSTROKES):
            start = time.perf_counter()
            QTest.keyClick(field, Qt.Key.Key_A)
            times.append(time.perf_counter() - start)
        report.measure(f"type one character ({key}, {EVENTS:,} events)", statistics.median(times), target_seconds=0.016)
    _warnings_after_typing(report, window)
    # Words, some misspelt, each new to the checker's cache: the line is checked again at every keystroke.
    intro = window.page("introduction").editor
    window.sections.show_section("introduction")
    intro.setFocus()
    times = []
    words = " ".join(f"rewriten{chr(97 + n % 26)} zone teh outage{n}" for n in range(KEYSTROKES))
    for character in words[:KEYSTROKES]:
        start = time.perf_counter()
        QTest.keyClicks(intro, character)
        times.append(time.perf_counter() - start)
    report.measure(
        "type one character of new words (introduction, spell checking on)",
        statistics.median(times),
        target_seconds=0.016,
    )
    # The same while the preview converts the whole document in its worker (they take turns with the GIL).
    field = window.page("overview").title_field
    window.preview.render_now()
    times = []
    for _ in range(KEYSTROKES):
        start = time.perf_counter()
        QTest.keyClick(field, Qt.Key.Key_A)
        times.append(time.perf_counter() - start)
        QTest.qWait(15)  # keystrokes arrive at typing speed, not in one burst
    report.measure("type one character while the preview renders", statistics.median(times), target_seconds=0.016)
    report.info(f"slowest keystroke during the render: {max(times) * 1000:.1f} ms")
    window.document.undo_stack.setClean()
    window.close()


def _warnings_after_typing(report: Reporter, window) -> None:
    """The debounce's turn after a burst of typing: the status bar, section list, Overview and Summary follow.

    The events are 17 s apart from the incident's start, so most are after its end, a warning each (as in
    the hostile file of 10,000 events): the turn, on the UI thread in one go, once re-checked every event
    and regrouped every warning after any keystroke (170-400 ms under load).
    """
    from PySide6.QtTest import QTest

    window.sections.show_section("introduction")
    intro = window.page("introduction").editor
    intro.setFocus()
    findings = window.findings
    findings.settle()
    report.info(f"{len(findings.problems()):,} warnings in the {EVENTS:,}-event document")
    times = []
    for _ in range(BURSTS):
        QTest.keyClicks(intro, "abc")
        start = time.perf_counter()
        findings.settle()  # what the debounce's timer does: sends ``updated``, whose views all follow at once
        times.append(time.perf_counter() - start)
    report.measure(
        f"warnings refreshed after typing (introduction, {EVENTS:,} events)",
        statistics.median(times),
        target_seconds=0.1,
        note=f"{BURSTS} bursts; worst {max(times) * 1000:.1f} ms",
    )
