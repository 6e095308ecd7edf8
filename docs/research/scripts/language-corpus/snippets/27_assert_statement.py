x = 5
assert x > 0
try:
    assert x < 0, f"x is {x}"
except AssertionError as e:
    print("AssertionError:", e)
