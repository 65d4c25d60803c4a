#!/usr/bin/env python3
"""Seeded, reproducible generator of a synthetic press-release corpus for Pressgraph.

    generate_corpus.py OUT_DIR --docs N [--seed S] [--mb M] [--truth FILE]

Writes a tree of press-release-like documents built from sentence templates and
real names (countries from iso-codes, cities and organizations from the project's
ontology/data/*.tsv when present, built-in fallback lists otherwise; persons are
made up from built-in first/last name lists).

Mix of formats (by documents): ~60% .txt (half of them wrapped in repeated site
chrome: menus, "Who we are" blurbs, link lists, footers), ~25% .html (nav, script,
style, JSON-LD, footer, character entities), ~13% .jsonl files with 20-100
records each and ~2% single-record .json files.  Files are spread over
OUT_DIR/<site>/<NNNN>/ folders (--folder-size files per folder, default 100).

Generation stops at N documents or M megabytes (10^6 bytes, counted as bytes
written to files) whichever comes first.  OUT_DIR/MANIFEST (JSON, no extension,
so Pressgraph does not ingest it) records the parameters and counts; it is
written last, so its presence means the corpus is complete.

Python 3 standard library only.  The output depends only on --seed, the other
size options, this script and the data files (see --fingerprint).
"""

import argparse
import hashlib
import html.entities
import json
import os
import random
import re
import shutil
import sys
import time
import unicodedata

GENERATOR_VERSION = 1

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
ISO_3166 = "/usr/share/iso-codes/json/iso_3166-1.json"
DATA_DIR = os.path.join(REPO, "ontology", "data")
CITIES_TSV = os.path.join(DATA_DIR, "cities.tsv")
ORGS_TSV = os.path.join(DATA_DIR, "organizations.tsv")

# --------------------------------------------------------------------------
# Built-in fallback data
# --------------------------------------------------------------------------

FALLBACK_COUNTRIES = [
    ("RS", "Serbia"), ("BA", "Bosnia and Herzegovina"), ("MK", "North Macedonia"),
    ("ME", "Montenegro"), ("AL", "Albania"), ("MD", "Moldova"), ("UA", "Ukraine"),
    ("GE", "Georgia"), ("AM", "Armenia"), ("AZ", "Azerbaijan"), ("TR", "Türkiye"),
    ("GR", "Greece"), ("IT", "Italy"), ("LY", "Libya"), ("TN", "Tunisia"),
    ("EG", "Egypt"), ("JO", "Jordan"), ("LB", "Lebanon"), ("SY", "Syria"),
    ("IQ", "Iraq"), ("AF", "Afghanistan"), ("PK", "Pakistan"), ("BD", "Bangladesh"),
    ("NG", "Nigeria"), ("NE", "Niger"), ("ET", "Ethiopia"), ("SO", "Somalia"),
    ("SD", "Sudan"), ("KE", "Kenya"), ("UG", "Uganda"), ("VE", "Venezuela"),
    ("CO", "Colombia"), ("MX", "Mexico"), ("GT", "Guatemala"), ("HN", "Honduras"),
    ("CH", "Switzerland"), ("AT", "Austria"), ("BE", "Belgium"), ("PL", "Poland"),
    ("HU", "Hungary"), ("DE", "Germany"), ("FR", "France"), ("ES", "Spain"),
    ("GB", "United Kingdom"), ("US", "United States"), ("NL", "Netherlands"),
    ("SE", "Sweden"), ("NO", "Norway"), ("DK", "Denmark"), ("JP", "Japan"),
    ("HR", "Croatia"), ("SI", "Slovenia"), ("BG", "Bulgaria"), ("RO", "Romania"),
    ("KZ", "Kazakhstan"), ("KG", "Kyrgyzstan"), ("UZ", "Uzbekistan"),
    ("TJ", "Tajikistan"), ("SN", "Senegal"), ("ML", "Mali"), ("BF", "Burkina Faso"),
    ("SS", "South Sudan"), ("CD", "Democratic Republic of the Congo"),
    ("TH", "Thailand"), ("PH", "Philippines"), ("ID", "Indonesia"),
]

# (name, iso2, population, is_capital)
FALLBACK_CITIES = [
    ("Belgrade", "RS", 1273651, 1), ("Novi Sad", "RS", 250439, 0), ("Niš", "RS", 183164, 0),
    ("Subotica", "RS", 105681, 0), ("Preševo", "RS", 13426, 0),
    ("Sarajevo", "BA", 696731, 1), ("Banja Luka", "BA", 221106, 0), ("Tuzla", "BA", 142486, 0),
    ("Bihać", "BA", 61186, 0), ("Mostar", "BA", 104518, 0),
    ("Skopje", "MK", 474889, 1), ("Kumanovo", "MK", 105484, 0), ("Gevgelija", "MK", 15685, 0),
    ("Podgorica", "ME", 150977, 1), ("Nikšić", "ME", 58212, 0),
    ("Tirana", "AL", 374801, 1), ("Durrës", "AL", 113249, 0), ("Shkodër", "AL", 88245, 0),
    ("Chișinău", "MD", 635994, 1), ("Bălți", "MD", 97930, 0),
    ("Kyiv", "UA", 2797553, 1), ("Lviv", "UA", 717803, 0), ("Odesa", "UA", 1015826, 0),
    ("Kharkiv", "UA", 1430885, 0), ("Dnipro", "UA", 968502, 0), ("Uzhhorod", "UA", 115195, 0),
    ("Tbilisi", "GE", 1049498, 1), ("Batumi", "GE", 152839, 0), ("Kutaisi", "GE", 147635, 0),
    ("Yerevan", "AM", 1093485, 1), ("Gyumri", "AM", 114893, 0),
    ("Baku", "AZ", 1116513, 1), ("Ganja", "AZ", 303268, 0),
    ("Ankara", "TR", 3517182, 1), ("Istanbul", "TR", 14804116, 0), ("Gaziantep", "TR", 1065975, 0),
    ("Izmir", "TR", 2500603, 0), ("Şanlıurfa", "TR", 526247, 0),
    ("Athens", "GR", 664046, 1), ("Thessaloniki", "GR", 354290, 0), ("Lesvos", "GR", 86436, 0),
    ("Rome", "IT", 2318895, 1), ("Palermo", "IT", 668405, 0), ("Lampedusa", "IT", 6000, 0),
    ("Tripoli", "LY", 1150989, 1), ("Benghazi", "LY", 650629, 0), ("Sabha", "LY", 130000, 0),
    ("Tunis", "TN", 693210, 1), ("Sfax", "TN", 277278, 0),
    ("Cairo", "EG", 7734614, 1), ("Alexandria", "EG", 3811516, 0),
    ("Amman", "JO", 1275857, 1), ("Irbid", "JO", 307480, 0), ("Mafraq", "JO", 57118, 0),
    ("Beirut", "LB", 1916100, 1), ("Tripoli", "LB", 229398, 0),
    ("Damascus", "SY", 1569394, 1), ("Aleppo", "SY", 1602264, 0),
    ("Baghdad", "IQ", 7216000, 1), ("Erbil", "IQ", 932800, 0), ("Mosul", "IQ", 1739800, 0),
    ("Kabul", "AF", 3043532, 1), ("Herat", "AF", 272806, 0),
    ("Islamabad", "PK", 601600, 1), ("Karachi", "PK", 11624219, 0), ("Peshawar", "PK", 1218773, 0),
    ("Dhaka", "BD", 10356500, 1), ("Cox's Bazar", "BD", 253788, 0),
    ("Abuja", "NG", 590400, 1), ("Lagos", "NG", 9000000, 0), ("Maiduguri", "NG", 1112449, 0),
    ("Niamey", "NE", 774235, 1), ("Agadez", "NE", 124324, 0),
    ("Addis Ababa", "ET", 2757729, 1), ("Gondar", "ET", 153914, 0),
    ("Mogadishu", "SO", 2587183, 1), ("Hargeisa", "SO", 477876, 0),
    ("Khartoum", "SD", 1974647, 1), ("Port Sudan", "SD", 489725, 0),
    ("Nairobi", "KE", 2750547, 1), ("Mombasa", "KE", 799668, 0), ("Kakuma", "KE", 60000, 0),
    ("Kampala", "UG", 1353189, 1), ("Gulu", "UG", 146858, 0),
    ("Caracas", "VE", 3000000, 1), ("Maracaibo", "VE", 2225000, 0),
    ("Bogotá", "CO", 7674366, 1), ("Cúcuta", "CO", 585543, 0), ("Medellín", "CO", 1999979, 0),
    ("Mexico City", "MX", 12294193, 1), ("Tapachula", "MX", 202672, 0), ("Tijuana", "MX", 1376457, 0),
    ("Guatemala City", "GT", 994938, 1), ("Tegucigalpa", "HN", 850848, 1),
    ("Geneva", "CH", 183981, 0), ("Bern", "CH", 121631, 1), ("Vienna", "AT", 1691468, 1),
    ("Brussels", "BE", 1019022, 1), ("Warsaw", "PL", 1702139, 1), ("Budapest", "HU", 1741041, 1),
    ("Berlin", "DE", 3426354, 1), ("Paris", "FR", 2138551, 1), ("Madrid", "ES", 3255944, 1),
    ("London", "GB", 8961989, 1), ("Washington", "US", 689545, 1), ("New York", "US", 8804190, 0),
    ("The Hague", "NL", 545163, 0), ("Amsterdam", "NL", 741636, 1), ("Stockholm", "SE", 1515017, 1),
    ("Oslo", "NO", 580000, 1), ("Copenhagen", "DK", 1153615, 1), ("Tokyo", "JP", 8336599, 1),
    ("Zagreb", "HR", 698966, 1), ("Ljubljana", "SI", 255115, 1), ("Sofia", "BG", 1152556, 1),
    ("Bucharest", "RO", 1877155, 1), ("Astana", "KZ", 1078362, 1), ("Almaty", "KZ", 2000900, 0),
    ("Bishkek", "KG", 900000, 1), ("Osh", "KG", 258111, 0), ("Tashkent", "UZ", 1978028, 1),
    ("Dushanbe", "TJ", 543107, 1), ("Dakar", "SN", 2476400, 1), ("Bamako", "ML", 1297281, 1),
    ("Ouagadougou", "BF", 1086505, 1), ("Juba", "SS", 300000, 1), ("Kinshasa", "CD", 7785965, 1),
    ("Goma", "CD", 144124, 0), ("Bangkok", "TH", 5104476, 1), ("Manila", "PH", 1600000, 1),
    ("Jakarta", "ID", 8540121, 1),
]

