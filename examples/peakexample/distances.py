import numpy as np


def pairwise_distances(A, B):
    """The Euclidean distance between every row of A and every row of B, through
    |a - b|^2 = |a|^2 + |b|^2 - 2 a.b (one matrix product, no n x m x d intermediate)."""
    squared = np.einsum("ij,ij->i", A, A)[:, None] + np.einsum("ij,ij->i", B, B)[None, :]
    squared -= 2.0 * (A @ B.T)
    np.maximum(squared, 0.0, out=squared)
    return np.sqrt(squared, out=squared)
