"""The first report of the problem with the incident opened on it ("Help desk reports …; incident opened") is the
detection: the report is the news, and no one more was brought in."""

from __future__ import annotations

import pytest

from app.model import EventKind
from tests.import_helpers import kind_of_entry


@pytest.mark.parametrize(
    "entry",
    [
        "Help desk reports that three clinics cannot print prescriptions; incident opened",
        "Several merchants complained about double charges, incident declared",
    ],
)
def test_a_report_that_opens_the_incident_is_the_detection(entry: str) -> None:
    assert kind_of_entry(entry) is EventKind.DETECTION


def test_someone_paged_as_the_incident_opens_is_still_an_escalation() -> None:
    assert kind_of_entry("Ravi pages the database lead; incident opened") is EventKind.ESCALATION