# Core organizations: (acronym, canonical name, kind, domain, no_article, aliases)
# kind: un (UN system / IGO), igo, eu, ngo, donor
CORE_ORGS = [
    ("IOM", "International Organization for Migration", "un", "iom.int", False, ["UN Migration", "the UN Migration Agency"]),
    ("UNHCR", "Office of the United Nations High Commissioner for Refugees", "un", "unhcr.org", False, ["the UN Refugee Agency", "UN Refugee Agency"]),
    ("ILO", "International Labour Organization", "un", "ilo.org", False, []),
    ("OSCE", "Organization for Security and Co-operation in Europe", "igo", "osce.org", False, []),
    ("UNDP", "United Nations Development Programme", "un", "undp.org", False, []),
    ("UNICEF", "United Nations Children's Fund", "un", "unicef.org", False, []),
    ("UN Women", "United Nations Entity for Gender Equality and the Empowerment of Women", "un", "unwomen.org", False, []),
    ("UNFPA", "United Nations Population Fund", "un", "unfpa.org", False, []),
    ("UNODC", "United Nations Office on Drugs and Crime", "un", "unodc.org", False, []),
    ("WHO", "World Health Organization", "un", "who.int", False, []),
    ("OHCHR", "Office of the United Nations High Commissioner for Human Rights", "un", "ohchr.org", False, ["UN Human Rights"]),
    ("WFP", "World Food Programme", "un", "wfp.org", False, []),
    ("FAO", "Food and Agriculture Organization of the United Nations", "un", "fao.org", False, []),
    ("UNESCO", "United Nations Educational, Scientific and Cultural Organization", "un", "unesco.org", False, []),
    ("ICMPD", "International Centre for Migration Policy Development", "igo", "icmpd.org", False, []),
    ("CoE", "Council of Europe", "igo", "coe.int", False, []),
    ("ODIHR", "OSCE Office for Democratic Institutions and Human Rights", "igo", "osce.org/odihr", False, []),
    ("Frontex", "European Border and Coast Guard Agency", "eu", "frontex.europa.eu", False, []),
    ("EUAA", "European Union Agency for Asylum", "eu", "euaa.europa.eu", False, []),
    ("ICRC", "International Committee of the Red Cross", "igo", "icrc.org", False, []),
    ("IFRC", "International Federation of Red Cross and Red Crescent Societies", "igo", "ifrc.org", False, []),
    ("DRC", "Danish Refugee Council", "ngo", "drc.ngo", False, []),
    ("NRC", "Norwegian Refugee Council", "ngo", "nrc.no", False, []),
    ("IRC", "International Rescue Committee", "ngo", "rescue.org", False, []),
    ("", "Save the Children", "ngo", "savethechildren.net", True, []),
    ("", "Caritas Internationalis", "ngo", "caritas.org", True, ["Caritas"]),
    ("MSF", "Médecins Sans Frontières", "ngo", "msf.org", True, ["Doctors Without Borders"]),
    ("", "Terre des hommes", "ngo", "tdh.org", True, []),
    ("", "Amnesty International", "ngo", "amnesty.org", True, []),
    ("HRW", "Human Rights Watch", "ngo", "hrw.org", True, []),
    ("", "Oxfam", "ngo", "oxfam.org", True, []),
    ("EU", "European Union", "donor", "europa.eu", False, []),
    ("", "European Commission", "donor", "ec.europa.eu", False, []),
    ("DG ECHO", "European Civil Protection and Humanitarian Aid Operations", "donor", "civil-protection-humanitarian-aid.ec.europa.eu", False, []),
    ("", "World Bank", "donor", "worldbank.org", False, []),
    ("USAID", "United States Agency for International Development", "donor", "usaid.gov", False, []),
    ("PRM", "Bureau of Population, Refugees, and Migration", "donor", "state.gov", False, []),
    ("SDC", "Swiss Agency for Development and Cooperation", "donor", "eda.admin.ch", False, []),
    ("Sida", "Swedish International Development Cooperation Agency", "donor", "sida.se", False, []),
    ("JICA", "Japan International Cooperation Agency", "donor", "jica.go.jp", False, []),
    ("GIZ", "Deutsche Gesellschaft für Internationale Zusammenarbeit", "donor", "giz.de", False, []),
    ("FCDO", "Foreign, Commonwealth & Development Office", "donor", "gov.uk", False, []),
    ("KOICA", "Korea International Cooperation Agency", "donor", "koica.go.kr", False, []),
]

# donor governments (iso2): used for "Government of X", "Embassy of X in ..."
DONOR_COUNTRIES = ["CH", "DE", "NL", "NO", "SE", "DK", "JP", "GB", "US", "AT", "IT", "FR", "KR", "BE", "FI", "IE", "LU", "CA", "AU"]

FOCUS_COUNTRIES = {
    "RS": 6, "BA": 5, "MK": 4, "ME": 3, "AL": 3, "MD": 4, "UA": 6, "GE": 3, "AM": 2, "AZ": 2,
    "TR": 5, "GR": 4, "IT": 4, "LY": 4, "TN": 3, "EG": 3, "JO": 4, "LB": 4, "SY": 4, "IQ": 4,
    "AF": 4, "PK": 3, "BD": 4, "NG": 4, "NE": 4, "ET": 4, "SO": 3, "SD": 4, "KE": 3, "UG": 3,
    "VE": 3, "CO": 4, "MX": 3, "GT": 2, "HN": 2, "KG": 2, "TJ": 2, "UZ": 2, "KZ": 2, "ML": 2,
    "SN": 2, "BF": 2, "SS": 3, "CD": 3, "HU": 2, "HR": 2, "BG": 2, "RO": 2, "PL": 2, "PH": 2,
}

COUNTRY_OVERRIDES = {
    "CD": "Democratic Republic of the Congo", "FM": "Micronesia", "PS": "State of Palestine",
    "VG": "British Virgin Islands", "VI": "United States Virgin Islands", "VA": "Holy See",
    "FK": "Falkland Islands", "CC": "Cocos Islands", "MF": "Saint Martin", "SX": "Sint Maarten",
    "SH": "Saint Helena", "TW": "Taiwan", "RU": "Russian Federation",
}

ARTICLE_COUNTRIES = {
    "United Kingdom", "United States", "Netherlands", "Philippines", "Democratic Republic of the Congo",
    "Central African Republic", "Dominican Republic", "Gambia", "Bahamas", "Maldives",
    "Marshall Islands", "Solomon Islands", "Comoros", "State of Palestine", "Holy See",
    "Russian Federation", "United Arab Emirates", "Czech Republic", "Seychelles",
    "Cayman Islands", "Faroe Islands", "Falkland Islands", "Cook Islands", "British Virgin Islands",
    "United States Virgin Islands", "Northern Mariana Islands", "Turks and Caicos Islands",
    "Syrian Arab Republic",
}

CALLING_CODES = {
    "RS": "381", "BA": "387", "MK": "389", "ME": "382", "AL": "355", "MD": "373", "UA": "380",
    "GE": "995", "AM": "374", "AZ": "994", "TR": "90", "GR": "30", "IT": "39", "LY": "218",
    "TN": "216", "EG": "20", "JO": "962", "LB": "961", "SY": "963", "IQ": "964", "AF": "93",
    "PK": "92", "BD": "880", "NG": "234", "NE": "227", "ET": "251", "SO": "252", "SD": "249",
    "KE": "254", "UG": "256", "VE": "58", "CO": "57", "MX": "52", "GT": "502", "HN": "504",
    "CH": "41", "AT": "43", "BE": "32", "PL": "48", "HU": "36", "DE": "49", "FR": "33",
    "ES": "34", "GB": "44", "US": "1", "NL": "31", "SE": "46", "NO": "47", "DK": "45",
    "JP": "81", "HR": "385", "SI": "386", "BG": "359", "RO": "40", "KZ": "7", "KG": "996",
    "UZ": "998", "TJ": "992", "SN": "221", "ML": "223", "BF": "226", "SS": "211", "CD": "243",
    "TH": "66", "PH": "63", "ID": "62",
}

# first names by region: (female, male); last names by region
FIRST_NAMES = {
    "balkan": (["Jelena", "Milica", "Ana", "Ivana", "Snežana", "Tijana", "Maja", "Vesna", "Jasmina",
                "Amra", "Selma", "Blerta", "Elira", "Dragana", "Marija", "Lejla", "Aida", "Teodora"],
               ["Marko", "Nikola", "Stefan", "Dragan", "Aleksandar", "Dušan", "Bojan", "Goran", "Zoran",
                "Emir", "Edin", "Arben", "Besnik", "Miloš", "Nenad", "Vladimir", "Adnan", "Đorđe"]),
    "east": (["Olena", "Iryna", "Natalia", "Ioana", "Elena", "Nino", "Anahit", "Katarzyna", "Oksana",
              "Tamar", "Svetlana", "Aigerim", "Dilnoza", "Gulnara"],
             ["Oleksandr", "Andriy", "Mihai", "Giorgi", "Armen", "Piotr", "Serhiy", "Levan", "Dmytro",
              "Ion", "Tomasz", "Nurlan", "Rustam", "Bakyt"]),
    "mena": (["Fatima", "Layla", "Mariam", "Rania", "Nour", "Ayşe", "Zeynep", "Huda", "Samira",
              "Yasmin", "Dalia", "Reem"],
             ["Ahmed", "Omar", "Youssef", "Hassan", "Karim", "Mehmet", "Emre", "Khaled", "Tarek",
              "Mustafa", "Ali", "Walid"]),
    "africa": (["Amina", "Ngozi", "Abena", "Aïssata", "Meron", "Wanjiru", "Fatoumata", "Chiamaka",
                "Hawa", "Grace", "Nafisa", "Adaeze"],
               ["Chinedu", "Kwame", "Moussa", "Tesfaye", "Kofi", "Ibrahim", "Abdoulaye", "Samuel",
                "Emmanuel", "Mohamed", "Yaw", "Oumar"]),
    "asia": (["Priya", "Ayesha", "Nusrat", "Mei", "Siti", "Yuki", "Farzana", "Anjali", "Maria Luisa"],
             ["Rahul", "Imran", "Kenji", "Budi", "Arjun", "Rafiq", "Hiroshi", "Tanvir", "José Miguel"]),
    "west": (["Sarah", "Emma", "Claire", "Ingrid", "Sofia", "Giulia", "María", "Lucía", "Anne",
              "Helen", "Charlotte", "Birgit", "Marie-Hélène", "Kristin"],
             ["John", "Michael", "Pierre", "Hans", "Lars", "Marco", "Carlos", "José", "Thomas",
              "David", "Jean-Pierre", "Patrick", "Stefano", "Henrik"]),
    "latam": (["Valentina", "Camila", "Daniela", "Gabriela", "Lucía", "Paola"],
              ["Alejandro", "Diego", "Andrés", "Luis", "Javier", "Felipe"]),
}
LAST_NAMES = {
    "balkan": ["Petrović", "Jovanović", "Đorđević", "Nikolić", "Marković", "Hadžić", "Kovačević",
               "Begić", "Hoxha", "Krasniqi", "Shehu", "Stojanović", "Ilić", "Mehmedović", "Popović",
               "Trajkovski", "Vukčević", "Babić", "Lazarević", "Dimitrovska"],
    "east": ["Popescu", "Ionescu", "Shevchenko", "Kovalenko", "Bondarenko", "Beridze", "Kapanadze",
             "Hakobyan", "Nowak", "Kowalski", "Melnyk", "Rusu", "Abdullaev", "Nurpeisova", "Tkachenko"],
    "mena": ["Al-Hassan", "Haddad", "Mansour", "Abdullah", "Khalil", "Yılmaz", "Demir", "Öztürk",
             "El-Sayed", "Nasser", "Hamdan", "Qureshi", "Farouk", "Saleh"],
    "africa": ["Okafor", "Mensah", "Diallo", "Traoré", "Keita", "Tesfaye", "Kamau", "Otieno",
               "Abubakar", "Ndiaye", "Mwangi", "Haile", "Osei", "Coulibaly", "Adeyemi"],
    "asia": ["Sharma", "Khan", "Rahman", "Hossain", "Tanaka", "Wang", "Santoso", "Patel", "Suzuki",
             "Reyes", "Chowdhury"],
    "west": ["Smith", "Johnson", "Müller", "Schmidt", "Dubois", "Martin", "Rossi", "Bianchi",
             "Andersen", "Johansson", "van den Berg", "O'Brien", "Larsen", "Fischer", "Lefèvre",
             "Williams", "Brennan", "De Luca", "Weber"],
    "latam": ["García", "Fernández", "Rodríguez", "López", "Martínez", "Gómez", "de la Cruz", "Pérez"],
}
REGIONS = list(FIRST_NAMES)

COUNTRY_REGION = {}
for _cc in "RS BA MK ME AL HR SI BG".split():
    COUNTRY_REGION[_cc] = "balkan"
for _cc in "MD UA GE AM AZ RO PL HU KZ KG UZ TJ TM BY RU".split():
    COUNTRY_REGION[_cc] = "east"
for _cc in "TR LY TN EG JO LB SY IQ SA YE MA DZ PS IR".split():
    COUNTRY_REGION[_cc] = "mena"
for _cc in "NG NE ET SO SD KE UG SN ML BF SS CD GH CI CM TD ER GN".split():
    COUNTRY_REGION[_cc] = "africa"
for _cc in "AF PK BD IN JP TH PH ID CN MY LK NP MM".split():
    COUNTRY_REGION[_cc] = "asia"
