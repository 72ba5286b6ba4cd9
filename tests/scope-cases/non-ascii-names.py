café = 1
def naïve(ü):
    λ = ü
    return [ß for ß in λ], café
class Ωmega:
    __ñ = 1
