"""Credit Desk's entry point: `python main.py` opens the window, `python main.py COMMAND` runs a
command. Python compiles this file on every start, so the work is in launch.py (compiled once)."""

import sys

from launch import find_environment, main

if __name__ == "__main__":
    relaunched = find_environment(sys.argv[1:])
    sys.exit(main() if relaunched is None else relaunched)
