"""The Price list page's parts: the table of prices with its search, import and export."""
