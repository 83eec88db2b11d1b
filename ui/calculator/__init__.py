"""The campaign cost calculator: message editor, recipients, and the cost against the balance."""
