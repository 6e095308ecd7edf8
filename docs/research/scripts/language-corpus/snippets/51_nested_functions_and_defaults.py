def outer(n):
    def inner(k, scale=n):
        return k * scale
    return [inner(k) for k in range(3)]
print(outer(2), outer(5))
