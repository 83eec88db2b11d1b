"""The common base of the core: database session, migrations, money, messages, countries, PDFs."""
