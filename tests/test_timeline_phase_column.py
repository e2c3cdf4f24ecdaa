"""A timeline table's "Phase" column (Detection, Containment, Eradication, Recovery) gives each row's kind.

A security post-mortem tags its rows with the response's phases; the words of a row still win where they
name a kind the phase allows (a wrong guess made during containment is a wrong path), and the phase stays
in the row's text.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown
from app.model import EventKind

DOCUMENT = """# Leaked deploy token

## Timeline

| Time (UTC) | Phase | What happened |
|---|---|---|
| 2026-09-02 07:10 | — | Token committed to a public gist. |
| 2026-09-03 11:20 | Detection | Partner forwards a screenshot of the gist to security. |
| 2026-09-03 11:45 | Detection | On-call engineer Tomasz checks the audit log and sees pushes from two new addresses. |
| 2026-09-03 12:05 | Containment | Token disabled in the CI settings. |
| 2026-09-03 12:30 | Containment | We assumed a laptop was stolen; the laptop was in the office. |
| 2026-09-03 14:00 | Eradication | 14 forks of the gist taken down. |
| 2026-09-04 09:00 | Recovery | Pipelines green for all teams. |
| 2026-09-04 10:00 | Notification | Customers informed by mail. |
"""


def test_the_phase_of_each_row_gives_its_kind_where_its_words_do_not_say_better() -> None:
    events = from_markdown(DOCUMENT).timeline
    assert [event.kind for event in events] == [
        EventKind.NOTE,
        EventKind.DETECTION,
        EventKind.DETECTION,
        EventKind.ACTION,
        EventKind.MISLEADING,
        EventKind.ACTION,
        EventKind.RESOLUTION,
        EventKind.NOTE,
    ]
    assert events[5].text == "14 forks of the gist taken down. (Phase: Eradication)"
