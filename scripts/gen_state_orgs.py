#!/usr/bin/env python3
"""Generate gazetteers/organization-state.tsv: per-country state bodies.

For every sovereign (and partially recognised) country of gen_countries.py's
sources (world-countries@5.1.0, iso-codes, scripts/data/country-extra.tsv):
its government ("Government of Iraq", "Iraqi Government": with a capital
only), defence ministry and foreign ministry; for the countries in MILITARY
also its armed forces, army, navy (when it has one) and air force; for those
in GENERAL_STAFF its general staff; for those in COAST_GUARD its coast guard.
Surface forms are built from the country's demonyms and names ("Russian
Defence Ministry", "Russian Ministry of Defense", "Ministry of Defence of the
Russian Federation", "Russian MoD"), plus the country-specific names in
OVERRIDES (IDF, PLA, Bundeswehr, Royal Navy, VKS...). Generic words are
written in lower case in the extra aliases, so that "Russian defence
ministry" and "Russian Defence Ministry" both match (plain case rule).

Bodies that gazetteers/organization-government.tsv (hand-written) defines
with `body=<body>;country=<id>` are left out here (US Department of Defense,
State Department, UK Ministry of Defence, FCDO, ...).

The ministries and general staffs also get the bare capitalised forms
("Defence Ministry", "Ministry of Foreign Affairs", "General Staff"), shared
by every country: the linker gives such a mention to the body of the country
named just before it ("Turkey's Defence Ministry", "Russian Chief of General
Staff"), else of a country the article names, else by priority. --no-bare
leaves them out.

Usage: python3 scripts/gen_state_orgs.py [-o gazetteers/organization-state.tsv] [--no-bare]
"""
import argparse
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_countries  # noqa: E402

ROOT = gen_countries.ROOT
HAND = os.path.join(ROOT, "gazetteers", "organization-government.tsv")

# Countries with armed forces that defence news names by service.
MILITARY = set("""
US GB FR DE IT ES PT NL BE LU DK NO SE FI IS IE CH AT PL CZ SK HU RO BG GR TR CY MT
EE LV LT SI HR RS BA ME MK AL XK MD UA BY RU GE AM AZ KZ UZ KG TJ TM AF
CN TW JP KR KP MN IN PK BD LK NP MM TH VN KH LA MY SG ID PH BN AU NZ
IR IQ SY LB IL PS JO SA YE OM AE QA BH KW EG LY TN DZ MA MR SD SS ER ET DJ SO KE UG RW BI
CD CG CF TD NE ML BF NG GH CI SN GN CM GA AO MZ ZA ZW ZM NA BW TZ MG
CA MX CU VE CO BR AR CL PE EC BO UY PY
""".split()) - {"PS", "IS"}  # no armed forces: Palestine (security forces only), Iceland
NO_NAVY = {"CH", "AT", "CZ", "SK", "HU", "RS", "MK", "XK", "MD", "BY", "AM", "AF", "UZ", "KG", "TJ",
           "MN", "NP", "LA", "CF", "TD", "NE", "ML", "BF", "RW", "BI", "UG", "SS", "ZW", "ZM", "BW",
           "BO", "PY", "LU", "ET", "GE"}
GENERAL_STAFF = {"RU", "UA", "TR", "IL", "IR", "PL", "AM", "AZ", "BY", "KZ", "GE", "RS", "RO", "CZ",
                 "SK", "HU", "GR", "KP", "UZ", "KG", "TJ", "MD", "SY", "BG", "LT", "EE", "LV", "HR",
                 "CN", "CU", "VN"}
COAST_GUARD = {"US", "CN", "JP", "PH", "TR", "GR", "IN", "KR", "TW", "VN", "LY", "TN", "IT", "CA",
               "NO", "SE", "IS", "BD", "LK", "PK", "GE", "UA", "RU"}
# Ministry of *National* Defence is the usual English name of the ministry.
NATIONAL_DEFENCE = {"TR", "PL", "CN", "GR", "LT", "KR", "TW", "VN", "CA", "CO", "CL", "RO", "HU",
                    "GT", "SV", "HN", "BO", "EC", "PA", "DO", "MZ", "TG", "BJ", "KH", "LB", "MN",
                    "AF", "TD", "BF"}
# Ties between bare forms ("Defence Ministry") of countries the article names
# go to the higher priority.
TIER = {**{c: 2 for c in "RU CN UA IL IR TR".split()},
        **{c: 1 for c in "FR DE IN PK KP KR JP SA SY IQ PL TW AZ AM GR EG LB YE AE QA".split()}}

