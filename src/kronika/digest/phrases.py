"""The wording of the daily chronicle in English and French, as small typed tables.

Every line of a digest is assembled from these phrases and the event's fields; nothing
here comes from an article. A missing entry falls back to the English word or to the
field value itself, so a new subtype or unit still renders (in English) rather than fail.
"""

from __future__ import annotations

from typing import Final

LANGS: Final = ("en", "fr")
FORMATS: Final = ("md", "html")

SECTIONS: Final = ("diplomacy", "strikes", "disruptions", "cyber", "other")

SECTION_OF_TYPE: Final[dict[str, str]] = {
    "contact": "diplomacy",
    "statement": "diplomacy",
    "sanction": "diplomacy",
    "deployment": "diplomacy",
    "aid": "diplomacy",
    "attack": "strikes",
    "interception": "strikes",
    "damage": "strikes",
    "disruption": "disruptions",
    "cyber_operation": "cyber",
    "other": "other",
}

TEXT: Final[dict[str, dict[str, str]]] = {
    "en": {
        "heading": "Day {n} of the full-scale war — {date}",
        "title": "Chronicle",
        "empty": "No events stored for this day.",
        "count": "Events: {events}; documents: {docs}.",
        "sources": "Sources",
        "unavailable": "document not available",
        "and": "and",
        "list_sep": ", ",
        "diplomacy": "Diplomacy and statements",
        "strikes": "Strikes and air defence",
        "disruptions": "Disruptions",
        "cyber": "Cyber operations",
        "other": "Other events",
        "on": "on {date}",
        "in_month": "in {date}",
        "in_year": "in {year}",
        "range": "from {start} to {end}",
        "according": "according to {source}",
        "via": "via {via}",
        "claims": "{source} claims",
        "claimed": "unverified claim",
        "alleged": "allegedly",
        "denies": "{source} denies",
        "denied": "denied",
        "considered": "considered",
        "back": "back to the text",
        "copies": "also relayed as {names}",
        "colon": ": ",
        "semicolon": "; ",
    },
    "fr": {
        "heading": "Jour {n} de la guerre — {date}",
        "title": "Chronique",
        "empty": "Aucun événement enregistré pour ce jour.",
        "count": "Événements : {events} ; documents : {docs}.",
        "sources": "Sources",
        "unavailable": "document indisponible",
        "and": "et",
        "list_sep": ", ",
        "diplomacy": "Diplomatie et déclarations",
        "strikes": "Frappes et défense aérienne",
        "disruptions": "Perturbations",
        "cyber": "Cyberopérations",
        "other": "Autres événements",
        "on": "le {date}",
        "in_month": "en {date}",
        "in_year": "en {year}",
        "range": "du {start} au {end}",
        "according": "selon {source}",
        "via": "via {via}",
        "claims": "{source} affirme",
        "claimed": "affirmation non vérifiée",
        "alleged": "prétendument",
        "denies": "{source} dément",
        "denied": "démenti",
        "considered": "envisagé",
        "back": "retour au texte",
        "copies": "repris aussi par {names}",
        "colon": "\u00a0: ",
        "semicolon": "\u00a0; ",
    },
}

MONTHS: Final[dict[str, tuple[str, ...]]] = {
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ),
}

