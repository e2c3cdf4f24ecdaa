"""Cities whose clock a document names in words, as teams write it in their own language.

"Paris time", "heure de Paris" (the times': "heures de Paris"), "hora de Madrid", "ora di Roma", "Berliner Zeit",
"Tokyo local time": each names the city's IANA zone. ``app.timezones`` reads them as named zones.
"""

from __future__ import annotations

import re

# A city's clock named in words, as teams write it in their own language: "Paris time", "heure de Paris",
# "hora de Madrid", "ora di Roma", "Berliner Zeit", "Tokyo local time".
CITIES = {
    "paris": "Europe/Paris", "madrid": "Europe/Madrid", "barcelona": "Europe/Madrid", "berlin": "Europe/Berlin",
    "rome": "Europe/Rome", "roma": "Europe/Rome", "milan": "Europe/Rome", "milano": "Europe/Rome",
    "amsterdam": "Europe/Amsterdam", "brussels": "Europe/Brussels", "bruxelles": "Europe/Brussels",
    "vienna": "Europe/Vienna", "wien": "Europe/Vienna", "zurich": "Europe/Zurich", "zürich": "Europe/Zurich",
    "geneva": "Europe/Zurich", "genève": "Europe/Zurich", "stockholm": "Europe/Stockholm", "oslo": "Europe/Oslo",
    "copenhagen": "Europe/Copenhagen", "helsinki": "Europe/Helsinki", "warsaw": "Europe/Warsaw",
    "prague": "Europe/Prague", "lisbon": "Europe/Lisbon", "lisboa": "Europe/Lisbon", "dublin": "Europe/Dublin",
    "london": "Europe/London", "londres": "Europe/London", "athens": "Europe/Athens", "kyiv": "Europe/Kyiv",
    "new york": "America/New_York", "toronto": "America/Toronto", "montreal": "America/Toronto",
    "montréal": "America/Toronto", "chicago": "America/Chicago", "denver": "America/Denver",
    "los angeles": "America/Los_Angeles", "vancouver": "America/Vancouver", "seattle": "America/Los_Angeles",
    "san francisco": "America/Los_Angeles", "mexico": "America/Mexico_City", "méxico": "America/Mexico_City",
    "bogota": "America/Bogota", "bogotá": "America/Bogota", "lima": "America/Lima", "santiago": "America/Santiago",
    "são paulo": "America/Sao_Paulo", "sao paulo": "America/Sao_Paulo",
    # "horário de Brasília", Brazil's official clock (UTC-03:00 since 2019), is named after the capital.
    "brasília": "America/Sao_Paulo", "brasilia": "America/Sao_Paulo",
    "buenos aires": "America/Argentina/Buenos_Aires",
    "sydney": "Australia/Sydney", "melbourne": "Australia/Melbourne", "auckland": "Pacific/Auckland",
    "tokyo": "Asia/Tokyo", "seoul": "Asia/Seoul", "singapore": "Asia/Singapore", "hong kong": "Asia/Hong_Kong",
    "shanghai": "Asia/Shanghai", "beijing": "Asia/Shanghai", "mumbai": "Asia/Kolkata", "delhi": "Asia/Kolkata",
    "bangalore": "Asia/Kolkata", "bengaluru": "Asia/Kolkata", "dubai": "Asia/Dubai", "tel aviv": "Asia/Jerusalem",
    "jerusalem": "Asia/Jerusalem", "nairobi": "Africa/Nairobi", "lagos": "Africa/Lagos", "cairo": "Africa/Cairo",
    "johannesburg": "Africa/Johannesburg", "istanbul": "Europe/Istanbul", "moscow": "Europe/Moscow",
    # Capitals whose teams write their clock by the city: "Kigali time", "Addis Ababa time", "Accra time".
    "kigali": "Africa/Kigali", "kampala": "Africa/Kampala", "addis ababa": "Africa/Addis_Ababa",
    "dar es salaam": "Africa/Dar_es_Salaam", "accra": "Africa/Accra", "abuja": "Africa/Lagos",
    "casablanca": "Africa/Casablanca", "tunis": "Africa/Tunis", "algiers": "Africa/Algiers",
    "kinshasa": "Africa/Kinshasa", "dakar": "Africa/Dakar", "cape town": "Africa/Johannesburg",
    "karachi": "Asia/Karachi", "dhaka": "Asia/Dhaka", "jakarta": "Asia/Jakarta", "manila": "Asia/Manila",
    "bangkok": "Asia/Bangkok", "kuala lumpur": "Asia/Kuala_Lumpur", "riyadh": "Asia/Riyadh", "amman": "Asia/Amman",
}  # fmt: skip
CITY_NAMES = "|".join(sorted((re.escape(city) for city in CITIES), key=len, reverse=True))
CITY_PHRASE = re.compile(
    rf"(?:(?:heures?|horas?|ora|orari|horários?|horarios?)[ \t]+(?:locale[ \t]+|local[ \t]+)?(?:de|di|d'|du)[ \t]*"
    rf"(?P<before>{CITY_NAMES})"
    rf"|(?P<after>{CITY_NAMES})(?:[ \t]+(?:local[ \t]+)?time|er[ \t]+zeit))",
    re.IGNORECASE,
)
