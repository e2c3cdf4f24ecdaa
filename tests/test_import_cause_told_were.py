"""A write-up with no root-cause section that says "the root cause were …" (typed in a hurry) in its story: that
sentence is the root cause a reader writes down, as "the root cause was …" would be."""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown


@pytest.mark.parametrize("said", ["the root cause was", "the root cause were"])
def test_a_story_naming_its_cause_with_a_slip_of_grammar_gives_the_root_cause(said: str) -> None:
    text = f"""# Night of the dark warehouse

## What we saw

The scanners went offline at midnight and {said} a tripped breaker and a router with no spare power.

## What we changed

We added a second power feed to the network cabinet.
"""
    document = from_markdown(text)
    assert "tripped breaker" in document.summary.root_cause + document.root_cause.cause
