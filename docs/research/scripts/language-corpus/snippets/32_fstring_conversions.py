s = "text"
print(f"{s!r} {s!s} {s}")
w = 8
p = 3
print(f"{3.14159:{w}.{p}f}|")
print(f"{{braces}} {1 + 2}")
