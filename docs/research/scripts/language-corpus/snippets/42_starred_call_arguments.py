def f(a, b, c=0, **kw):
    return a + b + c + sum(kw.values())
args = [1, 2]
opts = {"c": 3, "d": 4}
print(f(*args), f(*args, **opts), f(*[1], 2))
