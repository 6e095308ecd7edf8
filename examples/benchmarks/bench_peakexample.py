"""asv-style peakmem benchmarks of peakexample: `peakmem run examples/benchmarks --engine numpy`
measures each body (setup excluded) on real NumPy; asv runs them unchanged."""
import numpy as np

from peakexample import chunked_sum_of_squares, pairwise_distances, standardise


class Standardise:
    params = [[2000, 8000]]
    param_names = ["rows"]

    def setup(self, rows):
        self.X = np.random.default_rng(0).standard_normal((rows, 64))

    def peakmem_standardise(self, rows):
        standardise(self.X)


class PairwiseDistances:
    params = ([500, 1000], [8, 64])
    param_names = ["n", "d"]

    def setup(self, n, d):
        rng = np.random.default_rng(1)
        self.A = rng.standard_normal((n, d))
        self.B = rng.standard_normal((n, d))

    def peakmem_pairwise(self, n, d):
        pairwise_distances(self.A, self.B)


class ChunkedSumOfSquares:
    def setup(self):
        self.X = np.random.default_rng(2).standard_normal((20000, 32))

    def peakmem_chunked_sum_of_squares(self):
        chunked_sum_of_squares(self.X, rows_per_chunk=1000)
