"""The Price list page: prices, search, import and export, and the campaign cost calculator."""
