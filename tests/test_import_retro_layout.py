"""A team's retro, written up in its own layout, opens with its facts where a careful reader would put them.

Its columns of changes (Start / Stop / Continue, Keep / Drop / Add, More of / Less of, Try) are the
improvements, a Stop item said as "Stop …"; its columns of feelings (Went well / Went badly, Glad / Sad / Mad)
are the closing notes; the timed list under its recap is the timeline. Headings in the team's own words (a known
name with a few words after it, an impact qualified by whom it struck) name their sections, and a
choose-your-own-adventure told in numbered steps is the humour.
"""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown
from app.model import EventKind

_RECAP = """# Retro: invoice PDFs blank

## {recap}

On Wednesday 5 March 2025 invoice PDFs came out blank from 14:02 to 15:10 UTC; 1,240 customers got an empty
attachment.

{label}
- 14:02 release 3.9 of the renderer goes out
- 14:20 support reports blank PDFs
- 14:41 Imran rolls the renderer back
- 15:10 resend of the affected invoices completes

## Action items

- Add a rendering smoke test to the release pipeline — Imran Qureshi — 21 Mar 2025
"""


@pytest.mark.parametrize("recap", ["Quick recap", "Recap", "A short summary", "The rough rundown", "Summary"])
@pytest.mark.parametrize("label", ["What happened, roughly:", "How it went, more or less:", ""])
def test_the_timed_list_under_a_retros_recap_is_its_timeline(recap: str, label: str) -> None:
    document = from_markdown(_RECAP.format(recap=recap, label=label))

    assert [event.time.strftime("%H:%M") for event in document.timeline if event.time] == [
        "14:02",
        "14:20",
        "14:41",
        "15:10",
    ]
    assert document.timeline[1].text == "support reports blank PDFs"
    assert "1,240 customers" in document.summary.impact
    assert not any(section.heading == recap for section in document.extra_sections)
    assert len(document.measures.tasks) == 1


def test_a_recap_list_with_fewer_than_three_times_stays_in_the_opening() -> None:
    text = _RECAP.replace("- 14:20 support", "- then support").replace("- 14:41 Imran", "- later Imran")
    document = from_markdown(text.format(recap="Quick recap", label=""))

    assert document.timeline == []
    assert "then support reports blank PDFs" in document.introduction


_COLUMNS = """# Retro: search index rebuild stalled

## Summary

The nightly search index rebuild stalled on 12 May 2025 and search showed day-old results until noon.

## {first}

{first_items}

## {second}

{second_items}

## {third}

{third_items}
"""


def _retro(columns: list[tuple[str, str]]) -> str:
    (first, one), (second, two), (third, three) = columns
    return _COLUMNS.format(
        first=first, first_items=one, second=second, second_items=two, third=third, third_items=three
    )


def test_start_stop_continue_columns_are_the_improvements_stop_said_as_stop() -> None:
    document = from_markdown(
        _retro(
            [
                ("Start", "- Alerting when the rebuild runs past 2 hours.\n- Add a canary index for each rebuild."),
                ("Stop", "- Running the rebuild on the same node as the API.\n- Stop skipping the weekly dry run."),
                ("Continue", "- The shared incident doc.\n- Continue pairing on the on-call handover."),
            ]
        )
    )

    assert document.measures.improvements == [
        "Start alerting when the rebuild runs past 2 hours.",
        "Add a canary index for each rebuild.",
        "Stop running the rebuild on the same node as the API.",
        "Stop skipping the weekly dry run.",
        "Continue the shared incident doc.",
        "Continue pairing on the on-call handover.",
    ]
    assert document.measures.tasks == []
    assert [section.heading for section in document.extra_sections] == []


@pytest.mark.parametrize(
    ("columns", "expected"),
    [
        (
            [("Keep", "- Weekly index checks"), ("Drop", "- Manual reindex scripts"), ("Add", "- A rebuild dashboard")],
            ["Keep weekly index checks", "Drop manual reindex scripts", "A rebuild dashboard"],
        ),
        (
            [
                ("🟢 Start doing", "* Reindexing in batches"),
                ("🔴 Stop doing", "* Friday rebuilds"),
                ("Try", "* Blue/green indexes"),
            ],
            ["Start reindexing in batches", "Stop Friday rebuilds", "Blue/green indexes"],
        ),
        (
            [
                ("More of", "1. Pairing on upgrades"),
                ("Less of", "1. Context switching"),
                ("Continue", "1. CI index checks"),
            ],
            ["More pairing on upgrades", "Less context switching", "Continue CI index checks"],
        ),
    ],
)
def test_other_retro_formats_columns_are_the_improvements(columns: list[tuple[str, str]], expected: list[str]) -> None:
    document = from_markdown(_retro(columns))

    assert document.measures.improvements == expected
    assert document.extra_sections == []


