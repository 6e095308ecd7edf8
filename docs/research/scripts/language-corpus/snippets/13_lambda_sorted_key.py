words = ["pear", "fig", "banana", "kiwi"]
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=len, reverse=True))
