print("total:",
      total
      "items")
