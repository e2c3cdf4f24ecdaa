"""Mis-decoded text (mojibake): found field by field, repaired only on request, correct text left alone."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.encoding_repair import find_mojibake, repair_text, repaired
from app.formats import files
from app.model import PostMortem
from app.paths import describe_place
from app.validation import check
from tests.conftest import ROOT


def misdecoded(text: str, encoding: str = "cp1252") -> str:
    """What a tool that read UTF-8 as ``encoding`` shows for ``text``."""
    return text.encode("utf-8").decode(encoding, errors="replace")


@pytest.mark.parametrize(
    ("shown", "written"),
    [
        ("The resolver was restarted â€” twice", "The resolver was restarted — twice"),
        ("Le cafÃ© Ã©tait fermÃ©", "Le café était fermé"),
        ("itâ€™s the cache", "it’s the cache"),
        ("â€œquotedâ€\x9d words", "“quoted” words"),
        ("Temperature 5 Â°C in the room", "Temperature 5 °C in the room"),
        ("Ã¼ber naÃ¯ve", "über naïve"),
        (misdecoded("Latency went 3× up → paged 🚨"), "Latency went 3× up → paged 🚨"),
        (misdecoded("東京リージョン", "latin-1"), "東京リージョン"),
        (misdecoded(misdecoded("déjà vu")), "déjà vu"),  # decoded wrongly twice
    ],
)
def test_real_mojibake_is_found_and_repaired(shown, written):
    document = PostMortem(introduction=shown)
    assert [found.path for found in find_mojibake(document)] == ["introduction"]
    assert repair_text(shown) == written


CORRECT_TEXTS = [
    "“Curly quotes” and ‘single ones’ — with an em dash… and an ellipsis",
    "Café, naïve, résumé, Ça va ? À bientôt. Où est l'hôte ? Straße, Müller, smørrebrød, Ærø",
    "Ünïcödé öñ èvérý lèttér: àáâãäå ÀÁÂÃÄÅ",
    "SÃO PAULO: A IRMÃ E O IRMÃO, MAÇÃ VERDE; ROMÂNIA, ÎN ORAŞ",
    "Paged at 3 a.m. 😀🚨🔥 👩🏽‍💻 — emoji with joiners",
    "東京リージョンでDNSが停止しました。影響は約2時間。",
    "Сервис был недоступен; Υπηρεσία; שירות; خدمة; सेवा",
    "x² ± y³ ≤ 5 °C, 10 µs, ½ the nodes, © 2025 ™, £100 and €5",
    "ﬁle with a ligature, ｆｕｌｌ width, &amp; entities, `code — kept`",
    "Line one\r\nline two\twith a tab",
]


@pytest.mark.parametrize("text", CORRECT_TEXTS)
def test_correct_text_is_not_flagged_nor_changed(text):
    document = PostMortem(introduction=text, timeline=[{"text": text}], measures={"tasks": [{"text": "Fix ½ it"}]})
    assert find_mojibake(document) == []
    assert repair_text(text) == text
    assert repaired(document) == (document, [])


@given(st.text())
def test_text_that_is_not_flagged_is_never_changed_by_the_repair(text):
    document = PostMortem(closing_notes=text)
    if not find_mojibake(document):
        assert repaired(document)[0] == document


def test_every_kind_of_field_is_found_by_its_path_in_document_order():
    bad = "cafÃ©"
    document = PostMortem.model_validate(
        {
            "metadata": {"title": bad, "authors": ["Ada", "JosÃ©"]},
            "introduction": bad,
            "timeline": [{"text": "fine"}, {"text": "fine"}, {"text": "fine"}, {"text": bad}],
            "measures": {"improvements": [bad], "tasks": [{"text": bad, "owner": "RenÃ©e"}]},
            "humor": {"flowchart": {"nodes": [{"id": "a", "label": bad}], "edges": []}},
            "extra_sections": [{"heading": "Notes", "body": "ok"}, {"heading": "More", "body": bad}],
        }
    )
    assert [found.path for found in find_mojibake(document)] == [
        "metadata.title",
        "metadata.authors[1]",
        "introduction",
        "timeline[3].text",
        "measures.improvements[0]",
        "measures.tasks[0].text",
        "measures.tasks[0].owner",
        "humor.flowchart.nodes[0].label",
        "extra_sections[1].body",
    ]


def test_repaired_returns_a_repaired_copy_and_the_fields_it_changed():
    document = PostMortem.model_validate(
        {"introduction": "Ã€ bientÃ´t", "timeline": [{"kind": "detection", "text": "Alert â€” 5xx"}]}
    )
    fixed, changed = repaired(document)
    assert changed == ["introduction", "timeline[0].text"]
    assert fixed.introduction == "À bientôt"
    assert fixed.timeline[0].text == "Alert — 5xx"
    assert fixed.timeline[0].kind == "detection"
    assert document.introduction == "Ã€ bientÃ´t"  # the original is left alone


def test_validation_offers_the_repair_with_an_example():
    problems = check(PostMortem(timeline=[{"text": "Rolled back â€” done"}]))
    assert [(p.path, p.message) for p in problems] == [
        (
            "timeline[0].text",
            'text looks mis-decoded ("â€”" should probably be "—"): '
            "use Edit › Repair Text Encoding or export --fix-encoding",
        )
    ]


def test_an_invisible_control_character_in_the_example_is_written_as_an_escape():
    (problem,) = check(PostMortem(introduction="He said â€œgoâ€\x9d"))
    assert "\x9d" not in problem.message
    assert '"â€œ" should probably be "“"' in problem.message


def test_the_mojibake_in_an_imported_sample_is_found_but_kept():
    document = files.load(ROOT / "tests" / "samples" / "html-title.md")
    assert "late â€” none" in document.summary.impact  # never repaired silently
    assert [found.path for found in find_mojibake(document)] == ["summary.impact"]


def test_the_places_of_mis_decoded_text_are_named_in_the_editor_s_words():
    document = PostMortem.model_validate(
        {
            "introduction": "cafÃ©",
            "summary": {"impact": "cafÃ©"},
            "measures": {"tasks": [{"text": "ok"}, {"text": "cafÃ©"}]},
            "extra_sections": [{"heading": "cafÃ©"}],
        }
    )
    assert [describe_place(found.path) for found in find_mojibake(document)] == [
        "Introduction",
        "Issue Summary, impact",
        "Corrective Measures, task 2",
        "Additional Sections, section 1",
    ]
