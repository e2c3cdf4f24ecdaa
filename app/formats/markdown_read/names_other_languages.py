"""The names of a post-mortem's sections and labels in German, French, Spanish, Italian, Portuguese and Dutch.

Teams write their post-mortems in their own language with the same parts
("## Zeitverlauf", "## Maßnahmen", "**Beginn:** 14:05 Uhr"). These are
tables of names only: each maps to the part (or the English label) it is
read as, and the readers know nothing of the language. Kept out of
``names.py`` and ``labels.py`` so that those stay tables of English names;
the tables here are a few hundred short strings, loaded with them.

Section names are looked up folded (``fold``: lower case, no accents, "ß" as
"ss"), since people type "Massnahmen", "Resume" and "Cronologia" as often as
the accented forms. Labels are matched as written (lower case), so both forms
are listed where both are common.
"""

from __future__ import annotations

import unicodedata

from app.formats.markdown_read import names_chinese_korean as chinese_korean
from app.formats.markdown_read import names_czech_slovak as czech_slovak
from app.formats.markdown_read import names_indonesian as indonesian
from app.formats.markdown_read import names_japanese as japanese
from app.formats.markdown_read import names_russian_turkish as russian_turkish
from app.formats.markdown_read import names_spanish_portuguese as spanish_portuguese
from app.formats.markdown_read import names_vietnamese as vietnamese

