"""Tickets and calls arriving from people are how the team first hears of a problem: the detection."""

from __future__ import annotations

import pytest

from app.model import EventKind
from tests.import_helpers import kind_of_entry


@pytest.mark.parametrize(
    "text",
    [
        'the service desk starts getting "blank page" tickets, mostly from the app',
        'Reception gets a flurry of "cannot book" calls and pings the on-call channel',
        "Support is getting complaints about missing receipts",
    ],
)
def test_tickets_or_calls_coming_in_are_the_detection(text: str) -> None:
    assert kind_of_entry(text) is EventKind.DETECTION


def test_tickets_closed_are_no_detection() -> None:
    assert kind_of_entry("We got the remaining tickets closed") is not EventKind.DETECTION
