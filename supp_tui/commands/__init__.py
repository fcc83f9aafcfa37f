"""One module per `supp-tui` command, each defining a click command (see supp_tui.cli.COMMANDS),
and the group behaviour the command line's groups share."""

from supp_tui.commands._group import CommandGroup, either

__all__ = ["CommandGroup", "either"]