_SECTIONS: dict[str, tuple[str, ...]] = {
    "introduction": (
        *("zusammenfassung", "einleitung", "überblick", "übersicht", "kurzfassung", "kurzbeschreibung"),
        *("hintergrund", "beschreibung", "vorfallbeschreibung", "beschreibung des vorfalls", "kontext"),
        *("résumé", "introduction", "contexte", "synthèse", "aperçu", "description de l'incident"),
        *("resumen", "resumen ejecutivo", "introducción", "contexto", "descripción", "descripción del incidente"),
        *("sommario", "riepilogo", "riassunto", "sintesi", "introduzione", "contesto", "panoramica", "descrizione"),
        *("descrizione dell'incidente", "resumo", "sumário", "resumo executivo", "introdução", "visão geral"),
        *("descrição", "descrição do incidente", "samenvatting", "inleiding", "overzicht", "achtergrond"),
        *("beschrijving", "beschrijving van het incident"),
        # Polish, Swedish
        *("streszczenie", "podsumowanie", "wprowadzenie", "wstęp", "przegląd", "opis", "opis incydentu"),
        *("opis zdarzenia", "opis awarii", "kontekst", "tło", "tło zdarzenia", "streszczenie incydentu"),
        *("sammanfattning", "inledning", "bakgrund", "översikt", "beskrivning", "händelsebeskrivning"),
        *("beskrivning av incidenten", "kort sammanfattning"),
    ),
    # The reference's "Issue Summary" (a few labelled lines: duration, impact, cause), in French.
    "summary": (
        *("résumé de l'incident", "résumé de l’incident", "résumé du problème", "résumé de la panne"),
        *("résumé du incident", "synthèse de l'incident", "synthèse de l’incident", "résumé de l'incident :"),
    ),
    "impact": (
        *("auswirkung", "auswirkungen", "kundenauswirkung", "kundenauswirkungen", "auswirkungen auf kunden"),
        *("auswirkung auf kunden", "betroffene kunden", "ausmaß", "schadensausmaß", "problem", "problembeschreibung"),
        *("problème", "problème initial", "le problème", "problema", "el problema", "o problema"),
        *("impact", "impacts", "impact client", "impact sur les clients", "impact utilisateurs", "conséquences"),
        *("impacto", "impacto en clientes", "impacto en los clientes", "impacto en usuarios", "alcance e impacto"),
        *("impatto", "impatto sui clienti", "impatto sugli utenti", "impacto nos clientes", "impacto nos usuários"),
        *("impacto para os clientes", "gevolgen", "impact op klanten", "klantimpact", "qual'è la conseguenza"),
        *("wpływ", "wpływ na klientów", "wpływ na użytkowników", "wpływ na biznes", "skutki", "skutki awarii"),
        *("zakres i wpływ", "konsekwencje", "zasięg", "påverkan", "kundpåverkan", "påverkan på kunder"),
        *("påverkan på användare", "konsekvenser", "effekter", "omfattning", "qual è la conseguenza", "conseguenze"),
    ),
    "timeline": (
        *("zeitverlauf", "zeitleiste", "zeitlicher ablauf", "ablauf", "chronologie", "chronologischer ablauf"),
        *("verlauf", "ereignisverlauf", "ablauf des vorfalls", "zeitstrahl", "ereignisse", "hergang", "zeitablauf"),
        *("chronologie des événements", "déroulement", "déroulé", "historique", "fil des événements"),
        *("historique de l'incident", "historique de l’incident", "mises à jour", "actualizaciones"),
        *("cronología", "cronología de eventos", "línea de tiempo", "línea temporal", "secuencia de eventos"),
        *("cronologia degli eventi", "sequenza degli eventi", "linea temporale", "svolgimento", "aggiornamento"),
        *("linha do tempo", "linha temporal", "sequência de eventos", "cronologia dos eventos", "atualizações"),
        *("tijdlijn", "verloop", "tijdsverloop", "gebeurtenissen", "verloop van het incident", "aggiornamenti"),
        *("oś czasu", "chronologia", "chronologia zdarzeń", "przebieg", "przebieg zdarzeń", "przebieg incydentu"),
        *("przebieg awarii", "linia czasu", "kalendarium", "harmonogram zdarzeń", "zdarzenia", "historia zdarzeń"),
        *("tidslinje", "händelseförlopp", "förlopp", "kronologi", "tidsförlopp", "händelser", "tidslinjen"),
    ),
    "cause": (
        *("ursache", "ursachen", "grundursache", "grundursachen", "ursachenanalyse", "fehlerursache"),
        *("beitragende faktoren", "ursache und beitragende faktoren", "warum ist es passiert", "hauptursache"),
        *("cause", "causes", "cause racine", "causes racines", "cause profonde", "causes profondes"),
        *("cause première", "analyse des causes", "facteurs contributifs"),
        *("causa", "causas", "causa raíz", "causa principal", "análisis de causa raíz", "factores contribuyentes"),
        *("causa principale", "causa radice", "causa scatenante", "causa primaria", "cause principali"),
        *(
            "analisi delle cause",
            "fattori contribuenti",
            "análise de causa raiz",
            "fatores contribuintes",
            "oorzaak",
            "oorzaken",
        ),
        *("hoofdoorzaak", "grondoorzaak", "bijdragende factoren", "oorzaakanalyse"),
        *("przyczyna", "przyczyny", "przyczyna źródłowa", "przyczyny źródłowe", "główna przyczyna"),
        *("przyczyna główna", "przyczyna pierwotna", "analiza przyczyn", "analiza przyczyny źródłowej"),
        *("czynniki sprzyjające", "czynniki przyczyniające się", "dlaczego do tego doszło", "przyczyna awarii"),
        *("orsak", "orsaker", "grundorsak", "grundorsaker", "rotorsak", "bakomliggande orsak", "orsaksanalys"),
        *("bidragande faktorer", "varför hände det", "grundorsaksanalys"),
    ),
    "root_cause": (
        *("ursache und behebung", "ursache und lösung", "cause et résolution", "causa y resolución"),
        *("cause racine et résolution", "causes racines et résolution", "cause profonde et résolution"),
        *("cause racine et solution", "cause et solution", "causes et résolution", "oorzaak en oplossing"),
    ),
    "resolution": (
        *("behebung", "lösung", "fehlerbehebung", "wiederherstellung", "störungsbehebung", "sofortmaßnahmen"),
        *("résolution", "solution", "correctif", "rétablissement", "remédiation"),
        *("resolución", "solución", "mitigación", "recuperación"),
        *("risoluzione", "soluzione", "mitigazione", "ripristino", "resolução", "solução", "mitigação"),
        *("recuperação", "restabelecimento", "oplossing", "herstel", "mitigatie"),
        *("rozwiązanie", "naprawa", "przywrócenie działania", "przywrócenie usługi", "usunięcie awarii"),
        *("mitygacja", "działania doraźne", "obejście", "lösning", "återställning", "avhjälpning", "hantering"),
        *("omedelbara åtgärder", "åtgärdande"),
    ),
    "measures": (
        *("maßnahmen", "folgemaßnahmen", "aufgaben", "offene aufgaben", "nächste schritte", "verbesserungen"),
        *("korrekturmaßnahmen", "vorbeugende maßnahmen", "präventivmaßnahmen", "gegenmaßnahmen"),
        *("korrektur- und vorbeugemaßnahmen", "abhilfemaßnahmen", "maßnahmenplan", "aktionspunkte", "to-dos"),
        *("mesures", "mesures correctives", "mesures préventives", "actions correctives", "plan d'action"),
        *("prochaines étapes", "actions de suivi", "tâches", "mesures correctives et préventives"),
        *("mesures préventives et correctives", "actions correctives et préventives", "améliorations", "à faire"),
        *("prévention", "prévention future", "plan de remédiation", "actions de remédiation", "actions restantes"),
        *("prävention", "vorbeugung", "offene punkte", "offene maßnahmen", "präventionsmaßnahmen"),
        *("actions de prévention", "actions prévention", "actions préventives", "mesures de prévention"),
        *("acciones", "acciones correctivas", "acciones preventivas", "medidas", "medidas correctivas"),
        *("plan de acción", "próximos pasos", "tareas", "acciones de seguimiento"),
        *("azioni correttive", "azioni", "azioni preventive", "misure", "misure correttive", "prossimi passi"),
        *("piano d'azione", "azioni di follow-up", "ações corretivas", "ações", "ações preventivas"),
        *("medidas corretivas", "próximos passos", "plano de ação", "itens de ação", "ações de acompanhamento"),
        *("prevenção", "prevenções", "medidas preventivas", "prevención", "medidas de prevención", "prevenzione"),
        *("acties", "actiepunten", "maatregelen", "corrigerende maatregelen", "vervolgacties", "verbeteracties"),
        *("volgende stappen", "taken", "verbeterpunten"),
        *("działania naprawcze", "działania", "działania następcze", "działania zapobiegawcze", "zadania"),
        *("kolejne kroki", "następne kroki", "usprawnienia", "plan działania", "plan naprawczy", "zalecenia"),
        *("rekomendacje", "działania korygujące", "do zrobienia", "åtgärder", "åtgärdspunkter", "uppföljning"),
        *("förbättringar", "nästa steg", "handlingsplan", "korrigerande åtgärder", "förebyggande åtgärder"),
        *("uppgifter", "att göra", "förbättringsåtgärder", "uppföljande åtgärder"),
    ),
    "closing_notes": (
        *("fazit", "abschluss", "schlusswort", "schlussfolgerung", "schlussfolgerungen", "erkenntnisse"),
        *("gelernte lektionen", "was wir gelernt haben", "was lief gut", "was lief schlecht", "danksagung"),
        *("conclusion", "leçons apprises", "enseignements", "ce que nous avons appris", "remerciements"),
        *("conclusión", "conclusiones", "lecciones aprendidas", "lo que aprendimos", "agradecimientos"),
        *("lezioni apprese", "conclusioni", "conclusione", "cosa abbiamo imparato", "ringraziamenti"),
        *("lições aprendidas", "conclusão", "conclusões", "o que aprendemos", "geleerde lessen", "conclusie"),
        *("wat we geleerd hebben", "dankwoord", "afsluiting", "slotopmerkingen", "notas finales", "notas finais"),
        *("note finali", "note conclusive", "considerazioni finali", "wnioski", "czego się nauczyliśmy", "lekcje"),
        *("lekcje na przyszłość", "co poszło dobrze", "co poszło źle", "co poszło nie tak", "podziękowania"),
        *("zakończenie", "lärdomar", "slutsatser", "slutsats", "vad vi lärde oss", "vad gick bra", "vad gick dåligt"),
        *("vad gick mindre bra", "tack"),
    ),
    "humor": (
        *("humor", "humour", "humor-element", "humorelement", "humour et flowchart", "humor y diagrama"),
        *("un peu d'humour", "un peu d’humour"),
    ),
    "authors": (
        *("autoren", "autor", "autorin", "verfasst von", "verfasser", "auteurs", "auteur", "autores", "autori"),
        *("autorzy", "författare"),
    ),
    "details": (
        *("eckdaten", "details zum vorfall", "vorfalldetails", "détails", "detalles", "detalles del incidente"),
        *("dettagli", "dettagli dell'incidente", "detalhes", "detalhes do incidente"),
        *("szczegóły", "szczegóły incydentu", "informacje podstawowe", "metryka", "detaljer", "incidentdetaljer"),
    ),
}

