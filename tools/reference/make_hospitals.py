"""Write ontology/hospitals.csv: the hospitals named by no place, or by a place and words that make them
another body's than the provincial network's, with the body that runs each.

A hospital named after a town or a province (``โรงพยาบาลหล่มสัก``) is the health ministry's provincial
network (สำนักงานปลัดกระทรวงสาธารณสุข) and needs no row; the extractor learns it. The rows here are the
others: the departments' own hospitals (กรมการแพทย์, กรมสุขภาพจิต, กรมการแพทย์แผนไทยฯ), the regional and
general hospitals named after a king, a prince or a revered monk, the universities' teaching hospitals, the
Red Cross's, the BMA's, the armed forces' and the veterans' organisation's not already in armed_forces.csv,
and private hospitals (outside the state, no parent). Their owners are public knowledge (each body's own
list of its hospitals); every row is kept only where Thai Wikipedia has its name as a title (PyThaiNLP's offline
``wikipedia_titles_th.txt``, CC BY-SA 4.0) or the ThaiGov corpus writes its name or one of its spellings (aliases)
whole in at least two articles.

    python tools/reference/make_hospitals.py CORPUS.jsonl WIKIPEDIA_TITLES.txt
"""
from __future__ import annotations

import csv
import json
import lzma
import re
import sys
from pathlib import Path

ONTOLOGY = Path(__file__).resolve().parents[2] / "ontology"
COLUMNS = ["id", "name_th", "name_en", "abbreviations_th", "kind", "parent_id", "wikidata", "source", "aliases_th"]

