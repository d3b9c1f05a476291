-- mock-oauth2-server's token endpoint, as the peer figures in docs/benchmarks.md were measured:
-- POST /default/token with grant_type=client_credentials.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.body = "grant_type=client_credentials&client_id=bench&client_secret=bench&scope=openid"
