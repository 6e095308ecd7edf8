"""peakmem's NumPy engine: one measured run of one variant on real NumPy, and the discovery of
asv-style benchmark files.

    python3 peakmem_numpy_driver.py            a WorkerRequest (JSON) on standard input, a
                                               WorkerReply (JSON) on standard output
    python3 peakmem_numpy_driver.py --discover FILE.py...
                                               the peakmem_ benchmarks of each file (JSON)

Everything the measured code prints (its standard output and error, Python's and C's) goes to
a file in the worker's directory, whose tail is sent back in the reply (`output`); the reply
itself is written to a private copy of the original standard output. This file is the source
of truth: `make driver` embeds it into the peakmem executable (NumpyDriver+Source.swift), which
writes it into each run's workspace (see docs/numpy-engine.md).

What a variant runs is a workload: scenario code (setup blocks, then the `run` block, executed
in one namespace with the parameters bound), or an asv-style benchmark (the module imported,
asv's setup functions of module, class and function level called with the parameter
combination, the benchmark called, asv's teardowns after).

Protocol (DESIGN section 2, the same steps as the Swift worker):
  1. tracemalloc starts, the workload is set up;
  2. warm-up executions of the measured code (scenario code on a copy of the post-setup names);
  3. the timed run: quiesce (gc.collect, malloc_trim), VmHWM read (asv's whole-process figure
     includes everything before), VmRSS baseline, VmHWM reset (clear_refs), the RSS sampler
     thread, the measured code timed (wall and CPU);
  4. the workload torn down and set up again; the exact run: quiesce, tracemalloc baseline
     and peak reset, memray.Tracker (native stacks) around the measured code; figures from
     tracemalloc (traced peak, retained) and memray (every malloc-family allocation, plain
     malloc buffers included, told apart from BLAS's and the interpreter's own);
  5. scenario code: the result array saved as .npy, the sizes of the arrays bound (for
     expectations).
"""
import ast
import ctypes
import gc
import importlib
import inspect
import itertools
import json
import os
import re
import sys
import sysconfig
import tempfile
import threading
import time
import traceback
import tracemalloc


class Failure(Exception):
    """A variant's failure: `kind` is a RunFailure kind (error, worker)."""

    def __init__(self, kind, message):
        super().__init__(message)
        self.kind = kind
        self.message = message


class Skip(Exception):
    """The benchmark's setup raised NotImplementedError: asv skips it, and so does peakmem."""


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


# Where an error happened: the innermost frame in the user's code, i.e. not in this driver,
# the standard library, installed packages or frozen modules.
_LIBRARY_DIRECTORIES = tuple(sorted({os.path.realpath(sysconfig.get_paths()[key]) + os.sep
                                     for key in ("stdlib", "platstdlib", "purelib", "platlib")}))


def user_frame(error, files=None):
    """The innermost traceback frame of `error` in `files` (when given) or in the user's code."""
    driver = os.path.realpath(__file__)
    frames = traceback.extract_tb(error.__traceback__)
    if isinstance(error, SyntaxError) and error.filename:
        return error.filename, error.lineno or 0
    for frame in reversed(frames):
        name = frame.filename
        if files is not None:
            if name in files:
                return name, frame.lineno
            continue
        real = os.path.realpath(name)
        if name.startswith("<") or real == driver or real.startswith(_LIBRARY_DIRECTORIES):
            continue
        return name, frame.lineno
    return None


# Optional packages `make deps` installs; a missing one gets that hint.
MAKE_DEPS_PACKAGES = {"numpy", "memray", "scipy", "numexpr", "opt_einsum"}


