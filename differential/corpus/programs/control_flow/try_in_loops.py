values = ["10", "x", "0", "5", None, "2.5"]
results = []
for v in values:
    try:
        n = int(v)
        r = 100 // n
    except ValueError:
        results.append(f"{v!r}: not an int")
        continue
    except ZeroDivisionError:
        results.append(f"{v!r}: zero")
        break
    except TypeError:
        results.append(f"{v!r}: wrong type")
    else:
        results.append(f"{v!r}: {r}")
    finally:
        results.append("-")
print(results)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f"attempt {attempts}")
        print("connected after", attempts)
        break
    except ConnectionError as e:
        print("retrying after", e)
count = 0
for i in range(5):
    try:
        if i == 3:
            break
    finally:
        count += 1
print(count)
