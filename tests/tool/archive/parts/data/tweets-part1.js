window.YTD.tweets_part1.part0 = [ {
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
      "100"
    ],
    "favorite_count" : "0",
    "id_str" : "100000000000000001",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "100000000000000001",
    "created_at" : "Mon Jan 04 10:00:00 +0000 2021",
    "favorited" : false,
    "full_text" : "Plain text with *stars*, a_b, [brackets] and\n1. a list-like line &amp; an entity &lt;3 ~~ `code` #1!",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [],
      "symbols" : [],
      "user_mentions" : [
        {
          "name" : "alice",
          "screen_name" : "alice",
          "indices" : [
            "0",
            "6"
          ],
          "id_str" : "1005",
          "id" : "1005"
        },
        {
          "name" : "bob_2",
          "screen_name" : "bob_2",
          "indices" : [
            "7",
            "13"
          ],
          "id_str" : "1005",
          "id" : "1005"
        }
      ],
      "urls" : [
        {
          "url" : "https://t.co/AAAAaaaa01",
          "expanded_url" : "https://example.com/a_(b)?x=1&y=2",
          "display_url" : "example.com/a_(b)?x=",
          "indices" : [
            "26",
            "49"
          ]
        }
      ]
    },
    "display_text_range" : [
      "0",
      "49"
    ],
    "favorite_count" : "0",
    "id_str" : "100000000000000002",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "100000000000000002",
    "created_at" : "Tue Jan 05 11:30:00 +0000 2021",
    "favorited" : false,
    "full_text" : "@alice @bob_2 Thanks! See https://t.co/AAAAaaaa01",
    "lang" : "en",
    "in_reply_to_status_id_str" : "200000000000000001",
    "in_reply_to_status_id" : "200000000000000001",
    "in_reply_to_user_id" : "7",
    "in_reply_to_user_id_str" : "7",
    "in_reply_to_screen_name" : "alice"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [
        {
          "text" : "parsing",
          "indices" : [
            "15",
            "23"
          ]
        }
      ],
      "symbols" : [],
      "user_mentions" : [],
      "urls" : []
    },
    "display_text_range" : [
      "0",
      "31"
    ],
    "favorite_count" : "0",
    "id_str" : "100000000000000003",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "100000000000000003",
    "created_at" : "Wed Jan 06 09:00:00 +0000 2021",
    "favorited" : false,
    "full_text" : "A thread about #parsing 🧵 (1/3)",
    "lang" : "en"
  }
} ]