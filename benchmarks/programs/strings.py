# String building and str methods: concatenation, join, split, replace, find, upper/lower,
# slicing, formatting with f-strings and str(), startswith/endswith, count, strip.

SIZE = 500000  # quick: 100

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]


def build_line(i):
    parts = []
    for j in range(8):
        word = WORDS[(i * 7 + j * 3) % len(WORDS)]
        if j % 3 == 0:
            word = word.upper()
        elif j % 3 == 1:
            word = word.capitalize()
        parts.append(f"{word}{i % (j + 2)}")
    return " ".join(parts)


def process(n):
    checksum = 0
    text = ""
    for i in range(n):
        line = build_line(i)
        fields = line.split(" ")
        line = line.replace("ALPHA", "omega").replace("eta", "ETA")
        checksum += len(line) + line.find("a") + line.count("E")
        if fields[0].startswith("G") or fields[-1].endswith("3"):
            checksum += 1
        padded = ("  " + fields[1] + "  ").strip().lower()
        checksum += len(padded) + ord(padded[0])
        reversed_line = line[::-1]
        checksum += reversed_line.index(" ")
        text += line[:3]
        if len(text) > 1000:
            checksum += hash(text.lower() == text) + len(text.split("o"))
            text = ""
        checksum += int(str(i)[-1]) + len(repr(fields[2]))
    return checksum % 1000000007


print(process(SIZE))
