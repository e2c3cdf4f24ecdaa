"""The report's last words left over under its last section: "We apologise for any inconvenience." after the
timeline's last update.

A blog post or a status page tells its updates, then ends with a line to its readers, an apology or a thank
you, in no section of its own. The last section's reader does not take it (it is no update, no task) and
keeps it as written under that section's name. A careful reader sees the report's closing words: when no
section gave them, that last paragraph is the closing notes. Only a paragraph that opens as closing words
does (``closing_words.CLOSING_CUE``, or an apology or thanks in another language).
"""

from __future__ import annotations

import re

from app.formats.markdown_read.author_notes import is_author_note
from app.formats.markdown_read.closing_words import CLOSING_CUE
from app.formats.markdown_read.draft import Draft, Section

# An apology or thanks to the readers in Italian, French, Spanish, Portuguese, German, Dutch, Polish or Swedish.
_OTHER_CUE = re.compile(
    r"[ \t]*(?:\*\*|__)?(?:Ci scusiamo|Ci dispiace|Grazie|Nous (?:nous excusons|vous remercions|sommes désolés)"
    r"|Merci|(?:Pedimos|Les pedimos) (?:disculpas|desculpas)|Lamentamos|Gracias|Obrigad[oa]|Wir entschuldigen uns"
    r"|Vielen Dank|Danke|Onze excuses|Bedankt|Przepraszamy|Dziękuj(?:ę|emy)|Vi ber om ursäkt|Tack)\b",
    re.IGNORECASE,
)


def opens_as_closing_words(paragraph: str) -> bool:
    """Whether ``paragraph`` opens as a report's last words to its readers: a thanks, an apology, a summing up."""
    return bool(CLOSING_CUE.match(paragraph) or _OTHER_CUE.match(paragraph))


def closing_words_left_over(draft: Draft, sections: list[Section]) -> None:
    """The last section's kept last paragraph as the closing notes, when it reads as closing words."""
    if draft.closing_notes or not sections:
        return
    last = sections[-1]
    kept = next((k for k in reversed(draft.kept) if k.position == last.position and k.heading == last.heading), None)
    if kept is None:
        return
    paragraphs = kept.body.rstrip().split("\n\n")
    final = paragraphs[-1]
    if not final.strip() or not (opens_as_closing_words(final) or is_author_note(final)):
        return
    if final.lstrip().startswith(("#", "-", "*", "|", ">")) and not final.lstrip().startswith(("**", "__")):
        return  # a heading, a list, a table: the section's own text
    written = "\n".join(last.lines).rstrip()
    if not written.endswith(final.rstrip()):
        return  # words from the middle of the section, its entries after them
    draft.closing_notes = final.strip()
    rest = "\n\n".join(paragraphs[:-1]).strip("\n")
    if rest:
        kept.body = rest
    else:
        draft.kept.remove(kept)
