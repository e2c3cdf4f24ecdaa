"""The service a student's report names in plain words: the subject of its summary, or its title's subject.

"our shop website was slow", "visitors could not open the webpage", "requests to my recipe board returned a 502
error", "Complete unresponsiveness of the server", "Postmortem: Ledger Database Outage", "Mail relay 3 down": a
careful reader filling the Service box writes the thing said to be down, even a plain noun ("website",
"server"). What must stay empty: a person ("Priya was unavailable"), what the team could not reach ("the logs"),
a count ("every web server"), and a title's word for when or where ("Holiday Outage", "Global Outage") or for
the work done ("Web Stack Debugging Outage").
"""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown

REPORT = """# {title}

## Issue Summary

{summary}

## Timeline

- 09:00 UTC - An alert fired.
- 09:40 UTC - The change was reverted.

## Root Cause

A configuration file had a typo in it.
"""


def _service(summary: str, title: str = "Postmortem") -> str:
    return from_markdown(REPORT.format(title=title, summary=summary)).metadata.service


@pytest.mark.parametrize(
    ("summary", "service"),
    [
        ("On Friday morning our website was slow and some visitors gave up.", "website"),
        ("For forty minutes visitors could not open the webpage at all.", "webpage"),
        ("Users unable to reach the dashboard between nine and ten.", "dashboard"),
        ("Requests to my recipe board returned a 502 error for everyone.", "recipe board"),
        ("Every request to shop.example.org resulted in a 404 page.", None),
        ("From 9:00 requests to tickets.example.org result in 404 error pages.", "tickets.example.org"),
        ("- Complete unresponsiveness of the server.\n- Users saw timeouts.", "server"),
        ("Nginx is returning a 500 error to every visitor.", "Nginx"),
        ("Our API gateway (Kong) stopped working shortly after nine.", "API gateway"),
        ("A bad release caused Quokka to become entirely unavailable for an hour.", "Quokka"),
        ("The incident resulted in the inaccessibility of our blog.", "blog"),
        ("The store's downtime began at nine in the morning.", "store"),
        ("The services affected were the payments API layer and nothing else.", "payments API layer"),
        ("The outage affected the core functionality of our booking app.", "booking app"),
        ("Search and API services were completely unavailable for an hour.", "Search and API services"),
        ("Staff reported office network connectivity issues all morning.", "network connectivity"),
        ("Photo service downtime affecting 20% of visitors; the rest saw slow pages.", "Photo service"),
        ("The entire website was unavailable for an hour.", "website"),
    ],
)
def test_the_summary_s_subject_said_to_be_down_is_the_service(summary: str, service: str | None) -> None:
    got = _service(summary)
    if service is None:
        assert got == ""  # "every request to …" is not "requests to …": no form here says what failed
    else:
        assert got == service


@pytest.mark.parametrize(
    "summary",
    [
        "Priya was unavailable, so the on-call engineer took over.",
        "We could not access the logs until the disk was cleaned.",
        "Every web server was down after the change.",
        "The service was down for an hour.",
        "Everything was slow and nobody could work.",
        "The team could not reach Priya by phone.",
        "It was down for an hour and then came back.",
        "A routing change caused an unexpected connectivity loss for the nodes.",
    ],
)
def test_a_person_a_count_or_no_name_leaves_the_service_empty(summary: str) -> None:
    assert _service(summary) == ""


@pytest.mark.parametrize(
    ("title", "service"),
    [
        ("Postmortem: Ledger Database Outage", "Ledger Database"),
        ("Mail relay 3 down", "Mail relay 3"),
        ("Postmortem: The Great Thumbnail Outage of 2023", "Thumbnail"),
        ("Incident Report: Incident 12 - Feature Toggle Service Outage", "Feature Toggle Service"),
        ("Postmortem: Shop Checkout Failure", "Shop Checkout"),
        ("Postmortem: Weather API Connectivity Issue", "Weather API"),
        ("Postmortem: Unexpected Uploads Outage Due to a Full Disk", "Uploads"),
        ("🔥 The Great Search Meltdown of May 2025: A Postmortem 🔥", "Search"),
        ("2024-03-01 - Billing instances unavailable in two regions", "Billing instances"),
        ("Incident Report: 2025-11-30 Gateway Outage (edge-2)", "Gateway"),
    ],
)
def test_the_title_s_subject_is_the_service_when_the_summary_names_none(title: str, service: str) -> None:
    assert _service("A configuration change went wrong.", title) == service


@pytest.mark.parametrize(
    "title",
    [
        "Holiday Outage",
        "Global Outage",
        "Postmortem: Web Stack Debugging Outage",
        "Postmortem: Apache 500 Error Outage",
        "Postmortem: Service Outage Due to a Bad Release",
        "The Day Everything Went Down",
        "Postmortem: Major Outage",
    ],
)
def test_a_title_saying_when_where_or_what_work_names_no_service(title: str) -> None:
    assert _service("A configuration change went wrong.", title) == ""


def test_the_summary_s_subject_wins_over_the_title_s() -> None:
    assert _service("Users could not reach the help portal.", "Postmortem: Database Server Outage") == "help portal"


def test_a_service_label_in_a_list_item_with_bold_is_read() -> None:
    """'- **Service Affected:** …' in an impact section's list: the list's mark is not the bold's."""
    text = REPORT.format(title="Postmortem: The Long Lockout", summary="A bad release locked people out.").replace(
        "## Timeline",
        "## Impact\n\n- **Service Affected:** Member Login Service\n- **User Experience:** Nobody could sign in."
        "\n\n## Timeline",
    )
    assert from_markdown(text).metadata.service == "Member Login Service"


def test_a_named_subject_wins_over_a_plain_noun_said_first() -> None:
    """The impact says "the server went down", the opening "Caddy is returning a 502 error": Caddy is the name."""
    text = REPORT.format(title="Postmortem", summary="Caddy is returning a 502 error.").replace(
        "## Timeline", "## Impact\n\nThe server went down for every visitor.\n\n## Timeline"
    )
    assert from_markdown(text).metadata.service == "Caddy"


def test_an_outage_that_affected_a_web_address_names_it() -> None:
    assert _service("Acme saw an outage on its cloud that affected www.AcmeShop.com for hours.") == "www.AcmeShop.com"


def test_a_part_that_could_not_reach_another_names_a_cause_not_the_service() -> None:
    """The app servers could not reach the database: the database failing them is the cause; only what
    people could not reach is the service."""
    assert _service("The app servers could not reach the database after the failover.") == ""
    assert _service("After the failover visitors could not reach the online store.") == "online store"
