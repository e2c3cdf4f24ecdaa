"""The fix told after the cause in one paragraph, in the ways students tell it, gives the resolution.

"Root Cause and Resolution" is often one paragraph: what broke, then how it was fixed. The fix may be named as
such ("The real fix came when …"), told with the steps listed under the paragraph ("the following commands were
needed to bring it back:" over the commands a line), told before a picture that closes the section, or told as
the deed after which the service worked again ("after correcting the path the site was responding again").
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown


def _report(cause_section: str) -> str:
    return f"""# Postmortem: the photo gallery went blank

## Issue Summary
From 10:00 to 11:30 UTC on 3 March 2024 the gallery showed no pictures.

## Timeline
- 10:00 UTC: Visitors report an empty gallery.
- 11:30 UTC: Pictures show again.

## Root Cause and Resolution
{cause_section}
## Corrective and Preventative Measures
- Watch the thumbnail queue's length.
"""


def test_a_fix_named_as_the_real_fix_starts_the_resolution() -> None:
    document = from_markdown(
        _report(
            "The thumbnail workers ran out of disk space, so no picture was resized. "
            "The first fix focused on restarting the workers, which did not last. "
            "The real fix came when old thumbnails were purged and the disk was grown.\n"
        )
    )
    assert document.root_cause.cause == "The thumbnail workers ran out of disk space, so no picture was resized."
    assert "old thumbnails were purged" in document.root_cause.resolution


def test_commands_listed_under_the_paragraph_go_with_the_fix() -> None:
    document = from_markdown(
        _report(
            "A kernel update left the storage driver unloaded, so the gallery could not read its disk.\n"
            "The following commands were needed to bring it back:\n"
            "\n"
            "  sudo modprobe nvme\n"
            "  sudo systemctl restart gallery\n"
        )
    )
    assert document.root_cause.cause == (
        "A kernel update left the storage driver unloaded, so the gallery could not read its disk."
    )
    assert "commands were needed" in document.root_cause.resolution
    assert "sudo systemctl restart gallery" in document.root_cause.resolution


PICTURES_THROUGHOUT = """# Postmortem: the photo gallery went blank

## Issue Summary
From 10:00 to 11:30 UTC on 3 March 2024 the gallery showed no pictures.

![oh no](https://example.org/oh-no.gif)

## Timeline
- 10:00 UTC: Visitors report an empty gallery.
- 11:30 UTC: Pictures show again.

![phew](https://example.org/phew.gif)

## Root Cause
The image path in the settings had a stray letter in it. The error was fixed by a quick edit of the path and a \
reload of the web server. The stray letter came from a hurried late-night edit.

![a tired admin](https://example.org/admin.gif)

## Corrective and Preventative Measures
- Review every edit of the settings.

![no more late edits](https://example.org/rules.gif)
"""


def test_a_picture_under_the_paragraph_does_not_hide_the_fix() -> None:
    document = from_markdown(PICTURES_THROUGHOUT)
    assert document.root_cause.cause == "The image path in the settings had a stray letter in it."
    assert document.root_cause.resolution.startswith("The error was fixed by a quick edit")


def test_a_paragraph_after_the_timeline_telling_the_service_back_after_the_deed() -> None:
    document = from_markdown(
        """# Summary:
From 10:00 to 11:30 GMT the gallery showed no pictures to any visitor.

# Timeline:
- 10:00 GMT - Visitors report an empty gallery.
- 11:30 GMT - Pictures show again.

The root cause of the outage was a wrong path to the picture folder in the settings file.
We traced it with the web server's logs, and after correcting the path the site was responding normally again.
"""
    )
    assert "wrong path to the picture folder" in document.root_cause.cause
    assert "after correcting the path" in document.root_cause.resolution
