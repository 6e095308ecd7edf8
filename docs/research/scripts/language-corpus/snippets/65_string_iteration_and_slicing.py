s = "peakmem"
print(s[::-1], s[1:4], s[-3:], [c for c in s if c in "aeiou"])
print(", ".join(f"{i}:{c}" for i, c in enumerate(s[:3])))