# (type, subtype) → label; (type, None) is the fallback for a type with an unknown subtype.
LABELS: Final[dict[str, dict[tuple[str, str | None], str]]] = {
    "en": {
        ("attack", None): "Attack",
        ("attack", "drone"): "Drone attack",
        ("attack", "missile"): "Missile strike",
        ("attack", "air"): "Air strike",
        ("attack", "artillery"): "Artillery shelling",
        ("attack", "ground"): "Ground assault",
        ("attack", "mixed"): "Combined missile and drone attack",
        ("interception", None): "Air defence interception",
        ("interception", "drone"): "Drones shot down",
        ("interception", "missile"): "Missiles shot down",
        ("interception", "aircraft"): "Aircraft shot down",
        ("damage", None): "Damage",
        ("damage", "fire"): "Fire",
        ("damage", "destruction"): "Destruction",
        ("damage", "casualties"): "Casualties",
        ("cyber_operation", None): "Cyber operation",
        ("cyber_operation", "campaign"): "Cyber campaign",
        ("cyber_operation", "intrusion"): "Cyber intrusion",
        ("cyber_operation", "espionage"): "Cyber espionage",
        ("cyber_operation", "ddos"): "DDoS attack",
        ("cyber_operation", "wiper"): "Wiper attack",
        ("disruption", None): "Disruption",
        ("disruption", "airport"): "Airport restrictions",
        ("disruption", "mobile_internet"): "Mobile internet shut down",
        ("disruption", "communications"): "Communications disrupted",
        ("disruption", "power"): "Power outage",
        ("disruption", "rail"): "Rail traffic disrupted",
        ("contact", None): "Contact",
        ("contact", "call"): "Phone call",
        ("contact", "meeting"): "Meeting",
        ("contact", "negotiation"): "Talks",
        ("statement", None): "Statement",
        ("statement", "remark"): "Statement",
        ("statement", "assessment"): "Assessment",
        ("statement", "demand"): "Demand",
        ("statement", "refusal"): "Refusal",
        ("sanction", None): "Sanctions",
        ("sanction", "imposed"): "Sanctions imposed",
        ("sanction", "threatened"): "Sanctions threatened",
        ("sanction", "considered"): "Sanctions considered",
        ("sanction", "lifted"): "Sanctions lifted",
        ("deployment", None): "Deployment",
        ("deployment", "envoy"): "Envoys sent",
        ("deployment", "troops"): "Troops deployed",
        ("deployment", "equipment"): "Equipment sent",
        ("aid", None): "Aid",
        ("aid", "military"): "Military aid",
        ("aid", "financial"): "Financial aid",
        ("aid", "humanitarian"): "Humanitarian aid",
        ("other", None): "Event",
    },
    "fr": {
        ("attack", None): "Attaque",
        ("attack", "drone"): "Attaque de drones",
        ("attack", "missile"): "Frappe de missiles",
        ("attack", "air"): "Frappe aérienne",
        ("attack", "artillery"): "Tirs d’artillerie",
        ("attack", "ground"): "Assaut terrestre",
        ("attack", "mixed"): "Attaque combinée de missiles et de drones",
        ("interception", None): "Interception par la défense aérienne",
        ("interception", "drone"): "Drones abattus",
        ("interception", "missile"): "Missiles abattus",
        ("interception", "aircraft"): "Aéronefs abattus",
        ("damage", None): "Dégâts",
        ("damage", "fire"): "Incendie",
        ("damage", "destruction"): "Destructions",
        ("damage", "casualties"): "Victimes",
        ("cyber_operation", None): "Cyberopération",
        ("cyber_operation", "campaign"): "Campagne de cyberattaques",
        ("cyber_operation", "intrusion"): "Intrusion informatique",
        ("cyber_operation", "espionage"): "Cyberespionnage",
        ("cyber_operation", "ddos"): "Attaque DDoS",
        ("cyber_operation", "wiper"): "Attaque par logiciel destructeur",
        ("disruption", None): "Perturbation",
        ("disruption", "airport"): "Restrictions dans les aéroports",
        ("disruption", "mobile_internet"): "Coupure de l’Internet mobile",
        ("disruption", "communications"): "Perturbation des communications",
        ("disruption", "power"): "Coupure de courant",
        ("disruption", "rail"): "Trafic ferroviaire perturbé",
        ("contact", None): "Contact",
        ("contact", "call"): "Appel téléphonique",
        ("contact", "meeting"): "Rencontre",
        ("contact", "negotiation"): "Négociations",
        ("statement", None): "Déclaration",
        ("statement", "remark"): "Déclaration",
        ("statement", "assessment"): "Évaluation",
        ("statement", "demand"): "Exigence",
        ("statement", "refusal"): "Refus",
        ("sanction", None): "Sanctions",
        ("sanction", "imposed"): "Sanctions imposées",
        ("sanction", "threatened"): "Menace de sanctions",
        ("sanction", "considered"): "Sanctions envisagées",
        ("sanction", "lifted"): "Levée de sanctions",
        ("deployment", None): "Déploiement",
        ("deployment", "envoy"): "Envoi d’émissaires",
        ("deployment", "troops"): "Déploiement de troupes",
        ("deployment", "equipment"): "Envoi d’équipement",
        ("aid", None): "Aide",
        ("aid", "military"): "Aide militaire",
        ("aid", "financial"): "Aide financière",
        ("aid", "humanitarian"): "Aide humanitaire",
        ("other", None): "Événement",
    },
}

