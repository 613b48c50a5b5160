window.YTD.tweets.part0 = [ {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [],
      "symbols" : [],
      "user_mentions" : [],
      "urls" : []
    },
    "display_text_range" : [
      "0",
      "8"
    ],
    "favorite_count" : "0",
    "id_str" : "100000000000000021",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "100000000000000021",
    "created_at" : "Mon Jan 04 10:00:00 +0000 2021",
    "favorited" : false,
    "full_text" : "good one",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [],
      "symbols" : [],
      "user_mentions" : [],
      "urls" : []
    },
    "display_text_range" : [
      "0",
      "9"
    ],
    "favorite_count" : "0",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "100000000000000022",
    "created_at" : "Mon Jan 04 10:00:01 +0000 2021",
    "favorited" : false,
    "full_text" : "no id_str",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [],
      "symbols" : [],
      "user_mentions" : [],
      "urls" : []
    },
    "display_text_range" : [
      "0",
      "13"
    ],
    "favorite_count" : "0",
    "id_str" : "100000000000000023",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "100000000000000023",
    "favorited" : false,
    "full_text" : "no created_at",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [],
      "symbols" : [],
      "user_mentions" : [],
      "urls" : []
    },
    "display_text_range" : [
      "0",
      "14"
    ],
    "favorite_count" : "0",
    "id_str" : "100000000000000024",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "100000000000000024",
    "created_at" : "Mon Jan 04 10:00:03 +0000 2021",
    "favorited" : false,
    "full_text" "malformed JSON",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [],
      "symbols" : [],
      "user_mentions" : [],
      "urls" : []
    },
    "display_text_range" : [
      "0",
      "25"
    ],
    "favorite_count" : "0",
    "id_str" : "100000000000000025",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "100000000000000025",
    "created_at" : "Mon Feb 30 10:00:04 +0000 2021",
    "favorited" : false,
    "full_text" : "a day that does not exist",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [],
      "symbols" : [],
      "user_mentions" : [],
      "urls" : []
    },
    "display_text_range" : [
      "0",
      "8"
    ],
    "favorite_count" : "0",
    "id_str" : "100000000000000026",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "100000000000000026",
    "created_at" : "Mon Jan 04 10:00:05 +0000 2021",
    "favorited" : false,
    "full_text" : "good two",
    "lang" : "en"
  }
} ]