"""supp_tui.labelling."""
