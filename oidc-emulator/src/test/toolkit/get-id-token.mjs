// What a JavaScript action does to get its OIDC token: @actions/core's getIDToken, which reads
// ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN from the environment and appends
// &audience=. Prints the token on a line of its own after "TOKEN="; the toolkit's own output
// (the ::add-mask:: command) passes through unchanged. Usage: node get-id-token.mjs [AUDIENCE]
import * as core from '@actions/core';

try {
  const token = await core.getIDToken(process.argv[2]);
  console.log(`TOKEN=${token}`);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
