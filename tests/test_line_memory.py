"""A text of many short lines is split, escaped and read without a string object for each repeated line.

A string object costs about 50 bytes over its characters: 60,000 lines of ``***``
(240 KB) took 3.4 MB as a list of lines, every time the Markdown reader read the
file and every time the preview exported its Introduction; and those strings, once
freed, left the small-object heap pinned. Memory is counted with tracemalloc, in
Python objects only (exact, whatever the machine's load).
"""

from __future__ import annotations

import gc
import tracemalloc
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app import text_pieces
from app.formats.markdown_read import read_markdown
from app.formats.markdown_syntax import escape_block, unescape_block
from app.text_pieces import split_lines

LINES = 60_000
STARS = "***\n" * LINES


def peak_bytes_per_line(work: Callable[[], object]) -> float:
    gc.collect()
    tracemalloc.start()
    try:
        work()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return peak / LINES


@given(st.text(alphabet="ab\n*", max_size=60))
def test_the_lines_are_those_of_a_split(text: str):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(text_pieces, "LINES_PIECE", 3)
        patch.setattr(text_pieces, "SHARED_LINES", 2)
        assert split_lines(text) == text.split("\n")


def test_equal_lines_are_one_string():
    lines = split_lines("***\n- a\n***\n- a\n" * 5_000)

    assert len({id(line) for line in lines[0:-1:2]}) == 1
    assert len({id(line) for line in lines[1:-1:2]}) == 1


def test_different_lines_are_split_in_about_the_memory_of_a_split():
    text = "".join(f"{number}\n" for number in range(LINES))

    assert peak_bytes_per_line(lambda: split_lines(text)) < 1.1 * peak_bytes_per_line(lambda: text.split("\n"))


def test_splitting_60000_repeated_lines_takes_a_pointer_a_line():
    assert peak_bytes_per_line(lambda: split_lines(STARS)) < 16  # a split: 60 bytes a line


def test_escaping_60000_repeated_lines_takes_a_pointer_a_line():
    escape_block("warm")
    assert peak_bytes_per_line(lambda: escape_block(STARS)) < 16  # 89 bytes a line with a string and two tables


@pytest.mark.parametrize(
    "text",
    [
        "```\ncode\n# not a heading\n```\n# heading",
        "````\n```\n# in\n````\n~~~\n# still\n",
        "```\n# never closed\n~~~\n",
        "~~~~\n~~~\n# inside\n~~~~~\n```\n",
        "\\# escaped\n\\```\n## two\n<!-- Additional sections -->",
    ],
)
def test_escaping_still_tells_closed_fences_from_open_ones(text: str):
    escaped = escape_block(text)

    assert unescape_block(escaped) == text
    if "never closed" in text:
        assert escaped.startswith("\\```")


def test_reading_a_file_of_60000_repeated_lines_peaks_under_60_bytes_a_line():
    document = "# Stars\n\n## Introduction\n\n" + STARS
    read_markdown("# Warm\n\n## Introduction\n\n***\n")

    assert peak_bytes_per_line(lambda: read_markdown(document)) < 60  # 114 bytes a line when each line was a string


def test_passes_over_the_lines_that_change_none_give_the_same_list_back():
    from app.formats.markdown_read.markup import without_html_markup
    from app.formats.markdown_read.other_markups import from_other_markups
    from app.formats.markdown_read.prose import _lines_not_read_by
    from app.formats.markdown_read.tool_exports import from_tool_exports
    from app.formats.markdown_syntax import outside_fences

    lines = split_lines("# Stars\n\nSome text & more.\n\n```\n<b>code</b>\n```\n" + STARS)
    flags = outside_fences(lines)

    assert without_html_markup(lines, flags) is lines
    assert from_tool_exports(lines, flags) is lines
    assert from_other_markups(lines, flags) is lines
    assert _lines_not_read_by(None, lines, lambda _draft, _line: False) is lines  # type: ignore[arg-type]


