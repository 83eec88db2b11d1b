"""The Qt GUI of Credit Desk: widgets, pages, dialogs and item models. Holds no SQL and no rules."""
