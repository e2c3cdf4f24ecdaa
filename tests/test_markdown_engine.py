"""The preview converts a long document piece by piece with one Markdown engine, each piece as if alone."""

from __future__ import annotations

import threading

import markdown
import pytest

from app.formats import bounded_markdown
from app.formats.bounded_markdown import Deadline, RenderTimedOutError
from app.formats.html_export import render_body_html

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def engines_made(monkeypatch):
    """The Markdown engines made meanwhile (each is a web of a few hundred objects left to the collector)."""
    made: list[markdown.Markdown] = []
    original = markdown.Markdown.__init__

    def counting(self, *args, **kwargs):
        made.append(self)
        original(self, *args, **kwargs)

    monkeypatch.setattr(markdown.Markdown, "__init__", counting)
    if hasattr(bounded_markdown, "_this_thread"):
        bounded_markdown._this_thread.engine = None  # as a fresh worker thread starts
    return made


def test_the_pieces_of_a_preview_are_converted_by_one_engine(engines_made):
    for number in range(50):
        assert f"<p>Piece {number}</p>" in render_body_html(f"Piece {number}\n\n***\n")

    assert len(engines_made) == 1


def test_each_piece_converts_as_it_would_alone(engines_made):
    first = "See [the runbook][rb].\n\n[rb]: https://example.com/runbook\n\n<div>raw</div>\n\n```\ncode\n```\n"
    second = "A [link][rb] whose reference is in another piece.\n\n- item\n"
    alone = render_body_html(second)

    render_body_html(first)
    after = render_body_html(second)

    assert after == alone
    assert "href" not in after


def test_a_conversion_stopped_by_its_deadline_does_not_spoil_the_next():
    with pytest.raises(RenderTimedOutError):
        render_body_html("Intro\n\n" + "\n".join(["***"] * 60_000), Deadline(0.2))

    body = render_body_html("# Title\n\n- **bold** item\n\n| a |\n|---|\n| 1 |\n")

    assert "<strong>bold</strong>" in body and "<td>1</td>" in body


def test_threads_converting_at_once_each_get_the_right_html():
    results: dict[int, list[str]] = {}

    def convert(number: int) -> None:
        results[number] = [render_body_html(f"Thread {number} piece {piece}\n") for piece in range(30)]

    threads = [threading.Thread(target=convert, args=(number,)) for number in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)

    for number in range(4):
        assert results[number] == [f"<p>Thread {number} piece {piece}</p>" for piece in range(30)]


def test_the_engine_is_let_go_of_after_a_whole_document(engines_made):
    render_body_html("word " * (bounded_markdown.KEEP_ENGINE_CHARS // 5 + 10))

    assert getattr(bounded_markdown._this_thread, "engine", None) is None
