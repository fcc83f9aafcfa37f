"""Label suggestions for a ticket, each with a measured confidence and the source that spoke.

Sources: Jira labels and components, the reporter's history and team-mates (for the
reporter's dimensions), option names and aliases in the text, similar labelled tickets, and a
model trained in the background with `train_model`. `recurring_problems` groups alike
tickets of a period without any label.
"""

from analysis.suggest._judge import SourceJudge
from analysis.suggest._learned import LearnedModel, train_model
from analysis.suggest._recurring import (
    MIN_ALIKE_TICKETS,
    RecurringProblem,
    purity,
    recurring_problems,
)
from analysis.suggest._suggester import Suggester
from analysis.suggest._types import (
    ALIAS,
    HISTORY,
    JIRA,
    MODEL,
    SIMILAR,
    SOURCES,
    TEAM_MATES,
    Suggestion,
    TicketFacts,
)
from analysis.suggest._words import summary_words

__all__ = [
    "ALIAS", "HISTORY", "JIRA", "MIN_ALIKE_TICKETS", "MODEL", "SIMILAR", "SOURCES", "TEAM_MATES",
    "LearnedModel", "RecurringProblem", "SourceJudge", "Suggester", "Suggestion", "TicketFacts",
    "purity", "recurring_problems", "summary_words", "train_model",
]
