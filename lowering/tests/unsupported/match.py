# error: 2:1: unsupported: 'match'
match 1:
    case 1:
        pass
