"""Entry point of the frozen console: the same ``canthus`` command as ``pip install`` gives."""

import multiprocessing
import sys

if __name__ == "__main__":
    # A frozen program is its own Python: child processes (the recording reader's forkserver
    # and resource tracker, spawn on Windows) re-run this executable, and freeze_support()
    # turns those runs into the child instead of a second console.
    multiprocessing.freeze_support()
    from app.cli import main

    sys.exit(main())