# How each actor role joins the label: "Drone attack by Ukraine targeting Russia".
ROLE_WORDS: Final[dict[str, dict[str, str]]] = {
    "en": {
        "initiator": "by",
        "speaker": "by",
        "participant": "with",
        "addressee": "to",
        "target": "targeting",
        "victim": "affecting",
    },
    "fr": {
        "initiator": "par",
        "speaker": "de",
        "participant": "avec",
        "addressee": "à",
        "target": "visant",
        "victim": "touchant",
    },
}
ROLE_ORDER: Final = ("initiator", "speaker", "participant", "addressee", "target", "victim")

BOUND_WORDS: Final[dict[str, dict[str, str]]] = {
    "en": {"exact": "", "at_least": "at least", "at_most": "at most", "approx": "some"},
    "fr": {"exact": "", "at_least": "au moins", "at_most": "au plus", "approx": "environ"},
}

# What a number counts, as a participle after the unit ("27 drones shot down").
WHAT_WORDS: Final[dict[str, dict[str, str]]] = {
    "en": {
        "shot_down": "shot down",
        "launched": "launched",
        "destroyed": "destroyed",
        "killed": "killed",
        "injured": "injured",
        "wounded": "wounded",
        "damaged": "damaged",
        "targeted": "targeted",
        "hacked": "hacked",
        "countries": "",
        "suspensions": "",
        "count": "",
    },
    "fr": {
        "shot_down": "abattu",
        "launched": "lancé",
        "destroyed": "détruit",
        "killed": "tué",
        "injured": "blessé",
        "wounded": "blessé",
        "damaged": "endommagé",
        "targeted": "visé",
        "hacked": "piraté",
        "countries": "",
        "suspensions": "",
        "count": "",
    },
}

# English singular → plural when not the regular "+s".
EN_PLURALS: Final[dict[str, str]] = {
    "person": "people",
    "aircraft": "aircraft",
    "country": "countries",
    "company": "companies",
    "casualty": "casualties",
    "facility": "facilities",
    "child": "children",
    "time": "times",
}

# English unit → (French singular, plural, feminine?).
FR_UNITS: Final[dict[str, tuple[str, str, bool]]] = {
    "drone": ("drone", "drones", False),
    "missile": ("missile", "missiles", False),
    "aircraft": ("aéronef", "aéronefs", False),
    "country": ("pays", "pays", False),
    "suspension": ("suspension", "suspensions", True),
    "person": ("personne", "personnes", True),
    "people": ("personne", "personnes", True),
    "civilian": ("civil", "civils", False),
    "soldier": ("soldat", "soldats", False),
    "child": ("enfant", "enfants", False),
    "camera": ("caméra", "caméras", True),
    "flight": ("vol", "vols", False),
    "airport": ("aéroport", "aéroports", False),
    "company": ("entreprise", "entreprises", True),
    "building": ("bâtiment", "bâtiments", False),
    "time": ("fois", "fois", True),
    "hour": ("heure", "heures", True),
    "day": ("jour", "jours", False),
    "shell": ("obus", "obus", False),
    "bomb": ("bombe", "bombes", True),
}

