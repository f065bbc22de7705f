if x:
    def f(): pass
        return
