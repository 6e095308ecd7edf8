log = []
for i in range(4):
    try:
        if i == 2:
            raise IndexError(i)
        log.append(i)
    except IndexError as e:
        log.append(f"err{e}")
    finally:
        log.append("f")
print(log)
