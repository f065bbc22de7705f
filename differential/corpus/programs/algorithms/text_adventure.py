rooms = {
    "hall": {"desc": "a long hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "dusty shelves", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "smells of bread", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "dark and damp", "exits": {"up": "kitchen"}, "items": ["wine"], "locked": True},
}
state = {"room": "hall", "inventory": []}
def do(command):
    verb, _, noun = command.partition(" ")
    room = rooms[state["room"]]
    if verb == "look":
        return f"{room['desc']}; items: {', '.join(room['items']) or 'none'}; exits: {sorted(room['exits'])}"
    if verb == "go":
        target = room["exits"].get(noun)
        if target is None:
            return "you cannot go that way"
        if rooms[target].get("locked") and "key" not in state["inventory"]:
            return "the door is locked"
        state["room"] = target
        return f"you enter the {target}"
    if verb == "take":
        if noun in room["items"]:
            room["items"].remove(noun)
            state["inventory"].append(noun)
            return f"taken: {noun}"
        return f"no {noun} here"
    if verb == "inventory":
        return ", ".join(state["inventory"]) or "empty-handed"
    return f"unknown command {verb!r}"
script = ["look", "take lamp", "go east", "go down", "go west", "go north", "take key", "take sword",
          "go south", "go east", "go down", "look", "take wine", "inventory", "dance"]
for cmd in script:
    print(f"> {cmd}\n{do(cmd)}")
