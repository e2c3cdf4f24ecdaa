"""Chinese, Japanese and Korean section names built from a known name, read as a native reader would.

The qualifier comes first in these languages, so "问题根源分析" (analysis of the problem's root) and
"장애 원인 분석" (analysis of the outage's cause) are the cause; "解決策と防御ロジック" (the fix and the
defences) is the fix, its other half naming nothing known; and "로깅 및 모니터링 개선" (logging and monitoring,
improved) under the measures heads improvements, as "### Monitoring improvements" does.
"""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown
from app.formats.markdown_read.names import section_key


@pytest.mark.parametrize(
    ("heading", "part"),
    [
        ("问题根源分析", "cause"),
        ("三、故障根源", "cause"),
        ("장애 원인 분석", "cause"),
        ("서비스 장애 원인 분석", "cause"),
        ("解決策と防御ロジック (現在の実装)", "resolution"),
        ("학습 및 향후 대책", "measures"),
        ("事故处理经过", "timeline"),
        # Two halves naming two parts name neither; a heading only ending in "details" is not the details block.
        ("原因与解决方案", None),
        ("技术详细", None),
    ],
)
def test_a_compound_cjk_heading_names_the_part_of_its_last_known_name(heading: str, part: str | None) -> None:
    assert section_key(heading) == part


def test_chinese_cause_named_as_the_problems_root() -> None:
    doc = from_markdown("# 缓存雪崩复盘\n\n## 问题根源分析\n\n缓存键同时过期，请求全部打到数据库。\n")
    assert "缓存键同时过期" in doc.root_cause.cause


def test_korean_cause_and_improvements_under_compound_headings() -> None:
    text = (
        "# 배포 실패 보고서\n\n## 배포 장애 원인 분석\n\n설정 파일의 키 이름이 바뀌어 서버가 시작되지 않았습니다.\n\n"
        "## 회고 및 향후 대책\n\n### 1. 배포 절차\n- 배포 전 설정 검증 스크립트 실행\n\n"
        "### 2. 알림 체계 개선\n- 시작 실패 시 즉시 알림 발송\n"
    )
    doc = from_markdown(text)
    assert "키 이름이 바뀌어" in doc.root_cause.cause
    assert any("즉시 알림 발송" in improvement for improvement in doc.measures.improvements)


def test_japanese_fix_joined_with_an_unknown_half() -> None:
    doc = from_markdown("# 二重課金の障害\n\n## 解決策と再発防止の仕組み\n\n冪等キーを導入しました。\n")
    assert "冪等キー" in doc.root_cause.resolution
