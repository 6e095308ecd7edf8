d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), "a" in d, "z" in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.get("z"), d.get("z", 0), d.pop("b"), d)
d.update({"e": 5}, f=6)
print(d, d.setdefault("g", 7), d)
