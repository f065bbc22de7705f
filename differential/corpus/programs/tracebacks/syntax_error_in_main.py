# A syntax error in the main file: nothing runs (not even the prints before it), stderr shows
# the SyntaxError with its caret line, and the exit status is 1.
print("never printed: the whole file is compiled first")
def area(w, h):
    return w * h
values = [area(2, 3), area(4, 5)]
print(values)
total = sum(values)
if total > 10
    print("large")
print("unreachable")
