"""Edit › Repair Text Encoding: mis-decoded text repaired in one undo step.

The repair itself is ``app.encoding_repair``; here it becomes edits on the
document, one per field, inside one undo macro, so a single Undo gives every
field back as it was and views follow the usual per-item signals (the
selection and the scroll position stay where they were).
"""

from __future__ import annotations

from app.encoding_repair import repaired
from app.paths import LIST_PATHS, row_in
from app.validation import Problem, is_misdecoded
from widgets.document import Document

UNDO_TEXT = "Repair Text Encoding"


def repair_text_encoding(document: Document) -> int:
    """Repair every mis-decoded field of ``document`` as one undo step; the number of fields repaired."""
    fixed, changed = repaired(document.model)
    if not changed:
        return 0
    rows: dict[str, set[int]] = {}
    fields: list[tuple[str, ...]] = []
    for path in changed:
        place = _list_row(path)
        if place is None:
            fields.append(tuple(path.split(".")))
        else:
            rows.setdefault(place[0], set()).add(place[1])
    document.begin_macro(UNDO_TEXT)
    try:
        for field in fields:
            document.set_field(field, _get(fixed, field))
        for name, changed_rows in rows.items():
            new_items = _get(fixed, LIST_PATHS[name])
            for row in sorted(changed_rows):
                item = new_items[row]
                if isinstance(item, str):
                    document.update_item(name, row, value=item)  # type: ignore[arg-type]
                else:
                    document.update_item(name, row, fields=dict(item))  # type: ignore[arg-type]
    finally:
        document.end_macro()
    return len(changed)


def misdecoded_problems(problems: list[Problem]) -> list[Problem]:
    return [problem for problem in problems if is_misdecoded(problem)]


def _list_row(path: str) -> tuple[str, int] | None:
    """The list and row a problem path is in (``timeline[3].text`` → ``("timeline", 3)``), or None."""
    for name, list_path in LIST_PATHS.items():
        row = row_in(path, ".".join(list_path))
        if row is not None:
            return name, row
    return None


def _get(model: object, path: tuple[str, ...]) -> object:
    for name in path:
        model = getattr(model, name)
    return model
