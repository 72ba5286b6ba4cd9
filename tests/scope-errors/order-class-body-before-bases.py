class C((yield)):
    return
