"""Chinese (故障复盘, 事故报告) and Korean (장애 보고서) post-mortems, read as a native reader would.

Section names in both languages, numbered "一、", "（二）" or "1." and bracketed "[경과]"; the header's labels
(负责人, 状态, 故障等级, 编写人, 작성자, 등급, 문서 상태), set off as a quote or not; statuses (已定稿, 进行中,
최종, 진행 중, 미착수); severities (一级, P0, 3등급); a start told twice ("오후 9시 5분 (21:05 KST)"); and the
words that give an entry its kind (告警, 回滚, 拉群, 恢复正常, 怀疑; 알림, 롤백, 호출, 정상화, 변화 없음).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from app.formats.markdown_import import from_markdown
from app.formats.markdown_read.labels import severity_of

CST = timezone(timedelta(hours=8))
KST = timezone(timedelta(hours=9))

CHINESE = """\
# 搜索索引写入失败事故报告

> 文档状态：定稿
> 作者：刘洋、孙悦（搜索组）
> 事故等级：二级

## 一、故障概述

- 故障开始：2025年11月3日 09:05
- 故障恢复：2025年11月3日 10:40

## 二、影响范围

约 4 千次搜索返回空结果。

## 三、时间线

以下时间均为北京时间。

- 09:05　索引写入开始报错。
- 09:11　值班同学收到告警，开始排查。
- 09:20　起初怀疑是磁盘写满，检查后并非磁盘问题。
- 09:32　拉群并电话通知存储负责人。
- 09:50　回滚昨日的索引配置。
- 10:40　写入恢复正常，故障恢复。

## 四、根因分析

新配置把分片数写错，写入请求全部被拒绝。

## 五、改进措施

| 改进措施 | 负责人 | 截止时间 | 状态 |
|---|---|---|---|
| 配置变更增加校验 | 刘洋 | 2025-11-20 | 进行中 |
| 补充写入失败告警 | 孙悦 | 2025年11月10日 | 已完成 |
| 演练索引回滚流程 | 周敏 | 2025/12/01 | 未开始 |
"""

KOREAN = """\
정산 배치 지연 장애 보고서
=========================

작성자 : 최민호
장애 등급 : 3등급
문서 상태 : 최종

1. 장애 개요
------------

- 발생 일시 : 2025년 9월 14일(일) 오후 11시 40분 (23:40 KST)
- 복구 일시 : 2025년 9월 15일(월) 오전 1시 5분 (01:05 KST)


[경과]

9월 14일 (일)
  23:40 KST   정산 배치 처리 지연 시작
  23:48 KST   Grafana 알림 발생, 당직자 확인
  23:55 KST   네트워크 문제로 판단해 재시도 → 변화 없음

9월 15일 (월)
  00:10 KST   DB팀 당직 호출
  00:30 KST   직전 배포를 롤백
  01:05 KST   처리량 정상화, 장애 종료 선언


2. 재발 방지 대책
-----------------

  1) 배포 전 배치 부하 테스트 추가
     - 담당자 : 윤서연
     - 기한 : 2025-10-01
     - 상태 : 진행 중

  2) 배치 지연 알림 임계값 조정
     - 담당자 : 최민호
     - 기한 : 2025년 9월 30일
     - 상태 : 미착수
"""


def test_a_chinese_report_gives_its_header_window_timeline_and_tasks() -> None:
    doc = from_markdown(CHINESE)
    assert doc.metadata.status == "final"
    assert doc.metadata.severity == "SEV2"
    assert doc.metadata.authors[0] == "刘洋"
    assert doc.metadata.authors[1].startswith("孙悦")
    assert doc.summary.start == datetime(2025, 11, 3, 9, 5, tzinfo=CST)
    assert doc.summary.end == datetime(2025, 11, 3, 10, 40, tzinfo=CST)
    assert "4 千次搜索" in doc.summary.impact
    assert "分片数写错" in doc.root_cause.cause
    kinds = [event.kind for event in doc.timeline]
    assert kinds == ["note", "detection", "misleading", "escalation", "action", "resolution"]
    tasks = [(task.owner, task.due.isoformat() if task.due else None, task.status) for task in doc.measures.tasks]
    assert tasks == [
        ("刘洋", "2025-11-20", "in progress"),
        ("孙悦", "2025-11-10", "done"),
        ("周敏", "2025-12-01", "open"),
    ]


def test_a_korean_report_gives_its_header_window_across_midnight_timeline_and_tasks() -> None:
    doc = from_markdown(KOREAN)
    assert doc.metadata.status == "final"
    assert doc.metadata.severity == "SEV3"
    assert doc.metadata.authors == ["최민호"]
    assert doc.summary.start == datetime(2025, 9, 14, 23, 40, tzinfo=KST)
    assert doc.summary.end == datetime(2025, 9, 15, 1, 5, tzinfo=KST)
    times = [event.time for event in doc.timeline]
    assert times[0] == datetime(2025, 9, 14, 23, 40, tzinfo=KST)
    assert times[-1] == datetime(2025, 9, 15, 1, 5, tzinfo=KST)
    kinds = [event.kind for event in doc.timeline]
    assert kinds == ["note", "detection", "misleading", "escalation", "action", "resolution"]
    tasks = [(task.owner, task.due.isoformat() if task.due else None, task.status) for task in doc.measures.tasks]
    assert tasks == [("윤서연", "2025-10-01", "in progress"), ("최민호", "2025-09-30", "open")]


@pytest.mark.parametrize(
    ("written", "level"),
    [("一级", "SEV1"), ("二级故障", "SEV2"), ("P0", "SEV1"), ("2등급", "SEV2"), ("3등급 (Sev-3)", "SEV3")],
)
def test_east_asian_severity_levels(written: str, level: str) -> None:
    assert severity_of(written) == level


def test_a_quoted_header_under_the_title_is_read_as_the_header() -> None:
    doc = from_markdown("# Queue outage\n\n> Status: Final\n> Authors: Ann Lee, Bo Ray\n\n## Summary\n\nText.\n")
    assert doc.metadata.status == "final"
    assert doc.metadata.authors == ["Ann Lee", "Bo Ray"]


def test_chinese_prose_in_a_timeline_entry_without_kind_words_stays_a_note() -> None:
    doc = from_markdown("# 故障复盘\n\n## 时间线\n\n- 2025-11-03 09:05 开始查看日志，整理数据。\n")
    assert [event.kind for event in doc.timeline] == ["note"]
