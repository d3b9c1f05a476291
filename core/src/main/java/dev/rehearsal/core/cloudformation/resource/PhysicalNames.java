package dev.rehearsal.core.cloudformation.resource;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Names CloudFormation makes up for a resource whose template gives none: "the stack name, the
 * logical ID of the resource, and a random string" ({@code MyStack-MyRole-1ABCDEFGHIJK}; User
 * Guide, "Name type"), truncated to fit the service's limit. The random part comes from the stack's
 * seed and the logical id, so a test can pin it.
 */
public final class PhysicalNames {
  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final int RANDOM_LENGTH = 12;

  private PhysicalNames() {}

  /** {@code STACK-LogicalId-RANDOM}, at most {@code maxLength} characters. */
  public static String generate(StackEnvironment stack, String logicalId, int maxLength) {
    String suffix = "-" + random(stack, logicalId, "name", RANDOM_LENGTH);
    String prefix = stack.stackName() + "-" + logicalId;
    int room = Math.max(0, maxLength - suffix.length());
    return (prefix.length() > room ? prefix.substring(0, room) : prefix) + suffix;
  }

  /** As {@link #generate}, in lower case, for services that refuse capitals (ECR). */
  public static String generateLowerCase(StackEnvironment stack, String logicalId, int maxLength) {
    return generate(stack, logicalId, maxLength).toLowerCase(Locale.ROOT);
  }

  /**
   * A unique id such as IAM's role id {@code AROA...} or policy id {@code ANPA...}: the prefix and
   * 17 characters (IAM User Guide, "IAM identifiers", "Unique identifiers").
   */
  public static String uniqueId(StackEnvironment stack, String logicalId, String prefix) {
    return prefix + random(stack, logicalId, prefix, 17);
  }

  private static String random(StackEnvironment stack, String logicalId, String salt, int length) {
    long seed = stack.seed() * 31 + (stack.stackName() + "/" + logicalId + "/" + salt).hashCode();
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return text.toString();
  }
}
