match x:
    case [a, *_] | [b, *_]:
        pass
