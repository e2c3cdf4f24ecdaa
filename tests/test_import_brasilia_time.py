"""Brazil's official clock named in Portuguese: "horário de Brasília", "hora de Brasília".

A careful reader takes the times under such a heading at UTC-03:00, as for "BRT".
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.formats.markdown_import import from_markdown


@pytest.mark.parametrize("said", ["horário de Brasília", "hora de Brasília", "horario de Brasilia"])
def test_times_under_a_heading_naming_brasilia_time_are_at_minus_three(said: str) -> None:
    text = f"""# Fila de pagamentos parada (2026-04-02)

## Linha do tempo ({said}; fonte: painel)
- 10:05 fila de pagamentos para de andar
- 10:40 worker reiniciado e fila volta a andar
"""
    pm = from_markdown(text)
    assert [event.time.utcoffset() for event in pm.timeline if event.time] == [timedelta(hours=-3)] * 2


def test_a_run_of_days_in_the_title_dates_the_times_on_its_first_day() -> None:
    text = """# Atraso nas respostas do robô (20→21/05/2026)

## Linha do tempo (horário de Brasília)
- 21:10 cliente manda a primeira mensagem
- 23:40 resposta enviada
"""
    pm = from_markdown(text)
    assert [event.time.day for event in pm.timeline if event.time] == [20, 20]
