"""A "Service affected:" line (the label's words the other way round) names the service, without its bold."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown


def test_service_affected_names_the_service() -> None:
    document = from_markdown(
        "# Review: webhooks delayed\n\n_Owner: Ana Ruiz · SEV3_\n\n"
        "Service affected: **hook-relay** (outbound webhooks)\n\n"
        "## Summary\n\nWebhooks arrived an hour late.\n"
    )
    assert document.metadata.service == "hook-relay (outbound webhooks)"
