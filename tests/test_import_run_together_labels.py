"""Several labelled fields run together on one line give each field.

A plain-text report pasted without its line breaks: "Issue Summary: Duration: … (UTC+2) Impact: … Root Cause: …".
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown
from app.formats.markdown_read.run_together_labels import labels_one_a_line

RUN_TOGETHER = """Postmortem: Photo uploads failing

Issue Summary: Duration: March 3, 2025, 08:15 AM to March 3, 2025, 11:40 AM (UTC+2) Impact: Photo uploads \
failed for every user of the gallery app. About 60% of sessions hit an error. Root Cause: The object store \
bucket policy was replaced by a draft that denied writes.

Timeline:
08:15 AM: Upload errors alerted the on-call engineer.
11:40 AM: The bucket policy was restored and uploads worked again.
"""


def test_each_run_together_label_gives_its_field() -> None:
    incident = from_markdown(RUN_TOGETHER)
    assert incident.summary.impact.startswith("Photo uploads failed for every user")
    assert "Root Cause" not in incident.summary.impact
    assert "bucket policy was replaced" in incident.summary.root_cause + incident.root_cause.cause


def test_only_labels_starting_a_sentence_are_cut() -> None:
    prose = [
        "We saw errors. Impact: none that customers noticed.",  # the line does not open with a label
        "Impact: users of the Root Cause: tab saw stale data.",  # "Root Cause:" inside a sentence
    ]
    assert labels_one_a_line(prose, [1, 1]) is prose
    assert labels_one_a_line(["Impact: all logins failed. Root Cause: an expired key."], [1]) == [
        "Impact: all logins failed.",
        "Root Cause: an expired key.",
    ]
