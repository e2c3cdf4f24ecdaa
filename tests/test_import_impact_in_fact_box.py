"""A "Who was hit:" line in a fact box the importer keeps as written ("### At a glance") is the impact, over
sentences of the opening that only tell the story."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

FACTS = """\
# Retro: Android 5.2.0 login loop (Mar 3, 2026)

**Team:** Mobile
**Sev:** SEV2

We released 5.2.0 on Tuesday and people with saved sessions were bounced back to the login screen.

### At a glance

* **When:** first reports 09:40 PT, fixed build live 15:05 PT
* **Who was hit:** roughly 11% of Android users (~30k) could not stay logged in
* **Why:** the token refresh read a renamed preference key

### Action items

- Add an upgrade test from 5.1 with a saved session (Lea Brandt)
"""


def test_the_labelled_impact_in_the_fact_box_is_the_impact() -> None:
    assert "roughly 11% of Android users" in from_markdown(FACTS).summary.impact
