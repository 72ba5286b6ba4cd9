def f():
    try:
        pass
    finally:
        try:
            pass
        except* E:
            return
