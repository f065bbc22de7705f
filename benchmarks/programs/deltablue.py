# A constraint solver in the style of DeltaBlue: an incremental planner for one-way constraints
# with strengths (required ... weakest). Adding a constraint walks the graph with marks, which
# overrides weaker constraints and re-satisfies them elsewhere; plans are extracted and run many
# times. Object-heavy: small classes, polymorphic method calls, attribute traffic, list scans.

SIZE = 600  # quick: 1

REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = range(7)
NONE, FORWARD, BACKWARD = range(3)


def stronger(a, b):
    return a < b


def weakest_of(a, b):
    return a if a > b else b


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.mark = 0
        self.walk_strength = WEAKEST
        self.stay = True


class Constraint:
    def __init__(self, planner, strength):
        self.planner = planner
        self.strength = strength

    def add(self):
        self.add_to_graph()
        self.planner.incremental_add(self)

    def destroy(self):
        if self.is_satisfied():
            self.planner.incremental_remove(self)
        else:
            self.remove_from_graph()

    def is_input(self):
        return False

    def satisfy(self, mark):
        """Chooses a direction; returns the constraint this one overrode, if any."""
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength == REQUIRED:
                raise RuntimeError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not self.planner.add_propagate(self, mark):
            raise RuntimeError("cycle encountered")
        out.mark = mark
        return overridden


class UnaryConstraint(Constraint):
    def __init__(self, planner, variable, strength):
        super().__init__(planner, strength)
        self.variable = variable
        self.satisfied = False
        self.add()

    def add_to_graph(self):
        self.variable.constraints.append(self)
        self.satisfied = False

    def remove_from_graph(self):
        self.variable.constraints.remove(self)
        self.satisfied = False

    def choose_method(self, mark):
        v = self.variable
        self.satisfied = v.mark != mark and stronger(self.strength, v.walk_strength)

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.variable

    def recalculate(self):
        self.variable.walk_strength = self.strength
        self.variable.stay = not self.is_input()
        if self.variable.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.satisfied = False

    def inputs_known(self, mark):
        return True

    def execute(self):
        pass


class StayConstraint(UnaryConstraint):
    pass


class EditConstraint(UnaryConstraint):
    def is_input(self):
        return True


class BinaryConstraint(Constraint):
    def __init__(self, planner, source, target, strength):
        super().__init__(planner, strength)
        self.source = source
        self.target = target
        self.direction = NONE
        self.add()

    def add_to_graph(self):
        self.source.constraints.append(self)
        self.target.constraints.append(self)
        self.direction = NONE

    def remove_from_graph(self):
        self.source.constraints.remove(self)
        self.target.constraints.remove(self)
        self.direction = NONE

    def choose_method(self, mark):
        s, t = self.source, self.target
        if s.mark == mark:
            ok = t.mark != mark and stronger(self.strength, t.walk_strength)
            self.direction = FORWARD if ok else NONE
        elif t.mark == mark:
            ok = s.mark != mark and stronger(self.strength, s.walk_strength)
            self.direction = BACKWARD if ok else NONE
        elif stronger(t.walk_strength, s.walk_strength):
            self.direction = BACKWARD if stronger(self.strength, s.walk_strength) else NONE
        else:
            self.direction = FORWARD if stronger(self.strength, t.walk_strength) else NONE

    def is_satisfied(self):
        return self.direction != NONE

    def input(self):
        return self.source if self.direction == FORWARD else self.target

    def output(self):
        return self.target if self.direction == FORWARD else self.source

    def mark_inputs(self, mark):
        self.input().mark = mark

    def recalculate(self):
        source, out = self.input(), self.output()
        out.walk_strength = weakest_of(self.strength, source.walk_strength)
        out.stay = source.stay
        if out.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.direction = NONE

    def inputs_known(self, mark):
        v = self.input()
        return v.mark == mark or v.stay or v.determined_by is None


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    """target = source * scale + offset, or backwards source = (target - offset) // scale."""

    def __init__(self, planner, source, scale, offset, target, strength):
        self.scale = scale
        self.offset = offset
        super().__init__(planner, source, target, strength)

    def add_to_graph(self):
        super().add_to_graph()
        self.scale.constraints.append(self)
        self.offset.constraints.append(self)

    def remove_from_graph(self):
        super().remove_from_graph()
        self.scale.constraints.remove(self)
        self.offset.constraints.remove(self)

    def mark_inputs(self, mark):
        super().mark_inputs(mark)
        self.scale.mark = self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.target.value = self.source.value * self.scale.value + self.offset.value
        else:
            self.source.value = (self.target.value - self.offset.value) // self.scale.value

    def recalculate(self):
        source, out = self.input(), self.output()
        out.walk_strength = weakest_of(self.strength, source.walk_strength)
        out.stay = source.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class Plan:
    def __init__(self):
        self.steps = []

    def execute(self):
        for constraint in self.steps:
            constraint.execute()


