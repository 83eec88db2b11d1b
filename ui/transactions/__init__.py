"""The Transactions page: filters, totals, the ledger table, the chart, exports."""
