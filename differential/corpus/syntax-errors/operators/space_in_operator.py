if a < = b:
    pass
