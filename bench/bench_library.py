"""The incident library with 10,000 generated post-mortems (half JSON, half Markdown, ~10 KB each).

* first index, against reading and parsing the same files with the import alone, interleaved;
* re-index with nothing changed, and with one file changed;
* search (first page of results with snippets, and the match count): p95 per kind of query;
* the library window open and painted, against the editor opening a small document (child processes,
  started in turn, each first every other time, medians of each);
* the resident memory of those two windows.

The generated library is kept in the temporary folder between runs (it takes a minute or two to write);
``BENCH_LIBRARY_COUNT`` makes a smaller one for a quick look.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import (
    Reporter,
    editor_environment,
    median_time,
    median_times_interleaved,
    without_qt_noise,
)

ROOT = Path(__file__).resolve().parent.parent
COUNT = int(os.environ.get("BENCH_LIBRARY_COUNT", "10000"))
CORPUS_VERSION = 2
WINDOW_REPEAT = 9
"""Pairs of (editor, library window) starts, each side first in turn: with 5 pairs, editor first each time,
the ratio read 1.07x, 1.51x and 1.65x in three runs of a quiet machine (its editor reference 349-409 ms)."""
SEARCH_REPEAT = 20
SCREEN_ROWS = 30

QUERIES = {
    "words": ["disk", "failover", "kernel upgrade", "certificate expired", "pager escalation"],
    "phrases": ['"disk full"', '"connection pool"', '"leader election"', '"rate limit"', '"memory leak"'],
    "prefix": ["fail*", "thrott*", "migrat*"],
    "filtered": [
        "disk severity:SEV1",
        "service:search after:2024-01-01",
        "status:final before:2023",
        '"disk full" service:storage',
        "severity:SEV2,SEV3 after:2022-06",
    ],
}

SMALL_EDITOR = """
import sys, resource
from pathlib import Path
from app.cli import configure_process, prepare_editor_start
configure_process()
prepare_editor_start()
from widgets.application import create_application, show_editor
app = create_application([])
window = show_editor(Path(sys.argv[1]))
app.processEvents()
print("shown", flush=True)
import time
end = time.monotonic() + 1.0
while time.monotonic() < end:  # what the window holds once settled (the preview renders meanwhile)
    app.processEvents()
    time.sleep(0.01)
print(open("/proc/self/statm").read().split()[1], flush=True)
window.close()
"""

LIBRARY_WINDOW = """
import sys, time
from pathlib import Path
from app.cli import configure_process, prepare_editor_start
configure_process()
prepare_editor_start()
from widgets.application import create_application, resume_collector
app = create_application([])
from widgets.library.window import open_library
from widgets.main_window import MainWindow
window = open_library(Path(sys.argv[1]), MainWindow)
resume_collector()
app.processEvents()
table = window.view.table
assert window.view.model.rowCount() > 0, "no rows painted"
table.viewport().repaint()
print("shown", flush=True)
end = time.monotonic() + 60
while window.view.report is None and time.monotonic() < end:  # the background re-index, then settled
    app.processEvents()
    time.sleep(0.01)
end = time.monotonic() + 1.0
while time.monotonic() < end:
    app.processEvents()
    time.sleep(0.01)
