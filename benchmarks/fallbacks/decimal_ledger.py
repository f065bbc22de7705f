# Which decimal: CPython's C `_decimal` or its pure-Python `_pydecimal` (the fallback Krait runs).
# A ledger of monthly interest at 28 digits (multiply, quantize, divide, str round trips), five
# rounds, each timed in CPU seconds; `py` as the argument blocks `_decimal` in CPython first.
# See docs/PERFORMANCE.md, "Accelerators or fallbacks".
import sys
import time

if sys.argv[1:] == ["py"]:
    sys.modules["_decimal"] = None
start = time.process_time()
import decimal
from decimal import Decimal, ROUND_HALF_EVEN

imported = time.process_time() - start


def ledger(n):
    total = Decimal(0)
    rate = Decimal("0.0425") / 12
    cent = Decimal("0.01")
    balance = Decimal("1000.00")
    for i in range(n):
        interest = (balance * rate).quantize(cent, rounding=ROUND_HALF_EVEN)
        balance += interest + Decimal(i % 97) / 7
        total += interest
        if balance > 100000:
            balance = Decimal("1000.00")
        assert Decimal(str(balance)) == balance
    return total


rounds = []
for _ in range(5):
    t = time.process_time()
    result = ledger(20000)
    rounds.append(time.process_time() - t)
print("decimal from", "_pydecimal" if "_pydecimal" in sys.modules else "_decimal", result)
print("import %.2f rounds %s" % (imported, " ".join("%.2f" % r for r in rounds)))
