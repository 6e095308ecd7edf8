"""Records what CPython prints for each snippet of the scenario-language corpus, and, for the
snippets that allocate NumPy arrays, the peak of NumPy's array buffers.

Usage (from the repository root; python3 is CPython 3.11 with NumPy 2.4.6 and memray):

    python3 docs/research/scripts/language-corpus/record.py

For snippets/NAME.py it writes expected/NAME.out (standard output of `python3 NAME.py`,
byte for byte) and, when the snippet imports numpy, expected/NAME.peak: the largest sum of
live NumPy data buffers during the snippet, in bytes, beyond those live before it. The peak
is replayed from memray's allocation records, counting only the allocations NumPy makes for
array data (PyDataMem_UserNEW in their native stack). Buffers below 1024 bytes come from
NumPy's small-buffer cache without a malloc memray could see, so no peak is recorded for a
snippet whose peak is below that, and the snippets that record one take no reduction (whose
0-d result is such a buffer) while the peak is live.

The Swift test LanguageCorpusTests runs every snippet on the Swift engine and compares its
output with expected/NAME.out and its ledger peak with expected/NAME.peak.
"""
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SNIPPETS = os.path.join(HERE, "snippets")
EXPECTED = os.path.join(HERE, "expected")

PEAK_RUNNER = r'''
import os, sys, memray
import numpy as np
source = open(sys.argv[1]).read()
out = sys.argv[2]
code = compile(source, sys.argv[1], "exec")
with memray.Tracker(out, native_traces=True):
    exec(code, {"__name__": "__main__"})
'''


def numpy_peak(path):
    """The peak of live NumPy data buffers while `path` runs (see the module doc)."""
    import memray
    fd, capture = tempfile.mkstemp(suffix=".bin")
    os.close(fd)
    os.unlink(capture)
    subprocess.run([sys.executable, "-c", PEAK_RUNNER, path, capture], check=True,
                   stdout=subprocess.DEVNULL)
    reader = memray.FileReader(capture)
    live = {}
    current = peak = 0
    for record in reader.get_allocation_records():
        allocator = record.allocator.name if hasattr(record.allocator, "name") else memray.AllocatorType(record.allocator).name
        if allocator in ("FREE", "MUNMAP", "PYMALLOC_FREE"):
            if record.address in live:
                current -= live.pop(record.address)
            continue
        try:
            frames = [frame[0] for frame in record.native_stack_trace()]
        except Exception:
            frames = []
        if any(name.startswith("PyDataMem_UserNEW") for name in frames):
            live[record.address] = record.size
            current += record.size
            peak = max(peak, current)
    os.unlink(capture)
    return peak


def main():
    os.makedirs(EXPECTED, exist_ok=True)
    names = sorted(name[:-3] for name in os.listdir(SNIPPETS) if name.endswith(".py"))
    for name in names:
        path = os.path.join(SNIPPETS, name + ".py")
        result = subprocess.run([sys.executable, path], capture_output=True, text=True)
        if result.returncode != 0:
            print(f"{name}: exit {result.returncode}\n{result.stderr}", file=sys.stderr)
            sys.exit(1)
        with open(os.path.join(EXPECTED, name + ".out"), "w") as f:
            f.write(result.stdout)
        line = f"{name}: {len(result.stdout.splitlines())} lines"
        peak_path = os.path.join(EXPECTED, name + ".peak")
        if os.path.exists(peak_path):
            os.unlink(peak_path)
        if "import numpy" in open(path).read():
            peak = numpy_peak(path)
            # Below 1024 bytes NumPy serves buffers from its cache, unseen by memray.
            if peak >= 1024:
                with open(peak_path, "w") as f:
                    f.write(f"{peak}\n")
            line += f", NumPy buffer peak {peak} bytes"
        print(line)


if __name__ == "__main__":
    main()
