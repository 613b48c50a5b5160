window.YTD.account.part0 = [ {
  "account" : {
    "email" : "quill@example.com",
    "createdVia" : "web",
    "username" : "quill",
    "accountId" : "42",
    "createdAt" : "2009-01-01T00:00:00.000Z",
    "accountDisplayName" : "Quill"
  }
} ]