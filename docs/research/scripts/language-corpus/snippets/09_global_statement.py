total = 0
def add(n):
    global total
    total += n
for k in range(5):
    add(k)
print(total)
