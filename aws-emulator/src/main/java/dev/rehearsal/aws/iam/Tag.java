package dev.rehearsal.aws.iam;

/** An IAM tag (botocore {@code Tag}: {@code Key} 1–128, {@code Value} 0–256). */
public record Tag(String key, String value) {}
