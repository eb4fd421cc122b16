"""Copies of the real HMICFRS texts (OGL) from the casegen text lists."""
