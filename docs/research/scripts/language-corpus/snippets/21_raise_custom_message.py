def check(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n
try:
    check(-3)
except ValueError as e:
    print(repr(e), str(e))
