"""The JSON Schema shipped in resources/ is the one the model generates."""

from __future__ import annotations

import json

from app import schema
from app.formats import json_format
from app.model import FORMAT_VERSION, PostMortem
from tests.conftest import ROOT

REGENERATE = "the shipped schema is out of date: run `make schema` (python -m app.schema) and commit it"


def test_shipped_schema_matches_the_model():
    shipped = (ROOT / "resources" / "schema" / "postmortem.schema.json").read_text(encoding="utf-8")
    assert shipped == schema.schema_text(), REGENERATE


def test_schema_is_found_through_the_package_resources():
    # What an installed copy (pipx install .) reads.
    assert schema.shipped_schema_text() == schema.schema_text(), REGENERATE


def test_schema_describes_the_saved_file():
    generated = schema.json_schema()
    assert generated["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert str(FORMAT_VERSION) in generated["description"]
    # Every key a saved file has is described, and nothing else is allowed.
    saved = json.loads(json_format.dumps(PostMortem()))
    assert set(saved) == set(generated["properties"])
    assert generated["additionalProperties"] is False
    kinds = generated["$defs"]["EventKind"]["enum"]
    assert kinds == ["detection", "action", "misleading", "escalation", "resolution", "note"]


def test_write_schema_writes_the_same_text(tmp_path):
    path = schema.write_schema(tmp_path / "nested" / "schema.json")
    assert path.read_text(encoding="utf-8") == schema.schema_text()
    assert schema.schema_text().endswith("}\n")
