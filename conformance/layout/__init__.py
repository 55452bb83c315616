"""Differential layout testing against the real Satori: generator, Node helper, committed corpus."""
