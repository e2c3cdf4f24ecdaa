"""The words that give a timeline entry its kind in German, French, Spanish, Italian, Portuguese and Dutch,
when its English words give none.

A table only (``kinds.guess_kind`` makes its patterns): loaded the first time an entry's English words say
nothing of its kind, so a report in English whose entries all say theirs never holds it.
"""

from __future__ import annotations

# Words that give a timeline entry its kind when its English words give none, in the order tried (a failed
# step's "…, weil er ein Speicherleck vermutet" is misleading before it is a deed). Each is matched as whole
# words, case-insensitive; "…" stands for a few words between (German's "zieht Jana hinzu").
KIND_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "resolution",
        (
            *("behoben", "wiederhergestellt", "funktioniert wieder", "funktionieren wieder", "läuft wieder"),
            *("laufen wieder", "wieder erreichbar", "wieder verfügbar", "wieder online", "wieder normal"),
            *("störung beendet", "entwarnung", "résolu", "résolue", "rétabli", "rétablie", "rétablis"),
            *("fonctionne de nouveau", "fonctionne à nouveau", "de nouveau disponible", "retour à la normale"),
            *("incident clos", "resuelto", "resuelta", "restablecido", "restablecida", "restablecidos"),
            *("restablecidas", "funciona de nuevo", "vuelve a funcionar", "vuelven a funcionar", "normalidad"),
            *("ende der störung", "ende der auswirkungen", "keine fehler mehr", "wieder bei 0", "fin de l'incident"),
            *("fin del impacto", "fin de l'impact"),
            # Italian, Portuguese, Dutch
            *("risolto", "risolta", "ripristinato", "ripristinata", "ripristinati", "incidente chiuso"),
            *("tornato alla normalità", "tornati normali", "tornate normali", "tornato normale", "funziona di nuovo"),
            *("torna a funzionare", "tornano a funzionare", "resolvido", "resolvida", "restabelecido"),
            *("restabelecida", "normalizado", "normalizada", "voltou a funcionar", "voltaram a funcionar"),
            *("incidente encerrado", "opgelost", "hersteld", "werkt weer", "werken weer", "weer beschikbaar"),
            *("incident gesloten", "weer normaal"),
        ),
    ),
    (
        "escalation",
        (
            *("eskaliert", "eskalieren", "eskaliere", "eskalation", "hinzugezogen", "zieht … hinzu", "holt … hinzu"),
            *("holt … dazu", "ruft … an", "escalade", "escaladé", "fait appel à", "mobilise", "escaló"),
            *("escalado a", "escala a", "escalamos", "llama a", "contacta a"),
            *("coinvolto", "coinvolta", "coinvolti", "coinvolge", "escalation", "escalato", "escalata"),
            *("escalonado", "escalonada", "aciona", "acionado", "acionada", "geëscaleerd", "escaleert"),
            *("schakelt … in", "opgeroepen", "roept … op"),
        ),
    ),
    (
        "misleading",
        (
            *("vermutet", "vermuten", "vermutete", "vermutung", "dachte", "dachten", "glaubt", "glaubte"),
            *("fälschlich", "fälschlicherweise", "irrtümlich", "half nicht", "hilft nicht", "ohne wirkung"),
            *("ohne erfolg", "keine besserung", "keine änderung", "schlimmer", "falsche spur", "sackgasse"),
            *("pense que", "pensant", "croyant", "croit que", "supposant", "fausse piste", "sans effet"),
            *("aucun effet", "piensa que", "pensando", "creyendo", "cree que", "suponiendo", "pista falsa"),
            *("sin efecto", "ningún efecto"),
            *("ipotizza", "ipotizzano", "sospetta", "sospettando", "pensando che", "falsa pista", "pista sbagliata"),
            *("senza effetto", "nessun effetto", "non aiuta", "suspeita", "achando que", "sem efeito"),
            *("nenhum efeito", "não ajudou", "vermoedt", "denkt dat", "dacht", "verkeerd spoor", "zonder effect"),
            *("geen effect", "hielp niet"),
        ),
    ),
    (
        "detection",
        (
            *("meldet", "melden", "gemeldet", "alarm", "alarmiert", "bemerkt", "bemerken", "entdeckt"),
            *("festgestellt", "stellt … fest", "warnung", "détecté", "détectée", "détecte", "alerte", "signalé"),
            # An alarm going off ("Der Lastalarm löst aus"), the on-call told ("benachrichtigt")
            *("löst aus", "schlägt an", "benachrichtigt", "alarmierung"),
            *("signale", "constate", "detectado", "detecta", "detectó", "alerta", "alertas", "reporta", "reportan"),
            *("allarme", "scatta", "rilevato", "rilevata", "segnalato", "segnalata", "segnalano", "alarme"),
            *("detetado", "dispara", "disparou", "gedetecteerd", "opgemerkt", "merkt … op", "melding", "waarschuwing"),
        ),
    ),
    (
        "action",
        (
            *("neu gestartet", "startet … neu", "zurückgerollt", "rollt … zurück", "deaktiviert", "aktiviert"),
            *("abgeschaltet", "schaltet … ab", "verlängert", "erneuert", "erhöht", "findet", "prüft"),
            *("fügt … hinzu", "fügen … hinzu", "hinzugefügt"),
            *("untersucht", "eingespielt", "setzt … zurück", "redémarre", "redémarré", "annule", "désactive"),
            *("désactivé", "applique", "corrige", "trouve", "augmente", "reinicia", "reiniciado", "revierte"),
            *("desactiva", "desactivado", "aplica", "corrige", "encuentra", "aumenta"),
            # A rollback as a noun or a participle: "Retour arrière vers la version 2.7", "Rückgängig gemacht"
            *("retour arrière", "retour en arrière", "revenu à", "réinstallé", "corrigé", "corrigée", "relancé"),
            *("zurückgesetzt", "rückgängig gemacht", "korrigiert", "installiert", "marcha atrás", "vuelta atrás"),
            *("revertido", "corregido", "reinstalado"),
            *("riavvio", "riavvia", "riavviato", "riavviati", "disattiva", "disattivato", "applica", "corregge"),
            *("aumenta", "ripristina", "reverte", "desativa", "desativado", "corrigido", "herstart", "herstarten"),
            *("teruggedraaid", "draait … terug", "schakelt … uit", "uitgeschakeld", "past … toe", "verhoogt"),
        ),
    ),
)
