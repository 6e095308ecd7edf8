import numpy as np


def standardise(X):
    """Each column of X scaled to mean 0 and standard deviation 1 (a new array)."""
    mean = X.mean(axis=0)
    std = X.std(axis=0)
    Z = X - mean
    Z /= std
    return Z
