"""Generate igos.jsonl, sectors.jsonl and people.jsonl under src/parley/data/kb/ (dev time only).

The tables below (and people_data.py) are written for parley from public records and general
knowledge; the committed JSONL is what ships. Run: python scripts/kb/build_tables.py
"""

from __future__ import annotations

import json
import os
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from people_data import PEOPLE  # noqa: E402

KB = Path(__file__).resolve().parents[2] / "src" / "parley" / "data" / "kb"

# (code, name, [other names], [acronyms, matched case-sensitively], sector, parent, note)
IGOS = [
    ("IGOUNO", "United Nations", ["the United Nations", "United Nations Organization"], ["UN", "U.N."], "IGO", None, ""),
    ("IGOUSC", "United Nations Security Council", ["UN Security Council", "U.N. Security Council", "Security Council",
                                                   "the Security Council"], ["UNSC"], "IGO", "IGOUNO",
     "bare 'Security Council' assumed to be the UN's in international news"),
    ("IGOUGA", "United Nations General Assembly", ["UN General Assembly", "U.N. General Assembly", "General Assembly"],
     ["UNGA"], "IGO", "IGOUNO", ""),
    ("IGOUHC", "United Nations High Commissioner for Refugees", ["UN refugee agency", "U.N. refugee agency",
                                                                 "UN High Commissioner for Refugees"],
     ["UNHCR"], "IGO", "IGOUNO", ""),
    ("IGOUCF", "United Nations Children's Fund", ["UN Children's Fund"], ["UNICEF", "Unicef"], "IGO", "IGOUNO", ""),
    ("IGOWHO", "World Health Organization", ["World Health Organisation"], ["WHO"], "IGO", "IGOUNO",
     "acronym matched case-sensitively so the pronoun 'who' never matches"),
    ("IGOIAE", "International Atomic Energy Agency", ["UN nuclear watchdog", "U.N. nuclear watchdog"], ["IAEA"],
     "IGO", "IGOUNO", ""),
    ("IGOUHR", "United Nations Human Rights Council", ["UN Human Rights Council", "Human Rights Council"], ["UNHRC"],
     "IGO", "IGOUNO", ""),
    ("IGOOHC", "Office of the United Nations High Commissioner for Human Rights",
     ["UN human rights office", "UN High Commissioner for Human Rights"], ["OHCHR"], "IGO", "IGOUNO", ""),
    ("IGOWFP", "World Food Programme", ["World Food Program"], ["WFP"], "IGO", "IGOUNO", ""),
    ("IGOURW", "United Nations Relief and Works Agency for Palestine Refugees in the Near East",
     ["UN Relief and Works Agency"], ["UNRWA"], "IGO", "IGOUNO", ""),
    ("IGOUES", "United Nations Educational, Scientific and Cultural Organization", [], ["UNESCO", "Unesco"], "IGO",
     "IGOUNO", ""),
    ("IGOOCH", "United Nations Office for the Coordination of Humanitarian Affairs", ["UN humanitarian office"],
     ["OCHA"], "IGO", "IGOUNO", ""),
    ("IGOUDP", "United Nations Development Programme", [], ["UNDP"], "IGO", "IGOUNO", ""),
    ("IGOUPK", "United Nations peacekeepers", ["UN peacekeepers", "U.N. peacekeepers", "UN peacekeeping force",
                                               "blue helmets"], [], "IGO", "IGOUNO", "peacekeeping missions as a body"),
    ("IGOUNF", "United Nations Interim Force in Lebanon", [], ["UNIFIL"], "IGO", "IGOUNO", ""),
    ("IGOCWC", "Organisation for the Prohibition of Chemical Weapons",
     ["Organization for the Prohibition of Chemical Weapons", "chemical weapons watchdog"], ["OPCW"], "IGO", None, ""),
    ("IGONAT", "North Atlantic Treaty Organization", ["North Atlantic Treaty Organisation", "Atlantic alliance",
                                                      "the Western alliance"], ["NATO", "Nato"], "IGO", None, ""),
    ("IGOEUR", "European Union", ["the European Union"], ["EU", "E.U."], "IGO", None,
     "'Brussels' is listed here: in international news it usually stands for the EU institutions"),
    ("IGOEUC", "European Commission", ["the European Commission", "EU Commission", "Brussels"], [], "IGO",
     "IGOEUR", "'Brussels' as metonym for the EU executive"),
    ("IGOEUP", "European Parliament", ["the European Parliament"], [], "IGO", "IGOEUR", ""),
    ("IGOCEU", "Council of the European Union", ["Council of the EU", "EU Council", "Council of Ministers of the EU"],
     [], "IGO", "IGOEUR", ""),
    ("IGOECO", "European Council", [], [], "IGO", "IGOEUR", "heads of state/government of EU members"),
    ("IGOECB", "European Central Bank", [], ["ECB"], "IGO", "IGOEUR", ""),
    ("IGOCOE", "Council of Europe", [], [], "IGO", None, ""),
    ("IGOECH", "European Court of Human Rights", [], ["ECHR"], "IGO", "IGOCOE", ""),
    ("IGOOSC", "Organization for Security and Co-operation in Europe",
     ["Organisation for Security and Co-operation in Europe", "Organization for Security and Cooperation in Europe"],
     ["OSCE"], "IGO", None, ""),
    ("IGOARL", "Arab League", ["League of Arab States", "the Arab League"], [], "IGO", None, ""),
    ("IGOAFU", "African Union", ["the African Union", "AU Commission"], ["AU"], "IGO", None, ""),
    ("IGOASN", "Association of Southeast Asian Nations", ["Association of South East Asian Nations"], ["ASEAN", "Asean"],
     "IGO", None, ""),
    ("IGOOPC", "Organization of the Petroleum Exporting Countries", ["Organisation of the Petroleum Exporting Countries",
                                                                     "OPEC+", "OPEC Plus"], ["OPEC", "Opec"], "IGO", None, ""),
    ("IGOOAS", "Organization of American States", ["Organisation of American States"], ["OAS"], "IGO", None, ""),
    ("IGOGCC", "Gulf Cooperation Council", ["Gulf Co-operation Council", "Cooperation Council for the Arab States of the Gulf"],
     ["GCC"], "IGO", None, ""),
    ("IGOSCO", "Shanghai Cooperation Organisation", ["Shanghai Cooperation Organization"], ["SCO"], "IGO", None, ""),
    ("IGOBRI", "BRICS", ["BRICS group", "BRICS nations"], ["BRICS"], "IGO", None, ""),
    ("IGOG07", "Group of Seven", ["G7", "G-7", "Group of 7", "G8", "G-8", "Group of Eight"], [], "IGO", None,
     "G8 (1997-2014, with Russia) folded into G7"),
    ("IGOG20", "Group of Twenty", ["G20", "G-20", "Group of 20"], [], "IGO", None, ""),
    ("IGOIMF", "International Monetary Fund", [], ["IMF"], "IGO", None, ""),
    ("IGOWBK", "World Bank", ["the World Bank", "World Bank Group"], [], "IGO", None, ""),
    ("IGOWTO", "World Trade Organization", ["World Trade Organisation"], ["WTO"], "IGO", None, ""),
    ("IGOICC", "International Criminal Court", ["the International Criminal Court"], ["ICC"], "IGO", None, ""),
    ("IGOICJ", "International Court of Justice", ["World Court"], ["ICJ"], "IGO", "IGOUNO", ""),
    ("IGOITP", "Interpol", ["International Criminal Police Organization"], ["INTERPOL"], "IGO", None, ""),
    ("IGOOIC", "Organisation of Islamic Cooperation", ["Organization of Islamic Cooperation",
                                                       "Organisation of the Islamic Conference"], ["OIC"], "IGO", None, ""),
    ("IGOCWN", "Commonwealth of Nations", ["the Commonwealth"], [], "IGO", None, ""),
    ("IGOCIS", "Commonwealth of Independent States", [], ["CIS"], "IGO", None, ""),
    ("IGOCST", "Collective Security Treaty Organization", ["Collective Security Treaty Organisation"], ["CSTO"], "IGO",
     None, ""),
    ("IGOWAF", "Economic Community of West African States", [], ["ECOWAS", "Ecowas"], "IGO", None, ""),
    ("IGOMER", "Mercosur", ["Mercosul", "Southern Common Market"], [], "IGO", None, ""),
    ("IGOAPE", "Asia-Pacific Economic Cooperation", [], ["APEC", "Apec"], "IGO", None, ""),
    ("IGOEAE", "Eurasian Economic Union", [], ["EAEU"], "IGO", None, ""),
    ("IGOIGA", "Intergovernmental Authority on Development", [], ["IGAD"], "IGO", None, ""),
    ("IGOQUA", "Middle East Quartet", ["the Quartet"], [], "IGO", None, "UN, EU, US and Russia mediation group"),
]

