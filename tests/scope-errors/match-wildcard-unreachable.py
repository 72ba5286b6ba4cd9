match x:
    case _:
        pass
    case b:
        pass
