"""A caption written as a small heading under the opening picture does not set the sections' level."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

CAPTIONED = """# Postmortem

![A diagram of the outage](diagram.png)
###### picture: an engineer's sketch

## Issue Summary

The web server was down for half an hour after a config change.

## Timeline

* 10:00 new config uploaded
* 10:05 server found down
* 10:30 config fixed and server restarted

## Corrective and preventative measures

### What we can improve
* Review each config change twice.

### Tasks
* Patch the web server config.
* Add a monitor on the web server.
"""


def test_a_small_caption_over_the_sections_leaves_their_levels_alone() -> None:
    # A caption set as a level-six heading under the opening picture is no section: the measures' own
    # sub-headings stay inside the measures.
    doc = from_markdown(CAPTIONED)

    assert doc.measures.improvements == ["Review each config change twice."]
    assert [task.text for task in doc.measures.tasks] == [
        "Patch the web server config.",
        "Add a monitor on the web server.",
    ]
    assert len(doc.timeline) == 3
