def attempt(x):
    log = []
    try:
        y = 10 // x
    except ZeroDivisionError:
        log.append("zero")
    else:
        log.append(f"ok {y}")
    finally:
        log.append("done")
    return log
print(attempt(2), attempt(0))
