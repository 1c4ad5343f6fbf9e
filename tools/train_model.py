"""Train the classifier's second opinion, and measure it honestly before shipping it.

    pip install -e '.[train]'
    .venv/bin/python tools/train_model.py loso     # leave-one-set-out figures
    .venv/bin/python tools/train_model.py write    # train on everything, write the weights

The model reads the rules' label and cues, so it must learn from the rules' answers on
sets they had not been tuned on, or it learns to trust them far more than products never
seen deserve. Each blind held-out set was first scored on the commit named in `BLIND_AT`,
before any rule changed for it; this script checks that commit out (a temporary git
worktree) and classifies the set there. The development corpus and the first eight
held-out sets have no such honest answers (the rules were built on them), so they teach
the model words only: their rules' mark is "unknown".

`loso` leaves one blind set out at a time, trains on the rest, and prints the rules
alone against the rules with the second opinion (`second_opinion.decide`) on the set
left out. `write` trains on all of it and writes `bot/core/detect/second_opinion.json`.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from functools import cache
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bot.core.detect import second_opinion as so  # noqa: E402
from bot.core.detect.classifier import Classifier  # noqa: E402
from bot.core.detect.corpus import LabelledItem, read_corpus  # noqa: E402
from bot.core.models import Label, Target  # noqa: E402

SETS = REPO / "tests/fixtures/detect"
DEV = REPO / "../shared/data/status_dev.jsonl"
WORDS_ONLY = [SETS / f"holdout{n}.jsonl" for n in ("", *range(2, 9))]
OUT = REPO / "bot/core/detect" / so._WEIGHTS
LABELS = [lb.value for lb in Label]
C = 1.0  # regularisation; 0.3-1.0 score alike leaving one set out
MIN_DF = 2  # a feature seen in one item only is noise
# A feature whose weights differ by less than this across the labels hardly moves a
# decision; dropping it keeps a fifth of the model and every figure of `loso` (0.779).
PRUNE = 0.2
# The commit each blind set was first scored on (README, "How far to trust").
BLIND_AT = {
    "holdout9": "e84d75e",
    "holdout10": "e84d75e",
    "holdout11": "e84d75e",
    "holdout12": "e84d75e",
    "holdout13": "80a5717",
    "holdout14": "80a5717",
    "holdout15": "e8006c5",
    "holdout16": "e8006c5",
    "holdout17": "faf8e17",
    "holdout18": "faf8e17",
    "holdout19": "f75b9eb",
    "holdout20": "f75b9eb",
    "holdout21": "1efd3de",
    "holdout22": "1efd3de",
    "holdout23": "4cd2e71",
    "holdout24": "4cd2e71",
    "holdout25": "9e93cb8",
    "holdout26": "9e93cb8",
    "holdout27": "2792654",
    "holdout28": "2792654",
    "holdout29": "7bf79ff",
    "holdout30": "2b7072f",
    "holdout31": "9d468d1",
    "holdout32": "9d468d1",
    "holdout33": "86b494b",
    "holdout34": "fce5cf3",
    "holdout35": "fce5cf3",
    "holdout36": "fce5cf3",
    "holdout37": "fce5cf3",
    "holdout38": "fce5cf3",
    "holdout39": "fce5cf3",
    "holdout40": "fce5cf3",
    "holdout41": "fce5cf3",
    "holdout42": "fce5cf3",
    "holdout43": "fce5cf3",
    "holdout44": "fce5cf3",
    "holdout45": "fce5cf3",
    "holdout46": "ed96bb4",
    "holdout47": "ed96bb4",
    "holdout48": "ed96bb4",
    "holdout49": "ed96bb4",
    # holdout50-116 joined in session 21, once the rules no longer released the two
    # timeline items that had kept every earlier retrain out (chatgpt-in-siri's siri-10,
    # ipad-pro-m1's ipm-09). On the blind holdout117-124, first scored on 4b1e991 and
    # 5082f2c with the model trained on holdout9-49, it scored a mean macro-F1 of 0.719
    # against 0.673, "released" right 75 of 83 against 70 of 82 (README, "How far to
    # trust"). holdout105-108 are partial reserve sets, kept out of the repo.
    "holdout50": "e1b1c54",
    "holdout51": "e1b1c54",
    "holdout52": "84d909c",
    "holdout53": "fe1f184",
    "holdout54": "84d909c",
    "holdout55": "84d909c",
    "holdout56": "84d909c",
    "holdout57": "f6342d2",
    "holdout58": "f6342d2",
    "holdout59": "bdbd6c8",
    "holdout60": "bdbd6c8",
    "holdout61": "84456f2",
    "holdout62": "84456f2",
    "holdout63": "caf62bf",
    "holdout64": "caf62bf",
    "holdout65": "ea07d4c",
    "holdout66": "afbe527",
    "holdout67": "71609c6",
    "holdout68": "e485a46",
    "holdout69": "c37f80e",
    "holdout70": "44dd045",
    "holdout71": "9b4e4c8",
    "holdout72": "d2d0606",
    "holdout73": "6545f0f",
    "holdout74": "6545f0f",
    "holdout75": "1985de6",
    "holdout76": "9b842c3",
    "holdout77": "9b842c3",
    "holdout78": "097bc27",
    "holdout79": "2e01510",
    "holdout80": "ccdd960",
    "holdout81": "58d8938",
    "holdout82": "58d8938",
    "holdout83": "58d8938",
    "holdout84": "f9ac1bf",
    "holdout85": "f9ac1bf",
    "holdout86": "0674516",
    "holdout87": "0674516",
    "holdout88": "0674516",
    "holdout89": "fea42d3",
    "holdout90": "fea42d3",
    "holdout91": "f9a5a9a",
    "holdout92": "f9a5a9a",
    "holdout93": "d913178",
    "holdout94": "d913178",
    "holdout95": "d913178",
    "holdout96": "d913178",
    "holdout97": "299e33e",
    "holdout98": "299e33e",
    "holdout99": "299e33e",
    "holdout100": "299e33e",
    "holdout101": "3f4eefd",
    "holdout102": "452084b",
    "holdout103": "3f4eefd",
    "holdout104": "3f4eefd",
    "holdout109": "858b8a8",
    "holdout110": "858b8a8",
    "holdout111": "858b8a8",
    "holdout112": "858b8a8",
    "holdout113": "ba7b053",
    "holdout114": "4698479",
    "holdout115": "ee87869",
    "holdout116": "ee87869",
    "holdout117": "4b1e991",
    "holdout118": "4b1e991",
    "holdout119": "4b1e991",
    "holdout120": "4b1e991",
    "holdout121": "5082f2c",
    "holdout122": "5082f2c",
    "holdout123": "5082f2c",
    "holdout124": "5082f2c",
    "holdout125": "cb62184",
    "holdout126": "cb62184",
    "holdout127": "cb62184",
    "holdout128": "cb62184",
    "holdout129": "cb62184",
    "holdout130": "cb62184",
    "holdout131": "cb62184",
    "holdout132": "cb62184",
    "holdout133": "88a6e30",
    "holdout134": "88a6e30",
    "holdout135": "88a6e30",
    "holdout136": "88a6e30",
    "holdout137": "dde4259",
    "holdout138": "dde4259",
    "holdout139": "dde4259",
    "holdout140": "dde4259",
    # holdout141-355 listed in session 36, for `loso` and a retrain; the weights then
    # shipped were those trained on holdout9-140 (until session 46's, on holdout9-621).
    # Trained on all of them, the model read the unseen items better: holdout356-367 (12
    # blind sets, first scored on 52a78bd) 0.759 -> 0.775 mean macro-F1, "released"
    # 111/117 -> 115/121; the 6,262 timeline items 0.727 -> 0.743, "released" 0.888 ->
    # 0.895. But it trusted the rules' plans more: on the 501 timelines 259 on time against
    # 261, with 42 early or false moves against 37 (nine more early confirmations, from
    # event invitations and "likely to start" pre-orders the old model read as rumours),
    # and 20 timelines the tests pin as on time went late.
    "holdout141": "c901afd",
    "holdout142": "c901afd",
    "holdout143": "c901afd",
    "holdout144": "c901afd",
    "holdout145": "ee54ac6",
    "holdout146": "ee54ac6",
    "holdout147": "ee54ac6",
    "holdout148": "ee54ac6",
    "holdout149": "79ff68f",
    "holdout150": "79ff68f",
    "holdout151": "79ff68f",
    "holdout152": "79ff68f",
    "holdout153": "716bc7a",
    "holdout154": "716bc7a",
    "holdout155": "716bc7a",
    "holdout156": "716bc7a",
    "holdout157": "201d9d6",
    "holdout158": "201d9d6",
    "holdout159": "201d9d6",
    "holdout160": "201d9d6",
    "holdout161": "098b820",
    "holdout162": "098b820",
    "holdout163": "098b820",
    "holdout164": "098b820",
    "holdout165": "2934347",
    "holdout166": "2934347",
    "holdout167": "2934347",
    "holdout168": "2934347",
    "holdout169": "771abb3",
    "holdout170": "771abb3",
    "holdout171": "771abb3",
    "holdout172": "771abb3",
    "holdout173": "7dedf49",
    "holdout174": "7dedf49",
    "holdout175": "7dedf49",
    "holdout176": "7dedf49",
    "holdout177": "119f9c6",
    "holdout178": "119f9c6",
    "holdout179": "119f9c6",
    "holdout180": "119f9c6",
    "holdout181": "7548bc8",
    "holdout182": "7548bc8",
    "holdout183": "7548bc8",
    "holdout184": "7548bc8",
    "holdout185": "eb6dee3",
    "holdout186": "eb6dee3",
    "holdout187": "eb6dee3",
    "holdout188": "eb6dee3",
    "holdout189": "3fe729c",
    "holdout190": "3fe729c",
    "holdout191": "3fe729c",
    "holdout192": "3fe729c",
    "holdout193": "e897303",
    "holdout194": "e897303",
    "holdout195": "e897303",
    "holdout196": "e897303",
    "holdout197": "214c21d",
    "holdout199": "214c21d",
    "holdout200": "214c21d",
    "holdout201": "16fa5e3",
    "holdout202": "16fa5e3",
    "holdout203": "16fa5e3",
    "holdout204": "16fa5e3",
    "holdout205": "77289e8",
    "holdout206": "77289e8",
    "holdout207": "77289e8",
    "holdout208": "77289e8",
    "holdout209": "77289e8",
    "holdout210": "77289e8",
    "holdout211": "77289e8",
    "holdout212": "77289e8",
    "holdout213": "38a8858",
    "holdout214": "38a8858",
    "holdout215": "38a8858",
    "holdout216": "38a8858",
    "holdout217": "03a3820",
    "holdout218": "03a3820",
    "holdout219": "03a3820",
    "holdout220": "03a3820",
    "holdout221": "90e22b9",
    "holdout222": "90e22b9",
    "holdout223": "90e22b9",
    "holdout224": "90e22b9",
    "holdout225": "90e22b9",
    "holdout226": "90e22b9",
    "holdout227": "4af5596",
    "holdout228": "4af5596",
    "holdout229": "4af5596",
    "holdout230": "4af5596",
    "holdout231": "4af5596",
    "holdout232": "4af5596",
    "holdout233": "0c5cbe7",
    "holdout234": "0c5cbe7",
    "holdout235": "4ec963f",
    "holdout236": "4ec963f",
    "holdout237": "4ec963f",
    "holdout238": "4ec963f",
    "holdout239": "4ec963f",
    "holdout240": "4ec963f",
    "holdout241": "4ec963f",
    "holdout242": "4ec963f",
    "holdout243": "4ec963f",
    "holdout244": "4ec963f",
    "holdout245": "9c0b53b",
    "holdout246": "9c0b53b",
    "holdout247": "9c0b53b",
    "holdout248": "9c0b53b",
    "holdout249": "eb41606",
    "holdout250": "eb41606",
    "holdout251": "eb41606",
    "holdout252": "eb41606",
    "holdout253": "eb41606",
    "holdout254": "eb41606",
    "holdout255": "54b3643",
    "holdout256": "54b3643",
    "holdout257": "54b3643",
    "holdout258": "54b3643",
    "holdout259": "54b3643",
    "holdout260": "54b3643",
    "holdout261": "1784b3a",
    "holdout262": "1784b3a",
    "holdout263": "5c9569a",
    "holdout264": "5c9569a",
    "holdout265": "5c9569a",
    "holdout266": "5c9569a",
    "holdout267": "5c9569a",
    "holdout268": "5c9569a",
    "holdout269": "5c9569a",
    "holdout270": "5c9569a",
    "holdout271": "5c9569a",
    "holdout272": "5c9569a",
    "holdout273": "5c9569a",
    "holdout274": "5c9569a",
    "holdout275": "7259afd",
    "holdout276": "7259afd",
    "holdout277": "7259afd",
    "holdout278": "7259afd",
    "holdout279": "7259afd",
    "holdout280": "7259afd",
    "holdout281": "60a45ed",
    "holdout282": "60a45ed",
    "holdout283": "60a45ed",
    "holdout284": "60a45ed",
    "holdout285": "60a45ed",
    "holdout286": "60a45ed",
    "holdout287": "6183d39",
    "holdout288": "6183d39",
    "holdout289": "6183d39",
    "holdout290": "6183d39",
    "holdout291": "6183d39",
    "holdout292": "6183d39",
    "holdout293": "f53475d",
    "holdout294": "f53475d",
    "holdout295": "f53475d",
    "holdout296": "f53475d",
    "holdout297": "f53475d",
    "holdout298": "f53475d",
    "holdout299": "849d74b",
    "holdout300": "849d74b",
    "holdout301": "849d74b",
    "holdout302": "849d74b",
    "holdout303": "849d74b",
    "holdout304": "849d74b",
    "holdout305": "92e6bf1",
    "holdout306": "92e6bf1",
    "holdout307": "92e6bf1",
    "holdout308": "92e6bf1",
    "holdout309": "92e6bf1",
    "holdout310": "92e6bf1",
    "holdout311": "68efa7f",
    "holdout312": "68efa7f",
    "holdout313": "68efa7f",
    "holdout314": "68efa7f",
    "holdout315": "68efa7f",
    "holdout316": "68efa7f",
    "holdout317": "1d57328",
    "holdout318": "1d57328",
    "holdout319": "1d57328",
    "holdout320": "1d57328",
    "holdout321": "1d57328",
    "holdout322": "1d57328",
    "holdout323": "7a8c76e",
    "holdout324": "7a8c76e",
    "holdout325": "7a8c76e",
    "holdout326": "7a8c76e",
    "holdout327": "7a8c76e",
    "holdout328": "7a8c76e",
    "holdout329": "5668096",
    "holdout330": "5668096",
    "holdout331": "5668096",
    "holdout332": "5668096",
    "holdout333": "5668096",
    "holdout334": "5668096",
    "holdout335": "f0d8e6c",
    "holdout336": "f0d8e6c",
    "holdout337": "f0d8e6c",
    "holdout338": "f0d8e6c",
    "holdout339": "f0d8e6c",
    "holdout340": "f0d8e6c",
    "holdout341": "9dae6ea",
    "holdout342": "9dae6ea",
    "holdout343": "9dae6ea",
    "holdout344": "9dae6ea",
    "holdout345": "9dae6ea",
    "holdout346": "9dae6ea",
    "holdout347": "9dae6ea",
    "holdout348": "9dae6ea",
    "holdout349": "9dae6ea",
    "holdout350": "04bab73",
    "holdout351": "04bab73",
    "holdout352": "04bab73",
    "holdout353": "04bab73",
    "holdout354": "04bab73",
    "holdout355": "04bab73",
    "holdout356": "52a78bd",
    "holdout357": "52a78bd",
    "holdout358": "52a78bd",
    "holdout359": "52a78bd",
    "holdout360": "52a78bd",
    "holdout361": "52a78bd",
    "holdout362": "52a78bd",
    "holdout363": "52a78bd",
    "holdout364": "52a78bd",
    "holdout365": "52a78bd",
    "holdout366": "52a78bd",
    "holdout367": "52a78bd",
    "holdout368": "696db8c",
    "holdout369": "696db8c",
    "holdout370": "696db8c",
    # holdout371-443 listed in session 39, 444-466 in session 40, 467-492 in session 41 and 493-519
    # in session 42, for `loso` and a retrain; the shipped weights are still those trained on
    # holdout9-140. Scored with the rules each set was first scored on, a model trained on
    # holdout9-393 read holdout394-418 at a mean macro-F1 of 0.703 against the shipped model's 0.686
    # ("released" right 235 of 264 against 215 of 241), and one trained on holdout9-418 read
    # holdout419-423 at 0.745 against 0.722 (49 of 53 against 45 of 49). But on the 565 timelines it
    # moved 300 on time against 298 with 43 early or false moves against 42, and the timelines it
    # changed were others: 18 that the tests pin as on time went late, six early confirmations came
    # (Doom Eternal, the Galaxy S9 and iPhone 11 among them) and one early release (Unreal Editor
    # for Fortnite).
    "holdout371": "7dc80b7",
    "holdout372": "7dc80b7",
    "holdout373": "7dc80b7",
    "holdout374": "7dc80b7",
    "holdout375": "7dc80b7",
    "holdout376": "7dc80b7",
    "holdout377": "c7af317",
    "holdout378": "c7af317",
    "holdout379": "c7af317",
    "holdout380": "c7af317",
    "holdout381": "c7af317",
    "holdout382": "c7af317",
    "holdout383": "652b1cc",
    "holdout384": "652b1cc",
    "holdout385": "652b1cc",
    "holdout386": "652b1cc",
    "holdout387": "652b1cc",
    "holdout388": "652b1cc",
    "holdout389": "8cfd6d3",
    "holdout390": "8cfd6d3",
    "holdout391": "8cfd6d3",
    "holdout392": "8cfd6d3",
    "holdout393": "17ddab8",
    "holdout394": "489b669",
    "holdout395": "489b669",
    "holdout396": "489b669",
    "holdout397": "489b669",
    "holdout398": "489b669",
    "holdout399": "0c68ebb",
    "holdout400": "0c68ebb",
    "holdout401": "0c68ebb",
    "holdout402": "0c68ebb",
    "holdout403": "0c68ebb",
    "holdout404": "ceee35a",
    "holdout405": "ceee35a",
    "holdout406": "ceee35a",
    "holdout407": "ceee35a",
    "holdout408": "ceee35a",
    "holdout409": "ba7dd7d",
    "holdout410": "ba7dd7d",
    "holdout411": "ba7dd7d",
    "holdout412": "ba7dd7d",
    "holdout413": "ba7dd7d",
    "holdout414": "6fa7efc",
    "holdout415": "6fa7efc",
    "holdout416": "6fa7efc",
    "holdout417": "6fa7efc",
    "holdout418": "6fa7efc",
    "holdout419": "96c7bfe",
    "holdout420": "96c7bfe",
    "holdout421": "96c7bfe",
    "holdout422": "96c7bfe",
    "holdout423": "96c7bfe",
    "holdout424": "96c7bfe",
    "holdout425": "96c7bfe",
    "holdout426": "96c7bfe",
    "holdout427": "96c7bfe",
    "holdout428": "96c7bfe",
    "holdout429": "96c7bfe",
    "holdout430": "96c7bfe",
    "holdout431": "96c7bfe",
    "holdout432": "96c7bfe",
    "holdout433": "96c7bfe",
    "holdout434": "96c7bfe",
    "holdout435": "96c7bfe",
    "holdout436": "96c7bfe",
    "holdout437": "96c7bfe",
    "holdout438": "96c7bfe",
    "holdout439": "7abdc84",
    "holdout440": "7abdc84",
    "holdout441": "7abdc84",
    "holdout442": "7abdc84",
    "holdout443": "53f1f6c",
    "holdout444": "a98d4c1",
    "holdout445": "a98d4c1",
    "holdout446": "a98d4c1",
    "holdout447": "a98d4c1",
    "holdout448": "a98d4c1",
    "holdout449": "a98d4c1",
    "holdout450": "a98d4c1",
    "holdout451": "a98d4c1",
    "holdout452": "a98d4c1",
    "holdout453": "a98d4c1",
    "holdout454": "a98d4c1",
    "holdout455": "a98d4c1",
    "holdout456": "a98d4c1",
    "holdout457": "a98d4c1",
    "holdout458": "a98d4c1",
    "holdout459": "4b094e5",
    "holdout460": "4b094e5",
    "holdout461": "4b094e5",
    "holdout462": "4b094e5",
    "holdout463": "4b094e5",
    "holdout464": "9e21e9d",
    "holdout465": "9e21e9d",
    "holdout466": "9e21e9d",
    "holdout467": "4229530",
    "holdout468": "4229530",
    "holdout469": "4229530",
    "holdout470": "4229530",
    "holdout471": "4229530",
    "holdout472": "4229530",
    "holdout473": "4229530",
    "holdout474": "8a49de3",
    "holdout475": "8a49de3",
    "holdout476": "8a49de3",
    "holdout477": "8a49de3",
    "holdout478": "8a49de3",
    "holdout479": "8a49de3",
    "holdout480": "8a49de3",
    "holdout481": "4945f03",
    "holdout482": "4945f03",
    "holdout483": "4945f03",
    "holdout484": "4945f03",
    "holdout485": "4945f03",
    "holdout486": "4945f03",
    "holdout487": "4945f03",
    "holdout488": "09067f8",
    "holdout489": "09067f8",
    "holdout490": "09067f8",
    "holdout491": "09067f8",
    "holdout492": "09067f8",
    "holdout493": "fba5da7",
    "holdout494": "fba5da7",
    "holdout495": "fba5da7",
    "holdout496": "fba5da7",
    "holdout497": "fba5da7",
    "holdout498": "fba5da7",
    "holdout499": "fba5da7",
    "holdout500": "fba5da7",
    "holdout501": "fba5da7",
    "holdout502": "fba5da7",
    "holdout503": "fba5da7",
    "holdout504": "fba5da7",
    "holdout505": "fba5da7",
    "holdout506": "fba5da7",
    "holdout507": "ca2acef",
    "holdout508": "ca2acef",
    "holdout509": "ca2acef",
    "holdout510": "ca2acef",
    "holdout511": "ca2acef",
    "holdout512": "ca2acef",
    "holdout513": "ca2acef",
    "holdout514": "625d9b3",
    "holdout515": "625d9b3",
    "holdout516": "625d9b3",
    "holdout517": "625d9b3",
    "holdout518": "c3dbd6f",
    "holdout519": "c3dbd6f",
    "holdout520": "cb73391",
    "holdout521": "cb73391",
    "holdout522": "cb73391",
    "holdout523": "cb73391",
    "holdout524": "cb73391",
    "holdout525": "cb73391",
    "holdout526": "cb73391",
    "holdout527": "cb73391",
    "holdout528": "cb73391",
    "holdout529": "cb73391",
    "holdout530": "cb73391",
    "holdout531": "cb73391",
    "holdout532": "454e63b",
    "holdout533": "454e63b",
    "holdout534": "454e63b",
    "holdout535": "454e63b",
    "holdout536": "454e63b",
    "holdout537": "454e63b",
    "holdout538": "454e63b",
    "holdout539": "454e63b",
    "holdout540": "454e63b",
    "holdout541": "454e63b",
    "holdout542": "454e63b",
    "holdout543": "454e63b",
    "holdout544": "969ac53",
    "holdout545": "969ac53",
    "holdout546": "969ac53",
    "holdout547": "969ac53",
    "holdout548": "969ac53",
    "holdout549": "969ac53",
    "holdout550": "e1bb62c",
    "holdout551": "e1bb62c",
    "holdout552": "e1bb62c",
    "holdout553": "e1bb62c",
    "holdout554": "6715940",
    "holdout555": "6715940",
    "holdout556": "6715940",
    "holdout557": "6715940",
    "holdout558": "6715940",
    "holdout559": "6715940",
    "holdout560": "6715940",
    "holdout561": "6715940",
    "holdout562": "6715940",
    "holdout563": "6715940",
    "holdout564": "6715940",
    "holdout565": "6715940",
    "holdout566": "6e5eff2",
    "holdout567": "6e5eff2",
    "holdout568": "6e5eff2",
    "holdout569": "6e5eff2",
    "holdout570": "6e5eff2",
    "holdout571": "6e5eff2",
    "holdout572": "6e5eff2",
    "holdout573": "6e5eff2",
    "holdout574": "6e5eff2",
    "holdout575": "6e5eff2",
    "holdout576": "6e5eff2",
    "holdout577": "6e5eff2",
    "holdout578": "32012ec",
    "holdout579": "32012ec",
    "holdout580": "32012ec",
    "holdout581": "32012ec",
    "holdout582": "32012ec",
    "holdout583": "32012ec",
    "holdout584": "32012ec",
    "holdout585": "32012ec",
    "holdout586": "32012ec",
    "holdout587": "32012ec",
    "holdout588": "32012ec",
    "holdout589": "32012ec",
    "holdout590": "b385a99",
    "holdout591": "b385a99",
    "holdout592": "b385a99",
    "holdout593": "b385a99",
    "holdout594": "b385a99",
    "holdout595": "b385a99",
    "holdout596": "b385a99",
    "holdout597": "b385a99",
    "holdout598": "b385a99",
    "holdout599": "b385a99",
    "holdout600": "b385a99",
    "holdout601": "b385a99",
    "holdout602": "310540e",
    "holdout603": "310540e",
    "holdout604": "310540e",
    "holdout605": "310540e",
    "holdout606": "310540e",
    "holdout607": "310540e",
    "holdout608": "310540e",
    "holdout609": "310540e",
    "holdout610": "ba49f43",
    "holdout611": "ba49f43",
    "holdout612": "ba49f43",
    "holdout613": "ba49f43",
    "holdout614": "ba49f43",
    "holdout615": "ba49f43",
    "holdout616": "ba49f43",
    "holdout617": "ba49f43",
    "holdout618": "ba49f43",
    "holdout619": "ba49f43",
    "holdout620": "ba49f43",
    "holdout621": "ba49f43",
    # holdout622-837 joined in session 53. Earlier rounds had split: weights trained on
    # holdout9-633 read holdout634-645 at 0.682 against the holdout9-621 weights' 0.679
    # and put 342 timelines on time against 347; on holdout9-657, 0.709 against 0.705 on
    # holdout658-669, 347 of 685 timelines against 349, a Lexus released early; on
    # holdout9-681, 0.660 against 0.653 on holdout682-693, 352 of 693 timelines against
    # 354; on holdout9-693, 0.752 against 0.756 on holdout694-705 ("released" right 124
    # of 145 against 127 of 146), 352 of 693 again against 354. With 9,000 more blind
    # items the gain held on both rounds it was measured on, with today's rules: weights
    # trained on holdout9-813 read holdout814-837 at 0.659 against 0.648 ("released" right
    # 194 of 218 against 190 of 216), and weights trained on holdout9-837 read the unseen
    # holdout838-849 at 0.736 against 0.716 (106 of 120 against 100 of 114) and put 400
    # of 757 timelines on time against 398, none released early. holdout838-863 joined
    # in session 54: weights trained on holdout9-863 read the unseen holdout864-875 at
    # 0.780 against 0.778 ("released" right 126 of 138 against 125 of 136) and put 415
    # of 777 timelines on time against 409, with 57 early, false or backwards moves
    # against 59.
    "holdout622": "197930f",
    "holdout623": "197930f",
    "holdout624": "197930f",
    "holdout625": "197930f",
    "holdout626": "197930f",
    "holdout627": "197930f",
    "holdout628": "197930f",
    "holdout629": "197930f",
    "holdout630": "197930f",
    "holdout631": "197930f",
    "holdout632": "197930f",
    "holdout633": "197930f",
    "holdout634": "d325d0b",
    "holdout635": "d325d0b",
    "holdout636": "d325d0b",
    "holdout637": "d325d0b",
    "holdout638": "d325d0b",
    "holdout639": "d325d0b",
    "holdout640": "d325d0b",
    "holdout641": "d325d0b",
    "holdout642": "d325d0b",
    "holdout643": "d325d0b",
    "holdout644": "d325d0b",
    "holdout645": "d325d0b",
    "holdout646": "1375a4c",
    "holdout647": "1375a4c",
    "holdout648": "1375a4c",
    "holdout649": "1375a4c",
    "holdout650": "1375a4c",
    "holdout651": "1375a4c",
    "holdout652": "1375a4c",
    "holdout653": "1375a4c",
    "holdout654": "1375a4c",
    "holdout655": "1375a4c",
    "holdout656": "1375a4c",
    "holdout657": "1375a4c",
    "holdout658": "2475e67",
    "holdout659": "2475e67",
    "holdout660": "2475e67",
    "holdout661": "2475e67",
    "holdout662": "2475e67",
    "holdout663": "2475e67",
    "holdout664": "2475e67",
    "holdout665": "2475e67",
    "holdout666": "2475e67",
    "holdout667": "2475e67",
    "holdout668": "2475e67",
    "holdout669": "2475e67",
    "holdout670": "28d7604",
    "holdout671": "28d7604",
    "holdout672": "28d7604",
    "holdout673": "28d7604",
    "holdout674": "28d7604",
    "holdout675": "28d7604",
    "holdout676": "28d7604",
    "holdout677": "28d7604",
    "holdout678": "28d7604",
    "holdout679": "28d7604",
    "holdout680": "28d7604",
    "holdout681": "28d7604",
    "holdout682": "8816752",
    "holdout683": "8816752",
    "holdout684": "8816752",
    "holdout685": "8816752",
    "holdout686": "8816752",
    "holdout687": "8816752",
    "holdout688": "8816752",
    "holdout689": "8816752",
    "holdout690": "8816752",
    "holdout691": "8816752",
    "holdout692": "8816752",
    "holdout693": "8816752",
    "holdout694": "b7e5cff",
    "holdout695": "b7e5cff",
    "holdout696": "b7e5cff",
    "holdout697": "b7e5cff",
    "holdout698": "b7e5cff",
    "holdout699": "b7e5cff",
    "holdout700": "b7e5cff",
    "holdout701": "b7e5cff",
    "holdout702": "b7e5cff",
    "holdout703": "b7e5cff",
    "holdout704": "b7e5cff",
    "holdout705": "b7e5cff",
    "holdout706": "43a24a3",
    "holdout707": "43a24a3",
    "holdout708": "43a24a3",
    "holdout709": "43a24a3",
    "holdout710": "43a24a3",
    "holdout711": "43a24a3",
    "holdout712": "43a24a3",
    "holdout713": "43a24a3",
    "holdout714": "43a24a3",
    "holdout715": "43a24a3",
    "holdout716": "43a24a3",
    "holdout717": "43a24a3",
    "holdout718": "638b78c",
    "holdout719": "638b78c",
    "holdout720": "638b78c",
    "holdout721": "638b78c",
    "holdout722": "638b78c",
    "holdout723": "638b78c",
    "holdout724": "638b78c",
    "holdout725": "638b78c",
    "holdout726": "638b78c",
    "holdout727": "638b78c",
    "holdout728": "638b78c",
    "holdout729": "638b78c",
    "holdout730": "2728b33",
    "holdout731": "2728b33",
    "holdout732": "2728b33",
    "holdout733": "2728b33",
    "holdout734": "2728b33",
    "holdout735": "2728b33",
    "holdout736": "2728b33",
    "holdout737": "2728b33",
    "holdout738": "2728b33",
    "holdout739": "2728b33",
    "holdout740": "2728b33",
    "holdout741": "2728b33",
    "holdout742": "2728b33",
    "holdout743": "2728b33",
    "holdout744": "2728b33",
    "holdout745": "2728b33",
    "holdout746": "2728b33",
    "holdout747": "2728b33",
    "holdout748": "2728b33",
    "holdout749": "2728b33",
    "holdout750": "2728b33",
    "holdout751": "2728b33",
    "holdout752": "2728b33",
    "holdout753": "2728b33",
    "holdout754": "f09be4a",
    "holdout755": "f09be4a",
    "holdout756": "f09be4a",
    "holdout757": "f09be4a",
    "holdout758": "f09be4a",
    "holdout759": "f09be4a",
    "holdout760": "f09be4a",
    "holdout761": "f09be4a",
    "holdout762": "f09be4a",
    "holdout763": "f09be4a",
    "holdout764": "f09be4a",
    "holdout765": "f09be4a",
    "holdout766": "0920e40",
    "holdout767": "0920e40",
    "holdout768": "0920e40",
    "holdout769": "0920e40",
    "holdout770": "0920e40",
    "holdout771": "0920e40",
    "holdout772": "0920e40",
    "holdout773": "0920e40",
    "holdout774": "0920e40",
    "holdout775": "0920e40",
    "holdout776": "0920e40",
    "holdout777": "0920e40",
    "holdout778": "44d9b44",
    "holdout779": "44d9b44",
    "holdout780": "44d9b44",
    "holdout781": "44d9b44",
    "holdout782": "44d9b44",
    "holdout783": "44d9b44",
    "holdout784": "44d9b44",
    "holdout785": "44d9b44",
    "holdout786": "44d9b44",
    "holdout787": "44d9b44",
    "holdout788": "44d9b44",
    "holdout789": "44d9b44",
    "holdout790": "04068e3",
    "holdout791": "04068e3",
    "holdout792": "04068e3",
    "holdout793": "04068e3",
    "holdout794": "04068e3",
    "holdout795": "04068e3",
    "holdout796": "04068e3",
    "holdout797": "04068e3",
    "holdout798": "04068e3",
    "holdout799": "04068e3",
    "holdout800": "04068e3",
    "holdout801": "04068e3",
    "holdout802": "ad5da5f",
    "holdout803": "ad5da5f",
    "holdout804": "ad5da5f",
    "holdout805": "ad5da5f",
    "holdout808": "ad5da5f",
    "holdout809": "ad5da5f",
    "holdout810": "ad5da5f",
    "holdout811": "ad5da5f",
    "holdout812": "ad5da5f",
    "holdout813": "ad5da5f",
    "holdout814": "0ee52f1",
    "holdout815": "0ee52f1",
    "holdout816": "0ee52f1",
    "holdout817": "0ee52f1",
    "holdout818": "0ee52f1",
    "holdout819": "0ee52f1",
    "holdout820": "0ee52f1",
    "holdout821": "0ee52f1",
    "holdout822": "0ee52f1",
    "holdout823": "0ee52f1",
    "holdout824": "0ee52f1",
    "holdout825": "0ee52f1",
    "holdout826": "ecdb859",
    "holdout827": "ecdb859",
    "holdout828": "ecdb859",
    "holdout829": "ecdb859",
    "holdout830": "ecdb859",
    "holdout831": "ecdb859",
    "holdout832": "ecdb859",
    "holdout833": "ecdb859",
    "holdout834": "ecdb859",
    "holdout835": "ecdb859",
    "holdout836": "ecdb859",
    "holdout837": "ecdb859",
    "holdout838": "6322114",
    "holdout839": "6322114",
    "holdout840": "6322114",
    "holdout841": "6322114",
    "holdout842": "6322114",
    "holdout843": "6322114",
    "holdout844": "6322114",
    "holdout845": "6322114",
    "holdout846": "6322114",
    "holdout847": "6322114",
    "holdout848": "6322114",
    "holdout849": "6322114",
    "holdout850": "e138040",
    "holdout851": "e138040",
    "holdout852": "e138040",
    "holdout853": "e138040",
    "holdout854": "e138040",
    "holdout855": "e138040",
    "holdout856": "e138040",
    "holdout857": "e138040",
    "holdout858": "e138040",
    "holdout859": "e138040",
    "holdout860": "e138040",
    "holdout861": "e138040",
    "holdout862": "74fca79",
    "holdout863": "74fca79",
    # (holdout864-1035, first scored on 5c4f0e8 (864-875), a62d4eb (876-884), 1fe32df
    # (885-896), 6f23f6e (897-905), 0b4bb90 (906-914), 5088d42 (915-923), d2bc250
    # (924-927), 68a99c7 (928-939), 8d0d126 (940-951), ed6eca9 (952-963), 70ed465
    # (964-975), 79a7122 (976-987), 44d136e (988-999), 2543008 (1000-1011), caa482a
    # (1012-1023), ad34027 (1024-1035), b14016d (1036-1047), 64a2891 (1048-1059) and
    # 0598713 (1060-1071), measure the weights trained on the sets above blind: README,
    # "How far to trust". They join at the next retrain that is shipped.
    # Weights trained on holdout9-884 read holdout885-896 no better, 0.779 against 0.780,
    # so they were not shipped. Weights trained on holdout9-1035 read holdout1036-1047 on
    # b14016d's rules at 0.708 against 0.694, "released" right 107 of 120 against 103 of
    # 115, but released two timelines early (messenger-secret-conversations,
    # the-crow-2024-film) and put five more timelines off time: not shipped either.
    # Weights trained on holdout9-1059 read holdout1060-1071 on 0598713's rules at 0.678
    # against 0.679, "released" right 114 of 124 against 113 of 122: not shipped.)
}
# Run inside the old checkout: its own classifier, its own corpus reader. A checkout
# that already has a second opinion is asked for its rules' answer (`by_rules`).
_CLASSIFY = """
import json, sys
from pathlib import Path
from bot.core.detect.classifier import Classifier
from bot.core.detect.corpus import read_corpus
out = {}
for path in sys.argv[1:]:
    for it in read_corpus(Path(path)):
        c = Classifier(it.target)
        d = c.by_rules(it.item)[0] if hasattr(c, "by_rules") else c.classify(it.item)
        out[it.id] = [d.label.value, list(d.cues)]
