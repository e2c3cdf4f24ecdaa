"""A sentence announcing the list under it ("… the following changes were agreed.") is the list's lead.

Written as a sentence with a full stop rather than as a label with a colon, it still only says what comes
next: a careful reader counts the measures after it, not the sentence itself.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

PLAIN_LINES = """Postmortem: Broken image uploads

Timeline:
09:10 AM UTC: Uploads start failing.
09:55 AM UTC: Bucket policy restored, uploads work again.

Corrective and Preventative Measures

Once the team had gone over the logs, the following safeguards were adopted.
Every change to the bucket policy is reviewed by a second engineer.
A synthetic upload runs every five minutes and pages on failure.
"""

JAPANESE = """# 画像アップロード障害について

## 事象

画像のアップロードが失敗した。

## 今後の対応

### 再発防止策

再発防止策として、次の項目を実施する。

* バケットポリシーの変更は二人で確認する
* 定期的にアップロードを試す監視を追加する
  * 失敗したら担当者に通知する
* 手順書を更新する
"""


def test_a_sentence_saying_the_following_safeguards_were_adopted_is_not_a_measure() -> None:
    document = from_markdown(PLAIN_LINES)
    assert document.measures.improvements == [
        "Every change to the bucket policy is reviewed by a second engineer.",
        "A synthetic upload runs every five minutes and pages on failure.",
    ]


def test_a_japanese_lead_naming_the_following_items_is_not_one_of_them() -> None:
    document = from_markdown(JAPANESE)
    texts = [*document.measures.improvements, *(task.text for task in document.measures.tasks)]
    assert len(texts) == 3
    assert not any("次の項目" in text for text in texts)


def test_a_measure_adding_the_following_alerts_somewhere_stays_a_measure() -> None:
    report = PLAIN_LINES.replace(
        "A synthetic upload", "Add the following alerts to the upload dashboard.\nA synthetic upload"
    )
    document = from_markdown(report)
    assert "Add the following alerts to the upload dashboard." in document.measures.improvements