NGOS = [
    ("NGOICR", "International Committee of the Red Cross", ["Red Cross", "the Red Cross"], ["ICRC"], ""),
    ("NGOIFR", "International Federation of Red Cross and Red Crescent Societies", ["Red Crescent"], ["IFRC"], ""),
    ("NGOAMN", "Amnesty International", ["Amnesty"], [], ""),
    ("NGOHRW", "Human Rights Watch", [], ["HRW"], ""),
    ("NGOMSF", "Médecins Sans Frontières", ["Medecins Sans Frontieres", "Doctors Without Borders"], ["MSF"], ""),
    ("NGOOXF", "Oxfam", ["Oxfam International"], [], ""),
    ("NGOSOH", "Syrian Observatory for Human Rights", ["the Syrian Observatory", "Britain-based Syrian Observatory"],
     ["SOHR"], "UK-based monitor of the Syrian war"),
    ("NGOCPJ", "Committee to Protect Journalists", [], ["CPJ"], ""),
    ("NGORSF", "Reporters Without Borders", ["Reporters Sans Frontières"], [],
     "acronym RSF also used for Sudan's Rapid Support Forces; left to the group entry"),
    ("NGOSAV", "Save the Children", [], [], ""),
    ("NGOIRC", "International Rescue Committee", [], ["IRC"], ""),
    ("NGOGRP", "Greenpeace", [], [], ""),
]

