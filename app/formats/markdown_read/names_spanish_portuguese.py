"""More names of a post-mortem's sections, labels, statuses and severities in Spanish and Portuguese.

``names_other_languages`` holds the common ones; these are the ones of the student layout ("Issue
Summary", "Root Cause and Resolution", "Corrective and Preventative Measures") as Latin American
students write it ("## Resumen del problema:", "## 📝 Resumo do incidente", "## Medidas corretivas e
preventivas"), and the words of their fields ("Severidade: Crítica", a task's "✅"). Tables only, merged
into ``names_other_languages``' tables.
"""

from __future__ import annotations

SECTIONS: dict[str, tuple[str, ...]] = {
    # The reference's "Issue Summary": a few labelled lines (duration, impact, cause) or a table of them.
    "summary": (
        *("resumen del problema", "resumen del incidente", "resumen de la incidencia", "resumen de la falla"),
        *("resumen de la caída", "resumen del fallo", "resumen del error", "resumen de la interrupción"),
        *("resumo do problema", "resumo do incidente", "resumo da falha", "resumo da queda", "resumo do erro"),
        *("resumo da interrupção", "resumo da incidência"),
    ),
    "root_cause": (
        *("causa raíz y resolución", "causa raíz y solución", "causas raíz y resolución", "causa y solución"),
        *("causa raiz e resolução", "causa raiz e solução", "causa e resolução", "causa e solução"),
        *("causas raiz e resolução",),
    ),
    "measures": (
        *("medidas correctivas y preventivas", "medidas preventivas y correctivas", "medidas preventivas"),
        *("acciones correctivas y preventivas", "mejoras y tareas"),
        *("medidas corretivas e preventivas", "medidas preventivas e corretivas", "medidas preventivas"),
        *("ações corretivas e preventivas", "melhorias e tarefas"),
        # A checklist or plan of what is still to do to remedy it, and what will prevent it.
        *("checklist de remediação", "checklist de remediación", "lista de verificação", "lista de verificación"),
        *("plano de remediação", "plan de remediación", "remediação", "remediación", "ações de remediação"),
        *("acciones de remediación", "prevenção", "prevenção futura", "prevención", "prevención futura"),
    ),
    "humor": (
        *("un poco de humor", "humor y meme", "meme y humor", "um pouco de humor", "humor e meme"),
        *("momento de humor", "toque de humor"),
    ),
    # The causes that added up to the failure, named as the cause when no other section names it.
    "cause": (
        *("causas contribuyentes", "causa contribuyente", "factores que contribuyeron", "causas subyacentes"),
        *("causas contribuintes", "causa contribuinte", "fatores que contribuíram", "causas subjacentes"),
    ),
    "timeline": (
        *("cronologia", "linea de tiempo", "línea del tiempo", "cronología del incidente"),
        # The incident's history, told entry by entry ("## 📝 HISTÓRICO DO INCIDENTE").
        *("histórico", "histórico do incidente", "histórico de eventos", "historial", "historial del incidente"),
        *("historial de eventos", "historia del incidente"),
    ),
}

# Labels, by the English label each one is read as.
LABELS: dict[str, tuple[str, ...]] = {
    "start": ("comienzo", "inicio del incidente", "início do incidente"),
    "end": ("fim do incidente", "fin del incidente", "término", "termino"),
    "severity": ("severidade", "criticidade", "criticidad", "prioridade", "prioridad"),
    "owner": ("responsables", "responsáveis", "encargado", "encargada", "dueño", "dona", "dono"),
    "due": ("fecha límite", "fecha limite", "prazo final", "vencimento"),
}

# A task's status written in a column: the marks students use, and the words.
TASK_STATUS_WORDS: dict[str, str] = {
    **dict.fromkeys(("✅", "✔", "✔️", "☑", "☑️", "✓"), "done"),
    **dict.fromkeys(("❌", "✗", "✘", "⬜", "☐", "🔲"), "open"),
    **dict.fromkeys(("hecho", "hecha", "completado", "completada", "feito", "feita", "concluída"), "done"),
    **dict.fromkeys(("pendiente", "pendente", "abierto", "abierta", "aberto", "aberta"), "open"),
    **dict.fromkeys(("por hacer", "a fazer"), "open"),
    **dict.fromkeys(("⏳", "en progreso", "en curso", "em andamento", "em progresso"), "in progress"),
}

# A severity written as a word of the common scales ("Severidad: Alta", "Severidade: Crítica").
SEVERITY_WORDS: dict[str, int] = {
    **dict.fromkeys(("crítica", "crítico", "critica", "critico", "muy alta", "muito alta"), 1),
    **dict.fromkeys(("alta", "alto", "grave", "seria"), 2),
    **dict.fromkeys(("media", "medio", "média", "médio", "moderada", "moderado"), 3),
    **dict.fromkeys(("baja", "bajo", "baixa", "baixo", "leve"), 4),
}

# The labels of the measures' two lists written as a line of text ("Melhorias:", "Tareas:"), by list.
MEASURE_LABELS: dict[str, tuple[str, ...]] = {
    "improvements": (
        *("mejoras", "qué podemos mejorar", "que podemos mejorar", "lo que podemos mejorar", "a mejorar"),
        *("melhorias", "o que podemos melhorar", "o que melhorar", "pontos de melhoria", "oportunidades de mejora"),
    ),
    "tasks": ("tareas", "tarefas", "pendientes", "pendências", "por hacer", "a fazer", "acciones", "ações"),
}
