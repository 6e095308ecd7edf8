#!/usr/bin/env python3
"""A time-bounded fuzzer of peakmem's input handling (`make fuzz`; CI runs a short budget).

Mutants of the shipped scenario files (byte and line edits, YAML and Python punctuation,
out-of-range numbers) go through `peakmem check` in batches; mutants of the scenarios' code
blocks go through the interpreter with `peakmem memit` (every ``--memit-every``-th mutant).
A run fails on a crash (a signal, an exit status other than 0, 1 or 2, a Swift fatal error or
backtrace in the output) or a hang (no answer within ``--timeout`` seconds); each failing input
is saved under ``--crash-dir`` and printed. Exit status 0 when nothing failed, 1 otherwise.

    python3 Tests/Fuzz/peakmem_fuzz.py --peakmem .build/debug/peakmem --seconds 600
"""
import argparse
import glob
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

PUNCTUATION = ["(", ")", "[", "]", "{", "}", ":", ",", "'", '"', "#", "|", ">", "-", "*", "&", "!", "%", "@",
               "\n", "\t", " ", "=", ".", "\\", "+", "/", "**", "<=", "~"]
NUMBERS = ["0", "-1", "1e400", "-1e400", "1e19", "2**63", "2**64", "10**18", "nan", "inf", "9007199254740993",
           "1e-300", "0.5", "99999999999999999999999", "1e19 MB", "1e400 MiB", "-0"]
WORDS = ["lambda", "None", "np.", "x", "n", "nbytes(", "size(", "MiB", "quick", "doc", "variants", "run",
         "expect", "documented", "limits", "params", "setup", "del ", "for ", "if ", "import ", "np.ones(",
         "np.zeros((2**32, 2**32))", ".reshape(", ".T", "[::-1]", "peak_increment"]
CRASH_MARKERS = ("Fatal error", "Program crashed", "*** Signal", "Illegal instruction", "Segmentation fault",
                 "Backtracing")


def mutate(text, rng):
    """One to four random edits of `text`."""
    for _ in range(rng.randint(1, 4)):
        choice = rng.random()
        position = rng.randint(0, len(text))
        if choice < 0.25 and text:
            end = min(len(text), position + rng.randint(1, 12))
            text = text[:position] + text[end:]
        elif choice < 0.45:
            text = text[:position] + rng.choice(PUNCTUATION) + text[position:]
        elif choice < 0.6:
            text = text[:position] + rng.choice(NUMBERS) + text[position:]
        elif choice < 0.7:
            text = text[:position] + rng.choice(WORDS) + text[position:]
        elif choice < 0.8:
            numbers = list(re.finditer(r"\d+(\.\d+)?(e\d+)?", text))
            if numbers:
                match = rng.choice(numbers)
                text = text[:match.start()] + rng.choice(NUMBERS) + text[match.end():]
        elif choice < 0.9:
            lines = text.split("\n")
            if len(lines) > 2:
                i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
                lines[i], lines[j] = lines[j], lines[i]
                text = "\n".join(lines)
        elif text:
            end = min(len(text), position + rng.randint(1, 40))
            text = text[:end] + text[position:end] + text[end:]
    return text


def code_blocks(text):
    """The one-line and literal-block code of a scenario file (`run:`/`setup:` values)."""
    blocks = []
    lines = text.split("\n")
    for i, line in enumerate(lines):
        match = re.match(r"^(\s*)(run|setup):\s*(.*)$", line)
        if not match:
            continue
        if match.group(3) and match.group(3) != "|":
            blocks.append(match.group(3))
            continue
        indent = None
        body = []
        for following in lines[i + 1:]:
            if not following.strip():
                body.append("")
                continue
            width = len(following) - len(following.lstrip())
            if width <= len(match.group(1)):
                break
            indent = width if indent is None else indent
            body.append(following[indent:])
        if body:
            blocks.append("\n".join(body).strip("\n"))
    return blocks


def failed(returncode, output):
    """Why a run counts as a failure; None when it does not."""
    if returncode < 0:
        return f"killed by signal {-returncode}"
    if returncode not in (0, 1, 2):
        return f"exit status {returncode}"
    for marker in CRASH_MARKERS:
        if marker in output:
            return f"output holds '{marker}'"
    return None


def run(command, timeout):
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, errors="replace")
    except subprocess.TimeoutExpired:
        return "hang", ""
    return failed(done.returncode, done.stdout + done.stderr), done.stdout + done.stderr


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--peakmem", default=".build/debug/peakmem")
    parser.add_argument("--scenarios", default="scenarios")
    parser.add_argument("--seconds", type=float, default=600)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--batch", type=int, default=40, help="mutant files per `peakmem check`")
    parser.add_argument("--memit-every", type=int, default=4, help="one memit mutant per this many check batches")
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("--crash-dir", default=".build/fuzz-failures")
    arguments = parser.parse_args()

    seed = arguments.seed if arguments.seed is not None else int(time.time())
    rng = random.Random(seed)
    sources = {path: open(path, encoding="utf-8").read() for path in sorted(glob.glob(os.path.join(arguments.scenarios, "*.yaml")))}
    if not sources:
        sys.exit(f"peakmem_fuzz: no scenario files in {arguments.scenarios}")
    snippets = [block for text in sources.values() for block in code_blocks(text)]
    deadline = time.monotonic() + arguments.seconds
    failures = []
    tried = {"check": 0, "memit": 0}
    workdir = tempfile.mkdtemp(prefix="peakmem-fuzz-")
    batches = 0

    def record(kind, why, text, output):
        os.makedirs(arguments.crash_dir, exist_ok=True)
        path = os.path.join(arguments.crash_dir, f"{kind}-{len(failures):03d}.txt")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        failures.append((kind, why, path))
        print(f"peakmem_fuzz: {kind} failure ({why}): input saved to {path}\n{output[-1500:]}", file=sys.stderr)

    try:
        while time.monotonic() < deadline and len(failures) < 20:
            batch_dir = os.path.join(workdir, f"batch-{batches}")
            os.makedirs(batch_dir)
            mutants = {}
            for index in range(arguments.batch):
                source = rng.choice(list(sources.values()))
                mutants[os.path.join(batch_dir, f"m{index:03d}.yaml")] = mutate(source, rng)
            for path, text in mutants.items():
                with open(path, "w", encoding="utf-8", errors="replace") as handle:
                    handle.write(text)
            why, output = run([arguments.peakmem, "check", batch_dir], arguments.timeout)
            tried["check"] += len(mutants)
            if why:
                # Find the file(s) responsible, one by one.
                for path, text in mutants.items():
                    single, single_output = run([arguments.peakmem, "check", path], arguments.timeout)
                    if single:
                        record("check", single, text, single_output)
            shutil.rmtree(batch_dir, ignore_errors=True)
            batches += 1
            if snippets and batches % arguments.memit_every == 0 and time.monotonic() < deadline:
                snippet = mutate(rng.choice(snippets), rng)
                statement = "n = 1000\nx = np.ones(n)\n" + snippet
                why, output = run([arguments.peakmem, "memit", statement, "--timeout", "20"], arguments.timeout)
                tried["memit"] += 1
                if why:
                    record("memit", why, statement, output)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"peakmem_fuzz: seed {seed}, {arguments.seconds:.0f} s: {tried['check']} scenario mutants through check, "
          f"{tried['memit']} code mutants through the interpreter (memit); {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
