"""A story that says "What finally fixed it was …" gives the resolution in that sentence.

A chatty write-up with no Resolution section names the fix outright in its prose; a reader copies that sentence
into the resolution.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

STORY = """# Thumbnails missing on the shop front

The image resizer stopped producing thumbnails a little after 14:00 and product pages showed grey boxes.

We restarted the resizer twice, which changed nothing. What finally fixed it was clearing the
full scratch disk on the resizer host at 15:10; thumbnails came back a minute later.

## Follow-ups

- Alert on the resizer's scratch disk usage (Mo Adeyemi)
"""


def test_the_sentence_naming_what_fixed_it_is_the_resolution() -> None:
    document = from_markdown(STORY)
    assert " ".join(document.root_cause.resolution.split()).startswith(
        "What finally fixed it was clearing the full scratch disk on the resizer host at 15:10"
    )
