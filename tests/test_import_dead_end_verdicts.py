"""An entry that ends with its own verdict that the step led nowhere is a wrong path, whatever the step's words."""

from __future__ import annotations

import pytest

from app.model import EventKind
from tests.import_helpers import kind_of_entry


@pytest.mark.parametrize(
    "entry",
    [
        "Hosting provider says their network is fine. We dig through the firewall rules for an hour… not it.",
        "Suspected the mail relay; opened a ticket with the vendor. Their dashboard was green and it turned out "
        "not to be relevant.",
        "Restore from last night's snapshot attempted, but the schema had changed since - restore attempt abandoned",
        "Ines looks for a bulk-revoke option in the admin console; there is none. Wasted twenty minutes here.",
    ],
)
def test_a_step_told_with_its_dead_end_verdict_is_a_wrong_path(entry: str) -> None:
    assert kind_of_entry(entry) is EventKind.MISLEADING


def test_a_step_that_turned_out_to_matter_is_no_wrong_path() -> None:
    assert kind_of_entry("The cache setting turned out to be relevant after all") is not EventKind.MISLEADING
