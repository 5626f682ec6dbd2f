"""Entry point of the frozen console: the same ``canthus`` command as ``pip install`` gives."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
