"""Opening a Markdown document loads only the readers its parts need: the rest stays out of memory.

Every module imported stays in memory for the rest of the session; the
Markdown reader's timeline, Humor Element, task and mail readers are a third
of its code, and a document without those parts never runs them.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
READER = "app.formats.markdown_read."
NOT_NEEDED_BY_PLAIN_TEXT = (
    "timeline",  # a fifth of the reader's memory; ``tool_exports`` once loaded it for its status words
    "measures",
    "plain_lists",
    "humor",
    "diagram",
    "drawing",
    "arrow_chains",
    "task_details",
    "task_owner_tail",
    "task_owner_check",
    "task_due",
    "task_leads",
    "task_names",
    "mail",
    "duration",
    "html_blocks",  # the page reader: an HTML page only
    "html_lists",
    "ticket_copy",  # the rare layouts (rare_layouts.py): none of them is this plain file
    "compact_note",
    "signature",
    "joke_humor",
    "comment_thread",  # two lines naming a comment at least
    "status_updates",  # two lines with a status page's word at least
    "picture_humor",  # a picture, or a word naming a drawing or a joke
    "html_inline",
    "html_tokens",
    "html_tables",
    "text_tables",  # a line of three columns lined up with spaces at least
    "task_status_leads",
    "slack_markup",  # Slack's tokens, or a single-asterisk bold line beside a bullet or shortcode line
    "textile",  # a "p. ", "bc. " or "|_." line under an "h2. " heading at least
)

SCRIPT = """
import json, sys
from app.formats.markdown_import import read_markdown
loaded = []
for text in sys.argv[1:]:
    document, _ = read_markdown(text)
    loaded.append({
        "modules": sorted(name for name in sys.modules if name.startswith("app.formats.markdown_read.")),
        "events": [event.text for event in document.timeline],
        "tasks": [(task.text, task.owner, str(task.due)) for task in document.measures.tasks],
        "nodes": [node.label for node in document.humor.flowchart.nodes],
    })
print(json.dumps(loaded))
"""


def _read_in_a_fresh_process(*texts: str) -> list[dict]:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, *texts], cwd=ROOT, capture_output=True, text=True, check=True, timeout=60
    )
    return json.loads(done.stdout)


def _loaded(modules: list[str], part: str) -> bool:
    return any(name == READER + part or name.startswith(READER + part + ".") for name in modules)


PLAIN = "# Stars\n\n## Introduction\n\n" + "***\n" * 2_000
FULL = """# Disk full

## Timeline

- **Detection:**
  - 2024-03-01 14:05 UTC Alerts fired for the API.
- **Resolution:**
  - 2024-03-01 14:40 UTC Disk cleaned; the API recovered.

## Corrective and Preventative Measures

- **Tasks:**
  1. Add a disk alert
     - Owner: Sam
     - Due: April 1, 2024

## Humor Element

### Investigation Flowchart

- **Steps:**
  - **a** (step): Disk
  - **b** (step): Full

- **Arrows:**
  - **a** → **b**
"""


def test_a_document_of_plain_text_loads_none_of_the_readers_of_parts_it_lacks():
    (plain,) = _read_in_a_fresh_process(PLAIN)

    assert [part for part in NOT_NEEDED_BY_PLAIN_TEXT if _loaded(plain["modules"], part)] == []


def test_a_document_with_those_parts_after_one_without_reads_them_all():
    _, full = _read_in_a_fresh_process(PLAIN, FULL)

    assert full["events"] == ["Alerts fired for the API.", "Disk cleaned; the API recovered."]
    assert full["tasks"] == [["Add a disk alert", "Sam", "2024-04-01"]]
    assert full["nodes"] == ["Disk", "Full"]
    assert _loaded(full["modules"], "timeline") and _loaded(full["modules"], "humor")
