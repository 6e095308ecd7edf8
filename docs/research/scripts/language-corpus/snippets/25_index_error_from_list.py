items = [1, 2, 3]
try:
    items[5]
except IndexError as e:
    print("IndexError:", e)
