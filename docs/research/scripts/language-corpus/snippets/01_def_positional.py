def add(a, b):
    return a + b
print(add(2, 3), add(b=1, a=4))
