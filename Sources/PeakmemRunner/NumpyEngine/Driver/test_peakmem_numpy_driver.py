"""Unit tests of the NumPy driver's protocol pieces (run by `make test`, `make driver-test`):

    cd Sources/PeakmemRunner/NumpyEngine/Driver && python3 -m unittest test_peakmem_numpy_driver
"""
import json
import os
import subprocess
import sys
import tempfile
import textwrap
import unittest

import peakmem_numpy_driver as driver

DRIVER = os.path.abspath(driver.__file__)


def have(*modules):
    try:
        for module in modules:
            __import__(module)
        return True
    except ImportError:
        return False


class Files:
    """A temporary directory with files; removed with the context."""

    def __init__(self, files):
        self.files = files

    def __enter__(self):
        self.directory = tempfile.TemporaryDirectory()
        for name, text in self.files.items():
            path = os.path.join(self.directory.name, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as f:
                f.write(textwrap.dedent(text))
        return self.directory.name

    def __exit__(self, *exc):
        # Modules imported from the directory must not leak into the next test.
        for name in [m for m, module in sys.modules.items()
                     if (getattr(module, "__file__", None) or "").startswith(self.directory.name)]:
            del sys.modules[name]
        if self.directory.name in sys.path:
            sys.path.remove(self.directory.name)
        self.directory.cleanup()


class AccountTests(unittest.TestCase):
    def test_peak_is_the_highest_live_total(self):
        account = driver.Account()
        account.allocate(1, 100)
        account.allocate(2, 50)
        account.free(1)
        account.allocate(3, 80)
        self.assertEqual((account.current, account.peak, account.count, account.total), (130, 150, 3, 230))

    def test_freeing_an_unknown_address_changes_nothing(self):
        account = driver.Account()
        account.allocate(1, 10)
        account.free(99)
        self.assertEqual(account.current, 10)


class FrameCategoryTests(unittest.TestCase):
    def test_blas_frames(self):
        for name in ("cblas_dgemm", "scipy_cblas_dgemm64_", "dsyrk_thread_UT", "dgemm_thread_tn", "openblas_memory", "blas_memory_alloc"):
            self.assertTrue(driver.BLAS_FRAME.search(name), name)
        self.assertFalse(driver.BLAS_FRAME.search("cblas_matrixproduct"))

    def test_interpreter_frames(self):
        for name in ("_PyObject_Malloc", "PyObject_Realloc", "tracemalloc_add_trace", "_Py_hashtable_set"):
            self.assertTrue(driver.INTERPRETER_FRAME.search(name), name)
        self.assertFalse(driver.INTERPRETER_FRAME.search("PyDataMem_UserNEW"))


class CompileBlockTests(unittest.TestCase):
    def test_syntax_error_names_the_file_line_and_column(self):
        block = {"text": "x = 1\ny = (\n", "file": "s.yaml", "first_line": 7, "indent": 4}
        with self.assertRaises(driver.Failure) as raised:
            driver.compile_block(block)
        self.assertEqual(raised.exception.kind, "error")
        self.assertRegex(raised.exception.message, r"^s\.yaml:8:9: error: SyntaxError: ")

    def test_error_position_is_the_line_in_the_scenario_file(self):
        block = {"text": "a = 1\nb = a / 0\n", "file": "s.yaml", "first_line": 10}
        code = driver.compile_block(block)
        workload = driver.ScenarioWorkload.__new__(driver.ScenarioWorkload)
        workload.variant, workload.files = "v", {"s.yaml"}
        with self.assertRaises(driver.Failure) as raised:
            workload.execute(code, {})
        self.assertEqual(raised.exception.message,
                         "s.yaml:11: error: ZeroDivisionError: division by zero (variant 'v' on NumPy)")


class ParamsTests(unittest.TestCase):
    class Flat:
        params = [1, 2, 3]

    class Nested:
        params = [[1, 2], ["a", "b", "c"]]
        param_names = ["n"]

    def test_a_flat_list_is_one_parameter(self):
        self.assertEqual(driver.normalized_params([self.Flat]), ([[1, 2, 3]], ["param1"]))

    def test_names_are_completed_as_asv_does(self):
        self.assertEqual(driver.normalized_params([self.Nested]), ([[1, 2], ["a", "b", "c"]], ["n", "param2"]))

    def test_no_params(self):
        self.assertEqual(driver.normalized_params([object()]), ([], []))


class DiscoveryTests(unittest.TestCase):
    def test_module_name_follows_packages(self):
        with Files({"benchmarks/__init__.py": "", "benchmarks/sub/__init__.py": "", "benchmarks/sub/b.py": ""}) as root:
            module, path = driver.module_location(os.path.join(root, "benchmarks/sub/b.py"))
            self.assertEqual((module, path), ("benchmarks.sub.b", root))

    def test_functions_methods_params_and_timeout_in_file_order(self):
        with Files({"bench_a.py": """
                import numpy as np

                def peakmem_ones():
                    np.ones(10)

                def helper():
                    pass

                class Sizes:
                    params = ([10, 20], ['C', 'F'])
                    param_names = ['n', 'order']
                    timeout = 30

                    def setup(self, n, order):
                        self.x = np.ones((n, n), order=order)

                    def peakmem_copy(self, n, order):
                        self.x.copy()

                    def time_copy(self, n, order):
                        pass
                """}) as root:
            entry = driver.discover_file(os.path.join(root, "bench_a.py"))
        self.assertIsNone(entry["syntax_error"])
        self.assertIsNone(entry["import_error"])
        self.assertEqual(entry["module"], "bench_a")
        self.assertEqual([(b["class"], b["function"]) for b in entry["benchmarks"]],
                         [(None, "peakmem_ones"), ("Sizes", "peakmem_copy")])
        sizes = entry["benchmarks"][1]
        self.assertEqual(sizes["params"], [["10", "20"], ["'C'", "'F'"]])
        self.assertEqual(sizes["param_names"], ["n", "order"])
        self.assertEqual(sizes["timeout"], 30.0)
        self.assertEqual(entry["benchmarks"][0]["timeout"], None)

    def test_syntax_error_gives_line_and_column(self):
        with Files({"bad.py": "def peakmem_x():\n    return (1,\n"}) as root:
            entry = driver.discover_file(os.path.join(root, "bad.py"))
        self.assertEqual(entry["syntax_error"]["line"], 2)
        self.assertEqual(entry["benchmarks"], [])

    def test_import_error_keeps_the_benchmarks_found_in_the_syntax_tree(self):
        with Files({"needs.py": "import not_a_module_peakmem\n\nclass A:\n    def peakmem_x(self):\n        pass\n"}) as root:
            entry = driver.discover_file(os.path.join(root, "needs.py"))
        self.assertRegex(entry["import_error"], r"needs\.py:1: ModuleNotFoundError: No module named 'not_a_module_peakmem'")
        self.assertEqual(entry["benchmarks"], [{"class": "A", "function": "peakmem_x", "line": 4,
                                                "params": [], "param_names": [], "timeout": None}])


class BenchmarkWorkloadTests(unittest.TestCase):
    SOURCE = """
        calls = []

        def setup(*args):
            calls.append(("module setup",) + args)

        def teardown(*args):
            calls.append(("module teardown",) + args)

        class Suite:
            params = [1, 2]

            def setup(self, n):
                calls.append(("class setup", n))

            def teardown(self, n):
                calls.append(("class teardown", n))

            def peakmem_run(self, n):
                calls.append(("run", n))

        def peakmem_alone():
            calls.append(("alone",))
        peakmem_alone.setup = lambda: calls.append(("function setup",))

        class Unavailable:
            def setup(self):
                raise NotImplementedError("no GPU")

            def peakmem_x(self):
                pass
        """

    def workload(self, root, cls, function, index=0):
        spec = {"module": "bench_order", "root": root, "class": cls, "function": function, "param_index": index}
        return driver.BenchmarkWorkload(spec, "v")

    def test_setups_run_module_then_class_and_teardowns_class_then_module(self):
        with Files({"bench_order.py": self.SOURCE}) as root:
            workload = self.workload(root, "Suite", "peakmem_run", index=1)
            state = workload.set_up()
            workload.run(state)
            workload.tear_down(state)
            self.assertEqual(workload.module.calls, [("module setup", 2), ("class setup", 2), ("run", 2),
                                                     ("class teardown", 2), ("module teardown", 2)])

    def test_function_level_setup_runs_last(self):
        with Files({"bench_order.py": self.SOURCE}) as root:
            workload = self.workload(root, None, "peakmem_alone")
            workload.run(workload.set_up())
            self.assertEqual(workload.module.calls, [("module setup",), ("function setup",), ("alone",)])

    def test_not_implemented_in_setup_skips(self):
        with Files({"bench_order.py": self.SOURCE}) as root:
            with self.assertRaises(driver.Skip):
                self.workload(root, "Unavailable", "peakmem_x").set_up()


@unittest.skipUnless(have("numpy", "memray"), "numpy and memray are not installed")
class ProtocolTests(unittest.TestCase):
    """The driver as the parent starts it: a request on standard input, a reply on standard output."""

    def run_driver(self, request, arguments=(), directory=None):
        environment = dict(os.environ, PEAKMEM_WORKER_DIRECTORY=directory or tempfile.gettempdir())
        process = subprocess.run([sys.executable, DRIVER, *arguments], input=json.dumps(request).encode(),
                                 capture_output=True, env=environment, check=True)
        return json.loads(process.stdout)

    def scenario_request(self, run, setup="x = np.ones(n)"):
        block = lambda text, line: {"text": text, "file": "s.yaml", "first_line": line, "indent": 2}  # noqa: E731
        return {"variant": "v", "warmup": 0, "interval": 0.01,
                "numpy": {"parameters": {"n": "1000"}, "setup": [block(setup, 3)], "run": block(run, 5),
                          "result": None, "python_path": []}}

    def test_reply_has_the_figures_and_the_output_tail(self):
        reply = self.run_driver(self.scenario_request("y = x * 2\nprint('made', y.nbytes)\nos.write(1, b'C level\\n')",
                                                      setup="import os\nx = np.ones(n)"))
        self.assertIsNone(reply["failure"])
        self.assertEqual(reply["numpy"]["peak_increment"], 8000)
        self.assertGreater(reply["numpy"]["asv_peakmem"], 0)
        self.assertEqual(reply["output"].count("made 8000\n"), 2)  # the timed and the exact run
        self.assertIn("C level", reply["output"])

    def test_a_failure_carries_the_output(self):
        reply = self.run_driver(self.scenario_request("print('before')\ny = x.reshape(3, 7)"))
        self.assertEqual(reply["failure"]["kind"], "error")
        self.assertRegex(reply["failure"]["message"], r"^s\.yaml:6: error: ValueError: cannot reshape")
        self.assertIn("before", reply["failure"]["stderr_tail"])

    def test_python_path_comes_first(self):
        with Files({"mine/helpers.py": "import numpy as np\ndef double(a):\n    return a * 2\n"}) as root:
            request = self.scenario_request("from helpers import double\ny = double(x)")
            request["numpy"]["python_path"] = [os.path.join(root, "mine")]
            reply = self.run_driver(request)
        self.assertIsNone(reply["failure"])
        self.assertEqual(reply["numpy"]["peak_increment"], 8000)

    def test_discover_mode(self):
        with Files({"b.py": "def peakmem_x():\n    pass\n"}) as root:
            reply = self.run_driver({}, ["--discover", os.path.join(root, "b.py")])
        self.assertEqual([b["function"] for b in reply[0]["benchmarks"]], ["peakmem_x"])


if __name__ == "__main__":
    unittest.main()
