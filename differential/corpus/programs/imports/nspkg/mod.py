print("running nspkg.mod as", __name__)
VALUE = "from a namespace package"
