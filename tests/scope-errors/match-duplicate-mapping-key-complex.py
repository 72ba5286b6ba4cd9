match x:
    case {-2j: a, -2j: b}:
        pass