def failure(error, variant, files=None):
    """The Failure reporting `error` raised by the code of `variant`: FILE:LINE: error: TYPE: MESSAGE."""
    where = user_frame(error, files)
    prefix = "%s:%d: " % where if where else ""
    # An allocation NumPy cannot make is the code's error, as on the Swift engine (NumPy runs
    # have no --memory-limit); NumPy raises it as its MemoryError subclass _ArrayMemoryError.
    name = "MemoryError" if isinstance(error, MemoryError) else type(error).__name__
    # The error behind a wrapped one (np.load's UnpicklingError over the sandbox's
    # PermissionError) is the part that explains.
    cause = error.__cause__ or error.__context__
    because = " (because of %s: %s)" % (type(cause).__name__, cause) if cause is not None else ""
    message = "%serror: %s: %s%s (variant '%s' on NumPy)" % (prefix, name, error, because, variant)
    if isinstance(error, ModuleNotFoundError) and (error.name or "").split(".")[0] in MAKE_DEPS_PACKAGES:
        message += "; `make deps` installs %s" % error.name.split(".")[0]
    return Failure("error", message)


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
    """Compiles a block of scenario code; leading newlines put its lines at their line numbers
    in the scenario file."""
    text = "\n" * (block["first_line"] - 1) + block["text"]
    try:
        return compile(text, block["file"], "exec")
    except SyntaxError as error:
        column = (error.offset or 1) + block.get("indent", 0)
        raise Failure("error", "%s:%s:%d: error: SyntaxError: %s" % (block["file"], error.lineno, column, error.msg))


class ScenarioWorkload:
    """Scenario code: the setup blocks then `run`, executed in one namespace with `np` and the
    parameters bound. Its state is the namespace."""

    def __init__(self, program, variant, np):
        self.np = np
        self.variant = variant
        self.parameters = program["parameters"]
        self.result_name = program.get("result")
        blocks = program["setup"] + [program["run"]]
        self.files = {block["file"] for block in blocks}
        codes = [compile_block(block) for block in blocks]
        self.setup_codes, self.run_code = codes[:-1], codes[-1]

    def execute(self, code, names):
        try:
            exec(code, names)
        except Exception as error:
            raise failure(error, self.variant, self.files)

    def set_up(self):
        names = {"np": self.np, "__name__": "__peakmem__"}
        for name, literal in self.parameters.items():
            names[name] = ast.literal_eval(literal)
        for code in self.setup_codes:
            self.execute(code, names)
        return names

    def warm_up(self, names):
        copy = dict(names)
        self.execute(self.run_code, copy)
        del copy

    def run(self, names):
        self.execute(self.run_code, names)

    def tear_down(self, names):
        names.clear()

    def arrays(self, names):
        """The sizes of the arrays bound after the run (for `expect:` expressions)."""
        return {name: {"nbytes": int(value.nbytes), "size": int(value.size)}
                for name, value in names.items()
                if isinstance(value, self.np.ndarray) and not name.startswith("__")}

    def result(self, names, path):
        if not self.result_name:
            return None
        if self.result_name not in names:
            raise Failure("error", "the variant '%s' did not bind the result '%s' on NumPy" % (self.variant, self.result_name))
        value = self.np.asarray(names[self.result_name])
        if path:
            self.np.save(path, value)
        return {"name": self.result_name, "dtype": value.dtype.name, "shape": list(value.shape)}


# --- asv-style benchmarks -------------------------------------------------------------------

BENCHMARK_NAME = re.compile(r"^peakmem_")


def module_location(path):
    """The module name of a benchmark file and the directory to put on sys.path to import it:
    the file's directory and every parent holding an __init__.py form a package, as Python
    resolves it (benchmarks/bench_x.py in a package `benchmarks` is `benchmarks.bench_x`)."""
    path = os.path.abspath(path)
    directory, name = os.path.split(path)
    parts = [os.path.splitext(name)[0]]
    while os.path.exists(os.path.join(directory, "__init__.py")):
        directory, package = os.path.split(directory)
        parts.insert(0, package)
    return ".".join(parts), directory


def attribute_sources(module, cls, function):
    """asv's attribute sources, most specific first: the function, its class, its module."""
    return [source for source in (function, cls, module) if source is not None]


