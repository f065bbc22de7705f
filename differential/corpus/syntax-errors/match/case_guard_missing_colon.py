match point:
    case (x, y) if x > y
        pass