print(json.dumps(out))
"""

Rule = tuple[str, list[str]]
Sample = tuple[set[str], str]


def blind_rules() -> dict[str, Rule]:
    """Every blind set's items as the rules of its day labelled them."""
    out: dict[str, Rule] = {}
    for commit in sorted(set(BLIND_AT.values())):
        paths = [str(SETS / f"{s}.jsonl") for s, c in BLIND_AT.items() if c == commit]
        with tempfile.TemporaryDirectory() as tmp:
            tree = Path(tmp) / "tree"
            git = ["git", "-C", str(REPO)]
            subprocess.run(
                [*git, "worktree", "add", "-q", "--detach", str(tree), commit], check=True
            )
            try:
                done = subprocess.run(
                    [sys.executable, "-c", _CLASSIFY, *paths],
                    cwd=tree,
                    capture_output=True,
                    text=True,
                    check=True,
                )
            finally:
                subprocess.run([*git, "worktree", "remove", "--force", str(tree)], check=True)
        out.update({k: (v[0], v[1]) for k, v in json.loads(done.stdout).items()})
    return out


def read_by_rules(it: LabelledItem) -> tuple[str, bool]:
    """The masked text the model reads in an item, and whether the bot asks it there.
    It reads the clauses today's rules read as speaking of the target; where their
    answer is final (`Classifier.by_rules` gives no clauses) the bot never asks, but the
    whole item still teaches the model what news that is not about a release says."""
    _, scope = _classifier(it.target).by_rules(it.item)
    mask = so.Masker.of(it.target)
    if scope:
        return mask(" . ".join(scope)), True
    return mask(f"{it.item.title} . {it.item.summary}"), False


