-- The runner protocol as actions/toolkit calls it: GET <ACTIONS_ID_TOKEN_REQUEST_URL>&audience=X
-- with the job's request token as bearer. The URL (with its query) is wrk's argument.
wrk.method = "GET"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("ACTIONS_ID_TOKEN_REQUEST_TOKEN")
