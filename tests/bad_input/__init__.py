"""The catalogue of bad input and faults: each case must end in a clear message and change nothing."""
