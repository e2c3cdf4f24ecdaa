"""The root cause and the resolution, in the forms students and teams write them."""

from app.formats.markdown_import import from_markdown

_EXPLAINED_LABELS = """# Postmortem: cron flood

## Root Cause and Resolution

- **Root Cause Explanation:** A cron entry ran the backup every minute instead of every night.
- **Resolution Detail:** We fixed the schedule and removed the extra backup files.
"""


def test_labels_named_with_an_explaining_word_give_the_cause_and_the_resolution() -> None:
    cause = from_markdown(_EXPLAINED_LABELS).root_cause
    assert cause.cause == "A cron entry ran the backup every minute instead of every night."
    assert cause.resolution == "We fixed the schedule and removed the extra backup files."
