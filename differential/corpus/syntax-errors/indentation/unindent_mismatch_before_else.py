while True:
    break
 else:
    pass
