"""Application settings: stored under dotted keys, each validated by its kind.

store.py holds the machinery and most settings; the modules below register theirs when the
package loads, so that every setting is known wherever settings are read.
"""

from models.settings import (  # noqa: F401
    exchange_rate_settings,
    seller_register,
    sending,
    store,
    top_up_minimum,
)
