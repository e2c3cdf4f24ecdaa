"""The native JSON format: round trips, a file that diffs well, versions and migrations."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings

from app import model
from app.errors import DocumentError
from app.formats import json_format
from app.model import EventKind, PostMortem
from tests.strategies import documents


def rich_document() -> PostMortem:
    return PostMortem.model_validate(
        {
            "metadata": {"title": "Panne DNS — 東京", "severity": "SEV2", "authors": ["Zoë", "Ada"]},
            "introduction": "Line one.\n\n  indented ✓",
            "summary": {"start": datetime(2025, 3, 3, 11, 5, tzinfo=timezone(timedelta(hours=2)))},
            "timeline": [{"kind": "misleading", "text": "Blamed the network 🙈"}],
            "measures": {"tasks": [{"text": "Alert", "owner": "Ada", "due": "2025-04-01", "status": "done"}]},
        }
    )


@settings(max_examples=60)
@given(documents())
def test_any_document_survives_a_json_round_trip(document):
    text = json_format.dumps(document)
    again = json_format.loads(text)
    assert again == document
    # Saving the loaded document again writes the very same text: no churn in git.
    assert json_format.dumps(again) == text


@settings(max_examples=30)
@given(documents())
def test_loading_from_bytes_equals_loading_from_text(document):
    text = json_format.dumps(document)
    assert json_format.loads(text.encode("utf-8")) == document


def test_file_is_indented_with_a_trailing_newline_and_readable_non_ascii():
    text = json_format.dumps(rich_document())
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert '\n  "metadata": {\n    "title": "Panne DNS — 東京",' in text
    assert "🙈" in text and "\\u" not in text
    text.encode("utf-8")  # every character is representable, no surrogates


def test_keys_follow_the_documents_order_not_the_alphabet():
    data = json.loads(json_format.dumps(rich_document()))
    assert list(data) == [
        "format_version",
        "metadata",
        "introduction",
        "summary",
        "timeline",
        "root_cause",
        "measures",
        "closing_notes",
        "humor",
        "extra_sections",
    ]
    assert list(data["timeline"][0]) == ["kind", "time", "text"]


def test_times_keep_their_offset():
    text = json_format.dumps(rich_document())
    assert '"start": "2025-03-03T11:05:00+02:00"' in text
    assert json_format.loads(text).summary.start.utcoffset() == timedelta(hours=2)


def test_a_naive_time_in_a_file_is_taken_as_utc_not_local_time(monkeypatch):
    monkeypatch.setenv("TZ", "America/New_York")
    text = (
        '{"format_version": 1, "summary": {"start": "2025-03-03T11:05:00"},'
        ' "timeline": [{"time": "2025-03-03T12:00:00.75"}]}'
    )
    document = json_format.loads(text)
    assert document.summary.start == datetime(2025, 3, 3, 11, 5, tzinfo=UTC)
    assert document.summary.start.utcoffset() == timedelta(0)
    # Whole seconds: what the Markdown form can show.
    assert document.timeline[0].time == datetime(2025, 3, 3, 12, 0, tzinfo=UTC)


def test_event_order_is_kept_as_written_not_sorted_by_time():
    start = datetime(2025, 3, 3, 11, 0, tzinfo=UTC)
    events = [
        {"kind": "resolution", "time": start + timedelta(hours=2)},
        {"kind": "detection", "time": start},
        {"kind": "action"},
    ]
    document = json_format.loads(json.dumps({"format_version": 1, "timeline": events}, default=str))
    assert [e.kind for e in document.timeline] == [EventKind.RESOLUTION, EventKind.DETECTION, EventKind.ACTION]


def test_a_newer_format_is_refused_with_a_clear_message():
    with pytest.raises(DocumentError, match=r"newer version of Postmortem Editor \(format 2; this one reads up to 1\)"):
        json_format.loads('{"format_version": 2, "metadata": {"title": "from the future"}}')


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "not valid JSON"),
        ("[]", "holds a list, not an object"),
        ('"text"', "holds a string"),
        ("{}", "has no format_version"),
        ('{"format_version": "one"}', "is not a version number"),
        ('{"format_version": 0}', "is not a version number"),
        ('{"format_version": true}', "is not a version number"),
        ('{"format_version": "1"}', "is not a version number"),
        ('{"format_version": 1, "timeline": [{"kind": "party"}]}', "timeline[0].kind"),
        ('{"format_version": 1, "metadata": {"titel": "typo"}}', "metadata.titel: unknown field"),
        ('{"format_version": 1, "summary": {"start": "yesterday"}}', "summary.start"),
        ("[" * 100_000, "JSON"),
    ],
)
def test_bad_json_gives_a_one_line_reason(text, message):
    with pytest.raises(DocumentError) as caught:
        json_format.loads(text)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_several_problems_are_counted_in_the_message_and_each_is_listed():
    with pytest.raises(DocumentError, match=r"^introduction: .*\(and 1 more problem\)$") as caught:
        json_format.loads('{"format_version": 1, "introduction": 5, "closing_notes": []}')
    assert caught.value.details == (
        "introduction: Input should be a valid string",
        "closing_notes: Input should be a valid string",
    )


@pytest.fixture
def version_2(monkeypatch):
    """Pretend the format moved to version 2, where ``title`` moved from the top into ``metadata``."""

    def move_title(data):
        data.setdefault("metadata", {})["title"] = data.pop("title", "")
        return data

    monkeypatch.setattr(model, "FORMAT_VERSION", 2)
    monkeypatch.setattr(json_format, "FORMAT_VERSION", 2)
    monkeypatch.setitem(json_format.MIGRATIONS, 1, move_title)


def test_an_older_file_is_migrated_on_load(version_2):
    document = json_format.loads('{"format_version": 1, "title": "Old layout", "introduction": "kept"}')
    assert document.metadata.title == "Old layout"
    assert document.introduction == "kept"
    assert document.format_version == 2
    # Saved again, the file is in the new version and loads without migrating.
    again = json_format.dumps(document)
    assert json.loads(again)["format_version"] == 2
    assert json_format.loads(again) == document


def test_a_version_without_a_migration_is_refused(monkeypatch):
    monkeypatch.setattr(model, "FORMAT_VERSION", 3)
    monkeypatch.setattr(json_format, "FORMAT_VERSION", 3)
    monkeypatch.setitem(json_format.MIGRATIONS, 2, lambda data: data)
    with pytest.raises(DocumentError, match="format version 1 is no longer supported"):
        json_format.loads('{"format_version": 1}')
