"""Large files are read in short steps that read what one long step reads; the window gives the steps way.

A call into C (a regular expression over 60 MB, parsing a 60 MB string,
decoding 60 MB) holds Python's interpreter lock until it returns, so the
window could not paint while a runner's thread read a large file. Each such
step now works a piece at a time; these tests check that the pieces add up to
the whole, with small pieces so that every boundary case comes up.
"""

from __future__ import annotations

import json
import threading
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app import field_text, text_pieces
from app.errors import DocumentError
from app.formats import files, json_format, json_long_strings
from app.model import PostMortem

PIECES = st.sampled_from(["a", " ", "\t", "\n", "\r", "\r\n", "\x00", "\x0b", "\xa0", "\u2028", "\ud800", "é", "😀"])


def whole_text_normalized(value: str) -> str:
    """``normalize_text`` as it was, over the whole text at once."""
    if not field_text._text_needs_work(value):
        return value
    value = field_text._clean(value.replace("\r\n", "\n").replace("\r", "\n"))
    return "\n".join(line.rstrip() for line in value.split("\n")).strip("\n")


@given(st.lists(PIECES, max_size=40).map("".join))
def test_text_normalised_in_pieces_is_the_text_normalised_at_once(value):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(text_pieces, "PIECE", 5)
        in_pieces = field_text.normalize_text(value)
        needs_work = field_text._text_needs_work(value)
    assert in_pieces == whole_text_normalized(value)
    assert needs_work == field_text._text_needs_work(value)


@given(st.lists(st.sampled_from([b"a", "é".encode(), "😀".encode(), b"\xff", b"\x80", b"\xe2\x82"]), max_size=16))
def test_bytes_decoded_in_pieces_are_the_bytes_decoded_at_once(parts):
    data = b"".join(parts)
    try:
        expected = data.decode("utf-8")
    except UnicodeDecodeError as error:
        expected = f"is not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start})"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(files, "_DECODE_PIECE", 3)
        try:
            decoded = files.decode_text(data)
        except DocumentError as error:
            decoded = str(error)
    assert decoded == expected


LITERAL_PARTS = st.sampled_from(["a", " ", "\\n", '\\"', "\\\\", "\\u00e9", "\\ud83d\\ude00", "é", "\\t", "\\ud800"])


@given(
    st.lists(LITERAL_PARTS, max_size=30).map("".join),
    st.lists(LITERAL_PARTS, max_size=30).map("".join),
    st.integers(0, 200),
    st.sampled_from(["", "\x01", ",", "}", '"', "\\", "\n", "q"]),
)
def test_a_document_with_long_strings_reads_as_parsed_at_once(title, introduction, where, damage):
    text = (
        f'{{"format_version": 1,\n "metadata": {{"title": "{title}"}},\n'
        f' "introduction": "{introduction}",\n "extra_sections": [{{"heading": "{title}", "body": "x"}}]}}'
    )
    text = text[:where] + damage + text[where:] + " " * 40  # past the size under which nothing is cut

    def read(loads):
        try:
            return loads(text)
        except DocumentError as error:
            return f"error: {error}"

    at_once = read(json_format.loads)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(json_long_strings, "LONG", 8)
        patch.setattr(json_long_strings, "PIECE", 5)
        in_pieces = read(json_long_strings.loads)
    assert in_pieces == at_once


def test_a_long_string_is_decoded_in_many_steps_giving_way_between_them(tmp_path):
    introduction = "The resolver answered from a stale cache.\n" * 60_000  # 2.6 MB
    path = tmp_path / "long.json"
    path.write_text(json_format.dumps(PostMortem(introduction=introduction)), encoding="utf-8")
    steps: list[int] = []
    with text_pieces.giving_way(lambda: steps.append(1)):
        document, _notes = files.load_with_notes(path)
    assert document.introduction == introduction.strip("\n")
    assert len(steps) > 10  # read, decoded, parsed and checked a piece at a time


def test_a_read_that_is_no_longer_wanted_stops_between_pieces(tmp_path):
    path = tmp_path / "long.json"
    path.write_text(json_format.dumps(PostMortem(introduction="word " * 1_000_000)), encoding="utf-8")

    class StopError(Exception):
        pass

    def stop() -> None:
        raise StopError

    with pytest.raises(StopError), text_pieces.giving_way(stop):
        files.load_with_notes(path)


def test_reading_in_pieces_is_off_on_other_threads():
    calls: list[str] = []
    seen_elsewhere: list[int] = []
    with text_pieces.giving_way(lambda: calls.append(threading.current_thread().name)):
        thread = threading.Thread(target=lambda: seen_elsewhere.append(field_text._text_needs_work("a" * (1 << 21))))
        thread.start()
        thread.join()
    assert seen_elsewhere == [False] and calls == []


def test_json_errors_in_a_document_with_long_strings_name_the_line():
    text = '{"format_version": 1,\n "introduction": "' + "x" * 2_000_000 + '",\n "title" "oops"}'
    with pytest.raises(DocumentError) as raised:
        json_long_strings.loads(text)
    assert str(raised.value) == "not valid JSON: Expecting ':' delimiter at line 3, column 10"
    with pytest.raises(json.JSONDecodeError):
        json.loads(text)


def test_a_job_that_gives_way_pauses_while_the_window_is_busy(qtbot):
    from widgets.runner import Runner

    go = threading.Event()
    left: list[float] = []

    def work(_payload, job):
        go.wait(10)
        time.sleep(0.06)  # the window is busy by now: its pulse is late
        job.give_way()
        left.append(time.monotonic())
        return True

    runner = Runner(work, name="test")
    runner.request(lambda: None, immediately=True)
    qtbot.wait(30)
    go.set()
    time.sleep(0.2)  # the UI thread busy, answering no event
    free = time.monotonic()
    qtbot.waitUntil(lambda: bool(left))
    assert left[0] >= free  # the job waited until the window was free again
    runner.shut_down()


def test_a_job_waited_for_does_not_give_way_to_the_thread_waiting(qtbot):
    from widgets.runner import Runner

    def work(_payload, job):
        for _ in range(40):
            time.sleep(0.001)
            job.give_way()  # the UI thread is blocked in wait(): pausing would only delay it
        return True

    results: list[object] = []
    runner = Runner(work, name="test")
    runner.finished.connect(lambda _key, result: results.append(result))
    runner.request(lambda: None, immediately=True)
    assert runner.wait(5000)
    assert results == [True]


def test_a_long_markdown_file_is_read_giving_way_between_passes_over_its_lines(tmp_path):
    # 60,000 "***" lines: each pass of the import over them took some 50 ms of Python in one go.
    path = tmp_path / "stars.md"
    path.write_text("# Stars\n\n## Introduction\n\n" + "***\n" * 60_000, encoding="utf-8")
    steps: list[int] = []
    with text_pieces.giving_way(lambda: steps.append(1)):
        document, _notes = files.load_with_notes(path)
    assert document.introduction.count("***") == 60_000
    assert len(steps) > 100  # every 2,000 lines of each pass, and between the passes
