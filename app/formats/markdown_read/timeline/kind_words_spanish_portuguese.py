"""More words that give a timeline entry its kind in Spanish and Portuguese, as students write their own
story in the first person ("pensamos que era la caché", "chamei o professor", "nos escribe por WhatsApp").

A table only, merged kind by kind into ``kind_words_other_languages``' (``kinds`` makes the patterns).
"""

from __future__ import annotations

KIND_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "resolution",
        (
            *("queda restablecido", "queda restablecida", "vuelve a la normalidad", "volta ao normal", "normalizou"),
            # The service live again, and checked: "servicio en vivo y verificado", "serviço no ar e verificado"
            *("servicio en vivo", "servicio en línea", "serviço no ar", "en vivo y verificado", "no ar e verificado"),
        ),
    ),
    (
        "action",
        # A change made, said as what the thing becomes: "`render.yaml` pasa a desplegar desde `main`", "passa a usar"
        ("pasa a", "pasan a", "passa a", "passam a", "se cambia a", "se cambió a", "foi alterado para"),
    ),
    (
        "escalation",
        (
            # Asking someone for help, in the first person: "le pedimos ayuda a la mentora", "chamei o professor"
            *("pedimos ayuda", "pedí ayuda", "pedimos apoyo", "llamamos a", "llamé a", "escalamos a"),
            *("pedimos ajuda", "pedi ajuda", "chamei", "chamamos", "acionei", "acionamos", "escalei", "escalamos"),
            *("le escribimos a", "le escribí a", "le avisamos a", "mandei mensagem", "consulté a", "consultamos a"),
        ),
    ),
    (
        "misleading",
        (
            # A guess that turned out wrong: "pensamos que era un problema de caché", "achei que era ataque"
            *("pensamos que", "pensé que", "creímos que", "creíamos que", "creí que", "supusimos que"),
            *("achei que", "achamos que", "pensei que", "pensamos que", "acreditamos que", "supomos que"),
            *("no era eso", "no era", "não era", "no funcionó", "não funcionou", "não resolveu", "no sirvió"),
        ),
    ),
    (
        "detection",
        (
            # Being told of it: "una compañera nos escribe por WhatsApp", "um usuário nos avisou"
            *("nos escribe", "nos escribió", "nos avisa", "nos avisó", "nos reporta", "nos reportó"),
            *("nos enteramos", "nos dimos cuenta", "nos escreve", "nos escreveu", "nos avisou", "nos avisa"),
            *("percebemos", "percebi", "notamos", "alerta do", "alerta de", "recebemos um alerta"),
        ),
    ),
)
