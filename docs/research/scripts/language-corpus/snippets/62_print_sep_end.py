print(1, 2, 3, sep="-", end="!\n")
print("a", "b", sep="")
print()
print([1.5, "x", None, True], (1,), {"k": [1, 2]})
