"""Realistic synthetic SUPP exports with hidden answers, for the demo, tests and benchmarks.

`write_sample` writes a Jira "all fields" CSV: repeated columns, locale dates, team labels in
alias spellings, about 70 service teams whose reporters keep their team, location and service,
seasonality and incident spikes. The same seed gives the same bytes.
"""

from analysis.sample._people import demo_organisation
from analysis.sample._writer import SampleReport, generate_sample, sample_frame, write_sample

__all__ = ["SampleReport", "demo_organisation", "generate_sample", "sample_frame", "write_sample"]
