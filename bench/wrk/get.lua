-- wrk script for GET benchmarks: sends Authorization: Bearer $CK_KEY when CK_KEY is set (to our route and to
-- the bare baselines alike, which ignore it), and reports through report.lua.
--   CK_KEY=ck_test_… wrk -s bench/wrk/get.lua http://127.0.0.1:PORT/api/v1/checkout_sessions/cs_…
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "report.lua")

local key = os.getenv("CK_KEY")
if key and key ~= "" then
   wrk.headers["Authorization"] = "Bearer " .. key
end
