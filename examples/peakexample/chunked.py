import numpy as np


def chunked_sum_of_squares(X, rows_per_chunk=1024):
    """The sum of squares of each column of X, reading it a block of rows at a time so that
    the temporaries stay the size of one block."""
    total = np.zeros(X.shape[1])
    for start in range(0, X.shape[0], rows_per_chunk):
        block = X[start:start + rows_per_chunk]
        total += np.einsum("ij,ij->j", block, block)
    return total
