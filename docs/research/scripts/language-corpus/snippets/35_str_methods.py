s = "  Hello, World  "
print(s.strip() + "|", s.lstrip() + "|", s.rstrip() + "|")
print(s.strip().lower(), s.strip().upper())
print("a,b,,c".split(","), "a b  c".split(), "a b c".split(" ", 1))
print("-".join(["x", "y", "z"]), "ab".replace("a", "A"))
print("prefix_name".startswith("prefix"), "file.py".endswith((".py", ".txt")))
print("banana".find("na"), "banana".count("a"), "7".zfill(3), "x".center(5, "*"))
