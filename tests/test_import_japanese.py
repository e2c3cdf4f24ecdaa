"""Post-mortems written in Japanese are read as those in German, Polish or Swedish are.

Their headings ("## 障害概要", "## 時系列", "## 今後の対策"), their labels with a full-width colon and no space
("重大度：高", "作成者：田中 一郎、王 芳"), their task and document statuses ("対応中", "完了", "未着手",
"確定"), their dates ("2025年11月20日", "11月21日（金）"), the zone said in Japanese ("時刻は日本時間"), the window
in words ("14:05 から 15:20 まで") and the words that give an entry its kind each land where a Japanese reader
puts them. Japanese writes no spaces between words, so its kind words are found inside the entry's text.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown
from app.model import EventKind, Severity, Status, TaskStatus

JST = timezone(timedelta(hours=9))

JAPANESE = """# 【インシデント報告】決済APIのタイムアウト多発

- 作成者：田中 一郎、王 芳
- ステータス：確定
- 重大度：高
- 対象システム：決済API（カード決済）

## 障害概要

2025年11月20日 14:05 から 15:20（JST）まで、カード決済の一部がタイムアウトしました。

## 影響範囲

- 決済リクエストの約30%がエラー
- 問い合わせは約120件

## 根本原因

証明書ストアの更新でコネクションプールが枯渇し、外部ゲートウェイへの接続待ちが発生した。

## 暫定対応

コネクションプールの上限を引き上げてアプリを再起動した。

## 時系列

※時刻は日本時間

**2025年11月20日（木）**

- 14:05　決済エラーの監視アラートが発報
- 14:12　当番の鈴木がDBの遅延を疑い調査 → DBは原因ではなかった
- 14:30　決済チームリーダーの高橋にエスカレーション
- 14:50　コネクションプールの上限を変更してアプリを再起動
- 15:20　エラー率が平常値に戻り、復旧を確認

**11月21日（金）**

- 10:00　関係者で振り返り会を実施

## 今後の対策

| 対策内容 | 担当者 | 期限 | 進捗 |
|---|---|---|---|
| プール枯渇のアラートを追加 | 王 芳 | 2025/12/05 | 対応中 |
| 証明書更新手順の見直し | 田中 一郎 | 2025/11/28 | 完了 |
| 負荷試験の定期実施 | 鈴木 次郎 | 2025/12/19 | 未着手 |

## 振り返り

早い段階でDB以外の可能性を検討すべきだった。
"""


def test_a_japanese_post_mortem_fills_the_editor_s_parts() -> None:
    document = from_markdown(JAPANESE)

    assert document.metadata.status is Status.FINAL
    assert document.metadata.severity is Severity.SEV2
    assert document.metadata.authors == ["田中 一郎", "王 芳"]
    assert document.metadata.service == "決済API（カード決済）"
    assert document.summary.start == datetime(2025, 11, 20, 14, 5, tzinfo=JST)
    assert document.summary.end == datetime(2025, 11, 20, 15, 20, tzinfo=JST)
    assert "約30%がエラー" in document.summary.impact
    assert "コネクションプールが枯渇" in document.root_cause.cause
    assert document.root_cause.resolution.startswith("コネクションプールの上限を引き上げて")
    assert "DB以外の可能性" in document.closing_notes


def test_a_japanese_timeline_takes_the_stated_zone_its_kinds_and_the_next_day() -> None:
    document = from_markdown(JAPANESE)

    assert [(event.time, event.kind) for event in document.timeline] == [
        (datetime(2025, 11, 20, 14, 5, tzinfo=JST), EventKind.DETECTION),
        (datetime(2025, 11, 20, 14, 12, tzinfo=JST), EventKind.MISLEADING),
        (datetime(2025, 11, 20, 14, 30, tzinfo=JST), EventKind.ESCALATION),
        (datetime(2025, 11, 20, 14, 50, tzinfo=JST), EventKind.ACTION),
        (datetime(2025, 11, 20, 15, 20, tzinfo=JST), EventKind.RESOLUTION),
        (datetime(2025, 11, 21, 10, 0, tzinfo=JST), EventKind.NOTE),
    ]
    assert document.timeline[0].text == "決済エラーの監視アラートが発報"


def test_a_japanese_task_table_gives_owners_dues_and_statuses() -> None:
    document = from_markdown(JAPANESE)

    assert [(task.text, task.owner, task.due, task.status) for task in document.measures.tasks] == [
        ("プール枯渇のアラートを追加", "王 芳", date(2025, 12, 5), TaskStatus.IN_PROGRESS),
        ("証明書更新手順の見直し", "田中 一郎", date(2025, 11, 28), TaskStatus.DONE),
        ("負荷試験の定期実施", "鈴木 次郎", date(2025, 12, 19), TaskStatus.OPEN),
    ]


def test_a_japanese_draft_under_review_and_its_labels_in_bold() -> None:
    document = from_markdown(
        "# 【障害報告】メール配信遅延\n\n**ステータス：** レビュー中\n**深刻度：** SEV3\n"
        "**発生日時：** 2026年1月15日 09:40 JST\n**復旧日時：** 2026年1月15日 10:25 JST\n\n"
        "## 経緯\n\n- 09:40：配信キューの滞留を検知\n- 10:25：配信が正常に戻った\n"
    )

    assert document.metadata.status is Status.IN_REVIEW
    assert document.metadata.severity is Severity.SEV3
    assert document.summary.start == datetime(2026, 1, 15, 9, 40, tzinfo=JST)
    assert document.summary.end == datetime(2026, 1, 15, 10, 25, tzinfo=JST)
    assert [event.text for event in document.timeline] == ["配信キューの滞留を検知", "配信が正常に戻った"]


def test_measures_against_recurrence_under_the_follow_up_are_improvements() -> None:
    document = from_markdown(
        "# 障害報告\n\n## 今後の対応\n\n### 再発防止策（案）\n次の項目を検討している。\n\n"
        " * 段階的にリリースする\n * ユニットテストを整備する\n\n## 参考\n\n * なし\n"
    )
    assert "段階的にリリースする" in document.measures.improvements
    assert "ユニットテストを整備する" in document.measures.improvements
    assert not document.measures.tasks
