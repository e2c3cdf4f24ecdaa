"""The names of a post-mortem's sections in Czech and Slovak.

Czech and Slovak teams write the same parts as everyone else ("### Příčina", "## Časová osa incidentu",
"### Navrhované řešení"); a reader who knows the words finds the cause, the timeline and the measures there.
Tables of names only, merged into ``names_other_languages``' tables, and looked up folded there (without
accents: "příčina" as "pricina"), so a heading typed without háčky is the same name.
"""

from __future__ import annotations

SECTIONS: dict[str, tuple[str, ...]] = {
    "impact": (
        *("dopad", "dopady", "dopad na uživatele", "dopad na zákazníky", "rozsah dopadu"),
        *("dopad na používateľov", "vplyv"),
    ),
    "timeline": (
        *("časová osa", "časová osa incidentu", "průběh", "průběh incidentu", "chronologie"),
        *("časová os", "priebeh", "priebeh incidentu"),
    ),
    "cause": (
        *("příčina", "příčiny", "hlavní příčina", "kořenová příčina", "analýza příčin", "příčina incidentu"),
        *("príčina", "príčiny", "hlavná príčina", "koreňová príčina"),
    ),
    "resolution": (*("řešení", "oprava", "náprava", "jak jsme to vyřešili", "obnova", "riešenie"),),
    "measures": (
        *("navrhované řešení", "navrhovaná řešení", "opatření", "nápravná opatření", "preventivní opatření"),
        *("další kroky", "úkoly", "akční body", "navrhované riešenie", "opatrenia", "ďalšie kroky"),
    ),
    "closing_notes": ("poučení", "co jsme se naučili", "závěr", "ponaučenie", "záver"),
}
