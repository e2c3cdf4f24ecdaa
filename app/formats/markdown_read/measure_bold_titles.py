"""Measures each named by a numbered title in bold, standing alone over its own details:

    ## Actions de prévention
    **1. Monitoring externe** (gratuit, 15 min)
    - Créer le compte, importer les sondes
    **2. Sauvegarde de la config** (30 min)
    ```bash
    0 2 * * * scp …
    ```

A reader sees two improvements, named by the bold titles with the words written after them ("Monitoring externe
(gratuit, 15 min)"); the details under each (its steps, its code, its expected gain) describe that measure and
are no tasks of their own: they stay as written. Only with two titles or more, each numbered and on its own line.
"""

from __future__ import annotations

import re

from app.formats.markdown_syntax import outside_fences

# "**1. Monitoring UptimeRobot** (gratuit, 15 min setup)", "__2) Backups__ ✅ FAIT"
_TITLE = re.compile(
    r"[ \t]*(?P<mark>\*\*|__)[ \t]*\d{1,2}[.)][ \t]+(?P<name>[^*_\n]{2,150}?)[ \t]*(?P=mark)"
    r"[ \t]*(?P<rest>[^\n]{0,200})"
)
_LEAST = 2


def bold_titled_measures(lines: list[str]) -> list[str]:
    """The measures ``lines`` name in numbered bold titles, or ``[]`` when there are fewer than two."""
    names: list[str] = []
    for line, outside in zip(lines, outside_fences(lines), strict=True):
        title = _TITLE.fullmatch(line) if outside and len(line) <= 400 and line.lstrip()[:2] in ("**", "__") else None
        if title is not None and not title.group("rest").startswith(":"):
            names.append(" ".join(part for part in (title.group("name").strip(), title.group("rest").strip()) if part))
    return names if len(names) >= _LEAST else []