def first_attribute(sources, name, default=None):
    for source in sources:
        if hasattr(source, name):
            return getattr(source, name)
    return default


def all_attributes(sources, name):
    return [getattr(source, name) for source in sources if getattr(source, name, None) is not None]


def normalized_params(sources):
    """asv's params and param_names: a flat list is one parameter; names default to param1..."""
    params = first_attribute(sources, "params", [])
    if not isinstance(params, (list, tuple)):
        params = [params]
    params = list(params)
    if params and not all(isinstance(entry, (list, tuple)) for entry in params):
        params = [params]
    params = [list(entry) for entry in params]
    names = list(first_attribute(sources, "param_names", []))[:len(params)]
    names += ["param%d" % (k + 1) for k in range(len(names), len(params))]
    return params, names


def import_benchmark_module(module, root):
    if root not in sys.path:
        sys.path.insert(0, root)
    return importlib.import_module(module)


def benchmarks_in(module):
    """The peakmem_ benchmarks a module defines: (class or None, function name), in file order."""
    found = []
    for name, value in vars(module).items():
        if inspect.isfunction(value) and BENCHMARK_NAME.match(name) and value.__module__ == module.__name__:
            found.append((value.__code__.co_firstlineno, None, name, value))
        elif inspect.isclass(value) and value.__module__ == module.__name__:
            for attribute in dir(value):
                method = getattr(value, attribute, None)
                if BENCHMARK_NAME.match(attribute) and inspect.isfunction(method):
                    found.append((method.__code__.co_firstlineno, value, attribute, method))
    return [(cls, name, function) for _, cls, name, function in sorted(found, key=lambda entry: entry[0])]


def benchmarks_by_syntax(tree):
    """The peakmem_ benchmarks found in a module's syntax tree (when importing it failed)."""
    found = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and BENCHMARK_NAME.match(node.name):
            found.append({"class": None, "function": node.name, "line": node.lineno})
        elif isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and BENCHMARK_NAME.match(item.name):
                    found.append({"class": node.name, "function": item.name, "line": item.lineno})
    return found


def describe_benchmarks(module):
    described = []
    for cls, name, function in benchmarks_in(module):
        sources = attribute_sources(module, cls, function)
        params, names = normalized_params(sources)
        timeout = first_attribute(sources, "timeout")
        described.append({
            "class": cls.__name__ if cls else None, "function": name, "line": function.__code__.co_firstlineno,
            "params": [[repr(value) for value in entry] for entry in params], "param_names": names,
            "timeout": float(timeout) if isinstance(timeout, (int, float)) else None,
        })
    return described


def discover_file(path):
    """One benchmark file: its module, import root and benchmarks, or its syntax error."""
    path = os.path.abspath(path)
    module, root = module_location(path)
    entry = {"file": path, "module": module, "root": root, "benchmarks": [], "syntax_error": None, "import_error": None}
    with open(path, "rb") as f:
        source = f.read()
    try:
        tree = compile(source, path, "exec", ast.PyCF_ONLY_AST)
    except SyntaxError as error:
        entry["syntax_error"] = {"line": error.lineno or 1, "column": error.offset or 1, "message": error.msg}
        return entry
    try:
        entry["benchmarks"] = describe_benchmarks(import_benchmark_module(module, root))
    except Exception as error:
        # Measuring each benchmark then fails with this error; the others still run.
        where = user_frame(error)
        entry["import_error"] = "%s%s: %s" % ("%s:%d: " % where if where else "", type(error).__name__, error)
        entry["benchmarks"] = [dict(found, params=[], param_names=[], timeout=None) for found in benchmarks_by_syntax(tree)]
    return entry


def discover(paths):
    return [discover_file(path) for path in paths]


