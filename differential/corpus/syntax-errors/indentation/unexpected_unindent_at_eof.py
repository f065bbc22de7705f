class C:
    @property
