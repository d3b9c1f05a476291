package dev.rehearsal.aws.auth;

import java.time.Instant;

/**
 * Temporary credentials STS issued ({@code ASIA…} key id), with their expiry and the role session
 * they act as.
 */
public record Session(
    String accessKeyId,
    String secretAccessKey,
    Instant expiration,
    String accountId,
    String roleArn,
    String assumedRoleArn,
    String assumedRoleId) {}
