"""Front matter as blog themes leave it: only a YAML comment between the rules ("# nothing to set here"), which
is no title; and authors written as records ("- name: '@tova'" with "link:" under it), each one an author."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown


def test_a_front_matter_of_only_a_comment_is_not_the_title() -> None:
    document = from_markdown(
        "---\n# nothing needs setting here\n---\n\n# Queue stalled overnight\n\nAt 10:00 UTC the queue stalled.\n"
    )
    assert document.metadata.title == "Queue stalled overnight"


def test_comments_among_the_settings_keep_them_front_matter() -> None:
    document = from_markdown("---\n# set by the theme\ntitle: Queue stalled\nauthor: Ana Lee\n---\n\nIt stalled.\n")
    assert document.metadata.title == "Queue stalled"
    assert document.metadata.authors == ["Ana Lee"]


def test_every_author_record_is_an_author_named_without_its_fields() -> None:
    document = from_markdown(
        "---\ntitle: Cache outage\nauthor:\n  - name: '@tova'\n    link: 'https://example.org/tova'\n"
        "  - name: '@rune'\n    twitter: '@rr'\n---\n\n## What happened\n\nThe cache fell over.\n"
    )
    assert document.metadata.authors == ["tova", "rune"]


def test_a_record_whose_name_comes_under_another_field() -> None:
    document = from_markdown(
        "---\ntitle: Cache outage\nauthors:\n  - link: https://example.org/ana\n    name: Ana Lee\n  - Bo Chen\n"
        "---\n\nThe cache fell over.\n"
    )
    assert document.metadata.authors == ["Ana Lee", "Bo Chen"]


def test_an_author_with_a_linked_profile_handle_is_named_alone() -> None:
    document = from_markdown(
        "---\ntitle: Cache outage\nauthor: Ana Lee ([@ana](https://social.example/@ana))\n---\n\nIt fell over.\n"
    )
    assert document.metadata.authors == ["Ana Lee"]


def test_a_title_between_two_rules_over_sections_stays_the_title() -> None:
    document = from_markdown("---\n# Queue stalled overnight\n---\n\n## Summary\n\nThe queue stalled at 10:00 UTC.\n")
    assert "Queue stalled overnight" in document.metadata.title
