"""Section headings dressed up by their authors, and section names said in other words.

Emoji before or after the name ("Issue Summary 🧾"), GitHub shortcodes ("Root Cause :bug:"), a
``{#anchor}`` ("## 概要 {#overview}"), a full-width qualifier ("## 事件经过（从发布到回滚）"), a stray
"*" before the hashes: a reader sees the section's name through all of them. And the parts named in a
team's own words ("Corrective Steps Taken", "Outstanding actions", "Current state", "## Problem",
"Solution retenue" / "Solution appliquée", "HISTÓRICO", "조치 내역", "根本问题分析") are the parts they name.
"""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown
from app.formats.markdown_read.names import section_key


@pytest.mark.parametrize(
    ("heading", "part"),
    [
        ("Issue Summary 🧾", "summary"),
        ("Resolution and recovery 🩹", "resolution"),
        ("**Root Cause 🐛**", "cause"),
        ("Root Cause :bug:", "cause"),
        (":scroll: Issue Summary", "summary"),
        ("Resolution and recovery :wrench: :tada:", "resolution"),
        ("概要 {#overview}", "introduction"),
        ("根本原因 {#root-cause}", "cause"),
        ("处理说明 {#resolution}", "resolution"),  # the name is not known, its anchor is
        ("事件经过（从发布到回滚）", "timeline"),
        ("根本问题分析", "cause"),
        ("下一步计划", "measures"),
        ("조치 내역", "measures"),
        ("📜 HISTÓRICO DO INCIDENTE", "timeline"),
        ("Historial del incidente", "timeline"),
        ("🧰 CHECKLIST DE REMEDIAÇÃO", "measures"),
        ("Prevención futura", "measures"),
        ("Prévention", "measures"),
        ("Remediation Actions Taken", "resolution"),
        ("Mitigation Steps Performed", "resolution"),
        ("Solution appliquée", "resolution"),
        ("Correctif déployé", "resolution"),
        ("Current state", "resolution"),
        ("Outstanding actions", "measures"),
        ("Remaining work", "measures"),
        ("Binding lessons", "measures"),
        ("Rules we now keep (see [the runbook](../ops/RUNBOOK.md))", None),
        ("Binding lessons (written into [RELEASE.md](../docs/RELEASE.md))", "measures"),
        ("Problem", "impact"),
        ("Problème initial", "impact"),
    ],
)
def test_a_dressed_or_reworded_heading_names_its_part(heading: str, part: str | None) -> None:
    assert section_key(heading) == part


@pytest.mark.parametrize(
    "heading",
    ["Timeline 14:05:", "Notes from the 10:30: call", "Remediation Plan", "Remediation Actions", "Actions taken"],
)
def test_words_that_only_look_like_decoration_keep_their_reading(heading: str) -> None:
    # A clock is no shortcode; a remedy still to do stays the measures; bare "Actions taken" names no part.
    assert section_key(heading) in (None, "timeline", "measures")
    assert section_key("Remediation Plan") == "measures"


TRAILING_EMOJI = """# Checkout went dark

## Issue Summary 🧾

Shoppers could not pay for forty minutes.

## Root Cause :bug:

A feature flag pointed the payment form at a retired endpoint.

## Resolution and recovery 🩹

We flipped the flag back and replayed the stuck orders.
"""


def test_headings_with_emoji_after_the_name_fill_their_fields() -> None:
    imported = from_markdown(TRAILING_EMOJI)
    assert "forty minutes" in imported.summary.impact
    assert "retired endpoint" in imported.root_cause.cause
    assert "flipped the flag back" in imported.root_cause.resolution


ANCHORED = """# 报表服务凭据泄露

## 概要 {#overview}

报表服务把数据库口令写进了调试日志。

## 根本原因 {#root-cause}

调试开关在发布时没有关闭。

## 影響 {#impact}

能读取日志的人都能看到口令。
"""


def test_anchored_chinese_headings_fill_their_fields() -> None:
    imported = from_markdown(ANCHORED)
    assert "调试开关" in imported.root_cause.cause
    assert "能读取日志" in imported.summary.impact


QUALIFIED_CJK = """# 推荐服务回滚记录

## 事件经过（仓促上线 → 反复修补 → 回滚）

- 2025-03-04 10:05 上线新的推荐模型
- 2025-03-04 10:40 用户反馈首页空白
- 2025-03-04 11:20 回滚到旧模型

## 根本问题分析

上线前没有做回放测试。
"""


