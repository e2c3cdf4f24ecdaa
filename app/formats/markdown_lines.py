"""Line-level Markdown reading, for callers that knew it here: see ``app.formats.markdown_read.tokens``."""

from __future__ import annotations

from app.formats.markdown_read.tables import parse_table, table_cells
from app.formats.markdown_read.tokens import Item, heading_of, is_table_line, name_key, parse_items, split_label

__all__ = [
    "Item",
    "heading_of",
    "is_table_line",
    "name_key",
    "parse_items",
    "parse_table",
    "split_label",
    "table_cells",
]
