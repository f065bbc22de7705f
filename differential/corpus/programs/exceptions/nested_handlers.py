def risky(n):
    if n % 3 == 0:
        raise ValueError(f"bad {n}")
    if n % 3 == 1:
        raise KeyError(n)
    return n
results = []
for n in range(6):
    try:
        try:
            results.append(risky(n))
        except ValueError as e:
            results.append(f"inner caught {e}")
            if n > 2:
                raise
        finally:
            results.append(f"inner finally {n}")
    except ValueError as e:
        results.append(f"outer caught {e}")
    except KeyError as e:
        results.append(f"outer key {e}")
    else:
        results.append("outer else")
for r in results:
    print(r)
def swallow_in_loop():
    for i in range(3):
        try:
            return i / (i - 1)
        except ZeroDivisionError:
            continue
        finally:
            print("finally for", i)
print(swallow_in_loop())
