# getopt and optparse on fixed argument lists.
import getopt
import optparse

print(getopt.getopt(["-a", "-b", "val", "--long=x", "--flag", "rest", "-c"], "ab:c", ["long=", "flag"]))
print(getopt.gnu_getopt(["file", "-a", "--long", "y", "more"], "a", ["long="]))
for argv in (["-z"], ["--long"], ["-b"], ["--fla"]):
    try:
        getopt.getopt(argv, "ab:", ["long=", "flag", "flat"])
    except getopt.GetoptError as e:
        print("GetoptError", e.msg, e.opt)
p = optparse.OptionParser(usage="%prog [options] files", prog="prog")
p.add_option("-v", "--verbose", action="store_true", dest="verbose", default=False, help="talk")
p.add_option("-n", type="int", dest="count", default=1, metavar="N")
p.add_option("--mode", choices=["a", "b"], default="a")
opts, args = p.parse_args(["-v", "-n", "3", "x", "--mode=b", "y"])
print(opts.verbose, opts.count, opts.mode, args)
print(p.format_help())
