def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment
c = make_counter()
c()
c()
print(c())
d = make_counter()
print(d(), c())
