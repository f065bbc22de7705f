if a === b:
    pass