def test_a_full_width_qualifier_keeps_the_timeline() -> None:
    imported = from_markdown(QUALIFIED_CJK)
    assert len(imported.timeline) == 3
    assert "回放测试" in imported.root_cause.cause


PORTUGUESE = """# Relatório de incidente: chave de API vazada

## 📌 RESUMO DO INCIDENTE

Uma chave de API da loja foi publicada num repositório público.

## 📋 CHECKLIST DE REMEDIAÇÃO

- [x] Revogar a chave antiga
- [ ] Ativar varredura de segredos no CI

## 📝 HISTÓRICO DO INCIDENTE

| Data/Hora | Evento |
|---|---|
| 2025-05-02 09:10 | Alerta de segredo exposto recebido |
| 2025-05-02 09:40 | Chave revogada |
"""


def test_emoji_led_portuguese_headings_in_capitals() -> None:
    imported = from_markdown(PORTUGUESE)
    tasks = {task.text: task.status.value for task in imported.measures.tasks}
    assert tasks == {"Revogar a chave antiga": "done", "Ativar varredura de segredos no CI": "open"}
    assert len(imported.timeline) == 2


HANDOVER = """# Handover: queue consumer stall

## Current state

**Resolved.** Consumers were restarted after the broker certificate was renewed.

## Outstanding actions

- add an expiry alert for the broker certificate
- document the renewal in the runbook
"""


def test_handover_parts_named_in_the_teams_words() -> None:
    imported = from_markdown(HANDOVER)
    assert "certificate was renewed" in imported.root_cause.resolution
    to_do = [*imported.measures.improvements, *(task.text for task in imported.measures.tasks)]
    assert "add an expiry alert for the broker certificate" in to_do


DONE_REMEDIATION = """# Queue consumer stall

## Root Cause

The broker certificate expired overnight.

## Remediation Actions Taken

1. Renewed the broker certificate.
2. Restarted the consumer pods.

## Follow-up Actions

- Alert two weeks before the certificate expires.
"""


def test_remediation_already_taken_is_the_resolution() -> None:
    imported = from_markdown(DONE_REMEDIATION)
    assert "Restarted the consumer pods" in imported.root_cause.resolution
    assert not any("Restarted" in task.text for task in imported.measures.tasks)


FRENCH = """# Panne du service d'export

## Problème initial

Le service d'export renvoyait une erreur 500 à chaque demande.

## Cause racine

Une migration avait renommé une colonne encore lue par l'export.

## Solution appliquée

Nous avons rétabli l'ancien nom de colonne et relancé l'export.
"""


def test_french_problem_and_applied_solution() -> None:
    imported = from_markdown(FRENCH)
    assert "erreur 500" in imported.summary.impact
    assert "rétabli l'ancien nom" in imported.root_cause.resolution


STRAY_MARK = """# Reports slowed to a crawl

## Issue Summary

Reports took minutes to load for an afternoon.

*## **Corrective and Preventative Measures:**
- **Improvements/Fixes:**
  - Add an index on the reports table.
- **Tasks to Address Issue:**
  - Review slow queries every sprint.
"""


def test_a_stray_mark_before_the_hashes_still_heads_the_measures() -> None:
    imported = from_markdown(STRAY_MARK)
    assert imported.measures.improvements == ["Add an index on the reports table."]
    assert [task.text for task in imported.measures.tasks] == ["Review slow queries every sprint."]


CORRECTIVE_TAKEN = """# :coffin: Postmortem: The Day Nginx Died :coffin:

## Root Cause

A typo in the nginx configuration.

## Corrective Actions Taken

- Reverted the configuration change.
- Restarted nginx on all hosts.

## Action Items

- [ ] Add nginx -t to the deploy pipeline (owner: Sam)
"""


def test_corrective_actions_already_taken_are_the_resolution() -> None:
    imported = from_markdown(CORRECTIVE_TAKEN)
    assert "Restarted nginx on all hosts" in imported.root_cause.resolution
    assert [task.text for task in imported.measures.tasks] == ["Add nginx -t to the deploy pipeline"]
    assert section_key("Corrective Actions") == "measures"  # still to do, when nothing says it was done


def test_a_titles_github_shortcodes_are_not_its_words() -> None:
    assert from_markdown(CORRECTIVE_TAKEN).metadata.title == "Postmortem: The Day Nginx Died"
    assert from_markdown("# :fire:\n\nText.\n").metadata.title == ":fire:"  # nothing else to call it
