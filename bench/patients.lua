-- wrk script of bench/patients-vs-hapi.sh: creates distinct patients or reads loaded ones, on Caregate (Solo API)
-- or HAPI FHIR, and prints "requests/s p50_ms p99_ms non_2xx socket_errors" as its last line.
--
--   wrk ... -s bench/patients.lua URL -- MODE RUN [KEYS_FILE] [IDS_FILE]
--
-- MODE: caregate-create | caregate-read | hapi-create | hapi-read. RUN: a word that makes this run's patients distinct
-- from every other run's. KEYS_FILE (Caregate): one API key a line, rotated request by request (Caregate limits each key
-- to 250 requests/s). IDS_FILE (reads): one patient id a line, each request picks one at random.

local FIRST = { "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
  "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Carlos", "Karen", "Wei", "Aisha",
  "Mateo", "Priya", "Olga", "Kenji", "Fatima", "Lucas", "Amara", "Noah", "Sofia" }
local LAST = { "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
  "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee",
  "Nguyen", "Okafor", "Kowalski", "Tanaka", "Haddad", "Ivanova", "Schmidt", "Rossi", "Dubois", "Khan", "Silva", "Cohen" }

local threads = {}
local counter = 0

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

local function lines(path)
  local list = {}
  for line in io.lines(path) do
    if line ~= "" then table.insert(list, line) end
  end
  assert(#list > 0, "no lines in " .. path)
  return list
end

local mode, run, keys, ids

function init(args)
  mode, run = args[1], args[2]
  if args[3] and args[3] ~= "" and args[3] ~= "-" then keys = lines(args[3]) end
  if args[4] and args[4] ~= "" and args[4] ~= "-" then ids = lines(args[4]) end
  math.randomseed(os.time() * 100 + tid)
  non2xx = 0
end

local function person()
  counter = counter + 1
  local n = counter * 7 + tid       -- distinct per thread and request
  local tag = run .. "-" .. tid .. "-" .. counter
  local first = FIRST[(n % #FIRST) + 1]
  local last = LAST[(math.floor(n / #FIRST) % #LAST) + 1]
  local gender = (n % 2 == 0) and "female" or "male"
  local birth = string.format("%04d-%02d-%02d", 1940 + n % 70, 1 + n % 12, 1 + n % 28)
  local phone = string.format("+1 (212) %03d-%04d", n % 1000, counter % 10000)
  local email = string.lower(first .. "." .. last) .. "." .. tag .. "@example.org"
  return tag, first, last, gender, birth, phone, email
end

local function key()
  return keys[(counter % #keys) + 1]
end

local function caregate_create()
  local tag, first, last, gender, birth, phone, email = person()
  local body = string.format([[{"id":"ehr-%s","mrn":"MRN-%s","accountNumber":"A-%s","name":[{"use":"usual","family":"%s %s","firstName":"%s","middleName":"","lastName":"%s","alias":""}],"birthDate":"%s","gender":"%s","maritalStatus":"married","telecom":[{"use":"home","system":"phone","value":"%s"},{"use":"home","system":"email","value":"%s"}],"contact":[],"preferredLanguage":"English","race":"White","ethnicity":"not Hispanic or Latino","address":[{"city":"New York","use":"home","apartment":"","country":"USA","state":"NY","postalcode":"10019","line":["123 Main St",""]}],"active":true,"deceased":false,"isLinkedByEmail":false,"sharedEmailGroup":null}]],
    tag, tag, tag, first, last, first, last, birth, gender, phone, email)
  return wrk.format("POST", "/qapi/v1/patients", { ["Api-Key"] = key(), ["Content-Type"] = "application/json" }, body)
end

local function hapi_create()
  local tag, first, last, gender, birth, phone, email = person()
  local body = string.format([[{"resourceType":"Patient","identifier":[{"system":"urn:ehr:patient","value":"ehr-%s"},{"type":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0203","code":"MR"}]},"system":"urn:ehr:mrn","value":"MRN-%s"},{"system":"urn:ehr:account","value":"A-%s"}],"active":true,"name":[{"use":"usual","family":"%s","given":["%s"]}],"telecom":[{"system":"phone","value":"%s","use":"home"},{"system":"email","value":"%s","use":"home"}],"gender":"%s","birthDate":"%s","deceasedBoolean":false,"address":[{"use":"home","line":["123 Main St"],"city":"New York","state":"NY","postalCode":"10019","country":"USA"}],"maritalStatus":{"text":"married"},"communication":[{"language":{"text":"English"}}]}]],
    tag, tag, tag, last, first, phone, email, gender, birth)
  return wrk.format("POST", "/fhir/Patient", { ["Content-Type"] = "application/fhir+json" }, body)
end

function request()
  if mode == "caregate-create" then
    return caregate_create()
  elseif mode == "hapi-create" then
    return hapi_create()
  elseif mode == "caregate-read" then
    counter = counter + 1
    return wrk.format("GET", "/qapi/v1/patients/id/type/SPID/value/" .. ids[math.random(#ids)], { ["Api-Key"] = key() })
  elseif mode == "hapi-read" then
    return wrk.format("GET", "/fhir/Patient/" .. ids[math.random(#ids)], { ["Accept"] = "application/fhir+json" })
  end
  error("unknown mode " .. tostring(mode))
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
    if non2xx <= 3 then io.stderr:write("non-2xx " .. status .. ": " .. string.sub(body or "", 1, 300) .. "\n") end
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do bad = bad + (thread:get("non2xx") or 0) end
  local e = summary.errors
  io.write(string.format("%.1f %.2f %.2f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, bad, e.connect + e.read + e.write + e.timeout))
end