# (id, name, [other names], [acronyms], country or None, sector, note)
GROUPS = [
    ("hezbollah", "Hezbollah", ["Hizbollah", "Hizbullah", "Hezbullah", "Hizballah"], [], "LBN", "INS",
     "Lebanese Shia armed group and party; sector INS for its armed wing"),
    ("hamas", "Hamas", ["Islamic Resistance Movement", "Qassam Brigades", "Izz ad-Din al-Qassam Brigades",
                        "Ezzedine al-Qassam Brigades"], ["HAMAS"], "PSE", "INS", "governed Gaza from 2007"),
    ("islamic-jihad", "Palestinian Islamic Jihad", ["Islamic Jihad", "Al-Quds Brigades"], ["PIJ"], "PSE", "INS", ""),
    ("fatah", "Fatah", [], [], "PSE", "PTY", "party of the Palestinian Authority leadership"),
    ("plo", "Palestine Liberation Organization", ["Palestine Liberation Organisation"], ["PLO"], "PSE", "GOV", ""),
    ("isis", "Islamic State", ["Islamic State of Iraq and the Levant", "Islamic State of Iraq and Syria",
                               "Islamic State group", "the Islamic State", "Daesh", "Daish", "IS militants",
                               "Islamic State in Iraq and Syria"], ["ISIS", "ISIL", "IS"], None, "INS",
     "transnational jihadist group; no home country code (CAMEO would use IMG)"),
    ("isis-k", "Islamic State Khorasan Province", ["Islamic State Khorasan", "Islamic State-Khorasan"], ["ISIS-K", "ISKP"],
     "AFG", "INS", ""),
    ("al-qaeda", "al-Qaeda", ["al-Qaida", "al Qaeda", "al Qaida", "Al Qaeda", "Al-Qaeda", "Al-Qaida", "Al Qaida",
                              "al-Qa'ida"], [], None, "INS", "transnational jihadist group"),
    ("aqap", "al-Qaeda in the Arabian Peninsula", ["Al-Qaeda in the Arabian Peninsula"], ["AQAP"], "YEM", "INS", ""),
    ("aqim", "al-Qaeda in the Islamic Maghreb", ["Al-Qaeda in the Islamic Maghreb"], ["AQIM"], None, "INS", "Sahel/Maghreb"),
    ("nusra-front", "al-Nusra Front", ["Nusra Front", "Jabhat al-Nusra", "al-Nusra", "Jabhat Fateh al-Sham",
                                       "Jabhat Fatah al-Sham", "Al-Nusra Front"], [], "SYR", "INS",
     "al-Qaeda's Syrian branch; renamed Jabhat Fateh al-Sham in 2016, merged into HTS in 2017"),
    ("hts", "Hayat Tahrir al-Sham", ["Hay'at Tahrir al-Sham", "Tahrir al-Sham"], ["HTS"], "SYR", "INS",
     "led the December 2024 offensive that ended Assad's rule; dissolved into the new Syrian state in 2025"),
    ("free-syrian-army", "Free Syrian Army", ["Syrian National Army"], ["FSA"], "SYR", "REB", ""),
    ("ypg", "People's Protection Units", ["Kurdish People's Protection Units", "YPG militia"], ["YPG"], "SYR", "REB",
     "Syrian Kurdish militia; Turkey treats it as part of the PKK"),
    ("sdf", "Syrian Democratic Forces", ["Kurdish-led Syrian Democratic Forces"], ["SDF"], "SYR", "REB", ""),
    ("pkk", "Kurdistan Workers' Party", ["Kurdistan Workers Party"], ["PKK"], "TUR", "SEP",
     "announced its dissolution in May 2025"),
    ("taliban", "Taliban", ["the Taliban", "Afghan Taliban"], [], "AFG", "INS",
     "insurgency until August 2021, then the de facto government (code AFGGOV from 2021-08-15 in practice)"),
    ("pakistani-taliban", "Tehrik-i-Taliban Pakistan", ["Pakistani Taliban", "Tehreek-e-Taliban Pakistan"], ["TTP"],
     "PAK", "INS", ""),
    ("haqqani-network", "Haqqani network", ["Haqqani Network"], [], "AFG", "INS", ""),
    ("houthis", "Houthis", ["Houthi rebels", "Houthi", "Ansar Allah", "Ansarullah", "the Houthis"], [], "YEM", "REB",
     "controls Sanaa since 2014"),
    ("boko-haram", "Boko Haram", [], [], "NGA", "INS", ""),
    ("al-shabaab", "al-Shabaab", ["al-Shabab", "Al-Shabaab", "Al-Shabab", "al Shabaab"], [], "SOM", "INS", ""),
    ("wagner", "Wagner Group", ["Wagner", "Wagner mercenaries", "Wagner private military company", "Africa Corps"], [],
     "RUS", "UAF", "Russian private military company; absorbed into state structures after 2023"),
    ("rsf-sudan", "Rapid Support Forces", ["Sudan's Rapid Support Forces"], ["RSF"], "SDN", "REB",
     "paramilitary at war with the Sudanese army since April 2023"),
    ("m23", "M23", ["March 23 Movement", "M23 rebels"], [], "COD", "REB", ""),
    ("farc", "Revolutionary Armed Forces of Colombia", ["FARC rebels"], ["FARC"], "COL", "REB",
     "demobilised under the 2016 peace deal; dissident factions remain"),
    ("eln", "National Liberation Army", ["ELN rebels"], ["ELN"], "COL", "REB", "Colombia's ELN"),
    ("lashkar-e-taiba", "Lashkar-e-Taiba", ["Lashkar-e-Toiba"], ["LeT"], "PAK", "INS", ""),
    ("jaish-e-mohammed", "Jaish-e-Mohammed", ["Jaish-e-Muhammad"], ["JeM"], "PAK", "INS", ""),
    ("kataib-hezbollah", "Kataib Hezbollah", ["Kata'ib Hezbollah"], [], "IRQ", "INS", "Iran-backed Iraqi militia"),
    ("pmf", "Popular Mobilization Forces", ["Popular Mobilisation Forces", "Hashed al-Shaabi", "Hashd al-Shaabi"],
     ["PMF", "PMU"], "IRQ", "MIL", "state-sanctioned Iraqi militia umbrella"),
    ("muslim-brotherhood", "Muslim Brotherhood", ["the Muslim Brotherhood"], [], "EGY", "OPP",
     "Egyptian Islamist movement; banned since 2013"),
    ("lna", "Libyan National Army", [], ["LNA"], "LBY", "MIL", "Khalifa Haftar's eastern forces"),
    ("jnim", "Jama'at Nusrat al-Islam wal-Muslimin", ["Jamaat Nusrat al-Islam wal-Muslimin"], ["JNIM"], "MLI", "INS", ""),
]

