-- GET /public/ho-so/<PREFIX><0001..CODES>, random code per request; prints the percentiles at the end.
local n = tonumber(os.getenv("CODES") or "1000")
local prefix = os.getenv("PREFIX")
request = function()
  return wrk.format("GET", "/public/ho-so/" .. prefix .. string.format("%04d", math.random(1, n)),
    {["Accept-Encoding"] = "gzip"})
end
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "percentiles.lua")
