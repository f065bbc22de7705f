match p:
    case Point(1, x=0, a, b):
        pass
