try:
    break
finally:
    continue
