"""The benchmark framework: timing helpers and a reporter that prints one line per measure.

Each ``bench/bench_<area>.py`` module exposes ``run(report: Reporter) -> None``
and calls ``report.measure(...)`` once per figure. A measure compares its
median either with a reference measured in the same run (``reference_seconds``
and ``target_ratio``: the machine's speed cancels out) or with an absolute
``target_seconds``.
"""

from __future__ import annotations

import gc
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO


def median_time(fn: Callable[[], Any], repeat: int = 5, setup: Callable[[], Any] | None = None) -> float:
    """Median wall time of ``fn()`` in seconds over ``repeat`` runs.

    ``setup`` runs before each timed call, untimed. The garbage collector is
    collected before and paused during each call so that one run does not pay
    for the garbage of the previous one.
    """
    times: list[float] = []
    for _ in range(max(1, repeat)):
        if setup is not None:
            setup()
        gc.collect()
        gc_was_enabled = gc.isenabled()
        gc.disable()
        try:
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
        finally:
            if gc_was_enabled:
                gc.enable()
    return statistics.median(times)


def median_times_interleaved(fns: Sequence[Callable[[], Any]], repeat: int = 5) -> list[float]:
    """Median time of each of ``fns``, timed round-robin (a, b, a, b, ...).

    For a ratio between two steps (growth with size, ours against a
    reference): on a shared machine the load drifts during a run, and
    interleaving makes both sides see the same drift.
    """
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(max(1, repeat)):
        for index, fn in enumerate(fns):
            times[index].append(median_time(fn, repeat=1))
    return [statistics.median(series) for series in times]


def median_command_time(command: Sequence[str], repeat: int = 5, env: dict[str, str] | None = None) -> float:
    """Median wall time in seconds of running ``command`` to completion in a subprocess.

    A command that fails raises ``RuntimeError`` with its stderr: timing a
    crash would report a meaningless (and flattering) figure.
    """
    times: list[float] = []
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        result = subprocess.run(list(command), capture_output=True, env=env, check=False)
        times.append(time.perf_counter() - start)
        if result.returncode != 0:
            detail = without_qt_noise(result.stderr.decode("utf-8", "replace")).strip().splitlines()
            raise RuntimeError(f"{' '.join(command)} exited {result.returncode}: {detail[-1] if detail else ''}")
    return statistics.median(times)


def child_environment(cache_folder: str | os.PathLike[str], **extra: str) -> dict[str, str]:
    """The environment for timed child Pythons: this one, with bytecode caches allowed.

    A session that sets ``PYTHONDONTWRITEBYTECODE`` makes every child compile
    our modules from source again (about 20 ms for the editor), a cost no
    installed copy pays: pip compiles at install time, and the references
    (PySide6, pydantic, markdown) have their caches in site-packages. The
    caches go to ``cache_folder``, so the checkout stays clean; run each
    command once untimed first (``warm_up``) so that they exist.
    """
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(cache_folder)
    env.update(extra)
    return env


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
"""The checkout: the children's working folder and import path."""


def editor_environment(folder: str | os.PathLike[str], data: str | os.PathLike[str]) -> dict[str, str]:
    """``child_environment`` for a child editor: offscreen, in test mode, its settings and recovery in ``data``."""
    return child_environment(
        os.path.join(folder, "pycache"),
        QT_QPA_PLATFORM="offscreen",
        POSTMORTEM_EDITOR_TESTING="1",
        POSTMORTEM_EDITOR_DATA_DIR=str(data),
        PYTHONPATH=ROOT,
    )


def child_figures(code: str, *args: str, env: dict[str, str], timeout: float, failure: str) -> dict[str, Any]:
    """Run ``code`` in a child Python and return the JSON object on the last line it prints that opens one.

    A child that fails or prints none raises ``RuntimeError(failure + ": " + its last line of stderr)``.
    """
    child = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, env=env, cwd=ROOT, timeout=timeout, check=False
    )
    lines = [line for line in child.stdout.decode().splitlines() if line.startswith("{")]
    if child.returncode != 0 or not lines:
        detail = without_qt_noise(child.stderr.decode("utf-8", "replace")).strip().splitlines()
        raise RuntimeError(f"{failure}: {detail[-1] if detail else child.returncode}")
    return json.loads(lines[-1])


# Messages Qt's offscreen platform prints for every shown window; they say
# nothing about the code measured and would be read as warnings of ours.
QT_NOISE = ("This plugin does not support propagateSizeHints()",)


def without_qt_noise(text: str) -> str:
    """``text`` (a child's stderr) without the lines of ``QT_NOISE``."""
    return "\n".join(line for line in text.splitlines() if line.strip() not in QT_NOISE)


_qt_handler: Callable[..., None] | None = None


