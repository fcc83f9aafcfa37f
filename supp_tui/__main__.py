"""`python -m supp_tui`: the same command line as the `supp-tui` script."""

from supp_tui.cli import main

raise SystemExit(main())
