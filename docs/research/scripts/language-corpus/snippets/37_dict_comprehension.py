squares = {k: k * k for k in range(5)}
print(squares)
inverse = {v: k for k, v in squares.items() if v % 2 == 0}
print(inverse)
