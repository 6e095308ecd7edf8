s = {3, 1, 2, 3}
print(sorted(s), len(s), 2 in s, 5 in s)
evens = {x % 4 for x in range(10)}
print(sorted(evens))
s.add(10)
s.discard(1)
print(sorted(s))
print(sorted(set([1, 2, 2, 3]).union([4])))
