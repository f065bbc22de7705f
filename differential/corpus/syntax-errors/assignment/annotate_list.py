[a]: int = []
