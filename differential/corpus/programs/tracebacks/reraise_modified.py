# An exception caught, given a note and re-raised with a bare raise: the traceback keeps
# the original frames plus the re-raising line.
def parse(text):
    return int(text)
def parse_all(texts):
    out = []
    for t in texts:
        try:
            out.append(parse(t))
        except ValueError as e:
            e.add_note(f"while parsing item {len(out)}")
            raise
    return out
print(parse_all(["1", "2"]))
parse_all(["3", "four"])
