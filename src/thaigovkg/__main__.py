"""``python -m thaigovkg`` runs the command line, for checkouts used without installing."""
import sys

from thaigovkg.cli import main

sys.exit(main())
