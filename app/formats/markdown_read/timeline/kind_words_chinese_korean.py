"""The words that give a timeline entry its kind in Chinese and Korean, when its other words give none.

Chinese writes no spaces between words, and Korean joins its particles to the word before ("롤백을", "호출함"),
so these are matched as plain substrings (``kinds.guess_kind``), as the Japanese ones are: each is a phrase
particular enough not to hide inside an unrelated word ("恢复正常", not "恢复" alone, which "恢复到 4,000 条/秒"
also holds while the trouble goes on; "발표" is left out, "배포" kept). A table only, loaded with the Japanese
one the first time an entry in East Asian script needs it.
"""

from __future__ import annotations

# The counts a Chinese finding may put before what it found: "发现问题", "发现了两个问题".
_COUNTS = ("", "了", "一个", "两个", "二个", "三个", "几个", "多个", "若干", "了一个", "了两个", "了几个", "了多个")

# In the order tried (``kind_words_japanese``): an end before the steps that led to it, a suspicion that proved
# wrong ("…, 변화 없음") before the step taken on it.
KIND_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "resolution",
        (
            *("恢复正常", "故障恢复", "服务恢复", "已恢复", "完全恢复", "故障解除", "故障结束", "业务恢复", "清零"),
            *("恢復正常", "故障恢復"),
            *("정상화", "정상 복귀", "정상으로 복귀", "정상 범위 복귀", "장애 종료", "복구 완료"),
            *("복구됨", "복구 확인", "서비스 정상", "해소 완료", "종료 선언"),
            # "root_path 복원" (restored): the thing put back as it was, the end of the trouble
            *("복원", "복원됨", "복원 완료"),
        ),
    ),
    (
        "escalation",
        (
            *("升级为", "升级至", "故障升级", "拉群", "拉起", "应急群", "电话通知", "召集", "上报", "呼叫", "拉会"),
            *("에스컬레이션", "호출", "소집", "비상 연락", "상향 조정", "등급 상향"),
        ),
    ),
    (
        "misleading",
        (
            *("怀疑", "并非", "误判", "判断错误", "没有缓解", "未见缓解", "未缓解", "无效果", "没有效果"),
            *("无效", "排除了", "不是问题", "浪费了", "懷疑"),
            *("오판", "잘못 판단", "변화 없음", "효과 없음", "개선 없음", "무관", "아닌 것으로", "의심"),
        ),
    ),
    (
        "detection",
        (
            *("告警", "报警", "监控发现", "发现异常", "用户反馈", "客诉", "收到反馈", "警报", "告警触发"),
            *("알림", "알람", "감지", "탐지", "경보", "제보", "문의 접수"),
            # "UI 404 오류 보고" (an error reported), "장애 보고됨"
            *("오류 보고", "에러 보고", "장애 보고", "버그 보고", "문제 보고", "오류 신고", "장애 신고"),
            # "发现两个问题" (found two problems): a problem found, by any count
            *(f"发现{count}{what}" for count in _COUNTS for what in ("问题", "故障", "错误", "异常", "bug", "Bug")),
        ),
    ),
    (
        "action",
        (
            *("回滚", "扩容", "缩容", "重启", "关闭", "开启", "切换", "降级", "限流", "修复", "下线", "摘除", "切流"),
            *("回退", "熔断", "重新部署", "迁移"),
            *("롤백", "재시작", "재기동", "강제 종료", "배포", "증설", "스케일 아웃", "전환", "차단", "적용"),
            *("수동 실행", "비활성화", "활성화", "되돌림", "페일오버"),
        ),
    ),
)
