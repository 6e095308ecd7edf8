name = "peak"
n = 42
x = 3.14159
print(f"{name} {n} {x}")
print(f"{n:5d}|{n:<5}|{n:^7}|{n:>6}")
print(f"{x:.2f} {x:10.3f} {x:e} {x:.3g}")
