"""Plain-text post-mortems, without markup: the title on their first lines, the cause named with a qualifier."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown


def test_a_short_first_line_ending_in_a_full_stop_is_the_title() -> None:
    document = from_markdown(
        "Payment gateway unreachable.\n\nSummary:\n- Duration: 20 minutes.\n- Impact: card payments failed.\n"
    )
    assert document.metadata.title == "Payment gateway unreachable"


def test_a_first_sentence_that_greets_or_tells_stays_text() -> None:
    document = from_markdown(
        "We had a bad day.\n\nSummary:\n- Duration: 20 minutes.\n- Impact: card payments failed.\n"
    )
    assert document.metadata.title == ""
    assert "We had a bad day." in document.introduction


def test_a_kind_of_report_over_what_happened_then_fields_gives_the_title() -> None:
    document = from_markdown(
        "Incident Reports\nMarch 3, 2025 - Search Index Stale\nDuration:\n\n"
        "Start Time: March 3, 2025, 09:00 UTC\nEnd Time: March 3, 2025, 10:00 UTC\n"
        "Root Cause:\nA stuck indexing job.\n"
    )
    assert "Search Index Stale" in document.metadata.title


def test_a_kind_of_report_over_a_sentence_gives_no_title() -> None:
    document = from_markdown("Incident Review\nThe search index was stale for an hour.\nRoot Cause:\nA stuck job.\n")
    assert "stale for an hour" not in document.metadata.title


def test_a_main_cause_label_is_the_cause_and_its_solution_bullet_the_resolution() -> None:
    document = from_markdown(
        "Mail relay down\n\nTimeline:\n    - The problem was detected by a customer.\n"
        "    - The problem was assigned to the mail administrator.\n"
        "Primary cause:\n    - A certificate expired on the relay.\n"
        "    - The solution was to renew the certificate and restart the relay.\n"
        "Preventive measures:\n    - Alert on certificates close to expiry.\n"
    )
    assert document.root_cause.cause == "A certificate expired on the relay."
    assert document.root_cause.resolution.startswith("The solution was to renew the certificate")
    assert len(document.timeline) == 2


QUESTIONS = """Cache cluster outage

What happened?

On 2024-05-02 at 09:10 UTC the cache cluster stopped answering, and pages loaded slowly for everyone.

What caused it?

A kernel upgrade had been applied to all cache nodes at once.

How did we fix it?

We rolled the nodes back to the previous kernel one at a time.

What will we do to prevent it?

    Upgrade cache nodes in batches
    Alert when more than one node is down

Closing

Thanks to everyone who helped.
"""


def test_questions_standing_as_plain_section_names_give_their_sections() -> None:
    document = from_markdown(QUESTIONS)
    assert document.root_cause.cause == "A kernel upgrade had been applied to all cache nodes at once."
    assert document.root_cause.resolution == "We rolled the nodes back to the previous kernel one at a time."
    assert "Upgrade cache nodes in batches" in document.measures.improvements


def test_a_question_that_names_no_section_stays_text() -> None:
    document = from_markdown(QUESTIONS.replace("What caused it?", "Was anyone paged?"))
    assert "Was anyone paged?" in document.introduction + document.root_cause.cause + str(document.extra_sections)
    assert document.root_cause.resolution == "We rolled the nodes back to the previous kernel one at a time."
