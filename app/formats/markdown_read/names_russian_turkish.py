"""The names of a post-mortem's sections and labels in Russian and Turkish.

Russian teams write a "Постмортем" or "Разбор инцидента" and Turkish teams an "Olay Sonrası Değerlendirme"
with the same parts as everyone else ("## Хронология", "**Ответственный:**", "| Sorumlu | Son Tarih |").
Tables of names only, merged into ``names_other_languages``' tables, so the readers know nothing of the
languages. Section names are looked up folded there ("й" as "и", "ё" as "е", "ö" as "o"); labels and
statuses lower case as written, so Turkish words that may begin with a capital dotted "İ" are listed
again as Python lower-cases it ("i" and a combining dot: ``_with_capital_i``).
"""

from __future__ import annotations

SECTIONS: dict[str, tuple[str, ...]] = {
    "introduction": (
        *("краткое описание", "описание", "описание инцидента", "резюме", "обзор", "сводка", "кратко"),
        *("краткое содержание", "что произошло", "контекст", "предыстория", "введение", "аннотация"),
        *("özet", "olay özeti", "genel bakış", "giriş", "açıklama", "olay açıklaması", "arka plan", "bağlam"),
        *("ne oldu", "yönetici özeti"),
    ),
    "impact": (
        *("влияние", "последствия", "воздействие", "масштаб", "ущерб", "влияние на пользователей"),
        *("влияние на клиентов", "влияние на бизнес", "масштаб и влияние"),
        *("etki", "etkiler", "etki alanı", "müşteri etkisi", "kullanıcı etkisi", "iş etkisi", "etkilenenler"),
    ),
    "timeline": (
        *("хронология", "хронология событий", "хронология инцидента", "таймлайн", "ход событий"),
        *("ход инцидента", "временная шкала", "последовательность событий", "события"),
        *("zaman çizelgesi", "zaman akışı", "olay akışı", "kronoloji", "zaman çizgisi", "olayların akışı"),
        *("olay zaman çizelgesi", "olayların kronolojisi"),
    ),
    "cause": (
        *("причина", "причины", "корневая причина", "первопричина", "коренная причина", "анализ причин"),
        *(
            "причины инцидента",
            "корневые причины",
            "способствующие факторы",
            "почему это произошло",
            "анализ первопричины",
        ),
        *("kök neden", "kök nedenler", "neden", "nedenler", "sebep", "sebepler", "kök neden analizi"),
        *("katkıda bulunan faktörler", "neden oldu"),
    ),
    "resolution": (
        *("решение", "устранение", "восстановление", "исправление", "как устранили", "меры по устранению"),
        *("устранение последствий", "митигация"),
        *("çözüm", "giderme", "düzeltme", "müdahale", "geçici çözüm", "kurtarma", "çözüm ve kurtarma"),
    ),
    "measures": (
        *("что мы сделаем", "что будем делать", "действия", "задачи", "план действий", "меры"),
        *(
            "корректирующие меры",
            "корректирующие действия",
            "дальнейшие действия",
            "превентивные меры",
            "дальнейшие шаги",
        ),
        *("следующие шаги", "улучшения", "меры по предотвращению", "план улучшений", "задачи на улучшение"),
        *("aksiyonlar", "aksiyon maddeleri", "eylemler", "eylem planı", "yapılacaklar", "görevler"),
        *("iyileştirmeler", "önlemler", "düzeltici faaliyetler", "düzeltici aksiyonlar", "sonraki adımlar"),
        *("takip aksiyonları", "alınacak aksiyonlar"),
    ),
    "closing_notes": (
        *("выводы", "уроки", "извлечённые уроки", "что мы узнали", "что прошло хорошо", "что прошло плохо"),
        *("заключение", "итоги", "благодарности"),
        *("öğrendiklerimiz", "öğrenilen dersler", "dersler", "sonuç", "çıkarımlar", "neler iyi gitti"),
        *("neler kötü gitti", "teşekkürler"),
    ),
    "authors": ("авторы", "автор", "yazar", "yazarlar", "hazırlayanlar"),
    "details": (
        *("детали", "детали инцидента", "сведения", "общая информация", "основная информация", "метаданные"),
        *("detaylar", "ayrıntılar", "olay bilgileri", "genel bilgiler", "künye"),
    ),
}

LABELS: dict[str, tuple[str, ...]] = {
    "start": (
        *("начало", "время начала", "начало инцидента", "начало сбоя"),
        *("başlangıç", "başlangıç zamanı", "başlangıç saati", "olay başlangıcı"),
    ),
    "end": (
        *("конец", "окончание", "время окончания", "конец инцидента", "окончание инцидента", "восстановлено"),
        *("bitiş", "bitiş zamanı", "bitiş saati", "olay bitişi", "çözüldü"),
    ),
    "duration": ("продолжительность", "длительность", "süre", "toplam süre", "kesinti süresi"),
    "date": ("дата", "дата инцидента", "tarih", "olay tarihi"),
    "impact": ("влияние", "последствия", "etki"),
    "cause": (
        *("причина", "корневая причина", "первопричина", "kök neden", "neden", "sebep"),
        # "Причина в двух словах:" (the cause in a nutshell), as a summary sums it up before its section.
        *("причина в двух словах", "причина вкратце", "коротко о причине", "kısaca neden"),
    ),
    "resolution": ("решение", "устранение", "çözüm"),
    "owner": (
        *("ответственный", "ответственная", "ответственные", "исполнитель", "владелец"),
        *("sorumlu", "sorumlu kişi", "sahibi", "atanan"),
    ),
    "due": ("срок", "срок исполнения", "крайний срок", "дедлайн", "son tarih", "hedef tarih", "bitiş tarihi"),
    "status": ("статус", "состояние", "статус документа", "durum", "durumu", "belge durumu"),
    "authors": (
        *("авторы", "автор", "составил", "составила", "составители", "подготовил", "подготовила", "подготовили"),
        *("yazar", "yazarlar", "hazırlayan", "hazırlayanlar"),
    ),
    "severity": (
        *("критичность", "приоритет", "уровень инцидента", "уровень критичности", "серьёзность", "серьезность"),
        *("важность", "степень критичности", "уровень"),
        *("önem", "önem derecesi", "öncelik", "ciddiyet", "seviye", "kritiklik", "olay seviyesi"),
    ),
    "service": (
        *("сервис", "сервисы", "затронутый сервис", "затронутые сервисы", "система"),
        *("servis", "etkilenen servis", "etkilenen servisler", "hizmet", "etkilenen hizmet", "sistem"),
    ),
}

