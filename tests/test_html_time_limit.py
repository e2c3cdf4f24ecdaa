"""Laying out Markdown as HTML ends in bounded time: past its limit, or when cancelled, it stops with a reason."""

from __future__ import annotations

import threading

import pytest

from app.formats import bounded_markdown
from app.formats.bounded_markdown import Deadline, RenderCancelledError, RenderTimedOutError
from app.formats.html_export import render_body_html
from app.model import PostMortem
from tests.test_cli import run

pytestmark = pytest.mark.timeout(60)  # Unbounded, each of these would run for minutes.

RULES = "Intro\n\n" + "\n".join(["***"] * 60_000)  # 244 s in Python-Markdown, unbounded
HEADINGS = "Intro\n\n" + "\n".join(["###"] * 100_000)  # over 300 s


@pytest.mark.parametrize("text", [RULES, HEADINGS], ids=["rules", "headings"])
def test_a_quadratic_block_stops_at_the_limit_with_a_reason(text):
    with pytest.raises(RenderTimedOutError, match=r"took longer than 0\.2 s and was stopped"):
        render_body_html(text, Deadline(0.2))


def test_another_thread_can_cancel_a_layout_in_progress():
    deadline = Deadline(None)  # no time limit: only the cancel can end it early
    outcome: list[BaseException] = []

    def lay_out() -> None:
        try:
            render_body_html(RULES, deadline)
        except BaseException as error:
            outcome.append(error)

    worker = threading.Thread(target=lay_out)
    worker.start()
    deadline.cancel()
    worker.join(30)
    assert not worker.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], RenderCancelledError)


def test_ordinary_text_is_laid_out_well_within_the_limit():
    body = render_body_html("# Title\n\n- **bold** item\n\n***\n\n| a |\n|---|\n| 1 |\n", Deadline(30))
    assert "<strong>bold</strong>" in body and "<hr>" in body and "<td>1</td>" in body


def test_exporting_such_a_document_as_html_is_one_line_and_no_file(capsys, tmp_path, monkeypatch):
    from app.formats import json_format

    monkeypatch.setattr(bounded_markdown, "HTML_TIME_LIMIT", 0.2)
    source = tmp_path / "rules.json"
    source.write_text(json_format.dumps(PostMortem(introduction=RULES)), encoding="utf-8")
    output = tmp_path / "rules.html"

    status, out, err = run(capsys, "export", source, "-o", output)

    assert status == 1 and out == ""
    assert err == (
        f"postmortem-editor: {output}: laying out the page took longer than 0.2 s and was stopped (the text holds "
        "thousands of lines Markdown is slow on, such as rules or headings without blank lines between)\n"
    )
    assert not output.exists()


def test_a_deadline_can_share_a_background_jobs_cancel_event():
    cancel = threading.Event()
    deadline = Deadline.for_text(RULES, cancel_event=cancel)
    cancel.set()
    with pytest.raises(RenderCancelledError):
        render_body_html(RULES, deadline)
