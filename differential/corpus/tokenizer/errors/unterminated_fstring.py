x = f"{a}
