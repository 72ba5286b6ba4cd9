match x:
    case (_ as y) | z:
        pass
