-- POST /api/v1/dossiers: one complete JSON intake per request, HTTP Basic (see api-intake.sh).
local auth, procedure = os.getenv("AUTH"), os.getenv("PROCEDURE")
local positions = {}
for p in string.gmatch(os.getenv("POSITIONS"), "[^,]+") do positions[#positions + 1] = p end
-- a 20 KB scan as base64 (the same size on the wire as intake.lua's multipart scans, once encoded: 4/3 of it)
local filler = string.rep("A", math.floor((20000 - 64) * 4 / 3 / 4) * 4)
local counter = 0
-- each wrk thread has its own Lua state: seed each one from the system's entropy (see intake.lua)
local urandom = io.open("/dev/urandom", "rb")
local seed = 0
for b in string.gmatch(urandom:read(6), ".") do seed = seed * 256 + string.byte(b) end
urandom:close()
math.randomseed(seed)

local function uuid()
  return string.gsub("xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx", "[xy]", function(c)
    return string.format("%x", c == "x" and math.random(0, 15) or math.random(8, 11))
  end)
end

local b64chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
local function base64(data)
  return ((data:gsub(".", function(x)
    local r, b = "", x:byte()
    for i = 8, 1, -1 do r = r .. (b % 2 ^ i - b % 2 ^ (i - 1) > 0 and "1" or "0") end
    return r
  end) .. "0000"):gsub("%d%d%d?%d?%d?%d?", function(x)
    if #x < 6 then return "" end
    local c = 0
    for i = 1, 6 do c = c + (x:sub(i, i) == "1" and 2 ^ (6 - i) or 0) end
    return b64chars:sub(c + 1, c + 1)
  end) .. ({ "", "==", "=" })[#data % 3 + 1])
end

request = function()
  counter = counter + 1
  local token = uuid()
  local documents = {}
  for i, p in ipairs(positions) do
    -- a distinct head (the token, the paper, the counter) keeps every scan different, as at the counter
    local head = base64(string.format("%%PDF-1.4\n%% %s %02d %-17s\n", token, i, counter)) -- 69 bytes: no padding
    documents[#documents + 1] = '{"kind":"COMPONENT","position":' .. p .. ',"original":true,"copies":1,'
      .. '"fileName":"scan-' .. i .. '.pdf","contentType":"application/pdf","content":"' .. head .. filler .. '"}'
  end
  local body = '{"agency":"14908","procedureCode":"' .. procedure .. '","channel":"DIRECT",'
    .. '"applicant":{"kind":"CITIZEN","name":"Nguyễn Văn Thử","idNumber":"038095000123","phone":"0912345678",'
    .. '"address":"Thôn 1, xã Thiên Phủ"},"documents":[' .. table.concat(documents, ",") .. '],'
    .. '"submissionToken":"' .. token .. '"}'
  return wrk.format("POST", "/api/v1/dossiers",
    {["Content-Type"] = "application/json", ["Authorization"] = "Basic " .. auth}, body)
end

dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "percentiles.lua")
