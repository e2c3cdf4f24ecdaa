"""A heading that only names the kind of document ("# 장애 보고서", "# Incident report") over a "Title:" line:
the labelled title is the document's title, and the heading's words stay above the first section.
"""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown


@pytest.mark.parametrize(
    ("heading", "label"),
    [("장애 보고서", "제목"), ("Incident report", "Title")],
)
def test_the_labelled_title_wins_over_a_heading_naming_the_kind(heading: str, label: str) -> None:
    text = f"# {heading}\n\n- {label}: 결제 페이지 지연\n- 작성자: 정하늘\n\n## 요약\n\n결제 페이지가 느렸습니다.\n"

    document = from_markdown(text)

    assert document.metadata.title == "결제 페이지 지연"
    assert heading in document.introduction


def test_a_specific_heading_keeps_its_title() -> None:
    text = "# 결제 페이지 지연\n\n- 제목: 결제 지연 보고\n\n## 요약\n\n느렸습니다.\n"

    assert from_markdown(text).metadata.title == "결제 페이지 지연"
