xs = list(range(10))
del xs[0]
del xs[-2:]
del xs[::3]
print(xs)
y = 1
del y
try:
    print(y)
except NameError as e:
    print("NameError:", e)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
