import Foundation

/// The NumPy engine's worker: a Python program (the driver) that speaks the worker protocol
/// (``WorkerRequest`` in, ``WorkerReply`` out) and runs a variant on real NumPy.
///
/// The driver's source is compiled into peakmem (``source``), so `.build/release/peakmem` and
/// any installed copy of it carry it without resource files; each run writes it into its
/// workspace (``install(in:)``) and starts it with `python3` (`$PEAKMEM_PYTHON` when set).
/// ``probe()`` checks first that Python, NumPy and memray are there.
public enum NumpyDriver {
    /// The Python interpreter: `$PEAKMEM_PYTHON`, else `python3` found on `$PATH`.
    public static func python(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        if let given = environment["PEAKMEM_PYTHON"], !given.isEmpty {
            return given.contains("/") ? URL(fileURLWithPath: given) : find(given, environment)
        }
        return find("python3", environment)
    }

    static func find(_ name: String, _ environment: [String: String]) -> URL? {
        for directory in (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// What the whole-worker `--memory-limit` adds for the NumPy driver's own work after the
    /// scenario code: reading memray's capture with native stacks symbolizes the loaded
    /// libraries, about 90 MiB of resident memory on a trivial variant
    /// (docs/research/scripts/sandbox/driver_analysis_rss.py; 95 MiB limit killed, 105 MiB
    /// passed in `peakmem run --engine numpy`). 160 MiB leaves room for more libraries.
    public static let analysisAllowance = 160 << 20

    /// The file name the driver is written under.
    public static let fileName = "peakmem_numpy_driver.py"

    /// Where ``install(in:)`` writes the driver in `directory`.
    static func installedPath(in directory: URL) -> URL {
        directory.appendingPathComponent(fileName)
    }

    /// Writes the driver into `directory` and returns its path.
    public static func install(in directory: URL) throws -> URL {
        let file = installedPath(in: directory)
        try Data(source.utf8).write(to: file, options: .atomic)
        return file
    }

    /// The driver's Python source.
    public static let source = #"""
"""peakmem's NumPy engine: one measured run of one scenario variant on real NumPy.

Reads a peakmem WorkerRequest (JSON) on standard input and writes a WorkerReply on standard
output; the scenario's own output goes to standard error. Shipped inside the peakmem
executable and written next to each run's workspace (see docs/numpy-engine.md).

Protocol (DESIGN section 2, the same steps as the Swift worker):
  1. tracemalloc starts, the scenario's and the variant's setup run with the parameters bound;
  2. warm-up executions of `run`, each on a copy of the post-setup names;
  3. the timed run, on the post-setup names: quiesce (gc.collect, malloc_trim), VmRSS
     baseline, VmHWM reset (clear_refs), the RSS sampler thread, `run` timed (wall and CPU);
  4. the names dropped and the setup run again; the exact run: quiesce, tracemalloc baseline
     and peak reset, memray.Tracker (native stacks) around `run`; figures from tracemalloc
     (traced peak, retained) and memray (every malloc-family allocation, plain malloc buffers
     included, told apart from BLAS's and the interpreter's own);
  5. the result array saved as .npy, the sizes of the arrays bound (for expectations).
"""
import ast
import ctypes
import gc
import json
import os
import re
import sys
import tempfile
import threading
import time
import traceback
import tracemalloc


class Failure(Exception):
    def __init__(self, kind, message):
        super().__init__(message)
        self.kind = kind
        self.message = message


PAGE = os.sysconf("SC_PAGE_SIZE")


def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * PAGE


def vm_hwm():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    raise Failure("worker", "no VmHWM in /proc/self/status")


def reset_hwm():
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")


_libc = ctypes.CDLL(None)


def quiesce():
    gc.collect()
    try:
        _libc.malloc_trim(0)
    except AttributeError:
        pass


class Sampler(threading.Thread):
    """RSS every `interval` seconds until stopped (the GIL is released by NumPy's loops)."""

    def __init__(self, interval):
        super().__init__(daemon=True)
        self.interval = interval
        self.samples = []
        self.done = threading.Event()
        self.start_time = time.monotonic()

    def run(self):
        while True:
            self.samples.append((time.monotonic() - self.start_time, rss()))
            if self.done.wait(self.interval):
                break
        self.samples.append((time.monotonic() - self.start_time, rss()))

    def stop(self):
        self.done.set()
        self.join()


def announce_scenario_code():
    # Tells peakmem's supervisor that scenario code starts: its --memory-limit watchdog takes
    # the memory baseline now (the descriptor is closed before any scenario code runs).
    descriptor = os.environ.pop("PEAKMEM_WATCHDOG_FD", None)
    if descriptor:
        try:
            os.write(int(descriptor), b"s")
            os.close(int(descriptor))
        except OSError:
            pass


def compile_block(block):
    # Leading newlines put the code's lines at their line numbers in the scenario file.
    text = "\n" * (block["first_line"] - 1) + block["text"]
    try:
        return compile(text, block["file"], "exec")
    except SyntaxError as error:
        raise Failure("error", "%s:%s: error: SyntaxError: %s" % (block["file"], error.lineno, error.msg))


def execute(code, names, files, variant):
    try:
        exec(code, names)
    except ModuleNotFoundError as error:
        raise Failure("error", "variant '%s' on NumPy: the Python package '%s' is not installed (make deps installs it)"
                      % (variant, error.name))
    except Exception as error:
        frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename in files]
        where = "%s:%d: " % (frames[-1].filename, frames[-1].lineno) if frames else ""
        # An allocation NumPy cannot make is the code's error, as on the Swift engine (NumPy runs
        # have no --memory-limit); NumPy raises it as its MemoryError subclass _ArrayMemoryError.
        name = "MemoryError" if isinstance(error, MemoryError) else type(error).__name__
        # The error behind a wrapped one (np.load's UnpicklingError over the sandbox's
        # PermissionError) is the part that explains.
        cause = error.__cause__ or error.__context__
        because = " (because of %s: %s)" % (type(cause).__name__, cause) if cause is not None else ""
        raise Failure("error", "%serror: %s: %s%s (variant '%s' on NumPy)" % (where, name, error, because, variant))


# Which part of the process made an allocation, from memray's native stack:
# - "blas": inside a BLAS call (OpenBLAS's threaded syrk/gemm malloc 512 KiB job buffers), the
#   library's own work memory, which peakmem's ledger does not count either;
# - "interpreter": Python objects larger than pymalloc's 512 bytes (frames, dicts, code
#   line tables) and tracemalloc's own bookkeeping (not the PyMem allocations it only hooks);
# - "heap": everything else, NumPy's data buffers and plain-malloc buffers included.
# (NumPy's own cblas_matrixproduct is not BLAS.) OpenBLAS's threaded drivers are named
# dsyrk_thread_UT, ... and dgemm_thread_tn, ... (SciPy's blas.dgemm reaches the latter through
# scipy_dgemm_, without a cblas_ frame).
BLAS_FRAME = re.compile(r"^(scipy_)?cblas_[sdcz][a-z0-9]*_?$|^scipy_[a-z0-9_]*64_$|^openblas|^blas_memory"
                        r"|_thread_[A-Z]{1,3}$|^[sdcz]gemm_thread_[nrtc]{2}$")
INTERPRETER_FRAME = re.compile(r"^_?PyObject_(Malloc|Calloc|Realloc)$|^tracemalloc_add_trace$|^traceback_new$|^_Py_hashtable")


def category(record):
    frames = [frame[0] for frame in record.native_stack_trace()]
    if any(BLAS_FRAME.search(name) for name in frames):
        return "blas"
    if any(INTERPRETER_FRAME.search(name) for name in frames[:6]):
        return "interpreter"
    return "heap"


class Account:
    """Live bytes, peak, count and total of one category of allocations."""

    def __init__(self):
        self.live, self.current, self.peak, self.count, self.total = {}, 0, 0, 0, 0

    def allocate(self, address, size):
        self.live[address] = size
        self.current += size
        self.count += 1
        self.total += size
        self.peak = max(self.peak, self.current)

    def free(self, address):
        self.current -= self.live.pop(address, 0)


def heap_figures(path):
    """From memray's records of the exact run: per category, the peak, count and total of the
    malloc-family bytes allocated during `run` (mmap regions, i.e. OpenBLAS's thread buffers
    and Python's arenas, and pymalloc's small objects are not malloc calls and not counted),
    and memray's own metadata peak (everything)."""
    from memray import AllocatorType, FileReader
    reader = FileReader(path)
    freeing = {AllocatorType.FREE, AllocatorType.PYMALLOC_FREE, AllocatorType.MUNMAP}
    skipped = {AllocatorType.MMAP, AllocatorType.PYMALLOC_MALLOC, AllocatorType.PYMALLOC_CALLOC,
               AllocatorType.PYMALLOC_REALLOC}
    accounts = {"heap": Account(), "blas": Account(), "interpreter": Account()}
    for record in reader.get_allocation_records():
        kind = AllocatorType(record.allocator)
        if kind in skipped:
            continue
        if kind in freeing or kind == AllocatorType.REALLOC:
            for account in accounts.values():
                account.free(record.address)
            if kind != AllocatorType.REALLOC:
                continue
        accounts[category(record)].allocate(record.address, record.size)
    return accounts, reader.metadata.peak_memory


def versions(np):
    found = {"python": sys.version.split()[0], "numpy": np.__version__}
    try:
        import memray
        found["memray"] = memray.__version__
    except ImportError:
        pass
    try:
        blas = np.show_config(mode="dicts")["Build Dependencies"]["blas"]
        found["blas"] = "%s %s" % (blas.get("name", "?"), blas.get("version", "?"))
    except Exception:
        pass
    for module in ("scipy", "numexpr", "opt_einsum"):
        if module in sys.modules:
            found[module] = getattr(sys.modules[module], "__version__", "?")
    return found


def measure(request):
    program = request["numpy"]
    variant = request["variant"]
    tracemalloc.start()
    try:
        import numpy as np
    except ImportError:
        raise Failure("worker", "the NumPy engine needs numpy for python3 (make deps installs it)")
    try:
        import memray
    except ImportError:
        raise Failure("worker", "the NumPy engine needs memray for python3 (make deps installs it)")
    blocks = program["setup"] + [program["run"]]
    files = {block["file"] for block in blocks}
    codes = [compile_block(block) for block in blocks]
    run = codes[-1]

    announce_scenario_code()

    def set_up():
        names = {"np": np, "__name__": "__peakmem__"}
        for name, literal in program["parameters"].items():
            names[name] = ast.literal_eval(literal)
        for code in codes[:-1]:
            execute(code, names, files, variant)
        return names

    names = set_up()
    for _ in range(request.get("warmup", 0)):
        copy = dict(names)
        execute(run, copy, files, variant)
        del copy

    # The timed run (untraced by memray) with the RSS figures, on the post-setup names.
    quiesce()
    rss_before = rss()
    reset_hwm()
    sampler = Sampler(request.get("interval", 0.001))
    sampler.start()
    cpu0, wall0 = time.process_time(), time.perf_counter()
    execute(run, names, files, variant)
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    sampler.stop()
    rss_peak = max(vm_hwm(), max(r for _, r in sampler.samples))
    names.clear()
    del names

    # The exact run, after the setup again (the timed run consumed the first one: it may
    # have rebound, freed or changed its inputs in place).
    names = set_up()
    workspace = tempfile.mkdtemp(prefix="peakmem-numpy-")
    path = os.path.join(workspace, "run.memray")
    try:
        quiesce()
        with memray.Tracker(path, native_traces=True, follow_fork=False):
            # tracemalloc's figures exclude the tracker's own start and stop.
            traced_before, _ = tracemalloc.get_traced_memory()
            tracemalloc.reset_peak()
            traced_wall0 = time.perf_counter()
            execute(run, names, files, variant)
            traced_wall = time.perf_counter() - traced_wall0
            traced_after, traced_peak = tracemalloc.get_traced_memory()
        accounts, memray_peak = heap_figures(path)
        heap = accounts["heap"]
    finally:
        for entry in os.listdir(workspace):
            os.unlink(os.path.join(workspace, entry))
        os.rmdir(workspace)
    tracemalloc.stop()

    arrays = {}
    for name, value in names.items():
        if isinstance(value, np.ndarray) and not name.startswith("__"):
            arrays[name] = {"nbytes": int(value.nbytes), "size": int(value.size)}
    result = None
    if program.get("result"):
        name = program["result"]
        if name not in names:
            raise Failure("error", "the variant '%s' did not bind the result '%s' on NumPy" % (variant, name))
        value = np.asarray(names[name])
        if request.get("result_path"):
            np.save(request["result_path"], value)
        result = {"name": name, "dtype": value.dtype.name, "shape": list(value.shape)}

    retained = traced_after - traced_before
    traced_increment = traced_peak - traced_before
    measurement = {
        "peak_increment": heap.peak,
        "memray_peak": memray_peak,
        "blas_peak": accounts["blas"].peak,
        "blas_allocated_total": accounts["blas"].total,
        "interpreter_peak": accounts["interpreter"].peak,
        "traced_peak_increment": traced_increment,
        "retained": retained,
        "temporaries": traced_increment - retained,
        "allocations": heap.count,
        "allocated_total": heap.total,
        "rss_peak": rss_peak,
        "rss_increment": rss_peak - rss_before,
        "rss_before": rss_before,
        "memit_peak_mib": rss_peak / 2**20,
        "memit_increment_mib": (rss_peak - rss_before) / 2**20,
        "time": {"wall": wall, "cpu": cpu},
        "traced_wall_time": traced_wall,
        "timeline": [{"time": t, "rss": r} for t, r in sampler.samples],
        "arrays": arrays,
        "versions": versions(np),
    }
    return measurement, result


def main():
    reply_stream = sys.stdout
    sys.stdout = sys.stderr  # scenario output must not mix with the reply
    reply = {"measurement": None, "failure": None, "expectations": [], "result": None,
             "openblas_version": "unknown", "jemalloc_version": "unknown", "numpy": None}
    try:
        request = json.load(sys.stdin)
        # Scenario code runs in the directory the parent made for this worker, as the Swift
        # worker's does: relative file names (np.memmap, np.save) land there and are removed.
        if os.environ.get("PEAKMEM_WORKER_DIRECTORY"):
            os.chdir(os.environ["PEAKMEM_WORKER_DIRECTORY"])
        reply["numpy"], reply["result"] = measure(request)
    except Failure as failure:
        reply["failure"] = {"kind": failure.kind, "message": failure.message}
    except Exception as error:
        reply["failure"] = {"kind": "worker", "message": "the NumPy driver failed: %s: %s" % (type(error).__name__, error),
                            "stderr_tail": traceback.format_exc()[-2000:]}
    json.dump(reply, reply_stream)
    reply_stream.flush()


if __name__ == "__main__":
    main()
"""#
}
