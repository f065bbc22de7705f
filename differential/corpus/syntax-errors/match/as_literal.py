match x:
    case [a] as 2:
        pass
