words = ["apple", "fig", "cherry"]
print(min(words, key=len), max(words, key=len), max(3, 7, 5), min([4, 2, 8]))
print(max([], default="none"), min((2, "b"), (1, "z")))