# Labels, by the English label each one is read as (``labels.py`` adds them to its own).
LABELS: dict[str, tuple[str, ...]] = {
    "start": (
        *("beginn", "startzeit", "störungsbeginn", "début", "heure de début", "inicio", "hora de inicio", "inizio"),
        *("ora di inizio", "início", "hora de início", "starttijd", "begintijd", "begin"),
        *("początek", "poczatek", "rozpoczęcie", "rozpoczecie", "czas rozpoczęcia", "czas rozpoczecia"),
        *("początek awarii", "poczatek awarii", "start", "starttid", "början", "borjan"),
    ),
    "end": (
        *("ende", "endzeit", "störungsende", "behoben", "fin", "heure de fin", "hora de fin", "resuelto"),
        *("ora di fine", "risolto", "fim", "hora de término", "hora de fim", "resolvido", "einde", "eindtijd"),
        *("opgelost", "koniec", "zakończenie", "zakonczenie", "czas zakończenia", "czas zakonczenia"),
        *("koniec awarii", "rozwiązano", "rozwiazano", "slut", "sluttid", "löst", "åtgärdat"),
    ),
    "duration": (
        *("dauer", "störungsdauer", "durée", "duración", "duracion", "durata", "duração", "duur"),
        *("czas trwania", "okno incydentu", "varaktighet", "tidsperiod", "durée d'exposition", "durée d’exposition"),
    ),
    "date": (
        *("datum", "vorfallsdatum", "date de l'incident", "fecha", "fecha del incidente", "data dell'incidente"),
        *("data dell’incidente", "data do incidente", "datum van het incident"),
        *("data incydentu", "data zdarzenia", "data awarii", "dzień", "incidentdatum"),
        *("datum för incidenten", "datum för händelsen"),
    ),
    "impact": (  # (French puts the kind of impact after the noun: "**Impact business** : 0-1 lead perdu")
        *("auswirkung", "auswirkungen", "impacto", "impatto", "gevolgen", "wpływ", "wplyw", "påverkan"),
        *("impact business", "impact métier", "impact client", "impact clients", "impact utilisateurs"),
        *("impact sur les clients", "impact sur les utilisateurs", "impacto de negocio", "impacto en el negocio"),
        *("impact utilisateur", "impacto no negócio", "impatto sul business", "geschäftliche auswirkungen"),
    ),
    "cause": (
        *("ursache", "grundursache", "cause racine", "causa", "causa raíz", "causa principale", "causa raiz"),
        *("causa radice", "oorzaak", "hoofdoorzaak"),
        *("przyczyna", "przyczyna źródłowa", "przyczyna zrodlowa", "orsak", "grundorsak", "rotorsak"),
    ),
    "resolution": (
        *("behebung", "lösung", "résolution", "resolución", "solución", "risoluzione", "soluzione", "resolução"),
        *("solução", "oplossing", "herstel"),
        *("rozwiązanie", "rozwiazanie", "naprawa", "lösning", "losning", "åtgärd"),
    ),
    "owner": (
        *("verantwortlich", "verantwortliche", "zuständig", "zustaendig", "responsable", "propriétaire"),
        *("responsabile", "responsável", "eigenaar", "verantwoordelijke"),
        *("właściciel", "wlasciciel", "właścicielka", "wlascicielka", "odpowiedzialny", "odpowiedzialna"),
        *("osoba odpowiedzialna", "odpowiedzialni", "ansvarig", "ansvariga", "ägare", "agare"),
    ),
    "due": (
        *("bis", "fällig", "faellig", "fällig am", "frist", "termin", "échéance", "fecha límite", "plazo"),
        *("scadenza", "entro", "prazo", "data limite", "uiterlijk", "vervaldatum", "streefdatum"),
        *("termin realizacji", "data realizacji", "do dnia", "realizacja", "senast", "klart senast", "slutdatum"),
        *("förfallodatum", "måldatum"),
    ),
    "status": (
        *("zustand", "statut", "estado", "dokumentstatus", "statut du document", "estado del documento", "stato"),
        *("stato del documento", "estado do documento", "situação", "documentstatus"),
        *("status dokumentu", "stan dokumentu", "dokumentstatus"),
    ),
    "authors": (
        *("autoren", "autor", "autorin", "autorinnen", "verfasst von", "verfasser", "verfasserin", "erstellt von"),
        *("auteur", "auteurs", "auteur(s)", "auteure", "auteurs et autrices", "rédigé par", "rédigée par", "écrit par"),
        *("autor(es)", "autores", "autora", "autoras", "redactado por", "redactada por", "escrito por"),
        *("elaborado por", "autori", "autore", "redatto da", "redatta da", "scritto da", "scritta da"),
        *("auteurs", "geschreven door", "opgesteld door"),
        *("autorzy", "autorka", "autorki", "opracowanie", "opracował", "opracowała", "przygotował"),
        *("przygotowała", "przygotowali", "sporządził", "sporządziła", "författare", "skriven av", "skrivet av"),
        *("sammanställd av", "sammanställt av"),
    ),
    "severity": (
        *("schweregrad", "gravité", "sévérité", "severidad", "gravedad", "gravità", "severità", "gravidade"),
        *("severidade", "ernst", "ernstniveau"),
        *("krytyczność", "krytycznosc", "priorytet", "poziom krytyczności", "istotność", "waga incydentu", "poziom"),
        *("allvarlighetsgrad", "allvarlighet", "prioritet", "svårighetsgrad", "nivå"),
    ),
    "service": (
        *("dienst", "betroffener dienst", "betroffene dienste", "service affecté", "servicio afectado", "servizio"),
        *("servizio interessato", "serviço", "serviço afetado", "getroffen dienst", "betrokken dienst", "servicio"),
        *("usługa", "usluga", "serwis", "dotknięta usługa", "tjänst", "påverkad tjänst", "service concerné"),
    ),
}

