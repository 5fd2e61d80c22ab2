import time, email, email.policy, random
from tests.signals.enron_residue import ENRON
from unspoken.signals import markers
from unspoken.signals.text import split_reply
from unspoken.signals.model import Direction
files=[p for p in ENRON.rglob("*") if p.is_file() and p.suffix!=".tsv"]
random.Random(3).shuffle(files)
bodies=[]
t0=time.perf_counter()
for p in files[:3000]:
    with p.open("rb") as fh:
        m=email.message_from_binary_file(fh, policy=email.policy.default)
    b=m.get_body(preferencelist=("plain","html"))
    try: bodies.append(b.get_content() if b else "")
    except Exception: bodies.append("")
t1=time.perf_counter()
news=[split_reply(b)[0] for b in bodies]
t2=time.perf_counter()
for n in news: markers.detect(n, direction=Direction.RECEIVED)
t3=time.perf_counter()
print(f"parse {t1-t0:.2f}s  split_reply {t2-t1:.2f}s  detect {t3-t2:.2f}s  chars {sum(map(len,news))/len(news):.0f}/msg")
import cProfile,pstats
cProfile.run("for n in news[:800]: markers.detect(n, direction=Direction.RECEIVED)", "/tmp/prof")
pstats.Stats("/tmp/prof").sort_stats("tottime").print_stats(12)
