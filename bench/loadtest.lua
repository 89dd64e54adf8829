-- wrk script of bench/loadtest.sh: every request goes to the next tenant (round robin) and, per
-- round of tenants, to the next route of the mix, so all tenants see all routes.
--   LOADTEST_TENANTS  file with one line per tenant: "<api_token> <candidate id of that tenant>"
--   LOADTEST_ROUTES   comma-separated routes: candidates_list, candidate_get, jobs_list,
--                     applications_list, proxy_candidate_list
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua")

local threads = {}
function setup(thread)
   thread:set("thread_id", #threads)
   table.insert(threads, thread)
end

local tenants, routes, counter = {}, {}, 0

function init(args)
   for line in io.lines(os.getenv("LOADTEST_TENANTS")) do
      local token, id = line:match("^(%S+)%s+(%S+)")
      if token then table.insert(tenants, { token = token, id = id }) end
   end
   for route in string.gmatch(os.getenv("LOADTEST_ROUTES"), "[^,]+") do table.insert(routes, route) end
   counter = (thread_id or 0) * 7
end

function request()
   counter = counter + 1
   local tenant = tenants[(counter % #tenants) + 1]
   local route = routes[(math.floor(counter / #tenants) % #routes) + 1]
   local headers = { Authorization = "Bearer " .. tenant.token }
   if route == "candidates_list" then
      return wrk.format("GET", "/unified/ats/candidates?limit=50", headers)
   elseif route == "candidate_get" then
      return wrk.format("GET", "/unified/ats/candidates/" .. tenant.id, headers)
   elseif route == "jobs_list" then
      return wrk.format("GET", "/unified/ats/jobs?limit=50", headers)
   elseif route == "applications_list" then
      return wrk.format("GET", "/unified/ats/applications?limit=50", headers)
   else
      headers["Content-Type"] = "application/json"
      return wrk.format("POST", "/proxy/ashby/candidate.list", headers, '{"limit":50}')
   end
end
