"""A student post-mortem written in Spanish or Portuguese imports into the editor's fields.

Students in Latin America write the school's layout ("Issue Summary", "Timeline", "Root Cause and Resolution",
"Corrective and Preventative Measures") in their own words: "## Resumen del incidente:", "## 🧾 Resumo do
problema" with a table of its fields, day-first dates whose order the document states ("(dia/mês/ano)"),
their own story in the first person ("pensé que era…", "chamei a monitora"), owners in brackets after each task
and ✅/❌ in a task table.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown
from app.model import EventKind, TaskStatus

SPANISH = """# Postmortem - Falla del servidor de correo

Autora: Camila Gómez — proyecto de Holberton Bogotá

Fecha del incidente: 4 de junio de 2024. Horas en hora de Perú (PET, UTC-5).

## Resumen del incidente:

**Duración:** de las 9 a.m. a las 10:15 a.m.

**Impacto:** el formulario de contacto devolvía `500 Internal Server Error` y nadie
recibía los mensajes. Afectó a todos los visitantes.

**Causa raíz:** la contraseña SMTP había vencido en el proveedor.

## Cronología:

- **9:00 a.m.** – vence la contraseña SMTP.
- **9:20 a.m.** – un cliente nos avisa por Telegram que el formulario falla.
- **9:35 a.m.** – creímos que era el firewall y abrimos el puerto 587. No sirvió.
- **9:50 a.m.** – le pedí ayuda al tutor, Andrés, porque no entendíamos el log de postfix con grep.
- **10:15 a.m.** – el formulario vuelve a funcionar.

## Causa raíz y solución:

El proveedor obliga a cambiar la contraseña cada 90 días y nadie lo sabía.

Lo resolvimos generando una contraseña nueva y ejecutando `postmap sasl_passwd`.

## Medidas correctivas y preventivas:

Qué podemos mejorar:
- Guardar la fecha de vencimiento en el calendario del equipo.

Tareas:
- [x] Renovar la contraseña SMTP (Camila)
- [ ] Monitorear la cola de postfix (Andrés)
"""

PORTUGUESE = """# Postmortem: disco cheio no servidor de banco

**Autor:** Thiago Mendes — projeto Holberton Brasil

**Data:** 03/05/2024 (dia/mês/ano). Horários em BRT (UTC-3).

## 🧾 Resumo do problema

| Campo | Valor |
| --- | --- |
| Impacto | o site de receitas mostrava `500 Internal Server Error` para todos |
| Severidade | Crítica |

A causa raiz foi um disco cheio: os logs do MySQL cresciam sem parar.

## ⏰ Linha do tempo

- **14h05** – alerta do Zabbix: disco do servidor em 100%.
- **14h15** – pensei que era problema no Nginx e reiniciei o serviço. Não resolveu.
- **14h40** – chamei a monitora Beatriz no Slack.
- **15h30** – site normalizado.

## 🔎 Causa raiz e resolução

Os binlogs nunca eram apagados e encheram a partição.

A solução foi apagar os binlogs antigos e configurar `expire_logs_days`.

## ✅ Medidas corretivas e preventivas

Melhorias:
- Alerta de disco em 80%.

| Tarefa | Responsável | Status |
| --- | --- | --- |
| Configurar logrotate | Thiago | ✅ |
| Criar alerta de disco | Beatriz | ❌ |
"""


def test_a_spanish_summary_s_labels_fill_the_impact_and_the_cause() -> None:
    document = from_markdown(SPANISH)
    assert "500 Internal Server Error" in document.summary.impact
    assert "contraseña SMTP había vencido" in document.summary.root_cause


def test_the_cause_and_the_fix_are_cut_where_the_spanish_tells_the_fix() -> None:
    document = from_markdown(SPANISH)
    assert "90 días" in document.root_cause.cause
    assert "postmap sasl_passwd" in document.root_cause.resolution
    assert "postmap" not in document.root_cause.cause


def test_first_person_spanish_entries_get_their_kinds() -> None:
    kinds = [event.kind for event in from_markdown(SPANISH).timeline]
    assert kinds[1:] == [EventKind.DETECTION, EventKind.MISLEADING, EventKind.ESCALATION, EventKind.RESOLUTION]


def test_owners_in_brackets_after_checkbox_tasks() -> None:
    document = from_markdown(SPANISH)
    assert [(task.text, task.owner) for task in document.measures.tasks] == [
        ("Renovar la contraseña SMTP", "Camila"),
        ("Monitorear la cola de postfix", "Andrés"),
    ]
    assert document.measures.improvements == ["Guardar la fecha de vencimiento en el calendario del equipo."]


def test_a_portuguese_summary_table_and_its_cause_sentence() -> None:
    document = from_markdown(PORTUGUESE)
    assert "500 Internal Server Error" in document.summary.impact
    assert "disco cheio" in document.summary.root_cause
    assert document.metadata.severity == "SEV1"
    assert "expire_logs_days" in document.root_cause.resolution


def test_a_stated_day_first_order_reads_an_ambiguous_date_day_first() -> None:
    first = from_markdown(PORTUGUESE).timeline[0]
    assert first.time == datetime(2024, 5, 3, 14, 5, tzinfo=timezone(timedelta(hours=-3)))


def test_first_person_portuguese_entries_and_ticked_tasks() -> None:
    document = from_markdown(PORTUGUESE)
    kinds = [event.kind for event in document.timeline]
    assert kinds == [EventKind.DETECTION, EventKind.MISLEADING, EventKind.ESCALATION, EventKind.RESOLUTION]
    assert [(task.owner, task.status) for task in document.measures.tasks] == [
        ("Thiago", TaskStatus.DONE),
        ("Beatriz", TaskStatus.OPEN),
    ]
    assert document.measures.improvements == ["Alerta de disco em 80%."]


def test_english_tool_names_still_make_an_english_entry_a_step() -> None:
    events = from_markdown("# Outage\n\n## Timeline\n\n- 10:00 UTC - I curl the homepage and get a 502.\n").timeline
    assert events[0].kind is EventKind.ACTION
