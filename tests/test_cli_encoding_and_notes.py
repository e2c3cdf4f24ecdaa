"""The command line and the file API on mis-decoded text (export --fix-encoding) and on the import's notes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import cli
from app.formats import files

MOJIBAKE_MD = """# Webhook delays

## Introduction

Deliveries were late â€” none were lost. The cafÃ© team noticed first.

## Timeline

- 2024-05-01 14:03 UTC: Queue depth alert â€” paged the on-call
- 2024-05-01 14:20 UTC: Rolled back, “quotes” and é kept as written

## Resolution

The release was rolled back.
"""

IST_MD = """# Checkout latency

## Timeline

All times in IST.

- 2024-05-01 14:03 IST: Alerts fired for checkout latency
- 14:20: Rolled back the release

## Resolution

The release was rolled back.
"""


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    status = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def mojibake_file(tmp_path: Path) -> Path:
    path = tmp_path / "webhooks.md"
    path.write_text(MOJIBAKE_MD, encoding="utf-8")
    return path


def test_export_with_fix_encoding_writes_the_repaired_text(capsys, mojibake_file, tmp_path):
    output = tmp_path / "out.json"
    status, out, err = run(capsys, "export", mojibake_file, "-o", output, "--fix-encoding")
    assert (status, out, err) == (0, "", "")
    data = json.loads(output.read_text(encoding="utf-8"))
    assert data["introduction"] == "Deliveries were late — none were lost. The café team noticed first."
    assert data["timeline"][0]["text"] == "Queue depth alert — paged the on-call"
    assert data["timeline"][1]["text"] == "Rolled back, “quotes” and é kept as written"


def test_export_without_the_flag_keeps_the_text_and_says_how_to_repair_it(capsys, mojibake_file, tmp_path):
    output = tmp_path / "out.md"
    status, out, err = run(capsys, "export", mojibake_file, "-o", output)
    assert (status, out) == (0, "")
    assert "late â€” none" in output.read_text(encoding="utf-8")
    assert err == (
        f"postmortem-editor: warning: {mojibake_file}: text looks mis-decoded in 2 fields "
        "(introduction, timeline[0].text): add --fix-encoding to repair it\n"
    )


def test_export_of_correct_text_says_nothing(capsys, tmp_path):
    source = tmp_path / "fine.md"
    source.write_text(MOJIBAKE_MD.replace("â€”", "—").replace("cafÃ©", "café"), encoding="utf-8")
    status, out, err = run(capsys, "export", source, "-o", tmp_path / "out.json", "--fix-encoding")
    assert (status, out, err) == (0, "", "")


def test_validate_reports_mis_decoded_text_as_a_warning_per_field(capsys, mojibake_file):
    status, out, err = run(capsys, "validate", mojibake_file)
    hint = "use Edit › Repair Text Encoding or export --fix-encoding"
    assert status == 1
    warnings = [line for line in out.splitlines() if ": note: " not in line]  # the import's notes are not warnings
    assert warnings == [
        f'{mojibake_file}: introduction: text looks mis-decoded ("â€”" should probably be "—"): {hint}',
        f'{mojibake_file}: timeline[0].text: text looks mis-decoded ("â€”" should probably be "—"): {hint}',
    ]
    assert err == ""


def test_validate_never_prints_the_control_character_of_a_mis_decoded_quote(capsys, tmp_path):
    source = tmp_path / "quote.md"
    source.write_text("# T\n\n## Introduction\n\nHe said â€œgoâ€\x9d.\n", encoding="utf-8")
    status, out, _err = run(capsys, "validate", source)
    assert status == 1
    assert "\x9d" not in out
    assert '"â€œ" should probably be "“"' in out


def test_validate_prints_the_import_notes_without_changing_the_status(capsys, tmp_path):
    source = tmp_path / "checkout.md"
    source.write_text(IST_MD, encoding="utf-8")
    status, out, err = run(capsys, "validate", source)
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        f"{source}: note: read “IST” as India Standard Time (UTC+05:30); Irish or Israel Standard Time would differ",
        f"{source}: note: 2 events' kinds were guessed from the words; check them on the Timeline page",
    ]


def test_load_with_notes_returns_the_markdown_import_notes(tmp_path):
    source = tmp_path / "checkout.md"
    source.write_text(IST_MD, encoding="utf-8")
    document, notes = files.load_with_notes(source)
    assert notes[0].startswith("read “IST” as India Standard Time")
    assert document == files.load(source)
    assert str(document.timeline[1].time) == "2024-05-01 14:20:00+05:30"


def test_a_json_file_has_no_notes(tmp_path, capsys):
    source = tmp_path / "checkout.md"
    source.write_text(IST_MD, encoding="utf-8")
    output = tmp_path / "checkout.json"
    assert run(capsys, "export", source, "-o", output)[0] == 0
    assert files.load_with_notes(output)[1] == []
