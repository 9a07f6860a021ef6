"""People with date-bounded roles, written for parley from public records and general knowledge.

Compact form: `p(name, country, roles, aliases=..., note=...)`; a role is
`(title, sector, start, end)` or `(title, sector, start, end, country_or_igo_code)`.
Dates: "YYYY-MM-DD"; "YYYY-MM" or "YYYY" when only the month/year is certain (the generated entry
then says so in its note). `end=None`: still in office as far as this table knows.
Role order matters: when two roles overlap, the first listed is the one `role_of` returns.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

FAMILY_NAME_FIRST = {"CHN", "KOR", "PRK", "TWN"}
SOURCE = "public government records and general knowledge; written for parley"


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", _fold(text).lower()).strip("-")


class _People:
    def __init__(self) -> None:
        self.items: list[dict] = []

    def __call__(self, name, country, roles, aliases=(), note="", surname=True, id=None):  # noqa: A002
        self.items.append(dict(name=name, country=country, roles=roles, aliases=list(aliases), note=note,
                               surname=surname, id=id or _slug(name)))

    def rows(self) -> list[dict]:
        surnames = {}
        for it in self.items:
            it["aliases"] += EXTRA_ALIASES.get(it["name"], [])
            if it["name"] in SURNAME:
                it["surname"] = SURNAME[it["name"]]
            elif it["name"] in NO_SURNAME:
                it["surname"] = False
            if it["surname"] is True:
                parts = it["name"].split()
                sn = parts[0] if it["country"] in FAMILY_NAME_FIRST and len(parts) > 1 else parts[-1]
                surnames[it["id"]] = sn
            elif isinstance(it["surname"], str):
                surnames[it["id"]] = it["surname"]
        counts = Counter(surnames.values())
        rows = []
        for it in self.items:
            aliases = list(it["aliases"])
            notes = [it["note"]] if it["note"] else []
            sn = surnames.get(it["id"])
            if sn and counts[sn] == 1 and len(sn) > 2:
                aliases.append(sn)
                if sn.startswith(("al-", "el-")):
                    aliases.append(sn[3:])
                    aliases.append(sn[0].upper() + sn[1:])
            elif sn and counts[sn] > 1:
                notes.append(f"surname '{sn}' alone is shared with another person here, so it is not an alias")
            roles = []
            approx = False
            for r in it["roles"]:
                title, sector, start, end = r[:4]
                row = {"title": title, "sector": sector, "start": _date(start), "end": _date(end)}
                approx = approx or _partial(start) or _partial(end)
                if len(r) > 4 and r[4]:
                    row["country"] = r[4]
                if sector == "IGO" and len(row.get("country", "")) != 6:
                    raise ValueError(f"{it['name']}: IGO role {title!r} needs an IGO code as its country")
                roles.append(row)
            if approx:
                notes.append("dates given as month or year only are approximate (set to the 1st)")
            seen: dict[str, None] = {}
            for a in aliases:
                if a != it["name"]:
                    seen.setdefault(a, None)
            rows.append({"id": it["id"], "name": it["name"], "aliases": list(seen), "country": it["country"],
                         "roles": roles, "note": "; ".join(notes), "source": SOURCE})
        return rows


def _partial(d: str | None) -> bool:
    return d is not None and len(d) < 10


def _date(d: str | None) -> str | None:
    if d is None:
        return None
    if len(d) == 4:
        return f"{d}-01-01"
    if len(d) == 7:
        return f"{d}-01"
    return d


PEOPLE = _People()
p = PEOPLE
G, M, L, J, S = "GOV", "MIL", "LEG", "JUD", "SPY"

# ---------------------------------------------------------------- United States
p("Donald Trump", "USA", [("President", G, "2025-01-20", None), ("President", G, "2017-01-20", "2021-01-20")],
  aliases=["Donald J. Trump", "President Trump"])
p("Joe Biden", "USA", [("President", G, "2021-01-20", "2025-01-20"), ("Vice President", G, "2009-01-20", "2017-01-20"),
                       ("Senator", L, "1973-01-03", "2009-01-15")], aliases=["Joseph Biden", "Joseph R. Biden", "Joe R. Biden"])
p("Barack Obama", "USA", [("President", G, "2009-01-20", "2017-01-20"), ("Senator", L, "2005-01-03", "2008-11-16")],
  aliases=["Barack Hussein Obama"])
p("George W. Bush", "USA", [("President", G, "2001-01-20", "2009-01-20"), ("Governor of Texas", G, "1995-01-17", "2000-12-21")],
  aliases=["George Bush", "Bush", "George W Bush"], surname=False)
p("Bill Clinton", "USA", [("President", G, "1993-01-20", "2001-01-20")], aliases=["William Clinton", "William Jefferson Clinton"])
p("John Kerry", "USA", [("Secretary of State", G, "2013-02-01", "2017-01-20"), ("Senator", L, "1985-01-03", "2013-02-01"),
                        ("Special Presidential Envoy for Climate", G, "2021-01-20", "2024-03-06")],
  aliases=["John F. Kerry", "John Forbes Kerry"])
p("Marco Rubio", "USA", [("Secretary of State", G, "2025-01-21", None), ("National Security Adviser (acting)", G, "2025-05-01", None),
                         ("Senator", L, "2011-01-03", "2025-01-20")])
p("Antony Blinken", "USA", [("Secretary of State", G, "2021-01-26", "2025-01-20"),
                            ("Deputy Secretary of State", G, "2015-01-09", "2017-01-20"),
                            ("Deputy National Security Adviser", G, "2013-01-20", "2015-01-09")], aliases=["Tony Blinken"])
p("Mike Pompeo", "USA", [("Secretary of State", G, "2018-04-26", "2021-01-20"), ("CIA Director", S, "2017-01-23", "2018-04-26"),
                         ("Representative", L, "2011-01-03", "2017-01-23")], aliases=["Michael Pompeo"])
p("Rex Tillerson", "USA", [("Secretary of State", G, "2017-02-01", "2018-03-31"), ("ExxonMobil CEO", "BUS", "2006-01-01", "2016-12-31")])
p("Hillary Clinton", "USA", [("Secretary of State", G, "2009-01-21", "2013-02-01"), ("Senator", L, "2001-01-03", "2009-01-21")],
  aliases=["Hillary Rodham Clinton"])
p("Condoleezza Rice", "USA", [("Secretary of State", G, "2005-01-26", "2009-01-20"),
                              ("National Security Adviser", G, "2001-01-20", "2005-01-26")], aliases=["Condi Rice"])
p("Colin Powell", "USA", [("Secretary of State", G, "2001-01-20", "2005-01-26")])
p("Madeleine Albright", "USA", [("Secretary of State", G, "1997-01-23", "2001-01-20"),
                                ("Ambassador to the UN", G, "1993-01-27", "1997-01-21")])
p("Pete Hegseth", "USA", [("Secretary of Defense", M, "2025-01-25", None)], aliases=["Peter Hegseth"],
  note="title 'Secretary of War' used as a secondary title from September 2025")
p("Lloyd Austin", "USA", [("Secretary of Defense", M, "2021-01-22", "2025-01-20"), ("CENTCOM commander", M, "2013-03-22", "2016-03-30")])
p("Mark Esper", "USA", [("Secretary of Defense", M, "2019-07-23", "2020-11-09"), ("Secretary of the Army", M, "2017-11-20", "2019-07-23")])
p("Patrick Shanahan", "USA", [("Acting Secretary of Defense", M, "2019-01-01", "2019-06-24")])
p("Jim Mattis", "USA", [("Secretary of Defense", M, "2017-01-20", "2019-01-01"), ("CENTCOM commander", M, "2010-08-11", "2013-03-22")],
  aliases=["James Mattis"])
p("Ash Carter", "USA", [("Secretary of Defense", M, "2015-02-17", "2017-01-20"), ("Deputy Secretary of Defense", M, "2011-10-06", "2013-12-03")],
  aliases=["Ashton Carter"])
p("Chuck Hagel", "USA", [("Secretary of Defense", M, "2013-02-27", "2015-02-17"), ("Senator", L, "1997-01-03", "2009-01-03")])
p("Leon Panetta", "USA", [("Secretary of Defense", M, "2011-07-01", "2013-02-26"), ("CIA Director", S, "2009-02-13", "2011-06-30")])
p("Robert Gates", "USA", [("Secretary of Defense", M, "2006-12-18", "2011-07-01"), ("CIA Director", S, "1991-11-06", "1993-01-20")])
p("Donald Rumsfeld", "USA", [("Secretary of Defense", M, "2001-01-20", "2006-12-18")])
p("William Cohen", "USA", [("Secretary of Defense", M, "1997-01-24", "2001-01-20")])
p("JD Vance", "USA", [("Vice President", G, "2025-01-20", None), ("Senator", L, "2023-01-03", "2025-01-10")],
  aliases=["J.D. Vance", "James David Vance"])
p("Kamala Harris", "USA", [("Vice President", G, "2021-01-20", "2025-01-20"), ("Senator", L, "2017-01-03", "2021-01-18")])
p("Mike Pence", "USA", [("Vice President", G, "2017-01-20", "2021-01-20"), ("Governor of Indiana", G, "2013-01-14", "2017-01-09")])
p("Dick Cheney", "USA", [("Vice President", G, "2001-01-20", "2009-01-20")], aliases=["Richard Cheney"])
p("Susan Rice", "USA", [("National Security Adviser", G, "2013-07-01", "2017-01-20"),
                        ("Ambassador to the UN", G, "2009-01-22", "2013-06-30"),
                        ("Domestic Policy Adviser", G, "2021-01-20", "2023-05-26")])
p("John Bolton", "USA", [("National Security Adviser", G, "2018-04-09", "2019-09-10"),
                         ("Ambassador to the UN", G, "2005-08-02", "2006-12-09")])
p("Jake Sullivan", "USA", [("National Security Adviser", G, "2021-01-20", "2025-01-20")])
p("Mike Waltz", "USA", [("Ambassador to the UN", G, "2025-09-19", None), ("National Security Adviser", G, "2025-01-20", "2025-05-01"),
                        ("Representative", L, "2019-01-03", "2025-01-20")], aliases=["Michael Waltz"])
p("Robert O'Brien", "USA", [("National Security Adviser", G, "2019-09-18", "2021-01-20")])
p("H. R. McMaster", "USA", [("National Security Adviser", G, "2017-02-20", "2018-04-09")], aliases=["H.R. McMaster"])
p("Michael Flynn", "USA", [("National Security Adviser", G, "2017-01-20", "2017-02-13")])
p("Stephen Hadley", "USA", [("National Security Adviser", G, "2005-01-26", "2009-01-20")])
p("Nikki Haley", "USA", [("Ambassador to the UN", G, "2017-01-27", "2018-12-31"), ("Governor of South Carolina", G, "2011-01-12", "2017-01-24")])
p("Samantha Power", "USA", [("Ambassador to the UN", G, "2013-08-05", "2017-01-20"), ("USAID Administrator", G, "2021-05-03", "2025-01-20")])
p("Linda Thomas-Greenfield", "USA", [("Ambassador to the UN", G, "2021-02-25", "2025-01-20")])
p("William Burns", "USA", [("CIA Director", S, "2021-03-19", "2025-01-20"), ("Deputy Secretary of State", G, "2011-07-28", "2014-11-03")],
  aliases=["Bill Burns"])
p("John Ratcliffe", "USA", [("CIA Director", S, "2025-01-23", None), ("Director of National Intelligence", S, "2020-05-26", "2021-01-20")])
p("Tulsi Gabbard", "USA", [("Director of National Intelligence", S, "2025-02-12", None), ("Representative", L, "2013-01-03", "2021-01-03")])
p("John Brennan", "USA", [("CIA Director", S, "2013-03-08", "2017-01-20")])
p("Gina Haspel", "USA", [("CIA Director", S, "2018-05-21", "2021-01-20")])
p("George Tenet", "USA", [("CIA Director", S, "1997-07-11", "2004-07-11")])
p("David Petraeus", "USA", [("CIA Director", S, "2011-09-06", "2012-11-09"), ("Commander in Afghanistan", M, "2010-07-04", "2011-07-18"),
                            ("CENTCOM commander", M, "2008-10-31", "2010-06-30"), ("Commander in Iraq", M, "2007-02-10", "2008-09-16")])
p("Mark Milley", "USA", [("Chairman of the Joint Chiefs of Staff", M, "2019-10-01", "2023-09-30")])
p("Charles Q. Brown", "USA", [("Chairman of the Joint Chiefs of Staff", M, "2023-10-01", "2025-02-21")], aliases=["CQ Brown", "Charles Brown"])
p("Dan Caine", "USA", [("Chairman of the Joint Chiefs of Staff", M, "2025-04-11", None)])
p("Nancy Pelosi", "USA", [("Speaker of the House", L, "2019-01-03", "2023-01-03"), ("Speaker of the House", L, "2007-01-04", "2011-01-03"),
                          ("Representative", L, "1987-06-02", None)])
p("Mike Johnson", "USA", [("Speaker of the House", L, "2023-10-25", None), ("Representative", L, "2017-01-03", None)])
p("Kevin McCarthy", "USA", [("Speaker of the House", L, "2023-01-07", "2023-10-03"), ("Representative", L, "2007-01-03", "2023-12-31")])
p("Paul Ryan", "USA", [("Speaker of the House", L, "2015-10-29", "2019-01-03")])
p("John Boehner", "USA", [("Speaker of the House", L, "2011-01-05", "2015-10-29")])
p("Mitch McConnell", "USA", [("Senate Majority Leader", L, "2015-01-03", "2021-01-20"), ("Senator", L, "1985-01-03", None)])
p("Chuck Schumer", "USA", [("Senate Majority Leader", L, "2021-01-20", "2025-01-03"), ("Senator", L, "1999-01-03", None)])
p("John Thune", "USA", [("Senate Majority Leader", L, "2025-01-03", None), ("Senator", L, "2005-01-03", None)])
p("Steve Witkoff", "USA", [("Special Envoy to the Middle East", G, "2025-01-20", None)], aliases=["Steven Witkoff"])
p("Keith Kellogg", "USA", [("Special Envoy for Ukraine", G, "2025-01-20", None)],
  note="end of envoy role after 2025 not verified in this table")
p("Richard Holbrooke", "USA", [("Special Representative for Afghanistan and Pakistan", G, "2009-01-22", "2010-12-13"),
                               ("Ambassador to the UN", G, "1999-08-25", "2001-01-20")])
p("George Mitchell", "USA", [("Special Envoy for Middle East Peace", G, "2009-01-22", "2011-05-20")])
p("Zalmay Khalilzad", "USA", [("Special Representative for Afghanistan Reconciliation", G, "2018-09", "2021-10"),
                              ("Ambassador to the UN", G, "2007-04-30", "2009-01-22"), ("Ambassador to Iraq", G, "2005-06-21", "2007-03-26"),
                              ("Ambassador to Afghanistan", G, "2003-11-27", "2005-06-20")])
p("Jared Kushner", "USA", [("Senior Adviser to the President", G, "2017-01-20", "2021-01-20")])
p("Karine Jean-Pierre", "USA", [("White House Press Secretary", G, "2022-05-13", "2025-01-20")])
p("Karoline Leavitt", "USA", [("White House Press Secretary", G, "2025-01-20", None)])
p("Matthew Miller", "USA", [("State Department spokesman", G, "2023-05", "2025-01-20")], surname=False)
p("Ned Price", "USA", [("State Department spokesman", G, "2021-01-20", "2023-03")])
p("Tammy Bruce", "USA", [("State Department spokeswoman", G, "2025-01", "2025-08")], surname=False)

# ---------------------------------------------------------------- Russia
p("Vladimir Putin", "RUS", [("President", G, "2012-05-07", None), ("President", G, "2000-05-07", "2008-05-07"),
                            ("Acting President", G, "1999-12-31", "2000-05-07"),
                            ("Prime Minister", G, "2008-05-08", "2012-05-07"), ("Prime Minister", G, "1999-08-16", "2000-05-07"),
                            ("FSB Director", S, "1998-07-25", "1999-08-09")],
  aliases=["Vladimir Vladimirovich Putin", "President Putin"])
p("Sergei Lavrov", "RUS", [("Foreign Minister", G, "2004-03-09", None), ("Permanent Representative to the UN", G, "1994-04", "2004-03-09")],
  aliases=["Sergey Lavrov", "Sergei Viktorovich Lavrov"])
p("Dmitry Medvedev", "RUS", [("President", G, "2008-05-07", "2012-05-07"), ("Prime Minister", G, "2012-05-08", "2020-01-15"),
                             ("Deputy Chairman of the Security Council", G, "2020-01-16", None),
                             ("First Deputy Prime Minister", G, "2005-11-14", "2008-05-07")],
  aliases=["Dmitri Medvedev", "Dmitry Anatolyevich Medvedev"])
p("Mikhail Mishustin", "RUS", [("Prime Minister", G, "2020-01-16", None), ("Head of the Federal Tax Service", G, "2010-04-06", "2020-01-16")])
p("Mikhail Kasyanov", "RUS", [("Prime Minister", G, "2000-05-17", "2004-02-24"), ("Opposition leader", "OPP", "2006", None)])
p("Mikhail Fradkov", "RUS", [("Prime Minister", G, "2004-03-05", "2007-09-12"), ("SVR Director", S, "2007-10-09", "2016-10-05")])
p("Viktor Zubkov", "RUS", [("Prime Minister", G, "2007-09-14", "2008-05-07")])
p("Igor Ivanov", "RUS", [("Foreign Minister", G, "1998-09-11", "2004-03-09"), ("Security Council Secretary", G, "2004-03-09", "2007-07-09")])
p("Sergei Shoigu", "RUS", [("Security Council Secretary", G, "2024-05-12", None), ("Defence Minister", M, "2012-11-06", "2024-05-12"),
                           ("Governor of Moscow Oblast", G, "2012-05-11", "2012-11-06"), ("Emergencies Minister", G, "1994-01-10", "2012-05-11")],
  aliases=["Sergey Shoigu"])
p("Andrei Belousov", "RUS", [("Defence Minister", M, "2024-05-14", None), ("First Deputy Prime Minister", G, "2020-01-21", "2024-05-14")],
  aliases=["Andrey Belousov"])
p("Anatoly Serdyukov", "RUS", [("Defence Minister", M, "2007-02-15", "2012-11-06")])
p("Sergei Ivanov", "RUS", [("Defence Minister", M, "2001-03-28", "2007-02-15"),
                           ("Chief of Staff of the Presidential Administration", G, "2011-12-22", "2016-08-12"),
                           ("Security Council Secretary", G, "1999-11-15", "2001-03-28")], aliases=["Sergey Ivanov"])
p("Igor Sergeyev", "RUS", [("Defence Minister", M, "1997-05-22", "2001-03-28")])
p("Valery Gerasimov", "RUS", [("Chief of the General Staff", M, "2012-11-09", None)], aliases=["Valeriy Gerasimov"])
p("Dmitry Peskov", "RUS", [("Kremlin spokesman", G, "2012-05", None)], aliases=["Dmitri Peskov"])
p("Maria Zakharova", "RUS", [("Foreign Ministry spokeswoman", G, "2015-08-10", None)])
p("Vasily Nebenzya", "RUS", [("Permanent Representative to the UN", G, "2017-07-27", None)], aliases=["Vassily Nebenzia"])
p("Vitaly Churkin", "RUS", [("Permanent Representative to the UN", G, "2006-04-08", "2017-02-20")])
p("Nikolai Patrushev", "RUS", [("Security Council Secretary", G, "2008-05-12", "2024-05-14"), ("FSB Director", S, "1999-08-09", "2008-05-12"),
                               ("Presidential aide", G, "2024-05-14", None)], aliases=["Nikolay Patrushev"])
p("Alexander Bortnikov", "RUS", [("FSB Director", S, "2008-05-12", None)])
p("Sergei Naryshkin", "RUS", [("SVR Director", S, "2016-10-05", None), ("Chairman of the State Duma", L, "2011-12-21", "2016-10-05")],
  aliases=["Sergey Naryshkin"])
p("Vyacheslav Volodin", "RUS", [("Chairman of the State Duma", L, "2016-10-05", None)])
p("Valentina Matviyenko", "RUS", [("Chairwoman of the Federation Council", L, "2011-09-21", None)], aliases=["Valentina Matviyenko"])
p("Yuri Ushakov", "RUS", [("Presidential foreign policy aide", G, "2012-05", None), ("Ambassador to the United States", G, "1998", "2008")],
  aliases=["Yury Ushakov"])
p("Kirill Dmitriev", "RUS", [("Special Presidential Envoy for Economic Cooperation", G, "2025-02", None),
                             ("Head of the Russian Direct Investment Fund", "BUS", "2011", None)])
p("Ramzan Kadyrov", "RUS", [("Head of the Chechen Republic", G, "2007-03-02", None)])
p("Yevgeny Prigozhin", "RUS", [("Head of the Wagner Group", "UAF", "2014", "2023-08-23")], aliases=["Yevgeniy Prigozhin"])
p("Alexei Navalny", "RUS", [("Opposition leader", "OPP", "2011", "2024-02-16")], aliases=["Alexey Navalny", "Aleksei Navalny"])
p("Yulia Navalnaya", "RUS", [("Opposition leader", "OPP", "2024-02-19", None)])

# ---------------------------------------------------------------- China
p("Xi Jinping", "CHN", [("President", G, "2013-03-14", None), ("General Secretary of the Communist Party", G, "2012-11-15", None),
                        ("Vice President", G, "2008-03-15", "2013-03-14")], aliases=["President Xi"])
p("Hu Jintao", "CHN", [("President", G, "2003-03-15", "2013-03-14"), ("General Secretary of the Communist Party", G, "2002-11-15", "2012-11-15"),
                       ("Vice President", G, "1998-03-15", "2003-03-15")])
p("Jiang Zemin", "CHN", [("President", G, "1993-03-27", "2003-03-15"), ("Chairman of the Central Military Commission", M, "1989-11-09", "2004-09-19")])
p("Li Qiang", "CHN", [("Premier", G, "2023-03-11", None)])
p("Li Keqiang", "CHN", [("Premier", G, "2013-03-15", "2023-03-11"), ("Vice Premier", G, "2008-03-17", "2013-03-16")])
p("Wen Jiabao", "CHN", [("Premier", G, "2003-03-16", "2013-03-15")])
p("Zhu Rongji", "CHN", [("Premier", G, "1998-03-17", "2003-03-16")])
p("Wang Yi", "CHN", [("Foreign Minister", G, "2023-07-25", None), ("Director of the Central Foreign Affairs Commission Office", G, "2023-01", None),
                     ("Foreign Minister", G, "2013-03-16", "2022-12-30")], surname=False)
p("Qin Gang", "CHN", [("Foreign Minister", G, "2022-12-30", "2023-07-25"), ("Ambassador to the United States", G, "2021-07-28", "2022-12-30")])
p("Yang Jiechi", "CHN", [("Foreign Minister", G, "2007-04-27", "2013-03-16"),
                         ("State Councilor and Director of the Central Foreign Affairs Commission Office", G, "2013-03", "2022-12")])
p("Li Zhaoxing", "CHN", [("Foreign Minister", G, "2003-03-17", "2007-04-27")], surname=False)
p("Tang Jiaxuan", "CHN", [("Foreign Minister", G, "1998-03-18", "2003-03-17")])
p("Dong Jun", "CHN", [("Defence Minister", M, "2023-12-29", None)])
p("Li Shangfu", "CHN", [("Defence Minister", M, "2023-03-12", "2023-10-24")], surname=False)
p("Wei Fenghe", "CHN", [("Defence Minister", M, "2018-03-19", "2023-03-12")])
p("Chang Wanquan", "CHN", [("Defence Minister", M, "2013-03-16", "2018-03-19")])
p("Liang Guanglie", "CHN", [("Defence Minister", M, "2008-03-17", "2013-03-16")])
p("Cao Gangchuan", "CHN", [("Defence Minister", M, "2003-03-17", "2008-03-17")])
p("Chi Haotian", "CHN", [("Defence Minister", M, "1993-03", "2003-03-17")])
p("Han Zheng", "CHN", [("Vice President", G, "2023-03-10", None), ("Vice Premier", G, "2018-03-19", "2023-03-12")], surname=False)
p("Hua Chunying", "CHN", [("Foreign Ministry spokeswoman", G, "2012-09", "2024-09"), ("Vice Foreign Minister", G, "2024-09", None)])
p("Zhao Lijian", "CHN", [("Foreign Ministry spokesman", G, "2020-02", "2023-01")])
p("Wang Wenbin", "CHN", [("Foreign Ministry spokesman", G, "2020-07", "2024-07")], surname=False)
p("Mao Ning", "CHN", [("Foreign Ministry spokeswoman", G, "2022-09", None)])
p("Lin Jian", "CHN", [("Foreign Ministry spokesman", G, "2024-01", None)], surname=False)
p("Fu Cong", "CHN", [("Permanent Representative to the UN", G, "2024-03", None)])
p("Zhang Jun", "CHN", [("Permanent Representative to the UN", G, "2019-09", "2024-03")], surname=False)

# ---------------------------------------------------------------- United Kingdom
p("Keir Starmer", "GBR", [("Prime Minister", G, "2024-07-05", None), ("Leader of the Opposition", "OPP", "2020-04-04", "2024-07-05")],
  aliases=["Sir Keir Starmer"])
p("Rishi Sunak", "GBR", [("Prime Minister", G, "2022-10-25", "2024-07-05"), ("Chancellor of the Exchequer", G, "2020-02-13", "2022-07-05")])
p("Liz Truss", "GBR", [("Prime Minister", G, "2022-09-06", "2022-10-25"), ("Foreign Secretary", G, "2021-09-15", "2022-09-06")],
  aliases=["Elizabeth Truss"])
p("Boris Johnson", "GBR", [("Prime Minister", G, "2019-07-24", "2022-09-06"), ("Foreign Secretary", G, "2016-07-13", "2018-07-09"),
                           ("Mayor of London", G, "2008-05-04", "2016-05-09")], aliases=["Boris"], surname=False)
p("Theresa May", "GBR", [("Prime Minister", G, "2016-07-13", "2019-07-24"), ("Home Secretary", G, "2010-05-12", "2016-07-13")],
  aliases=["Mrs May"], surname=False, note="bare 'May' is not an alias: it is also the month")
p("David Cameron", "GBR", [("Foreign Secretary", G, "2023-11-13", "2024-07-05"), ("Prime Minister", G, "2010-05-11", "2016-07-13")],
  aliases=["Lord Cameron"])
p("Gordon Brown", "GBR", [("Prime Minister", G, "2007-06-27", "2010-05-11"), ("Chancellor of the Exchequer", G, "1997-05-02", "2007-06-27")])
p("Tony Blair", "GBR", [("Prime Minister", G, "1997-05-02", "2007-06-27"), ("Quartet Representative", "IGO", "2007-06-27", "2015-05-27", "IGOQUA")])
p("Charles III", "GBR", [("King", G, "2022-09-08", None), ("Prince of Wales", "ELI", "1958-07-26", "2022-09-08")],
  aliases=["King Charles", "King Charles III", "Prince Charles"], surname=False)
p("Elizabeth II", "GBR", [("Queen", G, "1952-02-06", "2022-09-08")], aliases=["Queen Elizabeth", "Queen Elizabeth II"], surname=False)
p("Yvette Cooper", "GBR", [("Foreign Secretary", G, "2025-09-05", None), ("Home Secretary", G, "2024-07-05", "2025-09-05")])
p("David Lammy", "GBR", [("Deputy Prime Minister", G, "2025-09-05", None), ("Foreign Secretary", G, "2024-07-05", "2025-09-05")])
p("James Cleverly", "GBR", [("Foreign Secretary", G, "2022-09-06", "2023-11-13"), ("Home Secretary", G, "2023-11-13", "2024-07-05")])
p("Dominic Raab", "GBR", [("Foreign Secretary", G, "2019-07-24", "2021-09-15"), ("Deputy Prime Minister", G, "2021-09-15", "2023-04-21")])
p("Jeremy Hunt", "GBR", [("Foreign Secretary", G, "2018-07-09", "2019-07-24"), ("Chancellor of the Exchequer", G, "2022-10-14", "2024-07-05")])
p("Philip Hammond", "GBR", [("Foreign Secretary", G, "2014-07-15", "2016-07-13"), ("Defence Secretary", M, "2011-10-14", "2014-07-15"),
                            ("Chancellor of the Exchequer", G, "2016-07-13", "2019-07-24")])
p("William Hague", "GBR", [("Foreign Secretary", G, "2010-05-12", "2014-07-14")])
p("David Miliband", "GBR", [("Foreign Secretary", G, "2007-06-28", "2010-05-11"), ("President of the International Rescue Committee", "NGO", "2013-09", None)])
p("Margaret Beckett", "GBR", [("Foreign Secretary", G, "2006-05-05", "2007-06-27")])
p("Jack Straw", "GBR", [("Foreign Secretary", G, "2001-06-08", "2006-05-05"), ("Home Secretary", G, "1997-05-02", "2001-06-08")])
p("Robin Cook", "GBR", [("Foreign Secretary", G, "1997-05-02", "2001-06-08")])
p("John Healey", "GBR", [("Defence Secretary", M, "2024-07-05", None)])
p("Grant Shapps", "GBR", [("Defence Secretary", M, "2023-08-31", "2024-07-05")])
p("Ben Wallace", "GBR", [("Defence Secretary", M, "2019-07-24", "2023-08-31")])
p("Penny Mordaunt", "GBR", [("Defence Secretary", M, "2019-05-01", "2019-07-24")])
p("Gavin Williamson", "GBR", [("Defence Secretary", M, "2017-11-02", "2019-05-01")])
p("Michael Fallon", "GBR", [("Defence Secretary", M, "2014-07-15", "2017-11-01")])
p("Liam Fox", "GBR", [("Defence Secretary", M, "2010-05-12", "2011-10-14")])
p("Bob Ainsworth", "GBR", [("Defence Secretary", M, "2009-06-05", "2010-05-11")])
p("John Hutton", "GBR", [("Defence Secretary", M, "2008-10-03", "2009-06-05")])
p("Des Browne", "GBR", [("Defence Secretary", M, "2006-05-05", "2008-10-03")])
p("John Reid", "GBR", [("Defence Secretary", M, "2005-05-06", "2006-05-05"), ("Home Secretary", G, "2006-05-05", "2007-06-27")])
p("Geoff Hoon", "GBR", [("Defence Secretary", M, "1999-10-11", "2005-05-06")])
p("Rachel Reeves", "GBR", [("Chancellor of the Exchequer", G, "2024-07-05", None)])

# ---------------------------------------------------------------- France
p("Emmanuel Macron", "FRA", [("President", G, "2017-05-14", None), ("Economy Minister", G, "2014-08-26", "2016-08-30")],
  aliases=["President Macron"])
p("François Hollande", "FRA", [("President", G, "2012-05-15", "2017-05-14")])
p("Nicolas Sarkozy", "FRA", [("President", G, "2007-05-16", "2012-05-15"), ("Interior Minister", G, "2005-06-02", "2007-03-26"),
                             ("Interior Minister", G, "2002-05-07", "2004-03-30")])
p("Jacques Chirac", "FRA", [("President", G, "1995-05-17", "2007-05-16")])
p("Sébastien Lecornu", "FRA", [("Prime Minister", G, "2025-09-09", None), ("Armed Forces Minister", M, "2022-05-20", "2025-09-09")],
  note="stayed in charge of the armed forces ministry as caretaker until a successor was named in October 2025")
p("François Bayrou", "FRA", [("Prime Minister", G, "2024-12-13", "2025-09-09")])
p("Michel Barnier", "FRA", [("Prime Minister", G, "2024-09-05", "2024-12-13"),
                            ("EU chief Brexit negotiator", "IGO", "2016-10-01", "2021-03-31", "IGOEUC"),
                            ("Foreign Minister", G, "2004-03-31", "2005-06-02")])
p("Gabriel Attal", "FRA", [("Prime Minister", G, "2024-01-09", "2024-09-05")])
p("Élisabeth Borne", "FRA", [("Prime Minister", G, "2022-05-16", "2024-01-09")])
p("Jean Castex", "FRA", [("Prime Minister", G, "2020-07-03", "2022-05-16")])
p("Édouard Philippe", "FRA", [("Prime Minister", G, "2017-05-15", "2020-07-03")])
p("Bernard Cazeneuve", "FRA", [("Prime Minister", G, "2016-12-06", "2017-05-15"), ("Interior Minister", G, "2014-04-02", "2016-12-06")])
p("Manuel Valls", "FRA", [("Prime Minister", G, "2014-03-31", "2016-12-06")])
p("Jean-Marc Ayrault", "FRA", [("Prime Minister", G, "2012-05-16", "2014-03-31"), ("Foreign Minister", G, "2016-02-11", "2017-05-17")])
p("François Fillon", "FRA", [("Prime Minister", G, "2007-05-17", "2012-05-15")])
p("Dominique de Villepin", "FRA", [("Prime Minister", G, "2005-05-31", "2007-05-17"), ("Foreign Minister", G, "2002-05-07", "2004-03-31")],
  aliases=["Villepin"], surname=False)
p("Jean-Pierre Raffarin", "FRA", [("Prime Minister", G, "2002-05-06", "2005-05-31")])
p("Lionel Jospin", "FRA", [("Prime Minister", G, "1997-06-02", "2002-05-06")])
p("Jean-Noël Barrot", "FRA", [("Foreign Minister", G, "2024-09-21", None)])
p("Stéphane Séjourné", "FRA", [("Foreign Minister", G, "2024-01-11", "2024-09-21"),
                               ("European Commission Executive Vice-President", "IGO", "2024-12-01", None, "IGOEUC")])
p("Catherine Colonna", "FRA", [("Foreign Minister", G, "2022-05-20", "2024-01-11")])
p("Jean-Yves Le Drian", "FRA", [("Foreign Minister", G, "2017-05-17", "2022-05-20"), ("Defence Minister", M, "2012-05-16", "2017-05-17")],
  aliases=["Le Drian"], surname=False)
p("Laurent Fabius", "FRA", [("Foreign Minister", G, "2012-05-16", "2016-02-11"), ("President of the Constitutional Council", J, "2016-03-08", "2025-03-08")])
p("Alain Juppé", "FRA", [("Foreign Minister", G, "2011-02-27", "2012-05-16"), ("Defence Minister", M, "2010-11-14", "2011-02-27")])
p("Michèle Alliot-Marie", "FRA", [("Foreign Minister", G, "2010-11-14", "2011-02-27"), ("Defence Minister", M, "2002-05-07", "2007-05-18")])
p("Bernard Kouchner", "FRA", [("Foreign Minister", G, "2007-05-18", "2010-11-14")])
p("Philippe Douste-Blazy", "FRA", [("Foreign Minister", G, "2005-06-02", "2007-05-18")])
p("Hubert Védrine", "FRA", [("Foreign Minister", G, "1997-06-04", "2002-05-07")])
p("Catherine Vautrin", "FRA", [("Armed Forces Minister", M, "2025-10-12", None)])
p("Florence Parly", "FRA", [("Armed Forces Minister", M, "2017-06-21", "2022-05-20")])
p("Sylvie Goulard", "FRA", [("Armed Forces Minister", M, "2017-05-17", "2017-06-21")])
p("Gérard Longuet", "FRA", [("Defence Minister", M, "2011-02-27", "2012-05-16")])
p("Hervé Morin", "FRA", [("Defence Minister", M, "2007-05-18", "2010-11-14")])
p("Alain Richard", "FRA", [("Defence Minister", M, "1997-06-04", "2002-05-07")])
p("Marine Le Pen", "FRA", [("Leader of the National Rally", "PTY", "2011-01-16", "2021-09"), ("Member of the National Assembly", L, "2017-06-21", None)])

# ---------------------------------------------------------------- Germany
p("Friedrich Merz", "DEU", [("Chancellor", G, "2025-05-06", None), ("Leader of the CDU", "PTY", "2022-01-31", None)])
p("Olaf Scholz", "DEU", [("Chancellor", G, "2021-12-08", "2025-05-06"), ("Finance Minister", G, "2018-03-14", "2021-12-08")])
p("Angela Merkel", "DEU", [("Chancellor", G, "2005-11-22", "2021-12-08")])
p("Gerhard Schröder", "DEU", [("Chancellor", G, "1998-10-27", "2005-11-22")])
p("Frank-Walter Steinmeier", "DEU", [("President", G, "2017-03-19", None), ("Foreign Minister", G, "2013-12-17", "2017-01-27"),
                                     ("Foreign Minister", G, "2005-11-22", "2009-10-28")])
p("Joachim Gauck", "DEU", [("President", G, "2012-03-18", "2017-03-18")])
p("Christian Wulff", "DEU", [("President", G, "2010-06-30", "2012-02-17")])
p("Horst Köhler", "DEU", [("President", G, "2004-07-01", "2010-05-31"), ("IMF Managing Director", "IGO", "2000-05-01", "2004-03-04", "IGOIMF")])
p("Johannes Rau", "DEU", [("President", G, "1999-07-01", "2004-06-30")])
p("Johann Wadephul", "DEU", [("Foreign Minister", G, "2025-05-06", None)])
p("Annalena Baerbock", "DEU", [("President of the UN General Assembly", "IGO", "2025-09-09", None, "IGOUGA"),
                               ("Foreign Minister", G, "2021-12-08", "2025-05-06")])
p("Heiko Maas", "DEU", [("Foreign Minister", G, "2018-03-14", "2021-12-08")])
p("Sigmar Gabriel", "DEU", [("Foreign Minister", G, "2017-01-27", "2018-03-14")])
p("Guido Westerwelle", "DEU", [("Foreign Minister", G, "2009-10-28", "2013-12-17")])
p("Joschka Fischer", "DEU", [("Foreign Minister", G, "1998-10-27", "2005-11-22")])
p("Boris Pistorius", "DEU", [("Defence Minister", M, "2023-01-19", None)])
p("Christine Lambrecht", "DEU", [("Defence Minister", M, "2021-12-08", "2023-01-19")])
p("Annegret Kramp-Karrenbauer", "DEU", [("Defence Minister", M, "2019-07-17", "2021-12-08")], aliases=["AKK"])
p("Thomas de Maizière", "DEU", [("Defence Minister", M, "2011-03-03", "2013-12-17"), ("Interior Minister", G, "2013-12-17", "2018-03-14")],
  aliases=["de Maizière", "de Maiziere"], surname=False)
p("Karl-Theodor zu Guttenberg", "DEU", [("Defence Minister", M, "2009-10-28", "2011-03-03")], aliases=["Guttenberg"], surname=False)
p("Franz Josef Jung", "DEU", [("Defence Minister", M, "2005-11-22", "2009-10-28")], surname=False)
p("Peter Struck", "DEU", [("Defence Minister", M, "2002-07-19", "2005-11-22")])
p("Rudolf Scharping", "DEU", [("Defence Minister", M, "1998-10-27", "2002-07-19")])

# ---------------------------------------------------------------- UN, NATO, EU leaders
p("António Guterres", "PRT", [("UN Secretary-General", "IGO", "2017-01-01", None, "IGOUNO"),
                              ("UN High Commissioner for Refugees", "IGO", "2005-06-15", "2015-12-31", "IGOUHC"),
                              ("Prime Minister", G, "1995-10-28", "2002-04-06")], aliases=["Antonio Guterres"])
p("Ban Ki-moon", "KOR", [("UN Secretary-General", "IGO", "2007-01-01", "2016-12-31", "IGOUNO"),
                         ("Foreign Minister", G, "2004-01-17", "2006-11-09")], surname=False)
p("Kofi Annan", "GHA", [("UN Secretary-General", "IGO", "1997-01-01", "2006-12-31", "IGOUNO"),
                        ("UN-Arab League Joint Special Envoy for Syria", "IGO", "2012-02-23", "2012-08-31", "IGOUNO")])
p("Mark Rutte", "NLD", [("NATO Secretary General", "IGO", "2024-10-01", None, "IGONAT"), ("Prime Minister", G, "2010-10-14", "2024-07-02")])
p("Jens Stoltenberg", "NOR", [("NATO Secretary General", "IGO", "2014-10-01", "2024-10-01", "IGONAT"),
                              ("Finance Minister", G, "2025-02-04", None),
                              ("Prime Minister", G, "2005-10-17", "2013-10-16"), ("Prime Minister", G, "2000-03-17", "2001-10-19")])
p("Anders Fogh Rasmussen", "DNK", [("NATO Secretary General", "IGO", "2009-08-01", "2014-09-30", "IGONAT"),
                                   ("Prime Minister", G, "2001-11-27", "2009-04-05")], aliases=["Fogh Rasmussen"], surname=False)
p("Jaap de Hoop Scheffer", "NLD", [("NATO Secretary General", "IGO", "2004-01-01", "2009-07-31", "IGONAT"),
                                   ("Foreign Minister", G, "2002-07-22", "2003-12-03")], aliases=["de Hoop Scheffer"], surname=False)
p("George Robertson", "GBR", [("NATO Secretary General", "IGO", "1999-10-14", "2003-12-17", "IGONAT"),
                              ("Defence Secretary", M, "1997-05-02", "1999-10-11")], aliases=["Lord Robertson"])
p("Javier Solana", "ESP", [("EU High Representative for Foreign Policy", "IGO", "1999-10-18", "2009-11-30", "IGOEUR"),
                           ("NATO Secretary General", "IGO", "1995-12-05", "1999-10-06", "IGONAT")])
p("Ursula von der Leyen", "DEU", [("President of the European Commission", "IGO", "2019-12-01", None, "IGOEUC"),
                                  ("Defence Minister", M, "2013-12-17", "2019-07-17")], aliases=["von der Leyen"], surname=False)
p("Jean-Claude Juncker", "LUX", [("President of the European Commission", "IGO", "2014-11-01", "2019-11-30", "IGOEUC"),
                                 ("Prime Minister", G, "1995-01-20", "2013-12-04")])
p("José Manuel Barroso", "PRT", [("President of the European Commission", "IGO", "2004-11-22", "2014-10-31", "IGOEUC"),
                                 ("Prime Minister", G, "2002-04-06", "2004-07-17")], aliases=["Jose Manuel Barroso"])
p("Romano Prodi", "ITA", [("Prime Minister", G, "2006-05-17", "2008-05-08"),
                          ("President of the European Commission", "IGO", "1999-09-16", "2004-11-21", "IGOEUC"),
                          ("Prime Minister", G, "1996-05-17", "1998-10-21")])
p("António Costa", "PRT", [("President of the European Council", "IGO", "2024-12-01", None, "IGOECO"),
                           ("Prime Minister", G, "2015-11-26", "2024-04-02")], aliases=["Antonio Costa"])
p("Charles Michel", "BEL", [("President of the European Council", "IGO", "2019-12-01", "2024-11-30", "IGOECO"),
                            ("Prime Minister", G, "2014-10-11", "2019-10-27")])
p("Donald Tusk", "POL", [("Prime Minister", G, "2023-12-13", None),
                         ("President of the European Council", "IGO", "2014-12-01", "2019-11-30", "IGOECO"),
                         ("Prime Minister", G, "2007-11-16", "2014-09-22")])
p("Herman Van Rompuy", "BEL", [("President of the European Council", "IGO", "2009-12-01", "2014-11-30", "IGOECO"),
                               ("Prime Minister", G, "2008-12-30", "2009-11-25")], aliases=["Van Rompuy"], surname=False)
p("Kaja Kallas", "EST", [("EU High Representative for Foreign Affairs", "IGO", "2024-12-01", None, "IGOEUR"),
                         ("Prime Minister", G, "2021-01-26", "2024-07-23")])
p("Josep Borrell", "ESP", [("EU High Representative for Foreign Affairs", "IGO", "2019-12-01", "2024-11-30", "IGOEUR"),
                           ("Foreign Minister", G, "2018-06-07", "2019-11-29")])
p("Federica Mogherini", "ITA", [("EU High Representative for Foreign Affairs", "IGO", "2014-11-01", "2019-11-30", "IGOEUR"),
                                ("Foreign Minister", G, "2014-02-22", "2014-10-31")])
p("Catherine Ashton", "GBR", [("EU High Representative for Foreign Affairs", "IGO", "2009-12-01", "2014-10-31", "IGOEUR")],
  aliases=["Lady Ashton"])
p("Roberta Metsola", "MLT", [("President of the European Parliament", "IGO", "2022-01-18", None, "IGOEUP")])
p("Christine Lagarde", "FRA", [("President of the European Central Bank", "IGO", "2019-11-01", None, "IGOECB"),
                               ("IMF Managing Director", "IGO", "2011-07-05", "2019-09-12", "IGOIMF")])
p("Mario Draghi", "ITA", [("Prime Minister", G, "2021-02-13", "2022-10-22"),
                          ("President of the European Central Bank", "IGO", "2011-11-01", "2019-10-31", "IGOECB")])
p("Kristalina Georgieva", "BGR", [("IMF Managing Director", "IGO", "2019-10-01", None, "IGOIMF")])
p("Rafael Grossi", "ARG", [("IAEA Director General", "IGO", "2019-12-03", None, "IGOIAE")])
p("Yukiya Amano", "JPN", [("IAEA Director General", "IGO", "2009-12-01", "2019-07-18", "IGOIAE")])
p("Mohamed ElBaradei", "EGY", [("IAEA Director General", "IGO", "1997-12-01", "2009-11-30", "IGOIAE"),
                               ("Vice President", G, "2013-07-14", "2013-08-14")], aliases=["Mohamed El Baradei"])
p("Tedros Adhanom Ghebreyesus", "ETH", [("WHO Director-General", "IGO", "2017-07-01", None, "IGOWHO")],
  aliases=["Tedros Adhanom", "Tedros"], surname=False)
p("Karim Khan", "GBR", [("ICC Prosecutor", "IGO", "2021-06-16", None, "IGOICC")], aliases=["Karim A.A. Khan"])
p("Filippo Grandi", "ITA", [("UN High Commissioner for Refugees", "IGO", "2016-01-01", "2025-12-31", "IGOUHC")])
p("Volker Türk", "AUT", [("UN High Commissioner for Human Rights", "IGO", "2022-10-17", None, "IGOOHC")], aliases=["Volker Turk"])
p("Staffan de Mistura", "ITA", [("UN Special Envoy for Syria", "IGO", "2014-07-10", "2018-12-31", "IGOUNO"),
                                ("UN Personal Envoy for Western Sahara", "IGO", "2021-11-01", None, "IGOUNO")], aliases=["de Mistura"], surname=False)
p("Lakhdar Brahimi", "DZA", [("UN-Arab League Joint Special Representative for Syria", "IGO", "2012-09-01", "2014-05-31", "IGOUNO")])
p("Geir Pedersen", "NOR", [("UN Special Envoy for Syria", "IGO", "2019-01-07", "2025-09", "IGOUNO")])
p("Ahmed Aboul Gheit", "EGY", [("Arab League Secretary-General", "IGO", "2016-07-01", None, "IGOARL"),
                               ("Foreign Minister", G, "2004-07-14", "2011-03-06")])
p("Amr Moussa", "EGY", [("Arab League Secretary-General", "IGO", "2001-05-15", "2011-07-01", "IGOARL"),
                        ("Foreign Minister", G, "1991-05-20", "2001-05-15")])
p("Moussa Faki", "TCD", [("African Union Commission Chairperson", "IGO", "2017-03-14", "2025-02-15", "IGOAFU")],
  aliases=["Moussa Faki Mahamat"])
p("Mahmoud Ali Youssouf", "DJI", [("African Union Commission Chairperson", "IGO", "2025-02-15", None, "IGOAFU")])
p("Nkosazana Dlamini-Zuma", "ZAF", [("African Union Commission Chairperson", "IGO", "2012-10-15", "2017-03-14", "IGOAFU"),
                                    ("Foreign Minister", G, "1999-06-17", "2009-05-10")])

# ---------------------------------------------------------------- Italy
p("Giorgia Meloni", "ITA", [("Prime Minister", G, "2022-10-22", None)])
p("Sergio Mattarella", "ITA", [("President", G, "2015-02-03", None)])
p("Giorgio Napolitano", "ITA", [("President", G, "2006-05-15", "2015-01-14")])
p("Carlo Azeglio Ciampi", "ITA", [("President", G, "1999-05-18", "2006-05-15")])
p("Giuseppe Conte", "ITA", [("Prime Minister", G, "2018-06-01", "2021-02-13")])
p("Paolo Gentiloni", "ITA", [("Prime Minister", G, "2016-12-12", "2018-06-01"), ("Foreign Minister", G, "2014-10-31", "2016-12-12"),
                             ("European Commissioner for Economy", "IGO", "2019-12-01", "2024-11-30", "IGOEUC")])
p("Matteo Renzi", "ITA", [("Prime Minister", G, "2014-02-22", "2016-12-12")])
p("Enrico Letta", "ITA", [("Prime Minister", G, "2013-04-28", "2014-02-22")])
p("Mario Monti", "ITA", [("Prime Minister", G, "2011-11-16", "2013-04-28")])
p("Silvio Berlusconi", "ITA", [("Prime Minister", G, "2008-05-08", "2011-11-16"), ("Prime Minister", G, "2001-06-11", "2006-05-17"),
                               ("Prime Minister", G, "1994-05-10", "1995-01-17")])
p("Giuliano Amato", "ITA", [("Prime Minister", G, "2000-04-26", "2001-06-11")])
p("Antonio Tajani", "ITA", [("Foreign Minister", G, "2022-10-22", None),
                            ("President of the European Parliament", "IGO", "2017-01-17", "2019-07-03", "IGOEUP")])
p("Luigi Di Maio", "ITA", [("Foreign Minister", G, "2019-09-05", "2022-10-22"),
                           ("EU Special Representative for the Gulf", "IGO", "2023-06-01", None, "IGOEUR")], aliases=["Di Maio"], surname=False)
p("Enzo Moavero Milanesi", "ITA", [("Foreign Minister", G, "2018-06-01", "2019-09-05")], aliases=["Moavero"], surname=False)
p("Angelino Alfano", "ITA", [("Foreign Minister", G, "2016-12-12", "2018-06-01")])
p("Emma Bonino", "ITA", [("Foreign Minister", G, "2013-04-28", "2014-02-22")])
p("Giulio Terzi", "ITA", [("Foreign Minister", G, "2011-11-16", "2013-03-26")])
p("Franco Frattini", "ITA", [("Foreign Minister", G, "2008-05-08", "2011-11-16"), ("Foreign Minister", G, "2002-11-14", "2004-11-18")])
p("Massimo D'Alema", "ITA", [("Foreign Minister", G, "2006-05-17", "2008-05-08")])
p("Gianfranco Fini", "ITA", [("Foreign Minister", G, "2004-11-18", "2006-05-17")])
p("Guido Crosetto", "ITA", [("Defence Minister", M, "2022-10-22", None)])
p("Lorenzo Guerini", "ITA", [("Defence Minister", M, "2019-09-05", "2022-10-22")])
p("Elisabetta Trenta", "ITA", [("Defence Minister", M, "2018-06-01", "2019-09-05")])
p("Roberta Pinotti", "ITA", [("Defence Minister", M, "2014-02-22", "2018-06-01")])
p("Ignazio La Russa", "ITA", [("Defence Minister", M, "2008-05-08", "2011-11-16"), ("President of the Senate", L, "2022-10-13", None)],
  aliases=["La Russa"], surname=False)
p("Antonio Martino", "ITA", [("Defence Minister", M, "2001-06-11", "2006-05-17")])

# ---------------------------------------------------------------- Japan
p("Sanae Takaichi", "JPN", [("Prime Minister", G, "2025-10-21", None)])
p("Shigeru Ishiba", "JPN", [("Prime Minister", G, "2024-10-01", "2025-10-21"), ("Defence Minister", M, "2007-09-26", "2008-08-02"),
                            ("Director General of the Defense Agency", M, "2002-09-30", "2004-09-27")])
p("Fumio Kishida", "JPN", [("Prime Minister", G, "2021-10-04", "2024-10-01"), ("Foreign Minister", G, "2012-12-26", "2017-08-03")])
p("Yoshihide Suga", "JPN", [("Prime Minister", G, "2020-09-16", "2021-10-04"), ("Chief Cabinet Secretary", G, "2012-12-26", "2020-09-16")])
p("Shinzo Abe", "JPN", [("Prime Minister", G, "2012-12-26", "2020-09-16"), ("Prime Minister", G, "2006-09-26", "2007-09-26")])
p("Yoshihiko Noda", "JPN", [("Prime Minister", G, "2011-09-02", "2012-12-26")])
p("Naoto Kan", "JPN", [("Prime Minister", G, "2010-06-08", "2011-09-02")], surname=False)
p("Yukio Hatoyama", "JPN", [("Prime Minister", G, "2009-09-16", "2010-06-08")])
p("Taro Aso", "JPN", [("Prime Minister", G, "2008-09-24", "2009-09-16"), ("Foreign Minister", G, "2005-10-31", "2007-08-27"),
                      ("Deputy Prime Minister", G, "2012-12-26", "2021-10-04")])
p("Yasuo Fukuda", "JPN", [("Prime Minister", G, "2007-09-26", "2008-09-24")])
p("Junichiro Koizumi", "JPN", [("Prime Minister", G, "2001-04-26", "2006-09-26")])
p("Yoshiro Mori", "JPN", [("Prime Minister", G, "2000-04-05", "2001-04-26")])
p("Naruhito", "JPN", [("Emperor", G, "2019-05-01", None)], aliases=["Emperor Naruhito"], surname=False)
p("Akihito", "JPN", [("Emperor", G, "1989-01-07", "2019-04-30")], aliases=["Emperor Akihito"], surname=False)
p("Toshimitsu Motegi", "JPN", [("Foreign Minister", G, "2025-10-21", None), ("Foreign Minister", G, "2019-09-11", "2021-11-04")])
p("Takeshi Iwaya", "JPN", [("Foreign Minister", G, "2024-10-01", "2025-10-21"), ("Defence Minister", M, "2018-10-02", "2019-09-11")])
p("Yoko Kamikawa", "JPN", [("Foreign Minister", G, "2023-09-13", "2024-10-01")])
p("Yoshimasa Hayashi", "JPN", [("Foreign Minister", G, "2021-11-10", "2023-09-13"), ("Chief Cabinet Secretary", G, "2023-12-14", "2025-10-21")])
p("Taro Kono", "JPN", [("Foreign Minister", G, "2017-08-03", "2019-09-11"), ("Defence Minister", M, "2019-09-11", "2020-09-16")])
p("Koichiro Gemba", "JPN", [("Foreign Minister", G, "2011-09-02", "2012-12-26")])
p("Katsuya Okada", "JPN", [("Foreign Minister", G, "2009-09-16", "2010-09-17")])
p("Seiji Maehara", "JPN", [("Foreign Minister", G, "2010-09-17", "2011-03-07")])
p("Hirofumi Nakasone", "JPN", [("Foreign Minister", G, "2008-09-24", "2009-09-16")])
p("Masahiko Komura", "JPN", [("Foreign Minister", G, "2007-09-26", "2008-08-02"), ("Defence Minister", M, "2007-08-27", "2007-09-26")])
p("Nobutaka Machimura", "JPN", [("Foreign Minister", G, "2004-09-27", "2005-10-31")])
p("Yoriko Kawaguchi", "JPN", [("Foreign Minister", G, "2002-02-01", "2004-09-27")])
p("Makiko Tanaka", "JPN", [("Foreign Minister", G, "2001-04-26", "2002-01-30")])
p("Shinjiro Koizumi", "JPN", [("Defence Minister", M, "2025-10-21", None), ("Agriculture Minister", G, "2025-05-21", "2025-10-21")])
p("Gen Nakatani", "JPN", [("Defence Minister", M, "2024-10-01", "2025-10-21"), ("Defence Minister", M, "2014-12-24", "2016-08-03")])
p("Minoru Kihara", "JPN", [("Defence Minister", M, "2023-09-13", "2024-10-01"), ("Chief Cabinet Secretary", G, "2025-10-21", None)])
p("Yasukazu Hamada", "JPN", [("Defence Minister", M, "2022-08-10", "2023-09-13"), ("Defence Minister", M, "2008-08-02", "2009-09-16")])
p("Nobuo Kishi", "JPN", [("Defence Minister", M, "2020-09-16", "2022-08-10")])
p("Itsunori Onodera", "JPN", [("Defence Minister", M, "2017-08-03", "2018-10-02"), ("Defence Minister", M, "2012-12-26", "2014-09-03")])
p("Tomomi Inada", "JPN", [("Defence Minister", M, "2016-08-03", "2017-07-28")])
p("Yuriko Koike", "JPN", [("Defence Minister", M, "2007-07-04", "2007-08-27"), ("Governor of Tokyo", G, "2016-08-02", None)])

# ---------------------------------------------------------------- Canada
p("Mark Carney", "CAN", [("Prime Minister", G, "2025-03-14", None), ("Governor of the Bank of England", G, "2013-07-01", "2020-03-15", "GBR"),
                         ("Governor of the Bank of Canada", G, "2008-02-01", "2013-06-01")])
p("Justin Trudeau", "CAN", [("Prime Minister", G, "2015-11-04", "2025-03-14")])
p("Stephen Harper", "CAN", [("Prime Minister", G, "2006-02-06", "2015-11-04")])
p("Paul Martin", "CAN", [("Prime Minister", G, "2003-12-12", "2006-02-06")], surname=False)
p("Jean Chrétien", "CAN", [("Prime Minister", G, "1993-11-04", "2003-12-12")])
p("Anita Anand", "CAN", [("Foreign Minister", G, "2025-05-13", None), ("Defence Minister", M, "2021-10-26", "2023-07-26")])
p("Mélanie Joly", "CAN", [("Foreign Minister", G, "2021-10-26", "2025-05-13")])
p("Marc Garneau", "CAN", [("Foreign Minister", G, "2021-01-12", "2021-10-26")])
p("François-Philippe Champagne", "CAN", [("Foreign Minister", G, "2019-11-20", "2021-01-12"), ("Finance Minister", G, "2025-03-14", None)])
p("Chrystia Freeland", "CAN", [("Foreign Minister", G, "2017-01-10", "2019-11-20"), ("Deputy Prime Minister", G, "2019-11-20", "2024-12-16")])
p("Stéphane Dion", "CAN", [("Foreign Minister", G, "2015-11-04", "2017-01-10")])
p("John Baird", "CAN", [("Foreign Minister", G, "2011-05-18", "2015-02-03")])
p("Lawrence Cannon", "CAN", [("Foreign Minister", G, "2008-10-30", "2011-05-18")])
p("Peter MacKay", "CAN", [("Defence Minister", M, "2007-08-14", "2013-07-15"), ("Foreign Minister", G, "2006-02-06", "2007-08-14")])
p("David McGuinty", "CAN", [("Defence Minister", M, "2025-05-13", None)])
p("Bill Blair", "CAN", [("Defence Minister", M, "2023-07-26", "2025-05-13")])
p("Harjit Sajjan", "CAN", [("Defence Minister", M, "2015-11-04", "2021-10-26")])
p("Jason Kenney", "CAN", [("Defence Minister", M, "2015-02-09", "2015-11-04")])
p("Rob Nicholson", "CAN", [("Foreign Minister", G, "2015-02-09", "2015-11-04"), ("Defence Minister", M, "2013-07-15", "2015-02-09")])
p("Bill Graham", "CAN", [("Foreign Minister", G, "2002-01-16", "2004-07-20"), ("Defence Minister", M, "2004-07-20", "2006-02-06")])

# ---------------------------------------------------------------- Australia
p("Anthony Albanese", "AUS", [("Prime Minister", G, "2022-05-23", None)])
p("Scott Morrison", "AUS", [("Prime Minister", G, "2018-08-24", "2022-05-23")])
p("Malcolm Turnbull", "AUS", [("Prime Minister", G, "2015-09-15", "2018-08-24")])
p("Tony Abbott", "AUS", [("Prime Minister", G, "2013-09-18", "2015-09-15")])
p("Julia Gillard", "AUS", [("Prime Minister", G, "2010-06-24", "2013-06-27")])
p("Kevin Rudd", "AUS", [("Prime Minister", G, "2013-06-27", "2013-09-18"), ("Prime Minister", G, "2007-12-03", "2010-06-24"),
                        ("Foreign Minister", G, "2010-09-14", "2012-02-22"), ("Ambassador to the United States", G, "2023-03-20", "2025-05")])
p("John Howard", "AUS", [("Prime Minister", G, "1996-03-11", "2007-12-03")])
p("Penny Wong", "AUS", [("Foreign Minister", G, "2022-05-23", None)])
p("Marise Payne", "AUS", [("Foreign Minister", G, "2018-08-26", "2022-05-23"), ("Defence Minister", M, "2015-09-21", "2018-08-26")])
p("Julie Bishop", "AUS", [("Foreign Minister", G, "2013-09-18", "2018-08-26")])
p("Bob Carr", "AUS", [("Foreign Minister", G, "2012-03-13", "2013-09-18")])
p("Stephen Smith", "AUS", [("Foreign Minister", G, "2007-12-03", "2010-09-14"), ("Defence Minister", M, "2010-09-14", "2013-09-18")])
p("Alexander Downer", "AUS", [("Foreign Minister", G, "1996-03-11", "2007-12-03")])
p("Richard Marles", "AUS", [("Defence Minister", M, "2022-06-01", None), ("Deputy Prime Minister", G, "2022-05-23", None)])
p("Peter Dutton", "AUS", [("Defence Minister", M, "2021-03-30", "2022-05-23"), ("Leader of the Opposition", "OPP", "2022-05-30", "2025-05")])
p("Linda Reynolds", "AUS", [("Defence Minister", M, "2019-05-29", "2021-03-30")])
p("Christopher Pyne", "AUS", [("Defence Minister", M, "2018-08-26", "2019-05-29")])
p("Kevin Andrews", "AUS", [("Defence Minister", M, "2014-12-23", "2015-09-21")])
p("David Johnston", "AUS", [("Defence Minister", M, "2013-09-18", "2014-12-23")])
p("Joel Fitzgibbon", "AUS", [("Defence Minister", M, "2007-12-03", "2009-06-09")])
p("Brendan Nelson", "AUS", [("Defence Minister", M, "2006-01-27", "2007-12-03")])
p("Robert Hill", "AUS", [("Defence Minister", M, "2001-11-26", "2006-01-27")], surname=False)

# ---------------------------------------------------------------- India
p("Narendra Modi", "IND", [("Prime Minister", G, "2014-05-26", None), ("Chief Minister of Gujarat", G, "2001-10-07", "2014-05-22")])
p("Manmohan Singh", "IND", [("Prime Minister", G, "2004-05-22", "2014-05-26")], surname=False)
p("Atal Bihari Vajpayee", "IND", [("Prime Minister", G, "1998-03-19", "2004-05-22")])
p("Droupadi Murmu", "IND", [("President", G, "2022-07-25", None)])
p("Ram Nath Kovind", "IND", [("President", G, "2017-07-25", "2022-07-25")])
p("Pranab Mukherjee", "IND", [("President", G, "2012-07-25", "2017-07-25"), ("Foreign Minister", G, "2006-10-24", "2009-05-22"),
                              ("Defence Minister", M, "2004-05-22", "2006-10-24")])
p("Pratibha Patil", "IND", [("President", G, "2007-07-25", "2012-07-25")])
p("A. P. J. Abdul Kalam", "IND", [("President", G, "2002-07-25", "2007-07-25")], aliases=["Abdul Kalam", "APJ Abdul Kalam"], surname=False)
p("K. R. Narayanan", "IND", [("President", G, "1997-07-25", "2002-07-25")], aliases=["K.R. Narayanan"], surname=False)
p("Subrahmanyam Jaishankar", "IND", [("External Affairs Minister", G, "2019-05-30", None), ("Foreign Secretary", G, "2015-01-29", "2018-01-28")],
  aliases=["S. Jaishankar", "S Jaishankar"])
p("Sushma Swaraj", "IND", [("External Affairs Minister", G, "2014-05-26", "2019-05-30")])
p("Salman Khurshid", "IND", [("External Affairs Minister", G, "2012-10-28", "2014-05-26")])
p("S. M. Krishna", "IND", [("External Affairs Minister", G, "2009-05-22", "2012-10-28")], aliases=["SM Krishna"], surname=False)
p("Natwar Singh", "IND", [("External Affairs Minister", G, "2004-05-22", "2005-11-06")], surname=False)
p("Yashwant Sinha", "IND", [("External Affairs Minister", G, "2002-07-01", "2004-05-22")])
p("Jaswant Singh", "IND", [("External Affairs Minister", G, "1998-12-05", "2002-07-01")], surname=False)
p("Rajnath Singh", "IND", [("Defence Minister", M, "2019-05-31", None), ("Home Minister", G, "2014-05-26", "2019-05-30")], surname=False)
p("Nirmala Sitharaman", "IND", [("Defence Minister", M, "2017-09-03", "2019-05-30"), ("Finance Minister", G, "2019-05-31", None)])
p("Manohar Parrikar", "IND", [("Defence Minister", M, "2014-11-09", "2017-03-13")])
p("Arun Jaitley", "IND", [("Defence Minister", M, "2014-05-26", "2014-11-09"), ("Defence Minister", M, "2017-03-13", "2017-09-03"),
                          ("Finance Minister", G, "2014-05-26", "2019-05-30")])
p("A. K. Antony", "IND", [("Defence Minister", M, "2006-10-26", "2014-05-26")], aliases=["AK Antony"], surname=False)
p("Ajit Doval", "IND", [("National Security Adviser", G, "2014-05-30", None)])
p("Rahul Gandhi", "IND", [("Leader of the Opposition", "OPP", "2024-06", None)])

# ---------------------------------------------------------------- Brazil, Argentina, Mexico
p("Luiz Inácio Lula da Silva", "BRA", [("President", G, "2023-01-01", None), ("President", G, "2003-01-01", "2011-01-01")],
  aliases=["Lula", "Luiz Inacio Lula da Silva", "Lula da Silva"], surname=False)
p("Jair Bolsonaro", "BRA", [("President", G, "2019-01-01", "2023-01-01")])
p("Michel Temer", "BRA", [("President", G, "2016-08-31", "2019-01-01"), ("Acting President", G, "2016-05-12", "2016-08-31"),
                          ("Vice President", G, "2011-01-01", "2016-05-12")])
p("Dilma Rousseff", "BRA", [("President", G, "2011-01-01", "2016-08-31")])
p("Fernando Henrique Cardoso", "BRA", [("President", G, "1995-01-01", "2003-01-01")], aliases=["Cardoso"], surname=False)
p("Mauro Vieira", "BRA", [("Foreign Minister", G, "2023-01-01", None), ("Foreign Minister", G, "2015-01-01", "2016-05-12")])
p("Carlos França", "BRA", [("Foreign Minister", G, "2021-04-06", "2022-12-31")], surname=False)
p("Ernesto Araújo", "BRA", [("Foreign Minister", G, "2019-01-01", "2021-03-29")])
p("Aloysio Nunes", "BRA", [("Foreign Minister", G, "2017-03-07", "2019-01-01")])
p("José Serra", "BRA", [("Foreign Minister", G, "2016-05-12", "2017-02-22")])
p("Antonio Patriota", "BRA", [("Foreign Minister", G, "2011-01-01", "2013-08-26")])
p("Celso Amorim", "BRA", [("Foreign Minister", G, "2003-01-01", "2011-01-01"), ("Defence Minister", M, "2011-08-04", "2015-01-01"),
                          ("Chief Adviser on Foreign Affairs", G, "2023-01-01", None)])
p("José Múcio", "BRA", [("Defence Minister", M, "2023-01-01", None)], aliases=["Jose Mucio Monteiro"])
p("Nelson Jobim", "BRA", [("Defence Minister", M, "2007-07-25", "2011-08-04")])
p("Javier Milei", "ARG", [("President", G, "2023-12-10", None)])
p("Alberto Fernández", "ARG", [("President", G, "2019-12-10", "2023-12-10")], surname=False)
p("Mauricio Macri", "ARG", [("President", G, "2015-12-10", "2019-12-10")])
p("Cristina Fernández de Kirchner", "ARG", [("President", G, "2007-12-10", "2015-12-10"), ("Vice President", G, "2019-12-10", "2023-12-10")],
  aliases=["Cristina Kirchner", "Cristina Fernandez de Kirchner", "Fernández de Kirchner"], surname=False)
p("Néstor Kirchner", "ARG", [("President", G, "2003-05-25", "2007-12-10")], aliases=["Nestor Kirchner"], surname=False)
p("Eduardo Duhalde", "ARG", [("President", G, "2002-01-02", "2003-05-25")])
p("Fernando de la Rúa", "ARG", [("President", G, "1999-12-10", "2001-12-21")], aliases=["De la Rúa", "de la Rua"], surname=False)
p("Pablo Quirno", "ARG", [("Foreign Minister", G, "2025-10", None)])
p("Gerardo Werthein", "ARG", [("Foreign Minister", G, "2024-10-30", "2025-10")])
p("Diana Mondino", "ARG", [("Foreign Minister", G, "2023-12-10", "2024-10-30")])
p("Santiago Cafiero", "ARG", [("Foreign Minister", G, "2021-09-20", "2023-12-10")])
p("Felipe Solá", "ARG", [("Foreign Minister", G, "2019-12-10", "2021-09-20")])
p("Jorge Faurie", "ARG", [("Foreign Minister", G, "2017-06-12", "2019-12-10")])
p("Susana Malcorra", "ARG", [("Foreign Minister", G, "2015-12-10", "2017-06-12")])
p("Héctor Timerman", "ARG", [("Foreign Minister", G, "2010-06-22", "2015-12-10")])
p("Jorge Taiana", "ARG", [("Foreign Minister", G, "2005-12", "2010-06"), ("Defence Minister", M, "2021-08", "2023-12-10")])
p("Luis Petri", "ARG", [("Defence Minister", M, "2023-12-10", "2025-12")])
p("Claudia Sheinbaum", "MEX", [("President", G, "2024-10-01", None), ("Head of Government of Mexico City", G, "2018-12-05", "2023-06-16")])
p("Andrés Manuel López Obrador", "MEX", [("President", G, "2018-12-01", "2024-09-30")],
  aliases=["AMLO", "López Obrador", "Lopez Obrador", "Andres Manuel Lopez Obrador"], surname=False)
p("Enrique Peña Nieto", "MEX", [("President", G, "2012-12-01", "2018-11-30")], aliases=["Peña Nieto", "Pena Nieto"], surname=False)
p("Felipe Calderón", "MEX", [("President", G, "2006-12-01", "2012-11-30")])
p("Vicente Fox", "MEX", [("President", G, "2000-12-01", "2006-11-30")])
p("Ernesto Zedillo", "MEX", [("President", G, "1994-12-01", "2000-11-30")])
p("Juan Ramón de la Fuente", "MEX", [("Foreign Minister", G, "2024-10-01", None)], aliases=["Juan Ramon de la Fuente", "de la Fuente"], surname=False)
p("Alicia Bárcena", "MEX", [("Foreign Minister", G, "2023-07-03", "2024-09-30")])
p("Marcelo Ebrard", "MEX", [("Foreign Minister", G, "2018-12-01", "2023-06-12"), ("Economy Minister", G, "2024-10-01", None)])
p("Luis Videgaray", "MEX", [("Foreign Minister", G, "2017-01-04", "2018-11-30")])
p("Claudia Ruiz Massieu", "MEX", [("Foreign Minister", G, "2015-08-27", "2017-01-04")], surname=False)
p("José Antonio Meade", "MEX", [("Foreign Minister", G, "2012-12-01", "2015-08-27")])
p("Patricia Espinosa", "MEX", [("Foreign Minister", G, "2006-12-01", "2012-11-30")])
p("Jorge Castañeda", "MEX", [("Foreign Minister", G, "2000-12-01", "2003-01-10")])
p("Ricardo Trevilla Trejo", "MEX", [("Secretary of National Defence", M, "2024-10-01", None)], aliases=["Trevilla"], surname=False)
p("Luis Cresencio Sandoval", "MEX", [("Secretary of National Defence", M, "2018-12-01", "2024-09-30")], surname=False)
p("Salvador Cienfuegos", "MEX", [("Secretary of National Defence", M, "2012-12-01", "2018-11-30")])

# ---------------------------------------------------------------- Indonesia, South Korea
p("Prabowo Subianto", "IDN", [("President", G, "2024-10-20", None), ("Defence Minister", M, "2019-10-23", "2024-10-20")],
  aliases=["Prabowo"], surname=False)
p("Joko Widodo", "IDN", [("President", G, "2014-10-20", "2024-10-20")], aliases=["Jokowi"])
p("Susilo Bambang Yudhoyono", "IDN", [("President", G, "2004-10-20", "2014-10-20")], aliases=["Yudhoyono", "SBY"], surname=False)
p("Megawati Sukarnoputri", "IDN", [("President", G, "2001-07-23", "2004-10-20")], aliases=["Megawati"], surname=False)
p("Abdurrahman Wahid", "IDN", [("President", G, "1999-10-20", "2001-07-23")], aliases=["Gus Dur"])
p("Sugiono", "IDN", [("Foreign Minister", G, "2024-10-21", None)], surname=False)
p("Retno Marsudi", "IDN", [("Foreign Minister", G, "2014-10-27", "2024-10-20")], aliases=["Retno"])
p("Marty Natalegawa", "IDN", [("Foreign Minister", G, "2009-10-22", "2014-10-20")])
p("Hassan Wirajuda", "IDN", [("Foreign Minister", G, "2001-08", "2009-10")])
p("Sjafrie Sjamsoeddin", "IDN", [("Defence Minister", M, "2024-10-21", None)])
p("Ryamizard Ryacudu", "IDN", [("Defence Minister", M, "2014-10-27", "2019-10-23")])
p("Lee Jae-myung", "KOR", [("President", G, "2025-06-04", None)], aliases=["Lee Jae Myung"], surname=False)
p("Yoon Suk Yeol", "KOR", [("President", G, "2022-05-10", "2025-04-04")], aliases=["Yoon Suk-yeol"])
p("Moon Jae-in", "KOR", [("President", G, "2017-05-10", "2022-05-10")], aliases=["Moon Jae In"])
p("Park Geun-hye", "KOR", [("President", G, "2013-02-25", "2017-03-10")], aliases=["Park Geun Hye"], surname=False)
p("Lee Myung-bak", "KOR", [("President", G, "2008-02-25", "2013-02-25")], aliases=["Lee Myung Bak"], surname=False)
p("Roh Moo-hyun", "KOR", [("President", G, "2003-02-25", "2008-02-25")])
p("Kim Dae-jung", "KOR", [("President", G, "1998-02-25", "2003-02-25")], surname=False)
p("Han Duck-soo", "KOR", [("Acting President", G, "2024-12-14", "2024-12-27"), ("Acting President", G, "2025-03-24", "2025-05-01"),
                          ("Prime Minister", G, "2022-05-21", "2025-05-01"), ("Prime Minister", G, "2007-04-03", "2008-02-29")],
  note="suspended as PM and acting president 2024-12-27 to 2025-03-24 while impeached")
p("Choi Sang-mok", "KOR", [("Acting President", G, "2024-12-27", "2025-03-24"), ("Finance Minister", G, "2023-12-29", "2025-05-02")])
p("Kim Min-seok", "KOR", [("Prime Minister", G, "2025-07-03", None)], surname=False)
p("Hwang Kyo-ahn", "KOR", [("Acting President", G, "2016-12-09", "2017-05-10"), ("Prime Minister", G, "2015-06-18", "2017-05-11")])
p("Lee Nak-yon", "KOR", [("Prime Minister", G, "2017-05-31", "2020-01-14")], surname=False)
p("Cho Hyun", "KOR", [("Foreign Minister", G, "2025-07", None)], surname=False)
p("Cho Tae-yul", "KOR", [("Foreign Minister", G, "2024-01-11", "2025-07")], surname=False)
p("Park Jin", "KOR", [("Foreign Minister", G, "2022-05-12", "2024-01-10")], surname=False)
p("Chung Eui-yong", "KOR", [("Foreign Minister", G, "2021-02-09", "2022-05-11"), ("National Security Adviser", G, "2017-05-21", "2020-07-03")])
p("Kang Kyung-wha", "KOR", [("Foreign Minister", G, "2017-06-18", "2021-02-08")], surname=False)
p("Yun Byung-se", "KOR", [("Foreign Minister", G, "2013-03-11", "2017-06-18")])
p("Kim Sung-hwan", "KOR", [("Foreign Minister", G, "2010-10-08", "2013-03-10")], surname=False)
p("Yu Myung-hwan", "KOR", [("Foreign Minister", G, "2008-02-29", "2010-09-04")])
p("Ahn Gyu-back", "KOR", [("Defence Minister", M, "2025-07", None)])
p("Kim Yong-hyun", "KOR", [("Defence Minister", M, "2024-09-06", "2024-12-05")], surname=False)
p("Shin Won-sik", "KOR", [("Defence Minister", M, "2023-10-07", "2024-09-06"), ("National Security Adviser", G, "2024-09-06", "2025-06")])
p("Lee Jong-sup", "KOR", [("Defence Minister", M, "2022-05-10", "2023-10")], surname=False)
p("Suh Wook", "KOR", [("Defence Minister", M, "2020-09-18", "2022-05-10")])
p("Jeong Kyeong-doo", "KOR", [("Defence Minister", M, "2018-09-21", "2020-09-18")])
p("Song Young-moo", "KOR", [("Defence Minister", M, "2017-07-14", "2018-09-21")])

# ---------------------------------------------------------------- Saudi Arabia, South Africa, Turkey
p("Mohammed bin Salman", "SAU", [("Prime Minister", G, "2022-09-27", None), ("Crown Prince", G, "2017-06-21", None),
                                 ("Defence Minister", M, "2015-01-23", "2022-09-27")],
  aliases=["MBS", "Mohammed bin Salman Al Saud", "Prince Mohammed bin Salman", "Crown Prince Mohammed"], surname=False)
p("Salman bin Abdulaziz", "SAU", [("King", G, "2015-01-23", None), ("Crown Prince", G, "2012-06-18", "2015-01-23"),
                                  ("Defence Minister", M, "2011-11-05", "2015-01-23")],
  aliases=["King Salman", "Salman bin Abdulaziz Al Saud"], surname=False)
p("Abdullah bin Abdulaziz", "SAU", [("King", G, "2005-08-01", "2015-01-23"), ("Crown Prince", G, "1982-06-13", "2005-08-01")],
  aliases=["King Abdullah of Saudi Arabia"], surname=False)
p("Fahd bin Abdulaziz", "SAU", [("King", G, "1982-06-13", "2005-08-01")], aliases=["King Fahd"], surname=False)
p("Mohammed bin Nayef", "SAU", [("Crown Prince", G, "2015-04-29", "2017-06-21"), ("Interior Minister", G, "2012-11-05", "2017-06-21")],
  surname=False)
p("Faisal bin Farhan", "SAU", [("Foreign Minister", G, "2019-10-23", None)], aliases=["Prince Faisal bin Farhan", "Faisal bin Farhan Al Saud"],
  surname=False)
p("Ibrahim al-Assaf", "SAU", [("Foreign Minister", G, "2018-12-27", "2019-10-23")])
p("Adel al-Jubeir", "SAU", [("Foreign Minister", G, "2015-04-29", "2018-12-27"), ("Minister of State for Foreign Affairs", G, "2018-12-27", None)])
p("Saud al-Faisal", "SAU", [("Foreign Minister", G, "1975-10-13", "2015-04-29")], aliases=["Prince Saud al-Faisal"], surname=False)
p("Khalid bin Salman", "SAU", [("Defence Minister", M, "2022-09-27", None), ("Ambassador to the United States", G, "2017-04", "2019-02")],
  aliases=["Prince Khalid bin Salman"], surname=False)
p("Cyril Ramaphosa", "ZAF", [("President", G, "2018-02-15", None), ("Deputy President", G, "2014-05-26", "2018-02-15")])
p("Jacob Zuma", "ZAF", [("President", G, "2009-05-09", "2018-02-14")])
p("Kgalema Motlanthe", "ZAF", [("President", G, "2008-09-25", "2009-05-09")])
p("Thabo Mbeki", "ZAF", [("President", G, "1999-06-14", "2008-09-24")])
p("Ronald Lamola", "ZAF", [("Minister of International Relations", G, "2024-07-03", None)])
p("Naledi Pandor", "ZAF", [("Minister of International Relations", G, "2019-05-30", "2024-07-03")])
p("Lindiwe Sisulu", "ZAF", [("Minister of International Relations", G, "2018-02-27", "2019-05-29"), ("Defence Minister", M, "2009-05-10", "2012-06-12")])
p("Maite Nkoana-Mashabane", "ZAF", [("Minister of International Relations", G, "2009-05-10", "2018-02-26")])
p("Angie Motshekga", "ZAF", [("Defence Minister", M, "2024-07-03", None)])
p("Thandi Modise", "ZAF", [("Defence Minister", M, "2021-08-05", "2024-07-03")])
p("Nosiviwe Mapisa-Nqakula", "ZAF", [("Defence Minister", M, "2012-06-12", "2021-08-05")])
p("Mosiuoa Lekota", "ZAF", [("Defence Minister", M, "1999-06-17", "2008-09-25")])
p("Recep Tayyip Erdoğan", "TUR", [("President", G, "2014-08-28", None), ("Prime Minister", G, "2003-03-14", "2014-08-28")],
  aliases=["Tayyip Erdogan", "Tayyip Erdoğan", "Recep Erdogan", "Erdoğan", "Erdogan", "President Erdogan"], surname=False)
p("Abdullah Gül", "TUR", [("President", G, "2007-08-28", "2014-08-28"), ("Foreign Minister", G, "2003-03-14", "2007-08-28"),
                          ("Prime Minister", G, "2002-11-18", "2003-03-14")], aliases=["Abdullah Gul"])
p("Ahmet Necdet Sezer", "TUR", [("President", G, "2000-05-16", "2007-08-28")], aliases=["Necdet Sezer"])
p("Bülent Ecevit", "TUR", [("Prime Minister", G, "1999-01-11", "2002-11-18")])
p("Ahmet Davutoğlu", "TUR", [("Prime Minister", G, "2014-08-28", "2016-05-24"), ("Foreign Minister", G, "2009-05-01", "2014-08-29")],
  aliases=["Davutoglu"])
p("Binali Yıldırım", "TUR", [("Prime Minister", G, "2016-05-24", "2018-07-09")], aliases=["Binali Yildirim"])
p("Hakan Fidan", "TUR", [("Foreign Minister", G, "2023-06-04", None), ("Head of the National Intelligence Organisation", S, "2010-05-27", "2023-06-04")])
p("Mevlüt Çavuşoğlu", "TUR", [("Foreign Minister", G, "2015-11-24", "2023-06-04"), ("Foreign Minister", G, "2014-08-29", "2015-08-28")],
  aliases=["Mevlut Cavusoglu"])
p("Feridun Sinirlioğlu", "TUR", [("Foreign Minister", G, "2015-08-28", "2015-11-24")])
p("Ali Babacan", "TUR", [("Foreign Minister", G, "2007-08-29", "2009-05-01")])
p("İsmail Cem", "TUR", [("Foreign Minister", G, "1997-06-30", "2002-07-11")], aliases=["Ismail Cem"], surname=False)
p("Yaşar Güler", "TUR", [("Defence Minister", M, "2023-06-04", None), ("Chief of the General Staff", M, "2018-07-10", "2023-06-04")])
p("Hulusi Akar", "TUR", [("Defence Minister", M, "2018-07-10", "2023-06-04"), ("Chief of the General Staff", M, "2015-08-18", "2018-07-10")])
p("Nurettin Canikli", "TUR", [("Defence Minister", M, "2017-07-19", "2018-07-10")])
p("Fikri Işık", "TUR", [("Defence Minister", M, "2016-05-24", "2017-07-19")])
p("İsmet Yılmaz", "TUR", [("Defence Minister", M, "2011-07-06", "2015-08-28")], aliases=["Ismet Yilmaz"])
p("Vecdi Gönül", "TUR", [("Defence Minister", M, "2002-11-18", "2011-07-06")])
p("İbrahim Kalın", "TUR", [("Head of the National Intelligence Organisation", S, "2023-06-05", None),
                           ("Presidential spokesman", G, "2014-12", "2023-06-04")], aliases=["Ibrahim Kalin"])

# ---------------------------------------------------------------- Middle East
p("Bashar al-Assad", "SYR", [("President", G, "2000-07-17", "2024-12-08")], aliases=["Bashar Assad", "President Assad"])
p("Ahmed al-Sharaa", "SYR", [("President", G, "2025-01-29", None), ("De facto leader", G, "2024-12-08", "2025-01-29"),
                             ("Leader of Hayat Tahrir al-Sham", "INS", "2017-01-28", "2025-01-29"),
                             ("Leader of the Nusra Front", "INS", "2012-01", "2017-01-28")],
  aliases=["Abu Mohammed al-Jolani", "Abu Mohammad al-Julani", "Abu Mohammed al-Golani", "al-Jolani", "Jolani", "Ahmad al-Sharaa"])
p("Asaad al-Shaibani", "SYR", [("Foreign Minister", G, "2024-12-21", None)], aliases=["Asaad Hassan al-Shaibani"])
p("Faisal Mekdad", "SYR", [("Foreign Minister", G, "2020-11-22", "2024-12-08")], aliases=["Faisal Miqdad"])
p("Walid Muallem", "SYR", [("Foreign Minister", G, "2006-02-11", "2020-11-16")], aliases=["Walid al-Muallem", "Walid Moualem"])
p("Ali Khamenei", "IRN", [("Supreme Leader", G, "1989-06-04", None)], aliases=["Ayatollah Ali Khamenei", "Ayatollah Khamenei"])
p("Masoud Pezeshkian", "IRN", [("President", G, "2024-07-28", None)])
p("Ebrahim Raisi", "IRN", [("President", G, "2021-08-03", "2024-05-19"), ("Chief Justice", J, "2019-03-07", "2021-07-01")],
  aliases=["Ebrahim Raeisi"])
p("Hassan Rouhani", "IRN", [("President", G, "2013-08-03", "2021-08-03")], aliases=["Hassan Rohani"])
p("Mahmoud Ahmadinejad", "IRN", [("President", G, "2005-08-03", "2013-08-03")])
p("Mohammad Khatami", "IRN", [("President", G, "1997-08-03", "2005-08-03")])
p("Abbas Araghchi", "IRN", [("Foreign Minister", G, "2024-08-21", None), ("Deputy Foreign Minister", G, "2013-08", "2021-08")])
p("Hossein Amir-Abdollahian", "IRN", [("Foreign Minister", G, "2021-08-25", "2024-05-19")], aliases=["Amir-Abdollahian", "Amirabdollahian"])
p("Mohammad Javad Zarif", "IRN", [("Foreign Minister", G, "2013-08-15", "2021-08-25"), ("Vice President for Strategic Affairs", G, "2024-08-01", "2025-03-02")],
  aliases=["Javad Zarif"])
p("Ali Akbar Salehi", "IRN", [("Foreign Minister", G, "2011-01-30", "2013-08-15"), ("Head of the Atomic Energy Organization", G, "2013-08-16", "2021-08-29")])
p("Manouchehr Mottaki", "IRN", [("Foreign Minister", G, "2005-08-24", "2010-12-13")])
p("Kamal Kharazi", "IRN", [("Foreign Minister", G, "1997-08-20", "2005-08-24")])
p("Qasem Soleimani", "IRN", [("Quds Force commander", M, "1998", "2020-01-03")], aliases=["Qassem Soleimani", "Qasem Suleimani"])
p("Ali Larijani", "IRN", [("Secretary of the Supreme National Security Council", G, "2025-08", None),
                          ("Speaker of Parliament", L, "2008-05-28", "2020-05-28")])
p("Mohammad Bagher Ghalibaf", "IRN", [("Speaker of Parliament", L, "2020-05-28", None)], aliases=["Mohammad Baqer Qalibaf", "Ghalibaf", "Qalibaf"])
p("Benjamin Netanyahu", "ISR", [("Prime Minister", G, "2022-12-29", None), ("Prime Minister", G, "2009-03-31", "2021-06-13"),
                                ("Prime Minister", G, "1996-06-18", "1999-07-06")], aliases=["Bibi Netanyahu", "Bibi"])
p("Yair Lapid", "ISR", [("Prime Minister", G, "2022-07-01", "2022-12-29"), ("Foreign Minister", G, "2021-06-13", "2022-12-29"),
                        ("Leader of the Opposition", "OPP", "2022-12-29", None)])
p("Naftali Bennett", "ISR", [("Prime Minister", G, "2021-06-13", "2022-06-30"), ("Defence Minister", M, "2019-11-12", "2020-05-17")])
p("Ehud Olmert", "ISR", [("Prime Minister", G, "2006-04-14", "2009-03-31"), ("Acting Prime Minister", G, "2006-01-04", "2006-04-14")])
p("Ariel Sharon", "ISR", [("Prime Minister", G, "2001-03-07", "2006-04-14")])
p("Ehud Barak", "ISR", [("Defence Minister", M, "2007-06-18", "2013-03-18"), ("Prime Minister", G, "1999-07-06", "2001-03-07")])
p("Isaac Herzog", "ISR", [("President", G, "2021-07-07", None)], aliases=["Yitzhak Herzog"])
p("Reuven Rivlin", "ISR", [("President", G, "2014-07-24", "2021-07-07")])
p("Shimon Peres", "ISR", [("President", G, "2007-07-15", "2014-07-24")])
p("Moshe Katsav", "ISR", [("President", G, "2000-08-01", "2007-07-01")])
p("Gideon Sa'ar", "ISR", [("Foreign Minister", G, "2024-11-05", None)], aliases=["Gideon Saar"])
p("Israel Katz", "ISR", [("Defence Minister", M, "2024-11-05", None), ("Foreign Minister", G, "2024-01-01", "2024-11-05"),
                         ("Foreign Minister", G, "2019-02-17", "2020-05-17")])
p("Eli Cohen", "ISR", [("Foreign Minister", G, "2023-01-01", "2024-01-01")], surname=False)
p("Gabi Ashkenazi", "ISR", [("Foreign Minister", G, "2020-05-17", "2021-06-13"), ("Chief of Staff of the IDF", M, "2007-02-14", "2011-02-14")])
p("Avigdor Lieberman", "ISR", [("Defence Minister", M, "2016-05-30", "2018-11-14"), ("Foreign Minister", G, "2013-11-11", "2015-05-14"),
                               ("Foreign Minister", G, "2009-03-31", "2012-12-18")], aliases=["Avigdor Liberman"])
p("Tzipi Livni", "ISR", [("Foreign Minister", G, "2006-05-04", "2009-03-31")])
p("Yoav Gallant", "ISR", [("Defence Minister", M, "2022-12-29", "2024-11-05")])
p("Benny Gantz", "ISR", [("Defence Minister", M, "2020-05-17", "2022-12-29"), ("Chief of Staff of the IDF", M, "2011-02-14", "2015-02-16")])
p("Moshe Ya'alon", "ISR", [("Defence Minister", M, "2013-03-18", "2016-05-20")], aliases=["Moshe Yaalon"])
p("Amir Peretz", "ISR", [("Defence Minister", M, "2006-05-04", "2007-06-18")])
p("Shaul Mofaz", "ISR", [("Defence Minister", M, "2002-11-04", "2006-05-04")])
p("Herzi Halevi", "ISR", [("Chief of Staff of the IDF", M, "2023-01-16", "2025-03-05")])
p("Eyal Zamir", "ISR", [("Chief of Staff of the IDF", M, "2025-03-05", None)])
p("Itamar Ben-Gvir", "ISR", [("National Security Minister", G, "2022-12-29", None)], aliases=["Ben-Gvir", "Itamar Ben Gvir"], surname=False,
  note="left the government briefly in January-March 2025")
p("Bezalel Smotrich", "ISR", [("Finance Minister", G, "2022-12-29", None)])
p("Mahmoud Abbas", "PSE", [("President of the Palestinian Authority", G, "2005-01-15", None), ("Prime Minister", G, "2003-04-30", "2003-10-07")],
  aliases=["Abu Mazen"])
p("Yasser Arafat", "PSE", [("President of the Palestinian Authority", G, "1994-07-05", "2004-11-11")])
p("Mohammad Mustafa", "PSE", [("Prime Minister", G, "2024-03-31", None)])
p("Mohammad Shtayyeh", "PSE", [("Prime Minister", G, "2019-04-14", "2024-03-31")])
p("Rami Hamdallah", "PSE", [("Prime Minister", G, "2013-06-06", "2019-04-14")])
p("Salam Fayyad", "PSE", [("Prime Minister", G, "2007-06-15", "2013-06-06")])
p("Riyad al-Maliki", "PSE", [("Foreign Minister", G, "2007-06-17", "2024-03-31")], aliases=["Riad Malki"])
p("Ismail Haniyeh", "PSE", [("Head of the Hamas political bureau", "INS", "2017-05-06", "2024-07-31"),
                            ("Prime Minister", G, "2006-03-29", "2007-06-14")], aliases=["Ismail Haniya"])
p("Yahya Sinwar", "PSE", [("Head of the Hamas political bureau", "INS", "2024-08-06", "2024-10-16"),
                          ("Hamas leader in Gaza", "INS", "2017-02-13", "2024-10-16")])
p("Khaled Meshaal", "PSE", [("Head of the Hamas political bureau", "INS", "1996", "2017-05-06")], aliases=["Khaled Mashal", "Khalid Mishal"])
p("Hassan Nasrallah", "LBN", [("Secretary-General of Hezbollah", "INS", "1992-02-16", "2024-09-27")], aliases=["Sayyed Hassan Nasrallah"])
p("Naim Qassem", "LBN", [("Secretary-General of Hezbollah", "INS", "2024-10-29", None)], aliases=["Naim Qassim"])
p("Joseph Aoun", "LBN", [("President", G, "2025-01-09", None), ("Commander of the Lebanese Armed Forces", M, "2017-03-08", "2025-01-09")])
p("Michel Aoun", "LBN", [("President", G, "2016-10-31", "2022-10-30")])
p("Nawaf Salam", "LBN", [("Prime Minister", G, "2025-02-08", None), ("President of the International Court of Justice", "IGO", "2024-02-06", "2025-01-14", "IGOICJ")])
p("Najib Mikati", "LBN", [("Prime Minister", G, "2021-09-10", "2025-02-08"), ("Prime Minister", G, "2011-06-13", "2014-02-15"),
                          ("Prime Minister", G, "2005-04-19", "2005-07-19")])
p("Saad Hariri", "LBN", [("Prime Minister", G, "2016-12-18", "2020-01-21"), ("Prime Minister", G, "2009-11-09", "2011-06-13")])
p("Rafic Hariri", "LBN", [("Prime Minister", G, "2000-10-23", "2004-10-21")], aliases=["Rafik Hariri"])
p("Abdullah II", "JOR", [("King", G, "1999-02-07", None)], aliases=["King Abdullah II", "King Abdullah of Jordan"], surname=False)
p("Ayman Safadi", "JOR", [("Foreign Minister", G, "2017-01-15", None)])
p("Abdel Fattah el-Sisi", "EGY", [("President", G, "2014-06-08", None), ("Defence Minister", M, "2012-08-12", "2014-03-26")],
  aliases=["Abdel Fattah al-Sisi", "Abdel-Fattah el-Sissi", "el-Sisi", "al-Sisi", "Sisi", "Sissi"])
p("Mohamed Morsi", "EGY", [("President", G, "2012-06-30", "2013-07-03")], aliases=["Mohammed Morsi", "Mursi"])
p("Hosni Mubarak", "EGY", [("President", G, "1981-10-14", "2011-02-11")])
p("Adly Mansour", "EGY", [("Interim President", G, "2013-07-04", "2014-06-08")])
p("Mohamed Hussein Tantawi", "EGY", [("Chairman of the Supreme Council of the Armed Forces", M, "2011-02-11", "2012-06-30"),
                                     ("Defence Minister", M, "1991-05-20", "2012-08-12")], aliases=["Field Marshal Tantawi"])
p("Badr Abdelatty", "EGY", [("Foreign Minister", G, "2024-07-03", None)], aliases=["Badr Abdel Aty"])
p("Sameh Shoukry", "EGY", [("Foreign Minister", G, "2014-06-17", "2024-07-03")])
p("Mostafa Madbouly", "EGY", [("Prime Minister", G, "2018-06-07", None)])
p("Tamim bin Hamad Al Thani", "QAT", [("Emir", G, "2013-06-25", None)], aliases=["Sheikh Tamim", "Emir Tamim", "Tamim bin Hamad"], surname=False)
p("Hamad bin Khalifa Al Thani", "QAT", [("Emir", G, "1995-06-27", "2013-06-25")], aliases=["Sheikh Hamad bin Khalifa"], surname=False)
p("Mohammed bin Abdulrahman Al Thani", "QAT", [("Prime Minister", G, "2023-03-07", None), ("Foreign Minister", G, "2016-01-28", None)],
  aliases=["Sheikh Mohammed bin Abdulrahman", "Mohammed bin Abdulrahman"], surname=False)
p("Hamad bin Jassim Al Thani", "QAT", [("Prime Minister", G, "2007-04-03", "2013-06-26"), ("Foreign Minister", G, "1992-09-01", "2013-06-26")],
  aliases=["Hamad bin Jassim", "Sheikh Hamad bin Jassim"], surname=False)
p("Mohamed bin Zayed", "ARE", [("President", G, "2022-05-14", None), ("Crown Prince of Abu Dhabi", G, "2004-11-03", "2022-05-14")],
  aliases=["Mohamed bin Zayed Al Nahyan", "Sheikh Mohamed bin Zayed", "MBZ"], surname=False)
p("Khalifa bin Zayed", "ARE", [("President", G, "2004-11-03", "2022-05-13")], aliases=["Khalifa bin Zayed Al Nahyan"], surname=False)
p("Abdullah bin Zayed", "ARE", [("Foreign Minister", G, "2006-02-09", None)], aliases=["Abdullah bin Zayed Al Nahyan", "Sheikh Abdullah bin Zayed"],
  surname=False)
p("Mohammed bin Rashid Al Maktoum", "ARE", [("Prime Minister", G, "2006-01-05", None), ("Ruler of Dubai", G, "2006-01-04", None)],
  aliases=["Sheikh Mohammed bin Rashid"], surname=False)
p("Haitham bin Tarik", "OMN", [("Sultan", G, "2020-01-11", None)], aliases=["Sultan Haitham", "Haitham bin Tariq"], surname=False)
p("Qaboos bin Said", "OMN", [("Sultan", G, "1970-07-23", "2020-01-10")], aliases=["Sultan Qaboos"], surname=False)
p("Badr Albusaidi", "OMN", [("Foreign Minister", G, "2020-08-18", None)], aliases=["Badr al-Busaidi"])
p("Saddam Hussein", "IRQ", [("President", G, "1979-07-16", "2003-04-09")], aliases=["Saddam"], surname=False)
p("Abdul Latif Rashid", "IRQ", [("President", G, "2022-10-17", None)], surname=False)
p("Barham Salih", "IRQ", [("President", G, "2018-10-02", "2022-10-17")])
p("Fuad Masum", "IRQ", [("President", G, "2014-07-24", "2018-10-02")])
p("Jalal Talabani", "IRQ", [("President", G, "2005-04-07", "2014-07-24")])
p("Mohammed Shia al-Sudani", "IRQ", [("Prime Minister", G, "2022-10-27", None)], aliases=["Mohammed al-Sudani"])
p("Mustafa al-Kadhimi", "IRQ", [("Prime Minister", G, "2020-05-07", "2022-10-27")])
p("Adil Abdul-Mahdi", "IRQ", [("Prime Minister", G, "2018-10-25", "2020-05-07")])
p("Haider al-Abadi", "IRQ", [("Prime Minister", G, "2014-09-08", "2018-10-25")])
p("Nouri al-Maliki", "IRQ", [("Prime Minister", G, "2006-05-20", "2014-09-08")], aliases=["Nuri al-Maliki"])
p("Ibrahim al-Jaafari", "IRQ", [("Prime Minister", G, "2005-05-03", "2006-05-20")])
p("Ayad Allawi", "IRQ", [("Prime Minister", G, "2004-06-28", "2005-05-03")], aliases=["Iyad Allawi"])
p("Hoshyar Zebari", "IRQ", [("Foreign Minister", G, "2003-09-03", "2014-07-11")])
p("Fuad Hussein", "IRQ", [("Foreign Minister", G, "2020-06-06", None)], surname=False)
p("Muqtada al-Sadr", "IRQ", [("Leader of the Sadrist movement", "REL", "2003", None)], aliases=["Moqtada al-Sadr"])
p("Abu Bakr al-Baghdadi", "IRQ", [("Leader of the Islamic State", "INS", "2010-05-16", "2019-10-27", "IMG")])
p("Osama bin Laden", "SAU", [("Leader of al-Qaeda", "INS", "1988", "2011-05-02", "IMG")], aliases=["Osama Bin Laden", "Usama bin Laden", "bin Laden",
                                                                                           "Bin Laden"], surname=False)
p("Ayman al-Zawahiri", "EGY", [("Leader of al-Qaeda", "INS", "2011-06-16", "2022-07-31", "IMG")])
p("Ali Abdullah Saleh", "YEM", [("President", G, "1990-05-22", "2012-02-27")])
p("Abdrabbuh Mansur Hadi", "YEM", [("President", G, "2012-02-27", "2022-04-07")], aliases=["Abd-Rabbu Mansour Hadi", "Hadi"])
p("Rashad al-Alimi", "YEM", [("Chairman of the Presidential Leadership Council", G, "2022-04-07", None)])
p("Abdul-Malik al-Houthi", "YEM", [("Leader of the Houthi movement", "REB", "2004-09", None)], aliases=["Abdulmalik al-Houthi"])
p("Muammar Gaddafi", "LBY", [("Leader", G, "1969-09-01", "2011-08-23")], aliases=["Moammar Gadhafi", "Muammar Qaddafi", "Colonel Gaddafi",
                                                                                  "Gaddafi", "Gadhafi", "Qaddafi"])
p("Khalifa Haftar", "LBY", [("Commander of the Libyan National Army", M, "2014-05", None)], aliases=["Khalifa Hifter"])
p("Fayez al-Sarraj", "LBY", [("Prime Minister of the Government of National Accord", G, "2016-03-30", "2021-03-15")])
p("Abdul Hamid Dbeibah", "LBY", [("Prime Minister of the Government of National Unity", G, "2021-03-15", None)], aliases=["Abdulhamid Dbeibah"])
p("Hibatullah Akhundzada", "AFG", [("Supreme Leader", G, "2021-08-15", None), ("Leader of the Taliban", "INS", "2016-05-25", "2021-08-15")],
  aliases=["Haibatullah Akhundzada", "Mawlawi Hibatullah"])
p("Mohammad Omar", "AFG", [("Leader of the Taliban", "INS", "1994", "2013-04-23")], aliases=["Mullah Omar", "Mullah Mohammed Omar"], surname=False)
p("Hamid Karzai", "AFG", [("President", G, "2004-12-07", "2014-09-29"), ("Interim leader", G, "2001-12-22", "2004-12-07")])
p("Ashraf Ghani", "AFG", [("President", G, "2014-09-29", "2021-08-15")])
p("Abdullah Abdullah", "AFG", [("Chief Executive", G, "2014-09-29", "2020-03-09"), ("Foreign Minister", G, "2001-12-22", "2006-04-20")],
  surname=False)
p("Mohammad Hasan Akhund", "AFG", [("Prime Minister (acting)", G, "2021-09-07", None)])
p("Amir Khan Muttaqi", "AFG", [("Foreign Minister (acting)", G, "2021-09-07", None)])
p("Sirajuddin Haqqani", "AFG", [("Interior Minister (acting)", G, "2021-09-07", None), ("Leader of the Haqqani network", "INS", "2018", None)])
p("Zabihullah Mujahid", "AFG", [("Government spokesman", G, "2021-09-07", None), ("Taliban spokesman", "INS", "2007", "2021-09-07")])

# ---------------------------------------------------------------- Ukraine, Belarus, Caucasus
p("Volodymyr Zelensky", "UKR", [("President", G, "2019-05-20", None)], aliases=["Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "Zelenskyy",
                                                                               "Zelenskiy", "President Zelensky"])
p("Petro Poroshenko", "UKR", [("President", G, "2014-06-07", "2019-05-20"), ("Foreign Minister", G, "2009-10-09", "2010-03-11")])
p("Viktor Yanukovych", "UKR", [("President", G, "2010-02-25", "2014-02-22"), ("Prime Minister", G, "2006-08-04", "2007-12-18"),
                               ("Prime Minister", G, "2002-11-21", "2005-01-05")], aliases=["Viktor Yanukovich"])
p("Viktor Yushchenko", "UKR", [("President", G, "2005-01-23", "2010-02-25"), ("Prime Minister", G, "1999-12-22", "2001-05-29")])
p("Leonid Kuchma", "UKR", [("President", G, "1994-07-19", "2005-01-23")])
p("Oleksandr Turchynov", "UKR", [("Acting President", G, "2014-02-23", "2014-06-07")])
p("Yulia Svyrydenko", "UKR", [("Prime Minister", G, "2025-07-17", None), ("First Deputy Prime Minister", G, "2021-11-04", "2025-07-17")])
p("Denys Shmyhal", "UKR", [("Defence Minister", M, "2025-07-17", None), ("Prime Minister", G, "2020-03-04", "2025-07-17")],
  note="roles after 2025 not verified in this table")
p("Oleksiy Honcharuk", "UKR", [("Prime Minister", G, "2019-08-29", "2020-03-04")])
p("Volodymyr Groysman", "UKR", [("Prime Minister", G, "2016-04-14", "2019-08-29")])
p("Arseniy Yatsenyuk", "UKR", [("Prime Minister", G, "2014-02-27", "2016-04-14"), ("Foreign Minister", G, "2007-03-21", "2007-12-04")])
p("Yulia Tymoshenko", "UKR", [("Prime Minister", G, "2007-12-18", "2010-03-04"), ("Prime Minister", G, "2005-01-24", "2005-09-08")])
p("Andrii Sybiha", "UKR", [("Foreign Minister", G, "2024-09-05", None)], aliases=["Andriy Sybiha"])
p("Dmytro Kuleba", "UKR", [("Foreign Minister", G, "2020-03-04", "2024-09-05")])
p("Vadym Prystaiko", "UKR", [("Foreign Minister", G, "2019-08-29", "2020-03-04")])
p("Pavlo Klimkin", "UKR", [("Foreign Minister", G, "2014-06-19", "2019-08-29")])
p("Rustem Umerov", "UKR", [("Defence Minister", M, "2023-09-06", "2025-07-17"), ("Secretary of the National Security and Defence Council", G, "2025-07", None)])
p("Oleksii Reznikov", "UKR", [("Defence Minister", M, "2021-11-04", "2023-09-05")], aliases=["Oleksiy Reznikov"])
p("Valerii Zaluzhnyi", "UKR", [("Commander-in-Chief of the Armed Forces", M, "2021-07-27", "2024-02-08"),
                               ("Ambassador to the United Kingdom", G, "2024-07", None)], aliases=["Valeriy Zaluzhnyi", "Valery Zaluzhny"])
p("Oleksandr Syrskyi", "UKR", [("Commander-in-Chief of the Armed Forces", M, "2024-02-08", None)], aliases=["Oleksandr Syrsky"])
p("Andriy Yermak", "UKR", [("Head of the Presidential Office", G, "2020-02-11", "2025-11-28")], aliases=["Andrii Yermak"])
p("Kyrylo Budanov", "UKR", [("Head of military intelligence (HUR)", S, "2020-08-05", None)],
  note="later roles after 2025 not verified in this table")
p("Alexander Lukashenko", "BLR", [("President", G, "1994-07-20", None)], aliases=["Aleksandr Lukashenko", "Alyaksandr Lukashenka"])
p("Sviatlana Tsikhanouskaya", "BLR", [("Opposition leader", "OPP", "2020-08", None)], aliases=["Svetlana Tikhanovskaya"])
p("Mikheil Saakashvili", "GEO", [("President", G, "2004-01-25", "2013-11-17")])
p("Ilham Aliyev", "AZE", [("President", G, "2003-10-31", None)])
p("Nikol Pashinyan", "ARM", [("Prime Minister", G, "2018-05-08", None)])

# ---------------------------------------------------------------- North Korea, Asia
p("Kim Jong-un", "PRK", [("Supreme Leader", G, "2011-12-17", None)], aliases=["Kim Jong Un", "Kim Jong-Un"])
p("Kim Jong-il", "PRK", [("Supreme Leader", G, "1994-07-08", "2011-12-17")], aliases=["Kim Jong Il"])
p("Kim Yo-jong", "PRK", [("Vice Department Director of the Workers' Party Central Committee", G, "2014", None)], aliases=["Kim Yo Jong"])
p("Choe Son-hui", "PRK", [("Foreign Minister", G, "2022-06-11", None)], aliases=["Choe Son Hui"])
p("Ri Son-gwon", "PRK", [("Foreign Minister", G, "2020-01", "2022-06-11")], aliases=["Ri Son Gwon"])
p("Ri Yong-ho", "PRK", [("Foreign Minister", G, "2016-05", "2020-01")], aliases=["Ri Yong Ho"])
p("Lai Ching-te", "TWN", [("President", G, "2024-05-20", None), ("Vice President", G, "2020-05-20", "2024-05-20")], aliases=["William Lai"])
p("Tsai Ing-wen", "TWN", [("President", G, "2016-05-20", "2024-05-20")])
p("Ma Ying-jeou", "TWN", [("President", G, "2008-05-20", "2016-05-20")], surname=False)
p("Chen Shui-bian", "TWN", [("President", G, "2000-05-20", "2008-05-20")])
p("Shehbaz Sharif", "PAK", [("Prime Minister", G, "2024-03-04", None), ("Prime Minister", G, "2022-04-11", "2023-08-14")],
  aliases=["Shahbaz Sharif"])
p("Nawaz Sharif", "PAK", [("Prime Minister", G, "2013-06-05", "2017-07-28")])
p("Imran Khan", "PAK", [("Prime Minister", G, "2018-08-18", "2022-04-10")])
p("Anwaar-ul-Haq Kakar", "PAK", [("Caretaker Prime Minister", G, "2023-08-14", "2024-03-04")], aliases=["Anwaar ul Haq Kakar"])
p("Shahid Khaqan Abbasi", "PAK", [("Prime Minister", G, "2017-08-01", "2018-05-31")])
p("Raja Pervaiz Ashraf", "PAK", [("Prime Minister", G, "2012-06-22", "2013-03-25")])
p("Yousaf Raza Gilani", "PAK", [("Prime Minister", G, "2008-03-25", "2012-06-19")], aliases=["Yusuf Raza Gilani"])
p("Shaukat Aziz", "PAK", [("Prime Minister", G, "2004-08-28", "2007-11-16")])
p("Pervez Musharraf", "PAK", [("President", G, "2001-06-20", "2008-08-18"), ("Chief Executive", G, "1999-10-12", "2002-11-23"),
                              ("Chief of Army Staff", M, "1998-10-07", "2007-11-28")])
p("Asif Ali Zardari", "PAK", [("President", G, "2024-03-10", None), ("President", G, "2008-09-09", "2013-09-09")])
p("Arif Alvi", "PAK", [("President", G, "2018-09-09", "2024-03-10")])
p("Mamnoon Hussain", "PAK", [("President", G, "2013-09-09", "2018-09-09")])
p("Asim Munir", "PAK", [("Chief of Army Staff", M, "2022-11-29", None)], aliases=["Field Marshal Asim Munir", "General Asim Munir"])
p("Qamar Javed Bajwa", "PAK", [("Chief of Army Staff", M, "2016-11-29", "2022-11-29")])
p("Raheel Sharif", "PAK", [("Chief of Army Staff", M, "2013-11-29", "2016-11-29")])
p("Ashfaq Parvez Kayani", "PAK", [("Chief of Army Staff", M, "2007-11-28", "2013-11-29")])
p("Ishaq Dar", "PAK", [("Foreign Minister", G, "2024-03-11", None), ("Deputy Prime Minister", G, "2024-04-28", None)])
p("Bilawal Bhutto Zardari", "PAK", [("Foreign Minister", G, "2022-04-27", "2023-08-10")], aliases=["Bilawal Bhutto", "Bilawal"], surname=False)
p("Shah Mehmood Qureshi", "PAK", [("Foreign Minister", G, "2018-08-20", "2022-04-10"), ("Foreign Minister", G, "2008-03-31", "2011-02-11")])
p("Khawaja Asif", "PAK", [("Defence Minister", M, "2024-03-11", None), ("Defence Minister", M, "2022-04-19", "2023-08-14"),
                          ("Defence Minister", M, "2013-11", "2017-07-28"),
                          ("Foreign Minister", G, "2017-08-04", "2018-05-31")])
p("Benazir Bhutto", "PAK", [("Opposition leader", "OPP", "1996-11-05", "2007-12-27")], surname=False)
p("Sheikh Hasina", "BGD", [("Prime Minister", G, "2009-01-06", "2024-08-05")], aliases=["Hasina"], surname=False)
p("Muhammad Yunus", "BGD", [("Chief Adviser of the Interim Government", G, "2024-08-08", None)])
p("Aung San Suu Kyi", "MMR", [("State Counsellor", G, "2016-04-06", "2021-02-01")], aliases=["Suu Kyi"], surname=False)
p("Min Aung Hlaing", "MMR", [("Acting President", G, "2025-07-31", None),
                             ("Chairman of the State Administration Council", G, "2021-02-02", "2025-07-31"),
                             ("Commander-in-Chief of Defence Services", M, "2011-03-30", None)], surname=False)
p("Ferdinand Marcos Jr.", "PHL", [("President", G, "2022-06-30", None)], aliases=["Bongbong Marcos", "Ferdinand Marcos Jr", "Marcos"], surname=False)
p("Rodrigo Duterte", "PHL", [("President", G, "2016-06-30", "2022-06-30")])
p("Anwar Ibrahim", "MYS", [("Prime Minister", G, "2022-11-24", None)], aliases=["Anwar"], surname=False)
p("Lee Hsien Loong", "SGP", [("Prime Minister", G, "2004-08-12", "2024-05-15")], surname=False)
p("Lawrence Wong", "SGP", [("Prime Minister", G, "2024-05-15", None)], surname=False)

# ---------------------------------------------------------------- Europe (other)
p("Pedro Sánchez", "ESP", [("Prime Minister", G, "2018-06-02", None)], aliases=["Pedro Sanchez"])
p("Mariano Rajoy", "ESP", [("Prime Minister", G, "2011-12-21", "2018-06-02")])
p("José Luis Rodríguez Zapatero", "ESP", [("Prime Minister", G, "2004-04-17", "2011-12-21")],
  aliases=["Zapatero", "Jose Luis Rodriguez Zapatero"], surname=False)
p("José María Aznar", "ESP", [("Prime Minister", G, "1996-05-05", "2004-04-17")], aliases=["Aznar", "Jose Maria Aznar"], surname=False)
p("José Manuel Albares", "ESP", [("Foreign Minister", G, "2021-07-12", None)], aliases=["Jose Manuel Albares"])
p("Viktor Orbán", "HUN", [("Prime Minister", G, "2010-05-29", None), ("Prime Minister", G, "1998-07-06", "2002-05-27")], aliases=["Viktor Orban"])
p("Péter Szijjártó", "HUN", [("Foreign Minister", G, "2014-09-23", None)], aliases=["Peter Szijjarto"])
p("Andrzej Duda", "POL", [("President", G, "2015-08-06", "2025-08-06")])
p("Karol Nawrocki", "POL", [("President", G, "2025-08-06", None)])
p("Radosław Sikorski", "POL", [("Foreign Minister", G, "2023-12-13", None), ("Foreign Minister", G, "2007-11-16", "2014-09-22")],
  aliases=["Radek Sikorski", "Radoslaw Sikorski"])
p("Mateusz Morawiecki", "POL", [("Prime Minister", G, "2017-12-11", "2023-12-13")])
p("Dick Schoof", "NLD", [("Prime Minister", G, "2024-07-02", None)])
p("Alexander Stubb", "FIN", [("President", G, "2024-03-01", None), ("Prime Minister", G, "2014-06-24", "2015-05-29")])
p("Sauli Niinistö", "FIN", [("President", G, "2012-03-01", "2024-03-01")], aliases=["Sauli Niinisto"])
p("Ulf Kristersson", "SWE", [("Prime Minister", G, "2022-10-18", None)])
p("Mette Frederiksen", "DNK", [("Prime Minister", G, "2019-06-27", None)])
p("Jonas Gahr Støre", "NOR", [("Prime Minister", G, "2021-10-14", None), ("Foreign Minister", G, "2005-10-17", "2012-09-21")],
  aliases=["Jonas Gahr Store", "Gahr Støre"], surname=False)
p("Kyriakos Mitsotakis", "GRC", [("Prime Minister", G, "2023-06-26", None), ("Prime Minister", G, "2019-07-08", "2023-05-25")])
p("Alexis Tsipras", "GRC", [("Prime Minister", G, "2015-01-26", "2019-07-08")])
p("Aleksandar Vučić", "SRB", [("President", G, "2017-05-31", None), ("Prime Minister", G, "2014-04-27", "2017-05-31")], aliases=["Aleksandar Vucic"])
p("Robert Fico", "SVK", [("Prime Minister", G, "2023-10-25", None), ("Prime Minister", G, "2012-04-04", "2018-03-22"),
                         ("Prime Minister", G, "2006-07-04", "2010-07-08")])
p("Pope Francis", "VAT", [("Pope", "REL", "2013-03-13", "2025-04-21")], aliases=["Jorge Mario Bergoglio"], surname=False)
p("Pope Leo XIV", "VAT", [("Pope", "REL", "2025-05-08", None)], aliases=["Leo XIV", "Robert Prevost", "Robert Francis Prevost"], surname=False)
p("Pope Benedict XVI", "VAT", [("Pope", "REL", "2005-04-19", "2013-02-28")], aliases=["Benedict XVI", "Joseph Ratzinger"], surname=False)

# ---------------------------------------------------------------- Africa, Americas (other)
p("Abiy Ahmed", "ETH", [("Prime Minister", G, "2018-04-02", None)], aliases=["Abiy"], surname=False)
p("Bola Tinubu", "NGA", [("President", G, "2023-05-29", None)], aliases=["Bola Ahmed Tinubu"])
p("Muhammadu Buhari", "NGA", [("President", G, "2015-05-29", "2023-05-29")])
p("Goodluck Jonathan", "NGA", [("President", G, "2010-05-06", "2015-05-29")], surname=False)
p("Olusegun Obasanjo", "NGA", [("President", G, "1999-05-29", "2007-05-29")])
p("William Ruto", "KEN", [("President", G, "2022-09-13", None)])
p("Paul Kagame", "RWA", [("President", G, "2000-04-22", None)])
p("Félix Tshisekedi", "COD", [("President", G, "2019-01-24", None)], aliases=["Felix Tshisekedi"])
p("Omar al-Bashir", "SDN", [("President", G, "1989-06-30", "2019-04-11")], aliases=["Omar Hassan al-Bashir"])
p("Abdel Fattah al-Burhan", "SDN", [("Chairman of the Sovereignty Council", G, "2019-08-21", None),
                                    ("Commander of the Sudanese Armed Forces", M, "2019-04-12", None)], aliases=["Burhan", "al-Burhan"],
  surname=False)
p("Mohamed Hamdan Dagalo", "SDN", [("Commander of the Rapid Support Forces", "REB", "2023-04-15", None),
                                   ("Deputy Chairman of the Sovereignty Council", G, "2019-08-21", "2023-04-15")],
  aliases=["Hemedti", "Hemeti", "Dagalo"], surname=False)
p("Robert Mugabe", "ZWE", [("President", G, "1987-12-31", "2017-11-21")])
p("Emmerson Mnangagwa", "ZWE", [("President", G, "2017-11-24", None)])
p("Hugo Chávez", "VEN", [("President", G, "1999-02-02", "2013-03-05")], aliases=["Hugo Chavez"])
p("Nicolás Maduro", "VEN", [("President", G, "2013-04-19", None), ("Acting President", G, "2013-03-05", "2013-04-19"),
                            ("Foreign Minister", G, "2006-08-09", "2013-01-15")], aliases=["Nicolas Maduro"],
  note="end of presidency after 2025 not verified in this table")
p("Delcy Rodríguez", "VEN", [("Vice President", G, "2018-06-14", None), ("Foreign Minister", G, "2014-12-26", "2017-06-21")],
  aliases=["Delcy Rodriguez"])
p("Juan Guaidó", "VEN", [("Opposition leader (claimed interim president)", "OPP", "2019-01-23", "2022-12-30")], aliases=["Juan Guaido"])
p("María Corina Machado", "VEN", [("Opposition leader", "OPP", "2023-10", None)], aliases=["Maria Corina Machado"], surname=False)
p("Fidel Castro", "CUB", [("President", G, "1976-12-02", "2008-02-24")], aliases=["Fidel"], surname=False)
p("Raúl Castro", "CUB", [("President", G, "2008-02-24", "2018-04-19")], aliases=["Raul Castro"], surname=False)
p("Miguel Díaz-Canel", "CUB", [("President", G, "2018-04-19", None)], aliases=["Miguel Diaz-Canel", "Díaz-Canel", "Diaz-Canel"], surname=False)
p("Gustavo Petro", "COL", [("President", G, "2022-08-07", None)])
p("Juan Manuel Santos", "COL", [("President", G, "2010-08-07", "2018-08-07")], surname=False)
p("Álvaro Uribe", "COL", [("President", G, "2002-08-07", "2010-08-07")], aliases=["Alvaro Uribe"])
p("Gabriel Boric", "CHL", [("President", G, "2022-03-11", "2026-03-11")], note="end date is the constitutional end of term")
p("Daniel Ortega", "NIC", [("President", G, "2007-01-10", None)])
p("Evo Morales", "BOL", [("President", G, "2006-01-22", "2019-11-10")])
p("Nayib Bukele", "SLV", [("President", G, "2019-06-01", None)])

# Surnames that are common words, first names or other actors' names: not used alone as aliases.
NO_SURNAME = {
    "Mike Johnson", "Lloyd Austin", "Samantha Power", "Ned Price", "Brendan Nelson", "Stephen Smith", "Bill Graham",
    "Paul Ryan", "William Cohen", "George Mitchell", "William Hague", "Édouard Philippe", "Alain Richard",
    "Sigmar Gabriel", "François-Philippe Champagne", "John Howard", "Julie Bishop", "Rahul Gandhi", "Ernesto Araújo",
    "Aloysio Nunes", "José Serra", "Patricia Espinosa", "Jorge Castañeda", "Han Duck-soo", "Song Young-moo",
    "Mao Ning", "Ariel Sharon", "Gabi Ashkenazi", "Mohammad Mustafa", "Abdul-Malik al-Houthi", "Mamnoon Hussain",
    "Ishaq Dar", "Khawaja Asif", "Delcy Rodríguez", "George Robertson", "António Costa", "Charles Michel",
    "Volker Türk", "Amr Moussa", "Robert Hill", "Penny Wong", "Robert Gates", "William Burns", "Colin Powell",
    "Robin Cook", "John Reid", "Ben Wallace", "Ash Carter", "Kevin Andrews", "David Johnston", "Adly Mansour",
    "Bob Carr", "Peter Struck", "Shin Won-sik", "Antonio Martino",
    # common Chinese family names: too ambiguous alone (coreference still links them within an article)
    "Chi Haotian", "Cao Gangchuan", "Dong Jun", "Tang Jiaxuan", "Wei Fenghe", "Chang Wanquan", "Liang Guanglie",
    "Hua Chunying", "Zhao Lijian",
}
SURNAME = {"Marine Le Pen": "Le Pen", "Ahmed Aboul Gheit": "Aboul Gheit"}
EXTRA_ALIASES = {"Tony Blair": ["Blair"], "Xi Jinping": ["Xi"], "Hu Jintao": ["Hu"], "Bill Clinton": ["President Clinton"]}
