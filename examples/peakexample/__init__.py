"""A small array-processing package, the code peakmem's examples measure."""
from .chunked import chunked_sum_of_squares
from .distances import pairwise_distances
from .standardise import standardise

__all__ = ["chunked_sum_of_squares", "pairwise_distances", "standardise"]