for _cc in "VE CO MX GT HN SV EC PE BR AR CL BO".split():
    COUNTRY_REGION[_cc] = "latam"

# --------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------

TOPICS = [
    ("labour migration", "labour migration and skills mobility"),
    ("trafficking in human beings", "the fight against trafficking in human beings"),
    ("migrant smuggling", "countering migrant smuggling"),
    ("integrated border management", "integrated border management"),
    ("asylum", "access to asylum procedures"),
    ("refugee protection", "the protection of refugees and asylum seekers"),
    ("statelessness", "the prevention and reduction of statelessness"),
    ("migration data", "migration data and evidence-based policy making"),
    ("return and reintegration", "the sustainable reintegration of returning migrants"),
    ("diaspora engagement", "diaspora engagement for development"),
    ("climate mobility", "migration, environment and climate change"),
    ("gender-based violence", "the prevention of gender-based violence"),
    ("child protection", "the protection of unaccompanied and separated children"),
    ("social inclusion", "the social inclusion of refugees and migrants"),
    ("decent work", "decent work and fair recruitment"),
    ("forced labour", "the elimination of forced labour"),
    ("hate speech", "countering hate speech and discrimination"),
    ("youth employment", "youth employment and entrepreneurship"),
    ("health of migrants", "access to health care for migrants"),
    ("internal displacement", "durable solutions for internally displaced persons"),
]

EVENT_TYPES = {
    # event type -> (name forms, weight)
    "conference": (["Conference", "Regional Conference", "International Conference", "National Conference", "High-Level Conference"], 8),
    "training": (["Training", "Training of Trainers", "Two-Day Training", "Specialized Training", "Training Course"], 12),
    "roundtable": (["Roundtable", "Round Table", "Roundtable Discussion", "Expert Roundtable"], 8),
    "workshop": (["Workshop", "Regional Workshop", "Technical Workshop", "Consultative Workshop"], 8),
    "meeting": (["Meeting of the Steering Committee", "Coordination Meeting", "Annual Meeting", "Working Group Meeting"], 5),
    "forum": (["Forum", "Regional Forum", "Youth Forum", "Civil Society Forum"], 4),
    "seminar": (["Seminar", "Regional Seminar", "Online Seminar"], 4),
    "launch": (["Launch of the Report", "Launch of the Study", "Launch of the Campaign", "Launch of the National Strategy"], 4),
    "study visit": (["Study Visit", "Exchange Visit"], 3),
    "info session": (["Information Session", "Info Day", "Job Fair"], 3),
}
EVENT_TYPE_LIST = list(EVENT_TYPES)
EVENT_TYPE_WEIGHTS = [EVENT_TYPES[t][1] for t in EVENT_TYPE_LIST]

PARTICIPANTS = [
    "border police officers", "social workers", "labour inspectors", "judges and prosecutors",
    "health workers", "journalists", "local self-government officials", "asylum officers",
    "employment counsellors", "civil society representatives", "teachers", "police investigators",
    "consular officials", "representatives of local crisis centres", "young people",
    "representatives of employers' associations", "trade union representatives", "interpreters",
]

SUBTOPICS = [
    "international and national legal frameworks", "identification and referral of victims",
    "standard operating procedures", "interview techniques", "data protection",
    "cooperation between institutions", "psychosocial support", "the rights of migrant workers",
    "fair recruitment practices", "age assessment", "first-line reception", "risk analysis",
    "document fraud detection", "case management", "the national referral mechanism",
    "access to the labour market", "integration measures at local level", "the use of interpreters",
    "gender-sensitive approaches", "the best interests of the child", "financial investigations",
    "cross-border cooperation", "early warning systems", "community policing",
]

GOALS = [
    "strengthen the national migration management system", "protect the rights of migrant workers",
    "combat trafficking in human beings", "improve reception conditions for asylum seekers",
    "ensure that no one is left behind", "support the most vulnerable", "build resilient communities",
    "promote safe, orderly and regular migration", "create decent jobs for young people",
    "find durable solutions for displaced families", "improve the collection and use of migration data",
    "align national legislation with international standards", "prevent irregular migration",
    "strengthen regional cooperation", "support the sustainable reintegration of returnees",
]

GOALS_ING = [
    "strengthening migration governance", "protecting refugees and asylum seekers",
    "fighting trafficking in human beings", "promoting decent work", "supporting local communities",
    "improving border management", "building the capacities of national institutions",
    "providing humanitarian assistance", "promoting social cohesion",
]

PORTFOLIOS = [
    "Interior", "Foreign Affairs", "Labour, Employment and Social Affairs", "Justice",
    "Human and Minority Rights and Social Dialogue", "Health", "Education", "European Integration",
    "Family Welfare and Demography", "Labour and Social Policy", "Internal Affairs", "Social Affairs",
]

NATIONAL_BODIES = [
    "Commissariat for Refugees and Migration", "National Employment Service", "Border Police Directorate",
    "State Agency for Migration", "Office for Human Rights", "National Statistical Office",
    "Centre for Social Work", "Migration Service", "Ombudsperson Institution", "Public Prosecutor's Office",
]

NGO_FIRST = ["Association", "Centre", "Initiative", "Network", "Foundation", "Coalition", "Institute", "Alliance"]
NGO_CAUSE = [
    "Legal Intervention", "Human Rights", "Social Policy", "Women's Rights", "Refugee Support",
    "Migrant Rights", "Youth Development", "Democracy and Civic Participation", "Humanitarian Aid",
    "Protection of Children", "Roma Inclusion", "Integration and Dialogue", "Legal Aid", "Community Development",
]
NGO_PATTERNS = ["{f} for {c}", "{c} {f}", "{city} {f} for {c}", "{f} of {c} Lawyers", "{c} Centre {city}"]

VENUES = [
    "Hotel Metropol", "Hyatt Regency hotel", "UN House", "City Hall", "Chamber of Commerce",
    "National Assembly", "Palace of Congresses", "Faculty of Political Sciences", "Crowne Plaza hotel",
    "Hilton hotel", "Marriott hotel", "Cultural Centre", "Ministry premises", "Europe House",
]

FRAMEWORKS = [
    "Global Compact for Safe, Orderly and Regular Migration", "Global Compact on Refugees",
    "2030 Agenda for Sustainable Development", "Berlin Process", "Budapest Process", "Khartoum Process",
    "Rabat Process", "Prague Process", "EU Pact on Migration and Asylum", "Istanbul Convention",
]

PROJECT_PATTERNS = [
    "Strengthening {topic_cap} in {country}", "Support to {topic_cap} in the Western Balkans",
    "Enhancing Capacities for {topic_cap}", "{topic_cap} Phase {roman}",
    "Building Resilience through {topic_cap}", "Promoting {topic_cap} along the {route} Route",
    "Regional Support to Protection-Sensitive Migration Management", "Safe and Dignified Return",
    "Better Migration Management", "Joint Action on {topic_cap}",
]
ROUTES = ["Eastern Mediterranean", "Central Mediterranean", "Western Balkan", "Eastern", "Silk", "Southern"]

GROUPS = [
    ("refugees and migrants", "arrived in"), ("migrants", "transited through"), ("asylum seekers", "registered in"),
    ("returnees", "returned to"), ("internally displaced persons", "been displaced within"),
    ("migrant workers", "left"), ("victims of trafficking", "been identified in"),
]

