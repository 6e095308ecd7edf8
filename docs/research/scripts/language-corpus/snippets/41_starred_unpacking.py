first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
a, b = b, a = 1, 2
print(a, b)
print([*range(3), *"xy"], (*[1, 2],))
