@a
@
class C:
    pass
