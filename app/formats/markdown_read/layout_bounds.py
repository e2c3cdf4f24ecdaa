"""Bounds of the rare layouts, shared by the look that decides whether to load a layout's reader
(``rare_layouts``) and by the reader itself (``compact_note``, ``signature``)."""

LONGEST_NOTE = 80
"""Written lines of a short note at the most: a longer document without headings is prose, read as it is."""
LONGEST_SIGN_OFF = 60
"""Characters of a sign-off's last line at the most ("— Rachel", "Cheers, R.")."""