# (id, name after โรงพยาบาล, English name, parent id or "" for a private one, aliases after โรงพยาบาล, owner note)
DMS = "the Department of Medical Services' hospitals"
DMH = "the Department of Mental Health's hospitals"
OPS = "the health ministry's regional and general hospitals (สำนักงานปลัดกระทรวงสาธารณสุข)"
UNI = "the university's teaching hospital"
BMA = "the BMA Medical Service Department's hospitals"
PRIVATE = "a private hospital (outside the Thai state)"
ROWS = [
    # the Department of Medical Services (กรมการแพทย์)
    ("h_rajavithi", "ราชวิถี", "Rajavithi Hospital", "dms", "", DMS),
    ("h_lerdsin", "เลิดสิน", "Lerdsin Hospital", "dms", "", DMS),
    ("h_nopparat", "นพรัตนราชธานี", "Nopparat Rajathanee Hospital", "dms", "นพรัตน์ราชธานี;นพรัตนฯ", DMS),
    ("h_priest", "สงฆ์", "Priest Hospital", "dms", "", DMS),
    ("h_mettapracharak", "เมตตาประชารักษ์", "Mettapracharak Hospital", "dms", "เมตตาประชารักษ์ (วัดไร่ขิง)", DMS),
    ("h_neuro_cm", "ประสาทเชียงใหม่", "Chiang Mai Neurological Hospital", "dms", "", DMS),
    # the Department of Mental Health (กรมสุขภาพจิต)
    ("h_srithanya", "ศรีธัญญา", "Srithanya Hospital", "dmh", "", DMH),
    ("h_suanprung", "สวนปรุง", "Suan Prung Psychiatric Hospital", "dmh", "", DMH),
    ("h_suansaranrom", "สวนสราญรมย์", "Suansaranrom Hospital", "dmh", "", DMH),
    ("h_prasrimahabodi", "พระศรีมหาโพธิ์", "Prasrimahabodi Psychiatric Hospital", "dmh", "", DMH),
    ("h_somdetchaophraya", "สมเด็จเจ้าพระยา", "Somdet Chaopraya Institute of Psychiatry", "dmh", "สมเด็จพระยา", DMH),
    ("h_yuwaprasart", "ยุวประสาทไวทโยปถัมภ์", "Yuwaprasart Waithayopathum Child Psychiatric Hospital", "dmh", "", DMH),
    ("h_psy_khonkaen", "จิตเวชขอนแก่นราชนครินทร์", "Khon Kaen Rajanagarindra Psychiatric Hospital", "dmh", "จิตเวชขอนแก่น", DMH),
    ("h_psy_korat", "จิตเวชนครราชสีมาราชนครินทร์", "Nakhon Ratchasima Rajanagarindra Psychiatric Hospital", "dmh",
     "จิตเวชนครราชสีมา", DMH),
    ("h_psy_songkhla", "จิตเวชสงขลาราชนครินทร์", "Songkhla Rajanagarindra Psychiatric Hospital", "dmh",
     "จิตเวชสงขลา;จิตเวชสงขลานครินทร์", DMH),
    ("h_psy_nakhonsawan", "จิตเวชนครสวรรค์ราชนครินทร์", "Nakhon Sawan Rajanagarindra Psychiatric Hospital", "dmh",
     "จิตเวชนครสวรรค์", DMH),
    ("h_psy_loei", "จิตเวชเลยราชนครินทร์", "Loei Rajanagarindra Psychiatric Hospital", "dmh", "จิตเวชเลย", DMH),
    ("h_psy_sakaeo", "จิตเวชสระแก้วราชนครินทร์", "Sa Kaeo Rajanagarindra Psychiatric Hospital", "dmh", "จิตเวชสระแก้ว", DMH),
    ("h_psy_nakhonphanom", "จิตเวชนครพนมราชนครินทร์", "Nakhon Phanom Rajanagarindra Psychiatric Hospital", "dmh",
     "จิตเวชนครพนม", DMH),
    # the Department of Thai Traditional and Alternative Medicine
    ("h_dtam", "การแพทย์แผนไทยและการแพทย์ผสมผสาน", "Thai Traditional and Integrated Medicine Hospital", "dtam", "",
     "the Department of Thai Traditional and Alternative Medicine's hospital"),
    # the provincial network's regional and general hospitals named by no place (or a place and a king's name)
    ("h_buddhachinaraj", "พุทธชินราช", "Buddhachinaraj Phitsanulok Hospital", "moph_ops", "พุทธชินราชพิษณุโลก", OPS),
    ("h_buddhasothorn", "พุทธโสธร", "Buddhasothorn Hospital", "moph_ops", "", OPS),
    ("h_sanpasit", "สรรพสิทธิประสงค์", "Sunpasitthiprasong Hospital", "moph_ops", "สรรพสิทธิประสงค์อุบลราชธานี;สรรพสิทธิ์ประสงค์", OPS),
    ("h_sawanpracharak", "สวรรค์ประชารักษ์", "Sawanpracharak Hospital", "moph_ops", "สวรรคประชารักษ์", OPS),
    ("h_nakornping", "นครพิงค์", "Nakornping Hospital", "moph_ops", "", OPS),
    ("h_abhaibhubejhr", "เจ้าพระยาอภัยภูเบศร", "Chaophraya Abhaibhubejhr Hospital", "moph_ops", "เจ้าพระยาอภัยภูเบศร์", OPS),
    ("h_yommarat", "เจ้าพระยายมราช", "Chaophraya Yommarat Hospital", "moph_ops", "", OPS),
    ("h_pranangklao", "พระนั่งเกล้า", "Phranangklao Hospital", "moph_ops", "", OPS),
    ("h_prapokklao", "พระปกเกล้า", "Prapokklao Hospital", "moph_ops", "พระปกเกล้าจันทบุรี", OPS),
    ("h_prachomklao", "พระจอมเกล้า", "Prachomklao Hospital", "moph_ops", "พระจอมเกล้าเพชรบุรี;พระจอมเกล้า จังหวัดเพชรบุรี", OPS),
    ("h_maharat_korat", "มหาราชนครราชสีมา", "Maharat Nakhon Ratchasima Hospital", "moph_ops", "", OPS),
    ("h_maharat_nst", "มหาราชนครศรีธรรมราช", "Maharaj Nakhon Si Thammarat Hospital", "moph_ops", "", OPS),
    ("h_vachira_phuket", "วชิระภูเก็ต", "Vachira Phuket Hospital", "moph_ops", "", OPS),
    ("h_taksin_tak", "สมเด็จพระเจ้าตากสินมหาราช", "Somdejphrajaotaksin Maharaj Hospital", "moph_ops", "", OPS),
    ("h_narai", "พระนารายณ์มหาราช", "King Narai Hospital", "moph_ops", "", OPS),
    ("h_chumphon", "ชุมพรเขตรอุดมศักดิ์", "Chumphon Khet Udomsakdi Hospital", "moph_ops", "", OPS),
    ("h_chainat", "ชัยนาทนเรนทร", "Chainat Narenthorn Hospital", "moph_ops", "", OPS),
    ("h_srisangwan", "ศรีสังวาลย์", "Srisangwan Hospital", "moph_ops", "", OPS),
    ("h_buddhalertla", "สมเด็จพระพุทธเลิศหล้า", "Somdet Phra Phutthaloetla Hospital", "moph_ops", "", OPS),
    ("h_thepparat", "เทพรัตน์นครราชสีมา", "Thepparat Nakhon Ratchasima Hospital", "moph_ops", "", OPS),
    ("h_sangkharaj17", "สมเด็จพระสังฆราชองค์ที่ 17", "Somdet Phra Sangkharat XVII Hospital", "moph_ops", "", OPS),
    ("h_chiangrai", "เชียงรายประชานุเคราะห์", "Chiangrai Prachanukroh Hospital", "moph_ops", "", OPS),
    ("h_pakchong", "ปากช่องนานา", "Pakchong Nana Hospital", "moph_ops", "", OPS),
    # the universities' teaching hospitals
    ("h_siriraj", "ศิริราช", "Siriraj Hospital", "mahidol", "", UNI),
    ("h_siriraj_piyamaharajkarun", "ศิริราชปิยมหาราชการุณย์", "Siriraj Piyamaharajkarun Hospital", "mahidol", "", UNI),
    ("h_ramathibodi", "รามาธิบดี", "Ramathibodi Hospital", "mahidol", "", UNI),
    ("h_ramathibodi_chakri", "รามาธิบดีจักรีนฤบดินทร์", "Chakri Naruebodindra Medical Institute Hospital", "mahidol", "", UNI),
    ("h_tropical", "เวชศาสตร์เขตร้อน", "Hospital for Tropical Diseases", "mahidol", "", UNI),
    ("h_thammasat", "ธรรมศาสตร์เฉลิมพระเกียรติ", "Thammasat University Hospital", "tu", "ธรรมศาสตร์", UNI),
    ("h_maharaj_cm", "มหาราชนครเชียงใหม่", "Maharaj Nakorn Chiang Mai Hospital", "cmu", "สวนดอก", UNI),
    ("h_srinagarind", "ศรีนครินทร์", "Srinagarind Hospital", "kku", "", UNI),
    ("h_songklanagarind", "สงขลานครินทร์", "Songklanagarind Hospital", "psu", "", UNI),
    ("h_vajira", "วชิรพยาบาล", "Vajira Hospital", "nmu", "", UNI),
    ("h_nu", "มหาวิทยาลัยนเรศวร", "Naresuan University Hospital", "nu", "", UNI),
    ("h_up", "มหาวิทยาลัยพะเยา", "University of Phayao Hospital", "up", "", UNI),
    ("h_buu", "มหาวิทยาลัยบูรพา", "Burapha University Hospital", "buu", "", UNI),
    ("h_sut", "มหาวิทยาลัยเทคโนโลยีสุรนารี", "Suranaree University of Technology Hospital", "sut", "", UNI),
    ("h_suddhavej", "สุทธาเวช", "Suddhavej Hospital", "msu", "", UNI),
    ("h_wu", "ศูนย์การแพทย์มหาวิทยาลัยวลัยลักษณ์", "Walailak University Hospital", "wu", "", UNI),
    ("h_mfu", "ศูนย์การแพทย์มหาวิทยาลัยแม่ฟ้าหลวง", "Mae Fah Luang University Medical Center Hospital", "mfu", "", UNI),
    ("h_kmitl", "พระจอมเกล้าเจ้าคุณทหาร", "King Chaokhun Thahan Hospital (KMITL)", "kmitl", "", UNI),
    # the Thai Red Cross Society's
    ("h_chula", "จุฬาลงกรณ์", "King Chulalongkorn Memorial Hospital", "trcs", "จุฬาลงกรณ์สภากาชาดไทย;จุฬาลงกรณ์ สภากาชาดไทย;จุฬาฯ",
     "the Thai Red Cross Society's hospitals"),
    ("h_sriracha", "สมเด็จพระบรมราชเทวี ณ ศรีราชา", "Queen Savang Vadhana Memorial Hospital", "trcs", "สมเด็จพระบรมราชเทวี",
     "the Thai Red Cross Society's hospitals"),
    # the BMA's (สำนักการแพทย์ กรุงเทพมหานคร)
    ("h_bma_klang", "กลาง", "Klang Hospital", "bma", "", BMA),
    ("h_bma_taksin", "ตากสิน", "Taksin Hospital", "bma", "", BMA),
    ("h_bma_charoenkrung", "เจริญกรุงประชารักษ์", "Charoenkrung Pracharak Hospital", "bma", "", BMA),
    ("h_bma_luangphothawee", "หลวงพ่อทวีศักดิ์ ชุตินฺธโร อุทิศ", "Luang Pho Thaweesak Hospital", "bma",
     "หลวงพ่อทวีศักดิ์ ชุตินธโร อุทิศ;หลวงพ่อทวีศักดิ์ ชุตินธฺโร อุทิศ;หลวงพ่อทวีศักดิ์", BMA),
    ("h_bma_ladkrabang", "ลาดกระบังกรุงเทพมหานคร", "Lat Krabang Hospital", "bma", "", BMA),
    ("h_bma_ratchaphiphat", "ราชพิพัฒน์", "Ratchaphiphat Hospital", "bma", "", BMA),
    ("h_bma_elderly", "ผู้สูงอายุบางขุนเทียน", "Bang Khun Thian Geriatric Hospital", "bma", "", BMA),
    ("h_bma_vejakarunrasmi", "เวชการุณย์รัศมิ์", "Vejakarunrasmi Hospital", "bma", "", BMA),
    ("h_bma_nakhonphiban", "นคราภิบาล", "Nakhonphiban Hospital", "bma", "", BMA),
    ("h_bma_khlongsamwa", "คลองสามวา", "Khlong Sam Wa Hospital", "bma", "", BMA),
    ("h_bma_bangna", "บางนากรุงเทพมหานคร", "Bang Na Hospital", "bma", "", BMA),
    # the armed forces' and the veterans' (armed_forces.csv has the services' main hospitals)
    ("h_ananda", "อานันทมหิดล", "Ananda Mahidol Hospital", "rta_med", "", "the Army Medical Department's hospitals"),
    ("h_veterans", "ทหารผ่านศึก", "Veterans General Hospital", "wvo", "", "the War Veterans Organization's hospital"),
    # private hospitals
    ("h_kluaynamthai", "กล้วยน้ำไท", "Kluaynamthai Hospital", "", "กล้วยน้ำไทย", PRIVATE),
    ("h_vichaivej", "วิชัยเวช", "Vichaivej Hospital", "", "", PRIVATE),
    ("h_vejthani", "เวชธานี", "Vejthani Hospital", "", "", PRIVATE),
    ("h_mongkutwattana", "มงกุฎวัฒนะ", "Mongkutwattana Hospital", "", "", PRIVATE),
    ("h_bangmod", "บางมด", "Bangmod Hospital", "", "", PRIVATE),
    ("h_bkk_christian", "กรุงเทพคริสเตียน", "Bangkok Christian Hospital", "", "", PRIVATE),
    ("h_huachiew", "หัวเฉียว", "Hua Chiew Hospital", "", "", PRIVATE),
    ("h_yanhee", "ยันฮี", "Yanhee Hospital", "", "", PRIVATE),
    ("h_mccormick", "แมคคอร์มิค", "McCormick Hospital", "", "", PRIVATE),
    ("h_ladprao", "ลาดพร้าว", "Ladprao Hospital", "", "", PRIVATE),
    ("h_nakornthon", "นครธน", "Nakornthon Hospital", "", "", PRIVATE),
    ("h_nonthavej", "นนทเวช", "Nonthavej Hospital", "", "", PRIVATE),
    ("h_navavej", "นวเวช", "Navavej International Hospital", "", "", PRIVATE),
    ("h_mission", "มิชชั่น", "Mission Hospital", "", "", PRIVATE),
    ("h_stlouis", "เซนต์หลุยส์", "Saint Louis Hospital", "", "", PRIVATE),
    ("h_camillian", "คามิลเลียน", "Camillian Hospital", "", "", PRIVATE),
    ("h_theptarin", "เทพธารินทร์", "Theptarin Hospital", "", "", PRIVATE),
    ("h_vimut", "วิมุต", "Vimut Hospital", "", "", PRIVATE),
    ("h_manarom", "มนารมย์", "Manarom Hospital", "", "", PRIVATE),
    ("h_karunvej", "การุญเวช", "Karunvej Hospital", "", "", PRIVATE),
    ("h_phetvej", "เพชรเวช", "Phetchavej Hospital", "", "", PRIVATE),
    ("h_ratchavej", "ราชเวช", "Ratchavej Hospital", "", "", PRIVATE),
    ("h_phitsanuvej", "พิษณุเวช", "Phitsanuvej Hospital", "", "", PRIVATE),
    ("h_patrangsit", "แพทย์รังสิต", "Patrangsit Hospital", "", "", PRIVATE),
    ("h_theppanya", "เทพปัญญา", "Theppanya Hospital", "", "", PRIVATE),
    ("h_prince", "พริ้นซ์", "Princ Hospital", "", "", PRIVATE),
    ("h_sinphaet", "สินแพทย์", "Synphaet Hospital", "", "", PRIVATE),
    ("h_bangpakok", "บางปะกอก", "Bangpakok Hospital", "", "บางประกอก", PRIVATE),
]


