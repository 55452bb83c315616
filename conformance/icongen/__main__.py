"""``python -m conformance.icongen``: see :mod:`conformance.icongen.driver`."""

import sys

from conformance.icongen.driver import main

sys.exit(main())