print(open("/proc/self/statm").read().split()[1], flush=True)
window.close()
"""


def corpus() -> list[Path]:
    from bench.library_corpus import generate

    folder = Path(tempfile.gettempdir()) / f"postmortem-bench-library-{COUNT}-v{CORPUS_VERSION}"
    done = folder / ".complete"
    if not done.exists():
        shutil.rmtree(folder, ignore_errors=True)
        print(f"  generating {COUNT:,} post-mortems in {folder} (once)", flush=True)
        generate(folder, COUNT)
        done.write_text("ok")
    return sorted(p for p in folder.rglob("*") if p.suffix in (".json", ".md"))


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def run(report: Reporter) -> None:
    from app.formats import files
    from app.library.library import Library

    paths = corpus()
    folder = paths[0].parent.parent
    size = sum(p.stat().st_size for p in paths)
    report.info(
        f"{len(paths):,} files, {size / len(paths) / 1024:.1f} KiB on average, "
        f"{sum(p.suffix == '.md' for p in paths):,} Markdown"
    )
    work = Path(tempfile.mkdtemp(prefix="bench-library-"))
    try:
        runs = iter(range(100))

        def parse_all() -> None:
            for path in paths:
                files.load(path)

        def first_index() -> None:
            library = Library(folder, work / f"data-{next(runs)}")
            report_ = library.update()
            library.close()
            assert not report_.problems, report_.problems[:3]

        parse, first = median_times_interleaved([parse_all, first_index], repeat=3)
        report.measure("read and parse every file (reference)", parse)
        report.measure(f"first index of {len(paths):,} files", first, reference_seconds=parse, target_ratio=1.5)

        library = Library(folder, work / "data")
        library.update()
        # The first-index runs above wrote several indexes (hundreds of MB, SQLite synchronous=OFF): flush
        # them now, or the kernel writes them back during the re-index timings below, which then measure
        # the bench's own disk traffic. Nine runs each: one file's re-index is tens of milliseconds, where a
        # neighbour's burst on this shared machine moves a median of five.
        os.sync()
        report.measure("re-index, nothing changed", median_time(library.update, repeat=9), target_seconds=1.0)
        victim = paths[len(paths) // 2]
        original = victim.read_bytes()
        flip = iter(range(1000))

        def change_one() -> None:
            victim.write_bytes(original + f"\n\nEdited {next(flip)}.\n".encode())

        def reindex_one() -> None:
            assert library.update().read == 1

        report.measure(
            "re-index, one file changed", median_time(reindex_one, repeat=9, setup=change_one), target_seconds=0.1
        )
        from app.library.indexer import Scope

        relative = victim.relative_to(folder).as_posix()

        def refresh_saved() -> None:
            assert library.update(scope=Scope(paths=(relative,))).read == 1

        report.measure(
            "one saved file refreshed (the window after a save)",
            median_time(refresh_saved, repeat=5, setup=change_one),
            target_seconds=0.1,
        )

        def refresh_folder() -> None:
            assert library.update(scope=Scope(under=victim.parent.name)).read == 1

        report.measure(
            "one folder refreshed (the watcher saw it change)",
            median_time(refresh_folder, repeat=5, setup=change_one),
            target_seconds=0.1,
            note=f"{sum(1 for p in paths if p.parent == victim.parent):,} files in it",
        )
        victim.write_bytes(original)
        library.update()

        from widgets.library.incident_model import SEARCH_PAGE  # what the window fetches first

        for kind, queries, sort in [
            *((k, q, None) for k, q in QUERIES.items()),
            ("words by relevance", QUERIES["words"], "relevance"),
        ]:
            samples, snippet_samples = [], []
            for _ in range(SEARCH_REPEAT):
                for query in queries:
                    start = time.perf_counter()
                    rows = library.incidents(query, limit=SEARCH_PAGE, sort=sort, snippets=False)
                    library.count(query)
                    samples.append(time.perf_counter() - start)
                    start = time.perf_counter()
                    library.snippets(query, [row.file_id for row in rows[:SCREEN_ROWS]])
                    snippet_samples.append(time.perf_counter() - start)
            report.measure(
                f"search p95, {kind}",
                _p95(samples),
                target_seconds=0.05,
                note=f"median {statistics.median(samples) * 1000:.1f} ms over {len(samples)}; "
                f"first {SEARCH_PAGE} rows and the count",
            )
            report.measure(
                f"  snippets of one screen p95, {kind}",
                _p95(snippet_samples),
                target_seconds=0.05,
                note=f"{SCREEN_ROWS} rows, read once they are painted",
            )
        library.close()
        _windows(report, folder, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _child(code: str, argument: str, env: dict[str, str]) -> tuple[float, int]:
    """Seconds from launch to the window shown, and its resident pages once settled."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code, argument], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    pages = child.stdout.readline()
    _, errors = child.communicate(timeout=120)
    if line.strip() != b"shown" or child.returncode != 0:
        detail = without_qt_noise(errors.decode("utf-8", "replace")).strip().splitlines()
        raise RuntimeError(f"window start failed: {detail[-1] if detail else child.returncode}")
    return elapsed, int(pages)


def _windows(report: Reporter, folder: Path, work: Path) -> None:
    small = ROOT / "resources" / "examples" / "dns-outage.json"
    env = editor_environment(work, work / "data")
    _child(SMALL_EDITOR, str(small), env)  # untimed: bytecode caches, disk cache
    _child(LIBRARY_WINDOW, str(folder), env)
    editor, library = [], []
    for turn in range(WINDOW_REPEAT):  # neither always first, nor always after the other's exit and re-index
        pair = [
            lambda: editor.append(_child(SMALL_EDITOR, str(small), env)),
            lambda: library.append(_child(LIBRARY_WINDOW, str(folder), env)),
        ]
        for run_one in pair if turn % 2 == 0 else reversed(pair):
            run_one()
    editor_time = statistics.median(t for t, _ in editor)
    report.measure("editor shown with a small document (reference)", editor_time)
    report.measure(
        f"library window shown and painted, {COUNT:,} incidents",
        statistics.median(t for t, _ in library),
        reference_seconds=editor_time,
        target_ratio=1.5,
    )
    page = os.sysconf("SC_PAGE_SIZE")
    editor_rss = statistics.median(p for _, p in editor) * page
    library_rss = statistics.median(p for _, p in library) * page
    report.info(f"resident memory: editor {editor_rss / 2**20:.0f} MiB, library {library_rss / 2**20:.0f} MiB")
    # Memory is no timing; the ratio of the two sizes goes through the same reporter (shown as seconds).
    report.measure(
        f"memory, library of {COUNT:,} open (MiB as s)",
        library_rss / 2**20,
        reference_seconds=editor_rss / 2**20,
        target_ratio=2.0,
        note="resident memory; ratio to the editor with one small document",
    )
