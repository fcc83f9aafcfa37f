"""The words two tickets about the same problem share: identifiers (service names such as
`payments-api`, hosts, paths, versions) are dropped, since on a support board they name who
asked rather than what went wrong, and would group a service's unrelated tickets together."""

from __future__ import annotations

import re

from analysis.suggest._words import words

DESCRIPTION_CHARS = 1000
IDENTIFIER = re.compile(r"[-_./:@]")


def problem_words(text: str | None) -> list[str]:
    """The distinctive words of a text, identifiers left out, in order."""
    return [word for word in words(text) if not IDENTIFIER.search(word)]


def problem_text(summary: str | None, description: str | None) -> str:
    """The text a ticket is compared by: its summary twice (it says most), then the start of
    its description."""
    said = " ".join(problem_words(summary))
    return f"{said} {said} {' '.join(problem_words((description or '')[:DESCRIPTION_CHARS]))}"
