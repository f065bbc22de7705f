if a ! b:
    pass
