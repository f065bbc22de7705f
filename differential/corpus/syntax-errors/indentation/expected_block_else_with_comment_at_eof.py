for x in y:
    pass
else:  # no body
