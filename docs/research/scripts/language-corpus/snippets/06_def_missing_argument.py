def f(a, b):
    return a
try:
    f(1)
except TypeError as error:
    print(error)
try:
    f(1, 2, 3)
except TypeError as error:
    print(error)
try:
    f(1, c=2)
except TypeError as error:
    print(error)
