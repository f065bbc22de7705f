class A:
    def f(self):
        if x:
            for y in z:
                while w:
                    a b c
