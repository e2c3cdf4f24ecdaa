"""A blog post titled by the service's name and "outage" ("pkg.example.io outage postmortem", "MQTT outage"): the
name is the service affected; a title whose word before "outage" says where or when ("Global outage") names none.
("Database outage report" names the database: tests/test_import_service_plain_subjects.py.)"""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown

BODY = "\n\nThe package index was down for an hour because its disk filled up.\n"


@pytest.mark.parametrize(
    ("title", "service"),
    [
        ("pkg.example.io outage postmortem", "pkg.example.io"),
        ("2024-02-03 - status.example.org page outage", "status.example.org page"),
        ("MQTT Outage", "MQTT"),
    ],
)
def test_the_name_before_outage_is_the_service(title: str, service: str) -> None:
    assert from_markdown(f"# {title}{BODY}").metadata.service == service


@pytest.mark.parametrize("title", ["Global Outage", "Weekend downtime"])
def test_a_plain_word_before_outage_names_no_service(title: str) -> None:
    assert not from_markdown(f"# {title}{BODY}").metadata.service
