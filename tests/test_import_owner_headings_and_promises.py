"""Measures and times a careful reader finds in a blog post or an event's write-up.

- "## Resulting Action" over "#### @handle What was done" headings, each over its explanation: a task per
  heading, owned by the handle; "## Opportunities" paragraphs ("We need to …") are the improvements.
- With no measures section anywhere, "Next time we will …" sentences are the improvements.
- A post whose only date is in its front-matter title ("Downtime on June 13, 2019") dates the times its
  prose tells ("Around 09:50 (CEST) …"); a line ending in "Around" over "10:00, we …" moves the word along.
"""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown

_ACTIONS = """\
---
title: "Search index rebuild outage"
---

On 4 May 2024 at 14:02 UTC search returned nothing for 20 minutes.

## Timeline

- **14:02** `@ana` Search results empty
- **14:22** `@ben` Index restored from snapshot

## {improve}

We need to alert when the index shrinks by more than half.

We need a runbook for restoring snapshots.

## {actions}

#### {first}

Alert added on the index size metric.

```yaml
- alert: IndexShrunk
```

#### {second}

Runbook written in the wiki.
"""


@pytest.mark.parametrize(
    ("improve", "actions", "first", "second"),
    [
        ("Opportunities", "Resulting Action", "@ana Index size alert", "@ben_k Restore runbook"),
        ("Opportunities for improvement", "Resulting Actions", "`@ana` Index size alert", "@ben_k: Restore runbook"),
        ("Improvements", "Resulting Action", "@ana Index size alert", "@ben_k Restore runbook"),
    ],
)
def test_owner_led_headings_are_tasks_and_opportunities_improvements(
    improve: str, actions: str, first: str, second: str
) -> None:
    document = from_markdown(_ACTIONS.format(improve=improve, actions=actions, first=first, second=second))
    tasks = [(task.text, task.owner) for task in document.measures.tasks]
    assert tasks == [("Index size alert", "ana"), ("Restore runbook", "ben_k")]
    improvements = " | ".join(document.measures.improvements)
    assert "alert when the index shrinks" in improvements
    assert "runbook for restoring snapshots" in improvements
    kept = "\n".join(section.body for section in document.extra_sections)
    assert "Alert added on the index size metric." in kept  # the explanations stay as written


def test_headings_of_other_kinds_among_them_are_no_tasks() -> None:
    text = _ACTIONS.format(
        improve="Opportunities", actions="Resulting Action", first="@ana Index size alert", second="Background"
    )
    document = from_markdown(text)
    assert not any(task.owner == "ana" for task in document.measures.tasks)


_STORY = """\
# Game day 2023 post-mortem

## Scoring problems

The scoreboard froze for half an hour. {promise} use a read replica for the scoreboard.

## Network problems

Some teams could not reach the VPN. We still do not know why.
"""


@pytest.mark.parametrize("promise", ["Next time we will", "In the future, we'll", "Going forward we are going to"])
def test_promises_are_the_improvements_when_no_measures_are_written(promise: str) -> None:
    document = from_markdown(_STORY.format(promise=promise))
    assert any("use a read replica for the scoreboard" in text for text in document.measures.improvements)


def test_promises_do_not_add_to_a_measures_section() -> None:
    text = _STORY.format(promise="Next time we will") + "\n## Action items\n\n- Add VPN monitoring\n"
    document = from_markdown(text)
    assert not any("read replica" in text for text in document.measures.improvements)


_PROSE = """\
---
layout: post
title: "Post-mortem: {title}"
---

After this morning's release, the API returned errors for some users.

## What happened
{first} (CEST), we released version 4.2. Shortly after, the error rate rose and we saw the new cache key
in every failing request. {word}
10:05, we rolled back to version 4.1.
"""


@pytest.mark.parametrize(
    ("title", "first", "word"),
    [
        ("API errors on June 3, 2021", "Around **09:40**", "Around"),
        ("API errors on 3 June 2021", "At 09:40", "At about"),
        ("API errors, June 3rd 2021", "About 09:40", "By"),
    ],
)
def test_prose_times_take_the_day_from_the_front_matter_title(title: str, first: str, word: str) -> None:
    document = from_markdown(_PROSE.format(title=title, first=first, word=word))
    times = [event.time.isoformat() if event.time else None for event in document.timeline]
    assert times == ["2021-06-03T09:40:00+02:00", "2021-06-03T10:05:00+02:00"]
    first_text, second_text = (event.text for event in document.timeline)
    assert not first_text.rstrip().endswith(word)
    assert "rolled back to version 4.1" in second_text
