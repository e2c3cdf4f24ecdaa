"""Fields a careful reader fills from where a report tells them: a form's answers, a run-on list of labels, a
writer's last note, a cause said in Polish, Dutch or German or with a hedge, an opening paragraph's impact, a
Japanese summary."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

FORM = (
    "# Issue Summary must contain:\n\n"
    "How long did it last (start and end, with the zone)?\n`about a minute, 9:10am EST`\n\n"
    "What was the impact (which service, how many users)?\n`Every shopper saw a blank cart page`\n\n"
    "What was the root cause?\n`A stray semicolon in the template`\n\n"
    "# Timeline must contain:\n\n"
    "How was the issue detected?\n`A customer tweeted at us`\n\n"
    "How the incident was resolved?\n`Removed the semicolon and redeployed`\n\n"
    "# Root cause and resolution should include:\n\n"
    "Explain in detail what was causing the issue?\n`The linter was switched off`\n\n"
    "Explain in detail how the issue was fixed?\n`We deleted the character`\n\n"
    "# Corrective and preventative measures must contain:\n\n"
    "What are the things that can be improved (broadly speaking)?\n`Turn the linter back on`\n\n"
    "A list of tasks to address the issue?\n`Add a template test to CI`\n"
)


def test_a_forms_answers_fill_the_parts_its_questions_ask_for() -> None:
    document = from_markdown(FORM)
    assert document.summary.impact == "Every shopper saw a blank cart page"
    assert document.summary.root_cause == "A stray semicolon in the template"
    assert document.root_cause.cause == "The linter was switched off"
    assert document.root_cause.resolution == "We deleted the character"


def test_a_forms_question_is_never_read_as_a_measure() -> None:
    improvements = from_markdown(FORM).measures.improvements
    assert "Turn the linter back on" in improvements
    assert "Add a template test to CI" in improvements
    assert not any("?" in improvement for improvement in improvements)


def test_the_forms_timeline_questions_still_give_its_steps() -> None:
    texts = [event.text for event in from_markdown(FORM).timeline]
    assert any("A customer tweeted at us" in text for text in texts)


def test_a_bulleted_line_running_on_into_the_impact_gives_the_impact() -> None:
    document = from_markdown(
        "Issue Summary:\n- Duration: The site was down from 08:00 to 09:30 (CET) on a Friday. - Impact: Nobody "
        "could log in; about two thirds of members wrote to support.\n"
        "Root Cause:\nA certificate had expired on the login service.\n"
    )
    assert document.summary.impact is not None
    assert "about two thirds of members" in document.summary.impact
    assert "Duration" not in document.summary.impact


def test_a_writers_note_on_the_story_after_the_measures_is_the_closing() -> None:
    document = from_markdown(
        "# Postmortem\n\n## Timeline\n\n- **09:00 UTC**: the cat walked on the keyboard\n\n"
        "## Corrective and Preventative Measures\n"
        "Keyboards should be locked when left alone, and cats kept out of the operations room.\n\n"
        "Names have been changed to protect the innocent.\n"
    )
    assert document.closing_notes == "Names have been changed to protect the innocent."
    assert not any("Names have been changed" in text for text in document.measures.improvements)


def test_a_polish_sentence_naming_the_cause_in_a_blog_post_is_the_root_cause() -> None:
    document = from_markdown(
        "---\ntitle: Przerwa w działaniu\n---\n\nW tym tygodniu serwer nie działał dwa razy.\n\n"
        "### 3 maj\n\nSerwer był niedostępny przez cztery godziny. Przyczyna nie do końca znana.\n\n"
        "### 5 maj\n\nZnowu przerwa. Przyczyną problemu była awaria dysku w macierzy.\n"
    )
    assert document.summary.root_cause == "Przyczyną problemu była awaria dysku w macierzy."


def test_a_dutch_question_heading_asking_what_was_the_matter_holds_the_cause() -> None:
    document = from_markdown(
        "# Waarom was de site offline?\n\nDe site was gisteren onbereikbaar.\n\n"
        "## Wat ging er mis?\n\nEen verlopen certificaat bij onze hostingpartij.\n\n"
        "## Hoe groot was de schade?\n\nDe hele middag konden lezers niets bestellen.\n"
    )
    assert "verlopen certificaat" in (document.root_cause.cause or "")
    assert "niets bestellen" in (document.summary.impact or "")


def test_a_hedged_cause_in_a_summary_is_its_root_cause_not_the_code_above_it() -> None:
    document = from_markdown(
        "# Upgrading the proxy broke staging\n\n### Summary\n\nThe deploy of the new proxy chart failed on two "
        "clusters.\n\n```\nError: timed out waiting for the condition\n```\n\n"
        "We are fairly sure it stems from the old API version staging still runs, while prod runs a newer one.\n\n"
        "### Impact on users\n\nOnly staging users were disrupted.\n"
    )
    assert document.summary.root_cause == (
        "We are fairly sure it stems from the old API version staging still runs, while prod runs a newer one."
    )


def test_the_opening_paragraph_tells_the_impact_before_a_what_happened_story() -> None:
    document = from_markdown(
        "---\ntitle: Outage on Tuesday\n---\n"
        "On Tuesday our payments API was unavailable for 40 minutes. The result of this was that shops could not "
        "take card payments.\n\n"
        "The main cause of the outage was a firewall rule pushed to the wrong region.\n\n"
        "What happened:\n\n"
        "1.   Push the new rule.\n"
        "The push went to the wrong region, and some internal services were affected soon after.\n"
        "2.   Roll back.\n"
        "Services recovered and the backlog of affected jobs drained.\n"
    )
    assert document.summary.impact is not None
    assert "shops could not take card payments" in document.summary.impact
    assert "internal services" not in document.summary.impact


def test_a_japanese_summary_gives_the_impact_and_the_cause_sentence_by_sentence() -> None:
    document = from_markdown(
        "# 決済停止の振り返り\n\n## 障害の概要\n\n"
        "昨夜、決済画面でお客様が約2時間カード決済を利用できなくなる障害が発生しました。"
        "原因は、証明書の更新忘れでした。\n\n## 対応\n\n証明書を更新しました。\n"
    )
    assert document.summary.impact == "昨夜、決済画面でお客様が約2時間カード決済を利用できなくなる障害が発生しました。"
    assert document.summary.root_cause == "原因は、証明書の更新忘れでした。"
