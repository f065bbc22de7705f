# A help-text formatter built on textwrap: hanging indents for option descriptions.
import textwrap

options = [("-h, --help", "show this help message and exit"),
           ("-o FILE, --output FILE", "write the report to FILE instead of standard output; the file is created or truncated"),
           ("--level {debug,info,warn}", "the minimum level of messages to include in the report, where debug includes everything")]
width = 60
for flag, desc in options:
    head = "  " + flag
    if len(head) > 24:
        print(head)
        print(textwrap.fill(desc, width, initial_indent=" " * 26, subsequent_indent=" " * 26))
    else:
        print(textwrap.fill(desc, width, initial_indent=head.ljust(26), subsequent_indent=" " * 26))
print(textwrap.dedent("""\
        Usage:
          tool [options]
        """))