SOURCES = ["official government data", "UNHCR estimates", "IOM's Displacement Tracking Matrix",
           "the national statistical office", "the latest census", "the Ministry of Interior"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ROMAN = ["II", "III", "IV"]
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth"]
NUMWORDS = ["one", "two", "three", "four", "five"]

# Sentence templates.  {key} placeholders are resolved left to right by
# Doc.fill(); a capitalized key ({Lead}) capitalizes the first letter.
LEAD_TEMPLATES = [
    "{dateline}The {event}, organized by {lead} in cooperation with {partner} and supported by {donor}, was held in {city} on {date}.",
    "{dateline}{Lead} and {partner}, with the support of {donor}, organized {event_a} in {city} on {date}.",
    "{dateline}On {date}, {lead} organized the {event} in {city}, in partnership with {partner}.",
    "{dateline}More than {n_part} representatives of {partner}, {partner2} and civil society organizations gathered in {city} on {date} for the {event}, organized by {lead} with funding from {donor}.",
    "{dateline}{Lead} today held the {event} in {city} together with {partner}. The event was funded by {donor}.",
    "{dateline}{Sp_full}, {sp_title}, opened the {event} in {city} on {date}, jointly organized by {lead} and {partner}.",
    "{dateline}{Partner} and {lead} held {event_a} at the {venue} in {city} on {date}, bringing together {n_part} participants from {country_the} and the region.",
    "{dateline}The {event} took place at the {venue} in {city} from {date} to {date_end}. It was organized by {lead}, in close cooperation with {partner}, and financially supported by {donor}.",
    "{dateline}With financial support from {donor}, {lead} and {partner} organized the {event} on {date} in {city}.",
    "{dateline}{N_part_word} {participants} took part in the {event} held in {city} on {date}. The event was organized by {lead} in cooperation with {partner}.",
]

TRAINING_TEMPLATES = [
    "The {days}-day training, delivered by {lead_s} experts, brought together {n_part} {participants} from {partner_s} and {partner2}.",
    "Participants learned about {sub1}, {sub2} and {sub3}.",
    "The training covered {sub1} and {sub2}, with practical exercises based on real cases from {country_the}.",
    "The training is part of the project “{project}”, implemented by {lead_s} and funded by {donor_s}.",
    "This was the {ordinal} in a series of {n_small} trainings planned in {country_the} in {year}.",
    "Trainers from {partner_s} and {ngo} shared their experience in {sub1}.",
    "At the end of the training, participants received certificates from {lead_s} and {partner_s}.",
    "The curriculum was developed jointly by {lead_s} and the {national_body}.",
]

ROUNDTABLE_TEMPLATES = [
    "The {event_kind} gathered representatives of {partner_s}, {ngo}, academia and international organizations to discuss {topic_long}.",
    "Discussion focused on {sub1} and {sub2}.",
    "Participants agreed on a set of recommendations that will be submitted to {ministry}.",
    "Representatives of {city2} and {city3} municipalities presented local practices in {sub1}.",
    "The findings of a new study on {topic}, conducted by {ngo} with the support of {lead_s}, were presented at the meeting.",
    "Speakers highlighted the importance of {sub1} and called for closer cooperation between {partner_s} and civil society.",
]

CONFERENCE_TEMPLATES = [
    "The {event_kind} brought together more than {n_part} participants, including government officials, diplomats and representatives of {partner_s}, {partner2} and {ngo}.",
    "Over two days, participants discussed {topic_long}, with a special focus on {sub1}.",
    "Delegations from {country2} and {country3} presented their national experiences.",
    "The agenda included panels on {sub1}, {sub2} and {sub3}.",
    "The {event_kind} was held within the framework of the {framework}.",
    "The conclusions of the {event_kind} will feed into the next meeting of the {framework}, to be held in {city2} in {month_year2}.",
]

GENERIC_EVENT_TEMPLATES = [
    "The {event_kind} is part of the project “{project}”, implemented by {lead_s} in partnership with {ministry} and funded by {donor_s}.",
    "{N_part_word} participants from {partner_s}, the {national_body} and local institutions attended the {event_kind}.",
    "The {event_kind} focused on {topic_long}.",
    "Similar events were held in {city2} and {city3} earlier in {year}.",
    "The event was streamed online and followed by more than {n_big} viewers.",
    "Participants visited the {national_body} and met with representatives of {ngo}.",
]

QUOTE_TEMPLATES = [
    "“{quote}”, said {sp}, {sp_title}.",
    "{Sp}, {sp_title}, said that {indirect}.",
    "Speaking at the opening, {sp}, {sp_title}, stressed: “{quote}.”",
    "“{quote},” said {sp}.",
    "According to {sp}, {sp_title}, “{quote_lc}.”",
    "{Sp} ({sp_title}) added that {indirect}.",
    "{Sp} thanked {donor_s} for its continued support, noting that {indirect}.",
    "“{quote}”, {sp} pointed out. “{quote2}.”",
    "In her address, {sp}, {sp_title}, underlined that {indirect}.",
    "“{quote}”, {sp_title_cap} {sp} told participants.",
]

QUOTES = [
    "{Topic} is a shared responsibility, and no country can address it alone",
    "We are proud to support {country_the} in its efforts to {goal}",
    "This {event_kind} is an important step towards our common goal to {goal}",
    "Our cooperation with {partner_s} has been excellent, and we will continue to work together to {goal}",
    "Every migrant has the right to be treated with dignity, regardless of their status",
    "Institutions at the local level are the first to respond, and they need our support",
    "Without reliable data, we cannot design good policies",
    "The knowledge gained today will help {participants} to better protect the people they work with",
    "{Country_the} has made significant progress in recent years, but challenges remain",
    "We need to listen to the voices of refugees and migrants themselves",
    "Partnership is the key word here: government, civil society and international organizations working together",
    "I would like to thank {donor_s} for its generous support, without which this {event_kind} would not have been possible",
    "Migration, when well managed, benefits everyone: migrants, countries of origin and countries of destination",
    "Our priority is to {goal}, and we will continue to invest in this area",
]

INDIRECT = [
    "{country_the} remains committed to {goal_ing}",
    "the {event_kind} was an opportunity to exchange good practices on {sub1}",
    "cooperation with {partner_s} had been crucial to {goal}",
    "more than {n_big} people had benefited from the programme since {year0}",
    "the new law would bring national legislation in line with international standards",
    "further efforts were needed to {goal}",
    "{lead_s} would continue to support the authorities in {goal_ing}",
]

BACKGROUND_TEMPLATES = [
    "{Lead_s} has been present in {country_the} since {year0}, supporting the Government in {goal_ing}.",
    "Since {year0}, more than {n_big} {group} have {group_verb} {country_the}, according to {source}.",
    "The project “{project}” is implemented by {lead_s} in partnership with {ministry} and is funded by {donor_s} with a total budget of {amount}.",
    "The {event_kind} was organized within the framework of the {framework}.",
    "Earlier this year, {lead_s} and {partner_s} signed a memorandum of understanding in {city2} on cooperation in the field of {topic}.",
    "In {year0}, {lead_s} opened an office in {city2} to support {group} in the region.",
    "{Donor_s} has supported {lead_s} programmes in {country_the} with more than {amount} since {year0}.",
    "According to {source}, {country_the} currently hosts some {n_big} {group}.",
    "The activities are coordinated with the {office2} and the {national_body}.",
    "The {project_s} project covers {country_the}, {country2} and {country3} and runs until {year_end}.",
]

TITLE_TEMPLATES = [
    "{lead_a} and {partner_a} Organize {event_title} in {city}",
    "{event_title} Held in {city}",
    "{city} Hosts {event_title}",
    "{event_title} on {topic_title} Opens in {city}",
    "{lead_a}: {event_title} for {participants_title}",
    "{participants_title} Trained on {sub_title}",
    "{partner_a} and {lead_a} Discuss {topic_title} in {city}",
    "{sp_surname}: “{short_quote}”",
    "New {event_title} Strengthens Cooperation on {topic_title}",
    "{donor_a} Supports {event_title} in {country}",
]

SHORT_QUOTES = ["No One Should Be Left Behind", "Migration Is a Shared Responsibility",
                "We Will Continue Our Support", "Cooperation Is Key", "Data Save Lives",
                "Protection Must Come First"]

CONTACT_INTROS = ["For further information please contact:", "For more information, please contact:",
                  "Media contacts:", "For further information, please contact", "Press contact:",
                  "For media enquiries:"]

ABOUT_TEXT = {
    "IOM": "Established in 1951, IOM is the leading inter-governmental organization in the field of migration and works closely with governmental, intergovernmental and non-governmental partners. IOM is dedicated to promoting humane and orderly migration for the benefit of all.",
    "UNHCR": "UNHCR, the UN Refugee Agency, leads international action to protect people forced to flee their homes because of conflict and persecution. It delivers life-saving assistance, helps safeguard fundamental human rights, and develops solutions that ensure people have a safe place to call home.",
    "ILO": "The International Labour Organization is the United Nations agency for the world of work. It brings together governments, employers and workers to set labour standards, develop policies and devise programmes promoting decent work for all women and men.",
    "OSCE": "With 57 participating States in North America, Europe and Asia, the OSCE is the world's largest regional security organization, working to ensure peace, democracy and stability for more than a billion people.",
    "UNDP": "UNDP is the leading United Nations organization fighting to end the injustice of poverty, inequality and climate change. Working with a broad network of experts and partners in 170 countries, it helps nations build integrated, lasting solutions for people and planet.",
    "UNICEF": "UNICEF works in some of the world's toughest places to reach the world's most disadvantaged children. Across more than 190 countries and territories, it works for every child, everywhere, to build a better world for everyone.",
    "ICMPD": "The International Centre for Migration Policy Development is an international organization with 20 Member States and more than 400 staff members, active in more than 90 countries worldwide.",
    "UNODC": "UNODC supports Member States in their efforts to make the world safer from drugs, crime and terrorism.",
}

NAV_ITEMS = ["Home", "About us", "Who we are", "What we do", "Where we work", "News", "Press releases",
             "Publications", "Data and research", "Get involved", "Careers", "Procurement", "Contact",
             "Media centre", "Stories", "Events", "Donate", "Partners", "Multimedia"]

COOKIE_TEXTS = [
    "This website uses cookies to improve your experience. By continuing to browse the site you agree to our use of cookies.",
    "We use cookies to give you the best possible experience. Accept all cookies | Manage preferences",
    "Our website uses analytics cookies. Learn more in our privacy notice.",
]

SHARE_LINES = ["Share this:", "Share: Facebook | Twitter | LinkedIn | Email", "SHARE ON: Facebook Twitter WhatsApp",
               "Share this page", "Print | Email | Share"]

# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------

PH = re.compile(r"\{(\w+)\}")

_FOLD = {"Đ": "Dj", "đ": "dj", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "ı": "i", "'": "", " ": ""}


def ascii_fold(s):
    out = []
    for ch in s:
        if ch in _FOLD:
            out.append(_FOLD[ch])
            continue
        for c in unicodedata.normalize("NFKD", ch):
            if ord(c) < 128 and not unicodedata.combining(c):
                out.append(c)
    return "".join(out)


def slugify(s, maxlen=60):
    s = ascii_fold(s.replace(" ", "-")).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:maxlen].rstrip("-") or "x"


def cap1(s):
    return s[:1].upper() + s[1:] if s else s


def title_case(s):
    small = {"and", "of", "the", "in", "on", "for", "to", "a", "an", "with", "at", "by"}
    words = s.split(" ")
    return " ".join(w if (i and w in small) else cap1(w) for i, w in enumerate(words))


def initials(name):
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    return "".join(w[0] for w in words if w[0].isupper())[:6]


def file_sha(path):
    h = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
        return h.hexdigest()[:16]
    except OSError:
        return "absent"


def fingerprint():
    """Identifies everything the output depends on apart from the command line."""
    h = hashlib.sha256()
    h.update(("v%d" % GENERATOR_VERSION).encode())
    for p in (os.path.abspath(__file__), ISO_3166, CITIES_TSV, ORGS_TSV):
        h.update(file_sha(p).encode())
    return h.hexdigest()[:16]


# --------------------------------------------------------------------------
# Data loading
# --------------------------------------------------------------------------

class Org:
    __slots__ = ("name", "acr", "kind", "domain", "noart", "aliases", "parent", "country", "art", "famous")

    def __init__(self, name, acr="", kind="igo", domain="", noart=False, aliases=(), parent=None, country=None,
                 art=None):
        self.name = name
        self.acr = acr
        self.kind = kind
        self.domain = domain or (slugify(acr or initials(name) or name, 20) + ".org")
        self.noart = noart
        self.aliases = list(aliases)
        self.parent = parent
        self.country = country
        # does the name take "the" in running text?
        self.art = art if art is not None else (kind == "office" or (not noart and needs_article(name)))
        self.famous = False  # well-known enough to be introduced by its acronym alone


_ARTICLE_START = ("International", "United", "European", "World", "Organization", "Office", "Council",
                  "Ministry", "Delegation", "Embassy", "Government", "Federal", "National", "State",
                  "Danish", "Norwegian", "Swiss", "Swedish", "Japan", "Korea", "Agency", "Commissariat",
                  "Centre", "Center", "Association", "Institute", "Food", "High", "Joint", "Bureau",
                  "Foreign", "Regional", "Permanent", "Directorate", "Border", "Public", "Secretariat",
                  "Inter-", "OSCE", "Coalition", "Network", "Alliance", "Initiative", "Foundation", "Migration")


_ARTICLE_WORDS = re.compile(r" (Agency|Office|Bank|Fund|Council|Committee|Centre|Center|Institute|Organi[sz]ation|"
                            r"Programme|Commission|Federation|Foundation|Service|Network|Initiative|Union|"
                            r"Alliance|Mission|Secretariat|Directorate|Ministry|Court|Delegation)\b")


def needs_article(name):
    return name.startswith(_ARTICLE_START) or bool(_ARTICLE_WORDS.search(name))


def load_countries():
    out = []
    try:
        with open(ISO_3166, encoding="utf-8") as f:
            data = json.load(f)["3166-1"]
        for c in data:
            cc = c["alpha_2"]
            name = COUNTRY_OVERRIDES.get(cc) or c.get("common_name") or c["name"]
            name = re.sub(r"\s*\(.*?\)", "", name)
            if "," in name:
                a, b = name.split(",", 1)
                name = b.strip() + " " + a.strip()
            out.append((cc, name))
        src = ISO_3166
    except (OSError, ValueError, KeyError):
        out = list(FALLBACK_COUNTRIES)
        src = "built-in"
    out.sort()
    return out, src


