"""A blog post's front matter names it; its "# Postmortem" heading only says what kind of post it is.

The front matter's title ("Payroll Export Outage Postmortem") is the title a reader gives the report; a
heading that is the word "Postmortem" (or "Incident Report") names no incident. A heading that does name one
stays the title. And "the pains that caused, not being able to …" tells a hardship, "the issues that caused
this" refers to a cause: neither names what caused the outage.
"""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown

_POST = """\
---
layout: post
title:  "{front}"
date:   2021-03-02 10:00:00
author: Mira Sandoval
---

# {heading}

Hello everyone. On Monday at about 9:40am the payroll export stopped working until 2:15pm.

You may know the pains that caused, not being able to send the month's payslips. We want to fix the issues
that caused this small slip to grow into a day without payroll.

## What went wrong

The export job ran out of disk space because old archives were never deleted.
"""


@pytest.mark.parametrize("heading", ["Postmortem", "Incident Report", "Post-Mortem"])
def test_the_front_matter_title_wins_over_a_generic_heading(heading: str) -> None:
    document = from_markdown(_POST.format(front="Payroll Export Outage Postmortem", heading=heading))
    assert document.metadata.title == "Payroll Export Outage Postmortem"


def test_a_heading_naming_the_incident_stays_the_title() -> None:
    document = from_markdown(_POST.format(front="Blog post 12", heading="Payroll export outage"))
    assert document.metadata.title == "Payroll export outage"


def test_a_hardship_that_caused_nothing_named_is_no_cause() -> None:
    document = from_markdown(_POST.format(front="Payroll Export Outage Postmortem", heading="Postmortem"))
    assert "pains that caused" not in document.summary.root_cause
    assert "the issues that caused" not in document.summary.root_cause
