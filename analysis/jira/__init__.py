"""analysis.jira._reader."""
