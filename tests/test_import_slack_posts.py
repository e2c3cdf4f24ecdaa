"""A post-mortem pasted from Slack reads as its Markdown would: no "<@U…|…>", ":shortcode:" or "*label*" left over."""

from __future__ import annotations

import pytest

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown

_HEAD = (
    ":zap: *Queue backlog on the billing workers* :zap:\n"
    "*Date:* Wed Jan 7, 2026\n"
    "*Severity:* SEV2\n"
    "*Owner:* <@U0PQ77RS|hana.k>\n\n"
)


def test_people_channels_links_and_broadcasts_read_as_their_text() -> None:
    text = (
        _HEAD + "*Impact*\n"
        "Invoices went out six hours late. <!channel> was told in <#C0BILL01|billing-ops>; "
        "the <https://wiki.example.org/billing/runbook|billing runbook> was followed by <@U0PQ77RS|hana.k> "
        "and <@U0ZZ99XY>, with <!subteam^S0DB12|db-team> on standby.\n"
    )
    impact = from_markdown(text).summary.impact
    assert impact == (
        "Invoices went out six hours late. @channel was told in #billing-ops; the "
        "[billing runbook](https://wiki.example.org/billing/runbook) was followed by @hana.k and @U0ZZ99XY, "
        "with @db-team on standby."
    )


def test_decorating_shortcodes_are_dropped_and_those_a_sentence_needs_are_kept_as_names() -> None:
    text = _HEAD + (
        "*Impact* :chart_with_upwards_trend:\n"
        ":warning: Invoices went out late :hourglass: The billing dashboard went :red_circle: for an hour, "
        "and we ordered :pizza: for the night shift :pray::skin-tone-3:\n"
    )
    impact = from_markdown(text).summary.impact
    assert impact == (
        "Invoices went out late The billing dashboard went red circle for an hour, and we ordered pizza for the "
        "night shift"
    )


def test_colons_in_code_keys_and_clock_times_are_not_shortcodes() -> None:
    text = _HEAD + "*Impact*\nThe `billing:queue:v2` key grew; at 02:05:30 AM the :fire: alarm rang.\n"
    impact = from_markdown(text).summary.impact
    assert impact == "The `billing:queue:v2` key grew; at 02:05:30 AM the fire alarm rang."


def test_time_led_lines_inside_the_impact_are_its_timeline() -> None:
    text = _HEAD + (
        "*Impact*\n"
        "Customers saw invoices six hours late; nothing was lost.\n"
        "• 2:05 AM — queue depth alarm paged <@U0PQ77RS|hana.k> :pager:\n"
        "• 2:40 AM — :thinking_face: we blamed the mail relay first, it was fine\n"
        "• 4:10 AM — scaled the billing workers from 4 to 16\n"
        "• 8:15 AM — backlog drained :tada:\n\n"
        "*Root cause*\n"
        "A cron change doubled the nightly batch at 2:00 AM UTC.\n"
    )
    document = from_markdown(text)
    assert document.summary.impact == "Customers saw invoices six hours late; nothing was lost."
    assert [(event.time.strftime("%H:%M") if event.time else None, event.text) for event in document.timeline] == [
        ("02:05", "queue depth alarm paged @hana.k"),
        ("02:40", "we blamed the mail relay first, it was fine"),
        ("04:10", "scaled the billing workers from 4 to 16"),
        ("08:15", "backlog drained"),
    ]
    assert document.root_cause.cause == "A cron change doubled the nightly batch at 2:00 AM UTC."


def test_one_time_in_the_impact_s_prose_stays_there() -> None:
    text = _HEAD + "*Impact*\n• 2:05 AM was when the first invoice was late\n• most customers never noticed\n"
    document = from_markdown(text)
    assert "2:05 AM was when the first invoice was late" in document.summary.impact
    assert document.timeline == []


def test_a_status_shortcode_leading_a_task_is_its_status_and_a_mention_its_owner() -> None:
    text = _HEAD + (
        "*Action items*\n"
        "• :white_check_mark: Alert on queue depth per tenant — <@U0PQ77RS|hana.k>\n"
        "• :construction: Spread the nightly batch over an hour — <@U0ZZ99XY|omar> — in progress, due Jan 9\n"
        "• :black_square_button: Document the cron owners — <@U0ZZ99XY|omar>\n"
    )
    tasks = from_markdown(text).measures.tasks
    assert [(task.text, task.owner, task.status.value) for task in tasks] == [
        ("Alert on queue depth per tenant", "hana.k", "done"),
        ("Spread the nightly batch over an hour", "omar", "in progress"),
        ("Document the cron owners", "omar", "open"),
    ]


