"""HTML layout: an ordinary large document within the limit, hostile ones stopped at it.

Python-Markdown is quadratic on some block patterns (60,000 ``***`` lines
took 244 s before the limit); the limit (``Deadline.for_text``) stops them
after a few seconds of the thread's processor time. Measured here: how long an ordinary
large document takes (it must stay well inside the limit), and how long the
hostile ones take to give up (the limit plus the last step's overshoot).
"""

from __future__ import annotations

import time

from bench.common import Reporter

ORDINARY_EVENTS = 10_000


def _processor_seconds(fn) -> tuple[float, str]:
    from app.formats.bounded_markdown import RenderStoppedError

    start = time.thread_time()
    try:
        fn()
        outcome = "finished"
    except RenderStoppedError:
        outcome = "stopped"
    return time.thread_time() - start, outcome


def run(report: Reporter) -> None:
    from app.formats.bounded_markdown import Deadline
    from app.formats.html_export import render_body_html
    from app.formats.markdown_export import to_markdown
    from bench.bench_core import build_document

    ordinary = to_markdown(build_document(ORDINARY_EVENTS, 1_000))
    limit = Deadline.for_text(ordinary).seconds or 0.0
    seconds, outcome = _processor_seconds(lambda: render_body_html(ordinary))
    report.measure(
        f"HTML layout, {ORDINARY_EVENTS:,} events ({len(ordinary) // 1024:,} KB), processor time",
        seconds,
        target_seconds=limit * 0.75,
        note=f"{outcome}; within three quarters of its {limit:.1f} s limit, so it never meets it",
    )
    for name, text in (
        ("60,000 '***' lines", "\n".join(["***"] * 60_000)),
        ("100,000 '###' lines", "\n".join(["###"] * 100_000)),
    ):
        limit = Deadline.for_text(text).seconds or 0.0
        seconds, outcome = _processor_seconds(lambda text=text: render_body_html(text))
        report.measure(
            f"HTML layout gives up on {name}, processor time",
            seconds,
            target_seconds=limit * 1.1,
            note=f"{outcome} (unbounded: minutes); its {limit:.1f} s limit plus at most a tenth",
        )
