"""A report that tells the fix only inside a timeline entry gives the resolution from that entry's words.

With no resolution section and no sentence elsewhere telling the fix, a careful reader filling in "Resolution"
copies the part of an entry that says how it was resolved ("…, The incident was resolved by putting the current
certificates back"). An entry telling only the state the service ended in ("The API is back up.") says nothing
of how, and gives no resolution; neither does an entry telling when ("resolved by 09:40").
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown


def _report(timeline: str) -> str:
    return f"""# 2024-04-02: wrong certificates on the API

## Summary

A configuration change left the old certificates on the load balancers, and clients failed to connect.

## Timeline

All times in UTC.

{timeline}

## Action Items

- Add a check of the served certificate after each deploy.
"""


def test_the_clause_telling_how_it_was_resolved_inside_an_entry() -> None:
    document = from_markdown(
        _report(
            "- 2024-04-02 09:00 - the failures were noticed by a customer, we first blamed the network, "
            "The incident was resolved by putting the current certificates back on the load balancers.\n"
        )
    )
    assert document.root_cause.resolution == (
        "The incident was resolved by putting the current certificates back on the load balancers."
    )


def test_an_entry_telling_only_the_state_gives_no_resolution() -> None:
    document = from_markdown(
        _report(
            "- 2024-04-02 09:00 - Monitoring alerts on failed TLS handshakes.\n"
            "- 2024-04-02 09:40 - The API is back up.\n"
        )
    )
    assert document.root_cause.resolution == ""


def test_an_entry_telling_when_it_was_resolved_gives_no_resolution() -> None:
    document = from_markdown(
        _report(
            "- 2024-04-02 09:00 - Monitoring alerts on failed TLS handshakes.\n"
            "- 2024-04-02 09:10 - On-call expects the issue to be resolved by 09:40.\n"
        )
    )
    assert document.root_cause.resolution == ""