# (term, sector, role or None, plural, note)
SECTORS = [
    ("government", "GOV", None, False, ""), ("governments", "GOV", None, True, ""),
    ("administration", "GOV", None, False, ""), ("regime", "GOV", None, False, ""),
    ("authorities", "GOV", None, True, ""), ("cabinet", "GOV", None, False, ""),
    ("ministry", "GOV", None, False, ""), ("ministries", "GOV", None, True, ""),
    ("minister", "GOV", "Minister", False, ""), ("ministers", "GOV", None, True, ""),
    ("officials", "GOV", None, True, "unqualified officials default to government"),
    ("official", "GOV", None, False, ""), ("leader", "GOV", None, False, "head of state/government by default"),
    ("leaders", "GOV", None, True, ""),
    ("president", "GOV", "President", False, ""), ("vice president", "GOV", "Vice President", False, ""),
    ("prime minister", "GOV", "Prime Minister", False, ""), ("premier", "GOV", "Premier", False, ""),
    ("chancellor", "GOV", "Chancellor", False, ""), ("king", "GOV", "King", False, ""),
    ("queen", "GOV", "Queen", False, ""), ("emir", "GOV", "Emir", False, ""),
    ("crown prince", "GOV", "Crown Prince", False, ""), ("supreme leader", "GOV", "Supreme Leader", False, ""),
    ("head of state", "GOV", None, False, ""), ("head of government", "GOV", None, False, ""),
    ("foreign minister", "GOV", "Foreign Minister", False, ""), ("foreign ministers", "GOV", None, True, ""),
    ("foreign ministry", "GOV", None, False, ""),
    ("foreign secretary", "GOV", "Foreign Secretary", False, ""), ("secretary of state", "GOV", "Secretary of State", False, ""),
    ("diplomat", "GOV", None, False, ""),
    ("diplomats", "GOV", None, True, ""), ("ambassador", "GOV", "Ambassador", False, ""),
    ("ambassadors", "GOV", None, True, ""), ("envoy", "GOV", "Envoy", False, ""), ("envoys", "GOV", None, True, ""),
    ("special envoy", "GOV", "Special Envoy", False, ""), ("embassy", "GOV", None, False, ""),
    ("consulate", "GOV", None, False, ""), ("delegation", "GOV", None, False, ""),
    ("negotiators", "GOV", None, True, ""), ("negotiator", "GOV", None, False, ""),
    ("spokesman", "GOV", "Spokesman", False, "spokespeople default to government"),
    ("spokeswoman", "GOV", "Spokeswoman", False, ""), ("spokesperson", "GOV", "Spokesperson", False, ""),
    ("interior minister", "GOV", "Interior Minister", False, ""), ("interior ministry", "GOV", None, False, ""),
    ("finance minister", "GOV", "Finance Minister", False, ""), ("national security adviser", "GOV",
                                                                 "National Security Adviser", False, ""),
    ("national security advisor", "GOV", "National Security Advisor", False, ""),
    ("mayor", "GOV", "Mayor", False, "local government"), ("governor", "GOV", "Governor", False, ""),
    ("defence minister", "MIL", "Defence Minister", False, "CAMEO codes defence ministers/ministries as MIL"),
    ("defense minister", "MIL", "Defense Minister", False, ""), ("defence ministry", "MIL", None, False, ""),
    ("defense ministry", "MIL", None, False, ""), ("defense secretary", "MIL", "Defense Secretary", False, ""),
    ("defence secretary", "MIL", "Defence Secretary", False, ""), ("secretary of defense", "MIL",
                                                                   "Secretary of Defense", False, ""),
    ("army", "MIL", None, False, ""), ("armies", "MIL", None, True, ""), ("military", "MIL", None, False, ""),
    ("armed forces", "MIL", None, True, ""), ("troops", "MIL", None, True, ""), ("soldiers", "MIL", None, True, ""),
    ("soldier", "MIL", None, False, ""), ("forces", "MIL", None, True, ""), ("air force", "MIL", None, False, ""),
    ("navy", "MIL", None, False, ""), ("marines", "MIL", None, True, ""), ("warplanes", "MIL", None, True, ""),
    ("jets", "MIL", None, True, ""), ("fighter jets", "MIL", None, True, ""), ("warships", "MIL", None, True, ""),
    ("generals", "MIL", None, True, ""),
    ("commander", "MIL", "Commander", False, ""), ("commanders", "MIL", None, True, ""),
    ("army chief", "MIL", "Army Chief", False, ""), ("chief of staff", "MIL", "Chief of Staff", False,
                                                     "usually military; White House chief of staff is GOV"),
    ("generals", "MIL", None, True, ""), ("militia", "UAF", None, False, "pro-government or unaffiliated armed men"),
    ("militias", "UAF", None, True, ""), ("gunmen", "UAF", None, True, ""), ("paramilitaries", "UAF", None, True, ""),
    ("mercenaries", "UAF", None, True, ""),
    ("police", "COP", None, True, ""), ("policemen", "COP", None, True, ""), ("police officers", "COP", None, True, ""),
    ("security forces", "COP", None, True, "CAMEO: internal security forces as police"),
    ("riot police", "COP", None, True, ""), ("border guards", "COP", None, True, ""),
    ("intelligence", "SPY", None, False, ""), ("intelligence agency", "SPY", None, False, ""),
    ("intelligence service", "SPY", None, False, ""), ("intelligence services", "SPY", None, True, ""),
    ("spy agency", "SPY", None, False, ""), ("spies", "SPY", None, True, ""), ("spy chief", "SPY", None, False, ""),
    ("parliament", "LEG", None, False, ""), ("parliaments", "LEG", None, True, ""), ("lawmakers", "LEG", None, True, ""),
    ("lawmaker", "LEG", None, False, ""), ("legislators", "LEG", None, True, ""), ("legislature", "LEG", None, False, ""),
    ("mps", "LEG", None, True, ""), ("mp", "LEG", "MP", False, ""), ("members of parliament", "LEG", None, True, ""),
    ("senate", "LEG", None, False, ""), ("senator", "LEG", "Senator", False, ""), ("senators", "LEG", None, True, ""),
    ("congressman", "LEG", "Congressman", False, ""), ("congressmen", "LEG", None, True, ""),
    ("congresswoman", "LEG", "Congresswoman", False, ""), ("speaker", "LEG", "Speaker", False, ""),
    ("national assembly", "LEG", None, False, ""), ("deputies", "LEG", None, True, ""),
    ("court", "JUD", None, False, ""), ("courts", "JUD", None, True, ""), ("judge", "JUD", "Judge", False, ""),
    ("judges", "JUD", None, True, ""), ("judiciary", "JUD", None, False, ""), ("prosecutor", "JUD", "Prosecutor", False, ""),
    ("prosecutors", "JUD", None, True, ""), ("supreme court", "JUD", None, False, ""), ("tribunal", "JUD", None, False, ""),
    ("attorney general", "JUD", "Attorney General", False, ""),
    ("rebels", "REB", None, True, ""), ("rebel", "REB", None, False, ""), ("rebel groups", "REB", None, True, ""),
    ("fighters", "REB", None, True, "armed non-state fighters"), ("guerrillas", "REB", None, True, ""),
    ("militants", "INS", None, True, ""), ("militant", "INS", None, False, ""), ("insurgents", "INS", None, True, ""),
    ("insurgent", "INS", None, False, ""), ("jihadists", "INS", None, True, ""), ("jihadis", "INS", None, True, ""),
    ("jihadist", "INS", None, False, ""), ("terrorists", "INS", None, True, ""), ("terrorist", "INS", None, False, ""),
    ("extremists", "INS", None, True, ""), ("islamists", "INS", None, True, ""), ("suicide bomber", "INS", None, False, ""),
    ("separatists", "SEP", None, True, ""), ("separatist", "SEP", None, False, ""),
    ("opposition", "OPP", None, False, ""), ("dissidents", "OPP", None, True, ""), ("dissident", "OPP", None, False, ""),
    ("protesters", "OPP", None, True, "CAMEO codes protesters as opposition"), ("protestors", "OPP", None, True, ""),
    ("demonstrators", "OPP", None, True, ""), ("activists", "OPP", None, True, ""),
    ("party", "PTY", None, False, ""), ("parties", "PTY", None, True, ""), ("ruling party", "PTY", None, False, ""),
    ("media", "MED", None, True, ""), ("journalists", "MED", None, True, ""), ("journalist", "MED", None, False, ""),
    ("reporters", "MED", None, True, ""), ("newspaper", "MED", None, False, ""), ("news agency", "MED", None, False, ""),
    ("state media", "MED", None, True, ""), ("state television", "MED", None, False, ""),
    ("companies", "BUS", None, True, ""), ("company", "BUS", None, False, ""), ("business", "BUS", None, False, ""),
    ("businesses", "BUS", None, True, ""), ("firms", "BUS", None, True, ""), ("firm", "BUS", None, False, ""),
    ("investors", "BUS", None, True, ""), ("banks", "BUS", None, True, ""), ("businessmen", "BUS", None, True, ""),
    ("civilians", "CVL", None, True, ""), ("civilian", "CVL", None, False, ""), ("residents", "CVL", None, True, ""),
    ("citizens", "CVL", None, True, ""), ("villagers", "CVL", None, True, ""),
    ("students", "EDU", None, True, ""), ("universities", "EDU", None, True, ""), ("teachers", "EDU", None, True, ""),
    ("refugees", "REF", None, True, ""), ("refugee", "REF", None, False, ""), ("migrants", "REF", None, True, ""),
    ("asylum seekers", "REF", None, True, ""), ("displaced people", "REF", None, True, ""),
    ("doctors", "HLH", None, True, ""), ("hospitals", "HLH", None, True, ""), ("health ministry", "HLH", None, False, ""),
    ("health officials", "HLH", None, True, ""), ("medics", "HLH", None, True, ""),
    ("elites", "ELI", None, True, ""), ("oligarchs", "ELI", None, True, ""),
    ("workers", "LAB", None, True, ""), ("unions", "LAB", None, True, ""), ("trade unions", "LAB", None, True, ""),
    ("strikers", "LAB", None, True, ""),
    ("clerics", "REL", None, True, ""), ("cleric", "REL", None, False, ""), ("church", "REL", None, False, ""),
    ("imam", "REL", None, False, ""), ("pope", "REL", "Pope", False, ""), ("bishops", "REL", None, True, ""),
    ("aid workers", "NGO", None, True, ""), ("aid agencies", "NGO", None, True, ""), ("charity", "NGO", None, False, ""),
    ("ngos", "NGO", None, True, ""), ("aid groups", "NGO", None, True, ""), ("human rights groups", "HRI", None, True, ""),
    ("rights groups", "HRI", None, True, ""), ("human rights activists", "HRI", None, True, ""),
    ("criminals", "CRM", None, True, ""), ("gangs", "CRM", None, True, ""), ("smugglers", "CRM", None, True, ""),
    ("drug cartels", "CRM", None, True, ""), ("cartel", "CRM", None, False, ""), ("pirates", "CRM", None, True, ""),
    ("farmers", "AGR", None, True, ""), ("environmentalists", "ENV", None, True, ""),
]


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", _fold(text).lower()).strip("-")


