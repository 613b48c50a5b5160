#!/usr/bin/env python3
"""A Twitter archive folder (data/tweets.js, data/account.js) of about MIB MiB for the import bench, made
from a Markdown archive in the F05 flavour (the real one in ../shared/data/ezyang-tweets): each record's text,
time, id and screen name, in tweet objects with the fields Twitter writes, laid out as Twitter lays them out,
repeated (with new ids) until the file is that large. (tweetview export makes a truer one from any flavour.)
    python3 tests/bench/make_tweets_js.py ARCHIVE_DIR MIB OUT_DIR"""
import glob, json, os, re, sys

src, mib, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
footer = re.compile(r'\n\n\(Originally on Twitter: \[([^\]]*)\]\(https://twitter\.com/(\w+)/status/(\d+)\)\)\n----\n')
tweets = []
user = "user"
for path in sorted(glob.glob(os.path.join(src, "*.md"))):
    text = open(path, encoding="utf-8").read()
    at = 0
    for m in footer.finditer(text):
        tweets.append((text[at:m.start()], m.group(1), m.group(3)))
        user = m.group(2)
        at = m.end()

def obj(body, created_at, id_str):
    words = body.split()
    mentions = [{"name": w[1:], "screen_name": w[1:], "indices": [str(body.index(w)), str(body.index(w) + len(w))],
                 "id_str": "1", "id": "1"} for w in words if w.startswith("@") and len(w) > 1][:3]
    urls = [{"url": "https://t.co/" + format(abs(hash(w)) % 10**10, "010d"), "expanded_url": w, "display_url": w[:24],
             "indices": [str(body.index(w)), str(body.index(w) + len(w))]} for w in words if w.startswith("http")][:2]
    return {"tweet": {
        "edit_info": {"initial": {"editTweetIds": [id_str], "editableUntil": "2021-08-02T03:25:42.000Z",
                                  "editsRemaining": "5", "isEditEligible": False}},
        "retweeted": False,
        "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
        "entities": {"hashtags": [], "symbols": [], "user_mentions": mentions, "urls": urls},
        "display_text_range": ["0", str(len(body))], "favorite_count": "3", "id_str": id_str, "truncated": False,
        "retweet_count": "0", "id": id_str, "created_at": created_at, "favorited": False, "full_text": body, "lang": "en"}}

os.makedirs(os.path.join(out, "data"), exist_ok=True)
with open(os.path.join(out, "data", "account.js"), "w") as f:
    f.write('window.YTD.account.part0 = [ {\n  "account" : {\n    "username" : "%s"\n  }\n} ]' % user)
limit = mib * 1048576
with open(os.path.join(out, "data", "tweets.js"), "w", encoding="utf-8") as f:
    f.write("window.YTD.tweets.part0 = [ ")
    size, rnd, first = 0, 0, True
    while size < limit:
        for body, created_at, id_str in tweets:
            s = json.dumps(obj(body, created_at, str(int(id_str) + rnd)), indent=2, separators=(",", " : "), ensure_ascii=False)
            if not first:
                f.write(", ")
            first = False
            f.write(s)
            size += len(s.encode("utf-8")) + 2
        rnd += 1
    f.write(" ]")
