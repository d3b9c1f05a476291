package dev.rehearsal.runner.action.aws;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters configure-aws-credentials sends to STS for the role, whichever way it assumes it
 * ({@code src/assumeRole.ts}: {@code RoleArn}, {@code RoleSessionName}, {@code DurationSeconds},
 * session {@code Tags} (dropped for a web identity), {@code ExternalId}, {@code Policy}, {@code
 * PolicyArns}).
 */
record RoleRequest(
    String roleArn,
    String sessionName,
    int durationSeconds,
    Optional<Map<String, String>> tags,
    Optional<String> externalId,
    Optional<String> policy,
    List<String> policyArns) {}
