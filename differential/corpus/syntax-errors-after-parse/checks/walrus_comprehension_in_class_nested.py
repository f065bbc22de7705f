class C:
    def f(self):
        pass
    x = [[(y := 1) for a in b] for c in d]