def _tsv_rows(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            yield line.rstrip("\n").rstrip("\r").split("\t")


def load_cities(country_codes):
    """Returns {iso2: [(name, population, is_capital), ...]} sorted by population desc."""
    by_cc = {}
    src = "built-in"
    if os.path.exists(CITIES_TSV):
        try:
            for row in _tsv_rows(CITIES_TSV):
                if len(row) < 4:
                    continue
                name, cc = row[1].strip(), row[3].strip().upper()
                if not name or cc not in country_codes:
                    continue
                try:
                    pop = int(row[4]) if len(row) > 4 and row[4].strip() else 0
                except ValueError:
                    pop = 0
                cap = 1 if len(row) > 5 and row[5].strip() == "PPLC" else 0
                by_cc.setdefault(cc, []).append((name, pop, cap))
            if by_cc:
                src = CITIES_TSV
        except OSError:
            by_cc = {}
    if not by_cc:
        for name, cc, pop, cap in FALLBACK_CITIES:
            by_cc.setdefault(cc, []).append((name, pop, cap))
    for cc in by_cc:
        lst = sorted(set(by_cc[cc]), key=lambda x: (-x[2], -x[1], x[0]))
        # capital first, then the most populous, keep at most 25 per country
        by_cc[cc] = lst[:25]
    return by_cc, src


_TSV_KIND = {"ngo": "ngo", "foundation": "ngo", "government_body": "gov", "financial": "donor",
             "development_agency": "donor", "un": "igo", "intergovernmental": "igo", "regional": "igo",
             "research": "igo"}


def load_tsv_orgs():
    """Rows of organizations.tsv as (Org, [all acronyms]); Org.aliases holds the aliases."""
    out = []
    if not os.path.exists(ORGS_TSV):
        return out, "built-in"
    try:
        for row in _tsv_rows(ORGS_TSV):
            name = row[0].strip()
            if not name or len(name) > 90:
                continue
            acrs = [a.strip() for a in row[1].split("|")] if len(row) > 1 else []
            acrs = [a for a in acrs if a and len(a) <= 12]
            aliases = [a.strip() for a in row[2].split("|")] if len(row) > 2 else []
            aliases = [a for a in aliases if a and len(a) <= 90]
            cat = row[4].strip().lower() if len(row) > 4 else ""
            kind = _TSV_KIND.get(cat)
            if kind is None:
                kind = "ngo" if "ngo" in cat else "donor" if ("donor" in cat or "financ" in cat) else "igo"
            out.append((Org(name, acrs[0] if acrs else "", kind, "", not needs_article(name), aliases), acrs))
    except OSError:
        return [], "built-in"
    out.sort(key=lambda x: x[0].name)
    return out, (ORGS_TSV if out else "built-in")


# --------------------------------------------------------------------------
# The world: persistent entities shared by all documents
# --------------------------------------------------------------------------

class Person:
    __slots__ = ("first", "last", "female", "title", "org", "hon")

    def __init__(self, first, last, female, title, org, hon):
        self.first, self.last, self.female, self.title, self.org, self.hon = first, last, female, title, org, hon

    @property
    def full(self):
        return self.first + " " + self.last


class World:
    def __init__(self, rng):
        self.rng = rng
        self.countries, self.countries_src = load_countries()
        self.cname = dict(self.countries)
        self.cities, self.cities_src = load_cities(set(self.cname))
        # countries used as event locations: those with cities, weighted by focus
        ccs = sorted(self.cities)
        self.loc_ccs = ccs
        self.loc_w = [FOCUS_COUNTRIES.get(cc, 0.1) for cc in ccs]
        self.all_ccs = [cc for cc, _ in self.countries]
        self.core = {}
        for acr, name, kind, domain, noart, aliases in CORE_ORGS:
            o = Org(name, acr, kind, domain, noart, aliases)
            o.famous = True
            self.core[acr or name] = o
        tsv, self.orgs_src = load_tsv_orgs()
        self.extra = []
        for o, acrs in tsv:
            core = self._core_match(o, acrs)
            if core is None:
                self.extra.append(o)
            else:
                # adopt the ontology's canonical name; keep the built-in one as an alias
                names = [core.name] + o.aliases + core.aliases
                core.name = o.name
                core.aliases = [a for i, a in enumerate(names) if a != o.name and a not in names[:i]][:6]
                core.art = not core.noart and needs_article(core.name)
        self.extra_partners = [o for o in self.extra if o.kind in ("igo", "ngo")] or self.extra
        self.extra_donors = [o for o in self.extra if o.kind == "donor"]
        c = self.core
        self.igo_partners = [c[k] for k in ("IOM", "UNHCR", "ILO", "OSCE", "UNDP", "UNICEF", "UN Women",
                                            "UNFPA", "UNODC", "WHO", "OHCHR", "WFP", "ICMPD", "CoE",
                                            "Frontex", "EUAA", "ICRC", "IFRC", "FAO", "UNESCO", "ODIHR")]
        self.ngo_partners = [c[k] for k in ("DRC", "NRC", "IRC", "Save the Children", "Caritas Internationalis",
                                            "MSF", "Terre des hommes", "Amnesty International", "HRW", "Oxfam")]
        self.donor_orgs = [c[k] for k in ("EU", "European Commission", "DG ECHO", "World Bank", "USAID", "PRM",
                                          "SDC", "Sida", "JICA", "GIZ", "FCDO", "KOICA")]
        self._offices = {}
        self._ministries = {}
        self.portfolio = {}
        self._bodies = {}
        self._ngos = {}
        self._persons = {}
        self._govs = {}
        self._embassies = {}
        self.sites = self._make_sites()
        self.site_w = [s.weight for s in self.sites]

    def _core_match(self, o, acrs):
        names = {o.name.lower()} | {a.lower() for a in o.aliases}
        for core in self.core.values():
            if core.name.lower() in names:
                return core
            if core.acr and acrs and acrs[0] == core.acr:
                return core
        return None

    # -- places
    def country_name(self, cc):
        return self.cname.get(cc, cc)

    def country_the(self, cc):
        n = self.country_name(cc)
        return "the " + n if n in ARTICLE_COUNTRIES else n

    def pick_country(self, rng):
        return rng.choices(self.loc_ccs, self.loc_w)[0]

    def pick_city(self, rng, cc):
        lst = self.cities.get(cc)
        if not lst:
            return None
        # strongly prefer the capital / largest cities
        i = min(int(rng.expovariate(0.45)), len(lst) - 1)
        return lst[i][0]

    def capital(self, cc):
        lst = self.cities.get(cc)
        return lst[0][0] if lst else None

    # -- organizations
    def office(self, org, cc, rng):
        key = (org.name, cc)
        o = self._offices.get(key)
        if o is None:
            cn = self.country_name(cc)
            cap = self.capital(cc) or cn
            a = org.acr or org.name
            if org.acr == "IOM":
                pats = ["IOM Mission in {cn}", "IOM Country Office in {cn}", "IOM Office in {cap}"]
            elif org.acr == "UNHCR":
                pats = ["UNHCR Representation in {cn}", "UNHCR Office in {cap}", "UNHCR Country Office in {cn}"]
            elif org.acr == "OSCE":
                pats = ["OSCE Mission to {cn}", "OSCE Programme Office in {cap}", "OSCE Mission in {cn}"]
            elif org.acr == "ILO":
                pats = ["ILO Office for {cn}", "ILO Country Office for {cn}", "ILO Office in {cap}"]
            elif org.acr in ("EU", "European Commission"):
                pats = ["Delegation of the European Union to {cn}"]
            elif org.kind == "ngo":
                pats = ["{a} Office in {cap}", "{name} {cn}", "{a} Country Office in {cn}"]
            else:
                pats = ["{a} Country Office in {cn}", "{a} Office in {cn}", "{a} Office in {cap}"]
            name = rng.choice(pats).format(a=a, cn=cn, cap=cap, name=org.name)
            o = Org(name, "", "office", org.domain, False, (), parent=org, country=cc)
            self._offices[key] = o
        return o

    def ministry(self, cc, rng, portfolio=None):
        key = (cc, portfolio)
        m = self._ministries.get(key)
        if m is None:
            p = portfolio or rng.choice(PORTFOLIOS)
            cn = self.country_the(cc)
            form = rng.random()
            if form < 0.6:
                name = "Ministry of %s of %s" % (p, cn)
            elif form < 0.8:
                name = "Ministry of %s of the Republic of %s" % (p, self.country_name(cc)) \
                    if self.country_name(cc) not in ARTICLE_COUNTRIES else "Ministry of %s of %s" % (p, cn)
            else:
                name = "%s Ministry of %s" % (self.country_name(cc), p)
            m = Org(name, "", "gov", "%s.gov.%s" % (slugify(initials("Ministry of " + p), 8), cc.lower()),
                    False, (), country=cc, art=True)
            self._ministries[key] = m
            self.portfolio[name] = p
        return m

    def national_body(self, cc, rng):
        key = cc
        lst = self._bodies.get(key)
        if lst is None:
            names = rng.sample(NATIONAL_BODIES, 3)
            lst = [Org(n + " of " + self.country_the(cc), "", "gov", "", False, (), country=cc) for n in names]
            self._bodies[key] = lst
        return rng.choice(lst)

    def local_ngo(self, cc, rng):
        lst = self._ngos.get(cc)
        if lst is None:
            lst = []
            for _ in range(6):
                city = self.pick_city(rng, cc) or self.country_name(cc)
                name = rng.choice(NGO_PATTERNS).format(f=rng.choice(NGO_FIRST), c=rng.choice(NGO_CAUSE), city=city)
                acr = initials(name) if rng.random() < 0.6 else ""
                lst.append(Org(name, acr if len(acr) >= 2 else "", "ngo", "", False, (), country=cc, art=True))
            self._ngos[cc] = lst
        return rng.choice(lst)

    def donor(self, cc, rng):
        r = rng.random()
        if r < 0.55:
            return rng.choice(self.donor_orgs)
        if r < 0.65 and self.extra_donors:
            return rng.choice(self.extra_donors)
        dc = rng.choice([d for d in DONOR_COUNTRIES if d in self.cname and d != cc] or ["CH"])
        if r < 0.85:
            key = dc
            g = self._govs.get(key)
            if g is None:
                g = Org("Government of " + self.country_the(dc), "", "donor", "", False, (), country=dc)
                self._govs[key] = g
            return g
        key = (dc, cc)
        e = self._embassies.get(key)
        if e is None:
            cap = self.capital(cc) or self.country_name(cc)
            e = Org("Embassy of %s in %s" % (self.country_the(dc), cap), "", "donor", "", False, (), country=dc)
            self._embassies[key] = e
        return e

    def partner(self, rng, exclude):
        for _ in range(8):
            r = rng.random()
            if r < 0.5:
                o = rng.choice(self.igo_partners)
            elif r < 0.7:
                o = rng.choice(self.ngo_partners)
            elif self.extra_partners:
                o = rng.choice(self.extra_partners)
            else:
                o = rng.choice(self.igo_partners)
            if o not in exclude:
                return o
        return rng.choice(self.igo_partners)

    # -- persons
    def new_person(self, rng, cc, title, org):
        region = COUNTRY_REGION.get(cc) if cc else None
        if region is None or rng.random() < 0.25:
            region = rng.choice(REGIONS)
        female = rng.random() < 0.5
        first = rng.choice(FIRST_NAMES[region][0 if female else 1])
        lreg = region if rng.random() < 0.85 else rng.choice(REGIONS)
        last = rng.choice(LAST_NAMES[lreg])
        hon = "Ms." if female else "Mr."
        if rng.random() < 0.12:
            hon = "Dr."
        return Person(first, last, female, title, org, hon)

    def person(self, rng, key, cc, title, org):
        p = self._persons.get(key)
        if p is None:
            p = self.new_person(rng, cc, title, org)
            self._persons[key] = p
        return p

    def head_title(self, org, office, cc):
        a = org.acr or org.name
        cn = self.country_name(cc)
        if org.acr == "IOM":
            return "IOM Chief of Mission in %s" % cn
        if org.acr in ("UNHCR", "UNICEF", "UNFPA", "UNDP", "FAO", "WFP", "UN Women"):
            return "%s Representative in %s" % (a, cn)
        if org.acr == "OSCE":
            return "Head of %s" % Site.m(office)
        if org.kind == "gov":
            p = self.portfolio.get(org.name)
            return ("Minister of %s" % p) if p else "Director of %s" % Site.m(org)
        if office is org:
            return "Executive Director of %s" % Site.m(org)
        return "Head of %s" % Site.m(office)

    # -- publishing sites
    def _make_sites(self):
        rng = self.rng
        sites = []
        c = self.core
        for key, w in (("IOM", 20), ("UNHCR", 15), ("ILO", 10), ("OSCE", 10), ("UNDP", 5), ("UNICEF", 5),
                       ("UNODC", 4), ("ICMPD", 4), ("CoE", 3), ("DRC", 3), ("NRC", 3), ("UN Women", 3),
                       ("WHO", 2), ("IRC", 2)):
            sites.append(Site(rng, self, c[key], w, None))
        focus = [cc for cc in sorted(FOCUS_COUNTRIES) if cc in self.cities]
        for cc in rng.sample(focus, min(8, len(focus))):
            m = self.ministry(cc, rng, rng.choice(PORTFOLIOS[:4]))
            sites.append(Site(rng, self, m, 3, cc))
        for cc in rng.sample(focus, min(8, len(focus))):
            n = self.local_ngo(cc, rng)
            sites.append(Site(rng, self, n, 2, cc))
        return sites


class Site:
    """A publisher with its own chrome (menus, blurbs, footer) and style."""

    def __init__(self, rng, world, org, weight, cc):
        self.org = org
        self.weight = weight
        self.cc = cc
        self.domain = org.domain if "." in org.domain else org.domain + ".org"
        self.slug = slugify(self.domain.replace(".", "-"), 40)
        self.date_style = rng.randrange(6)
        self.curly = rng.random() < 0.7
        self.entity_style = rng.randrange(3)  # html: 0 raw utf-8, 1 named entities, 2 numeric
        self.dateline_style = rng.randrange(4)
        self.nav = rng.sample(NAV_ITEMS, rng.randint(6, 11))
        self.nav.insert(0, "Home") if "Home" not in self.nav else None
        self.sitename = org.name + (" – " + world.country_name(cc) if cc and org.kind == "ngo" else "")
        who = ABOUT_TEXT.get(org.acr)
        if not who:
            who = "%s works with %s, civil society and international partners to %s. We are committed to %s." % (
                cap1(self.m(org)), "governments" if org.kind != "gov" else "municipalities",
                rng.choice(GOALS), rng.choice(GOALS_ING))
        self.who = who
        self.links = ["%s: https://%s/%s" % (t, self.domain, slugify(t)) for t in
                      rng.sample(["Annual report", "Strategy 2020-2025", "Data portal", "Vacancies",
                                  "Procurement notices", "Country profiles", "Media kit", "Photo gallery",
                                  "Newsletter", "Transparency", "Publications"], 5)]
        addr_city = (world.capital(cc) if cc else None) or rng.choice(["Geneva", "Vienna", "New York", "Brussels"])
        self.footer = "© %d %s. All rights reserved. | %s | Privacy policy | Terms of use | Accessibility" % (
            rng.randint(2021, 2024), org.name, addr_city)
        self.cookie = rng.choice(COOKIE_TEXTS)
        self.share = rng.choice(SHARE_LINES)
        self.recent_titles = []
        self.script = "window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-%06d');if(document.cookie.indexOf('consent=1')<0&&window.innerWidth>480){showBanner();}" % rng.randrange(10 ** 6)
        self.css = "body{font-family:Arial,sans-serif;margin:0}nav ul{list-style:none}.cookie-banner{position:fixed;bottom:0}article p{line-height:1.5}footer{font-size:%dpx;color:#%06x}" % (
            rng.randint(11, 14), rng.randrange(1 << 24))

    @staticmethod
    def m(org):
        if org.art:
            return "the " + org.name
        return org.name


# --------------------------------------------------------------------------
# Documents
# --------------------------------------------------------------------------

def fmt_date(y, mo, d, style, wd=None):
    if style == 0:
        return "%d %s %d" % (d, MONTHS[mo - 1], y)
    if style == 1:
        return "%s %d, %d" % (MONTHS[mo - 1], d, y)
    if style == 2:
        return "%02d.%02d.%d" % (d, mo, y)
    if style == 3:
        return "%d-%02d-%02d" % (y, mo, d)
    if style == 4:
        return "%02d/%02d/%d" % (d, mo, y)
    return "%s, %d %s %d" % (WEEKDAYS[wd if wd is not None else 0], d, MONTHS[mo - 1], y)


def _weekday(y, m, d):
    # Zeller-like (0 = Monday)
    t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    yy = y - (m < 3)
    return ((yy + yy // 4 - yy // 100 + yy // 400 + t[m - 1] + d) % 7 + 6) % 7


def _mention_org(org, seen, rng):
    """Returns (text, is_first)."""
    if org.name in seen:
        seen[org.name] += 1
        if org.acr and rng.random() < 0.85:
            return org.acr, False
        return Site.m(org), False
    seen[org.name] = 1
    r = rng.random()
    if org.acr:
        if r < 0.55:
            return "%s (%s)" % (Site.m(org), org.acr), True
        if r < 0.7 and org.famous:
            return org.acr, True
    if r > 0.85 and org.aliases:
        a = rng.choice(org.aliases)
        return ("the " + a) if needs_article(a) or a.startswith("UN ") else a, True
    return Site.m(org), True


_LOWERABLE = {"This", "Our", "Every", "Institutions", "Without", "The", "Migration", "Partnership", "We"}


class Doc:
    def __init__(self, world, rng, site):
        self.w = world
        self.rng = rng
        self.site = site
        self.seen = {}
        self.pseen = set()
        self.local = None
        self.truth_orgs = {}
        self.truth_persons = []
        self.truth_places = set()
        self.build_cast()

    # ---- cast
    def build_cast(self):
        w, rng, site = self.w, self.rng, self.site
        cc = site.cc or w.pick_country(rng)
        self.cc = cc
        self.city = w.pick_city(rng, cc) or w.country_name(cc)
        self.city2 = self._other_city(cc, (self.city,))
        self.city3 = self._other_city(cc, (self.city, self.city2))
        self.cc2 = self._other_country((cc,))
        self.cc3 = self._other_country((cc, self.cc2))
        self.framework = rng.choice(FRAMEWORKS)
        self.used = set()
        lead = site.org
        self.lead = lead
        if lead.kind in ("gov", "ngo"):
            self.lead_office = lead
        else:
            self.lead_office = w.office(lead, cc, rng)
        self.partner = w.partner(rng, {lead})
        self.partner2 = w.partner(rng, {lead, self.partner}) if rng.random() < 0.6 else w.ministry(cc, rng)
        self.ministry = w.ministry(cc, rng) if lead.kind != "gov" else lead
        if rng.random() < 0.35 and lead.kind != "gov":
            self.partner = self.ministry
        self.donor = w.donor(cc, rng)
        self.ngo = w.local_ngo(cc, rng)
        self.national_body = w.national_body(cc, rng)
        p2 = self.partner if self.partner.kind in ("un", "igo", "ngo") else w.partner(rng, {lead})
        if p2.kind not in ("un", "igo", "ngo"):
            p2 = rng.choice(w.igo_partners)
        self.office2 = w.office(p2, cc, rng)
        etype = rng.choices(EVENT_TYPE_LIST, EVENT_TYPE_WEIGHTS)[0]
        self.etype = etype
        self.topic, self.topic_long = rng.choice(TOPICS)
        form = rng.choice(EVENT_TYPES[etype][0])
        if etype in ("launch", "meeting", "study visit", "info session"):
            self.event = "%s on %s" % (form, title_case(self.topic)) if etype != "meeting" else \
                "%s of the Project on %s" % (form, title_case(self.topic))
        else:
            self.event = "%s on %s" % (form, title_case(self.topic))
        self.event_kind = {"conference": "conference", "training": "training", "roundtable": "roundtable",
                           "workshop": "workshop", "meeting": "meeting", "forum": "forum", "seminar": "seminar",
                           "launch": "event", "study visit": "study visit", "info session": "session"}[etype]
        y = rng.randint(2012, 2024)
        mo = rng.randint(1, 12)
        d = rng.randint(1, 28)
        self.ymd = (y, mo, d)
        self.year = y
        self.pub = (y, mo, min(28, d + rng.randint(0, 3)))
        self.n_part = rng.choice([12, 15, 18, 20, 24, 25, 30, 35, 40, 45, 50, 60, 70, 80, 100, 120, 150, 200])
        self.participants = rng.choice(PARTICIPANTS)
        self.subs = rng.sample(SUBTOPICS, 3)
        topic_cap = title_case(self.topic)
        self.project = rng.choice(PROJECT_PATTERNS).format(
            topic_cap=topic_cap, country=w.country_name(cc), roman=rng.choice(ROMAN), route=rng.choice(ROUTES))
        self.project_s = self.project if len(self.project) < 40 else initials(self.project)
        # speakers
        speakers = []
        head = w.person(rng, ("head", lead.name, cc), cc, w.head_title(lead, self.lead_office, cc), self.lead_office)
        speakers.append(head)
        if self.ministry is not lead:
            min_title = rng.choice(["Minister of %s", "State Secretary at the Ministry of %s",
                                    "Assistant Minister of %s"]) % w.portfolio.get(self.ministry.name, "Interior")
            speakers.append(w.person(rng, ("min", self.ministry.name, min_title), cc, min_title, self.ministry))
        else:
            t = "State Secretary at the %s" % lead.name
            speakers.append(w.person(rng, ("ss", lead.name), cc, t, lead))
        if self.donor.name.startswith("Embassy of "):
            dc_name = self.donor.name[len("Embassy of "):].split(" in ")[0]
            t = "Ambassador of %s to %s" % (dc_name, w.country_the(cc))
            speakers.append(w.person(rng, ("amb", self.donor.name), self.donor.country, t, self.donor))
        elif self.donor.acr == "EU" or self.donor.name == "European Commission":
            t = rng.choice(["Head of the Delegation of the European Union to %s", "Head of Cooperation at the EU Delegation to %s"]) % w.country_name(cc)
            speakers.append(w.person(rng, ("eu", cc, t[:8]), None, t, w.office(w.core["EU"], cc, rng)))
        if rng.random() < 0.5:
            t = rng.choice(["Executive Director of %s", "President of %s", "Programme Manager at %s"]) % Site.m(self.ngo)
            speakers.append(w.person(rng, ("ngo", self.ngo.name, t[:6]), cc, t, self.ngo))
        if rng.random() < 0.3:
            t = rng.choice(["Mayor of %s", "Deputy Mayor of %s"]) % self.city
            speakers.append(w.person(rng, ("mayor", cc, self.city, t[:5]), cc, t, None))
        if rng.random() < 0.4 and self.partner.kind in ("un", "igo", "ngo"):
            off = w.office(self.partner, cc, rng)
            speakers.append(w.person(rng, ("head", self.partner.name, cc), cc,
                                     w.head_title(self.partner, off, cc), off))
        head_first = speakers[0]
        rest = speakers[1:]
        rng.shuffle(rest)
        self.speakers = [head_first] + rest
        self.sp_i = 0
        contact_title = rng.choice(["Communications Officer", "Public Information Officer", "Media and Communications Assistant",
                                    "Senior Communications Officer", "Press Officer", "National Programme Officer"])
        self.contact = w.person(rng, ("contact", self.lead_office.name), cc, contact_title, self.lead_office)
        self.truth_places.add(("country", w.country_name(cc)))
        self.truth_places.add(("city", self.city))

    def _other_city(self, cc, avoid):
        c = None
        for _ in range(6):
            c = self.w.pick_city(self.rng, cc)
            if c is None or c not in avoid:
                break
        return c or self.city

    def _other_country(self, avoid):
        c = None
        for _ in range(6):
            c = self.w.pick_country(self.rng)
            if c not in avoid:
                break
        return c

    def pick(self, pool, k=1):
        """k distinct templates from pool, preferring ones not used yet in this document."""
        fresh = [t for t in pool if t not in self.used]
        if len(fresh) < k:
            fresh = list(pool)
        out = self.rng.sample(fresh, min(k, len(fresh)))
        self.used.update(out)
        return out

    # ---- placeholder resolution
    def fill(self, template, **local):
        self.local = local
        return PH.sub(self._resolve, template)

    def _org(self, org, short=False):
        self.truth_orgs[org.name] = org
        if short and org.name in self.seen:
            return org.acr or Site.m(org)
        text, _ = _mention_org(org, self.seen, self.rng)
        return text

    def _resolve(self, m):
        key = m.group(1)
        if self.local and key in self.local:
            return self.local[key]
        if key[0].isupper():
            k = key[0].lower() + key[1:]
            if self.local and k in self.local:
                return cap1(self.local[k])
            return cap1(self._value(k))
        return self._value(key)

    def _value(self, k):
        w, rng = self.w, self.rng
        if k == "lead":
            return self._org(self.lead_office if rng.random() < 0.3 and self.lead_office is not self.lead else self.lead)
        if k == "lead_s":
            return self._org(self.lead, short=True)
        if k == "partner":
            return self._org(self.partner)
        if k == "partner_s":
            return self._org(self.partner, short=True)
        if k == "partner2":
            return self._org(self.partner2)
        if k in ("donor", "donor_s"):
            return self._org(self.donor, short=(k == "donor_s"))
        if k == "ministry":
            return self._org(self.ministry)
        if k == "ngo":
            return self._org(self.ngo)
        if k == "national_body":
            self.truth_orgs[self.national_body.name] = self.national_body
            return self._nb()
        if k == "office2":
            self.truth_orgs[self.office2.name] = self.office2
            return self.office2.name
        if k == "city":
            return self.city
        if k == "city2":
            self.truth_places.add(("city", self.city2))
            return self.city2
        if k == "city3":
            self.truth_places.add(("city", self.city3))
            return self.city3
        if k == "country":
            return w.country_name(self.cc)
        if k == "country_the":
            return w.country_the(self.cc)
        if k == "country2":
            self.truth_places.add(("country", w.country_name(self.cc2)))
            return w.country_the(self.cc2)
        if k == "country3":
            self.truth_places.add(("country", w.country_name(self.cc3)))
            return w.country_the(self.cc3)
        if k == "date":
            y, mo, d = self.ymd
            return fmt_date(y, mo, d, (0, 1, 0, 0, 1, 0)[self.site.date_style], None)
        if k == "date_end":
            y, mo, d = self.ymd
            return fmt_date(y, mo, min(d + 1, 28), (0, 1, 0, 0, 1, 0)[self.site.date_style], None)
        if k == "dateline":
            return self.dateline()
        if k == "event":
            return self.event
        if k == "event_a":
            e = self.event
            return ("an " if e[0] in "AEIOU" else "a ") + e if not e.startswith("Launch") else "the " + e
        if k == "event_kind":
            return self.event_kind
        if k == "n_part":
            return str(self.n_part)
        if k == "n_part_word":
            return str(self.n_part)
        if k == "participants":
            return self.participants
        if k in ("sub1", "sub2", "sub3"):
            return self.subs[int(k[3]) - 1]
        if k == "topic":
            return self.topic
        if k == "topic_long":
            return self.topic_long
        if k == "topic_cap":
            return title_case(self.topic)
        if k == "project":
            return self.project
        if k == "project_s":
            return self.project_s
        if k == "venue":
            return rng.choice(VENUES)
        if k == "days":
            return rng.choice(NUMWORDS[1:4])
        if k == "ordinal":
            return rng.choice(ORDINALS)
        if k == "n_small":
            return rng.choice(NUMWORDS[2:] + ["six", "eight", "ten"])
        if k == "n_big":
            return "{:,}".format(rng.choice([1, 2, 3, 5, 8, 12, 15, 20, 45, 120]) * rng.choice([100, 1000, 1000, 10000]) + rng.randrange(0, 100) * 10)
        if k == "year":
            return str(self.year)
        if k == "year0":
            return str(rng.randint(1992, max(1993, self.year - 1)))
        if k == "year_end":
            return str(self.year + rng.randint(1, 4))
        if k == "month_year2":
            return "%s %d" % (rng.choice(MONTHS), self.year + 1)
        if k == "framework":
            return self.framework
        if k == "amount":
            return rng.choice(["EUR", "USD", "CHF"]) + " " + "{:,}".format(rng.randint(2, 150) * 50000) \
                if rng.random() < 0.5 else "%s %.1f million" % (rng.choice(["EUR", "USD", "€", "$"]), rng.randint(5, 400) / 10)
        if k == "source":
            return rng.choice(SOURCES)
        if k == "group":
            self._grp = rng.choice(GROUPS)
            return self._grp[0]
        if k == "group_verb":
            return getattr(self, "_grp", GROUPS[0])[1]
        if k == "goal":
            return rng.choice(GOALS)
        if k == "goal_ing":
            return rng.choice(GOALS_ING)
        if k == "framework":
            return rng.choice(FRAMEWORKS)
        if k in ("sp", "sp_full", "sp_title", "sp_title_cap", "sp_surname"):
            return self._speaker_field(k)
        return "{" + k + "}"

    def _nb(self):
        nb = self.national_body
        if nb.name in self.seen:
            return nb.name.split(" of ")[0]
        self.seen[nb.name] = 1
        return nb.name

    def _speaker_field(self, k):
        p = self.cur_sp
        if k == "sp_title":
            return p.title
        if k == "sp_title_cap":
            return cap1(p.title)
        if k == "sp_surname":
            return p.last
        if k == "sp_full":
            self._note_person(p)
            return p.full
        # "sp": first mention full name, later honorific + surname
        if p.full in self.pseen:
            return p.hon + " " + p.last if self.rng.random() < 0.7 else p.last
        self._note_person(p)
        return p.full

    def _note_person(self, p):
        if p.full not in self.pseen:
            self.pseen.add(p.full)
            self.truth_persons.append(p)

    def next_speaker(self):
        p = self.speakers[self.sp_i % len(self.speakers)]
        self.sp_i += 1
        self.cur_sp = p
        return p

    def dateline(self):
        st = self.site.dateline_style
        y, mo, d = self.pub
        date = fmt_date(y, mo, d, 0 if self.site.date_style != 1 else 1)
        if st == 0:
            return "%s, %s – " % (self.city.upper(), date)
        if st == 1:
            return "%s – " % self.city
        if st == 2:
            return "%s, %s – " % (self.city, self.w.country_name(self.cc))
        return ""

    # ---- text
    def quote(self):
        return self.fill(self.rng.choice(QUOTES))

    def quote_sentence(self):
        rng = self.rng
        self.next_speaker()
        t = self.pick(QUOTE_TEMPLATES)[0]
        if "In her address" in t and not self.cur_sp.female:
            t = t.replace("In her address", "In his address")
        q = self.quote()
        lc = q.split(" ", 1)[0] in _LOWERABLE
        return self.fill(t, quote=q, quote_lc=(q[0].lower() + q[1:]) if lc else q, quote2=self.quote(),
                         indirect=self.fill(rng.choice(INDIRECT)))

    def title(self):
        rng = self.rng
        t = rng.choice(TITLE_TEMPLATES)
        self.cur_sp = self.speakers[0]
        ev = self.event.split(" on ")[0]
        loc = dict(lead_a=self.lead.acr or self.lead.name, partner_a=self.partner.acr or self.partner.name,
                   donor_a=self.donor.acr or self.donor.name, event_title=ev,
                   topic_title=title_case(self.topic), participants_title=title_case(self.participants),
                   sub_title=title_case(self.subs[0]), short_quote=rng.choice(SHORT_QUOTES),
                   city=self.city, country=self.w.country_name(self.cc), sp_surname=self.speakers[0].last)
        s = self.fill(t, **loc)
        self.seen.clear()  # the title does not count as first mention
        return s

    def body(self):
        rng = self.rng
        paras = [self.fill(self.pick(LEAD_TEMPLATES)[0])]
        et = self.etype
        if et == "training":
            pool = TRAINING_TEMPLATES
        elif et in ("roundtable", "workshop", "seminar"):
            pool = ROUNDTABLE_TEMPLATES + TRAINING_TEMPLATES[1:3]
        elif et in ("conference", "forum"):
            pool = CONFERENCE_TEMPLATES
        else:
            pool = GENERIC_EVENT_TEMPLATES
        n_detail = rng.randint(1, 3)
        for _ in range(n_detail):
            k = rng.randint(1, 3)
            paras.append(" ".join(self.fill(s) for s in self.pick(pool, k)))
        n_q = rng.randint(1, min(4, len(self.speakers) + 1))
        for _ in range(n_q):
            s = self.quote_sentence()
            if rng.random() < 0.4:
                s += " " + self.fill(self.pick(GENERIC_EVENT_TEMPLATES + pool)[0])
            paras.append(s)
        n_bg = rng.randint(1, 3)
        for s in self.pick(BACKGROUND_TEMPLATES, n_bg):
            paras.append(self.fill(s))
        if rng.random() < 0.35:
            paras.append(self.fill(self.pick(GENERIC_EVENT_TEMPLATES)[0]))
        about = ABOUT_TEXT.get(self.lead.acr)
        if about and rng.random() < 0.5:
            paras.append("About %s: %s" % (self.lead.acr, about))
            self.truth_orgs[self.lead.name] = self.lead
        return paras

    def contact_block(self):
        rng = self.rng
        p = self.contact
        self._note_person(p)
        cc = self.cc
        code = CALLING_CODES.get(cc, rng.choice(["41", "1", "43"]))
        phone = "+%s %d %03d %04d" % (code, rng.randint(10, 99), rng.randrange(1000), rng.randrange(10000))
        mobile = "+%s %d %03d %03d" % (code, rng.randint(60, 69), rng.randrange(1000), rng.randrange(1000))
        dom = self.lead.domain.split("/")[0]
        email = "%s%s@%s" % (ascii_fold(p.first[0]).lower(), ascii_fold(p.last).lower().replace("-", ""), dom)
        office = self.lead_office.name
        self.truth_orgs[office] = self.lead_office
        intro = rng.choice(CONTACT_INTROS)
        v = rng.randrange(4)
        if v == 0:
            return "%s\n%s, %s, Tel: %s, Mobile: %s, Email: %s" % (intro, p.full, office, phone, mobile, email)
        if v == 1:
            return "%s %s, %s, %s (%s, %s)." % (intro.rstrip(":"), p.full, p.title, office, phone, email)
        if v == 2:
            return "%s\n%s\n%s\n%s\nT: %s\nM: %s\nE: %s" % (intro, p.full, p.title, office, phone, mobile, email)
        return "%s\n%s | %s | %s | %s | %s" % (intro, p.full, p.title, office, email, phone)

    def truth(self):
        def org_rec(o):
            r = {"name": o.name}
            if o.acr:
                r["acronym"] = o.acr
            r["kind"] = o.kind
            if o.parent is not None:
                r["parent"] = o.parent.name
            return r
        y, mo, d = self.ymd
        return {
            "organizations": [org_rec(o) for _, o in sorted(self.truth_orgs.items())],
            "persons": [{"name": p.full, "title": p.title, "org": p.org.name if p.org else None}
                        for p in self.truth_persons],
            "cities": sorted({n for k, n in self.truth_places if k == "city"}),
            "countries": sorted({n for k, n in self.truth_places if k == "country"}),
            "event": {"type": self.etype, "name": self.event, "city": self.city,
                      "date": "%04d-%02d-%02d" % (y, mo, d), "organizer": self.lead.name,
                      "partners": [self.partner.name], "supporter": self.donor.name},
        }


# --------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------

_STRAIGHT = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})


def plain(text, site):
    return text if site.curly else text.translate(_STRAIGHT)


_HTML_BASE = {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;"}


def _build_html_tables():
    named = dict(_HTML_BASE)
    for cp, nm in html.entities.codepoint2name.items():
        if cp > 127:
            named[cp] = "&%s;" % nm
    return named


_HTML_NAMED = _build_html_tables()


class _Numeric(dict):
    def __missing__(self, cp):
        if cp < 128:
            raise LookupError
        v = "&#%d;" % cp if cp % 3 else "&#x%X;" % cp
        self[cp] = v
        return v


_HTML_NUMERIC = _Numeric(_HTML_BASE)


def hesc(text, style):
    if style == 0:
        return text.translate(_HTML_BASE)
    if style == 1:
        return text.translate(_HTML_NAMED)
    return text.translate(_HTML_NUMERIC)


def render_txt(site, title, date, paras, contact, chrome, rng):
    body = "\n\n".join(plain(p, site) for p in paras)
    contact = plain(contact, site)
    if not chrome:
        v = rng.randrange(4)
        if v == 0:
            return "%s\n\n%s\n\n%s\n\n%s\n" % (title, date, body, contact)
        if v == 1:
            return "PRESS RELEASE\n\n%s\n%s\n\n%s\n\n%s\n" % (title, "=" * min(len(title), 72), body, contact)
        if v == 2:
            return "%s\n%s\n\n%s\n\n%s\n\n###\n" % (date, title, body, contact)
        return "%s\n\n%s\n\n%s\n" % (title, body, contact)
    nav = "\n".join(site.nav)
    related = "\n".join("- " + t for t in site.recent_titles[-5:])
    links = "\n".join(site.links)
    return ("%s\nSkip to main content\n%s\nSearch\nEN | FR | ES\n\nHome > News > Press releases\n\n"
            "%s\n%s\n\n%s\n\n%s\n\n%s\n\nRelated news\n%s\n\nWho we are\n%s\n\nUseful links\n%s\n\n"
            "%s\n%s\n") % (site.sitename, nav, title, date, body, contact, site.share, related, site.who,
                          links, site.cookie, site.footer)


def render_html(site, title, date, iso_date, url, paras, contact, rng):
    st = site.entity_style
    e = lambda s: hesc(s, st)  # noqa: E731
    nav = "\n".join('      <li><a href="https://%s/%s">%s</a></li>' % (site.domain, slugify(n), e(n)) for n in site.nav)
    ps = []
    for i, p in enumerate(paras):
        t = e(p)
        if st == 1:
            t = t.replace("Mr. ", "Mr.&nbsp;").replace("Ms. ", "Ms.&nbsp;")
        if i == 0 and " – " in p[:80]:
            head, rest = p.split(" – ", 1)
            t = "<strong>%s</strong> %s %s" % (e(head), "&ndash;" if st else "–", e(rest))
        if len(t) > 300 and rng.random() < 0.5:
            # hard-wrapped source, like many CMS exports
            cut = t.find(" ", 200)
            if cut > 0:
                t = t[:cut] + "\n        " + t[cut + 1:]
        ps.append("      <p>%s</p>" % t)
    contact_html = "<br>\n        ".join(e(line) for line in contact.split("\n"))
    related = "\n".join('        <li><a href="/news/%s">%s</a></li>' % (slugify(t), e(t)) for t in site.recent_titles[-4:])
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "datePublished": iso_date, "publisher": {"@type": "Organization", "name": site.org.name}},
                    ensure_ascii=False).replace("</", "<\\/")
    return """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>%(title)s | %(sitename)s</title>
  <meta name="description" content="%(desc)s">
  <link rel="canonical" href="%(url)s">
  <link rel="stylesheet" href="/assets/main.css">
  <style>%(css)s</style>
  <script>%(script)s</script>
  <script type="application/ld+json">%(ld)s</script>
</head>
<body class="page-news">
  <!-- header -->
  <header>
    <a class="logo" href="https://%(domain)s/">%(sitename)s</a>
    <nav aria-label="Main">
      <ul>
%(nav)s
      </ul>
    </nav>
    <form class="search"><input type="search" placeholder="Search &hellip;"></form>
  </header>
  <main>
    <div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/news">News</a> &gt; Press releases</div>
    <article>
      <h1>%(title)s</h1>
      <time datetime="%(iso)s">%(date)s</time>
%(paras)s
      <div class="contact"><p>%(contact)s</p></div>
    </article>
    <aside class="related"><h2>Related news</h2>
      <ul>
%(related)s
      </ul>
    </aside>
  </main>
  <div class="cookie-banner" hidden>%(cookie)s</div>
  <footer>
    <div class="who"><h3>Who we are</h3><p>%(who)s</p></div>
    <p>%(footer)s</p>
  </footer>
  <noscript><img src="https://%(domain)s/pixel.gif" alt=""></noscript>
  <script>document.querySelectorAll('a[href^="http"]').forEach(function(a){if(a.host!==location.host&&a.rel!=='noopener'){a.target='_blank';}});</script>
</body>
</html>
""" % {"title": e(title), "sitename": e(site.sitename), "desc": e(plain(paras[0], site)[:160]).replace('"', "&quot;"),
       "url": e(url), "css": site.css, "script": site.script, "ld": ld, "domain": site.domain, "nav": nav, "iso": iso_date,
       "date": e(date), "paras": "\n".join(ps), "contact": contact_html, "related": related,
       "cookie": e(site.cookie), "who": e(site.who), "footer": e(site.footer)}


