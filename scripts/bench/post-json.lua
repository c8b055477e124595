-- wrk script: POST the JSON body read from the file named by $WRK_BODY_FILE to the URL given to wrk.
-- With $WRK_AUTHORIZATION set, it is sent as the Authorization header (e.g. "Bearer nis2_...").
local path = os.getenv("WRK_BODY_FILE")
local file = assert(io.open(path, "rb"), "cannot read WRK_BODY_FILE " .. tostring(path))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"
local authorization = os.getenv("WRK_AUTHORIZATION")
if authorization ~= nil and authorization ~= "" then
  wrk.headers["Authorization"] = authorization
end
