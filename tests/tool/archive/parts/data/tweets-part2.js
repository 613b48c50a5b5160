window.YTD.tweets_part2.part0 = [ {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [],
      "symbols" : [],
      "user_mentions" : [],
      "urls" : [
        {
          "url" : "https://t.co/BBBBbbbb02",
          "expanded_url" : "http://blog.example.org/2021/01/threads.html",
          "display_url" : "blog.example.org/202",
          "indices" : [
            "34",
            "57"
          ]
        }
      ]
    },
    "display_text_range" : [
      "0",
      "57"
    ],
    "favorite_count" : "0",
    "id_str" : "100000000000000004",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "100000000000000004",
    "created_at" : "Wed Jan 06 09:01:00 +0000 2021",
    "favorited" : false,
    "full_text" : "(2/3) More, with $TWTR and a link https://t.co/BBBBbbbb02",
    "lang" : "en",
    "in_reply_to_status_id_str" : "100000000000000003",
    "in_reply_to_status_id" : "100000000000000003",
    "in_reply_to_user_id" : "42",
    "in_reply_to_user_id_str" : "42",
    "in_reply_to_screen_name" : "quill"
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
          "name" : "quill",
          "screen_name" : "quill",
          "indices" : [
            "0",
            "6"
          ],
          "id_str" : "1005",
          "id" : "1005"
        }
      ],
      "urls" : []
    },
    "display_text_range" : [
      "0",
      "21"
    ],
    "favorite_count" : "0",
    "id_str" : "100000000000000005",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "100000000000000005",
    "created_at" : "Wed Jan 06 09:02:00 +0000 2021",
    "favorited" : false,
    "full_text" : "@quill (3/3) the end.",
    "lang" : "en",
    "in_reply_to_status_id_str" : "100000000000000004",
    "in_reply_to_status_id" : "100000000000000004",
    "in_reply_to_user_id" : "42",
    "in_reply_to_user_id_str" : "42",
    "in_reply_to_screen_name" : "quill"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [],
      "symbols" : [],
      "user_mentions" : [],
      "urls" : [],
      "media" : [
        {
          "expanded_url" : "https://twitter.com/quill/status/100000000000000006/photo/1",
          "indices" : [
            "14",
            "37"
          ],
          "url" : "https://t.co/PHOTOaaa03",
          "media_url" : "http://pbs.twimg.com/media/EsAAAAAXIAAAaaa.jpg",
          "id_str" : "1000000000000000069",
          "id" : "1000000000000000069",
          "media_url_https" : "https://pbs.twimg.com/media/EsAAAAAXIAAAaaa.jpg",
          "type" : "photo",
          "display_url" : "pic.twitter.com/x"
        }
      ]
    },
    "display_text_range" : [
      "0",
      "37"
    ],
    "favorite_count" : "0",
    "id_str" : "100000000000000006",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "100000000000000006",
    "created_at" : "Fri Jan 29 23:59:59 +0000 2021",
    "favorited" : false,
    "full_text" : "Look at these https://t.co/PHOTOaaa03",
    "lang" : "en",
    "extended_entities" : {
      "media" : [
        {
          "expanded_url" : "https://twitter.com/quill/status/100000000000000006/photo/1",
          "indices" : [
            "14",
            "37"
          ],
          "url" : "https://t.co/PHOTOaaa03",
          "media_url" : "http://pbs.twimg.com/media/EsAAAAAXIAAAaaa.jpg",
          "id_str" : "1000000000000000069",
          "id" : "1000000000000000069",
          "media_url_https" : "https://pbs.twimg.com/media/EsAAAAAXIAAAaaa.jpg",
          "type" : "photo",
          "display_url" : "pic.twitter.com/x"
        },
        {
          "expanded_url" : "https://twitter.com/quill/status/100000000000000006/photo/1",
          "indices" : [
            "14",
            "37"
          ],
          "url" : "https://t.co/PHOTOaaa03",
          "media_url" : "http://pbs.twimg.com/media/EsBBBBBXIAAAbbb.png",
          "id_str" : "1000000000000000069",
          "id" : "1000000000000000069",
          "media_url_https" : "https://pbs.twimg.com/media/EsBBBBBXIAAAbbb.png",
          "type" : "photo",
          "display_url" : "pic.twitter.com/x"
        }
      ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [],
      "symbols" : [],
      "user_mentions" : [],
      "urls" : [],
      "media" : [
        {
          "expanded_url" : "https://twitter.com/quill/status/100000000000000007/photo/1",
          "indices" : [
            "0",
            "23"
          ],
          "url" : "https://t.co/ONLYonly04",
          "media_url" : "http://pbs.twimg.com/media/EtCCCCCXMAEcccc.jpg",
          "id_str" : "1000000000000000079",
          "id" : "1000000000000000079",
          "media_url_https" : "https://pbs.twimg.com/media/EtCCCCCXMAEcccc.jpg",
          "type" : "photo",
          "display_url" : "pic.twitter.com/x"
        }
      ]
    },
    "display_text_range" : [
      "0",
      "23"
    ],
    "favorite_count" : "0",
    "id_str" : "100000000000000007",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "100000000000000007",
    "created_at" : "Mon Feb 01 00:00:00 +0000 2021",
    "favorited" : false,
    "full_text" : "https://t.co/ONLYonly04",
    "lang" : "en",
    "extended_entities" : {
      "media" : [
        {
          "expanded_url" : "https://twitter.com/quill/status/100000000000000007/photo/1",
          "indices" : [
            "0",
            "23"
          ],
          "url" : "https://t.co/ONLYonly04",
          "media_url" : "http://pbs.twimg.com/media/EtCCCCCXMAEcccc.jpg",
          "id_str" : "1000000000000000079",
          "id" : "1000000000000000079",
          "media_url_https" : "https://pbs.twimg.com/media/EtCCCCCXMAEcccc.jpg",
          "type" : "photo",
          "display_url" : "pic.twitter.com/x"
        }
      ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [],
      "symbols" : [],
      "user_mentions" : [],
      "urls" : [],
      "media" : [
        {
          "expanded_url" : "https://twitter.com/quill/status/100000000000000008/photo/1",
          "indices" : [
            "8",
            "31"
          ],
          "url" : "https://t.co/VIDEOvid05",
          "media_url" : "http://pbs.twimg.com/media/ext_tw_video_thumb_x.jpg",
          "id_str" : "1000000000000000089",
          "id" : "1000000000000000089",
          "media_url_https" : "https://pbs.twimg.com/media/ext_tw_video_thumb_x.jpg",
          "type" : "photo",
          "display_url" : "pic.twitter.com/x"
        }
      ]
    },
    "display_text_range" : [
      "0",
      "31"
    ],
    "favorite_count" : "0",
    "id_str" : "100000000000000008",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "100000000000000008",
    "created_at" : "Tue Feb 02 12:00:00 +0000 2021",
    "favorited" : false,
    "full_text" : "A video https://t.co/VIDEOvid05",
    "lang" : "en",
    "extended_entities" : {
      "media" : [
        {
          "expanded_url" : "https://twitter.com/quill/status/100000000000000008/photo/1",
          "indices" : [
            "8",
            "31"
          ],
          "url" : "https://t.co/VIDEOvid05",
          "media_url" : "http://pbs.twimg.com/media/ext_tw_video_thumb_x.jpg",
          "id_str" : "1000000000000000089",
          "id" : "1000000000000000089",
          "media_url_https" : "https://pbs.twimg.com/media/ext_tw_video_thumb_x.jpg",
          "type" : "video",
          "display_url" : "pic.twitter.com/x",
          "video_info" : {
            "variants" : [
              {
                "bitrate" : "832000",
                "content_type" : "video/mp4",
                "url" : "https://video.twimg.com/ext_tw_video/1/pu/vid/480x270/Zz9yX.mp4"
              }
            ]
          }
        }
      ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [],
      "symbols" : [],
      "user_mentions" : [],
      "urls" : [],
      "media" : [
        {
          "expanded_url" : "https://twitter.com/quill/status/100000000000000009/photo/1",
          "indices" : [
            "13",
            "36"
          ],
          "url" : "https://t.co/MISSmiss06",
          "media_url" : "http://pbs.twimg.com/media/EtDDDDDXYZ.jpg",
          "id_str" : "1000000000000000099",
          "id" : "1000000000000000099",
          "media_url_https" : "https://pbs.twimg.com/media/EtDDDDDXYZ.jpg",
          "type" : "photo",
          "display_url" : "pic.twitter.com/x"
        }
      ]
    },
    "display_text_range" : [
      "0",
      "36"
    ],
    "favorite_count" : "0",
    "id_str" : "100000000000000009",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "100000000000000009",
    "created_at" : "Wed Feb 03 08:00:00 +0000 2021",
    "favorited" : false,
    "full_text" : "Missing file https://t.co/MISSmiss06",
    "lang" : "en",
    "extended_entities" : {
      "media" : [
        {
          "expanded_url" : "https://twitter.com/quill/status/100000000000000009/photo/1",
          "indices" : [
            "13",
            "36"
          ],
          "url" : "https://t.co/MISSmiss06",
          "media_url" : "http://pbs.twimg.com/media/EtDDDDDXYZ.jpg",
          "id_str" : "1000000000000000099",
          "id" : "1000000000000000099",
          "media_url_https" : "https://pbs.twimg.com/media/EtDDDDDXYZ.jpg",
          "type" : "photo",
          "display_url" : "pic.twitter.com/x"
        }
      ]
    }
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
          "name" : "dave",
          "screen_name" : "dave",
          "indices" : [
            "0",
            "5"
          ],
          "id_str" : "1004",
          "id" : "1004"
        }
      ],
      "urls" : []
    },
    "display_text_range" : [
      "0",
      "33"
    ],
    "favorite_count" : "0",
    "id_str" : "100000000000000010",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "100000000000000010",
    "created_at" : "Thu Feb 04 08:00:00 +0000 2021",
    "favorited" : false,
    "full_text" : "@dave Line one\n\nLine three — ok.\n",
    "lang" : "en",
    "in_reply_to_status_id_str" : "300000000000000003",
    "in_reply_to_status_id" : "300000000000000003",
    "in_reply_to_user_id" : "9",
    "in_reply_to_user_id_str" : "9",
    "in_reply_to_screen_name" : "dave"
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
          "name" : "erin",
          "screen_name" : "erin",
          "indices" : [
            "3",
            "8"
          ],
          "id_str" : "1004",
          "id" : "1004"
        }
      ],
      "urls" : []
    },
    "display_text_range" : [
      "0",
      "45"
    ],
    "favorite_count" : "0",
    "id_str" : "100000000000000011",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "100000000000000011",
    "created_at" : "Fri Feb 05 08:00:00 +0000 2021",
    "favorited" : false,
    "full_text" : "RT @erin: Something ++ == !important &gt; all",
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
      "23"
    ],
    "favorite_count" : "0",
    "id_str" : "100000000000000012",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "100000000000000012",
    "created_at" : "Mon Mar 01 08:00:00 +0000 2021",
    "favorited" : false,
    "full_text" : "Second thread, part one",
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
    "id_str" : "100000000000000013",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "100000000000000013",
    "created_at" : "Mon Mar 01 08:05:00 +0000 2021",
    "favorited" : false,
    "full_text" : "Part two",
    "lang" : "en",
    "in_reply_to_status_id_str" : "100000000000000012",
    "in_reply_to_status_id" : "100000000000000012",
    "in_reply_to_user_id" : "42",
    "in_reply_to_user_id_str" : "42",
    "in_reply_to_screen_name" : "quill"
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
      "48"
    ],
    "favorite_count" : "0",
    "id_str" : "100000000000000014",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "100000000000000014",
    "created_at" : "Tue Mar 02 08:05:00 +0000 2021",
    "favorited" : false,
    "full_text" : "A reply to an old tweet of mine that is not here",
    "lang" : "en",
    "in_reply_to_status_id_str" : "100000000000000000",
    "in_reply_to_status_id" : "100000000000000000",
    "in_reply_to_user_id" : "42",
    "in_reply_to_user_id_str" : "42",
    "in_reply_to_screen_name" : "quill"
  }
} ]