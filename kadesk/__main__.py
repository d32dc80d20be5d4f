from kadesk.cli import main

raise SystemExit(main())
