"""Russian and Turkish month names, as ``dateparse`` reads them after a day ("27 января 2026", "3 Şubat 2026").

Russian inflects its months: a date writes the genitive ("27 января", of January), a sentence the
prepositional ("в январе", in January) or the nominative ("январь 2026"); each form is listed, with the
short forms calendars and tables write ("27 янв. 2026", "сент"). Turkish does not inflect the name but adds
its endings after an apostrophe ("27 Ocak'ta"), which the date's pattern leaves after the name.
"""

from __future__ import annotations

_RUSSIAN = {
    1: "январь января январе янв",
    2: "февраль февраля феврале фев февр",
    3: "март марта марте мар",
    4: "апрель апреля апреле апр",
    5: "май мая мае",
    6: "июнь июня июне июн",
    7: "июль июля июле июл",
    8: "август августа августе авг",
    9: "сентябрь сентября сентябре сен сент",
    10: "октябрь октября октябре окт",
    11: "ноябрь ноября ноябре ноя нояб",
    12: "декабрь декабря декабре дек",
}
# Lower case as Python writes it: "Ağustos" as "ağustos", "Eylül" as "eylül" (no capital dotted "İ" begins one).
_TURKISH = {
    1: "ocak",
    2: "şubat",
    3: "mart",
    4: "nisan",
    5: "mayıs",
    6: "haziran",
    7: "temmuz",
    8: "ağustos",
    9: "eylül",
    10: "ekim",
    11: "kasım",
    12: "aralık",
}

MONTH_NUMBERS: dict[str, int] = {
    name: number for table in (_RUSSIAN, _TURKISH) for number, names in table.items() for name in names.split()
}
