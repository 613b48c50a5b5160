# Writes small Twitter archives for the tests (run once; the output is committed).
import json, os, sys
def js(name, items):
    # Twitter's layout: "window.YTD.NAME.part0 = [ {", then pretty-printed with 2 spaces and " : ".
    body = json.dumps(items, indent=2, separators=(',', ' : '), ensure_ascii=False)
    # json.dumps writes "[\n  {\n    ..." : Twitter writes "[ {\n  ...\n}, {\n  ...\n} ]"
    out = []
    for i, it in enumerate(items):
        s = json.dumps(it, indent=2, separators=(',', ' : '), ensure_ascii=False)
        out.append(s)
    return 'window.YTD.%s.part0 = [ ' % name + ', '.join(out) + ' ]'
def ent(urls=(), mentions=(), hashtags=(), media=None):
    e = {"hashtags": [{"text": h, "indices": [str(a), str(b)]} for h, a, b in hashtags], "symbols": [],
         "user_mentions": [{"name": m, "screen_name": m, "indices": [str(a), str(b)], "id_str": str(1000 + len(m)), "id": str(1000 + len(m))} for m, a, b in mentions],
         "urls": [{"url": u, "expanded_url": x, "display_url": x.split('//')[1][:20], "indices": [str(a), str(b)]} for u, x, a, b in urls]}
    if media: e["media"] = media
    return e
def tweet(id_str, created_at, text, entities, reply=None, extended=None):
    t = {"retweeted": False, "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
         "entities": entities, "display_text_range": ["0", str(len(text))], "favorite_count": "0", "id_str": id_str,
         "truncated": False, "retweet_count": "0", "id": id_str, "created_at": created_at, "favorited": False, "full_text": text, "lang": "en"}
    if reply:
        t["in_reply_to_status_id_str"] = reply[0]; t["in_reply_to_status_id"] = reply[0]
        t["in_reply_to_user_id"] = reply[2]; t["in_reply_to_user_id_str"] = reply[2]
        if reply[1] is not None: t["in_reply_to_screen_name"] = reply[1]
    if extended: t["extended_entities"] = extended
    return {"tweet": t}
def photo(id_str, tco, name, a, b, kind="photo"):
    return {"expanded_url": "https://twitter.com/quill/status/%s/photo/1" % id_str, "indices": [str(a), str(b)], "url": tco,
            "media_url": "http://pbs.twimg.com/media/%s" % name, "id_str": id_str + "9", "id": id_str + "9",
            "media_url_https": "https://pbs.twimg.com/media/%s" % name, "type": kind, "display_url": "pic.twitter.com/x"}


def write(root, files, media=()):
    os.makedirs(os.path.join(root, "data", "tweets_media"), exist_ok=True)
    with open(os.path.join(root, "data", "account.js"), "w") as f:
        f.write(js("account", [{"account": {"email": "quill@example.com", "createdVia": "web", "username": "quill",
                                            "accountId": "42", "createdAt": "2009-01-01T00:00:00.000Z", "accountDisplayName": "Quill"}}]))
    for name, items, ytd in files:
        with open(os.path.join(root, "data", name), "w") as f:
            f.write(js(ytd, items))
    for m in media:
        with open(os.path.join(root, "data", "tweets_media", m), "wb") as f:
            f.write(b"not really " + m.encode())


