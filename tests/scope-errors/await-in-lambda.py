async def f():
    return lambda: await x
