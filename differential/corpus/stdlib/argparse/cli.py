# argparse on fixed argument lists: subcommands, types, choices, defaults, errors and help.
import argparse
import sys

parser = argparse.ArgumentParser(prog="tool", description="A tool that does things.",
                                 epilog="See the manual.")
parser.add_argument("-v", "--verbose", action="count", default=0, help="more output")
parser.add_argument("--level", type=int, choices=range(1, 4), default=1)
parser.add_argument("--name", required=False, metavar="NAME", help="who to greet")
parser.add_argument("--tag", action="append", dest="tags", default=[])
parser.add_argument("--dry-run", action="store_true")
group = parser.add_mutually_exclusive_group()
group.add_argument("--json", action="store_const", const="json", dest="fmt")
group.add_argument("--csv", action="store_const", const="csv", dest="fmt")
sub = parser.add_subparsers(dest="command")
add = sub.add_parser("add", help="add numbers")
add.add_argument("numbers", nargs="+", type=float)
show = sub.add_parser("show")
show.add_argument("item", nargs="?", default="all")
show.add_argument("--limit", type=int, default=10)

for argv in (["-vv", "--level", "2", "add", "1", "2.5"],
             ["--tag", "a", "--tag=b", "--json", "show", "x", "--limit", "3"],
             ["--dry-run", "show"],
             ["--name=ann", "--csv"]):
    ns = parser.parse_args(argv)
    print(sorted(vars(ns).items()))
print(parser.format_help())
print(add.format_usage())
ns, rest = parser.parse_known_args(["--level", "3", "--unknown", "show", "--more"])
print(ns.level, rest)


class QuietParser(argparse.ArgumentParser):
    def error(self, message):
        print("error:", message)
        raise SystemExit(2)


q = QuietParser(prog="q")
q.add_argument("count", type=int)
q.add_argument("--mode", choices=["fast", "slow"])
for argv in (["x"], ["1", "--mode", "medium"], [], ["1", "2"], ["3", "--mode", "fast"]):
    try:
        print(q.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)
p2 = argparse.ArgumentParser(prog="p2", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p2.add_argument("--size", default=5, help="the size")
p2.add_argument("files", nargs="*", help="inputs")
print(p2.format_help())
try:
    parser.parse_args(["--json", "--csv"])
except SystemExit as e:
    print("exit", e.code)
sys.stderr = sys.stdout
try:
    parser.parse_args(["--level", "9"])
except SystemExit as e:
    print("exit", e.code)
