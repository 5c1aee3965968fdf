"""Runs a Python script (argv[1:]) and prints its peak RSS in KiB as `PEAK n`: memory tests measure the
command in a process of its own, not the test runner.

VmHWM, not getrusage: ru_maxrss survives exec, so a process started from a large pytest would report the
test runner's size."""

import runpy
import sys
from pathlib import Path

sys.argv = sys.argv[1:]
code = 0
try:
    runpy.run_path(sys.argv[0], run_name="__main__")
except SystemExit as exit_:
    code = exit_.code or 0
status = Path("/proc/self/status").read_text()
print("PEAK", int(status.split("VmHWM:")[1].split()[0]))
sys.exit(code)
