"""Measures written as numbered sub-headings, each over its own explanation and no list, are the improvements.

"## Prevention" over "### 1. Back up the configuration regularly" and "### 2. Validate before restarting", each
with a paragraph or a code block: a reader sees two improvements named by the sub-headings, the explanations
kept as written. A sub-heading that is not numbered ("### Background") makes the section the author's own.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown


def test_numbered_sub_headings_over_prose_are_the_improvements() -> None:
    doc = from_markdown(
        "# Gateway locked out\n\n## Root cause\n\nA bad policy value.\n\n## Prevention\n\n"
        "### 1. Back up the configuration regularly\n\nCopy the file before any change:\n\n"
        "```bash\ncp gateway.json gateway.json.bak\n```\n\n"
        "### 2. Validate before restarting\n\nRun the config check first.\n"
    )
    assert doc.measures.improvements == ["Back up the configuration regularly", "Validate before restarting"]
    assert "cp gateway.json gateway.json.bak" in doc.model_dump_json()


def test_the_same_in_chinese_numbering() -> None:
    doc = from_markdown(
        "# 网关故障\n\n## 根本原因\n\n配置错误。\n\n## 预防措施\n\n"
        "### 1、定期备份配置文件\n\n修改前先备份。\n\n### 2、重启前先验证配置\n\n先运行检查命令。\n"
    )
    assert doc.measures.improvements == ["定期备份配置文件", "重启前先验证配置"]


def test_an_unnumbered_sub_heading_keeps_the_section_as_written() -> None:
    doc = from_markdown(
        "# Gateway locked out\n\n## Root cause\n\nA bad policy value.\n\n## Prevention\n\n"
        "### Background\n\nThe gateway has three layers.\n\n### 1. Back up the configuration\n\nCopy it first.\n\n"
        "### 2. Validate before restarting\n\nRun the check.\n"
    )
    assert doc.measures.improvements == []
