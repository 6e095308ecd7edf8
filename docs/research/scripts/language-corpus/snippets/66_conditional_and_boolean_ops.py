def classify(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"
print([classify(n) for n in (-2, 0, 3)])
print(0 or "default", 1 and "second", not [], [] or {} or "last")
