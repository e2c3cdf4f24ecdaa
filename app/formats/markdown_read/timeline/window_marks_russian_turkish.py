"""The markers a Russian or Turkish timeline writes at the incident's first and last moments ("Начало
инцидента.", "**Olay bitişi.**"), as alternatives ``window_marks`` adds to its English ones.

Only a phrase naming the incident's (or the outage's, the impact's) start or end marks the moment: "начало
работ" (the start of the work) and "olay başlangıç toplantısı" name other things.
"""

from __future__ import annotations

_INCIDENT = r"(?:инцидента|сбоя|аварии|влияния|простоя)"
_OLAY = r"(?:olay(?:ın)?|kesinti(?:nin)?|etki(?:nin)?)"
# "Начало инцидента", "инцидент начался", "Olay başlangıcı", "kesinti başladı".
ONSET = (
    rf"(?<!\w)(?:начало {_INCIDENT}(?!\w)|(?:инцидент|сбой|авария|простой) начал(?:ся|ась)(?!\w)"
    rf"|{_OLAY} başlangıcı(?!\w)|{_OLAY} başladı(?!\w))"
)
# "Конец инцидента", "окончание сбоя", "инцидент завершился", "Olay bitişi", "kesinti sona erdi".
END = (
    rf"(?<!\w)(?:(?:конец|окончание) {_INCIDENT}(?!\w)|(?:инцидент|сбой|авария|простой) (?:закончил|завершил)(?:ся|ась)"
    rf"(?!\w)|{_OLAY} bitişi(?!\w)|{_OLAY} (?:sona erdi|bitti)(?!\w))"
)
