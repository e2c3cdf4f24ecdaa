"""Saving as Markdown and opening the file again loses nothing, and odd text never crashes the importer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import DocumentError
from app.formats.json_format import dumps
from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown
from app.model import EventKind, IssueSummary, PostMortem, RootCauseAndResolution, TimelineEvent
from tests.strategies import documents, markdownish_text


def _same(left: PostMortem, right: PostMortem) -> None:
    # Comparing the JSON also compares each time's offset, which == on datetimes ignores.
    assert dumps(left) == dumps(right)


@given(documents())
def test_any_document_survives_markdown(document):
    text = to_markdown(document)
    _same(from_markdown(text), document)


def test_a_backslash_closing_an_event_s_text_survives_markdown():
    # Other tools' hard breaks ("site down\\" at a line's end) are dropped on import; the editor's own never.
    document = PostMortem.model_validate({"timeline": [{"kind": "detection", "text": "the \\"}]})
    _same(from_markdown(to_markdown(document)), document)


def test_an_improvement_that_looks_like_a_checkbox_survives_markdown():
    # Other reports' "- [ ] x" after their improvements are tasks; the editor's own improvements are as typed.
    document = PostMortem.model_validate({"measures": {"improvements": ["[ ]", "[x] audit the zone", "plain one"]}})
    _same(from_markdown(to_markdown(document)), document)


@given(documents(), st.sampled_from([None, "incident.flowchart.png", "my chart (v2).png"]))
def test_export_import_export_is_stable(document, image):
    text = to_markdown(document, flowchart_image=image)
    again = from_markdown(text)
    _same(again, document)
    assert to_markdown(again, flowchart_image=image) == text


@settings(max_examples=300)
@given(st.text())
def test_any_text_gives_a_document_or_a_clear_error(text):
    try:
        document = from_markdown(text)
    except DocumentError as error:
        assert str(error) and "\n" not in str(error)
    else:
        assert isinstance(document, PostMortem)


@settings(max_examples=300)
@given(markdownish_text())
def test_markdown_like_text_gives_a_document_and_exports_stably(text):
    document = from_markdown(text)
    exported = to_markdown(document)
    _same(from_markdown(exported), document)


def test_non_utf8_bytes_get_a_clear_error():
    with pytest.raises(DocumentError, match="not UTF-8"):
        from_markdown(b"# Title\n\xff\xfe broken")


def test_binary_text_gets_a_clear_error():
    with pytest.raises(DocumentError, match="binary"):
        from_markdown("# Title\x00\x01")


def test_interleaved_kinds_and_times_in_any_zone_keep_their_order():
    document = PostMortem.model_validate(
        {
            "timeline": [
                {"kind": "action", "text": "first action"},
                {"kind": "misleading", "time": datetime(2025, 3, 3, 11, 20, tzinfo=UTC), "text": "a detour"},
                {"kind": "action", "time": datetime(2025, 3, 3, 13, 30, tzinfo=timezone(timedelta(hours=2)))},
                {"kind": "action", "text": "11:40 looks like a time but is not one"},
                {"kind": "note", "text": "March 3, 2025, 11:12 UTC"},
            ]
        }
    )
    text = to_markdown(document)
    assert text.count("- **Actions Taken:**") == 2
    _same(from_markdown(text), document)


def test_hostile_text_in_every_block_round_trips():
    hostile = (
        "## Not a heading\n```\n# a comment in code\n```\n```never closed\n\\## escaped\n<!-- Additional sections -->"
    )
    document = PostMortem.model_validate(
        {
            "introduction": hostile,
            "closing_notes": hostile,
            "summary": {"impact": "- one\n- two", "root_cause": "  leading spaces\n\n1. a list\n2. inside"},
            "humor": {
                "caption": "*[Insert Link to Diagram/Flowchart]*",
                "closing": "### Investigation Flowchart",
                "flowchart": {"nodes": [{"id": "a", "label": hostile}, {"id": "b", "label": "x\n" + hostile}]},
            },
            "extra_sections": [{"heading": "Timeline", "body": hostile}, {"heading": "", "body": ""}],
        }
    )
    text = to_markdown(document)
    _same(from_markdown(text), document)
    assert to_markdown(from_markdown(text)) == text


_EDITS = ["delete", "duplicate", "indent", "dedent", "swap", "tab", "star"]


@st.composite
def hand_edited_exports(draw: st.DrawFn) -> str:
    """An exported file after someone edited it carelessly: lines lost, doubled, re-indented, swapped."""
    lines = to_markdown(draw(documents())).split("\n")
    for _ in range(draw(st.integers(1, 6))):
        index = draw(st.integers(0, len(lines) - 1))
        edit = draw(st.sampled_from(_EDITS))
        if edit == "delete" and len(lines) > 1:
            del lines[index]
        elif edit == "duplicate":
            lines.insert(index, lines[index])
        elif edit == "indent":
            lines[index] = "  " + lines[index]
        elif edit == "dedent":
            lines[index] = lines[index].lstrip()
        elif edit == "tab":
            lines[index] = lines[index].replace("  ", "\t", 1)
        elif edit == "star":
            lines[index] = lines[index].replace("- ", "* ", 1)
        elif edit == "swap" and index + 1 < len(lines):
            lines[index], lines[index + 1] = lines[index + 1], lines[index]
    return "\n".join(lines)


@settings(max_examples=150)
@given(hand_edited_exports())
def test_hand_edited_exports_open_and_then_save_stably(text):
    document = from_markdown(text)
    exported = to_markdown(document)
    _same(from_markdown(exported), document)
    assert to_markdown(from_markdown(exported)) == exported


@pytest.mark.parametrize(
    "text",
    ["", "#", "##", "```", "- ", "1.", "|", "| a |\n|---|", "\t\t-\t*", "# T\n## Timeline\n- **Detection:**\n  -"],
)
def test_degenerate_text_opens(text):
    assert isinstance(from_markdown(text), PostMortem)


FENCE = "`" * 3


@pytest.mark.parametrize(
    "text",
    [
        f"  indented\n{FENCE}",  # never closed: it must not run on over the Resolution after it
        f"Query:\n{FENCE}sql\nSELECT 1;\n{FENCE}",  # closed, at the bullet's own indentation
        f"a\n\\{FENCE}\nb",  # typed with its own backslash
        "~~~\nunclosed tildes",
    ],
)
def test_a_code_fence_in_a_field_keeps_the_fields_after_it(text: str) -> None:
    document = PostMortem(
        summary=IssueSummary(impact=text, root_cause="the cause"),
        timeline=[TimelineEvent(kind=EventKind.NOTE, text=text), TimelineEvent(kind=EventKind.ACTION, text="next")],
        root_cause=RootCauseAndResolution(cause=text, resolution="the fix"),
    )
    _same(from_markdown(to_markdown(document)), document)
