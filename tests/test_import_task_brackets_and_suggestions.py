"""Measures written as tasks with the owner in brackets and the due date after a dash, then a suggestion.

"- Rodar as chaves do cofre (Marta Sousa) — até 15/09/2026": the person in brackets owns the task, the
date after "até" (until) is when it is due, in Portuguese as in English ("— by …"); a list that writes one
owner so, people the document names elsewhere, writes the others the same way. A sentence closing the
section ("We should also …") that no one owns yet is an improvement the team wants.
"""

from __future__ import annotations

from datetime import date

from app.formats.markdown_import import from_markdown

PORTUGUESE = """# Relatório pós-incidente — Falha no envio de recibos

Autores: Marta Sousa, Paulo Ribeiro

## Resumo

Os recibos não foram enviados durante a manhã de 2 de setembro de 2026.

## Medidas corretivas e preventivas

Tarefas:
- Rodar as chaves do cofre automaticamente (Marta Sousa) — até 15/09/2026
- Alertar quando a fila de recibos para de andar (Paulo Ribeiro) — até 22/09/2026
- Documentar o procedimento de recuperação (Carla Nunes)

De forma geral, devíamos rever todos os segredos com validade fixa.
"""


def test_portuguese_tasks_give_the_bracketed_person_and_the_date_after_ate() -> None:
    measures = from_markdown(PORTUGUESE).measures

    assert [(task.owner, task.due) for task in measures.tasks] == [
        ("Marta Sousa", date(2026, 9, 15)),
        ("Paulo Ribeiro", date(2026, 9, 22)),
        ("Carla Nunes", None),
    ]
    assert measures.tasks[0].text == "Rodar as chaves do cofre automaticamente"


def test_a_suggestion_closing_the_measures_after_their_tasks_is_an_improvement() -> None:
    document = from_markdown(PORTUGUESE)

    assert document.measures.improvements == ["De forma geral, devíamos rever todos os segredos com validade fixa."]
    assert not document.extra_sections


def test_an_english_suggestion_after_owned_tasks_is_an_improvement_not_a_section() -> None:
    text = """# Payroll files late

What we're changing
-------------------

* Page on-call when the upload fails (owner Lena Fox, by Dec 18)
* Send vendor notices to a shared list (owner Omar Diaz, by Dec 15)

We should also check every other vendor whose keys we pin.
"""
    document = from_markdown(text)

    assert len(document.measures.tasks) == 2
    assert document.measures.improvements == ["We should also check every other vendor whose keys we pin."]
    assert not document.extra_sections
