"""The native format: the model as indented UTF-8 JSON that diffs well in git.

Reading checks the ``format_version``: older files are migrated step by step
through ``MIGRATIONS``; newer ones are refused, because silently dropping what
a newer editor wrote would lose someone's work.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError

from app.errors import DocumentError, describe_value, shorten
from app.model import FORMAT_VERSION, PostMortem

Migration = Callable[[dict[str, Any]], dict[str, Any]]

MIGRATIONS: dict[int, Migration] = {}
"""``MIGRATIONS[n]`` turns a version-``n`` document into a version ``n + 1`` one.

Version 1 is the first released format, so there is nothing to migrate yet;
the next format change adds ``MIGRATIONS[1]`` and bumps ``FORMAT_VERSION``.
"""


def dumps(document: PostMortem) -> str:
    """Stable, readable JSON: model field order, two-space indent, trailing newline."""
    # pydantic writes keys in field order and keeps non-ASCII text as UTF-8,
    # which is the layout wanted, several times faster than json.dumps.
    return document.model_dump_json(indent=2) + "\n"


def loads(text: str | bytes) -> PostMortem:
    """Parse a document; raises ``DocumentError`` with a one-line reason."""
    try:
        # The common case, a current file, goes straight through pydantic's fast parser.
        document = PostMortem.model_validate_json(text)
    except ValidationError:
        pass  # Diagnose below: old version, newer version, or a real problem.
    else:
        # The model defaults the version, but a file without one (``{}``) is not a post-mortem.
        if "format_version" in document.model_fields_set:
            return document
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise DocumentError(f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}") from None
    except UnicodeDecodeError as error:
        raise DocumentError(
            f"not UTF-8 text (byte 0x{error.object[error.start]:02x} at offset {error.start})"
        ) from None
    except RecursionError:
        raise DocumentError("not a post-mortem: the JSON is nested too deeply") from None
    except ValueError:
        # Python refuses to read an integer of more than 4,300 digits (a guard against slow conversions).
        raise DocumentError("not a post-mortem: the JSON holds a number thousands of digits long") from None
    return from_data(data)


def from_data(data: Any) -> PostMortem:
    if not isinstance(data, dict):
        raise DocumentError(f"not a post-mortem: the JSON holds {_json_kind(data)}, not an object")
    version = data.get("format_version")
    if version is None:
        raise DocumentError("not a post-mortem file: it has no format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise DocumentError(f"not a post-mortem file: format_version {describe_value(version)} is not a version number")
    if version > FORMAT_VERSION:
        raise DocumentError(
            f"written by a newer version of Postmortem Editor (format {describe_value(version)}; "
            f"this one reads up to {FORMAT_VERSION}): please update the editor"
        )
    data = migrate(data, version)
    try:
        return PostMortem.model_validate(data)
    except ValidationError as error:
        raise DocumentError(describe_validation_error(error), details=list_validation_problems(error)) from None


def migrate(data: dict[str, Any], version: int) -> dict[str, Any]:
    while version < FORMAT_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise DocumentError(f"format version {version} is no longer supported")
        data = step(dict(data))
        version += 1
        data["format_version"] = version
    return data


def list_validation_problems(error: ValidationError) -> list[str]:
    """Every problem as ``where: what``."""
    return [_describe_one(problem) for problem in error.errors(include_url=False)]


def _describe_one(problem: Any) -> str:
    where = format_location(problem["loc"])
    message = "unknown field" if problem["type"] == "extra_forbidden" else shorten(problem["msg"], 200)
    return f"{where}: {message}" if where else message


def describe_validation_error(error: ValidationError) -> str:
    """The first problem with its place in the document, e.g. ``timeline[2].time: ...``."""
    problems = error.errors(include_url=False)
    more = len(problems) - 1
    suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
    return _describe_one(problems[0]) + suffix


def format_location(location: tuple[int | str, ...]) -> str:
    text = ""
    for part in location:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            part = shorten(str(part), 60)  # A key of the file: it may be any length.
            text += f".{part}" if text else part
    return text


def _json_kind(value: Any) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "a string"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    return "a number"
