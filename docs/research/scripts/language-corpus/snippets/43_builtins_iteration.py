xs = [3, 1, 4, 1, 5, 9, 2, 6]
print(sorted(xs), list(reversed(xs)))
print(list(enumerate("abc", 1)))
print(list(zip(xs, "abcd")))
print(list(map(lambda x: x * 2, xs)), list(filter(lambda x: x > 3, xs)))
print(any(x > 8 for x in xs), all(x > 0 for x in xs), sum(xs), sum(x * x for x in xs))
