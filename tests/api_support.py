"""Helpers shared by the tests of kgraph.api (test_api_*.py): a seed-style article and a built graph."""
from __future__ import annotations

# A seed-style article written for these tests (not the shared seed): a phone call that happened, two
# planned meetings resolved against the publication date, and a denied deal.
ARTICLE = """date 2025-07-17 TOKYO: Japan's chief trade negotiator Ryosei Akazawa held talks on US tariffs with US Commerce Secretary Howard Lutnick on Thursday (Jul 17), with Tokyo trying to head off a 25 per cent duty.

The 45-minute phone call went over the tariff measures in detail, Japan's government said in a statement.

Japanese Prime Minister Shigeru Ishiba is due to meet US Treasury Secretary Scott Bessent in Tokyo on Friday, a government spokesman said separately.

Bessent, who is visiting Japan, will attend the World Expo 2025 in Osaka, where Saturday is the US national day. Akazawa will travel to Osaka on Saturday to receive the US delegation headed by Bessent.
"""
DOC_ID = "tokyo-tariff-talks"
