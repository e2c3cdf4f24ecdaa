"""The service a report's opening says went down, when no label names it: a web address or a name in backticks.

"… the site was unreachable on tickets.example.net", "`Harbor` experienced a full outage": a careful reader
notes the site or the application named as what failed. "`web-02` crashed" names one numbered host of it, not
the service; "The server went down" names only the server.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

SITE = """Postmortem

Issue Summary

For 12 minutes from 0410 to 0422, the site was unreachable on tickets.example.net. Visitors saw a timeout page.

Timeline

0410 - Monitoring reported the site down.
0422 - The load balancer was restarted.
"""

APP = """## Ledger outage report

### Issue Summary:

On June 9, 2026, from 8:00 AM to 8:50 AM (UTC), `Harbor` experienced a full outage after a faulty release.

### Timeline
- 8:00 AM: Release starts.
- 8:50 AM: Release rolled back.
"""


def test_a_web_address_said_to_be_unreachable_is_the_service() -> None:
    assert from_markdown(SITE).metadata.service == "tickets.example.net"


def test_an_application_in_backticks_that_had_an_outage_is_the_service() -> None:
    assert from_markdown(APP).metadata.service == "Harbor"


def test_a_numbered_host_is_no_service_and_a_plain_server_is_only_the_server() -> None:
    """A numbered host (`web-02` crashed) is not the service: the title's name ("Ledger outage") is taken instead.
    "The server went down" names only the server: a reader writes that, no web address or app name."""
    assert from_markdown(APP.replace("`Harbor`", "`web-02`")).metadata.service == "Ledger"
    assert (
        from_markdown(
            SITE.replace("the site was unreachable on tickets.example.net", "the server went down")
        ).metadata.service
        == "server"
    )


def test_a_service_label_among_the_impact_lines_names_the_service() -> None:
    """ "Impact:" over "Systems affected: …" and the users hit: the labelled line says which service it was,
    and stays in the impact's words."""
    from app.formats.markdown_import import from_markdown

    document = from_markdown(
        "Postmortem: Checkout errors\n\nDuration:\nStart Time: May 2, 2024, 9:10 AM UTC\n"
        "End Time: May 2, 2024, 9:55 AM UTC\n\nImpact:\nSystem Affected: Checkout API\n"
        "Customers: about 30% of orders failed with a 502.\n\nRoot Cause:\nA bad proxy setting.\n"
    )

    assert document.metadata.service == "Checkout API"
    assert "about 30% of orders failed" in document.summary.impact


IMPACT_LINE = """# Postmortem

Issue Summary:

Duration: June 9, 2026, 8:00 AM to 8:50 AM (UTC)

Impact: The service "Harbor" experienced a complete outage, and every customer saw an error page.

Root Cause: A faulty release.
"""


def test_an_application_in_double_quotes_in_the_impact_line_is_the_service() -> None:
    """'Impact: The service "Harbor" experienced a complete outage' under a bare "Issue Summary:": the name the
    writer quoted is the service, read in the impact's line when the opening says nothing else."""
    assert from_markdown(IMPACT_LINE).metadata.service == "Harbor"
    curly = IMPACT_LINE.replace('"Harbor"', "“Harbor”")
    assert from_markdown(curly).metadata.service == "Harbor"
    assert from_markdown(IMPACT_LINE.replace('"Harbor"', '"Harbor`')).metadata.service == ""


def test_a_service_label_over_a_list_names_the_listed_service() -> None:
    """ "**Affected Services:**" with nothing after its colon, then "- **Billing API**": the item listed under
    the label is the service, under a subtitle or not."""
    header = "**Incident Date:** 3 June 2026\n**Severity:** Low\n\n**Affected Services:**\n- **Billing API**\n\n"
    body = "## Summary\n\nInvoices could not be created for ten minutes.\n"
    assert from_markdown(f"# Billing report\n\n{header}{body}").metadata.service == "Billing API"
    subtitled = f"# Billing report\n## Invoices failing\n\n{header}---\n\n{body}"
    assert from_markdown(subtitled).metadata.service == "Billing API"
