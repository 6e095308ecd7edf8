def total(*values, start=0):
    s = start
    for v in values:
        s += v
    return s
print(total(), total(1, 2, 3), total(1, 2, start=10))
