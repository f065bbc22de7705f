# cmd: a small command interpreter driven by a scripted stdin.
import cmd
import io


class Shell(cmd.Cmd):
    prompt = "(toy) "
    intro = "Welcome."

    def __init__(self, stdin, stdout):
        super().__init__(stdin=stdin, stdout=stdout)
        self.use_rawinput = False
        self.total = 0

    def do_add(self, arg):
        """add N: add N to the total"""
        try:
            self.total += int(arg)
        except ValueError:
            self.stdout.write(f"*** not a number: {arg!r}\n")

    def do_show(self, arg):
        self.stdout.write(f"total={self.total}\n")

    def do_quit(self, arg):
        """quit the shell"""
        return True

    def default(self, line):
        self.stdout.write(f"unknown: {line}\n")

    def emptyline(self):
        pass


out = io.StringIO()
Shell(io.StringIO("add 5\nadd x\n\nshow\nfrobnicate 1\nhelp add\nhelp\nquit\nshow\n"), out).cmdloop()
print(out.getvalue())
print(Shell(io.StringIO(), io.StringIO()).completenames("a"), cmd.Cmd().parseline("add 5"))