def test_a_pass_that_changes_a_line_still_gives_the_changed_lines():
    from app.formats.markdown_read.markup import without_html_markup
    from app.formats.markdown_read.prose import _lines_not_read_by

    lines = ["a", "b&amp;c", "d"]

    assert without_html_markup(lines, [True, True, True]) == ["a", "b&c", "d"]
    assert lines == ["a", "b&amp;c", "d"]
    assert _lines_not_read_by(None, lines, lambda _draft, line: line == "d") == ["a", "b&amp;c"]  # type: ignore[arg-type]


def test_reading_a_file_of_60000_repeated_lines_holds_few_lists_of_them_at_once():
    # A list of the lines is a pointer a line (8 bytes): the lines and the section's lines, and the text;
    # passes that changed nothing each made a copy, the fences' flags were lists too, and the lines
    # outside code were listed twice over to find the first date (54 bytes a line in all).
    document = "# Stars\n\n## Introduction\n\n" + STARS
    read_markdown("# Warm\n\n## Introduction\n\n***\n")

    assert peak_bytes_per_line(lambda: read_markdown(document)) < 32


def test_the_fences_flags_take_a_byte_a_line():
    import sys

    from app.formats.markdown_syntax import outside_fences

    flags = outside_fences(split_lines("```\ncode\n```\n" + STARS))

    assert [bool(flag) for flag in flags[:4]] == [False, False, False, True]
    assert sys.getsizeof(flags) < 2 * LINES


def _escaped_whole(text: str) -> str:
    """``escape_block`` as it was written over a list of all the lines, to compare the pieces' pass with."""
    from app.formats.markdown_syntax import (
        BLOCK_DANGERS,
        _after_indent_and_backslashes,
        _closing_fences,
        _needs_escape,
        fence_closer,
        fence_opener,
    )

    lines = text.split("\n")
    closers = _closing_fences(lines)
    open_fence = None
    for index, line in enumerate(lines):
        if open_fence is not None:
            closer = fence_closer(line)
            if closer and closer[0] == open_fence[0] and closer[1] >= open_fence[1]:
                open_fence = None
            continue
        start, end = _after_indent_and_backslashes(line)
        opener = fence_opener(line) if start == end else None
        if opener is not None and closers.closed_after(index, *opener):
            open_fence = opener
        elif opener is not None or _needs_escape(line[end:], start != end, BLOCK_DANGERS):
            lines[index] = line[:start] + "\\" + line[start:]
    return "\n".join(lines)


@given(st.lists(st.sampled_from(["", "a", "# h", "```", "~~~", "````x", "\\# e", "- b", "***", " ```"]), max_size=30))
def test_escaping_a_piece_of_lines_at_a_time_escapes_as_over_all_the_lines(lines: list[str]):
    text = "\n".join(lines)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(text_pieces, "CHUNK_CHARS", 3)
        assert escape_block(text) == _escaped_whole(text)


def test_a_text_with_nothing_to_escape_is_given_back_uncopied():
    text = "plain\n\n***\n- a list\n```\n# in code\n```\n" * 3

    assert escape_block(text) is text


def test_escaping_60000_repeated_lines_needs_no_list_of_them():
    escape_block("warm")
    # 0.5 MB of pointers and a 240 KB copy of the text when every line was listed (12 bytes a line).
    assert peak_bytes_per_line(lambda: escape_block(STARS)) < 2


def test_exporting_a_long_introduction_holds_the_document_about_once():
    from app.formats.markdown_export import to_markdown
    from app.model import PostMortem

    document = PostMortem(introduction=STARS)
    to_markdown(PostMortem(introduction="warm"))
    gc.collect()
    tracemalloc.start()
    try:
        to_markdown(document)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()

    # The Markdown itself is as long as the text: its lines listed, escaped, joined, and the whole copied
    # once more to end it with a line break took three times as much.
    assert peak < 1.2 * len(STARS)
