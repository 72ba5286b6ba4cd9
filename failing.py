def explode():
    raise ValueError("from failing")
explode()
