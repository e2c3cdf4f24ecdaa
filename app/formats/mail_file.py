"""A mail saved as a file (``.eml``, or a mailbox ``.mbox``): the text a mail program shows of it.

A mail client shows who sent it, to whom, its subject and date, then its text:
never its routing headers, nor its text as the wire carries it (quoted-printable
"=E2=80=94", base64, a multipart's boundaries). That shown text is what the
post-mortem reader reads, as it would read the same mail pasted into a ``.txt``.

The stdlib ``email`` package decodes the parts; nothing is written anywhere,
attachments are skipped (their names are listed, so a reader knows they were
there), and the number of parts and of messages looked at is capped, so a
hostile file costs no more than its size.
"""

from __future__ import annotations

import email
import email.policy
import re
from email.header import decode_header, make_header
from email.message import EmailMessage, Message

# The headers a mail program shows above the text, in its order.
_SHOWN_HEADERS = ("From", "To", "Cc", "Subject", "Date")
_MOST_PARTS = 200
# The stdlib parser holds every part as text, ten times the file's size at its peak (540 MB for a 56 MB mail
# with an attachment): the text part comes first, and what lies past this is attachments.
MOST_MAIL_BYTES = 16 * 1024 * 1024
_MOST_MESSAGES = 50
# An mbox file's envelope line opening each message: "From dana@example.com Tue Jun  2 23:02:00 2026".
_ENVELOPE = re.compile(rb"^From [^\r\n]{0,500}\r?$", re.MULTILINE)


def mail_text(data: bytes) -> str:
    """The text a reader sees of the mail (or each mail of a mailbox) in ``data``: headers, then the text part.

    A later mail of a mailbox follows as a quoted reply ("On DATE, NAME wrote:" over "> " lines), as a mail
    program quotes the thread: the first mail is the report.
    """
    messages = _messages(data[:MOST_MAIL_BYTES])
    if not any(_header(messages[0], name) for name in _SHOWN_HEADERS):
        # No mail at all (a text saved under a mail's name): its first lines are words, not headers.
        return _plain(data)
    shown = [_shown(messages[0])]
    for later in messages[1:_MOST_MESSAGES]:
        text = _shown(later)
        intro = f"On {_header(later, 'Date') or 'a later date'}, {_header(later, 'From') or 'someone'} wrote:"
        shown.append("\n".join([intro, *(f"> {line}" if line else ">" for line in text.split("\n"))]))
    if len(messages) > _MOST_MESSAGES:
        shown.append(f"({len(messages) - _MOST_MESSAGES} more messages in the mailbox were not read.)")
    # Undecodable header bytes come back as lone surrogates, which no text field may hold.
    return "\n\n".join(shown).encode("utf-8", "replace").decode("utf-8")


def _messages(data: bytes) -> list[Message]:
    """The messages in ``data``: one for a saved mail, each between envelope lines for a mailbox."""
    starts = [match.start() for match in _ENVELOPE.finditer(data)]
    if not starts or data[: starts[0]].strip():
        return [_parse(data)]
    bounds = [*starts, len(data)]
    pieces = [data[bounds[number] : bounds[number + 1]] for number in range(min(len(starts), _MOST_MESSAGES + 1))]
    # The envelope line is the mailbox's, not the message's; mboxrd escapes ">From " in the text.
    return [_parse(piece.split(b"\n", 1)[1] if b"\n" in piece else b"") for piece in pieces]


def _parse(data: bytes) -> Message:
    return email.message_from_bytes(data, policy=email.policy.default)


def _header(message: Message, name: str) -> str:
    """The header's value as written (a date as the sender's program wrote it), its encoded words decoded."""
    raw = next((value for key, value in message.raw_items() if key.lower() == name.lower()), None)
    if raw is None:
        return ""
    try:
        value = str(make_header(decode_header(str(raw))))
    except (ValueError, TypeError, IndexError, LookupError, UnicodeError):  # an encoded word that does not decode
        value = str(raw)
    return " ".join(value.split())


def _shown(message: Message) -> str:
    headers = [f"{name}: {value}" for name in _SHOWN_HEADERS if (value := _header(message, name))]
    body, skipped = _body(message)
    lines = [*headers, "", body.strip("\n")]
    if skipped:
        lines += ["", "Attachments not read: " + ", ".join(skipped[:20]) + ("" if len(skipped) <= 20 else ", …")]
    return "\n".join(lines).strip("\n")


def _body(message: Message) -> tuple[str, list[str]]:
    """The mail's text (its first plain-text part, else its first web-page part as text) and the names of the
    attachments left out."""
    plain: str | None = None
    html: str | None = None
    skipped: list[str] = []
    parts = message.walk() if message.is_multipart() else iter([message])
    for number, part in enumerate(parts):
        if number >= _MOST_PARTS:
            break
        if part.is_multipart():
            continue
        kind = part.get_content_type()
        if part.get_content_disposition() == "attachment" or not kind.startswith("text/"):
            skipped.append(part.get_filename() or kind)
            continue
        text = _part_text(part)
        if kind == "text/plain" and plain is None:
            plain = text
        elif kind == "text/html" and html is None:
            html = text
    if plain is None and html is not None:
        from app.formats.markdown_read.html_page import page_as_markdown

        plain = page_as_markdown(html)
    return plain or "", skipped


def _plain(data: bytes) -> str:
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _part_text(part: Message) -> str:
    """A text part decoded (quoted-printable, base64; its charset, else UTF-8, else Windows-1252)."""
    if isinstance(part, EmailMessage):
        try:
            return str(part.get_content())
        except (LookupError, ValueError, TypeError, AssertionError):
            pass  # an unknown charset: decoded below from the bytes
    raw = part.get_payload(decode=True)
    if not isinstance(raw, bytes):
        return str(part.get_payload())
    return _plain(raw)
