# graphlib: topological ordering of a build graph, incremental processing, and cycles.
from graphlib import TopologicalSorter, CycleError

deps = {"app": {"lib", "utils"}, "lib": {"core"}, "utils": {"core"}, "tests": {"app"}, "core": set()}
ts = TopologicalSorter(deps)
order = list(ts.static_order())
print(order.index("core") < order.index("lib") < order.index("app") < order.index("tests"), len(order))
ts = TopologicalSorter()
for node, d in sorted(deps.items()):
    ts.add(node, *sorted(d))
ts.prepare()
rounds = []
while ts.is_active():
    ready = sorted(ts.get_ready())
    rounds.append(ready)
    ts.done(*ready)
print(rounds)
try:
    list(TopologicalSorter({"a": {"b"}, "b": {"c"}, "c": {"a"}}).static_order())
except CycleError as e:
    print("CycleError", e.args[0], sorted(e.args[1]))
try:
    t = TopologicalSorter({"a": set()})
    t.get_ready()
except ValueError as e:
    print("ValueError", e)
