for a in b:
    with a, b:
        with a, b:
            with a, b:
                with a, b:
                    with a, b:
                        with a, b:
                            with a, b:
                                with a, b:
                                    with a, b:
                                        with a, b:
                                            pass
