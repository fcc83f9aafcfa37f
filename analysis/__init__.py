"""Headless engine of supp-tui: read Jira exports, replay labels, compute and render metrics."""
