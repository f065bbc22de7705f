def g():
    def f(x=await y):
        pass
