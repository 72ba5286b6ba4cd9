while x:
    try:
        pass
    except* ValueError:
        continue
