import itertools
print(list(itertools.chain([1, 2], (3,), "ab")))
print(list(itertools.product("ab", [0, 1])))
print(list(itertools.accumulate([1, 2, 3, 4])))
print(list(itertools.combinations(range(4), 2)))
print(list(itertools.islice(itertools.count(5, 2), 4)))
