stack = []
for ch in "([{}])":
    if ch in "([{":
        stack.append(ch)
    else:
        opening = stack.pop()
        print(opening + ch, end=" ")
print(stack == [])
queue = [1, 2, 3]
while queue:
    item = queue.pop(0)
    if item < 5:
        queue.append(item * 3)
    print(item, queue)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for c in s:
        if c in "([{":
            st.append(c)
        elif c in pairs:
            if not st or st.pop() != pairs[c]:
                return False
    return not st
print([balanced(s) for s in ["()", "([)]", "{[]}", "((", "", "a(b)c"]])
