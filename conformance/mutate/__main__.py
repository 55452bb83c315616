"""``python -m conformance.mutate``: see :mod:`conformance.mutate.driver`."""

import sys

from conformance.mutate.driver import main

sys.exit(main())
