def f():
    try:
        pass
    except ValueError as err:
        def show():
            return err
        return show
    except (TypeError, KeyError) as other:
        pass
try:
    pass
except Exception as e:
    pass