@cache
def _classifier(target: Target) -> Classifier:
    return Classifier(target)


def featurise(text: str, it: LabelledItem, rule: str, cues: list[str]) -> set[str]:
    return so.features(text, it.item.kind.value, rule, cues)


def fit(samples: list[Sample]) -> tuple[DictVectorizer, LogisticRegression]:
    seen = Counter(f for present, _ in samples for f in present)
    kept = [{f: 1 for f in present if seen[f] >= MIN_DF} for present, _ in samples]
    vec = DictVectorizer()
    x = vec.fit_transform(kept)
    model = LogisticRegression(C=C, max_iter=5000).fit(x, [label for _, label in samples])
    return vec, model


def weights_of(vec: DictVectorizer, model: LogisticRegression) -> so.Weights:
    """The fitted model as the bot reads it (`second_opinion.Weights`), pruned."""
    names = vec.get_feature_names_out()
    coef = model.coef_
    rows = {str(n): tuple(float(w) for w in coef[:, j]) for j, n in enumerate(names)}
    return so.Weights(
        labels=tuple(Label(c) for c in model.classes_),
        intercepts=tuple(float(b) for b in model.intercept_),
        features={n: row for n, row in rows.items() if max(row) - min(row) >= PRUNE},
    )


def samples() -> tuple[
    dict[str, LabelledItem],
    dict[str, str],
    dict[str, Rule],
    dict[str, tuple[str, bool]],
    list[Sample],
]:
    """The blind items (by id), their set, their honest rules' answers, the clauses the
    model reads in each, and the words-only samples of the development corpus and
    holdout1-8."""
    rows: dict[str, LabelledItem] = {}
    set_of: dict[str, str] = {}
    for stem in BLIND_AT:
        for it in read_corpus(SETS / f"{stem}.jsonl"):
            rows[it.id] = it
            set_of[it.id] = stem
    scopes = {i: read_by_rules(it) for i, it in rows.items()}
    words_only = [
        (featurise(read_by_rules(it)[0], it, "unknown", []), it.label.value)
        for path in (DEV, *WORDS_ONLY)
        for it in read_corpus(path)
    ]
    return rows, set_of, blind_rules(), scopes, words_only


