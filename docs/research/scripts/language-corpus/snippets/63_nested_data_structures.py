data = {"runs": [{"n": 1, "t": 0.5}, {"n": 2, "t": 0.25}]}
for run in data["runs"]:
    run["rate"] = run["n"] / run["t"]
print([r["rate"] for r in data["runs"]])
print(max(data["runs"], key=lambda r: r["rate"])["n"])
