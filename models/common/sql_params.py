"""The core's SQL marks its parameters with `?` (SQLite's style); psycopg wants `%s`.

`to_pyformat()` rewrites one statement for psycopg: a `?` outside quotes becomes `%s` and every
`%` (a LIKE pattern, a modulo) is doubled, so psycopg reads it as the character it is. Quoted
text, quoted names and comments are copied as they are, apart from the doubled `%`.

    >>> to_pyformat("SELECT id FROM payment WHERE state = ? AND note LIKE '%?%'")
    "SELECT id FROM payment WHERE state = %s AND note LIKE '%%?%%'"
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=2048)
def to_pyformat(sql: str) -> str:
    """The statement with `?` marks as `%s` and literal `%` as `%%` (see the module's docstring)."""
    if "?" not in sql and "%" not in sql:
        return sql
    out: list[str] = []
    quote = ""  # the quote character we are inside, or "" outside quotes
    i = 0
    while i < len(sql):
        char = sql[i]
        if char == "%":
            out.append("%%")
        elif quote:
            out.append(char)
            if char == quote:
                quote = ""  # a doubled quote ('it''s') closes and reopens: same result
        elif char in "'\"":
            quote = char
            out.append(char)
        elif char == "-" and sql.startswith("--", i):
            end = sql.find("\n", i)
            end = len(sql) if end < 0 else end
            out.append(sql[i:end].replace("%", "%%"))
            i = end
            continue
        elif char == "?":
            out.append("%s")
        else:
            out.append(char)
        i += 1
    return "".join(out)
