import sys
print(sys.get_int_max_str_digits(), sys.int_info.str_digits_check_threshold)
big = 10 ** 4300
try:
    str(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1" * 5000)
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(10 ** 4299)), len(hex(big)), int("1" * 4300) % 9)
sys.set_int_max_str_digits(10000)
print(len(str(big)))
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(4300)
print(f"{2 ** 100:,}", format(10 ** 30, "e"))