# ISO 3166-1 alpha-2 → (English name, "in …", French name, "en/au/aux …").
COUNTRIES: Final[dict[str, tuple[str, str, str, str]]] = {
    "UA": ("Ukraine", "in Ukraine", "Ukraine", "en Ukraine"),
    "RU": ("Russia", "in Russia", "Russie", "en Russie"),
    "BY": ("Belarus", "in Belarus", "Biélorussie", "en Biélorussie"),
    "US": ("United States", "in the United States", "États-Unis", "aux États-Unis"),
    "GB": ("United Kingdom", "in the United Kingdom", "Royaume-Uni", "au Royaume-Uni"),
    "FR": ("France", "in France", "France", "en France"),
    "DE": ("Germany", "in Germany", "Allemagne", "en Allemagne"),
    "PL": ("Poland", "in Poland", "Pologne", "en Pologne"),
    "CZ": ("Czech Republic", "in the Czech Republic", "République tchèque", "en République tchèque"),
    "RO": ("Romania", "in Romania", "Roumanie", "en Roumanie"),
    "MD": ("Moldova", "in Moldova", "Moldavie", "en Moldavie"),
    "IT": ("Italy", "in Italy", "Italie", "en Italie"),
    "TR": ("Turkey", "in Turkey", "Turquie", "en Turquie"),
    "VA": ("Vatican City", "in the Vatican", "Vatican", "au Vatican"),
    "SA": ("Saudi Arabia", "in Saudi Arabia", "Arabie saoudite", "en Arabie saoudite"),
    "BE": ("Belgium", "in Belgium", "Belgique", "en Belgique"),
    "KP": ("North Korea", "in North Korea", "Corée du Nord", "en Corée du Nord"),
}

# English place names with a usual French form; others are kept in English.
FR_PLACES: Final[dict[str, str]] = {
    "Moscow": "Moscou",
    "Oryol": "Orel",
    "Orel": "Orel",
    "Voronezh": "Voronej",
    "Tula": "Toula",
    "Zhukovsky": "Joukovski",
    "Kyiv": "Kyiv",
    "Kharkiv": "Kharkiv",
    "Odesa": "Odessa",
    "Zaporizhzhia": "Zaporijjia",
    "Dnipro": "Dnipro",
    "Kherson": "Kherson",
    "Donetsk": "Donetsk",
    "Luhansk": "Louhansk",
    "Sumy": "Soumy",
    "Crimea": "Crimée",
    "Kursk": "Koursk",
    "Bryansk": "Briansk",
    "Belgorod": "Belgorod",
    "Lipetsk": "Lipetsk",
    "Istanbul": "Istanbul",
    "Vatican": "Vatican",
}

# Suffixes that mark a region name: "Moscow Oblast" → "in the Moscow Oblast" / "dans la région de Moscou".
REGION_SUFFIXES: Final = (" Oblast", " oblast", " Region", " region", " Krai", " Republic")

# Actor names (canonical English) with a usual French form, article included.
FR_ACTORS: Final[dict[str, str]] = {
    "Ukraine": "l’Ukraine",
    "Russia": "la Russie",
    "United States": "les États-Unis",
    "European Union": "l’Union européenne",
    "European leaders": "les dirigeants européens",
    "NATO": "l’OTAN",
    "Belarus": "la Biélorussie",
    "North Korea": "la Corée du Nord",
    "logistics companies": "des entreprises de logistique",
}

# "de les …" → "des …", "à le …" → "au …": role word → (article, contracted role word + article).
FR_CONTRACTIONS: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "de": (("les ", "des"), ("le ", "du"), ("des ", "de")),
    "à": (("les ", "aux"), ("le ", "au")),
}
