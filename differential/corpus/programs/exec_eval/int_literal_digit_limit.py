# A decimal int literal with more digits than sys.get_int_max_str_digits() is a SyntaxError
# when the source is compiled (with a hint to use hexadecimal); hex, binary and octal literals
# and literals under 641 digits are never checked.
import sys

print(sys.get_int_max_str_digits())
for limit in (4300, 1000, 0):
    sys.set_int_max_str_digits(limit)
    for src in ["1" * 4301, "1" * 1001, "1" * 640, "0x" + "f" * 5000, "1_" * 1000 + "1",
                "x = 1\ny = (2 +\n  " + "9" * 4500 + ")", "1" * 5000 + ".5", "1" * 5000 + "j"]:
        try:
            code = compile(src, "<digits>", "exec")
            print(limit, len(src), "compiled")
        except SyntaxError as e:
            print(limit, len(src), "SyntaxError:", e.msg, e.lineno, e.offset, e.end_lineno,
                  e.end_offset)
sys.set_int_max_str_digits(4300)
