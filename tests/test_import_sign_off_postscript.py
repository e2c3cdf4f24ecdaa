"""A sign-off followed by a postscript still names the author, and the postscript stays in the report.

"Cheers,\\nMarta delgado" (the second name in lower case, as typed) then "P.S. …" and a picture: a careful
reader sees who signed.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

SIGNED = """# Post-mortem: the printer queue that ate Tuesday

## Lessons Learned

Always drain the queue before the driver update.

Cheers,
Marta delgado

P.S. Here is a photo of the printer, now behaving.

![printer](printer.jpg)
"""


def test_sign_off_before_a_postscript_names_the_author() -> None:
    incident = from_markdown(SIGNED)
    assert incident.metadata.authors == ["Marta delgado"]


def test_postscript_after_the_sign_off_is_kept() -> None:
    incident = from_markdown(SIGNED)
    assert "photo of the printer" in incident.model_dump_json()
