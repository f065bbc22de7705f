match x:
    case (1 as a) | (2 as a) as a:
        pass
