"""Property: whatever Markdown-like text is opened, every word of it is in the Markdown saved from it.

Words that only name structure are left out of the check, because the
import turns them into fields the export writes its own way: section and
label names ("What Happened", "Ticket:"), status and kind words ("todo",
"red herrings"), the "x" of a checked box, and the numbers, month names and
zone names of times (the export writes "2:51 PM PST" as "14:51 UTC-08:00").
Every other word, including the arbitrary Unicode words the strategy draws,
must survive.
"""

from __future__ import annotations

import re

from hypothesis import assume, example, given, settings

from app.errors import DocumentError
from app.formats import markdown_import, markdown_timeline
from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown
from app.formats.markdown_read import names_other_languages
from app.formats.markdown_read.labels import RESTATING_WORDS
from app.model import EventKind, Status, TaskStatus
from app.timefmt import _ZONE_NAMES
from tests.strategies import markdownish_text

_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]


def _words_of(names: object) -> set[str]:
    return {word for name in names for word in re.findall(r"[^\W\d_]+", str(name).casefold())}


_STRUCTURE = (
    _words_of(markdown_import._SECTIONS)
    # "## 要約", "## Zusammenfassung": a section's name in another language, as structural as "## Summary"
    | _words_of(names_other_languages.SECTIONS)  # (folded: "résumé" as "resume")
    | _words_of(markdown_import._HEADER_FIELDS)
    | _words_of(markdown_import._STATUSES)
    | _words_of(markdown_import._SEVERITY_WORDS)
    | _words_of(markdown_import._TASK_STATUSES)
    | _words_of(markdown_import._TASK_LABELS + markdown_import._IMPROVEMENT_LABELS)
    | _words_of(markdown_import._OWNER_LABELS + markdown_import._DUE_LABELS)
    | _words_of(markdown_import._STATUS_LABELS + markdown_import._LINK_LABELS)
    | _words_of(markdown_import._TASK_TEXT_COLUMNS + markdown_import._NO_LINK)
    | _words_of(markdown_import._ROW_NUMBER_COLUMNS)
    | _words_of(markdown_import._DONE_TICKS)
    | _words_of(markdown_import._START_LABELS + markdown_import._END_LABELS + markdown_import._WINDOW_LABELS)
    | _words_of(RESTATING_WORDS)  # "Duration: the outage lasted from 10:00 to 10:45": its start and end say it all
    | _words_of(markdown_import._NODE_KINDS)
    | _words_of(markdown_import._MARKUP_WORDS)
    | _words_of(markdown_import._AUTHOR_LABELS)
    | _words_of(markdown_timeline._KINDS)
    | _words_of(markdown_timeline._HEADING_PHASES)  # "### 10:10 — Wrong track" over its paragraph: the kind
    | _words_of(markdown_timeline._TIME_COLUMNS + markdown_timeline._TEXT_COLUMNS + markdown_timeline._KIND_COLUMNS)
    | _words_of(kind.heading for kind in EventKind)
    | _words_of(status.label for status in [*Status, *TaskStatus])
    | _words_of(["duration", "authors", "author", "written by", "severity", "sev", "service", "date", "incident"])
    | _words_of(["affected service", "product", "system", "layout", "direction", "steps", "nodes", "arrows"])
    | _words_of(["component", "components", "affected component"])
    | _words_of(["edges", "all times in", "time", "x", "p", "am", "pm", "a", "p", "t", "z", "utc", "gmt"])
    | set(_ZONE_NAMES)
    | set(_MONTHS)
    | {month[:3] for month in _MONTHS}
    | {"sept"}
)


def _words(text: str) -> set[str]:
    """Runs of letters, case-folded; digits are left to the sample tests, which check times exactly."""
    return set(re.findall(r"[^\W\d_]+", text.casefold()))


@settings(max_examples=300)
@given(markdownish_text())
# A word before a date was once taken for a weekday and dropped.
@example("# \n## Timeline\n\n| Time |\n|---|\nDNS March 3, 2025, 11:12 UTC the ")
# Labels other tools write for the authors are read into the Authors field, as "Authors:" is.
@example("# T\n\nCreated by: Sofia Lind\n\n**Report author:** J. Okonjo, IT Service Manager\n")
# A measures list whose last item is a word or two with nothing after it stopped the import (IndexError).
@example("# \n# Action Items\n- the ")
# A Japanese section's name over nothing ("Summary") is the section, not a word of text lost.
@example("## 要約 ")
# A heading holding the word "humor" among others was read as the Humor Element, and its other words lost.
@example("# \n# the the thethe HUMOR ")
# Bold markers between two letters of a title were dropped, joining its words ("DNSDetection:").
@example("# DNS**Detection:** ")
# A status page's "Posted 3 days ago." was dropped from its update.
@example(
    "# T\n\n**Resolved** - ok.\nPosted 3 days ago. Apr 9, 2025 - 17:48 UTC\n\n"
    "**Investigating** - hm.\nApr 9, 2025 - 17:00 UTC\n"
)
def test_no_word_of_markdown_like_text_is_lost(text):
    try:
        document = from_markdown(text)
    except DocumentError:
        assume(False)  # Refused as a whole ("[ ]" is a JSON array): nothing was imported to lose.
    exported = to_markdown(document)
    missing = _words(text) - _STRUCTURE - _words(exported)
    assert not missing, f"lost: {sorted(missing)}"