# The labels of the measures' two lists written as a line of text ("Améliorations :", "À faire :"), by list.
MEASURE_LABELS: dict[str, tuple[str, ...]] = {
    "improvements": (
        *("améliorations", "amélioration", "ameliorations", "amelioration", "axes d'amélioration"),
        # Japanese: measures against recurrence, improvements (a list of what to change, not tasks with owners).
        *("再発防止策", "再発防止策（案）", "再発防止策(案)", "改善策", "改善点", "恒久対策"),
    ),
    "tasks": ("à faire", "a faire", "tâches", "taches", "actions à mener", "actions", "todo"),
}

# A task's status, written in words.
TASK_STATUS_WORDS: dict[str, str] = {
    **dict.fromkeys(("erledigt", "abgeschlossen", "fertig", "umgesetzt", "fait", "terminé", "hecho"), "done"),
    **dict.fromkeys(("completado", "completada", "resuelto", "terminado", "cerrado"), "done"),
    **dict.fromkeys(("geschlossen", "faite", "terminée", "réalisé", "réalisée", "fermé", "hecha", "terminada"), "done"),
    **dict.fromkeys(("offen", "ausstehend", "geplant", "à faire", "ouvert", "pendiente", "abierto"), "open"),
    **dict.fromkeys(("nicht begonnen", "a faire", "prévu", "planifié", "en attente", "por hacer", "abierta"), "open"),
    **dict.fromkeys(("in bearbeitung", "in arbeit", "läuft", "en cours", "en progreso", "en curso"), "in progress"),
    **dict.fromkeys(("in umsetzung", "laufend", "en proceso"), "in progress"),
    # Italian, Portuguese, Dutch
    **dict.fromkeys(("completata", "completato", "completate", "fatto", "fatta", "chiuso", "chiusa"), "done"),
    **dict.fromkeys(("concluído", "concluída", "feito", "feita", "fechado", "resolvido", "resolvida"), "done"),
    **dict.fromkeys(("gereed", "afgerond", "klaar", "voltooid", "opgelost", "gesloten", "risolto"), "done"),
    **dict.fromkeys(("aperta", "aperto", "da fare", "pianificato", "in attesa", "aberto", "aberta"), "open"),
    **dict.fromkeys(("pendente", "a fazer", "planejado", "gepland", "te doen", "nog niet gestart"), "open"),
    **dict.fromkeys(("in corso", "in lavorazione", "em andamento", "em progresso", "em curso"), "in progress"),
    **dict.fromkeys(("bezig", "in uitvoering", "lopend", "in behandeling"), "in progress"),
    # Polish (also as typed without its letters' marks: "zakonczone"), Swedish
    **dict.fromkeys(("zrobione", "zrobiony", "zrobiona", "gotowe", "gotowy", "gotowa", "wykonane"), "done"),
    **dict.fromkeys(("wykonany", "wykonana", "wykonano", "zakończone", "zakonczone", "zakończony"), "done"),
    **dict.fromkeys(("zakonczony", "zakończona", "zakonczona", "zamknięte", "zamkniete", "zamknięty"), "done"),
    **dict.fromkeys(("zamkniety", "zamknięta", "zamknieta", "ukończone", "ukonczone", "zrealizowane"), "done"),
    **dict.fromkeys(("zrealizowany", "zrealizowana", "klar", "klart", "avslutad", "avslutat", "färdig"), "done"),
    **dict.fromkeys(("färdigt", "genomförd", "genomfört", "stängd", "stängt", "åtgärdad", "åtgärdat"), "done"),
    **dict.fromkeys(("otwarte", "otwarty", "otwarta", "do zrobienia", "nowe", "nowy", "zaplanowane"), "open"),
    **dict.fromkeys(("zaplanowany", "zaplanowana", "nierozpoczęte", "nierozpoczete", "oczekuje"), "open"),
    **dict.fromkeys(("oczekujące", "oczekujace", "niezrobione", "öppen", "öppet", "oppen", "ej påbörjad"), "open"),
    **dict.fromkeys(("inte påbörjad", "ej startad", "planerad", "planerat", "att göra", "väntar"), "open"),
    **dict.fromkeys(("w toku", "w trakcie", "w realizacji", "realizowane", "w trakcie realizacji"), "in progress"),
    **dict.fromkeys(("w przygotowaniu", "rozpoczęte", "rozpoczete", "trwa", "pågår", "pagar"), "in progress"),
    **dict.fromkeys(("pågående", "påbörjad", "påbörjat", "under arbete", "i arbete", "pågar"), "in progress"),
}

