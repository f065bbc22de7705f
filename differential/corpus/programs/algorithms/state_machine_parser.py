def parse_csv_line(line):
    fields, field, state = [], [], "start"
    for ch in line:
        if state == "start":
            if ch == '"':
                state = "quoted"
            elif ch == ",":
                fields.append("")
            else:
                field.append(ch)
                state = "plain"
        elif state == "plain":
            if ch == ",":
                fields.append("".join(field)); field = []; state = "start"
            else:
                field.append(ch)
        elif state == "quoted":
            if ch == '"':
                state = "quote_in_quoted"
            else:
                field.append(ch)
        elif state == "quote_in_quoted":
            if ch == '"':
                field.append('"'); state = "quoted"
            elif ch == ",":
                fields.append("".join(field)); field = []; state = "start"
            else:
                raise ValueError(f"unexpected {ch!r} after closing quote")
    if state == "quoted":
        raise ValueError("unterminated quote")
    fields.append("".join(field))
    return fields
for line in ['a,b,c', '"x, y",z', '"say ""hi""",2', ',,', 'single', '"",""', '"open', '"a"b']:
    try:
        print(repr(line), parse_csv_line(line))
    except ValueError as e:
        print(repr(line), "error:", e)
