"""Realistic synthetic SUPP exports with hidden answers, for the demo, tests and benchmarks.

`write_sample` writes a Jira "all fields" CSV: repeated columns, locale dates, team labels in
alias spellings, about 70 service teams whose reporters keep their team, location and service,
seasonality and incident spikes. Each ticket tells one story from a catalogue of problems per
(macro category, product): its summary, description and comments name the same service and
symptom. The same seed gives the same bytes.

The hidden answers (what an oracle labeller would choose) come from `hidden_answers(tickets,
seed)`, one row per issue key; `sample_frame` carries the same answers as `_`-prefixed columns
beside the export's cells. `write_pulled` writes the same board as `supp-tui pull` would
(JSON lines with a status changelog, and its pull record).
"""

from analysis.sample._answers import ANSWER_COLUMNS, hidden_answers
from analysis.sample._people import demo_organisation
from analysis.sample._pulled import write_pulled
from analysis.sample._writer import SampleReport, generate_sample, sample_frame, write_sample

__all__ = ["ANSWER_COLUMNS", "SampleReport", "demo_organisation", "generate_sample",
           "hidden_answers", "sample_frame", "write_pulled", "write_sample"]