def write(name: str, rows: list[dict]) -> None:
    """Write one KB file; refuse to drop entries added to the committed file by hand since.

    The committed JSONL is the source of truth: these scripts made its first version. Entries
    present there but not generated here are kept unless KB_OVERWRITE=1.
    """
    ids = [r["id"] for r in rows]
    dupes = {i for i in ids if ids.count(i) > 1}
    assert not dupes, f"{name}: duplicate ids {sorted(dupes)}"
    path = KB / name
    if path.exists() and os.environ.get("KB_OVERWRITE") != "1":
        generated = set(ids)
        kept = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        extra = [r for r in kept if r["id"] not in generated]
        if extra:
            print(f"{name}: keeping {len(extra)} hand-added entries (KB_OVERWRITE=1 drops them)")
            rows = rows + extra
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} entries to {name}")


def igo_rows() -> list[dict]:
    rows = []
    for code, name, names, acr, sector, parent, note in IGOS:
        rows.append({"id": code, "kind": "igo", "code": code, "name": name, "names": names, "acronyms": acr,
                     "sector": sector, "country": None, "parent": parent, "note": note,
                     "source": "public record (organisation's own name); code assigned for parley"})
    for code, name, names, acr, note in NGOS:
        rows.append({"id": code, "kind": "ngo", "code": code, "name": name, "names": names, "acronyms": acr,
                     "sector": "NGO", "country": None, "parent": None, "note": note,
                     "source": "public record; code assigned for parley"})
    for gid, name, names, acr, country, sector, note in GROUPS:
        rows.append({"id": gid, "kind": "group", "code": (country or "IMG") + sector, "name": name, "names": names,
                     "acronyms": acr, "sector": sector, "country": country, "parent": None, "note": note,
                     "source": "general knowledge; public reporting"})
    return rows


def sector_rows() -> list[dict]:
    seen: set[str] = set()
    rows = []
    for term, sector, role, plural, note in SECTORS:
        if term in seen:
            continue
        seen.add(term)
        row = {"id": slug(term), "term": term, "sector": sector, "plural": plural, "note": note,
               "source": "CAMEO agent codes (Schrodt et al.), words chosen for parley"}
        if role:
            row["role"] = role
        rows.append(row)
    return rows


def main() -> None:
    write("igos.jsonl", igo_rows())
    write("sectors.jsonl", sector_rows())
    write("people.jsonl", PEOPLE.rows())


if __name__ == "__main__":
    main()
