"""The words that give a timeline entry its kind in Russian and Turkish, when its English words give none.

A table only, tried after ``kind_words_other_languages``' (``kinds.guess_kind`` makes its patterns): each
phrase matched as whole words, case-insensitive, "…" a few words between. Russian inflects and Turkish adds
endings, so the forms a timeline writes are listed as written: the past ("перезапустили", "yeniden
başlatıldı"), the passive ("восстановлен", "çözüldü"), the noun ("откат", "geri alma").
"""

from __future__ import annotations

# In the order tried: an ending before a deed, a wrong path before the deed it was ("начал откат … ни при чём").
KIND_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "resolution",
        (
            *("инцидент закрыт", "инцидент закрыли", "инцидент завершён", "инцидент завершен", "конец инцидента"),
            *("сервис восстановлен", "восстановлен", "восстановлена", "восстановлено", "восстановлены"),
            *("работает штатно", "работают штатно", "вернулись к норме", "вернулся к норме", "вернулась к норме"),
            *("ошибки прекратились", "проблема устранена", "сбой устранён", "сбой устранен", "всё работает"),
            *("olay kapatıldı", "olay kapandı", "olay bitişi", "düzeldi", "çözüldü", "sorun giderildi"),
            *("normale döndü", "normale dönüldü", "normal seviyeye döndü", "toparlandı", "tekrar çalışıyor"),
            *("yeniden çalışıyor", "hizmet geri geldi"),
        ),
    ),
    (
        "escalation",
        (
            *("эскалация", "эскалировал", "эскалировала", "эскалировали", "поднял инцидент", "подняла инцидент"),
            *("подняли инцидент", "подключили", "подключил", "подключила", "позвал", "позвала", "позвали"),
            *("привлекли", "привлёк", "привлек", "разбудили", "объявили инцидент", "объявлен инцидент"),
            *("повысили приоритет", "повысил приоритет", "собрали созвон"),
            *("eskalasyon", "eskale edildi", "eskale etti", "eskale ettik", "ilan edildi", "ilan etti"),
            *("çağrıldı", "çağırdı", "çağırdık", "dahil edildi", "dahil etti", "devreye girdi"),
        ),
    ),
    (
        "misleading",
        (
            *(
                "ложный след",
                "ложному следу",
                "ложным следом",
                "ложного следа",
                "ни при чём",
                "ни при чем",
                "не помог",
                "не помогло",
                "не помогли",
            ),
            *("никуда не делись", "никуда не делась", "гипотеза не подтвердилась", "не подтвердилось"),
            *("yanlış iz", "yanlış ize", "işe yaramadı", "fayda etmedi", "sorun olmadığını", "ilgisi yoktu"),
            *("ilgisiz çıktı", "değişiklik olmadı", "hata devam etti", "yanlış teşhis"),
        ),
    ),
    (
        "detection",
        (
            *("сработал", "сработала", "сработало", "сработали", "алерт", "алерты", "алёрт", "пришёл алерт"),
            *("пришел алерт", "поступили жалобы", "пожаловались"),
            *("alarm", "alarmı", "alarmlar", "alarm geldi", "alarm çaldı", "uyarı", "uyarısı", "uyarı geldi"),
            *("tetiklendi", "şikayetler", "şikayetleri", "şikâyetler"),
        ),
    ),
    (
        "action",
        (
            *("отката", "откате", "откату", "откатом"),  # "принято решение об откате": the noun's other cases
            *("откат", "откатили", "откатил", "откатила", "перезапустили", "перезапустил", "перезапуск"),
            *("рестарт", "удалили", "удалил", "расширили", "увеличили", "включили", "выключили", "отключили"),
            *("задеплоили", "выкатили", "применили", "исправили", "переключили", "очистили", "масштабировали"),
            *("geri alma", "geri alındı", "geri aldı", "geri aldık", "yeniden başlatıldı", "yeniden başlattı"),
            *("yeniden başlattık", "devre dışı bırakıldı", "uygulandı", "artırıldı", "temizlendi", "silindi"),
            *("deploy edildi", "ölçeklendi", "rollback"),
        ),
    ),
)
