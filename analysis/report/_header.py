"""The report's header: period, sources, provenance and label coverage."""

from __future__ import annotations

import polars as pl

from analysis.report import _format as fmt
from analysis.report._build import Report, low_coverage


def header(report: Report) -> str:
    """Period, sources with hashes, journal, clock and label coverage."""
    period = report.period
    described = period.describe()
    lines = [f"{described[0].upper()}{described[1:]}."]
    if report.span.first.date() > period.start.date():
        lines[0] += (f" **The data starts on {report.span.first.date().isoformat()}, after this "
                     f"{period.unit} began: its numbers are partial.**")
    if not report.complete:
        lines[0] += (f" **The data ends on {report.span.last.date().isoformat()}, before this "
                     f"{period.unit} is over: its numbers are partial.**")
    rows = [[fmt.escape(s.name), fmt.count(s.records), f"`{s.sha256}`"] for s in report.sources]
    parts = [" ".join(lines)]
    if rows:
        parts.append(fmt.table(["Export file", "Tickets", "SHA-256 (first 12)"], rows, right=[1]))
    parts.append(" ".join(_provenance(report)))
    parts.append(coverage(report))
    return "\n\n".join(part for part in parts if part)


def _provenance(report: Report) -> list[str]:
    journal = report.journal
    labelled = fmt.plural(journal.records, "labelled ticket") if journal else ""
    words = [
        f"Labels journal: {fmt.escape(journal.name)} ({labelled}, "
        f"SHA-256 `{journal.sha256}`)." if journal else
        "Labels journal: none yet, so only the export's own team field is used.",
        f"Data from {report.span.describe()}.",
        f"Durations are in {report.clock}, " + (
            "targets from the board's labels.toml." if report.targets_judged else
            "and no service target is judged: no labels.toml of this board sets them. Set them in "
            "a [targets] section of its labels.toml (`supp-tui init` writes one to fill in)."),
    ]
    if report.reader_warnings:
        words.append(f"Reading the export and its labels journal gave "
                     f"{fmt.plural(report.reader_warnings, 'warning')}; "
                     f"`supp-tui stats` lists them.")
    if report.anonymised:
        words.append("People are replaced by stable tokens (person-…).")
    return words


def coverage(report: Report) -> str:
    """Label coverage of the period's tickets: what is not labelled yet, said once, and a
    warning for dimensions only partly labelled."""
    created = int(report.coverage["tickets"][0]) if report.coverage.height else 0
    labelled = report.coverage.filter(pl.col("share") > 0)
    shares = ", ".join(f"{fmt.escape(r['title'])} {fmt.share(r['share'])}"
                       for r in labelled.iter_rows(named=True))
    text = (f"Label coverage of the {fmt.plural(created, 'ticket')} created this "
            f"{report.unit}: {shares}." if shares else "")
    unlabelled = report.coverage.filter(pl.col("share") == 0)["title"].to_list()
    if created and unlabelled:
        names = ", ".join(fmt.escape(title) for title in unlabelled)
        text += (" " if text else "") + (
            f"Not labelled yet: {names}; label tickets with `supp-tui label` to see numbers by "
            f"{'it' if len(unlabelled) == 1 else 'them'}.")
    if report.journal_skipped:
        text += (" " if text else "") + (
            f"{fmt.plural(report.journal_skipped, 'line')} of the labels journal could not be "
            f"read (torn or unparsable) and {'was' if report.journal_skipped == 1 else 'were'} "
            f"skipped, so their labels are not in these figures; `supp-tui stats` lists them.")
    low = low_coverage(report).filter(pl.col("share") > 0)
    if low.height:
        names = ", ".join(f"{fmt.escape(r['title'])} ({fmt.share(r['share'])})"
                          for r in low.iter_rows(named=True))
        text += (f"\n\n**Warning: this {report.unit} is only partly labelled.** Under "
                 f"{fmt.share(0.8)} of its tickets carry {names}; numbers by "
                 f"{'that dimension' if low.height == 1 else 'those dimensions'} describe the "
                 f"labelled tickets only.")
    return text
