def describe(name, **options):
    keys = sorted(options)
    return name + ": " + ", ".join(f"{k}={options[k]}" for k in keys)
print(describe("run", n=3, dtype="float64"))
print(describe("empty"))
