"""Bundled templates for new post-mortems (``postmortem-editor new --template NAME``).

A template is an ordinary document file, ``resources/templates/NAME.json``,
so it can be opened, validated and edited like any other; ``index.json``
beside them holds the one-line descriptions. They are read through
``importlib.resources`` so that an installed copy (``pipx install .``) finds
them inside the package instead of in a source checkout.
"""

from __future__ import annotations

import json
from importlib import resources
from importlib.resources.abc import Traversable

from app.errors import DocumentError
from app.model import PostMortem

INDEX_NAME = "index.json"
DEFAULT_TEMPLATE = "blank"


def _folder() -> Traversable:
    return resources.files("resources").joinpath("templates")


def _descriptions() -> dict[str, str]:
    try:
        data = json.loads(_folder().joinpath(INDEX_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(name): str(text) for name, text in data.items()} if isinstance(data, dict) else {}


def available() -> dict[str, str]:
    """Template names (sorted, the default first) with their descriptions."""
    names = sorted(
        entry.name.removesuffix(".json")
        for entry in _folder().iterdir()
        if entry.name.endswith(".json") and entry.name != INDEX_NAME
    )
    names.sort(key=lambda name: name != DEFAULT_TEMPLATE)
    descriptions = _descriptions()
    return {name: descriptions.get(name, "") for name in names}


def load_template(name: str) -> PostMortem:
    """A fresh document from the template ``name``; ``DocumentError`` names the choices."""
    from app.formats import json_format

    choices = available()
    if name not in choices:
        raise DocumentError(f"no template named {name!r}; choose one of: {', '.join(choices)}")
    text = _folder().joinpath(f"{name}.json").read_text(encoding="utf-8")
    return json_format.loads(text)
