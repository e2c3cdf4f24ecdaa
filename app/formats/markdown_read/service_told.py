"""The service a report's opening sentences say went down, when no label names it.

"… service was unavailable on shop.example.com", "the status.example.org website went down", "`Quill`
experienced a complete shutdown": a careful reader notes the site or the application named as what failed. Only
a name written as one is taken (a web address, or a name in backticks or double quotes, as a README writes its
app's): "the server went down" names no service.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.labels import SERVICE_LABELS
from app.formats.markdown_read.tokens import name_key, split_label, without_bold


def _name(number: int) -> str:
    """A web address ("docs.example.org", "shop.example.com", lower case) or a name in backticks or double
    quotes ("`Quill`", '"Quill"', "“Quill”"), its groups numbered (the pattern names the service in three places)."""
    return (
        rf"(?:(?P<open{number}>[`\"“])(?P<quoted{number}>[A-Za-z][\w .-]{{0,30}})(?P<close{number}>[`\"”])"
        rf"|(?-i:(?P<site{number}>[a-z0-9][a-z0-9-]{{0,40}}(?:\.[a-z0-9-]{{1,40}}){{0,3}}\.[a-z]{{2,6}})))"
    )


_PAIRS = {"`": "`", '"': '"', "“": "”"}
_OUT = r"(?:unavailable|down|inaccessible|unreachable|offline|not[ \t]+reachable|not[ \t]+available)"
# "`Quill` experienced a complete shutdown", "the docs.example.org website went down", "shop.example.com was down";
# or "service was unavailable on shop.example.com", "an outage of `Quill`".
_TOLD = re.compile(
    rf"(?<![\w.-]){_name(1)}"
    r"(?:[ \t]+(?:website|site|web[ \t]+app(?:lication)?|app(?:lication)?|service|api|platform))?[ \t]+"
    rf"(?:went[ \t]+(?:down|offline)|crashed|(?:was|became|were)[ \t]+{_OUT}|experienced[ \t]+(?:a|an)[ \t]+"
    r"(?:(?:complete|total|full|partial|major)[ \t]+)?(?:shutdown|outage|crash|failure|downtime))\b"
    rf"|\b{_OUT}[ \t]+(?:on|at|for)[ \t]+{_name(2)}(?![\w-]|\.\w)"
    rf"|\boutage[ \t]+(?:of|on)[ \t]+{_name(3)}(?![\w-]|\.\w)",
    re.IGNORECASE,
)
# "`web-01` went down": a numbered host, one server of the service, not the service.
_HOST = re.compile(r"[A-Za-z]{1,20}[-_]?\d{1,4}")
_LOOKED_AT = 1500  # the opening sentences
# A file's name looks like a web address ("nginx.conf", "index.php"): its last part is a known ending.
_FILE_ENDINGS = frozenset(
    [
        *("conf", "cfg", "ini", "yml", "yaml", "json", "php", "py", "js", "sh", "rb", "md", "txt", "log", "sql"),
        *("xml", "html", "htm", "css", "java", "service", "sock"),
    ]
)


def service_told(text: str) -> str | None:
    """The service ``text`` (a report's opening) says went down, or ``None``."""
    for found in _TOLD.finditer(text[:_LOOKED_AT]):
        number = next((n for n in (1, 2, 3) if found.group(f"quoted{n}") or found.group(f"site{n}")), 1)
        quoted = found.group(f"quoted{number}")
        if quoted and _PAIRS.get(found.group(f"open{number}")) != found.group(f"close{number}"):
            continue  # "`Quill" …": marks that do not pair quote nothing
        site = found.group(f"site{number}")
        if quoted and not _HOST.fullmatch(quoted.strip()):
            return quoted.strip()
        if site and site.rsplit(".", 1)[-1].lower() not in _FILE_ENDINGS:
            return site
    return None


_LABELLED_LINES_LOOKED_AT = 20
_BULLET_MARK = re.compile(r"\A[-*+][ \t]+")
_LONGEST_SERVICE = 80


def service_labelled_in(text: str) -> str | None:
    """The service a labelled line among the first of ``text`` names ("Service Affected: User Authentication
    System" under an "Impact:" label, read as that part's words), or the list under a label with no value of its
    own ("**Affected Services:**" over "- **Billing API**"); ``None`` when none does."""
    lines = text.split("\n", _LABELLED_LINES_LOOKED_AT)[:_LABELLED_LINES_LOOKED_AT]
    for index, line in enumerate(lines):
        stripped = line.strip()
        # "- Service: x" and "- **Service Affected:** x" in a list; "**Affected Services:**" bold as a whole. (Only
        # the list's mark is taken off: the bold's own stars stay with the label.)
        unlisted = stripped if stripped.startswith(("**", "__")) else _BULLET_MARK.sub("", stripped, count=1)
        label = split_label(unlisted) or split_label(stripped.lstrip("-*+ \t"))
        if label is None or name_key(label[0]) not in SERVICE_LABELS:
            continue
        value = label[1].strip() or _listed_below(lines[index + 1 :])
        if 0 < len(value) <= _LONGEST_SERVICE:
            return value
    return None


_LIST_ITEM = re.compile(r"[ \t]{0,3}[-*+][ \t]+(?P<text>\S.*)")


def _listed_below(lines: list[str]) -> str:
    """The items of the list right under a label ("- **Billing API**", "- Search"), joined, as plain words."""
    items: list[str] = []
    for line in lines:
        item = _LIST_ITEM.fullmatch(line.rstrip())
        if item is None:
            break
        items.append(without_bold(item["text"]).strip())
    return ", ".join(item for item in items if item)
