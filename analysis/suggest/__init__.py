"""Label suggestions for a ticket, each with its reason and a score in 0..1.

Suggestions come from the ticket's own Jira labels and components, the reporter's earlier
labels (for dimensions that belong to the reporter), and the labels of similar tickets.
"""

from analysis.suggest._suggester import Suggester, Suggestion, TicketFacts, summary_words

__all__ = ["Suggester", "Suggestion", "TicketFacts", "summary_words"]
