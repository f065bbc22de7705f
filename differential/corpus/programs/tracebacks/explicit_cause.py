# raise ... from e: the cause's traceback first, then the direct-cause separator, then
# the new exception's.
class ConfigError(Exception):
    pass
def read_port(settings):
    try:
        return int(settings["port"])
    except KeyError as e:
        raise ConfigError("port is missing") from e
print(read_port({"port": "80"}))
print(read_port({"host": "x"}))