def test_went_well_and_went_badly_beside_a_try_column_are_the_closing_notes() -> None:
    document = from_markdown(
        _retro(
            [
                ("Went well", "- The on-call found the stalled job fast."),
                ("Went badly", "- Nobody knew the rebuild had a timeout."),
                ("Try", "- A timeout alert on the rebuild job."),
            ]
        )
    )

    assert document.measures.improvements == ["A timeout alert on the rebuild job."]
    assert "### Went well" in document.closing_notes
    assert "The on-call found the stalled job fast." in document.closing_notes
    assert "Nobody knew the rebuild had a timeout." in document.closing_notes


def test_glad_sad_mad_are_the_closing_notes_and_a_start_column_beside_them_the_improvements() -> None:
    document = from_markdown(
        _retro(
            [
                ("Glad", "- Support spotted it before any customer did."),
                ("Mad", "- The runbook pointed at a host we retired."),
                ("Start", "- Reviewing runbooks every quarter."),
            ]
        )
    )

    assert document.measures.improvements == ["Start reviewing runbooks every quarter."]
    assert "### Glad" in document.closing_notes and "### Mad" in document.closing_notes
    assert "The runbook pointed at a host we retired." in document.closing_notes


def test_a_lone_start_heading_is_no_retro_column() -> None:
    document = from_markdown(
        "# Outage\n\n## Summary\n\nThe API failed.\n\n## Start\n\n- Warming the cache first.\n\n## Notes\n\nNone.\n"
    )

    assert document.measures.improvements == []
    assert [section.heading for section in document.extra_sections] == ["Start", "Notes"]


@pytest.mark.parametrize(
    ("heading", "field"),
    [
        ("What went wrong, in one breath", "cause"),
        ("Root cause, briefly", "cause"),
        ("Why it happened — the short version", "cause"),
        ("Patient Impact", "impact"),
        ("2. Member impact", "impact"),
        ("Revenue Impact", "impact"),
        ("Impact on merchants", "impact"),
        ("How we fixed it, eventually", "resolution"),
    ],
)
def test_a_known_name_with_the_teams_own_words_names_its_section(heading: str, field: str) -> None:
    body = "The 3,400 queued claims sat unprocessed because the worker pool shrank to one."
    document = from_markdown(f"# Claims backlog\n\n## Summary\n\nClaims stalled.\n\n## {heading}\n\n{body}\n")

    value = {
        "cause": document.root_cause.cause or document.summary.root_cause,
        "impact": document.summary.impact,
        "resolution": document.root_cause.resolution,
    }[field]
    assert body in value
    assert document.extra_sections == []


@pytest.mark.parametrize(
    "heading", ["Reducing impact", "Impact, cause and fix", "Impact, detection & response", "Limiting the impact"]
)
def test_a_heading_naming_several_parts_or_a_change_stays_as_written(heading: str) -> None:
    document = from_markdown(f"# Claims backlog\n\n## Summary\n\nClaims stalled.\n\n## {heading}\n\nSome words.\n")

    assert document.summary.impact == ""
    assert [section.heading for section in document.extra_sections] == [heading]


_TIMELINE = "## Timeline\n\n- 09:05 — Builds fail.\n- 09:50 — Cache purged; builds pass.\n\n"


@pytest.mark.parametrize(
    ("heading", "steps"),
    [
        (
            "Choose your own debugging adventure",
            "1. The build fails. Do you (a) retry, turn to 2, or (b) read the log, turn to 3?\n"
            "2. It fails again. Go back to 1.\n3. The cache is stale. You purge it. THE END.",
        ),
        (
            "Debug it yourself",
            "1. The build fails. Retry (go to 2) or read the log (go to 3)?\n"
            "2. Same failure. Go back to 1.\n3. Stale cache. Purged. You win.",
        ),
        (
            "Pick your own outage adventure",
            "- **1.** Red build. Retry? Skip to 2. Read the log? Skip to 3.\n"
            "- **2.** Still red. Turn to 1.\n- **3.** Stale cache: purged. Green.",
        ),
    ],
)
def test_a_choose_your_own_adventure_told_in_steps_is_the_humour(heading: str, steps: str) -> None:
    document = from_markdown(f"# Builds red\n\n{_TIMELINE}## {heading}\n\n{steps}\n")

    assert "Stale" in document.humor.caption or "stale" in document.humor.caption
    assert "Go back to 1" in document.humor.caption or "Turn to 1" in document.humor.caption
    assert document.extra_sections == []


def test_steps_without_moves_stay_their_own_section() -> None:
    document = from_markdown(f"# Builds red\n\n{_TIMELINE}## Debug it yourself\n\n1. Read the log.\n2. Purge.\n")

    assert document.humor.caption == ""
    assert [section.heading for section in document.extra_sections] == ["Debug it yourself"]


def test_the_recap_timeline_keeps_the_kinds_its_lines_say() -> None:
    document = from_markdown(_RECAP.format(recap="Quick recap", label=""))

    assert document.timeline[1].kind is EventKind.DETECTION
