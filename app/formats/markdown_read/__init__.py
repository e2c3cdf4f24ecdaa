"""Markdown import: the reference layout, hand-written variants and other teams' templates.

The package reads in layers, each in its own module:

- ``tokens``, ``tables``, ``front_matter``, ``hard_breaks``: what a line or block is
  (headings, list items, labels, tables, front matter), with no reading state;
- ``draft``: the typed reading state, and ``Draft.keep``, the one path by which
  every line no reader claims is kept word for word;
- ``sections``: the title, the text above the first section, the sections
  (and known sections nested under others);
- one reader per section: ``header`` (front matter and metadata), ``prose``,
  ``measures``, ``humor``, and the ``timeline`` package with its recognisers;
- ``reader``: reads a whole file with them.

The syntax both directions must agree on (fences, escapes, placeholders,
links, the time prefix) is in ``app.formats.markdown_syntax``.
"""

from app.formats.markdown_read.reader import from_markdown, read_markdown

__all__ = ["from_markdown", "read_markdown"]
