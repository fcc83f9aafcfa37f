"""supp-tui: label Jira support tickets in the terminal and report on them."""

__version__ = "0.1.0"
