print("%d items at %.3f each" % (3, 1.5))
print("%5s|%-5s|%05d|%+.2e" % ("a", "b", 42, 12345.678))
print("%(name)s is %(age)d" % {"name": "x", "age": 7})
print("%x %o %%" % (255, 8))
