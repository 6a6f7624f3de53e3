-- POST /counter/intake: one complete multipart intake form per request (see intake.sh).
local csrf, cookie, procedure = os.getenv("CSRF"), os.getenv("COOKIE"), os.getenv("PROCEDURE")
local positions = {}
for p in string.gmatch(os.getenv("POSITIONS"), "[^,]+") do positions[#positions + 1] = p end
local filler = string.rep("x", 20000 - 64)
local counter = 0
-- each wrk thread has its own Lua state: seed each one from the system's entropy, or two threads could send the same
-- submission tokens (a repeated token is answered with the dossier it already made, which is not an intake)
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

request = function()
  counter = counter + 1
  local token = uuid()
  local boundary = "----motcua" .. token
  local parts = {}
  local function field(name, value)
    parts[#parts + 1] = "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"" .. name .. "\"\r\n\r\n" .. value .. "\r\n"
  end
  field("_csrf", csrf); field("token", token); field("agencyCode", "14908"); field("procedureCode", procedure)
  field("applicantName", "Nguyễn Văn Thử"); field("idNumber", "038095000123"); field("phone", "0912345678")
  field("address", "Thôn 1, xã Thiên Phủ"); field("channel", "DIRECT"); field("action", "accept")
  for i, p in ipairs(positions) do
    local d = "documents[" .. (i - 1) .. "]"
    field(d .. ".position", p); field(d .. ".handed", "true"); field(d .. ".original", "true"); field(d .. ".copies", "1")
  end
  for i = 1, #positions do
    parts[#parts + 1] = "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"documents[" .. (i - 1)
      .. "].scan\"; filename=\"scan-" .. i .. ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
      .. string.format("%%PDF-1.4\n%% %s %02d %-16s\n", token, i, counter) .. filler .. "\r\n"
  end
  parts[#parts + 1] = "--" .. boundary .. "--\r\n"
  return wrk.format("POST", "/counter/intake",
    {["Content-Type"] = "multipart/form-data; boundary=" .. boundary, ["Cookie"] = cookie}, table.concat(parts))
end

dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "percentiles.lua")
