"""Equal sets of field names, held once across a document's list items.

pydantic gives every model a set of the names of the fields its data set
(``model_fields_set``): 232 bytes for an event's three names, 2.3 MB for
10,000 events, all equal. List items are frozen (``app.model._Item``): an edit
makes a copy, with a copy of the set, so items can share one set safely.
"""

from __future__ import annotations

from pydantic import BaseModel

from app.text_pieces import in_turns


def share_field_sets(model: BaseModel) -> None:
    """Let the frozen list items under ``model`` that set the same fields share one set of their names."""
    shared: dict[frozenset[str], set[str]] = {}
    _share_under(model, shared)


def _share_under(model: BaseModel, shared: dict[frozenset[str], set[str]]) -> None:
    for value in model.__dict__.values():
        if isinstance(value, BaseModel):
            _share_under(value, shared)
        elif isinstance(value, list) and value and isinstance(value[0], BaseModel):
            _share_in(value, shared)


def _share_in(items: list[BaseModel], shared: dict[frozenset[str], set[str]]) -> None:
    last: set[str] | None = None
    for item in in_turns(items):  # 60,000 events: a reading thread gives way now and then
        if not item.model_config.get("frozen"):
            _share_under(item, shared)
            continue
        names = item.__pydantic_fields_set__
        if last is None or names != last:  # most items of a list set the same fields: one lookup per change
            last = shared.setdefault(frozenset(names), names)
        if names is not last:
            object.__setattr__(item, "__pydantic_fields_set__", last)
        _share_under(item, shared)
