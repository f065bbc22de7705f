# time.asctime and time.strftime refuse a year below INT_MIN + 1900 (tm_year is a C int).
import time
MIN = -(1 << 31) + 1900; MAX = (1 << 31) - 1
for y in (MAX, MIN, MAX + 1, MIN - 1, -MAX - 1, -1, -1234567890):
    for f in (lambda: time.asctime((y, 6, 1) + (0,) * 6), lambda: time.strftime('%Y', (y,) + (0,) * 8)):
        try: print(y, f())
        except Exception as e: print(y, type(e).__name__, e)
