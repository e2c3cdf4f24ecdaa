"""The check for mis-decoded text (mojibake), which validation runs after every burst of edits.

Measured on the core benchmark's document of 10,000 events and 1,000 tasks,
each event text given accents, curly quotes and a dash (every text must then
be searched, none is mis-decoded: the worst case for the check), against a
JSON save of the same document measured in the same run.
"""

from __future__ import annotations

import sys

from bench.bench_core import LARGE_EVENTS, LARGE_TASKS, build_document
from bench.common import Reporter, median_times_interleaved

FIRST_SCAN_TARGET_RATIO = 3.0
"""Opening a document: every text is searched once; a few JSON saves' worth at most."""

RESCAN_TARGET_RATIO = 0.5
"""After an edit only the edited text is new: the check stays well under a save (it runs after every pause)."""


def run(report: Reporter) -> None:
    from app import encoding_repair
    from app.formats import json_format

    plain = build_document(LARGE_EVENTS, LARGE_TASKS)
    events = [event.model_copy(update={"text": event.text + " — café “déjà vu”, naïve"}) for event in plain.timeline]
    document = plain.model_copy(update={"timeline": events})
    assert encoding_repair.find_mojibake(document) == []
    size = f"{LARGE_EVENTS:,} events with accents"

    def first_scan() -> None:
        encoding_repair._VERDICTS.clear()
        encoding_repair.find_mojibake(document)

    first, rescan, save = median_times_interleaved(
        [first_scan, lambda: encoding_repair.find_mojibake(document), lambda: json_format.dumps(document)], repeat=9
    )
    report.measure(
        f"Mis-decoded text check, first ({size})",
        first,
        reference_seconds=save,
        target_ratio=FIRST_SCAN_TARGET_RATIO,
        note="reference: JSON save of the same document",
    )
    report.measure(
        f"Mis-decoded text check, again ({size})",
        rescan,
        reference_seconds=save,
        target_ratio=RESCAN_TARGET_RATIO,
        note="texts already seen are not searched again",
    )


if __name__ == "__main__":
    reporter = Reporter()
    reporter.header()
    run(reporter)
    sys.exit(0)
