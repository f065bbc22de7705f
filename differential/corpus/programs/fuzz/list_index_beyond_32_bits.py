# Found by the whole-program fuzzer (RunCampaignTest, seed 405 without sets): an index that
# fits in 64 bits is out of range ("list index out of range"); only one beyond Py_ssize_t
# "cannot fit 'int' into an index-sized integer".
items = [10, 2, 1]
for i in [2, -3, 3, 2 ** 31, -(2 ** 31) - 1, -2126747776454662571, 2 ** 63 - 1, -(2 ** 63),
          2 ** 63, -(10 ** 30)]:
    try:
        print(i, items[i])
    except IndexError as e:
        print(i, type(e).__name__, e)
    try:
        print(i, (1, 2, 3)[i])
    except IndexError as e:
        print(i, type(e).__name__, e)
    try:
        print(i, "abc"[i])
    except IndexError as e:
        print(i, type(e).__name__, e)
