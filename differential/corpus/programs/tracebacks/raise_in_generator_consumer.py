# An exception raised inside a generator while a for loop consumes it: the traceback has
# the loop's line and the generator's frame.
def parse_lines(lines):
    for number, line in enumerate(lines, 1):
        key, value = line.split("=")
        yield key.strip(), int(value)
config = ["a = 1", "b = 2", "c 3", "d = 4"]
for key, value in parse_lines(config):
    print(key, value)
print("done")
