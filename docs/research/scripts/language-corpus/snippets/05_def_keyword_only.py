def clip(x, *, low=0, high=10):
    return max(low, min(high, x))
print(clip(-5), clip(50), clip(5, high=4), clip(3, low=4))
try:
    clip(1, 2)
except TypeError as error:
    print("TypeError:", error)