TASK_STATUS_WORDS: dict[str, str] = {
    **dict.fromkeys(("сделано", "готово", "выполнено", "завершено", "закрыто", "решено", "сделана"), "done"),
    **dict.fromkeys(("выполнена", "завершена", "закрыта"), "done"),
    **dict.fromkeys(("не начато", "не начата", "открыто", "открыта", "запланировано", "в планах", "новая"), "open"),
    **dict.fromkeys(("к выполнению", "в очереди", "ожидает", "бэклог"), "open"),
    **dict.fromkeys(("в работе", "в процессе", "выполняется", "в разработке", "начато", "начата"), "in progress"),
    **dict.fromkeys(("tamamlandı", "bitti", "yapıldı", "kapandı", "kapatıldı", "çözüldü"), "done"),
    **dict.fromkeys(("açık", "başlanmadı", "planlandı", "yapılacak", "bekliyor", "beklemede"), "open"),
    **dict.fromkeys(("devam ediyor", "sürüyor", "yapılıyor", "üzerinde çalışılıyor", "devam eden"), "in progress"),
}

TASK_COLUMNS: dict[str, tuple[str, ...]] = {
    "text": (
        *("задача", "действие", "мера", "что сделать", "описание"),
        *("aksiyon", "eylem", "görev", "yapılacak", "madde", "açıklama", "iş"),
    ),
    "owner": ("ответственный", "исполнитель", "кто", "sorumlu", "kim", "atanan"),
    "due": ("срок", "дедлайн", "son tarih", "hedef tarih", "tarih", "termin"),
    "status": ("статус", "состояние", "durum"),
}

DOCUMENT_STATUS_WORDS: dict[str, str] = {
    **dict.fromkeys(("черновик", "taslak"), "draft"),
    **dict.fromkeys(("на ревью", "на рассмотрении", "на согласовании", "на проверке", "ревью"), "in review"),
    **dict.fromkeys(("incelemede", "inceleme", "gözden geçirmede", "onay bekliyor", "onayda"), "in review"),
    **dict.fromkeys(("финальный", "финальная", "финальная версия", "окончательный", "окончательная"), "final"),
    **dict.fromkeys(("утверждён", "утвержден", "утверждена", "опубликован", "опубликована", "завершён"), "final"),
    **dict.fromkeys(("завершен", "nihai", "son hali", "onaylandı", "yayınlandı", "tamamlandı", "kesinleşti"), "final"),
}

SEVERITY_WORDS: dict[str, int] = {
    **dict.fromkeys(("критический", "критическая", "критичный", "критичная", "блокирующий", "kritik", "acil"), 1),
    **dict.fromkeys(("высокий", "высокая", "серьёзный", "серьезный", "yüksek", "ciddi"), 2),
    **dict.fromkeys(("средний", "средняя", "умеренный", "orta"), 3),
    **dict.fromkeys(("низкий", "низкая", "незначительный", "düşük"), 4),
}


def _with_capital_i(names: tuple[str, ...]) -> tuple[str, ...]:
    """``names`` and, for each with a word beginning "i", that name as ``str.lower`` makes of a capital "İ"."""
    more = tuple(
        " ".join("i\u0307" + word[1:] if word.startswith("i") else word for word in name.split())
        for name in names
        if any(word.startswith("i") for word in name.split())
    )
    return names + more


def _words_with_capital_i(words: dict[str, str]) -> dict[str, str]:
    return {variant: words[name] for name in words for variant in _with_capital_i((name,))}


LABELS = {key: _with_capital_i(names) for key, names in LABELS.items()}
TASK_COLUMNS = {key: _with_capital_i(names) for key, names in TASK_COLUMNS.items()}
TASK_STATUS_WORDS = _words_with_capital_i(TASK_STATUS_WORDS)
DOCUMENT_STATUS_WORDS = _words_with_capital_i(DOCUMENT_STATUS_WORDS)

# A timeline table's columns ("| Время | Событие |", "| Saat | Olay |"), added to ``timeline.blocks``' own.
TIMELINE_TIME_COLUMNS = ("время", "время (мск)", "дата и время", "saat", "zaman", "tarih ve saat", "saat (tsi̇)")
TIMELINE_TEXT_COLUMNS = (
    *("событие", "события", "что произошло", "описание", "действие", "действия"),
    *("olay", "olaylar", "ne oldu", "açıklama", "gelişme", "eylem"),
)
# The words of a time column's header, in one with more words ("Время (UTC+3)", "Saat (TSİ)").
TIMELINE_TIME_HEADER_WORDS = ("время", "дата", "saat", "zaman")
