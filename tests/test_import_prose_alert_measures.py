"""A short report's one measure told in a sentence: "We are also working with Pingly to set up an alert for …".

A status page's incident written in a few paragraphs names no section of measures and no "to prevent a
recurrence"; a reader still copies the new alert it says is being set up into the improvements. "We are working
to restore service" is no measure.
"""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown

_STATUS_POST = """\
---
title: Checkout page blank
date: 2023-04-02 10:00:00 +0000
status: resolved
---

Our checkout page showed a blank screen for some visitors. The page itself loaded, but its script failed to
load from the CDN. Our uptime checks only look at the status code, so they missed this.

{measure}

The issue was resolved on 2023-04-02 at 11:30:00 UTC. No orders were lost.
"""


@pytest.mark.parametrize(
    "measure",
    [
        "We are also working with Pingly to set up an alert for the script loading.",
        "We will add a synthetic check that loads the page in a browser.",
        "We've created new monitoring for failed script loads.",
    ],
)
def test_a_new_alert_told_in_prose_is_an_improvement(measure: str) -> None:
    incident = from_markdown(_STATUS_POST.format(measure=measure))
    assert incident.measures.improvements == [measure]


def test_working_to_restore_service_is_no_measure() -> None:
    incident = from_markdown(_STATUS_POST.format(measure="We are working to restore the checkout page."))
    assert incident.measures.improvements == []