# Per-country forms. "prefix": words used before a body name in English news,
# best first (the first is used in the canonical name); default: demonyms.
COUNTRY = {
    "US": {"prefix": ["US", "U.S.", "United States", "American"]},
    "GB": {"prefix": ["British", "UK", "U.K."]},
    "RU": {"prefix": ["Russian", "Russian Federation"]},
    "KR": {"prefix": ["South Korean", "Republic of Korea", "ROK", "South Korea"]},
    "KP": {"prefix": ["North Korean", "North Korea", "DPRK"]},
    "TW": {"prefix": ["Taiwanese", "Taiwan", "Republic of China", "ROC"]},
    "CN": {"prefix": ["Chinese", "China"]},
    "IR": {"prefix": ["Iranian", "Iran", "Islamic Republic of Iran"]},
    "SA": {"prefix": ["Saudi", "Saudi Arabian"]},
    "AE": {"prefix": ["Emirati", "UAE"]},
    "PH": {"prefix": ["Philippine", "Filipino"]},
    "PK": {"prefix": ["Pakistani", "Pakistan"]},
    "BD": {"prefix": ["Bangladeshi", "Bangladesh"]},
    "LK": {"prefix": ["Sri Lankan", "Sri Lanka"]},
    "KE": {"prefix": ["Kenyan", "Kenya"]},
    "CD": {"prefix": ["Congolese", "DRC", "DR Congo"]},
    "CG": {"prefix": ["Congolese", "Congo-Brazzaville"]},
    "CF": {"prefix": ["Central African", "CAR"]},
    "BA": {"prefix": ["Bosnian"]},
    "BW": {"prefix": ["Botswana", "Botswanan"]},
    "KG": {"prefix": ["Kyrgyz"]},
    "TJ": {"prefix": ["Tajik"]},
    "UZ": {"prefix": ["Uzbek"]},
    "KZ": {"prefix": ["Kazakh", "Kazakhstani"]},
    "MM": {"prefix": ["Myanmar", "Burmese"]},
    "CZ": {"prefix": ["Czech"]},
    "SK": {"prefix": ["Slovak"]},
    "SI": {"prefix": ["Slovenian", "Slovene"]},
    "NP": {"prefix": ["Nepalese", "Nepali", "Nepal"]},
    "XK": {"prefix": ["Kosovo", "Kosovar"]},
    "GE": {"prefix": ["Georgian"]},
    "PS": {"prefix": ["Palestinian"]},
    "VA": {"prefix": ["Vatican", "Holy See"]},
}

