# A group with more members than the printer shows: "and N more exceptions".
errors = []
for i in range(18):
    try:
        raise ValueError(f"item {i}")
    except ValueError as e:
        errors.append(e)
raise ExceptionGroup("batch failed", errors)