class Planner:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, constraint):
        mark = self.new_mark()
        overridden = constraint.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, constraint):
        out = constraint.output()
        constraint.mark_unsatisfied()
        constraint.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        for strength in range(REQUIRED, WEAKEST + 1):
            for u in unsatisfied:
                if u.strength == strength:
                    self.incremental_add(u)

    def add_propagate(self, constraint, mark):
        todo = [constraint]
        while todo:
            c = todo.pop()
            if c.output().mark == mark:
                self.incremental_remove(constraint)
                return False
            c.recalculate()
            self.add_consumers(c.output(), todo)
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop()
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for c in v.constraints:
                if c is not determining and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def add_consumers(self, variable, todo):
        determining = variable.determined_by
        for c in variable.constraints:
            if c is not determining and c.is_satisfied():
                todo.append(c)

    def make_plan(self, sources):
        mark = self.new_mark()
        plan = Plan()
        todo = list(sources)
        while todo:
            c = todo.pop()
            if c.output().mark != mark and c.inputs_known(mark):
                plan.steps.append(c)
                c.output().mark = mark
                self.add_consumers(c.output(), todo)
        return plan

    def plan_for_inputs(self, constraints):
        return self.make_plan([c for c in constraints if c.is_input() and c.is_satisfied()])


def chain_test(n):
    """A chain of equalities with a stay at the end and an edit at the start."""
    planner = Planner()
    variables = [Variable("v" + str(i)) for i in range(n + 1)]
    for a, b in zip(variables, variables[1:]):
        EqualityConstraint(planner, a, b, REQUIRED)
    StayConstraint(planner, variables[-1], STRONG_DEFAULT)
    edit = EditConstraint(planner, variables[0], PREFERRED)
    plan = planner.plan_for_inputs([edit])
    total = 0
    for value in range(100):
        variables[0].value = value
        plan.execute()
        if variables[-1].value != value:
            raise RuntimeError("chain test failed")
        total += variables[-1].value
    edit.destroy()
    return total


def change(planner, variable, value):
    edit = EditConstraint(planner, variable, PREFERRED)
    plan = planner.plan_for_inputs([edit])
    for _ in range(10):
        variable.value = value
        plan.execute()
    edit.destroy()


def projection_test(n):
    """Pairs source -> target through one shared scale and offset; edits flow both ways."""
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    sources, targets = [], []
    for i in range(n):
        source = Variable("src" + str(i), i)
        target = Variable("dst" + str(i), i)
        sources.append(source)
        targets.append(target)
        StayConstraint(planner, source, NORMAL)
        ScaleConstraint(planner, source, scale, offset, target, REQUIRED)
    change(planner, sources[0], 17)
    total = targets[0].value
    change(planner, targets[0], 1050)
    total += sources[0].value
    change(planner, scale, 5)
    total += sum(t.value for t in targets)
    change(planner, offset, 2000)
    total += sum(t.value for t in targets)
    return total


checksum = 0
for i in range(SIZE):
    checksum += chain_test(100 + i % 50) + projection_test(100 + i % 50)
print(checksum)
