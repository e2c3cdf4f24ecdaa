"""Hostile files in the window: the longest UI-thread block and the memory taken, per file.

Each file opens in a child editor (offscreen) in two ways: at launch, the way
``postmortem-editor FILE`` opens it, and by File › Open into a window already on
screen (the heartbeat then covers reading and parsing the file too). A heartbeat
timer ticks every 5 ms; the longest gap between two ticks is the longest time
the window could not answer. The child shows the window, visits every page, and
waits for the preview and the chart to finish; then it reports the worst gap and
its peak resident memory. Each is the median of REPEAT runs. Targets: no block
over 100 ms, and memory that grows with the file under ten times what the file grew.

Memory is held against the same kind of file at its smallest, opened the same way
in the same run (a chart of two nodes for the 1,400-node chain, one ``***`` line
for the 60,000): its peak, plus ten times the bytes the hostile file has more.
Against the empty editor, the bound asked a 413 KB chain for 3.9 MB, and the
editor spends more than that on any chart before the first node counts: drawing
a chart of two nodes takes 2.1 MB (Qt's SVG and font machinery, the chart's
pages, the preview's picture), and holding the chain's 2,800 nodes and edges
as pydantic models takes 2.9 MB alone (about 1 KB each, for about 150 bytes of
JSON). What the bound is for, a picture or a text that grows without bound with
the file (the 3.67 GB preview of that chain, the 2.9 GB of a 60 MB
Introduction), shows in the growth; the peak over the empty editor is printed
beside it.
"""

from __future__ import annotations

import statistics
import tempfile
from pathlib import Path

from bench.common import Reporter, child_figures, editor_environment

ROOT = Path(__file__).resolve().parent.parent
BLOCK_TARGET = 0.100
REPEAT = 3

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from app.cli import configure_process, prepare_editor_start
configure_process()
prepare_editor_start()
from PySide6.QtCore import QTimer
from widgets.application import create_application, create_window, resume_collector
from widgets.runner import Runner
app = create_application([])
state = {"last": time.perf_counter(), "worst": 0.0, "where": "start"}
def beat():
    now = time.perf_counter()
    gap = now - state["last"]
    if gap > state["worst"]:
        state["worst"], state["worst_where"] = gap, state["where"]
    state["last"] = now
def settle(seconds, until=lambda: True):
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        if until() and time.perf_counter() > end - seconds + 0.2:
            return
        time.sleep(0.002)
at_launch = sys.argv[2] == "launch"
window = create_window(Path(sys.argv[1]) if sys.argv[1] and at_launch else None)
window.resize(1200, 800)
rendered = []
window.preview.rendered.connect(lambda: rendered.append(True))
timer = QTimer()
timer.setInterval(5)
timer.timeout.connect(beat)
timer.start()
state["last"] = time.perf_counter()
state["where"] = "show"
window.show()
resume_collector()
from widgets.warm_up import start_warm_up
QTimer.singleShot(0, start_warm_up)  # as run_editor does
settle(0.5)
if sys.argv[1] and not at_launch:
    state["where"] = "File › Open"
    state["last"] = time.perf_counter()
    rendered.clear()
    window.files.open_path(Path(sys.argv[1]), ask=False)
    settle(0.5)
for key in window.sections.keys:
    state["where"] = key
    state["last"] = time.perf_counter()
    window.sections.show_section(key)
    settle(0.4)
