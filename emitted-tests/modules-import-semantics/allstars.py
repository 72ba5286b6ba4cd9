__all__ = ['exported']
exported = 'yes'
internal = 'no'
