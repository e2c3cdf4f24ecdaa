"""A plain-text report's last part, as students often write it: "Corrective and preventive measure" in the
singular over a paragraph of what was done, then an apology to the users and a sign-off.

The singular names the measures as the plural does, and the apology with the sign-off under it is the report's
closing words, not a second measure: no measure is worded as an apology.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

_REPORT = """\
Our mail relay stopped sending on Tuesday 4 June 2024 and customers could not receive invoices.

Issue Summary

From 9:00 AM to 10:15 AM WAT, no invoice mail left the relay.

Root Cause

A certificate on the relay expired overnight.

Resolution and Recovery

The on-call engineer renewed the certificate and restarted the relay.

Corrective and preventive measure

We now renew certificates thirty days before they expire, and a check warns us two weeks ahead.

We would like to take this chance to apologise to our customers for the late invoices and thank them for their patience.

Regards,
The Billing Team
"""


def test_the_singular_measure_heading_names_the_measures() -> None:
    document = from_markdown(_REPORT)

    assert document.measures.improvements == [
        "We now renew certificates thirty days before they expire, and a check warns us two weeks ahead."
    ]
    assert "thirty days" not in document.root_cause.resolution


def test_an_apology_ending_the_measures_is_the_closing_notes() -> None:
    document = from_markdown(_REPORT)

    assert document.closing_notes.startswith("We would like to take this chance to apologise")
    assert not any("apologise" in line for line in document.measures.improvements)
