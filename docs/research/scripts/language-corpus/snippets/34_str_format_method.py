print("{} + {} = {}".format(1, 2, 3))
print("{0}{1}{0}".format("a", "b"))
print("{name}: {value:.2f}".format(name="pi", value=3.14159))
print("{:>6}|{:<6}|".format("r", "l"))
