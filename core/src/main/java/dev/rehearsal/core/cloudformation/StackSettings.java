package dev.rehearsal.core.cloudformation;

import dev.rehearsal.core.cloudformation.resource.StackEnvironment;
import dev.rehearsal.core.cloudformation.source.TemplateException;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a {@code CreateStack} call adds to a template: the stack name, where it runs (region and
 * account) and the parameter overrides; plus a seed that makes the generated names (and stack id)
 * reproducible, where CloudFormation would pick them at random.
 */
public record StackSettings(
    String stackName,
    String region,
    String accountId,
    Map<String, String> parameters,
    long seed,
    String stackId) {
  /** CloudFormation API Reference, {@code CreateStack} "StackName". */
  private static final String STACK_NAME_PATTERN = "[a-zA-Z][-a-zA-Z0-9]*|arn:[-a-zA-Z0-9:/._+]*";

  private static final Pattern STACK_NAME = Pattern.compile("[a-zA-Z][-a-zA-Z0-9]{0,127}");
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]+");
  private static final Pattern ACCOUNT = Pattern.compile("[0-9]{12}");

  /** Settings for a new stack, whose id is drawn from the seed. */
  public StackSettings(
      String stackName,
      String region,
      String accountId,
      Map<String, String> parameters,
      long seed) {
    this(stackName, region, accountId, parameters, seed, null);
  }

  public StackSettings {
    Objects.requireNonNull(stackName, "stackName");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(accountId, "accountId");
    parameters = Map.copyOf(parameters);
    if (!STACK_NAME.matcher(stackName).matches()) {
      throw new TemplateException(
          "1 validation error detected: Value '"
              + stackName
              + "' at 'stackName' failed to satisfy constraint: Member must satisfy regular"
              + " expression pattern: "
              + STACK_NAME_PATTERN);
    }
    if (!REGION.matcher(region).matches()) {
      throw new TemplateException("The region '" + region + "' is not an AWS region name");
    }
    if (!ACCOUNT.matcher(accountId).matches()) {
      throw new TemplateException("The account id '" + accountId + "' must be 12 digits");
    }
    if (stackId == null) {
      stackId = drawStackId(stackName, region, accountId, seed);
    }
  }

  /** Settings with seed 0. */
  public static StackSettings of(
      String stackName, String region, String accountId, Map<String, String> parameters) {
    return new StackSettings(stackName, region, accountId, parameters, 0L);
  }

  /** The same settings with another seed for generated names. */
  public StackSettings withSeed(long newSeed) {
    return new StackSettings(stackName, region, accountId, parameters, newSeed);
  }

  /**
   * The same settings for the existing stack {@code id}: each operation on a stack draws its new
   * names from a seed of its own, while the stack keeps its id.
   */
  public StackSettings withStackId(String id) {
    return new StackSettings(stackName, region, accountId, parameters, seed, id);
  }

  /**
   * {@code AWS::Partition}: {@code aws-cn} in China regions, {@code aws-us-gov} in GovCloud,
   * otherwise {@code aws} (User Guide, "Pseudo parameters reference").
   */
  public String partition() {
    return partition(region);
  }

  private static String partition(String region) {
    if (region.startsWith("cn-")) {
      return "aws-cn";
    }
    return region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
  }

  /** {@code AWS::URLSuffix}: {@code amazonaws.com.cn} in China, else {@code amazonaws.com}. */
  public String urlSuffix() {
    return region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
  }

  /**
   * {@code AWS::StackId}: {@code arn:aws:cloudformation:us-east-1:123456789012:stack/name/uuid},
   * the uuid drawn from the seed.
   */
  private static String drawStackId(String stackName, String region, String accountId, long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ stackName.hashCode());
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return "arn:"
        + partition(region)
        + ":cloudformation:"
        + region
        + ":"
        + accountId
        + ":stack/"
        + stackName
        + "/"
        + new UUID(high, low);
  }

  StackEnvironment environment() {
    return new StackEnvironment(
        stackName, stackId(), region, accountId, partition(), urlSuffix(), seed);
  }
}