# The columns of a task table in other words than the labels' ("| Maßnahme | Verantwortlich | Fällig | Stand |"),
# by the English column each is read as (``task_tables``).
TASK_COLUMNS: dict[str, tuple[str, ...]] = {
    "text": (
        *("maßnahme", "massnahme", "maßnahmen", "aufgabe", "aufgaben", "aktion", "aktionspunkt", "to-do"),
        *("action corrective", "actions correctives", "tâche", "tâches", "mesure", "mesures"),
        *("acción", "accion", "acciones", "acción correctiva", "tarea", "tareas", "medida", "medidas"),
        *("azione", "azioni", "attività", "compito", "misura", "ação", "ações", "tarefa", "actie", "acties"),
        *("actiepunt", "maatregel", "taak"),
        *("zadanie", "zadania", "działanie", "działania", "dzialanie", "czynność", "rekomendacja"),
        *("åtgärd", "åtgärder", "uppgift", "aktivitet", "åtgärdspunkt"),
    ),
    "owner": (
        *("wer", "verantwortung", "qui", "porteur", "pilote", "quién", "encargado", "responsables", "chi"),
        *("responsabili", "quem", "wie", "kto", "wykonawca", "vem", "ansvar"),
    ),
    "due": (
        *("fälligkeit", "zieltermin", "zieldatum", "date limite", "date d'échéance", "fecha de vencimiento"),
        *("data di scadenza", "data prevista", "data de vencimento", "data limite", "streefdatum", "deadline"),
        *("termin", "termin wykonania", "do kiedy", "klart", "klart till", "datum"),
    ),
    "status": (
        *("stand", "état", "etat", "fortschritt", "avancement", "situación", "stato", "avanzamento", "andamento"),
        *("progresso", "voortgang", "stan", "postęp", "postep", "läge", "framsteg"),
    ),
}

