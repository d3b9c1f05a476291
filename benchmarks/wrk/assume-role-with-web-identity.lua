-- AssumeRoleWithWebIdentity as the AWS CLI sends it: an unsigned form POST to "/".
-- The token is read from the file named by TOKEN_FILE; ROLE_ARN names the role.
local token = io.open(os.getenv("TOKEN_FILE")):read("*a"):gsub("%s+$", "")
local role = os.getenv("ROLE_ARN") or "arn:aws:iam::000000000000:role/GithubOIDCIAMRole"

local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8"
wrk.body = "Action=AssumeRoleWithWebIdentity&Version=2011-06-15"
  .. "&RoleArn=" .. encode(role)
  .. "&RoleSessionName=GitHubActions"
  .. "&WebIdentityToken=" .. encode(token)

-- Count answers that are not 200, so a run that only measured refusals shows it.
local errors = 0
function response(status, headers, body)
  if status ~= 200 then errors = errors + 1 end
end

function done(summary, latency, requests)
  io.write(string.format("non-200 answers: %d\n", errors))
end
