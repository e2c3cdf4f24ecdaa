"""The cause and the fix told in a summary's or a story's sentences: the root cause and the resolution."""

from app.formats.markdown_import import from_markdown


def test_a_story_tells_what_was_found_as_the_cause_and_the_deed_that_brought_it_back_as_the_fix() -> None:
    document = from_markdown(
        "# CI runners offline\n\n"
        "On March 3, 2025 our CI runners stopped picking up jobs at 5:58 pm UTC. For about ninety minutes no "
        "pipeline ran, and 140 merge requests waited.\n\n"
        "Maria was on call and paged Tom at 6:40 pm. Together they found that the runners' registration tokens had "
        "expired at 5:58 pm, because the rotation job had been silently failing for a month. New tokens were issued "
        "at 7:25 pm and by half past seven every runner was back.\n"
    )
    assert "rotation job had been silently failing" in document.summary.root_cause
    assert "rotation job" not in document.summary.impact
    assert document.root_cause.resolution.startswith("New tokens were issued at 7:25 pm")


def test_a_summary_saying_how_the_issue_was_resolved_gives_the_resolution() -> None:
    document = from_markdown(
        "# Checkout outage\n\n## Summary\n\nOn May 2 the checkout API returned errors to 30% of shoppers for an "
        "hour. The root cause was an exhausted connection pool. We fixed the problem by doubling the pool and "
        "restarting the API pods.\n\n## Timeline\n\n- 10:00 UTC: Alerts fired.\n- 11:00 UTC: Errors stopped.\n"
    )
    assert document.root_cause.resolution.startswith("We fixed the problem by doubling the pool")


def test_a_deed_that_restored_the_service_told_in_passing_is_the_resolution() -> None:
    document = from_markdown(
        "# Staging unreachable\n\n## Summary\n\nThe upgrade of the proxy chart failed on two clusters. The staging "
        "hub wasn't reachable, so we rolled back the chart in #412 which restored staging for everyone.\n\n"
        "## Impact\n\nNobody could log in to staging for 40 minutes.\n"
    )
    assert document.root_cause.resolution == "We rolled back the chart in #412 which restored staging for everyone."


def test_an_immediate_actions_heading_under_the_summary_gives_the_resolution() -> None:
    document = from_markdown(
        "# Queue disk full\n\n## Summary\n\nThe queue's disk filled up.\n\n### Root cause\n\nThe disk had no alert."
        "\n\n### Immediate Actions\nThe queue volume got resized.\nThe broker was restarted.\n\n### What went well\n"
        "Fast response.\n"
    )
    assert document.root_cause.resolution == "The queue volume got resized. The broker was restarted."


def test_a_summary_with_neither_cause_nor_fix_told_leaves_the_resolution_empty() -> None:
    document = from_markdown(
        "# Slow search\n\n## Summary\n\nSearch was slow for an hour and 12% of queries timed out. The servers "
        "were restarted at noon as planned.\n"
    )
    assert not document.root_cause.resolution