# The post-mortem's own status, written in words: "Status: Abgeschlossen", "Statut : Brouillon".
DOCUMENT_STATUS_WORDS: dict[str, str] = {
    **dict.fromkeys(("entwurf", "brouillon", "borrador"), "draft"),
    **dict.fromkeys(("in prüfung", "in review", "zur prüfung", "en revue", "en relecture", "en revisión"), "in review"),
    **dict.fromkeys(("abgeschlossen", "fertig", "freigegeben", "finalisé", "terminé", "validé", "définitif"), "final"),
    **dict.fromkeys(("finalizado", "terminado", "definitivo", "aprobado", "cerrado"), "final"),
    **dict.fromkeys(("bozza", "rascunho", "concept"), "draft"),
    **dict.fromkeys(("in revisione", "in revisão", "em revisão", "ter review", "in beoordeling"), "in review"),
    **dict.fromkeys(("finale", "approvato", "pubblicato", "concluso", "aprovado", "publicado"), "final"),
    **dict.fromkeys(("concluído", "definitief", "goedgekeurd", "afgerond", "gepubliceerd"), "final"),
    # Polish, Swedish
    **dict.fromkeys(("wersja robocza", "szkic", "wersja wstępna", "utkast"), "draft"),
    **dict.fromkeys(("w recenzji", "do przeglądu", "w przeglądzie", "do recenzji", "w weryfikacji"), "in review"),
    **dict.fromkeys(("under granskning", "för granskning", "granskas"), "in review"),
    **dict.fromkeys(("wersja ostateczna", "wersja końcowa", "wersja finalna", "ostateczna", "ostateczny"), "final"),
    **dict.fromkeys(("finalna", "finalny", "zatwierdzony", "zatwierdzona", "zakończony", "zamknięty"), "final"),
    **dict.fromkeys(("opublikowany", "slutlig", "slutgiltig", "fastställd", "godkänd", "publicerad"), "final"),
}

