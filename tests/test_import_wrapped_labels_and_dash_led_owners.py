"""A summary's labelled bullets that wrap onto a second line, and tasks led by their owner's name and a dash.

A user who writes "- **Impact:** …" and lets the sentence run onto an indented line sees the whole
sentence as the impact, and the "Root cause:" bullet as the summary's cause, not as a heading. A task
written "Mara Stein — rotate the keys — due 2026-11-20" shows Mara Stein as its owner.
"""

from __future__ import annotations

from datetime import date

from app.formats.markdown_import import from_markdown

WRAPPED = """# Thumbnails missing on the shop

Author: Mara Stein

## TL;DR

- **Start:** 2026-11-09 10:05 UTC
- **End:** 2026-11-09 11:40 UTC
- **Impact:** thumbnails failed to load for about a third of visitors on the web
  and in the app; roughly 90 customers wrote in.
- **Root cause:** a cache rule dropped the size parameter from image addresses,
  so every size was served the same cached file.

## Action items

- Mara Stein — scope the cache rule to the banner path — due 2026-11-20
- Uwe Brandt — alert on image 404s per region — due 2026-11-27
"""


def test_a_labelled_bullet_wrapped_onto_an_indented_line_gives_the_whole_impact():
    document = from_markdown(WRAPPED)

    assert document.summary.impact.endswith("roughly 90 customers wrote in.")


def test_a_wrapped_root_cause_bullet_is_the_summary_s_cause_not_a_heading():
    document = from_markdown(WRAPPED)

    assert "dropped the size parameter" in document.summary.root_cause
    assert "served the same cached file" in document.summary.root_cause
    assert all("Root cause" not in section.heading for section in document.extra_sections)


def test_a_task_led_by_a_full_name_and_a_dash_has_that_owner():
    document = from_markdown(WRAPPED)

    assert [(task.text, task.owner, task.due) for task in document.measures.tasks] == [
        ("Scope the cache rule to the banner path", "Mara Stein", date(2026, 11, 20)),
        ("Alert on image 404s per region", "Uwe Brandt", date(2026, 11, 27)),
    ]


def test_a_product_s_name_before_a_dash_is_not_an_owner():
    document = from_markdown(
        "# Deploys blocked\n\n## Action items\n\n- Terraform Cloud — move the state to the new workspace\n"
    )

    assert not document.measures.tasks[0].owner
    assert document.measures.tasks[0].text.startswith("Terraform Cloud")
