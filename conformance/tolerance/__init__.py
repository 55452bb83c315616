"""The tolerance survey: what the reference does with unknown properties and invalid values."""
