import math
print(math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.pi)
print(math.log(100, 10), math.log(math.e), math.exp(1), math.hypot(3, 4))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(float("nan")), math.factorial(10), math.gcd(12, 18))
print(math.fsum([0.1] * 10), sum([0.1] * 10))
