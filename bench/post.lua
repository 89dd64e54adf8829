-- wrk script: POST a fixed JSON body (env POST_BODY) with a fixed Authorization header (env POST_AUTH).
-- Usage: POST_BODY='{"limit":100}' POST_AUTH='Basic ...' BENCH_LUA_DIR=bench wrk -s bench/post.lua URL
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua")
wrk.method = "POST"
wrk.body = os.getenv("POST_BODY") or "{}"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = os.getenv("POST_AUTH")