class BenchmarkWorkload:
    """An asv-style benchmark: asv's setups (module, class, function level, in that order) and
    teardowns (the reverse) around one call of the benchmark with one parameter combination.
    The state is the bound benchmark and its attribute sources; its return value is dropped."""

    def __init__(self, spec, variant):
        self.variant = variant
        try:
            self.module = import_benchmark_module(spec["module"], spec["root"])
        except Exception as error:
            raise failure(error, variant)
        self.cls = getattr(self.module, spec["class"]) if spec.get("class") else None
        self.name = spec["function"]
        function = getattr(self.cls or self.module, self.name, None)
        if function is None:
            raise Failure("error", "%s: no benchmark %s (variant '%s')" % (spec["module"], self.name, variant))
        params, _ = normalized_params(attribute_sources(self.module, self.cls, function))
        combinations = list(itertools.product(*params))
        index = spec.get("param_index", 0)
        if index >= len(combinations):
            raise Failure("error", "variant '%s': parameter combination %d of %d" % (variant, index, len(combinations)))
        self.arguments = combinations[index]

    def call(self, function):
        try:
            function(*self.arguments)
        except Exception as error:
            raise failure(error, self.variant)

    def set_up(self):
        instance = self.cls() if self.cls else None
        function = getattr(instance if instance is not None else self.module, self.name)
        sources = attribute_sources(self.module, instance, function)
        for setup in reversed(all_attributes(sources, "setup")):
            try:
                setup(*self.arguments)
            except NotImplementedError:
                raise Skip("its setup raised NotImplementedError (asv skips it too)")
            except Exception as error:
                raise failure(error, self.variant)
        return function, sources

    def warm_up(self, state):
        self.run(state)

    def run(self, state):
        self.call(state[0])

    def tear_down(self, state):
        for teardown in all_attributes(state[1], "teardown"):
            self.call(teardown)

    def arrays(self, state):
        return {}

    def result(self, state, path):
        return None


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
        raise Failure("worker", "the NumPy engine needs numpy for %s (make deps installs it)" % sys.executable)
    try:
        import memray
    except ImportError:
        raise Failure("worker", "the NumPy engine needs memray for %s (make deps installs it)" % sys.executable)
    # The user's directories first, the first one first.
    for directory in reversed(program.get("python_path") or []):
        sys.path.insert(0, directory)
    announce_scenario_code()
    if program.get("benchmark"):
        workload = BenchmarkWorkload(program["benchmark"], variant)
    else:
        workload = ScenarioWorkload(program, variant, np)

    state = workload.set_up()
    for _ in range(request.get("warmup", 0)):
        workload.warm_up(state)

    # The timed run (untraced by memray) with the RSS figures, on the post-setup state.
    quiesce()
    # asv's peakmem figure: the process's maximum RSS up to the end of the benchmark, setup,
    # imports and interpreter included (asv reads ru_maxrss after one call).
    hwm_before = vm_hwm()
    rss_before = rss()
    reset_hwm()
    sampler = Sampler(request.get("interval", 0.001))
    sampler.start()
    cpu0, wall0 = time.process_time(), time.perf_counter()
    workload.run(state)
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    sampler.stop()
    rss_peak = max(vm_hwm(), max(r for _, r in sampler.samples))
    workload.tear_down(state)
    del state

    # The exact run, after the setup again (the timed run consumed the first one: it may
    # have rebound, freed or changed its inputs in place).
    state = workload.set_up()
    workspace = tempfile.mkdtemp(prefix="peakmem-numpy-")
    path = os.path.join(workspace, "run.memray")
    try:
        quiesce()
        with memray.Tracker(path, native_traces=True, follow_fork=False):
            # tracemalloc's figures exclude the tracker's own start and stop.
            traced_before, _ = tracemalloc.get_traced_memory()
            tracemalloc.reset_peak()
            traced_wall0 = time.perf_counter()
            workload.run(state)
            traced_wall = time.perf_counter() - traced_wall0
            traced_after, traced_peak = tracemalloc.get_traced_memory()
        accounts, memray_peak = heap_figures(path)
        heap = accounts["heap"]
    finally:
        for entry in os.listdir(workspace):
            os.unlink(os.path.join(workspace, entry))
        os.rmdir(workspace)
    tracemalloc.stop()

    arrays = workload.arrays(state)
    result = workload.result(state, request.get("result_path"))
    workload.tear_down(state)

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
        "asv_peakmem": max(hwm_before, rss_peak),
        "memit_peak_mib": rss_peak / 2**20,
        "memit_increment_mib": (rss_peak - rss_before) / 2**20,
        "time": {"wall": wall, "cpu": cpu},
        "traced_wall_time": traced_wall,
        "timeline": [{"time": t, "rss": r} for t, r in sampler.samples],
        "arrays": arrays,
        "versions": versions(np),
    }
    return measurement, result