# Per (country, body): name, aliases to add, aliases to remove, skip.
# Generic words in lower case where the text may be lower case.
OVERRIDES = {
    # United States
    ("US", "armed-forces"): {"name": "United States Armed Forces",
                             "alias": ["US Armed Forces", "U.S. Armed Forces", "US armed forces",
                                       "U.S. armed forces"]},
    ("US", "army"): {"name": "US Army", "alias": ["United States Army", "U.S. Army"]},
    ("US", "navy"): {"name": "US Navy", "alias": ["United States Navy", "U.S. Navy", "USN"]},
    ("US", "air-force"): {"name": "US Air Force", "alias": ["United States Air Force", "U.S. Air Force", "USAF"]},
    ("US", "coast-guard"): {"name": "US Coast Guard", "alias": ["United States Coast Guard", "USCG"]},
    # United Kingdom
    ("GB", "armed-forces"): {"name": "British Armed Forces",
                             "alias": ["UK Armed Forces", "His Majesty's Armed Forces", "HM Armed Forces"]},
    ("GB", "army"): {"name": "British Army"},
    ("GB", "navy"): {"name": "Royal Navy", "alias": ["British Navy"]},
    ("GB", "air-force"): {"name": "Royal Air Force", "alias": ["RAF", "British Air Force"]},
    # Russia
    ("RU", "armed-forces"): {"alias": ["Armed Forces of the Russian Federation"]},
    ("RU", "army"): {"name": "Russian Ground Forces", "alias": ["Russian Army", "Russian army"]},
    ("RU", "air-force"): {"name": "Russian Aerospace Forces",
                          "alias": ["Russian aerospace forces", "VKS", "Aerospace Forces", "Russian Air Force",
                                    "Russian air force", "Russian Air Forces", "Russian Aerospace Force"]},
    ("RU", "general-staff"): {"alias": ["General Staff of the Armed Forces of the Russian Federation",
                                        "General Staff of the Russian Armed Forces", "Russia General Staff"]},
    ("RU", "foreign-ministry"): {"alias": ["Ministry of Foreign Affairs of Russia", "Russian MFA"]},
    ("RU", "coast-guard"): {"name": "Russian Coast Guard", "alias": ["FSB Coast Guard", "FSB Border Service"]},
    # Ukraine
    ("UA", "armed-forces"): {"name": "Armed Forces of Ukraine",
                             "alias": ["AFU", "Ukrainian Armed Forces", "Ukraine's Armed Forces"]},
    ("UA", "army"): {"name": "Ukrainian Ground Forces",
                     "alias": ["Ukrainian Army", "Ukrainian army", "Ground Forces of Ukraine"]},
    ("UA", "navy"): {"alias": ["Ukrainian Naval Forces", "Naval Forces of Ukraine", "Ukraine Navy"]},
    ("UA", "air-force"): {"alias": ["Air Force of Ukraine", "Air Force of the Armed Forces of Ukraine",
                                    "Ukraine Air Force", "Ukraine's Air Force"]},
    ("UA", "general-staff"): {"name": "General Staff of the Armed Forces of Ukraine",
                              "alias": ["Ukrainian General Staff", "General Staff of Ukraine",
                                        "General Staff of the Ukrainian Armed Forces", "Ukraine General Staff"]},
    ("UA", "coast-guard"): {"skip": True},
    # Israel
    ("IL", "armed-forces"): {"name": "Israel Defense Forces",
                             "alias": ["IDF", "Israeli Defense Forces", "Israel Defence Forces",
                                       "Israeli Defence Forces", "Israeli army", "Israeli Army", "Tzahal",
                                       "Israeli Armed Forces", "Israeli armed forces"]},
    ("IL", "army"): {"skip": True},  # the IDF is the army in news usage
    ("IL", "navy"): {"alias": ["Israel Navy", "Israeli Navy"]},
    ("IL", "air-force"): {"name": "Israeli Air Force", "alias": ["Israel Air Force", "IAF"]},
    ("IL", "general-staff"): {"name": "IDF General Staff", "alias": ["Israeli General Staff"]},
    ("IL", "defence-ministry"): {"alias": ["Israel Ministry of Defense", "Israel Defense Ministry", "IMOD"]},
    # China
    ("CN", "armed-forces"): {"name": "People's Liberation Army",
                             "alias": ["PLA", "Chinese People's Liberation Army", "China's People's Liberation Army",
                                       "Chinese Armed Forces", "Chinese armed forces", "Chinese army",
                                       "Chinese Army"]},
    ("CN", "army"): {"name": "PLA Ground Force",
                     "alias": ["People's Liberation Army Ground Force", "PLAGF", "PLA Army"],
                     "drop": ["Chinese army", "Chinese Army", "China army", "China Army"]},
    ("CN", "navy"): {"name": "People's Liberation Army Navy",
                     "alias": ["PLA Navy", "PLAN", "PLA Navy", "Chinese Navy", "Chinese navy"]},
    ("CN", "air-force"): {"name": "People's Liberation Army Air Force",
                          "alias": ["PLA Air Force", "PLAAF", "Chinese Air Force", "Chinese air force"]},
    ("CN", "general-staff"): {"name": "Joint Staff Department",
                              "alias": ["Joint Staff Department of the Central Military Commission",
                                        "CMC Joint Staff Department"], "nobare": True, "template": False},
    ("CN", "coast-guard"): {"name": "China Coast Guard", "alias": ["CCG", "Chinese Coast Guard"]},
    ("CN", "defence-ministry"): {"alias": ["MND", "China's Ministry of National Defense"]},
    # Taiwan
    ("TW", "armed-forces"): {"name": "Republic of China Armed Forces", "alias": ["ROC Armed Forces"]},
    ("TW", "army"): {"name": "Republic of China Army", "alias": ["ROC Army", "Taiwanese Army", "Taiwan Army"]},
    ("TW", "navy"): {"name": "Republic of China Navy", "alias": ["ROC Navy", "Taiwanese Navy", "Taiwan Navy"]},
    ("TW", "air-force"): {"name": "Republic of China Air Force",
                          "alias": ["ROC Air Force", "ROCAF", "Taiwanese Air Force", "Taiwan Air Force"]},
    ("TW", "coast-guard"): {"name": "Taiwan Coast Guard Administration",
                            "alias": ["Coast Guard Administration", "Taiwanese coast guard", "Taiwan coast guard"]},
    ("TW", "defence-ministry"): {"alias": ["MND", "Taiwan's Ministry of National Defense"]},
    # Japan
    ("JP", "armed-forces"): {"name": "Japan Self-Defense Forces",
                             "alias": ["Self-Defense Forces", "Japanese Self-Defense Forces", "JSDF",
                                       "Self-Defence Forces", "Japan Self-Defence Forces"]},
    ("JP", "army"): {"name": "Japan Ground Self-Defense Force",
                     "alias": ["Ground Self-Defense Force", "JGSDF", "GSDF"]},
    ("JP", "navy"): {"name": "Japan Maritime Self-Defense Force",
                     "alias": ["Maritime Self-Defense Force", "JMSDF", "MSDF"]},
    ("JP", "air-force"): {"name": "Japan Air Self-Defense Force",
                          "alias": ["Air Self-Defense Force", "JASDF", "ASDF"]},
    ("JP", "coast-guard"): {"name": "Japan Coast Guard", "alias": ["JCG"]},
    # Koreas
    ("KR", "armed-forces"): {"alias": ["Republic of Korea Armed Forces", "ROK Armed Forces"]},
    ("KR", "navy"): {"alias": ["ROKN"]},
    ("KR", "air-force"): {"alias": ["ROKAF"]},
    ("KR", "defence-ministry"): {"alias": ["MND"]},
    ("KR", "coast-guard"): {"name": "Korea Coast Guard", "alias": ["KCG", "South Korean Coast Guard"]},
    ("KP", "armed-forces"): {"name": "Korean People's Army",
                             "alias": ["KPA", "North Korean People's Army", "North Korean army", "North Korean Army",
                                       "North Korean armed forces", "North Korean Armed Forces"]},
    ("KP", "army"): {"skip": True},
    ("KP", "navy"): {"alias": ["Korean People's Army Naval Force", "KPA Navy"]},
    ("KP", "air-force"): {"alias": ["Korean People's Army Air Force", "KPA Air Force", "KPAAF"]},
    ("KP", "general-staff"): {"name": "KPA General Staff", "alias": ["General Staff of the Korean People's Army"]},
    # Europe
    ("DE", "armed-forces"): {"name": "Bundeswehr", "alias": ["German Armed Forces", "German armed forces"]},
    ("DE", "army"): {"alias": ["Heer"]},
    ("DE", "navy"): {"alias": ["Deutsche Marine"]},
    ("DE", "air-force"): {"alias": ["Luftwaffe"]},
    ("DE", "defence-ministry"): {"alias": ["Federal Ministry of Defence", "German Federal Ministry of Defence", "BMVg"]},
    ("DE", "foreign-ministry"): {"alias": ["Federal Foreign Office", "German Foreign Office", "Auswärtiges Amt"]},
    ("FR", "defence-ministry"): {"name": "French Ministry of the Armed Forces",
                                 "alias": ["French Armed Forces Ministry", "French armed forces ministry",
                                           "Ministry of the Armed Forces", "Ministry of Armed Forces",
                                           "French Ministry of Armed Forces"]},
    ("FR", "foreign-ministry"): {"alias": ["Quai d'Orsay", "French Ministry for Europe and Foreign Affairs",
                                           "Ministry for Europe and Foreign Affairs"]},
    ("FR", "navy"): {"alias": ["Marine nationale", "French National Navy"]},
    ("FR", "air-force"): {"name": "French Air and Space Force",
                          "alias": ["French Air Force", "French air force", "Armée de l'Air et de l'Espace",
                                    "Armee de l'Air"]},
    ("GR", "armed-forces"): {"alias": ["Hellenic Armed Forces"]},
    ("GR", "army"): {"alias": ["Hellenic Army"]},
    ("GR", "navy"): {"alias": ["Hellenic Navy"]},
    ("GR", "air-force"): {"alias": ["Hellenic Air Force"]},
    ("GR", "general-staff"): {"name": "Hellenic National Defence General Staff",
                              "alias": ["Greek General Staff", "Hellenic National Defense General Staff", "HNDGS"]},
    ("GR", "coast-guard"): {"name": "Hellenic Coast Guard", "alias": ["Greek Coast Guard"]},
    ("TR", "armed-forces"): {"alias": ["TSK", "Turkish military forces"]},
    ("TR", "army"): {"name": "Turkish Land Forces", "alias": ["Turkish Army", "Turkish army"]},
    ("TR", "navy"): {"name": "Turkish Naval Forces", "alias": ["Turkish Navy", "Turkish navy"]},
    ("TR", "general-staff"): {"alias": ["General Staff of the Turkish Armed Forces", "Turkish General Staff",
                                        "TGS", "Genelkurmay"]},
    ("TR", "defence-ministry"): {"alias": ["=MSB", "Turkish National Defence Ministry"]},
    ("TR", "foreign-ministry"): {"alias": ["Ministry of Foreign Affairs of the Republic of Türkiye"]},
    ("PL", "armed-forces"): {"alias": ["Polish Armed Forces"]},
    ("NL", "navy"): {"name": "Royal Netherlands Navy", "alias": ["Dutch Navy", "Dutch navy"]},
    ("NL", "air-force"): {"name": "Royal Netherlands Air Force", "alias": ["Dutch Air Force", "RNLAF"]},
    ("NL", "army"): {"name": "Royal Netherlands Army", "alias": ["Dutch Army", "Dutch army"]},
    ("NO", "navy"): {"name": "Royal Norwegian Navy", "alias": ["Norwegian Navy"]},
    ("NO", "air-force"): {"name": "Royal Norwegian Air Force", "alias": ["Norwegian Air Force", "RNoAF"]},
    ("DK", "navy"): {"name": "Royal Danish Navy", "alias": ["Danish Navy"]},
    ("DK", "air-force"): {"name": "Royal Danish Air Force", "alias": ["Danish Air Force", "RDAF"]},
    ("DK", "army"): {"name": "Royal Danish Army", "alias": ["Danish Army"]},
    ("BE", "armed-forces"): {"name": "Belgian Armed Forces", "alias": ["Belgian Defence"]},
    # Commonwealth
    ("AU", "armed-forces"): {"name": "Australian Defence Force", "alias": ["Australian Defense Force"]},
    ("AU", "navy"): {"name": "Royal Australian Navy", "alias": ["RAN", "Australian Navy", "Australian navy"]},
    ("AU", "air-force"): {"name": "Royal Australian Air Force", "alias": ["RAAF", "Australian Air Force"]},
    ("AU", "defence-ministry"): {"name": "Australian Department of Defence",
                                 "alias": ["Department of Defence", "Australian Defence Department", "Defence Department"]},
    ("AU", "foreign-ministry"): {"name": "Department of Foreign Affairs and Trade",
                                 "alias": ["DFAT", "Australian Department of Foreign Affairs and Trade"]},
    ("CA", "armed-forces"): {"name": "Canadian Armed Forces", "alias": ["Canadian Forces"]},
    ("CA", "army"): {"alias": ["Canadian Army"]},
    ("CA", "navy"): {"name": "Royal Canadian Navy", "alias": ["RCN", "Canadian Navy"]},
    ("CA", "air-force"): {"name": "Royal Canadian Air Force", "alias": ["RCAF", "Canadian Air Force"]},
    ("CA", "defence-ministry"): {"name": "Department of National Defence",
                                 "alias": ["DND", "Canadian Department of National Defence",
                                           "Department of National Defense"]},
    ("CA", "foreign-ministry"): {"name": "Global Affairs Canada", "alias": ["Canadian Foreign Ministry"]},
    ("CA", "coast-guard"): {"name": "Canadian Coast Guard"},
    ("NZ", "armed-forces"): {"name": "New Zealand Defence Force", "alias": ["NZDF"]},
    ("NZ", "navy"): {"name": "Royal New Zealand Navy", "alias": ["RNZN"]},
    ("NZ", "air-force"): {"name": "Royal New Zealand Air Force", "alias": ["RNZAF"]},
    ("NZ", "foreign-ministry"): {"alias": ["Ministry of Foreign Affairs and Trade", "MFAT"]},
    ("IE", "armed-forces"): {"name": "Irish Defence Forces"},
    ("IE", "foreign-ministry"): {"alias": ["Department of Foreign Affairs"]},
    ("IE", "defence-ministry"): {"alias": ["Department of Defence"]},
    # South Asia
    ("IN", "foreign-ministry"): {"name": "Indian Ministry of External Affairs",
                                 "alias": ["Ministry of External Affairs", "MEA", "Indian External Affairs Ministry",
                                           "External Affairs Ministry", "India's Ministry of External Affairs"]},
    ("IN", "air-force"): {"alias": ["IAF"]},
    ("IN", "army"): {"name": "Indian Army"},
    ("PK", "army"): {"name": "Pakistan Army"},
    ("PK", "navy"): {"name": "Pakistan Navy"},
    ("PK", "air-force"): {"name": "Pakistan Air Force", "alias": ["PAF"]},
    ("PK", "armed-forces"): {"name": "Pakistan Armed Forces"},
    ("PK", "general-staff"): {"name": "Joint Staff Headquarters", "alias": ["Pakistan Joint Staff Headquarters"],
                              "template": False, "nobare": True},
    ("BD", "army"): {"name": "Bangladesh Army"},
    ("BD", "navy"): {"name": "Bangladesh Navy"},
    ("BD", "air-force"): {"name": "Bangladesh Air Force"},
    ("LK", "army"): {"name": "Sri Lanka Army"},
    ("LK", "navy"): {"name": "Sri Lanka Navy"},
    ("LK", "air-force"): {"name": "Sri Lanka Air Force"},
    ("AF", "armed-forces"): {"alias": ["Afghan National Army", "Afghan National Defense and Security Forces",
                                       "ANDSF"]},
    # Middle East
    ("IR", "armed-forces"): {"alias": ["Armed Forces of the Islamic Republic of Iran"]},
    ("IR", "army"): {"name": "Islamic Republic of Iran Army", "alias": ["Artesh", "Iranian Army", "Iranian army"]},
    ("IR", "navy"): {"name": "Islamic Republic of Iran Navy", "alias": ["IRIN", "Iranian Navy", "Iranian navy"]},
    ("IR", "air-force"): {"name": "Islamic Republic of Iran Air Force",
                          "alias": ["IRIAF", "Iranian Air Force", "Iranian air force"]},
    ("IR", "general-staff"): {"name": "General Staff of the Armed Forces of Iran",
                              "alias": ["Iranian Armed Forces General Staff", "Iranian General Staff",
                                        "General Staff of the Iranian Armed Forces",
                                        "General Staff of the Armed Forces of the Islamic Republic of Iran"]},
    ("IR", "defence-ministry"): {"alias": ["Ministry of Defence and Armed Forces Logistics",
                                           "Ministry of Defense and Armed Forces Logistics", "MODAFL"]},
    ("SY", "army"): {"name": "Syrian Arab Army", "alias": ["SAA", "Syrian Army", "Syrian army"]},
    ("SY", "armed-forces"): {"alias": ["Syrian Arab Armed Forces"]},
    ("LB", "armed-forces"): {"name": "Lebanese Armed Forces", "alias": ["LAF", "Lebanese army", "Lebanese Army"]},
    ("LB", "army"): {"skip": True},
    ("JO", "armed-forces"): {"name": "Jordan Armed Forces",
                             "alias": ["Jordanian Armed Forces", "Arab Army", "Jordanian Arab Army"]},
    ("JO", "air-force"): {"name": "Royal Jordanian Air Force", "alias": ["RJAF", "Jordanian Air Force"]},
    ("JO", "army"): {"skip": True},
    ("SA", "armed-forces"): {"alias": ["Saudi Arabian Armed Forces"]},
    ("SA", "army"): {"name": "Royal Saudi Land Forces", "alias": ["Saudi Army", "Saudi army", "Saudi Land Forces"]},
    ("SA", "navy"): {"name": "Royal Saudi Navy", "alias": ["Saudi Navy", "Royal Saudi Naval Forces"]},
    ("SA", "air-force"): {"name": "Royal Saudi Air Force", "alias": ["RSAF", "Saudi Air Force"]},
    ("OM", "navy"): {"name": "Royal Navy of Oman", "alias": ["Omani Navy"]},
    ("OM", "air-force"): {"name": "Royal Air Force of Oman", "alias": ["RAFO", "Omani Air Force"]},
    ("OM", "army"): {"name": "Royal Army of Oman", "alias": ["Omani Army"]},
    ("BH", "air-force"): {"name": "Royal Bahraini Air Force", "alias": ["Bahraini Air Force"]},
    ("BH", "navy"): {"name": "Royal Bahrain Naval Force", "alias": ["Bahraini Navy"]},
    ("BH", "armed-forces"): {"name": "Bahrain Defence Force", "alias": ["BDF", "Bahraini Armed Forces"]},
    ("QA", "armed-forces"): {"alias": ["Qatar Armed Forces"]},
    ("QA", "air-force"): {"name": "Qatar Emiri Air Force", "alias": ["QEAF", "Qatari Air Force"]},
    ("AE", "armed-forces"): {"name": "UAE Armed Forces", "alias": ["Emirati Armed Forces", "United Arab Emirates Armed Forces"]},
    ("AE", "air-force"): {"name": "UAE Air Force", "alias": ["United Arab Emirates Air Force", "Emirati Air Force",
                                                             "UAE Air Force and Air Defence"]},
    ("AE", "navy"): {"name": "UAE Navy", "alias": ["United Arab Emirates Navy", "Emirati Navy"]},
    ("AE", "army"): {"name": "UAE Land Forces", "alias": ["UAE Army", "Emirati Army", "Emirati army"]},
    ("KW", "armed-forces"): {"name": "Kuwait Armed Forces", "alias": ["Kuwaiti Armed Forces"]},
    ("IQ", "armed-forces"): {"alias": ["Iraqi Security Forces", "ISF", "Iraqi security forces"]},
    ("EG", "air-force"): {"alias": []},
    ("YE", "armed-forces"): {"alias": ["Yemeni government forces"]},
    ("MA", "armed-forces"): {"name": "Royal Moroccan Armed Forces", "alias": ["FAR", "Moroccan Armed Forces",
                                                                              "Moroccan armed forces"]},
    ("MA", "army"): {"name": "Royal Moroccan Army", "alias": ["Moroccan Army", "Moroccan army"]},
    ("MA", "navy"): {"name": "Royal Moroccan Navy", "alias": ["Moroccan Navy", "Moroccan navy"]},
    ("MA", "air-force"): {"name": "Royal Moroccan Air Force", "alias": ["Moroccan Air Force"]},
    ("DZ", "armed-forces"): {"name": "People's National Army", "alias": ["Algerian People's National Army", "ANP",
                                                                         "Algerian Armed Forces", "Algerian army",
                                                                         "Algerian Army"]},
    ("DZ", "army"): {"name": "Algerian Land Forces", "drop": ["Algerian army", "Algerian Army"]},
    ("LY", "coast-guard"): {"name": "Libyan Coast Guard", "alias": ["Libyan coastguard"]},
    # Africa
    ("SD", "armed-forces"): {"name": "Sudanese Armed Forces", "alias": ["SAF", "Sudanese army", "Sudanese Army",
                                                                        "Sudan Armed Forces"]},
    ("SD", "army"): {"skip": True},
    ("SS", "armed-forces"): {"name": "South Sudan People's Defence Forces", "alias": ["SSPDF",
                                                                                       "South Sudanese army",
                                                                                       "South Sudanese Army"]},
    ("SS", "army"): {"skip": True},
    ("ET", "armed-forces"): {"name": "Ethiopian National Defense Force",
                             "alias": ["ENDF", "Ethiopian National Defence Force", "Ethiopian army", "Ethiopian Army",
                                       "Ethiopian military forces"]},
    ("ET", "army"): {"skip": True},
    ("ER", "armed-forces"): {"name": "Eritrean Defence Forces", "alias": ["Eritrean Defense Forces",
                                                                          "Eritrean army", "Eritrean Army"]},
    ("ER", "army"): {"skip": True},
    ("SO", "armed-forces"): {"name": "Somali Armed Forces", "alias": ["SNA", "Somali National Army",
                                                                      "Somali army", "Somali Army"]},
    ("SO", "army"): {"skip": True},
    ("KE", "armed-forces"): {"name": "Kenya Defence Forces", "alias": ["KDF", "Kenyan Defence Forces",
                                                                       "Kenya Defense Forces"]},
    ("UG", "armed-forces"): {"name": "Uganda People's Defence Force", "alias": ["UPDF", "Ugandan army",
                                                                                "Ugandan Army",
                                                                                "Uganda People's Defense Force"]},
    ("UG", "army"): {"skip": True},
    ("RW", "armed-forces"): {"name": "Rwanda Defence Force", "alias": ["RDF", "Rwandan Defence Force",
                                                                       "Rwandan army", "Rwandan Army",
                                                                       "Rwanda Defense Force"]},
    ("RW", "army"): {"skip": True},
    ("CD", "armed-forces"): {"name": "Armed Forces of the Democratic Republic of the Congo",
                             "alias": ["FARDC", "Congolese army", "Congolese Army", "Congolese Armed Forces"]},
    ("CD", "army"): {"skip": True},
    ("ZA", "armed-forces"): {"name": "South African National Defence Force",
                             "alias": ["SANDF", "South African National Defense Force"]},
    ("NG", "armed-forces"): {"alias": ["Nigerian military forces", "Armed Forces of Nigeria"]},
    ("BW", "armed-forces"): {"name": "Botswana Defence Force", "alias": ["BDF"]},
    ("ML", "armed-forces"): {"alias": ["FAMa", "Malian army", "Malian Army"]},
    ("ML", "army"): {"skip": True},
    ("BF", "armed-forces"): {"alias": ["Burkinabe army", "Burkinabe Army"]},
    ("BF", "army"): {"skip": True},
    ("NE", "armed-forces"): {"alias": ["Nigerien army", "Nigerien Army"]},
    ("NE", "army"): {"skip": True},
    ("TD", "armed-forces"): {"alias": ["Chadian army", "Chadian Army"]},
    ("TD", "army"): {"skip": True},
    ("CF", "armed-forces"): {"alias": ["FACA"]},
    ("CF", "army"): {"skip": True},
    ("GB", "government"): {"alias": ["HM Government", "HMG"]},
    # Asia
    ("MM", "armed-forces"): {"name": "Tatmadaw",
                             "alias": ["Myanmar Armed Forces", "Myanmar military junta", "Burmese Armed Forces",
                                       "Myanmar army", "Myanmar Army", "Burmese army", "Burmese Army"]},
    ("MM", "army"): {"skip": True},
    ("VN", "armed-forces"): {"name": "Vietnam People's Army", "alias": ["Vietnamese People's Army", "VPA",
                                                                       "People's Army of Vietnam", "PAVN"]},
    ("PH", "armed-forces"): {"name": "Armed Forces of the Philippines", "alias": ["Philippine Armed Forces",
                                                                                  "Philippine armed forces"]},
    ("PH", "coast-guard"): {"alias": ["PCG"]},
    ("PH", "foreign-ministry"): {"name": "Philippine Department of Foreign Affairs",
                                 "alias": ["Department of Foreign Affairs", "DFA", "Philippine Foreign Ministry"]},
    ("PH", "defence-ministry"): {"name": "Philippine Department of National Defense",
                                 "alias": ["Department of National Defense", "DND", "Philippine Defense Department",
                                           "Philippine defense department"]},
    ("SG", "armed-forces"): {"name": "Singapore Armed Forces", "alias": ["SAF"]},
    ("SG", "navy"): {"name": "Republic of Singapore Navy", "alias": ["RSN", "Singapore Navy"]},
    ("SG", "air-force"): {"name": "Republic of Singapore Air Force", "alias": ["RSAF", "Singapore Air Force"]},
    ("SG", "army"): {"name": "Singapore Army"},
    ("MY", "armed-forces"): {"name": "Malaysian Armed Forces", "alias": []},
    ("MY", "navy"): {"name": "Royal Malaysian Navy", "alias": ["RMN", "Malaysian Navy"]},
    ("MY", "air-force"): {"name": "Royal Malaysian Air Force", "alias": ["RMAF", "Malaysian Air Force"]},
    ("TH", "armed-forces"): {"name": "Royal Thai Armed Forces", "alias": ["Thai Armed Forces", "Thai armed forces"]},
    ("TH", "army"): {"name": "Royal Thai Army", "alias": ["Thai Army", "Thai army"]},
    ("TH", "navy"): {"name": "Royal Thai Navy", "alias": ["RTN", "Thai Navy", "Thai navy"]},
    ("TH", "air-force"): {"name": "Royal Thai Air Force", "alias": ["RTAF", "Thai Air Force"]},
    ("KH", "armed-forces"): {"name": "Royal Cambodian Armed Forces", "alias": ["RCAF", "Cambodian Armed Forces"]},
    ("ID", "armed-forces"): {"name": "Indonesian National Armed Forces", "alias": ["TNI", "Indonesian Armed Forces",
                                                                                   "Indonesian armed forces"]},
    ("BN", "armed-forces"): {"name": "Royal Brunei Armed Forces"},
    # Americas
    ("BR", "army"): {"alias": ["Brazilian Army"]},
    ("MX", "army"): {"alias": ["Mexican Army", "SEDENA"]},
    ("VE", "armed-forces"): {"name": "National Bolivarian Armed Forces of Venezuela",
                             "alias": ["FANB", "Bolivarian Armed Forces", "Venezuelan Armed Forces",
                                       "Venezuelan armed forces"]},
    ("CU", "armed-forces"): {"name": "Revolutionary Armed Forces of Cuba", "alias": ["FAR", "Cuban Revolutionary Armed Forces",
                                                                                     "Cuban Armed Forces"]},
}

