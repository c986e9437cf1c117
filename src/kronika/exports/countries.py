"""ISO 3166-1 codes of the countries this war's news names most: alpha-2 → alpha-3, numeric, name."""

from __future__ import annotations

from typing import Final

COUNTRIES: Final[dict[str, tuple[str, int, str]]] = {
    "UA": ("UKR", 804, "Ukraine"),
    "RU": ("RUS", 643, "Russia"),
    "BY": ("BLR", 112, "Belarus"),
    "MD": ("MDA", 498, "Moldova"),
    "PL": ("POL", 616, "Poland"),
    "RO": ("ROU", 642, "Romania"),
    "DE": ("DEU", 276, "Germany"),
    "FR": ("FRA", 250, "France"),
    "GB": ("GBR", 826, "United Kingdom"),
    "US": ("USA", 840, "United States"),
    "CZ": ("CZE", 203, "Czech Republic"),
    "IT": ("ITA", 380, "Italy"),
    "TR": ("TUR", 792, "Turkey"),
    "VA": ("VAT", 336, "Vatican City"),
    "SA": ("SAU", 682, "Saudi Arabia"),
    "BE": ("BEL", 56, "Belgium"),
    "KP": ("PRK", 408, "North Korea"),
    "GE": ("GEO", 268, "Georgia"),
    "LT": ("LTU", 440, "Lithuania"),
    "LV": ("LVA", 428, "Latvia"),
    "EE": ("EST", 233, "Estonia"),
    "FI": ("FIN", 246, "Finland"),
    "SK": ("SVK", 703, "Slovakia"),
    "HU": ("HUN", 348, "Hungary"),
    "NL": ("NLD", 528, "Netherlands"),
}

# ACLED's regions for the countries above (ACLED codebook region names).
ACLED_REGION: Final[dict[str, str]] = {
    "UA": "Europe", "RU": "Europe", "BY": "Europe", "MD": "Europe", "PL": "Europe", "RO": "Europe",
    "DE": "Europe", "FR": "Europe", "GB": "Europe", "CZ": "Europe", "IT": "Europe", "VA": "Europe",
    "BE": "Europe", "GE": "Caucasus and Central Asia", "LT": "Europe", "LV": "Europe", "EE": "Europe",
    "FI": "Europe", "SK": "Europe", "HU": "Europe", "NL": "Europe", "TR": "Middle East",
    "SA": "Middle East", "US": "North America", "KP": "East Asia",
}
