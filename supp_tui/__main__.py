from supp_tui.cli import main

raise SystemExit(main())