BODY_LABEL = {
    "defence-ministry": "Defence Ministry",
    "foreign-ministry": "Foreign Ministry",
    "armed-forces": "Armed Forces",
    "army": "Army",
    "navy": "Navy",
    "air-force": "Air Force",
    "general-staff": "General Staff",
    "coast-guard": "Coast Guard",
    "government": "Government",
}


def body_aliases(body, adjs, names, officials, cc, bare):
    """The template surface forms of one body."""
    a = []
    if body == "defence-ministry":
        natl = cc in NATIONAL_DEFENCE
        for p in adjs + names:
            a += [f"{p} Defence Ministry", f"{p} Defense Ministry", f"{p} defence ministry", f"{p} defense ministry",
                  f"{p} Ministry of Defence", f"{p} Ministry of Defense", f"{p} ministry of defence",
                  f"{p} ministry of defense", f"{p} MoD"]
            if natl:
                a += [f"{p} Ministry of National Defence", f"{p} Ministry of National Defense",
                      f"{p} National Defence Ministry", f"{p} National Defense Ministry",
                      f"{p} national defence ministry", f"{p} national defense ministry"]
        for o in officials:
            a += [f"Ministry of Defence of {o}", f"Ministry of Defense of {o}"]
            if natl:
                a += [f"Ministry of National Defence of {o}", f"Ministry of National Defense of {o}"]
        if bare:
            a += ["Defence Ministry", "Defense Ministry", "Ministry of Defence", "Ministry of Defense"]
            if natl:
                a += ["Ministry of National Defence", "Ministry of National Defense"]
    elif body == "foreign-ministry":
        for p in adjs + names:
            a += [f"{p} Foreign Ministry", f"{p} foreign ministry", f"{p} Ministry of Foreign Affairs",
                  f"{p} ministry of foreign affairs", f"{p} Foreign Affairs Ministry", f"{p} foreign affairs ministry"]
        for p in adjs:
            a += [f"{p} MFA"]
        for o in officials:
            a += [f"Ministry of Foreign Affairs of {o}"]
        if bare:
            a += ["Foreign Ministry", "Ministry of Foreign Affairs"]
    elif body == "armed-forces":
        for p in adjs:
            a += [f"{p} Armed Forces", f"{p} armed forces"]
        for o in officials:
            a += [f"Armed Forces of {o}"]
    elif body == "army":
        for p in adjs:
            a += [f"{p} Army", f"{p} army", f"{p} Ground Forces", f"{p} ground forces", f"{p} Land Forces"]
    elif body == "navy":
        for p in adjs:
            a += [f"{p} Navy", f"{p} navy", f"{p} Naval Forces", f"{p} naval forces"]
    elif body == "air-force":
        for p in adjs:
            a += [f"{p} Air Force", f"{p} air force"]
    elif body == "general-staff":
        for p in adjs:
            a += [f"{p} General Staff", f"{p} general staff", f"General Staff of the {p} Armed Forces"]
        for o in officials:
            a += [f"General Staff of the Armed Forces of {o}"]
        if bare:
            a += ["General Staff"]
    elif body == "coast-guard":
        for p in adjs:
            a += [f"{p} Coast Guard", f"{p} coast guard", f"{p} coastguard"]
    elif body == "government":
        # Only with a capital: "the Government of Iraq" names the body, "the
        # Iraqi government" describes it (the demonym is a country mention).
        for p in adjs + names:
            a += [f"{p} Government"]
        for o in officials:
            a += [f"Government of {o}"]
    return a