def test_a_post_opening_with_a_part_s_name_has_that_part_not_a_title_of_that_name() -> None:
    text = (
        "*Impact*\n:warning: Checkout was down for 12 minutes <!here>\n\n"
        "*Root cause*\nAn expired certificate on the <#C0PAY|payments> gateway.\n"
    )
    document = from_markdown(text)
    assert document.metadata.title != "Impact"
    assert document.summary.impact == "Checkout was down for 12 minutes @here"
    assert document.root_cause.cause == "An expired certificate on the #payments gateway."


def test_a_markdown_file_with_shortcodes_and_italic_labels_is_read_as_markdown() -> None:
    # GitHub renders ":fire:" too, and "*Impact*" alone is Markdown's italics: with headings, the file is Markdown.
    text = "# Queue backlog\n\n## Summary\n\n*Impact*\n\n:fire: Invoices went out late.\n\n## Timeline\n\n- 02:05 x\n"
    document = from_markdown(text)
    assert ":fire: Invoices went out late." in document.introduction + document.summary.impact


def test_a_status_and_a_due_date_in_one_segment_of_a_markdown_task() -> None:
    text = "# T\n\n## Action items\n\n- Spread the batch — @omar — in progress, due 2026-01-09\n"
    task = from_markdown(text).measures.tasks[0]
    assert (task.text, task.owner, task.status.value, str(task.due)) == (
        "Spread the batch",
        "omar",
        "in progress",
        "2026-01-09",
    )


_MIB = 1 << 20
HOSTILE = {
    "a line of shortcodes": _HEAD + "*Impact*\n" + ":fire: x " * (_MIB // 9) + "\n",
    "a line of mention openings": _HEAD + "*Impact*\n" + "<@U1|" * (_MIB // 5) + "\n",
    "a line of asterisks and tildes": _HEAD + "*Impact*\n" + "*a ~b " * (_MIB // 6) + "\n",
    "a line of shortcodes just under the reader's limit, many times": _HEAD
    + "*Impact*\n"
    + (":a:" * 1300 + "\n") * 2000,
    "sixty thousand entries": _HEAD + "*Impact*\n" + "• 10:42 AM — :fire: <@U1|x> *y* ~z~\n" * 60_000,
    "a line of shortcodes in code spans": _HEAD + "*Impact*\n" + ("`:a: " * 800 + "\n") * 2000,
    "sixty thousand blank lines before the post": "\n" * 60_000 + _HEAD + "*Impact*\n• 10:42 AM — x :fire:\n",
    "sixty thousand bold lines": _HEAD + "*Impact*\n" + ":fire: *Impact*\n" * 60_000,
}


@pytest.mark.timeout(120)
@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_slack_post_is_read_in_one_pass(text: str) -> None:
    document = from_markdown(text)
    assert document.metadata.title == "Queue backlog on the billing workers"
    assert from_markdown(to_markdown(document)) == document


_COPIED_FROM_THE_WINDOW = (
    "Tomas Berg  9:12 AM\n"
    ":fire: *Incident summary - webhook retries piled up (SEV2)* :fire:\n"
    "Service: hooks-relay\n\n"
    "*Impact*\n"
    "Webhooks to partners were late by up to an hour.\n\n"
    "*Timeline*\n"
    "• 07:40 - retries start piling up\n"
    "• 08:05 - paged\n"
)


def test_a_post_copied_with_its_sender_s_line_has_its_bold_line_as_title_and_the_sender_as_author() -> None:
    document = from_markdown(_COPIED_FROM_THE_WINDOW)
    assert document.metadata.title == "Incident summary - webhook retries piled up (SEV2)"
    assert document.metadata.authors == ["Tomas Berg"]
    assert document.metadata.service == "hooks-relay"
    assert document.metadata.severity == "SEV2"  # the level in brackets after the title
    assert "9:12 AM" in document.introduction  # when it was posted stays where a reader looks
    assert len(document.timeline) == 2


def test_a_sender_s_line_over_a_part_s_name_alone_leaves_that_part() -> None:
    text = "Tomas Berg  9:12 AM\n:warning: *Impact*\nWebhooks were late for <@U01|dana>.\n\n"
    text += ":bug: *Root cause*\nA bad deploy.\n"
    document = from_markdown(text)
    assert document.summary.impact == "Webhooks were late for @dana."
    assert document.root_cause.cause == "A bad deploy."
