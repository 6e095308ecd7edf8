results = []
for value in ["1", "x", None]:
    try:
        results.append(int(value))
    except (ValueError, TypeError) as e:
        results.append("bad")
print(results)
