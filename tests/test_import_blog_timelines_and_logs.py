"""Timelines a blog post or an event's write-up gives in ways a careful reader still reads as timelines.

- A blog post whose front matter names it opens its body with "# Timeline" (a level-one heading) over
  "## Root Cause" and the rest: that heading is the timeline's, not the post's title.
- A log or a command's output pasted in a ``` block under a time-led bullet is that bullet's evidence, kept
  as written; its own timestamps are not entries.
- An event's write-up tells each problem in its own section, each with a "Timeline:" line over a ``` block of
  "10:40 UTC - …" lines: those lines are the timeline (no date anywhere, so their times stay unread).
"""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown

_BLOG = """\
---
date: 2023-04-02
title: "{title}"
author: Lou Ferreira
---

On Sunday, April 2nd, 2023 at about 07:10 UTC the mail relay stopped accepting messages.

{heading}

All times are UTC.

 - **07:12** `@lou` Users report bounced mail in the forum
 - **07:15** `@sam` Confirmed the relay refuses connections

```
Apr  2 07:14:58 relay1 postfix/smtpd[2211]: fatal: no space left on device
```

 - **07:20** `@lou` Found the queue partition full

```
Apr  2 07:19:40 relay1 kernel: EXT4-fs warning: 100% used
Apr  2 07:19:41 relay1 postfix/qmgr[99]: warning: queue file write error
```

- **07:31** `@sam` Old deferred mail purged, relay accepting again

## Root Cause

The deferred queue was never expired and filled its partition.

## Opportunities

We need to expire deferred mail after five days.
"""


@pytest.mark.parametrize(
    ("title", "heading"),
    [
        ("Mail relay outage", "# Timeline"),
        ("Relay down: queue partition full", "# Timeline of events"),
        ("When the mail stopped", "# Timeline"),
    ],
)
def test_a_level_one_timeline_under_a_front_matter_title_is_the_timeline(title: str, heading: str) -> None:
    document = from_markdown(_BLOG.format(title=title, heading=heading))
    assert document.metadata.title == title
    texts = [event.text for event in document.timeline]
    assert len(texts) == 4
    assert "Users report bounced mail" in texts[0]
    assert "relay accepting again" in texts[-1]


def test_a_log_block_under_a_timed_bullet_is_no_entry_and_stays_as_written() -> None:
    document = from_markdown(_BLOG.format(title="Mail relay outage", heading="# Timeline"))
    assert not any("postfix" in event.text or "EXT4" in event.text for event in document.timeline)
    kept = "\n".join(section.body for section in document.extra_sections)
    assert "fatal: no space left on device" in kept
    assert "queue file write error" in kept


_EVENT = """\
# Hackathon 2024 post-mortem

## Registration problems

Our mailer sent the wrong invitation links to half of the teams.

{label}

```
08:00 UTC - registration opened
08:25 UTC - a team told us the links were wrong
08:40 UTC - we resent every invitation
```

Next time we will test the mailer on a copy of the list.

## Scoreboard problems

The scoreboard froze in the afternoon.

{label}

```
{first}
13:20 UTC - the database connection pool was exhausted
13:35 UTC - we raised the pool size and restarted the scoreboard
```

## Network problems

Some teams could not reach the VPN.
"""


@pytest.mark.parametrize(
    ("label", "first"),
    [
        ("Timeline:", "13:05 UTC - scoreboard stopped updating"),
        ("Timeline of events:", "13:05 - scoreboard stopped updating"),
        ("Our timeline (UTC):", "[13:05] scoreboard stopped updating"),
    ],
)
def test_timelines_in_code_blocks_under_timeline_lines_are_read(label: str, first: str) -> None:
    document = from_markdown(_EVENT.format(label=label, first=first))
    texts = [event.text for event in document.timeline]
    assert len(texts) == 6
    assert "a team told us the links were wrong" in texts[1]
    assert "scoreboard stopped updating" in texts[3]
    assert "raised the pool size" in texts[5]
    assert all(event.time is None for event in document.timeline)  # no date anywhere: none is made up
    # The words around each block stay in their section.
    kept = {section.heading: section.body for section in document.extra_sections}
    assert "wrong invitation links" in kept["Registration problems"]
    assert "08:40 UTC" not in kept["Registration problems"]


def test_a_code_block_of_commands_under_a_timeline_line_is_no_timeline() -> None:
    text = _EVENT.format(label="Timeline:", first="13:05 UTC - scoreboard stopped").replace(
        "08:25 UTC - a team told us the links were wrong", "sudo systemctl restart mailer"
    )
    document = from_markdown(text)
    assert not any("systemctl" in event.text for event in document.timeline)