state["where"] = "preview and chart"
settle(60, lambda: bool(rendered) and not any(r.is_busy() for r in window.findChildren(Runner)))
# VmHWM, not getrusage: ru_maxrss survives exec, so a child forked from a bench process
# that had just built a 60 MB document would report the parent's peak as its own.
try:
    status = Path("/proc/self/status").read_text()
    peak = int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:"))) * 1024
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
figures = {"worst": state["worst"], "where": state.get("worst_where", ""), "peak": peak, "rendered": bool(rendered)}
print(json.dumps(figures), flush=True)
window.document.undo_stack.setClean()
window.close()
"""


def hostile_files(folder: Path) -> dict[str, tuple[Path, Path]]:
    """Each hostile file by its label, beside the same kind of file at its smallest."""
    from app.formats import json_format
    from app.model import FlowEdge, FlowNode, PostMortem
    from bench.bench_window import _large_model

    files: dict[str, tuple[Path, Path]] = {}

    def write(name: str, model: PostMortem, small: PostMortem) -> None:
        paths = (folder / f"{name}.json", folder / f"{name} (smallest).json")
        for path, document in zip(paths, (model, small), strict=True):
            path.write_text(json_format.dumps(document), encoding="utf-8")
        files[name] = paths

    def chain(count: int) -> PostMortem:
        label = "Checked the resolver cache, the zone file and the renewal job's log for the missing apex records"
        nodes = [FlowNode(id=f"n{i}", label=f"{label} ({i})") for i in range(count)]
        edges = [FlowEdge(source=f"n{i}", target=f"n{i + 1}") for i in range(count - 1)]
        return PostMortem.model_validate({"humor": {"flowchart": {"nodes": nodes, "edges": edges}}})

    def stars(name: str, lines: int) -> Path:
        path = folder / name
        path.write_text("# Stars\n\n## Introduction\n\n" + "***\n" * lines, encoding="utf-8")
        return path

    write("Introduction one 1 MiB line", PostMortem(introduction="x" * (1 << 20)), PostMortem(introduction="x"))
    paragraph = "The resolver answered from a stale cache while the zone was rewritten. "
    write(
        "Introduction of 60 MB",
        PostMortem(introduction=(paragraph * 3 + "\n") * (60_000_000 // 220)),
        PostMortem(introduction=paragraph * 3 + "\n"),
    )
    write(
        "title of 1 MiB",
        PostMortem.model_validate({"metadata": {"title": "t" * (1 << 20)}}),
        PostMortem.model_validate({"metadata": {"title": "t"}}),
    )
    large = _large_model()
    write("10,000 events", large, large.model_copy(update={"timeline": large.timeline[:1]}))
    write("chart chain of 1,400 nodes", chain(1400), chain(2))
    files["Markdown of 60,000 *** lines"] = (stars("stars.md", 60_000), stars("star.md", 1))
    return files


def _measure(path: Path | None, env: dict[str, str], how: str = "launch") -> dict[str, float]:
    """The median worst block and median peak memory of REPEAT runs."""
    runs = [_measure_once(path, env, how) for _ in range(REPEAT)]
    worst = sorted(runs, key=lambda figures: figures["worst"])[len(runs) // 2]
    peak = statistics.median(figures["peak"] for figures in runs)
    return {**worst, "peak": peak, "rendered": all(figures["rendered"] for figures in runs)}


def _measure_once(path: Path | None, env: dict[str, str], how: str) -> dict[str, float]:
    argument = str(path) if path else ""
    return child_figures(CHILD, argument, how, env=env, timeout=300, failure=f"the editor failed on {path}")


def run(report: Reporter) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-freezes-") as name:
        folder = Path(name)
        env = editor_environment(folder, folder / "data")
        empty = _measure(None, env)
        report.measure("empty editor: longest UI block", empty["worst"], target_seconds=BLOCK_TARGET)
        report.info(f"empty editor: peak memory {empty['peak'] / 2**20:.1f} MB")
        worst = ("empty editor", empty["worst"])
        (folder / "files").mkdir()
        for label, (path, smallest) in hostile_files(folder / "files").items():
            size, least = path.stat().st_size, smallest.stat().st_size
            for how, name in (("launch", label), ("open", f"{label} by File › Open")):
                figures = _measure(path, env, how)
                report.measure(
                    f"{name}: longest UI block",
                    figures["worst"],
                    target_seconds=BLOCK_TARGET,
                    note=f"during {figures['where'] or 'start'}"
                    + ("" if figures["rendered"] else "; preview not done"),
                )
                base = _measure(smallest, env, how)["peak"]
                report.quantity(
                    f"{name}: peak memory",
                    figures["peak"] / 2**20,
                    target=(base + 10 * (size - least)) / 2**20,
                    unit="MB",
                    note=f"the smallest such file's {base / 2**20:.1f} MB + 10 x the {(size - least) / 2**20:.2f} MB"
                    f" more; {_over(figures['peak'], empty['peak'])} the empty editor",
                )
                if figures["worst"] > worst[1]:
                    worst = (name, figures["worst"])
        report.info(f"worst UI block of all: {worst[1] * 1000:.0f} ms ({worst[0]})")


def _over(peak: float, empty: float) -> str:
    return f"{(peak - empty) / 2**20:+.1f} MB over"
