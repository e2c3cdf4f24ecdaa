"""Run every ``bench/bench_*.py`` module: ``python -m bench [NAME...]``.

Names filter the modules (``python -m bench core flowchart`` runs
``bench_core`` and ``bench_flowchart``). A module that fails prints its error
and the run goes on: one broken area must not hide the others' figures. The
exit status is 0 either way; the ``MISSED`` lines are the result.
"""

from __future__ import annotations

import importlib
import os
import sys
import traceback
from pathlib import Path

# Benchmarks of Qt widgets run without a display, like the tests.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import Reporter  # noqa: E402


def discover() -> list[str]:
    """Module names ``bench_*`` in name order, so every run prints the same sequence."""
    return sorted(path.stem for path in (ROOT / "bench").glob("bench_*.py"))


def selected(names: list[str], wanted: list[str]) -> list[str]:
    if not wanted:
        return names
    return [name for name in names if any(w.removeprefix("bench_") in name.removeprefix("bench_") for w in wanted)]


def main(argv: list[str] | None = None) -> int:
    wanted = list(sys.argv[1:] if argv is None else argv)
    modules = selected(discover(), wanted)
    if not modules:
        print(f"no benchmark matches {' '.join(wanted) or 'anything'}; available: {', '.join(discover()) or 'none'}")
        return 0
    report = Reporter()
    report.header()
    for name in modules:
        report.section(name)
        try:
            module = importlib.import_module(f"bench.{name}")
            module.run(report)
        except Exception as error:  # report it and go on to the next area
            print(f"{name} FAILED: {type(error).__name__}: {error}", flush=True)
            traceback.print_exc(limit=3, file=sys.stdout)
    print()
    print(report.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())
