"""The main window: sidebar, toolbar with the balance indicator, menus, the page registry."""
