-- wrk script for the durable POST benchmark: creates a 12.34 USD checkout session per request, with
-- the API key from $CK_KEY or the first script argument, and reports through report.lua.
--   CK_KEY=ck_test_… wrk -s bench/wrk/post_session.lua http://127.0.0.1:PORT/api/v1/checkout_sessions
--   wrk -s bench/wrk/post_session.lua http://127.0.0.1:PORT/api/v1/checkout_sessions -- ck_test_…
-- No Idempotency-Key: every request creates a new session.
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "report.lua")

wrk.method = "POST"
wrk.body = '{"amount":{"value":"12.34","currency":"USD"}}'
wrk.headers["Content-Type"] = "application/json"

local function useKey(key)
   if key and key ~= "" then
      wrk.headers["Authorization"] = "Bearer " .. key
   end
end

useKey(os.getenv("CK_KEY"))

function init(args)
   useKey(args[1])
end
