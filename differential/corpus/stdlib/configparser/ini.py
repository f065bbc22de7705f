# configparser: reading an INI file from a string, interpolation, types, writing back.
import configparser
import io

text = """
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
home = /home/ann

[bitbucket.org]
User = hg
path = %(home)s/bb

[topsecret.server.com]
Port = 50022
ForwardX11 = no
ratio = 0.75
multi = first line
    second line
"""
cfg = configparser.ConfigParser()
cfg.read_string(text)
print(cfg.sections(), cfg.defaults(), "bitbucket.org" in cfg)
print(cfg["bitbucket.org"]["user"], cfg["bitbucket.org"]["path"], cfg["bitbucket.org"]["compression"])
top = cfg["topsecret.server.com"]
print(top.getint("port"), top.getboolean("forwardx11"), top.getfloat("ratio"), repr(top["multi"]))
print(cfg.get("topsecret.server.com", "missing", fallback="fb"), cfg.getint("bitbucket.org", "serveraliveinterval"))
print(sorted(cfg.options("bitbucket.org")), list(cfg["bitbucket.org"].items())[:2])
cfg["new"] = {"key": "value", "n": "1"}
cfg.set("new", "other", "%(key)s-2")
print(cfg["new"]["other"])
out = io.StringIO()
cfg.write(out)
print(out.getvalue())
raw = configparser.RawConfigParser()
raw.read_string("[s]\na = %(b)s\n")
print(raw.get("s", "a"))
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("[paths]\nroot = /r\nlib = ${root}/lib\n[other]\nx = ${paths:lib}/x\n")
print(ext["other"]["x"])
for bad in ["[s]\nnovalue\n", "no section = 1\n", "[s]\n[s]\n", "[s]\na=%(missing)s\n"]:
    try:
        c = configparser.ConfigParser()
        c.read_string(bad)
        print(c["s"]["a"])
    except configparser.Error as e:
        print(type(e).__name__, str(e).splitlines()[0])
try:
    top.getint("ratio")
except ValueError as e:
    print("ValueError", e)
