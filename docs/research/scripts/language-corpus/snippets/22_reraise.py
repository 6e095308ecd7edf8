def inner():
    raise KeyError("missing")
try:
    try:
        inner()
    except KeyError:
        print("inner handler")
        raise
except LookupError as e:
    print("outer: LookupError caught", e)
