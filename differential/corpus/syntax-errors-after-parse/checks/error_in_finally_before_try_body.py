def f():
    try:
        return 1
        x = [y async for y in z]
    finally:
        break
