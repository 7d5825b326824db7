"""Helpers shared by the tests of kgraph.api (test_api_*.py): a seed-style article and a built graph."""
from __future__ import annotations

# A seed-style article written for these tests (not the shared seed): a phone call that happened, two
# planned meetings resolved against the publication date, and a denied deal.
ARTICLE = """date 2025-07-17 TOKYO: Japan's top trade negotiator Ryosei Akazawa held talks with US Commerce Secretary Howard Lutnick on US tariffs on Thursday (Jul 17), as Tokyo races to avert a 25 per cent levy.

During the 45-minute phone call, the two sides engaged in deep conversation, Japan's government said in a statement.

Japanese Prime Minister Shigeru Ishiba will meet US Treasury Secretary Scott Bessent in Tokyo on Friday, the Japanese government said in a separate announcement.

Bessent is visiting Japan to attend the US national day at the World Expo 2025 in Osaka on Saturday. Akazawa will be in Osaka on Saturday to receive the US delegation led by Bessent.
"""
DOC_ID = "tokyo-tariff-talks"
