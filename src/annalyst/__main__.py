from annalyst.cli import main

raise SystemExit(main())
