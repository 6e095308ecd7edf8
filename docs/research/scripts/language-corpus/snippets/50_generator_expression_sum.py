total = sum(i * i for i in range(100) if i % 2)
print(total)
g = (c.upper() for c in "abc")
print(next(g), list(g))
