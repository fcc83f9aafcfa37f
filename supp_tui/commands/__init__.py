"""One module per `supp-tui` subcommand; see supp_tui.cli.COMMANDS."""