# A severity written as a word of the common scales ("Krytyczność: wysoka", "Allvarlighetsgrad: Kritisk"),
# as the model's four levels, as ``labels.SEVERITY_WORDS`` reads the English ones.
SEVERITY_WORDS: dict[str, int] = {
    **dict.fromkeys(("krytyczna", "krytyczny", "krytyczne", "kritisk", "kritiskt", "akut"), 1),
    **dict.fromkeys(("wysoka", "wysoki", "wysokie", "poważna", "poważny", "hög", "högt", "allvarlig"), 2),
    **dict.fromkeys(("średnia", "średni", "srednia", "sredni", "umiarkowana", "medel", "måttlig"), 3),
    **dict.fromkeys(("niska", "niski", "niskie", "drobna", "låg", "lågt", "ringa"), 4),
}


def _merge(into: dict[str, tuple[str, ...]], more: dict[str, tuple[str, ...]]) -> None:
    for key, names in more.items():
        into[key] = into.get(key, ()) + names


# The languages kept in tables of their own, since their names share no letters with these (Japanese, Chinese
# and Korean, Russian and Turkish), or for one layout (the student post-mortem in Spanish and Portuguese), or
# added later (Czech and Slovak, Vietnamese): each holds some of these tables, merged in here under the same names.
for _language in (japanese, chinese_korean, russian_turkish, spanish_portuguese, czech_slovak, vietnamese, indonesian):
    for _names, _more in ((_SECTIONS, "SECTIONS"), (LABELS, "LABELS"), (TASK_COLUMNS, "TASK_COLUMNS")):
        _merge(_names, getattr(_language, _more, {}))
    _merge(MEASURE_LABELS, getattr(_language, "MEASURE_LABELS", {}))
    TASK_STATUS_WORDS |= getattr(_language, "TASK_STATUS_WORDS", {})
    DOCUMENT_STATUS_WORDS |= getattr(_language, "DOCUMENT_STATUS_WORDS", {})
    SEVERITY_WORDS |= getattr(_language, "SEVERITY_WORDS", {})

