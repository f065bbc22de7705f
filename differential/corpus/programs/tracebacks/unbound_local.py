# An augmented assignment to a global without a global statement: UnboundLocalError
# with 3.11's message.
print("checks before the failure:")
print([n * n for n in range(4)], "ok".upper(), len("abc"))
count = 0
def increment():
    count += 1
    return count
print("incrementing")
increment()
