"""The title given by a "Title:" line under a heading that only names the kind of document:

    # 장애 보고서            (incident report)
    - 제목: 푸시 알림 중복 발송   (title: duplicate push notifications)

A careful reader takes the labelled title; the heading's words, the document's kind, stay above the first
section as written.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.tokens import split_label

# "Title", "Incident title", and the word in Korean, Chinese, Japanese, Italian, French, Spanish, German, Polish.
_TITLE_KEYS = frozenset(
    {"title", "incident title", "제목", "标题", "標題", "件名", "タイトル", "titolo", "titre", "título"}
    | {"titel", "tytuł"}
)
# The kind of document, in the languages whose headings the generic English pattern cannot match.
_KINDS = frozenset(
    {"장애 보고서", "장애보고서", "사후 분석", "사후 분석 보고서", "포스트모템", "장애 회고", "障害報告書", "障害報告"}
    | {"事後検証", "故障报告", "事故报告", "故障复盘", "复盘报告"}
)
_BULLET = re.compile(r"[-*+][ \t]+")
_LINES_LOOKED_AT = 3


def names_the_kind(title: str) -> bool:
    """Whether ``title`` is the kind of document in Korean, Japanese or Chinese ("장애 보고서")."""
    return title.strip().strip("*_").strip() in _KINDS


def labelled_title(preamble: list[str]) -> str | None:
    """The value of a "Title:" line among the first lines of ``preamble``, taken out of it; else ``None``."""
    written = [index for index, line in enumerate(preamble) if line.strip()][:_LINES_LOOKED_AT]
    for index in written:
        label = split_label(_BULLET.sub("", preamble[index].strip(), count=1)[:300])
        if label is not None and label[0] in _TITLE_KEYS and label[1].strip():
            del preamble[index]
            return label[1].strip()
    return None