# Letters with a mark that Unicode does not split off: Polish "ł" ("Wpływ", typed "Wplyw").
_UNDECOMPOSED = str.maketrans({"ł": "l", "ø": "o", "đ": "d"})


def fold(name: str) -> str:
    """``name`` lower case, without accents, "ß" as "ss": "Maßnahmen" and "Massnahmen" are one name."""
    name = name.casefold().translate(_UNDECOMPOSED)  # "ß" casefolds to "ss"
    if name.isascii():
        return name
    return "".join(char for char in unicodedata.normalize("NFKD", name) if not unicodedata.combining(char))


SECTIONS: dict[str, str] = {fold(name): key for key, names in _SECTIONS.items() for name in names}
del _SECTIONS  # read once, folded: the table as written need not stay in memory


# A timeline table's columns here and in the sister tables ("| Hora | Evento |"): added to ``timeline.blocks``'.
# The words of a time column's header, found in one with more words ("Hora (BRT)", "Heure locale").
TIMELINE_TIME_HEADER_WORDS = (
    *("hora", "horário", "horario", "horas", "uhrzeit", "zeit", "zeitpunkt", "heure", "horodatage"),
    *("ora", "orario", "tijd", "tijdstip", "czas", "godzina"),
    *japanese.TIMELINE_TIME_HEADER_WORDS,
    *chinese_korean.TIMELINE_TIME_HEADER_WORDS,
    *russian_turkish.TIMELINE_TIME_HEADER_WORDS,
    *(*vietnamese.TIMELINE_TIME_HEADER_WORDS, *indonesian.TIMELINE_TIME_HEADER_WORDS),
)
TIMELINE_TEXT_COLUMNS = (
    *("evento", "eventos", "suceso", "descripción", "descripcion", "descrição", "descricao", "acción", "ação"),
    *("qué pasó", "que pasó", "o que aconteceu", "acontecimento", "detalle", "detalhe"),
    *("ereignis", "ereignisse", "beschreibung", "vorgang", "was passierte", "maßnahme", "aktion"),
    *("événement", "évènement", "événements", "description", "que s'est-il passé", "détail"),
    *("descrizione", "azione", "gebeurtenis", "beschrijving", "omschrijving", "actie", "zdarzenie", "opis"),
    *japanese.TIMELINE_TEXT_COLUMNS,
    *chinese_korean.TIMELINE_TEXT_COLUMNS,
    *russian_turkish.TIMELINE_TEXT_COLUMNS,
    *(*vietnamese.TIMELINE_TEXT_COLUMNS, *indonesian.TIMELINE_TEXT_COLUMNS),
)
# A column of days beside the time column ("| Fecha | Hora | Evento |"): its cells date the rows.
TIMELINE_DATE_HEADER_WORDS = (
    *("fecha", "data", "datum", "jour", "giorno", "dzień"),
    *japanese.TIMELINE_DATE_HEADER_WORDS,
    *chinese_korean.TIMELINE_DATE_HEADER_WORDS,
)
