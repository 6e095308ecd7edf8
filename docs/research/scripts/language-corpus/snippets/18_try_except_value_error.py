try:
    int("abc")
except ValueError as error:
    print("caught:", error)
