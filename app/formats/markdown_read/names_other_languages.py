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
    ),
    "impact": (
        *("auswirkung", "auswirkungen", "kundenauswirkung", "kundenauswirkungen", "auswirkungen auf kunden"),
        *("auswirkung auf kunden", "betroffene kunden", "ausmaß", "schadensausmaß"),
        *("impact", "impacts", "impact client", "impact sur les clients", "impact utilisateurs"),
        *("impacto", "impacto en clientes", "impacto en los clientes", "impacto en usuarios", "alcance e impacto"),
        *("impatto", "impatto sui clienti", "impatto sugli utenti", "impacto nos clientes", "impacto nos usuários"),
        *("impacto para os clientes", "gevolgen", "impact op klanten", "klantimpact"),
    ),
    "timeline": (
        *("zeitverlauf", "zeitleiste", "zeitlicher ablauf", "ablauf", "chronologie", "chronologischer ablauf"),
        *("verlauf", "ereignisverlauf", "ablauf des vorfalls", "zeitstrahl", "ereignisse", "hergang"),
        *("chronologie des événements", "déroulement", "déroulé", "historique", "fil des événements"),
        *("cronología", "cronología de eventos", "línea de tiempo", "línea temporal", "secuencia de eventos"),
        *("cronologia degli eventi", "sequenza degli eventi", "linea temporale", "svolgimento"),
        *("linha do tempo", "linha temporal", "sequência de eventos", "cronologia dos eventos"),
        *("tijdlijn", "verloop", "tijdsverloop", "gebeurtenissen", "verloop van het incident"),
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
    ),
    "root_cause": (*("ursache und behebung", "ursache und lösung", "cause et résolution", "causa y resolución"),),
    "resolution": (
        *("behebung", "lösung", "fehlerbehebung", "wiederherstellung", "störungsbehebung", "sofortmaßnahmen"),
        *("résolution", "solution", "correctif", "rétablissement", "remédiation"),
        *("resolución", "solución", "mitigación", "recuperación"),
        *("risoluzione", "soluzione", "mitigazione", "ripristino", "resolução", "solução", "mitigação"),
        *("recuperação", "restabelecimento", "oplossing", "herstel", "mitigatie"),
    ),
    "measures": (
        *("maßnahmen", "folgemaßnahmen", "aufgaben", "offene aufgaben", "nächste schritte", "verbesserungen"),
        *("korrekturmaßnahmen", "vorbeugende maßnahmen", "präventivmaßnahmen", "gegenmaßnahmen"),
        *("korrektur- und vorbeugemaßnahmen", "abhilfemaßnahmen", "maßnahmenplan", "aktionspunkte", "to-dos"),
        *("mesures", "mesures correctives", "mesures préventives", "actions correctives", "plan d'action"),
        *("prochaines étapes", "actions de suivi", "tâches"),
        *("acciones", "acciones correctivas", "acciones preventivas", "medidas", "medidas correctivas"),
        *("plan de acción", "próximos pasos", "tareas", "acciones de seguimiento"),
        *("azioni correttive", "azioni", "azioni preventive", "misure", "misure correttive", "prossimi passi"),
        *("piano d'azione", "azioni di follow-up", "ações corretivas", "ações", "ações preventivas"),
        *("medidas corretivas", "próximos passos", "plano de ação", "itens de ação", "ações de acompanhamento"),
        *("acties", "actiepunten", "maatregelen", "corrigerende maatregelen", "vervolgacties", "verbeteracties"),
        *("volgende stappen", "taken", "verbeterpunten"),
    ),
    "closing_notes": (
        *("fazit", "abschluss", "schlusswort", "schlussfolgerung", "schlussfolgerungen", "erkenntnisse"),
        *("gelernte lektionen", "was wir gelernt haben", "was lief gut", "was lief schlecht", "danksagung"),
        *("conclusion", "leçons apprises", "enseignements", "ce que nous avons appris", "remerciements"),
        *("conclusión", "conclusiones", "lecciones aprendidas", "lo que aprendimos", "agradecimientos"),
        *("lezioni apprese", "conclusioni", "conclusione", "cosa abbiamo imparato", "ringraziamenti"),
        *("lições aprendidas", "conclusão", "conclusões", "o que aprendemos", "geleerde lessen", "conclusie"),
        *("wat we geleerd hebben", "dankwoord"),
    ),
    "humor": ("humor", "humour", "humor-element", "humorelement", "humour et flowchart", "humor y diagrama"),
    "authors": ("autoren", "autor", "autorin", "verfasst von", "verfasser", "auteurs", "auteur", "autores", "autori"),
    "details": (
        *("eckdaten", "details zum vorfall", "vorfalldetails", "détails", "detalles", "detalles del incidente"),
        *("dettagli", "dettagli dell'incidente", "detalhes", "detalhes do incidente"),
    ),
}

