def scale(x, factor=2, offset=0.5):
    return x * factor + offset
print(scale(1), scale(1, 3), scale(1, offset=0), scale(x=2, factor=1))
