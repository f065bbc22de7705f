import sys
print(float(10 ** 308) > 1e307)
try:
    float(10 ** 309)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    10 ** 400 / 3
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-8.0) ** 0.5
except Exception as e:
    print(type(e).__name__, e)
print((-8.0) ** 0.5 == (-8) ** 0.5, type((-8.0) ** 0.5).__name__)
print(10 ** 400 // 10 ** 399, (10 ** 400) / (10 ** 399), 1 / 10 ** 400)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig)
print(sys.float_info.mant_dig, sys.float_info.max_10_exp, sys.float_info.radix)
try:
    1.0 / 0.0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 // 0
except ZeroDivisionError as e:
    print(e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(e)
