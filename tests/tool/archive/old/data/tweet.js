window.YTD.tweet.part0 = [ {
  "retweeted" : false,
  "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
  "entities" : {
    "hashtags" : [],
    "symbols" : [],
    "user_mentions" : [
      {
        "name" : "x",
        "screen_name" : "x",
        "indices" : [
          "17",
          "19"
        ],
        "id_str" : "1001",
        "id" : "1001"
      }
    ],
    "urls" : []
  },
  "display_text_range" : [
    "0",
    "16"
  ],
  "favorite_count" : "0",
  "id_str" : "100000000000000031",
  "truncated" : false,
  "retweet_count" : "0",
  "id" : "100000000000000031",
  "created_at" : "Sat Jun 01 10:00:00 +0000 2019",
  "favorited" : false,
  "full_text" : "from tweet.js @x",
  "lang" : "en"
}, {
  "retweeted" : false,
  "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
  "entities" : {
    "hashtags" : [
      {
        "text" : "tag",
        "indices" : [
          "7",
          "11"
        ]
      }
    ],
    "symbols" : [],
    "user_mentions" : [],
    "urls" : []
  },
  "display_text_range" : [
    "0",
    "11"
  ],
  "favorite_count" : "0",
  "id_str" : "100000000000000032",
  "truncated" : false,
  "retweet_count" : "0",
  "id" : "100000000000000032",
  "created_at" : "Sat Jun 01 10:00:01 +0000 2019",
  "favorited" : false,
  "full_text" : "second #tag",
  "lang" : "en"
} ]