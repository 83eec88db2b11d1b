"""The Transactions page's parts: filters, totals, the ledger table, the chart, exports."""
