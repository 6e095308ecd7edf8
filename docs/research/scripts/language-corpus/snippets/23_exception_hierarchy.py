for exc in (ZeroDivisionError, IndexError, KeyError, ValueError):
    try:
        raise exc("x")
    except ArithmeticError:
        print(exc.__name__, "is arithmetic")
    except LookupError:
        print(exc.__name__, "is lookup")
    except Exception:
        print(exc.__name__, "is other")
