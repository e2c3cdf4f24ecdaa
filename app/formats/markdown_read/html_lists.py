"""The lists of an HTML page written as Markdown (``html_blocks.PageWriter``'s side of them): ``- …``,
``1. …`` from the list's own start, nested lists indented, and a task list's items as ``- [x] …``
(Confluence's ``class="checked"``, a checklist's ``aria-checked``, Notion's ``checkbox-on``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.formats.markdown_read.html_tokens import Tag, attributes_of, classes_of

# Deeper nesting is read as the deepest level kept: an indent per level, a cell's text gathered per level,
# would make a hostile page of 100,000 nested lists or tables quadratic.
MOST_DEPTH = 8
_GOOGLE_LIST_LEVEL = re.compile(r"lst-kix_[\w-]{1,60}-(\d)$")


@dataclass
class OpenList:
    """A list being written: how its items are marked and indented, and the item open in it."""

    ordered: bool
    number: int
    indent: str
    pending: str | None = None  # the marker of an item whose words have not come yet
    checkbox: bool | None = None  # that item's box: ticked, empty, or none
    continuing: str | None = None  # the indent of the open item's later lines


class WritesLists:
    """Mixed into ``PageWriter``: the attributes and the method below are its own."""

    lists: list[OpenList]
    inline: list[str]
    deeper: dict[str, int]

    if TYPE_CHECKING:

        def _flush(self) -> None: ...

    def _checkbox(self, classes: list[str]) -> None:
        if "checkbox-on" in classes or "checkbox-off" in classes:
            self._set_box("checkbox-on" in classes)  # Notion's to-do: a box drawn by a <div>

    def _set_box(self, ticked: bool) -> None:
        if self.lists and self.lists[-1].pending is not None:
            self.lists[-1].checkbox = ticked
        else:
            self.inline.append("[x] " if ticked else "[ ] ")

    def _open_list(self, tag: Tag) -> None:
        self._flush()
        if len(self.lists) >= MOST_DEPTH:
            self.deeper["list"] += 1
            return
        attributes = attributes_of(tag)
        if self.lists:
            parent = self.lists[-1]
            indent = parent.continuing or parent.indent + "  "
            parent.pending = None  # "<li><ul>…": an item holding only a list draws no empty bullet
        else:
            # Google Docs writes nested lists flat, each with its level in its class ("lst-kix_x-1").
            levels = (_GOOGLE_LIST_LEVEL.match(name) for name in classes_of(attributes))
            level = next((found for found in levels if found is not None), None)
            indent = "  " * min(int(level.group(1)), MOST_DEPTH) if level else ""
        start = attributes.get("start", "1")
        number = int(start) - 1 if start.isascii() and start.isdigit() and len(start) < 7 else 0  # not "²", "①"
        self.lists.append(OpenList(ordered=tag.name == "ol", number=number, indent=indent))

    def _close_list(self) -> None:
        self._flush()
        if self.deeper["list"]:
            self.deeper["list"] -= 1
        elif self.lists:
            self.lists.pop()
            if self.lists:
                self.lists[-1].pending = None

    def _open_item(self, tag: Tag) -> None:
        self._flush()
        if not self.lists:
            self.lists.append(OpenList(ordered=False, number=0, indent=""))  # an <li> outside any list
        item = self.lists[-1]
        item.number += 1
        item.pending = item.indent + (f"{item.number}. " if item.ordered else "- ")
        item.continuing = None
        attributes = attributes_of(tag)
        classes = classes_of(attributes)
        # Confluence's task list: "<li data-inline-task-id="1" class="checked">"; a checklist's "aria-checked".
        if "data-inline-task-id" in attributes or "aria-checked" in attributes or "task-list-item" in classes:
            item.checkbox = "checked" in classes or attributes.get("aria-checked") == "true"
        else:
            item.checkbox = None
