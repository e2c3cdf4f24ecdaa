"""The benchmark framework prints one judged line per measure and survives a broken module."""

from __future__ import annotations

import io
import sys
import types

import pytest

from bench import __main__ as bench_main
from bench.common import Reporter, median_time, median_times_interleaved


def test_ratio_target_met_and_missed():
    out = io.StringIO()
    report = Reporter(out=out)
    met = report.measure("load", 0.012, reference_seconds=0.010, target_ratio=1.5)
    missed = report.measure("import", 0.030, reference_seconds=0.010, target_ratio=1.0, note="why")
    lines = out.getvalue().splitlines()
    assert met.met is True and missed.met is False
    assert lines[0].split()[-1] == "met"
    assert "12.0 ms" in lines[0] and "1.20x" in lines[0] and "<= 1.5x" in lines[0]
    assert "3.00x" in lines[1] and "MISSED" in lines[1] and lines[1].endswith("(why)")
    assert report.summary() == "2 measures, 1 of 2 targets met; MISSED: import"


def test_absolute_target_and_no_target():
    out = io.StringIO()
    report = Reporter(out=out)
    report.measure("scroll", 0.020, target_seconds=0.016)
    report.measure("save", 0.0005)
    first, second = out.getvalue().splitlines()
    assert "<= 16.0 ms" in first and first.split()[-1] == "MISSED"
    assert "500.0 us" in second and second.split()[-1] == "-"


def test_a_ratio_target_needs_a_reference():
    with pytest.raises(ValueError, match="needs a reference"):
        Reporter(out=io.StringIO()).measure("x", 1.0, target_ratio=2.0)


def test_median_time_runs_setup_before_each_call():
    calls: list[str] = []
    seconds = median_time(lambda: calls.append("run"), repeat=3, setup=lambda: calls.append("setup"))
    assert calls == ["setup", "run"] * 3
    assert seconds >= 0


def test_interleaved_timing_alternates():
    calls: list[str] = []
    median_times_interleaved([lambda: calls.append("a"), lambda: calls.append("b")], repeat=2)
    assert calls == ["a", "b", "a", "b"]


def test_runner_reports_a_failing_module_and_goes_on(monkeypatch, capsys):
    ran: list[str] = []
    broken = types.ModuleType("bench.bench_broken")
    broken.run = lambda report: 1 / 0
    fine = types.ModuleType("bench.bench_fine")
    fine.run = lambda report: ran.append("fine") or report.measure("fine step", 0.001, target_seconds=1)
    monkeypatch.setitem(sys.modules, "bench.bench_broken", broken)
    monkeypatch.setitem(sys.modules, "bench.bench_fine", fine)
    monkeypatch.setattr(bench_main, "discover", lambda: ["bench_broken", "bench_fine"])

    assert bench_main.main([]) == 0

    out = capsys.readouterr().out
    assert "bench_broken FAILED: ZeroDivisionError" in out
    assert ran == ["fine"]
    assert "1 measures, 1 of 1 targets met" in out


def test_runner_filters_modules_by_name():
    names = ["bench_core", "bench_flowchart", "bench_timeline"]
    assert bench_main.selected(names, ["flowchart"]) == ["bench_flowchart"]
    assert bench_main.selected(names, ["bench_core", "timeline"]) == ["bench_core", "bench_timeline"]
    assert bench_main.selected(names, []) == names
