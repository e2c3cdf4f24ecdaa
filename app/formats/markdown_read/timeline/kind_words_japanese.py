"""The words that give a timeline entry its kind in Japanese, when its other words give none.

Japanese writes no spaces between words, so these are matched as plain substrings (``kinds.guess_kind``),
not as whole words as the other languages' are: each is a phrase long or particular enough not to hide
inside an unrelated word ("復旧を確認", not "復旧" alone, which "復旧作業を開始" also holds). A table only,
loaded the first time an entry in Japanese needs it.
"""

from __future__ import annotations

# In the order tried, as in ``kind_words_other_languages``: a suspicion that proved wrong before a check.
KIND_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "resolution",
        (
            *("復旧を確認", "復旧した", "復旧済", "復旧完了", "完全復旧", "解消を確認", "解消した", "障害終了"),
            *("正常に戻", "平常値に戻", "平常に戻", "正常化", "収束を確認", "収束した", "影響解消", "障害解消"),
            *("正常稼働を確認", "クローズ"),
        ),
    ),
    (
        "escalation",
        (
            *("エスカレーション", "エスカレ", "招集", "呼び出し", "対策本部", "応援を要請", "応援要請"),
            *("オンコール", "コール"),
        ),
    ),
    (
        "misleading",
        (
            *("を疑い", "を疑う", "を疑った", "と推測", "と思われ", "原因ではなかった", "原因ではない"),
            *("効果なし", "効果がなかった", "改善せず", "改善しなかった", "変化なし", "誤った判断", "見当違い"),
        ),
    ),
    (
        "detection",
        ("アラート", "発報", "検知", "検出", "通報", "に気づ", "に気付", "監視で", "報告を受け", "アラーム"),
    ),
    (
        "action",
        (
            *("再デプロイ", "デプロイ", "ロールバック", "切り戻", "再起動", "切り替え", "切替", "無効化"),
            *("有効化", "適用", "増強", "スケールアウト", "設定変更", "を変更", "を停止", "を修正", "フェイルオーバー"),
            # Starting to investigate or respond is an action, as "began investigating" is in English.
            *("調査を開始", "調査開始", "調査に着手", "対応を開始", "対応開始", "原因調査"),
        ),
    ),
)