here = os.path.dirname(os.path.abspath(__file__))
I = "1000000000000000"
basic = [
    tweet(I + "01", "Mon Jan 04 10:00:00 +0000 2021",
          "Plain text with *stars*, a_b, [brackets] and\n1. a list-like line &amp; an entity &lt;3 ~~ `code` #1!", ent()),
    tweet(I + "02", "Tue Jan 05 11:30:00 +0000 2021", "@alice @bob_2 Thanks! See https://t.co/AAAAaaaa01",
          ent(urls=[("https://t.co/AAAAaaaa01", "https://example.com/a_(b)?x=1&y=2", 26, 49)],
              mentions=[("alice", 0, 6), ("bob_2", 7, 13)]), reply=("200000000000000001", "alice", "7")),
    tweet(I + "03", "Wed Jan 06 09:00:00 +0000 2021", "A thread about #parsing \U0001f9f5 (1/3)",
          ent(hashtags=[("parsing", 15, 23)])),
    tweet(I + "04", "Wed Jan 06 09:01:00 +0000 2021", "(2/3) More, with $TWTR and a link https://t.co/BBBBbbbb02",
          ent(urls=[("https://t.co/BBBBbbbb02", "http://blog.example.org/2021/01/threads.html", 34, 57)]),
          reply=(I + "03", "quill", "42")),
    tweet(I + "05", "Wed Jan 06 09:02:00 +0000 2021", "@quill (3/3) the end.", ent(mentions=[("quill", 0, 6)]),
          reply=(I + "04", "quill", "42")),
    tweet(I + "06", "Fri Jan 29 23:59:59 +0000 2021", "Look at these https://t.co/PHOTOaaa03",
          ent(media=[photo(I + "06", "https://t.co/PHOTOaaa03", "EsAAAAAXIAAAaaa.jpg", 14, 37)]),
          extended={"media": [photo(I + "06", "https://t.co/PHOTOaaa03", "EsAAAAAXIAAAaaa.jpg", 14, 37),
                              photo(I + "06", "https://t.co/PHOTOaaa03", "EsBBBBBXIAAAbbb.png", 14, 37)]}),
    tweet(I + "07", "Mon Feb 01 00:00:00 +0000 2021", "https://t.co/ONLYonly04",
          ent(media=[photo(I + "07", "https://t.co/ONLYonly04", "EtCCCCCXMAEcccc.jpg", 0, 23)]),
          extended={"media": [photo(I + "07", "https://t.co/ONLYonly04", "EtCCCCCXMAEcccc.jpg", 0, 23)]}),
    tweet(I + "08", "Tue Feb 02 12:00:00 +0000 2021", "A video https://t.co/VIDEOvid05",
          ent(media=[photo(I + "08", "https://t.co/VIDEOvid05", "ext_tw_video_thumb_x.jpg", 8, 31)]),
          extended={"media": [dict(photo(I + "08", "https://t.co/VIDEOvid05", "ext_tw_video_thumb_x.jpg", 8, 31, "video"),
                                   video_info={"variants": [{"bitrate": "832000", "content_type": "video/mp4",
                                                             "url": "https://video.twimg.com/ext_tw_video/1/pu/vid/480x270/Zz9yX.mp4"}]})]}),
    tweet(I + "09", "Wed Feb 03 08:00:00 +0000 2021", "Missing file https://t.co/MISSmiss06",
          ent(media=[photo(I + "09", "https://t.co/MISSmiss06", "EtDDDDDXYZ.jpg", 13, 36)]),
          extended={"media": [photo(I + "09", "https://t.co/MISSmiss06", "EtDDDDDXYZ.jpg", 13, 36)]}),
    tweet(I + "10", "Thu Feb 04 08:00:00 +0000 2021", "@dave Line one\n\nLine three \u2014 ok.\n",
          ent(mentions=[("dave", 0, 5)]), reply=("300000000000000003", "dave", "9")),
    tweet(I + "11", "Fri Feb 05 08:00:00 +0000 2021", "RT @erin: Something ++ == !important &gt; all",
          ent(mentions=[("erin", 3, 8)])),
    tweet(I + "12", "Mon Mar 01 08:00:00 +0000 2021", "Second thread, part one", ent()),
    tweet(I + "13", "Mon Mar 01 08:05:00 +0000 2021", "Part two", ent(), reply=(I + "12", "quill", "42")),
    tweet(I + "14", "Tue Mar 02 08:05:00 +0000 2021", "A reply to an old tweet of mine that is not here", ent(),
          reply=(I + "00", "quill", "42")),
]
write(os.path.join(here, "basic"), [("tweets.js", basic, "tweets")],
      [I + "06-EsAAAAAXIAAAaaa.jpg", I + "06-EsBBBBBXIAAAbbb.png", I + "07-EtCCCCCXMAEcccc.jpg", I + "08-Zz9yX.mp4"])

# Errors, each in its own tweet, between good ones.
bad = [
    tweet(I + "21", "Mon Jan 04 10:00:00 +0000 2021", "good one", ent()),
    tweet(I + "22", "Mon Jan 04 10:00:01 +0000 2021", "no id_str", ent()),
    tweet(I + "23", "Mon Jan 04 10:00:02 +0000 2021", "no created_at", ent()),
    tweet(I + "24", "Mon Jan 04 10:00:03 +0000 2021", "malformed JSON", ent()),
    tweet(I + "25", "Mon Feb 30 10:00:04 +0000 2021", "a day that does not exist", ent()),
    tweet(I + "26", "Mon Jan 04 10:00:05 +0000 2021", "good two", ent()),
]
del bad[1]["tweet"]["id_str"]
del bad[2]["tweet"]["created_at"]
write(os.path.join(here, "malformed"), [("tweets.js", bad, "tweets")])
p = os.path.join(here, "malformed", "data", "tweets.js")
s = open(p).read().replace('"full_text" : "malformed JSON"', '"full_text" "malformed JSON"')
open(p, "w").write(s)

# An older archive: tweet.js, objects not wrapped in {"tweet": ...}; and one in parts.
old = [tweet(I + "31", "Sat Jun 01 10:00:00 +0000 2019", "from tweet.js @x", ent(mentions=[("x", 17, 19)]))["tweet"],
       tweet(I + "32", "Sat Jun 01 10:00:01 +0000 2019", "second #tag", ent(hashtags=[("tag", 7, 11)]))["tweet"]]
write(os.path.join(here, "old"), [("tweet.js", old, "tweet")])
write(os.path.join(here, "parts"), [("tweets-part1.js", basic[:3], "tweets_part1"), ("tweets-part2.js", basic[3:], "tweets_part2")],
      [I + "06-EsAAAAAXIAAAaaa.jpg", I + "06-EsBBBBBXIAAAbbb.png", I + "07-EtCCCCCXMAEcccc.jpg", I + "08-Zz9yX.mp4"])