def hand_bodies():
    """(country id, body) pairs that the hand-written file defines."""
    taken, ids = set(), set()
    if not os.path.exists(HAND):
        return taken, ids
    for line in open(HAND, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        f = line.rstrip("\n").split("\t")
        ids.add(f[0])
        attrs = dict(kv.partition("=")[::2] for kv in (f[3].split(";") if len(f) > 3 else []) if kv)
        if "body" in attrs and "country" in attrs:
            taken.add((attrs["country"], attrs["body"]))
    return taken, ids


def build(bare=False):
    _, ents = gen_countries.build()
    taken, hand_ids = hand_bodies()
    rows = []
    for e in ents:
        if e["status"] not in ("sovereign", "partial"):
            continue
        cc = e["cca2"]
        cid = e["final_id"]
        cslug = cid.split(":", 1)[1]
        conf = COUNTRY.get(cc, {})
        adjs = conf.get("prefix") or [d for d in e["demonyms"] if d != e["name"]] or [e["name"]]
        names = [e["name"]] + [a for a in e["aliases"] if a and a in ("US", "UK", "UAE", "DRC")]
        names = [n for n in dict.fromkeys(names) if n not in adjs]
        officials = [gen_countries.with_the(e["name"])]
        for a in e["aliases"]:
            if a and re.search(r"\b(Republic|Kingdom|State|Federation|Commonwealth|Principality|Union|"
                               r"Sultanate|Emirates|Duchy|Confederation)\b", a) and "," not in a:
                officials.append("the " + a if not a.startswith("the ") else a)
                break
        bodies = ["defence-ministry", "foreign-ministry", "government"]
        if cc == "PS":
            bodies = ["foreign-ministry", "government"]
        if cc in ("VA",):
            bodies = []
        if cc in MILITARY:
            bodies += ["armed-forces", "army", "air-force"]
            if cc not in NO_NAVY:
                bodies.append("navy")
        if cc in GENERAL_STAFF:
            bodies.append("general-staff")
        if cc in COAST_GUARD:
            bodies.append("coast-guard")
        for body in bodies:
            if (cid, body) in taken:
                continue
            ov = OVERRIDES.get((cc, body), {})
            if ov.get("skip"):
                continue
            label = BODY_LABEL[body]
            if cc == "US":
                label = label.replace("Defence", "Defense")
            name = ov.get("name") or f"{adjs[0]} {label}"
            aliases = list(ov.get("alias", []))
            if ov.get("template", True):
                aliases += body_aliases(body, adjs, names, officials, cc, bare and not ov.get("nobare"))
            drop = set(ov.get("drop", []))
            if body not in ("defence-ministry", "foreign-ministry"):
                # "Turkish army", "US air force", "Russian armed forces" in lower
                # case describe a country's military, they do not name a body:
                # per the guideline the demonym is a country mention there.
                # (Ministries are often written in lower case by name.)
                aliases = [a for a in aliases if a.split()[-1][:1].isupper() or a.split()[-1].isupper()]
            out = gen_countries.dedupe(name, [a for a in aliases if a not in drop and "'s " not in a])
            oid = f"organization:{cslug}-{body}"
            if oid in hand_ids:
                sys.exit(f"{oid} is also in {HAND}")
            attrs = f"country={cid};body={body}"
            pr = TIER.get(cc, 0)
            if pr:
                attrs += f";priority={pr}"
            rows.append((oid, name, "|".join(out), attrs))
    rows.sort()
    return rows


HEADER = """\
# State bodies per country for gazer: the government and the defence and
# foreign ministries of every sovereign state; armed forces, army, navy, air
# force, general staff and coast guard where the country has them and news
# names them.
# Sources: npm package world-countries@{v} (ODbL-1.0) and Debian iso-codes
#   (LGPL-2.1+) for the countries, names and demonyms, via scripts/gen_countries.py;
#   body names and country-specific forms hand-curated in scripts/gen_state_orgs.py.
# Licence of this file: ODbL-1.0 (derived database of world-countries).
# GENERATED, do not edit: python3 scripts/gen_state_orgs.py -o gazetteers/organization-state.tsv
# {bare}
# Bodies with their own names (Pentagon, State Department, UK MoD, FCDO, ...)
# are in organization-government.tsv.
"""
BARE_NOTE = {True: 'Bare "Defence Ministry" / "Foreign Ministry" / "General Staff" are shared by every\n'
                   '# country: the linker picks the one of the country named just before, or in the article.',
             False: 'Only country-qualified forms: bare "Defence Ministry" / "Foreign Ministry" /\n'
                    '# "General Staff" are left out (--no-bare).'}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-o", "--output", default=os.path.join(ROOT, "gazetteers", "organization-state.tsv"))
    ap.add_argument("--no-bare", dest="bare", action="store_false", help="leave out the shared bare forms (see the docstring)")
    args = ap.parse_args()
    rows = build(args.bare)
    with open(args.output, "w", encoding="utf-8") as f:
        f.write(HEADER.format(v=gen_countries.WC_VERSION, bare=BARE_NOTE[args.bare]))
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"{args.output}: {len(rows)} entries", file=sys.stderr)


if __name__ == "__main__":
    main()