def quiet_qt_noise() -> None:
    """Drop the ``QT_NOISE`` messages in this process; every other Qt message is still printed."""
    global _qt_handler
    if _qt_handler is not None:
        return
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    labels = {
        QtMsgType.QtDebugMsg: "debug",
        QtMsgType.QtInfoMsg: "info",
        QtMsgType.QtWarningMsg: "warning",
        QtMsgType.QtCriticalMsg: "critical",
        QtMsgType.QtFatalMsg: "fatal",
    }

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if message.strip() not in QT_NOISE:
            print(f"Qt {labels.get(kind, 'message')}: {message}", file=sys.stderr, flush=True)

    _qt_handler = handler
    qInstallMessageHandler(handler)


def python_command(*args: str) -> list[str]:
    """A command running this interpreter (the venv's), e.g. ``python_command("-m", "app")``."""
    return [sys.executable, *args]


@dataclass
class Measure:
    name: str
    seconds: float
    reference_seconds: float | None
    target_ratio: float | None
    target_seconds: float | None
    note: str
    unit: str = ""
    """For a measure that is not a time (memory): the value and target are printed with this unit."""

    @property
    def ratio(self) -> float | None:
        if self.reference_seconds is None or self.reference_seconds <= 0:
            return None
        return self.seconds / self.reference_seconds

    @property
    def met(self) -> bool | None:
        """True or False against the target; None when the measure has no target."""
        if self.target_ratio is not None:
            ratio = self.ratio
            return None if ratio is None else ratio <= self.target_ratio
        if self.target_seconds is not None:
            return self.seconds <= self.target_seconds
        return None


@dataclass
class Reporter:
    """Collects measures and prints each as one aligned line when it is taken."""

    out: TextIO = field(default_factory=lambda: sys.stdout)
    measures: list[Measure] = field(default_factory=list)
    name_width: int = 62

    def header(self) -> None:
        print(
            f"{'measure':<{self.name_width}} {'median':>11} {'ratio':>8}  {'target':<12} result",
            file=self.out,
        )

    def section(self, title: str) -> None:
        print(f"\n[{title}]", file=self.out, flush=True)

    def measure(
        self,
        name: str,
        seconds: float,
        *,
        reference_seconds: float | None = None,
        target_ratio: float | None = None,
        target_seconds: float | None = None,
        note: str = "",
    ) -> Measure:
        if target_ratio is not None and reference_seconds is None:
            raise ValueError(f"{name}: a target ratio needs a reference time")
        item = Measure(name, seconds, reference_seconds, target_ratio, target_seconds, note)
        self.measures.append(item)
        print(self.format_line(item), file=self.out, flush=True)
        return item

    def quantity(self, name: str, value: float, *, target: float, unit: str, note: str = "") -> Measure:
        """A measure that is not a time, e.g. memory in MB against a bound."""
        item = Measure(name, value, None, None, target, note, unit)
        self.measures.append(item)
        print(self.format_line(item), file=self.out, flush=True)
        return item

    def skip(self, name: str, reason: str) -> None:
        """A measure that could not be taken here (a module not written yet, no renderer)."""
        print(f"{name:<{self.name_width}} {'-':>11} {'-':>8}  {'-':<12} skipped  ({reason})", file=self.out, flush=True)

    def info(self, text: str) -> None:
        """A fact that is not a timing, e.g. which modules a command imported."""
        print(f"  {text}", file=self.out, flush=True)

    def format_line(self, item: Measure) -> str:
        ratio = item.ratio
        ratio_text = f"{ratio:.2f}x" if ratio is not None else "-"
        if item.target_ratio is not None:
            target = f"<= {item.target_ratio:g}x"
        elif item.target_seconds is not None:
            target = f"<= {_format_seconds(item.target_seconds)}"
        else:
            target = "-"
        result = {True: "met", False: "MISSED", None: "-"}[item.met]
        time_text = _format_seconds(item.seconds)
        line = f"{item.name:<{self.name_width}} {time_text:>11} {ratio_text:>8}  {target:<12} {result}"
        if item.unit:
            # One decimal: a peak 0.3 MB over its bound read "103 MB <= 103 MB MISSED" at whole megabytes.
            line = (
                f"{item.name:<{self.name_width}} {f'{item.seconds:.1f} {item.unit}':>11} {'-':>8}  "
                f"{f'<= {item.target_seconds:.1f} {item.unit}':<12} {result}"
            )
        return f"{line}  ({item.note})" if item.note else line

    def summary(self) -> str:
        judged = [m for m in self.measures if m.met is not None]
        missed = [m.name for m in judged if m.met is False]
        text = f"{len(self.measures)} measures, {len(judged) - len(missed)} of {len(judged)} targets met"
        return text + (f"; MISSED: {', '.join(missed)}" if missed else "")


def _format_seconds(seconds: float) -> str:
    # Sub-millisecond steps (one edit, one move) would all read "0.0 ms".
    if seconds < 1e-3:
        return f"{seconds * 1e6:.1f} us"
    return f"{seconds * 1000:.1f} ms" if seconds < 10 else f"{seconds:.2f} s"
