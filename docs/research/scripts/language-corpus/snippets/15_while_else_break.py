def find(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            break
        i += 1
    else:
        return -1
    return i
print(find([3, 1, 4], 4), find([3, 1, 4], 9))
