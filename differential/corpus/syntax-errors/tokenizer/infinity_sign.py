limit = 1 + ∞
