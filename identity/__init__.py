"""Identity documents: the one rule deciding whether an ID number can be genuine (identity.numbers)."""
