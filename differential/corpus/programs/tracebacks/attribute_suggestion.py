# An AttributeError for a misspelt attribute: CPython 3.11 adds
# "Did you mean: 'output_path'?" to the last line.
print("checks before the failure:")
print([n * n for n in range(4)], "ok".upper(), len("abc"))
class Config:
    def __init__(self):
        self.verbose = True
        self.output_path = "out.txt"
cfg = Config()
print(cfg.verbose)
print(cfg.output_pth)