# Labels, by the English label each one is read as (``labels.py`` adds them to its own).
LABELS: dict[str, tuple[str, ...]] = {
    "start": (
        *("beginn", "startzeit", "störungsbeginn", "début", "heure de début", "inicio", "hora de inicio", "inizio"),
        *("ora di inizio", "início", "hora de início", "starttijd", "begintijd"),
    ),
    "end": (
        *("ende", "endzeit", "störungsende", "behoben", "fin", "heure de fin", "hora de fin", "resuelto"),
        *("ora di fine", "risolto", "fim", "hora de término", "hora de fim", "resolvido", "einde", "eindtijd"),
        "opgelost",
    ),
    "duration": ("dauer", "störungsdauer", "durée", "duración", "duracion", "durata", "duração", "duur"),
    "date": (
        *("datum", "vorfallsdatum", "date de l'incident", "fecha", "fecha del incidente", "data dell'incidente"),
        *("data dell’incidente", "data do incidente", "datum van het incident"),
    ),
    "impact": ("auswirkung", "auswirkungen", "impacto", "impatto", "gevolgen"),
    "cause": (
        *("ursache", "grundursache", "cause racine", "causa", "causa raíz", "causa principale", "causa raiz"),
        *("causa radice", "oorzaak", "hoofdoorzaak"),
    ),
    "resolution": (
        *("behebung", "lösung", "résolution", "resolución", "solución", "risoluzione", "soluzione", "resolução"),
        *("solução", "oplossing", "herstel"),
    ),
    "owner": (
        *("verantwortlich", "verantwortliche", "zuständig", "zustaendig", "responsable", "propriétaire"),
        *("responsabile", "responsável", "eigenaar", "verantwoordelijke"),
    ),
    "due": (
        *("bis", "fällig", "faellig", "fällig am", "frist", "termin", "échéance", "fecha límite", "plazo"),
        *("scadenza", "entro", "prazo", "data limite", "uiterlijk", "vervaldatum", "streefdatum"),
    ),
    "status": (
        *("zustand", "statut", "estado", "dokumentstatus", "statut du document", "estado del documento", "stato"),
        *("stato del documento", "estado do documento", "situação", "documentstatus"),
    ),
    "authors": (
        *("autoren", "autor", "autorin", "autorinnen", "verfasst von", "verfasser", "verfasserin", "erstellt von"),
        *("auteur", "auteurs", "auteur(s)", "auteure", "auteurs et autrices", "rédigé par", "rédigée par", "écrit par"),
        *("autor(es)", "autores", "autora", "autoras", "redactado por", "redactada por", "escrito por"),
        *("elaborado por", "autori", "autore", "redatto da", "redatta da", "scritto da", "scritta da"),
        *("auteurs", "geschreven door", "opgesteld door"),
    ),
    "severity": (
        *("schweregrad", "gravité", "sévérité", "severidad", "gravedad", "gravità", "severità", "gravidade"),
        *("severidade", "ernst", "ernstniveau"),
    ),
    "service": (
        *("dienst", "betroffener dienst", "betroffene dienste", "service affecté", "servicio afectado", "servizio"),
        *("servizio interessato", "serviço", "serviço afetado", "getroffen dienst", "betrokken dienst"),
    ),
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
    ),
    "owner": (
        *("wer", "verantwortung", "qui", "porteur", "pilote", "quién", "encargado", "responsables", "chi"),
        *("responsabili", "quem", "wie"),
    ),
    "due": (
        *("fälligkeit", "zieltermin", "zieldatum", "date limite", "date d'échéance", "fecha de vencimiento"),
        *("data di scadenza", "data prevista", "data de vencimento", "data limite", "streefdatum", "deadline"),
    ),
    "status": (
        *("stand", "état", "etat", "fortschritt", "avancement", "situación", "stato", "avanzamento", "andamento"),
        *("progresso", "voortgang"),
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
}


def fold(name: str) -> str:
    """``name`` lower case, without accents, "ß" as "ss": "Maßnahmen" and "Massnahmen" are one name."""
    name = name.casefold()  # "ß" casefolds to "ss"
    if name.isascii():
        return name
    return "".join(char for char in unicodedata.normalize("NFKD", name) if not unicodedata.combining(char))


SECTIONS: dict[str, str] = {fold(name): key for key, names in _SECTIONS.items() for name in names}
del _SECTIONS  # read once, folded: the table as written need not stay in memory
