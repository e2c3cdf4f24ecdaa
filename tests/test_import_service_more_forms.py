"""More of the forms in which a report says which service was down, read into the Service box.

"A two-hour outage occurred on our booking service", "The main impact was on the payment gateway", "access issues
with Drupal websites", "requests to the Ghost powered blog page resulted in 500 errors", an impact led by what
suffered ("Our trusty Caddy server decided to take a nap"), a title that names it after the word for what
happened ("Outage of shop.example.org caused by …"). What must stay empty: a tool of the team's own ("our
monitoring system alerted us"), a step of the work ("caused the build to fail"), a day or a place in a title.
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
        (
            "A two-hour outage occurred on our ticket booking service, hitting most visitors.",
            "ticket booking service",
        ),
        ("The main impact was on the payment gateway, so nobody could pay.", "payment gateway"),
        ("Last night I noticed the outage in my photo sharing website and rolled back.", "photo sharing website"),
        ("The outage seriously impacted our recipe app’s availability for an hour.", "recipe app"),
        ("Visitors had access issues with Drupal websites and saw 502 pages.", "Drupal websites"),
        (
            "At nine, requests to the Ghost powered blog page resulted in 500 errors.",
            "Ghost powered blog page",
        ),
        (
            "A too strict header rule caused the Keycloak login flow to break for everyone.",
            "Keycloak login flow",
        ),
        ("Around noon a fault hit the old virtual machine running a Lighttpd web server.", "Lighttpd web server"),
        ("At midnight, anyone trying to access a website got a 504 error.", "website"),
        ("The proxy in front of our storefront service was unable to serve any pages.", "storefront service"),
        ("The booking portal used by the front desk to check guests in doesn't work.", "booking portal"),
        ("On our Ghost blog there was an internal server error for an hour.", "Ghost blog"),
        ("For three days our drawing tool, Inkwell app, was not operational after an update.", "Inkwell"),
    ],
)
def test_the_form_names_the_service_that_was_down(summary: str, service: str) -> None:
    assert _service(summary) == service


@pytest.mark.parametrize(
    ("impact", "service"),
    [
        ("Our trusty Caddy server decided to take a nap during the rush.", "Caddy server"),
        ("The storefront application threw a fit and locked half the users out.", "storefront application"),
        ("The goblins attacked, and our primary booking application fell over!", "primary booking application"),
        ("During the outage, the server experienced very high memory use.", "server"),
        ("Our main Varnish cache server was under heavy strain during the load test.", "main Varnish cache server"),
    ],
)
def test_an_impact_led_by_what_suffered_names_it(impact: str, service: str) -> None:
    assert _service(f"**Duration:** two hours\n\n**Impact:** {impact}") == service


@pytest.mark.parametrize(
    "impact",
    [
        "Our monitoring system alerted the on-call engineer at nine.",
        "Our engineer Dana restarted the web server.",
        "The outage happened on the same day as the launch.",
        "A bad release caused the build to fail.",
        "The team was busy all morning.",
    ],
)
def test_a_tool_a_person_or_a_step_of_the_work_leaves_the_service_empty(impact: str) -> None:
    assert _service(f"**Duration:** two hours\n\n**Impact:** {impact}") == ""


@pytest.mark.parametrize(
    ("title", "service"),
    [
        ("[Incident] Recipes.example.net down (#4)", "Recipes.example.net"),
        ("2024-05-02 - Outage of shop.example.org caused by a flood of requests", "shop.example.org"),
        ("2021-03-03 - Memory overload on ABC cluster", "ABC cluster"),
        ("Acme Academy's Broken Lighttpd Web Server Incident Report", "Lighttpd Web Server"),
    ],
)
def test_a_title_naming_it_after_what_happened_names_the_service(title: str, service: str) -> None:
    assert _service("A configuration change went wrong.", title) == service


@pytest.mark.parametrize(
    "title",
    ["Outage on 2023-01-25", "Outage in production", "Outage of the service", "Broken Pipe Error"],
)
def test_a_title_naming_a_day_or_a_place_after_what_happened_names_no_service(title: str) -> None:
    assert _service("A configuration change went wrong.", title) == ""


def test_a_name_of_its_own_wins_over_a_plain_noun_said_later() -> None:
    """The first sentence names the machine's Caddy web server, the next "the web server": Caddy's is the name."""
    summary = (
        "Late at night an old container running a Caddy web server hit its open file limit. "
        "The incident impacted the web server's response times for an hour."
    )
    assert _service(summary) == "Caddy web server"


def test_a_word_for_how_important_is_no_name_of_its_own() -> None:
    """ "The web application went down … The main page was not loading": "main" says nothing of which service."""
    summary = "The web application experienced downtime for everyone. The main page was not loading at all."
    assert _service(summary) == "web application"
