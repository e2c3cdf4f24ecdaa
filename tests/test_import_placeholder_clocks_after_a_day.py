"""A dated entry whose clock the writer never filled in ("2025-08-02 09:XX:XX+02:00: …", "**2025-08-02 14:xx**")
has no time: the step's words (its date and placeholder among them) stay, never that day's midnight."""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown


@pytest.mark.parametrize(
    "entry",
    [
        "*   **2025-08-02 09:XX:XX+02:00 (nobody checked the clock):** Cache nodes were rebooted.",
        "- 2025-08-02 09:YY:YY+02:00: Cache nodes were rebooted.",
        "- 2025-08-02 09:xx - Cache nodes were rebooted.",
        "- 2025-08-02 xx:xx - Cache nodes were rebooted.",
    ],
)
def test_placeholder_clock_after_a_date_gives_no_time(entry: str) -> None:
    text = (
        f"# Cache outage\n\n## Timeline\n\n- 2025-08-02 08:40 UTC alerts fire\n{entry}\n"
        "- 2025-08-02 10:05 UTC all good\n"
    )
    document = from_markdown(text)
    [rebooted] = [event for event in document.timeline if "rebooted" in event.text]
    assert rebooted.time is None
    assert "2025-08-02" in rebooted.text
    assert [event.time is not None for event in document.timeline] == [True, False, True]


def test_a_written_clock_after_a_date_is_still_read() -> None:
    text = "# Cache outage\n\n## Timeline\n\n- 2025-08-02 09:25 - Cache nodes were rebooted.\n"
    [event] = from_markdown(text).timeline
    assert event.time is not None and event.time.strftime("%H:%M") == "09:25"
