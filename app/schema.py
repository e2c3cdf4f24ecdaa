"""The JSON Schema of the native format, generated from the model.

The schema shipped in ``resources/schema/postmortem.schema.json`` is this
function's output; a test keeps the two in sync. Regenerate it with
``make schema`` (``python -m app.schema``) after changing the model.
"""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path
from typing import Any

from app.model import FORMAT_VERSION, PostMortem

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def json_schema() -> dict[str, Any]:
    """The schema of a saved document (what a file holds, not what Python accepts)."""
    schema = PostMortem.model_json_schema(mode="serialization")
    schema = {"$schema": SCHEMA_DIALECT, **schema}
    schema["title"] = "Postmortem Editor document"
    schema["description"] = (
        f"An incident post-mortem as saved by Postmortem Editor, format version {FORMAT_VERSION}. "
        "Times are ISO 8601 with their UTC offset."
    )
    return schema


def schema_text() -> str:
    """The schema as the shipped file holds it: indented, UTF-8 readable, trailing newline."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


def shipped_schema_text() -> str:
    """The schema file bundled in ``resources`` (also inside an installed package)."""
    return resources.files("resources").joinpath("schema", "postmortem.schema.json").read_text(encoding="utf-8")


def source_schema_path() -> Path:
    """Where the schema lives in a source checkout (``make schema`` writes it)."""
    return Path(__file__).resolve().parent.parent / "resources" / "schema" / "postmortem.schema.json"


def write_schema(path: Path | None = None) -> Path:
    from app.atomic import write_text_atomic

    path = path or source_schema_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, schema_text())
    return path


if __name__ == "__main__":
    print(f"wrote {write_schema()}", file=sys.stderr)
