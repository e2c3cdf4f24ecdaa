"""The words that give a timeline entry its kind in German, French, Spanish, Italian, Portuguese, Dutch, Polish
and Swedish, when its English words give none.

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
            # The incident declared solved, the service reachable again: "betrachten den Status als gelöst",
            # "sont à nouveau accessibles", "fonctionnent normalement", "di nuovo raggiungibile".
            *("als gelöst", "ist gelöst", "sind gelöst", "wurde gelöst", "wurden gelöst", "als behoben"),
            *("à nouveau accessible", "à nouveau accessibles", "de nouveau accessible", "de nouveau accessibles"),
            *("à nouveau disponible", "à nouveau en ligne", "de nouveau en ligne", "fonctionne normalement"),
            *("fonctionnent normalement", "de nuevo disponible", "nuevamente disponible", "vuelve a estar disponible"),
            *("novamente disponível", "funcionando normalmente", "di nuovo raggiungibile", "di nuovo disponibile"),
            *("nuovamente disponibile", "funziona regolarmente"),
            # Italian's "end of the incident", as the entry that closes it says so.
            *("fine incidente", "fine dell'incidente", "fine dell’incidente", "fine del disservizio", "fine impatto"),
            # Italian, Portuguese, Dutch
            *("risolto", "risolta", "ripristinato", "ripristinata", "ripristinati", "incidente chiuso"),
            *("tornato alla normalità", "tornati normali", "tornate normali", "tornato normale", "funziona di nuovo"),
            *("torna a funzionare", "tornano a funzionare", "resolvido", "resolvida", "restabelecido"),
            *("restabelecida", "normalizado", "normalizada", "voltou a funcionar", "voltaram a funcionar"),
            *("incidente encerrado", "opgelost", "hersteld", "werkt weer", "werken weer", "weer beschikbaar"),
            *("incident gesloten", "weer normaal"),
            # Polish (as typed with and without its letters' marks), Swedish
            *("wraca do normy", "wracają do normy", "wróciło do normy", "wróciły do normy", "wrócił do normy"),
            *("wrocilo do normy", "powrót do normy", "powrot do normy", "przywrócono", "przywrocono", "przywrócone"),
            *("przywrócona", "przywrócony", "naprawiono", "działa ponownie", "dziala ponownie", "działają ponownie"),
            *("znów działa", "znowu działa", "znowu dziala", "działa poprawnie", "dziala poprawnie"),
            *("incydent zamknięty", "incydent zamkniety", "incydent zakończony", "incydent zakonczony"),
            *("uznany za zakończony", "uznany za zakonczony", "zamykamy incydent", "koniec awarii", "koniec incydentu"),
            *("awaria usunięta", "awaria usunieta", "usunięto awarię", "fungerar igen", "fungerar normalt"),
            *("tillbaka till normalt", "tillbaka i drift", "åter i drift", "normalläge", "incidenten stängd"),
            *("incidenten avslutad", "incidenten stängs", "återställd", "återställt", "återställda", "är löst"),
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
            *("eskalacja", "eskalacji", "eskaluje", "eskalujemy", "eskalowano", "eskalował", "eskalowała"),
            *("eskalowal", "eskalowala", "dołącza", "dolacza", "dołączają", "dołączył", "dołączyła", "dolaczyl"),
            *("dolaczyla", "wezwano", "wzywa", "zaangażowano", "angażuje"),
            *("eskalerar", "eskalerat", "eskalerade", "eskalering", "ansluter", "anslöt", "kallas in"),
            *("kallar in", "kallade in", "larmar in"),
            # Asking for help: "J'ai demandé de l'aide à Moussa", "pedí ayuda a Lucía", "bat Jan um Hilfe"
            *("demandé de l'aide", "demande de l'aide", "demander de l'aide", "pedí ayuda", "pide ayuda"),
            *("pidió ayuda", "um hilfe gebeten", "bittet … um hilfe", "bat … um hilfe", "chiesto aiuto", "pediu ajuda"),
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
            *("sin efecto", "ningún efecto", "suppose", "supposent", "soupçonne", "soupçonnent"),
            *("ipotizza", "ipotizzano", "sospetta", "sospettando", "pensando che", "falsa pista", "pista sbagliata"),
            *("senza effetto", "nessun effetto", "non aiuta", "suspeita", "achando que", "sem efeito"),
            *("nenhum efeito", "não ajudou", "vermoedt", "denkt dat", "dacht", "verkeerd spoor", "zonder effect"),
            *("geen effect", "hielp niet"),
            *("podejrzewa", "podejrzewamy", "podejrzewał", "podejrzewała", "podejrzewal", "podejrzewala"),
            *("podejrzenie", "sądząc", "sadzac", "zakładając", "zakladajac", "myśląc", "myslac", "ślepa uliczka"),
            *("slepa uliczka", "fałszywy trop", "falszywy trop", "fałszywym tropem", "błędny trop", "bledny trop"),
            *(
                "mylny trop",
                "bez efektu",
                "bez skutku",
                "nic nie zmienia",
                "nic to nie zmienia",
                "nic nie dało",
                "nic nie daje",
            ),
            *("nic nie dalo", "nie pomaga", "nie pomogło", "nie pomoglo", "nie pomógł", "nie pomogl", "bez zmian"),
            *("misstänker", "misstänkte", "misstanker", "tror att", "trodde att", "antar att", "fel spår"),
            *("trodde först", "sidospår", "villospår"),
            *("utan effekt", "ingen effekt", "hjälpte inte", "hjälper inte", "ingen förbättring", "återvändsgränd"),
        ),
    ),
    (
        "detection",
        (
            *("meldet", "melden", "gemeldet", "alarm", "alarmiert", "bemerkt", "bemerken", "entdeckt"),
            *("festgestellt", "stellt … fest", "warnung", "détecté", "détectée", "détecte", "alerte", "signalé"),
            # Someone finding the service down: "Guillaume découvre sites inaccessibles", "se da cuenta"
            *("découvre", "découvrent", "s'aperçoit", "s'aperçoivent", "descubre", "descubrió", "se da cuenta"),
            *("descobre", "descobriu", "percebe", "scopre", "si accorge"),
            # An alarm going off ("Der Lastalarm löst aus"), the on-call told ("benachrichtigt")
            *("löst aus", "schlägt an", "benachrichtigt", "alarmierung"),
            *("signale", "constate", "detectado", "detecta", "detectó", "alerta", "alertas", "reporta", "reportan"),
            *("allarme", "scatta", "rilevato", "rilevata", "segnalato", "segnalata", "segnalano", "alarme"),
            *("detetado", "dispara", "disparou", "gedetecteerd", "opgemerkt", "merkt … op", "melding", "waarschuwing"),
            *("wykryto", "wykrywa", "wykrył", "wykryła", "wykryl", "wykryla", "zauważa", "zauwaza", "zauważył"),
            *("zauważyła", "zauwazyl", "zauwazyla", "zauważono", "zauwazono", "zgłaszają", "zglaszaja", "zgłasza"),
            *("zglasza", "zgłoszono", "zgloszono", "zgłosił", "zgłosiła", "alarmuje", "powiadomienie"),
            *("larm", "larmet", "larmar", "upptäcker", "upptäckte", "upptäcktes", "märker", "märkte"),
            *("rapporterar", "rapporterade", "varning", "utlöses", "löser ut"),
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
            *("restartuje", "restartujemy", "zrestartowano", "zrestartował", "zrestartowała", "wycofuje"),
            *("wycofujemy", "wycofano", "wycofał", "wycofała", "wycofanie", "wdraża", "wdrażamy", "wdrazamy"),
            *("wdrożono", "wdrozono", "wyłącza", "wylacza", "wyłączono", "wylaczono", "włącza", "wlacza"),
            *("włączono", "wlaczono", "zwiększono", "zwiekszono", "przełącza"),
            *("przelacza", "przełączono", "przelaczono", "odnawia", "odnowiono", "podmienia", "podmieniono"),
            *("skaluje", "przeskalowano", "naprawia", "poprawka", "znajduje", "znaleziono", "sprawdza"),
            *("startar om", "startade om", "omstart", "rullar tillbaka", "rullade tillbaka", "återställer"),
            *(
                "stänger av",
                "stängde av",
                "avaktiverar",
                "aktiverar",
                "driftsätter",
                "driftsatte",
                "driftsätts",
                "startas om",
                "rullas tillbaka",
                "stängs av",
            ),
            *("förnyar", "förnyade", "hittar", "hittade", "kontrollerar", "byter"),
        ),
    ),
)
