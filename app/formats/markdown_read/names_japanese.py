"""The names of a post-mortem's sections and labels in Japanese.

Japanese teams write 障害報告書 with the same parts as everyone else ("## 概要", "## タイムライン",
"- 重大度：SEV2"), under a handful of names each that vary from team to team (原因, 根本原因,
発生原因; 対応内容, 暫定対応, 恒久対応). Tables of names only, merged into
``names_other_languages``' tables, so the readers know nothing of the language.
"""

from __future__ import annotations

SECTIONS: dict[str, tuple[str, ...]] = {
    "introduction": (
        *("概要", "障害概要", "事象概要", "インシデント概要", "サマリー", "サマリ", "要約", "はじめに", "背景"),
        *("障害内容", "事象", "発生事象", "経緯概要"),
    ),
    "impact": (
        "影響",
        "影響範囲",
        "影響内容",
        "影響度",
        "お客様への影響",
        "ユーザーへの影響",
        "被害状況",
        "影響と範囲",
    ),
    "timeline": (
        *("タイムライン", "時系列", "経緯", "対応経緯", "対応履歴", "時系列での経緯", "発生から復旧までの経緯"),
        *("詳細な経緯", "対応の経緯", "障害の経緯", "時系列の経緯"),
    ),
    "cause": (
        *("原因", "根本原因", "発生原因", "障害原因", "原因分析", "直接原因", "真因", "原因と対策", "なぜ起きたか"),
        *("要因", "発生要因", "根本原因分析"),
    ),
    "resolution": (
        *("対応内容", "対応", "暫定対応", "復旧対応", "復旧方法", "対処", "対処内容", "解決策", "復旧手順"),
        *("応急処置", "復旧"),
    ),
    "measures": (
        *("再発防止策", "再発防止", "今後の対策", "恒久対応", "恒久対策", "対策", "改善策", "改善点", "今後の対応"),
        *("アクションアイテム", "タスク", "対応事項", "再発防止に向けて", "残課題", "課題", "todo"),
    ),
    "closing_notes": (
        *("所感", "振り返り", "教訓", "学び", "まとめ", "おわりに", "得られた教訓", "良かった点", "反省点"),
        *("うまくいったこと", "うまくいかなかったこと", "謝辞"),
    ),
    "authors": ("作成者", "報告者", "執筆者"),
    "details": ("基本情報", "障害情報", "インシデント情報", "メタデータ", "詳細"),
}

# Labels are matched as written: Japanese has no case to fold.
LABELS: dict[str, tuple[str, ...]] = {
    "start": ("発生日時", "発生時刻", "障害発生日時", "開始日時", "開始時刻", "発生"),
    "end": ("復旧日時", "復旧時刻", "終了日時", "終了時刻", "解消日時", "解消時刻", "収束日時", "復旧"),
    "duration": ("影響時間", "障害時間", "継続時間", "障害期間", "影響期間", "発生期間", "期間"),
    "date": ("発生日", "障害発生日", "日付", "日時"),
    "impact": ("影響", "影響範囲", "影響内容"),
    "cause": ("原因", "根本原因", "発生原因"),
    "resolution": ("対応内容", "暫定対応", "対処", "復旧方法"),
    "owner": ("担当", "担当者", "責任者", "対応者", "オーナー"),
    "due": ("期限", "期日", "完了予定", "完了予定日", "対応期限", "予定日"),
    "status": ("ステータス", "状況", "状態", "進捗", "文書ステータス"),
    "authors": ("作成者", "報告者", "執筆者", "記入者", "作成"),
    "severity": ("重大度", "深刻度", "重要度", "障害レベル", "影響度", "レベル", "優先度", "緊急度"),
    "service": ("対象サービス", "影響サービス", "サービス", "対象システム", "システム", "影響を受けたサービス"),
}

TASK_STATUS_WORDS: dict[str, str] = {
    **dict.fromkeys(("完了", "対応済み", "対応済", "済み", "済", "完了済み", "解決済み", "クローズ"), "done"),
    **dict.fromkeys(("未着手", "未対応", "未完了", "予定", "オープン", "検討中", "未"), "open"),
    **dict.fromkeys(("対応中", "進行中", "作業中", "実施中", "着手", "着手済み", "仕掛中"), "in progress"),
}

TASK_COLUMNS: dict[str, tuple[str, ...]] = {
    "text": ("対策", "対策内容", "タスク", "アクション", "内容", "項目", "対応内容", "再発防止策", "施策"),
    "owner": ("担当", "担当者", "責任者", "対応者"),
    "due": ("期限", "期日", "完了予定", "完了予定日", "予定日"),
    "status": ("状況", "状態", "進捗", "ステータス"),
}

DOCUMENT_STATUS_WORDS: dict[str, str] = {
    **dict.fromkeys(("下書き", "草稿", "ドラフト", "作成中", "執筆中"), "draft"),
    **dict.fromkeys(("レビュー中", "レビュー待ち", "確認中", "査読中", "承認待ち"), "in review"),
    **dict.fromkeys(("確定", "最終版", "承認済み", "公開済み", "完了", "完成", "確定版"), "final"),
}

SEVERITY_WORDS: dict[str, int] = {
    **dict.fromkeys(("致命的", "緊急", "最重要", "重大"), 1),
    **dict.fromkeys(("高", "重度"), 2),
    **dict.fromkeys(("中", "中程度"), 3),
    **dict.fromkeys(("低", "軽微", "軽度"), 4),
}

# A timeline table's columns ("| 時刻 (JST) | イベント |"), added to ``timeline.blocks``' own.
TIMELINE_TIME_HEADER_WORDS = ("時刻", "時間", "日時", "タイムスタンプ", "時点")
TIMELINE_TEXT_COLUMNS = ("イベント", "出来事", "事象", "内容", "対応", "対応内容", "説明", "詳細", "概要", "経過")
TIMELINE_DATE_HEADER_WORDS = ("日付",)
