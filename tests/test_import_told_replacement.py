"""A story that ends with the fix told as a swap: "We ripped out the cron job and replaced it with a queue worker".

A careful reader filling in the form takes that sentence as the resolution; a replacement made by mistake is
part of the trouble, not its fix.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

_STORY = """\
---
layout: post
title: The Night the Invoices Stopped
---
Last March our invoices stopped going out for two nights in a row.

Nobody noticed at first. On the third morning a customer wrote in, and we started digging. The logs showed
the nightly cron job starting and then dying quietly when the box ran out of memory.

{fix}
"""


def test_the_swap_that_ended_it_is_the_resolution() -> None:
    fix = "We ripped out the cron job and replaced it with a queue worker, and the invoices have gone out since."
    document = from_markdown(_STORY.format(fix=fix))
    assert document.root_cause.resolution == fix


def test_a_replacement_made_by_mistake_is_no_resolution() -> None:
    fix = "It began when we accidentally replaced the config with an old copy during the upgrade."
    document = from_markdown(_STORY.format(fix=fix))
    assert "replaced the config" not in document.root_cause.resolution
