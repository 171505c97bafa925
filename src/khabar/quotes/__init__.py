"""Quotations: who said what, direct and indirect, with the speaker resolved (stage "quotes")."""
