"""Kinds a careful reader gives entries whose words the tables used to miss or misread.

Deeds told in everyday verbs ("dove into", "took another look at", "was monitored", "runs git log") are steps
of the response; a state only asked about ("to see if the server is up") or reached for a while ("temporarily
fixed") is no recovery; a support desk asked for a resolution is help called in, not the resolution; "Initial
investigation focused on …" is the path the search left; the service said whole and checked ("Full service
restoration confirmed") ends the incident, and the formal close after that recovery only tells of it.
"""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown
from app.model import EventKind
from tests.import_helpers import kind_of_entry


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Steps of the response in words people write them.
        ("We start to debug the login page itself", EventKind.ACTION),
        ("Took another look at the proxy output", EventKind.ACTION),
        ("Correcting the file name in the loader settings", EventKind.ACTION),
        ("I dove deep into the slow billing queries", EventKind.ACTION),
        ("Together we delved into the cache layer", EventKind.ACTION),
        ("I modified the billing queries to lean on the new index", EventKind.ACTION),
        ("Disk usage was monitored for an hour", EventKind.ACTION),
        ("gdb was attached to the hung worker", EventKind.ACTION),
        ("The tcpdump output indicated resets from the balancer", EventKind.ACTION),
        ("Requested shell access logs for the build host", EventKind.ACTION),
        ("Lena runs git bisect on the service", EventKind.ACTION),
        ("It was later discovered that a cron entry targeted the old host", EventKind.ACTION),
        ("Ravi confirmed the problem by loading the page and getting a 502", EventKind.ACTION),
        ("Problem confirmed to affect the EU region only", EventKind.ACTION),
        # A state asked about, or reached only for a while, is no recovery.
        ("Checking with the support staff to see whether the server is up and running", EventKind.ACTION),
        ("The worker was restarted, which temporarily fixed the backlog", EventKind.ACTION),
        # Help asked for a resolution is help called in; rising pressure is no one called in.
        ("Mentors reached out to the hosting company's support for a resolution", EventKind.ESCALATION),
        ("Customer complaints through the help desk began to escalate the urgency of a fix", EventKind.DETECTION),
        ("Priya alerted the developers and we looked at the controllers", EventKind.ESCALATION),
        ("Uptime monitor notifies the on-call that the shop is unreachable", EventKind.DETECTION),
        ("We are told that the ticket portal is down", EventKind.DETECTION),
        # Where the search went first, a guess said as one, a step that left the trouble.
        ("Initial investigation focused on a possible DNS fault", EventKind.MISLEADING),
        ("Initially, there were assumptions of a disk problem", EventKind.MISLEADING),
        ("Early checks looked at the cache. The assumption was that a config push caused it.", EventKind.MISLEADING),
        ("Analysis by the on-call suggested a bot crawl as a possible cause", EventKind.MISLEADING),
        (
            "Engineers began investigating the proxy logs. It was initially suspected that a certificate had expired.",
            EventKind.MISLEADING,
        ),
        ("We reviewed the session handling, which eventually wasn't the cause", EventKind.MISLEADING),
        ("Blue-green rollback attempted but failed to resolve the checkout errors", EventKind.MISLEADING),
        ("Operator reboots the node, the reboot succeeds, but the error persists.", EventKind.MISLEADING),
        # The service said whole, and checked.
        ("By morning the site responded promptly and users were happy", EventKind.RESOLUTION),
        ("Complete service restoration verified by the on-call", EventKind.RESOLUTION),
        ("Full service functionality confirmed; monitoring graphs looked calm", EventKind.RESOLUTION),
        # A measure settling after the deed is seen, not done.
        ("Queue latency began to stabilise after the rollback", EventKind.NOTE),
    ],
)
def test_entry_kind(text: str, kind: EventKind) -> None:
    assert kind_of_entry(text) is kind


def test_the_team_answering_quickly_is_no_recovery() -> None:
    assert kind_of_entry("The platform team responded quickly to the page") is not EventKind.RESOLUTION


@pytest.mark.parametrize(
    "closing",
    ["The incident was formally closed and a review was booked.", "The incident was officially declared resolved."],
)
def test_formal_close_after_the_recovery_tells_of_it(closing: str) -> None:
    document = from_markdown(
        "# Checkout errors\n\n## Timeline\n\n"
        "- 2024-04-03 10:00 UTC Error rate alert fires for checkout\n"
        "- 2024-04-03 10:20 UTC Restarted the payment workers; errors back to zero\n"
        f"- 2024-04-03 10:30 UTC {closing}\n"
    )
    kinds = [event.kind for event in document.timeline]
    assert kinds[1] is EventKind.RESOLUTION
    assert kinds[2] is EventKind.NOTE


def test_a_closing_paragraph_marks_the_entry_that_ended_it() -> None:
    document = from_markdown(
        "# API outage\n\n## Timeline\n\n"
        "### 2024-03-02 09:00\n\nAlerts fire for the public API.\n\n"
        "### 2024-03-02 09:40\n\n"
        "Nadia swaps the expired certificate and redeploys. She posts an update in the team chat.\n\n"
        "Incident resolved.\n"
    )
    assert [event.kind for event in document.timeline] == [EventKind.DETECTION, EventKind.RESOLUTION]


def test_an_entry_opening_on_its_day_and_the_detection_is_the_detection() -> None:
    document = from_markdown(
        "# Blog down\n\n"
        "- Duration of the outage: Mar 2, 2024 6:00 AM - Mar 4, 2024 6:00 AM\n\n"
        "## Timeline\n"
        "- 03/03 - the issue was detected by pinging the web server, we thought the database was down, "
        "The incident was resolved by fixing a typo in the config.\n"
    )
    [event] = document.timeline
    assert event.kind is EventKind.DETECTION
