"""A report kept in a Sphinx site, and a timeline written inside another section.

- reStructuredText substitutions (``.. |day| replace:: 2026-03-09``) are put in where the report uses them: the
  title reads "[2026-03-09] Deviation Report", not "[|day|] …", and the definitions are no words of the report.
- A header drawn as a one-row simple table of labelled cells ("Date: … | Author: …") gives its labels: the
  author is read.
- "Timeline:" alone on its line inside "Description", over a timed list, is the timeline: a careful reader takes
  the list as the incident's entries, whatever section the writer put it in.
"""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import from_markdown

_SPHINX_REPORT = """.. |day| replace::   2026-03-09
.. |writer| replace:: Sigrid Holm

[|day|] Deviation Report: Mail Relay Stall
==========================================

============ ======================================================
Date: |day|  Author: |writer|
------------ ------------------------------------------------------

.. contents::


Summary
-------

Outgoing mail queued for about forty minutes from 08:10.


Description
-----------

A certificate on the relay was replaced with one missing its chain.

Timeline:

* **08:10**: The new certificate is installed on the relay

* **08:31**: Users report that mail is not leaving. The team
  finds the missing chain

* **08:50**: The full chain is installed and the queue drains

Senders may have seen the delay later, as their clients retried.


Mitigation Measures
-------------------

#. Check the chain before installing a certificate
"""


def test_substitutions_are_put_in_and_their_definitions_dropped() -> None:
    document = from_markdown(_SPHINX_REPORT)
    assert document.metadata.title == "[2026-03-09] Deviation Report: Mail Relay Stall"
    assert "|day|" not in document.introduction and "replace::" not in document.introduction
    assert all("|writer|" not in section.body for section in document.extra_sections)


def test_a_header_table_of_labelled_cells_gives_the_author() -> None:
    assert from_markdown(_SPHINX_REPORT).metadata.authors == ["Sigrid Holm"]


def test_a_timeline_label_inside_the_description_heads_the_timeline() -> None:
    document = from_markdown(_SPHINX_REPORT)
    assert [event.time for event in document.timeline] == [
        datetime(2026, 3, 9, 8, 10, tzinfo=UTC),
        datetime(2026, 3, 9, 8, 31, tzinfo=UTC),
        datetime(2026, 3, 9, 8, 50, tzinfo=UTC),
    ]
    assert document.timeline[2].text.startswith("The full chain is installed")
    description = next(section for section in document.extra_sections if section.heading == "Description")
    assert description.body == "A certificate on the relay was replaced with one missing its chain."


def test_the_same_in_markdown() -> None:
    markdown = """# Mail relay stall

Date: 2026-03-09

## Description

A certificate on the relay was replaced with one missing its chain.

Timeline (all times UTC):

* **08:10**: The new certificate is installed on the relay

* **08:31**: Users report that mail is not leaving

* **08:50**: The full chain is installed and the queue drains

Senders may have seen the delay later.
"""
    assert len(from_markdown(markdown).timeline) == 3


def test_a_timeline_label_beside_a_timeline_heading_is_left_alone() -> None:
    markdown = """# Mail relay stall

Date: 2026-03-09

## Timeline

- 08:10 The new certificate is installed on the relay
- 08:50 The full chain is installed

## Appendix

Timeline:

- 07:00 An older run of the same job, for comparison
"""
    document = from_markdown(markdown)
    assert len(document.timeline) == 2
    assert any("07:00" in section.body for section in document.extra_sections)