# --------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------

class Writer:
    def __init__(self, out_dir, folder_size, truth_path):
        self.out = out_dir
        self.folder_size = folder_size
        self.counts = {}
        self.made = set()
        self.files = 0
        self.bytes = 0
        self.text_bytes = 0
        self.docs = 0
        self.by_format = {"txt": 0, "txt+chrome": 0, "html": 0, "jsonl": 0, "json": 0}
        self.files_by_ext = {"txt": 0, "html": 0, "jsonl": 0, "json": 0}
        self.truth = open(truth_path, "w", encoding="utf-8") if truth_path else None

    def path_for(self, site, name):
        n = self.counts.get(site.slug, 0)
        self.counts[site.slug] = n + 1
        d = os.path.join(self.out, site.slug, "%04d" % (n // self.folder_size))
        if d not in self.made:
            os.makedirs(d, exist_ok=True)
            self.made.add(d)
        return os.path.join(d, name)

    def write(self, path, data, ext):
        b = data.encode("utf-8")
        with open(path, "wb") as f:
            f.write(b)
        self.files += 1
        self.files_by_ext[ext] += 1
        self.bytes += len(b)

    def note_truth(self, path, rec, extra):
        if self.truth:
            rec = dict(rec)
            rec["file"] = os.path.relpath(path, self.out)
            rec.update(extra)
            self.truth.write(json.dumps(rec, ensure_ascii=False) + "\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir", nargs="?", help="output directory (created; must be empty or absent)")
    ap.add_argument("--docs", type=int, default=1000, help="number of documents (default 1000)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--mb", type=float, default=None, help="stop after this many MB (10^6 bytes) written")
    ap.add_argument("--folder-size", type=int, default=100, help="files per folder (default 100)")
    ap.add_argument("--truth", metavar="FILE", help="also write per-document ground truth (JSON lines) to FILE "
                                                     "(keep it outside OUT_DIR or Pressgraph will read it)")
    ap.add_argument("--data-dir", default=DATA_DIR,
                    help="directory with cities.tsv / organizations.tsv (default: %(default)s)")
    ap.add_argument("--force", action="store_true", help="delete OUT_DIR first if it exists")
    ap.add_argument("--quiet", action="store_true", help="no progress output")
    ap.add_argument("--fingerprint", action="store_true",
                    help="print the fingerprint of generator + data files and exit")
    args = ap.parse_args(argv)
    global CITIES_TSV, ORGS_TSV
    CITIES_TSV = os.path.join(args.data_dir, "cities.tsv")
    ORGS_TSV = os.path.join(args.data_dir, "organizations.tsv")

    if args.fingerprint:
        print(fingerprint())
        return 0
    if not args.out_dir:
        ap.error("OUT_DIR is required")
    if args.docs < 1:
        ap.error("--docs must be >= 1")
    out = args.out_dir
    if os.path.exists(out):
        if args.force:
            shutil.rmtree(out)
        elif os.listdir(out):
            ap.error("%s exists and is not empty (use --force)" % out)
    os.makedirs(out, exist_ok=True)
    if args.truth and os.path.abspath(args.truth).startswith(os.path.abspath(out) + os.sep):
        print("warning: --truth file is inside OUT_DIR; Pressgraph will ingest it", file=sys.stderr)

    t0 = time.time()
    rng = random.Random(args.seed)
    world = World(random.Random(args.seed * 7919 + 17))
    wr = Writer(out, args.folder_size, args.truth)
    limit_bytes = int(args.mb * 1e6) if args.mb else None
    recent = []          # recent bodies for syndicated duplicates
    jsonl = {}           # site slug -> open batch [path, records, target, key, ascii, truth]
    seq = 0
    last_report = t0

    def flush_jsonl(site, batch):
        path, recs, _, _, _, truths, _ = batch
        wr.write(path, "".join(recs), "jsonl")
        for i, tr in enumerate(truths):
            wr.note_truth(path, tr, {"record": i})

    def over_limit():
        return wr.docs >= args.docs or (limit_bytes is not None and wr.bytes + pending_bytes() >= limit_bytes)

    def pending_bytes():
        return sum(b[6] for b in jsonl.values())

    while not over_limit():
        seq += 1
        site = rng.choices(world.sites, world.site_w)[0]
        doc = Doc(world, rng, site)
        if recent and rng.random() < 0.02:
            # syndicated copy of an earlier release under another site's chrome
            title, paras, contact, truth = rng.choice(recent)
        else:
            title = doc.title()
            paras = doc.body()
            contact = doc.contact_block()
            truth = doc.truth()
            recent.append((title, paras, contact, truth))
            if len(recent) > 200:
                recent.pop(0)
        y, mo, d = doc.pub
        date = fmt_date(y, mo, d, site.date_style, _weekday(y, mo, d))
        iso = "%04d-%02d-%02d" % (y, mo, d)
        slug = "%s-%s-%06d" % (iso, slugify(title, 50), seq)
        url = "https://%s/news/%s" % (site.domain, slugify(title, 80))
        text_len = sum(len(p) for p in paras) + len(title) + len(contact)
        r = rng.random()
        if r < 0.60:
            chrome = rng.random() < 0.5
            path = wr.path_for(site, slug + ".txt")
            wr.write(path, render_txt(site, title, date, paras, contact, chrome, rng), "txt")
            wr.by_format["txt+chrome" if chrome else "txt"] += 1
            wr.note_truth(path, truth, {"title": title, "date": iso})
        elif r < 0.85:
            path = wr.path_for(site, slug + ".html")
            wr.write(path, render_html(site, title, date, iso, url, paras, contact, rng), "html")
            wr.by_format["html"] += 1
            wr.note_truth(path, truth, {"title": title, "date": iso})
        elif r < 0.98:
            b = jsonl.get(site.slug)
            if b is None:
                key = rng.choices(["text", "body", "content"], [70, 15, 15])[0]
                b = [wr.path_for(site, "%s-batch-%06d.jsonl" % (site.slug, seq)), [], rng.randint(20, 100),
                     key, rng.random() < 0.3, [], 0]
                jsonl[site.slug] = b
            rec = {"url": url, "title": plain(title, site), "date": iso if rng.random() < 0.8 else date,
                   b[3]: plain("\n\n".join(paras + [contact]), site)}
            if rng.random() < 0.3:
                rec["lang"] = "en"
                rec["tags"] = [doc.topic, doc.etype]
            line = json.dumps(rec, ensure_ascii=b[4]) + "\n"
            b[1].append(line)
            b[5].append(dict(truth, title=title, date=iso))
            b[6] += len(line.encode("utf-8"))
            wr.by_format["jsonl"] += 1
            if len(b[1]) >= b[2]:
                flush_jsonl(site, b)
                del jsonl[site.slug]
        else:
            path = wr.path_for(site, slug + ".json")
            rec = {"url": url, "title": title, "date": iso, "text": "\n\n".join(paras + [contact])}
            wr.write(path, json.dumps(rec, ensure_ascii=False, indent=2) + "\n", "json")
            wr.by_format["json"] += 1
            wr.note_truth(path, truth, {"title": title, "date": iso})
        wr.docs += 1
        wr.text_bytes += text_len
        site.recent_titles.append(title)
        if len(site.recent_titles) > 8:
            site.recent_titles.pop(0)
        if not args.quiet and time.time() - last_report > 5:
            last_report = time.time()
            print("  ... %d docs, %.1f MB" % (wr.docs, wr.bytes / 1e6), file=sys.stderr)

    for slug in sorted(jsonl):
        flush_jsonl(None, jsonl[slug])
    if wr.truth:
        wr.truth.close()
    elapsed = time.time() - t0
    manifest = {
        "generator_version": GENERATOR_VERSION, "fingerprint": fingerprint(), "seed": args.seed,
        "docs_requested": args.docs, "mb_limit": args.mb, "folder_size": args.folder_size,
        "docs": wr.docs, "files": wr.files, "bytes": wr.bytes, "text_chars": wr.text_bytes,
        "docs_by_format": wr.by_format, "files_by_ext": wr.files_by_ext, "folders": len(wr.made),
        "sources": {"countries": world.countries_src, "cities": world.cities_src, "organizations": world.orgs_src},
        "generation_seconds": round(elapsed, 2),
    }
    tmp = os.path.join(out, "MANIFEST.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2, sort_keys=True)
        f.write("\n")
    os.replace(tmp, os.path.join(out, "MANIFEST"))
    print("generated %d docs in %d files (%d folders), %d bytes (%.1f MB) in %.1f s [txt %d, txt+chrome %d, html %d, "
          "jsonl %d, json %d; sources: cities=%s, organizations=%s]" % (
              wr.docs, wr.files, len(wr.made), wr.bytes, wr.bytes / 1e6, elapsed, wr.by_format["txt"],
              wr.by_format["txt+chrome"], wr.by_format["html"], wr.by_format["jsonl"], wr.by_format["json"],
              world.cities_src, world.orgs_src))
    return 0


if __name__ == "__main__":
    sys.exit(main())
