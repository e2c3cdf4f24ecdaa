"""Bold labels the reader knows, under chapter headings of a story's own, are read as what they name.

"## Chapter two:" over "**Misleading paths:**" and a bullet: a misleading step of the timeline, not an extra
section; "**Resolution:**" under "## The Finale:" is the resolution.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

STORY = """# Post-mortem: the night the queue froze

## Prologue:

Gather round for a tale of a frozen message queue.

## Chapter one:

**Timeline:**

- 2025-02-11 22:10 UTC: the consumer lag alert fired

## Chapter two:

**Actions taken:**

- The on-call engineer restarted the consumers.

## Chapter three:

**Misleading investigation/debugging paths:**

- We blamed the network switch for an hour.

## Chapter four:

**Incident escalation:**

- The storage team was paged.

## The Finale:

**Resolution:**

- The broker's full disk was cleaned and the queue drained.
"""


def test_labels_in_story_chapters_are_timeline_events() -> None:
    incident = from_markdown(STORY)
    kinds = [(event.kind, event.text) for event in incident.timeline]
    assert [kind for kind, _ in kinds][:4] == ["detection", "action", "misleading", "escalation"]
    assert kinds[2][1].startswith("We blamed the network switch")
    assert "full disk was cleaned" in incident.root_cause.resolution
