"""Bundled templates: each a valid document, found through the package resources."""

from __future__ import annotations

import json

import pytest

from app import templates
from app.errors import DocumentError
from app.formats import json_format
from app.model import PostMortem
from app.validation import check
from tests.conftest import ROOT

TEMPLATES = ROOT / "resources" / "templates"


def test_blank_and_google_sre_are_available_blank_first():
    names = list(templates.available())
    assert names[0] == "blank"
    assert "google-sre" in names


def test_every_template_file_is_listed_with_a_description():
    files = sorted(p.stem for p in TEMPLATES.glob("*.json") if p.name != templates.INDEX_NAME)
    available = templates.available()
    assert sorted(available) == files
    assert all(available.values())


@pytest.mark.parametrize("name", sorted(p.stem for p in TEMPLATES.glob("*.json") if p.name != "index.json"))
def test_every_template_is_a_clean_valid_document_saved_in_the_current_format(name):
    document = templates.load_template(name)
    assert check(document) == []
    # Stored exactly as the editor would save it, so opening and saving a copy is not a change.
    assert (TEMPLATES / f"{name}.json").read_text(encoding="utf-8") == json_format.dumps(document)


def test_blank_is_the_reference_structure_with_nothing_filled_in():
    assert templates.load_template("blank") == PostMortem()


def test_google_sre_maps_the_books_sections():
    document = templates.load_template("google-sre")
    headings = [section.heading for section in document.extra_sections]
    assert headings == ["Trigger", "Detection", "Lessons Learned", "Supporting Information"]
    lessons = document.extra_sections[2].body
    for part in ("What went well", "What went wrong", "Where we got lucky"):
        assert f"### {part}" in lessons
    # Summary, Impact, Root Causes, Resolution, Action Items and Timeline use the standard fields.
    assert json.loads(json_format.dumps(document))["measures"]["tasks"] == []


def test_each_load_is_a_fresh_document():
    first = templates.load_template("google-sre")
    first.extra_sections.clear()
    assert templates.load_template("google-sre").extra_sections


def test_unknown_template_names_the_choices():
    with pytest.raises(DocumentError, match="no template named 'weekly'; choose one of: blank, google-sre"):
        templates.load_template("weekly")


@pytest.mark.parametrize("name", ["../examples/dns-outage", "index", "/etc/passwd"])
def test_template_names_cannot_reach_other_files(name):
    with pytest.raises(DocumentError, match="no template named"):
        templates.load_template(name)


@pytest.mark.parametrize("name", ["blank", "google-sre"])
def test_a_new_markdown_file_from_a_template_has_no_bare_title_line_and_reads_back(name, tmp_path):
    from app import cli
    from app.formats import files

    output = tmp_path / "new.md"
    assert cli.main(["new", "--template", name, "-o", str(output)]) == 0

    text = output.read_text(encoding="utf-8")
    assert not [line for line in text.splitlines() if line.strip() == "#"]
    assert text.startswith("- **Status:** Draft")
    assert files.load(output) == templates.load_template(name)
