"""A title that holds a section's word is the title, and a Japanese metadata table gives the severity.

"# Search follow-up queries time out" reads a section's name ("follow-up") inside the title; the report's own
"## Action items" below is its measures, so the heading is the document's title and the tasks stay the tasks.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

FOLLOW_UP_TITLE = """# Search follow-up queries time out after the ranking deploy

## Summary

Second questions in a chat got no answer for a day.

## Timeline

- 2026-04-02 10:15 UTC: ranking service deployed
- 2026-04-02 11:00 UTC: first report from support

## Root cause

The planner asked for clarification and the handler dropped that event.

## Action items

- Handle the clarification event in the stream handler
- Add a test for second questions
"""

TIMELINE_TITLE = FOLLOW_UP_TITLE.replace(
    "# Search follow-up queries time out after the ranking deploy", "# Timeline drift in the nightly billing export"
)


def test_title_naming_the_measures_keeps_title_and_tasks() -> None:
    incident = from_markdown(FOLLOW_UP_TITLE)
    assert incident.metadata.title == "Search follow-up queries time out after the ranking deploy"
    assert [task.text for task in incident.measures.tasks] == [
        "Handle the clarification event in the stream handler",
        "Add a test for second questions",
    ]


def test_title_naming_the_timeline_keeps_title_and_events() -> None:
    incident = from_markdown(TIMELINE_TITLE)
    assert incident.metadata.title == "Timeline drift in the nightly billing export"
    assert len(incident.timeline) == 2


def test_japanese_metadata_table_gives_severity() -> None:
    text = """# 検索の二回目の質問がタイムアウト

## メタデータ

| 項目 | 値 |
|------|-----|
| 重大度 | SEV-2（検索の一部が停止） |
| 影響サービス | search-api |

## サマリー

二回目の質問に応答がなかった。
"""
    incident = from_markdown(text)
    assert incident.metadata.severity == "SEV2"
