// What aws-actions/amazon-ecr-login does before `docker login`: GetAuthorizationToken, then the
// base64 "AWS:<password>" split and the registry named by the proxyEndpoint without "https://".
// Prints one JSON object; the endpoint comes from argv[2], credentials from the environment.
import { ECRClient, GetAuthorizationTokenCommand, DescribeRepositoriesCommand } from "@aws-sdk/client-ecr";

const client = new ECRClient({ endpoint: process.argv[2], region: "us-east-1" });
try {
  const answer = await client.send(new GetAuthorizationTokenCommand({}));
  const data = answer.authorizationData[0];
  const [username, password] = Buffer.from(data.authorizationToken, "base64").toString("utf8").split(":");
  const registry = data.proxyEndpoint.replace("https://", "");
  let missing;
  try {
    await client.send(new DescribeRepositoriesCommand({ repositoryNames: ["js/missing"] }));
  } catch (e) {
    missing = { name: e.name, message: e.message, status: e.$metadata?.httpStatusCode };
  }
  console.log(JSON.stringify({ username, password, registry, expiresAt: data.expiresAt.toISOString(), missing }));
} catch (e) {
  console.log(JSON.stringify({ error: { name: e.name, message: e.message } }));
  process.exitCode = 1;
}
