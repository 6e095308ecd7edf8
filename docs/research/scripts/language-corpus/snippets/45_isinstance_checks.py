values = [1, 2.5, "s", [1], (1,), {"a": 1}, {1}, None, True]
for v in values:
    print(isinstance(v, int), isinstance(v, (float, str)), isinstance(v, dict), isinstance(v, set))