def loso() -> None:
    rows, set_of, rules, scopes, words_only = samples()
    gold: list[str] = []
    by_rules: list[str] = []
    by_both: list[str] = []
    for held in BLIND_AT:
        train = [i for i in rows if set_of[i] != held]
        test = [i for i in rows if set_of[i] == held]
        weights = weights_of(
            *fit([_sample(rows[i], scopes[i], rules[i]) for i in train] + words_only)
        )
        start = len(gold)
        for i in test:
            gold.append(rows[i].label.value)
            by_rules.append(rules[i][0])
            text, asked = scopes[i]
            if not asked:
                by_both.append(rules[i][0])
                continue
            rule = Label(rules[i][0])
            probs = so.probabilities(weights, featurise(text, rows[i], *rules[i]))
            cues = rules[i][1]
            by_both.append(so.decide(rule, probs, so.ceiling(cues), so.contradicted(cues)).value)
        print(
            f"{held:<10} {len(test):>3} items  rules {_f1(gold[start:], by_rules[start:])}"
            f"  with second opinion {_f1(gold[start:], by_both[start:])}"
        )
    print(f"\nall {len(gold)} blind items, each set left out of training:")
    print(f"  rules (as first scored)   {_f1(gold, by_rules)}")
    print(f"  with the second opinion   {_f1(gold, by_both)}")


def _sample(it: LabelledItem, text: tuple[str, bool], rule: Rule) -> Sample:
    return featurise(text[0], it, *rule), it.label.value


def _f1(gold: list[str], pred: list[str]) -> str:
    said = pred.count("released")
    right = sum(1 for g, p in zip(gold, pred, strict=True) if g == p == "released")
    f1 = f1_score(gold, pred, average="macro", labels=LABELS)
    return f"macro-F1 {f1:.3f}  released {right}/{said}"


def write() -> None:
    rows, _, rules, scopes, words_only = samples()
    blind = [_sample(it, scopes[i], rules[i]) for i, it in rows.items()]
    weights = weights_of(*fit(blind + words_only))
    data = {
        "trained_on": f"{len(blind)} blind items with the rules of their day, "
        f"{len(words_only)} words-only items",
        "C": C,
        "labels": [lb.value for lb in weights.labels],
        "intercepts": [round(b, 6) for b in weights.intercepts],
        "features": {
            name: [round(w, 6) for w in row] for name, row in sorted(weights.features.items())
        },
    }
    OUT.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(REPO)}: {len(weights.features)} features")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("loso", "write"))
    {"loso": loso, "write": write}[parser.parse_args().what]()


if __name__ == "__main__":
    main()