# The last characters of the code's output kept in the reply.
OUTPUT_TAIL = 4000


class OutputCapture:
    """Sends file descriptors 1 and 2 (Python's and C's output alike) into a file, keeping a
    private copy of the original standard output for the reply and of standard error for
    crash reports (faulthandler)."""

    def __init__(self, directory):
        sys.stdout.flush()
        sys.stderr.flush()
        self.reply = os.fdopen(os.dup(1), "w")
        self.errors = os.fdopen(os.dup(2), "w")
        self.path = os.path.join(directory, "peakmem-output-%d.txt" % os.getpid())
        self.file = open(self.path, "w")
        os.dup2(self.file.fileno(), 1)
        os.dup2(self.file.fileno(), 2)

    def tail(self):
        """The last OUTPUT_TAIL characters written, or None when nothing was."""
        sys.stdout.flush()
        sys.stderr.flush()
        self.file.flush()
        with open(self.path, "rb") as f:
            f.seek(max(0, os.path.getsize(self.path) - OUTPUT_TAIL))
            text = f.read().decode("utf-8", "replace")
        return text or None

    def close(self):
        self.file.close()
        os.unlink(self.path)


def empty_reply():
    return {"measurement": None, "failure": None, "expectations": [], "result": None,
            "openblas_version": "unknown", "jemalloc_version": "unknown", "numpy": None,
            "output": None, "skipped": None}


def main(arguments):
    # Importing the user's modules must not write __pycache__ directories into their tree.
    sys.dont_write_bytecode = True
    # Scenario code runs in the directory the parent made for this worker, as the Swift
    # worker's does: relative file names (np.memmap, np.save) land there and are removed.
    directory = os.environ.get("PEAKMEM_WORKER_DIRECTORY")
    if directory:
        os.chdir(directory)
    capture = OutputCapture(directory or tempfile.gettempdir())
    try:
        reply(arguments, capture)
    except BaseException:
        # Standard error is the capture file: the parent must see why the driver died.
        capture.errors.write(traceback.format_exc())
        capture.errors.flush()
        raise


def reply(arguments, capture):
    """Runs the mode `arguments` select and writes its reply to the reply stream."""
    try:
        import faulthandler
        faulthandler.enable(file=capture.errors)
    except Exception:
        pass
    if arguments[:1] == ["--discover"]:
        answer = discover(arguments[1:])
    else:
        answer = empty_reply()
        try:
            request = json.load(sys.stdin)
            answer["numpy"], answer["result"] = measure(request)
        except Skip as skip:
            answer["skipped"] = str(skip)
        except Failure as error:
            answer["failure"] = {"kind": error.kind, "message": error.message}
        except Exception as error:
            answer["failure"] = {"kind": "worker", "message": "the NumPy driver failed: %s: %s" % (type(error).__name__, error),
                                 "stderr_tail": traceback.format_exc()[-2000:]}
        answer["output"] = capture.tail()
        if answer["failure"] and answer["output"] and not answer["failure"].get("stderr_tail"):
            answer["failure"]["stderr_tail"] = answer["output"]
    capture.close()
    json.dump(answer, capture.reply)
    capture.reply.flush()

if __name__ == "__main__":
    main(sys.argv[1:])
