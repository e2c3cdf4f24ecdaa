"""Mitigations (or rules) proposed, not taken: a section of options for next time is the measures.

    ## Mitigations
    One or more of the following mitigations will work:
    - Configure log retention for Loki
    - Use managed Loki

"Mitigation" alone names what stopped the harm (the resolution). A section of "Mitigations" that says its list
is what would work, could be done or is proposed ("will work", "we suggest", "Possible mitigations") offers the
ways to keep the incident from coming back: a careful reader files its items with the improvements. So with a
section of rules proposed to keep ("Candidates for a permanent rule", "New rules"). The lines that introduce the
list stay as written.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.draft import Draft, KeptText
from app.formats.markdown_read.names import plain_name
from app.formats.markdown_read.tokens import Item, parse_items

_REMEDIES = r"(?:mitigations|countermeasures|remediations|fixes|safeguards|mitigation[ \t]+options)"
# The heading says the list is a proposal ("Possible mitigations"), or names the remedies alone.
_PROPOSED_HEADING = re.compile(rf"(?:possible|potential|proposed|suggested|candidate|future)[ \t]+{_REMEDIES}")
_HEADING = re.compile(_REMEDIES)
# Rules proposed for keeps: "Candidates for a permanent rule", "New rules", "Candidatos a regla permanente",
# "Proposed policies", "Neue Regeln". (Named alone, "Alerting rules" describes the system: no measure.)
_RULES = r"(?:rules?|polic(?:y|ies)|guidelines?|reglas?|regeln?|r[eè]gles?|regras?|regole|normas?)"
_PROPOSED_RULES = re.compile(
    rf"(?:.{{0,40}}\b)?(?:new|proposed|candidates?|candidatos?|candidatas?|permanent|permanentes?|nuevas?|neue"
    rf"|nouvelles?|novas?|nuove)\b.{{0,40}}\b{_RULES}\b.{{0,40}}"
    rf"|(?:.{{0,40}}\b)?{_RULES}\b.{{0,20}}\b"
    r"(?:permanent|permanentes?|to[ \t]+adopt|going[ \t]+forward|proposed)\b.{0,20}",
)
# A lead-in saying the list is what would work: "One or more of the following mitigations will work:".
_PROSPECTIVE = re.compile(
    r"\b(?:will|would|could|might|should|can)[ \t]+(?:\w+[ \t]+)?(?:work|help|prevent|avoid|reduce|fix|solve)\b"
    r"|\b(?:we|i)[ \t]+(?:propose|suggest|recommend)\b|\b(?:proposals|suggestions)\b",
    re.IGNORECASE,
)
_CHECKBOX = re.compile(r"\[[ xX]\]")
_LONGEST_BODY = 20_000


def proposed_mitigations(draft: Draft) -> None:
    """Move the items of a kept section of proposed mitigations into the improvements."""
    for kept in list(draft.kept):
        name = plain_name(kept.heading)
        proposed = _PROPOSED_HEADING.fullmatch(name) is not None or (
            len(name) <= 120 and _PROPOSED_RULES.fullmatch(name) is not None
        )
        if not (proposed or _HEADING.fullmatch(name)) or len(kept.body) > _LONGEST_BODY:
            continue
        entries = parse_items(kept.body.split("\n"))
        items = [entry for entry in entries if isinstance(entry, Item)]
        lead = " ".join(entry for entry in entries if isinstance(entry, str) and entry.strip())
        if not items or any(_CHECKBOX.match(item.head) for item in items):
            continue
        if not proposed and not _PROSPECTIVE.search(lead[:2000]):
            continue
        draft.measures.improvements.extend(item.text for item in items)
        rest = "\n".join(entry for entry in entries if isinstance(entry, str)).strip("\n")
        draft.kept.remove(kept)
        if rest.strip():
            draft.kept.append(KeptText(kept.position, kept.heading, rest))
