"""A summary written as a paragraph names its cause in words other than "the root cause was".

A careful reader filling in the summary's root cause copies the sentence that says where the trouble came from:
"… was found to be caused by a bad migration", "The problem is suspected to have arisen from a missing driver",
"The issue stemmed from …", or a sentence whose subject is what caused it ("An expired certificate caused every
instance to go down"). Not a sentence whose subject is the outage itself ("The outage caused …" tells effects).
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown


def _report(summary: str) -> str:
    return f"""# Postmortem: sign-in failures

## Issue Summary
{summary}

## Timeline
- 2024-06-02 08:00 UTC - Users report they cannot sign in.
- 2024-06-02 09:30 UTC - Sign-in works again.

## Root Cause
Long explanation of the migration and the column it renamed, written for engineers.

## Corrective and Preventative Measures
- Run migrations on a copy of production first.
"""


def test_a_cause_found_to_be_caused_by_is_the_summary_cause() -> None:
    document = from_markdown(
        _report(
            "A release went out the day before the first complaints. The support desk confirmed the problem and "
            "after a wrong guess the fault was found to be caused by a misspelt column in the user model. "
            "Sign-in was down for an hour and a half."
        )
    )
    assert "caused by a misspelt column in the user model" in (document.summary.root_cause or "")


def test_a_problem_suspected_to_have_arisen_from_something_is_the_summary_cause() -> None:
    document = from_markdown(
        _report(
            "After a forced restart the login server came back without its network. "
            "The problem is suspected to have arisen from two drivers missing at boot."
        )
    )
    assert "two drivers missing at boot" in (document.summary.root_cause or "")


def test_what_caused_it_as_the_subject_of_the_sentence_is_the_summary_cause() -> None:
    document = from_markdown(
        _report(
            "An expired signing key for the token service caused every sign-in to fail in two regions. "
            "Customers were unable to reach their dashboards. "
            "The issue stemmed from a key rotation job that had been switched off."
        )
    )
    assert (document.summary.root_cause or "").startswith("An expired signing key for the token service")
    assert "unable to reach their dashboards" in (document.summary.impact or "")


def test_an_outage_causing_its_effects_is_not_the_summary_cause() -> None:
    document = from_markdown(
        _report(
            "The outage caused sign-in failures for every customer for ninety minutes. "
            "The issue stemmed from a key rotation job that had been switched off."
        )
    )
    assert (document.summary.root_cause or "").startswith("The issue stemmed from a key rotation job")


def test_an_effect_run_on_without_its_stop_is_not_the_summary_cause() -> None:
    # "… when queried This caused …": the writer left out the full stop; "This caused" tells the effect again.
    text = (
        "# Blog outage\n\n## Issue Summary\n\nThe blog answered every page with an error.\n"
        "The web server returns a 500 error when queried\nThis caused an outage leaving readers with no pages.\n\n"
        "## Root Cause\n\nA misspelt file name in the blog's settings.\n"
    )
    document = from_markdown(text)
    assert "This caused" not in (document.summary.root_cause or "")
