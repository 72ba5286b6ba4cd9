def gen():
    x = yield 1
    yield from range(x)
async def coro(items):
    async with items as it:
        async for i in it:
            await i
    return [j async for j in items]
async def agen():
    yield 1
    r = [await z for z in w]
    g = (await q for q in w)
