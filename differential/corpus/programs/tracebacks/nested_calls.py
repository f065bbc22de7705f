# An error three calls deep: a frame per call (<module>, main, load, <listcomp>, parse)
# with the markers 3.11 draws under each call expression.
def parse(text):
    return int(text)
def load(items):
    return [parse(item) for item in items]
def main():
    print("loading")
    data = load(["1", "2", "three"])
    print(data)
main()
