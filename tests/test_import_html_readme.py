"""A post-mortem written in HTML inside a Markdown file: a README of ``<h2>`` headings over ``<p>`` blocks of text.

GitHub shows such a file as headed sections, each line inside a ``<p>`` broken with ``<br>`` (or ``</br>``, which
browsers read the same) on a line of its own: the importer reads it as the web page it is, not as Markdown
paragraphs with tags in them. Markdown that only opens with an HTML block (a centred logo) stays Markdown.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown

README = """\
<h1>Postmortem</h1>

<h2>Issue Summary</h2>

<p>
  From 09h10 to 09h52 GMT+1 on 3 March 2023 the ticket scanner at the gates
  rejected every ticket.</br>
  A renamed field in the ticket service's answer was the cause.
</p>

<h2>Timeline</h2>

<p>
  09h10 - Gate staff radioed that no ticket would scan.</br>
  09h18 - We rolled the scanner app back to last week's build.</br>
  09H40 - The renamed field was spotted in the ticket service's answer.</br>
  09H52 - The field's old name was restored and tickets scanned again.
</p>
"""

CENTRAL_EUROPE = timezone(timedelta(hours=1))


def test_an_html_readme_of_text_lines_gives_one_event_a_line() -> None:
    document = from_markdown(README)
    assert [event.text for event in document.timeline] == [
        "Gate staff radioed that no ticket would scan.",
        "We rolled the scanner app back to last week's build.",
        "The renamed field was spotted in the ticket service's answer.",
        "The field's old name was restored and tickets scanned again.",
    ]
    assert [event.time for event in document.timeline] == [
        datetime(2023, 3, 3, 9, minute, tzinfo=CENTRAL_EUROPE) for minute in (10, 18, 40, 52)
    ]
    assert "</br>" not in document.summary.impact + document.introduction


def test_a_french_clock_with_a_capital_h_starts_an_entry_of_its_own() -> None:
    text = """\
# Scanner outage, 3 March 2023

## Timeline
09h10 - Gate staff radioed that no ticket would scan.
09H40 - The renamed field was spotted.
"""
    timeline = from_markdown(text).timeline
    assert [event.time for event in timeline] == [
        datetime(2023, 3, 3, 9, 10, tzinfo=UTC),
        datetime(2023, 3, 3, 9, 40, tzinfo=UTC),
    ]


def test_gtm_with_an_offset_is_read_as_the_gmt_offset_it_slips_for() -> None:
    summary = from_markdown(README.replace("GMT+1", "GTM+1")).summary
    assert summary.start == datetime(2023, 3, 3, 9, 10, tzinfo=CENTRAL_EUROPE)
    assert summary.end == datetime(2023, 3, 3, 9, 52, tzinfo=CENTRAL_EUROPE)


def test_markdown_that_opens_with_a_centred_logo_stays_markdown() -> None:
    text = """\
<p align="center">
  <img src="logo.png" alt="logo">
</p>

# Upload outage

## Timeline
- 08:00 UTC on 4 June 2024: upload errors spotted
- 09:15 UTC: a new key was deployed and uploads worked again
"""
    document = from_markdown(text)
    assert document.metadata.title == "Upload outage"
    assert len(document.timeline) == 2