def corpus_counts(path: str, names: list[str]) -> dict[str, int]:
    """Articles of the corpus naming each name (written whole, with or without a space)."""
    opener = lzma.open if path.endswith(".xz") else open
    counts = dict.fromkeys(names, 0)
    pattern = re.compile("|".join(sorted(map(re.escape, names), key=len, reverse=True)))
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            text = re.sub(r"[ \t]", "", json.loads(line)["text"])
            for found in set(pattern.findall(text)):
                counts[found] += 1
    return counts


def main(corpus: str, wikipedia_titles: str) -> None:
    titles = set(Path(wikipedia_titles).read_text(encoding="utf-8").split("\n"))
    full = {key: "โรงพยาบาล" + name for key, name, *_ in ROWS}
    spellings = {key: [full[key]] + ["โรงพยาบาล" + a for a in aliases.split(";") if a] for key, _, _, _, aliases, _ in ROWS}
    counts = corpus_counts(corpus, sorted({re.sub(r"\s", "", n) for names in spellings.values() for n in names}))
    with (ONTOLOGY / "hospitals.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for key, name, english, parent, aliases, owner in ROWS:
            th = full[key]
            wiki = th in titles or th.replace(" ", "") in titles
            count = max(counts[re.sub(r"\s", "", n)] for n in spellings[key])     # the name or a spelling of it
            if not wiki and count < 2:
                print("dropped (no evidence):", th)
                continue
            evidence = "; ".join(filter(None, ["th.wikipedia title" if wiki else "", f"corpus {count} articles" if count else ""]))
            kind = "hospital" if parent else "private_hospital"
            writer.writerow([key, th, english, "", kind, parent, "", f"name/parent: curated ({owner}); {evidence}",
                             ";".join("โรงพยาบาล" + a for a in aliases.split(";") if a)])


if __name__ == "__main__":
    main(*sys.argv[1:3])
