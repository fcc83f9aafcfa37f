"""Words worth comparing: numbers, ids and generic words are dropped, since two tickets that
share "408 minutes" or a hex id say nothing about each other."""

from __future__ import annotations

import re

WORD = re.compile(r"[a-z0-9][a-z0-9_.-]*[a-z0-9]|[a-z0-9]")
ISSUE_KEY = re.compile(r"\b[a-z][a-z0-9]+-\d+\b")
UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")
HEX = re.compile(r"\b(?=[0-9a-f]*\d)[0-9a-f]{6,}\b")
# Numbers alone, with a unit (30d, 503s, 2gb) or as versions (v1.2.3, 2.0).
NUMBERISH = re.compile(r"^v?\d[\d.,:]*[a-z]{0,3}$")
STOPWORDS = frozenset((
    "the", "a", "an", "and", "or", "for", "to", "of", "in", "on", "at", "is", "are", "was",
    "be", "not", "no", "with", "from", "by", "after", "before", "our", "we", "it", "this",
    "that", "can", "cannot", "can't", "please", "help", "need", "needs", "new", "request",
    "issue", "ticket", "since", "when", "what", "how", "why", "does", "doesn't", "don't", "get",
    "getting", "got", "all", "any", "only", "every", "again", "still", "now", "today",
    "yesterday", "hour", "hours", "minute", "minutes", "second", "seconds", "day", "days",
    "week", "weeks", "ms", "sec", "min", "times", "some", "one", "two", "there", "here", "but",
    "has", "have", "had", "been", "will", "would", "should", "could", "just", "also", "too",
    "very", "more", "less", "per", "via", "than", "then", "them", "they", "you", "your", "its", "into",
    "out", "up", "down", "over", "about", "hi", "hello", "thanks", "thank", "team", "see",
    "looks", "look", "seems", "anyone", "someone", "something", "works", "working", "work",
    "prod", "production", "staging", "dev", "env", "environment",
))


def clean_text(text: str | None) -> str:
    """Lower-case text with issue keys, uuids and hex ids blanked out."""
    folded = (text or "").casefold()
    return HEX.sub(" ", ISSUE_KEY.sub(" ", UUID.sub(" ", folded)))


def words(text: str | None) -> list[str]:
    """The distinctive lower-case words of a text, in order, repeats kept."""
    return [w for w in WORD.findall(clean_text(text))
            if len(w) > 2 and w not in STOPWORDS and not NUMBERISH.match(w)]


def summary_words(summary: str | None) -> frozenset[str]:
    """The distinctive lower-case words of a summary."""
    return frozenset(words(summary))
