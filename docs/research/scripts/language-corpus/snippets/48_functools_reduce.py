from functools import reduce
print(reduce(lambda a, b: a * b, range(1, 6)))
print(reduce(lambda acc, s: acc + len(s), ["ab", "cde"], 0))
import functools
print(functools.reduce(max, [3, 9, 2]))
