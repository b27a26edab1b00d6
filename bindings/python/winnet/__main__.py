"""``python -m winnet``: the same as the ``winnet`` command."""

import sys

from winnet.cli import main

sys.exit(main())
