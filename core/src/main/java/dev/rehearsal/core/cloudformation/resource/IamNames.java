package dev.rehearsal.core.cloudformation.resource;

import java.util.regex.Pattern;

/**
 * IAM entity names: {@code [\w+=,.@-]+} up to a per-entity length (IAM API Reference, {@code
 * CreateRole} "RoleName" 64, {@code CreatePolicy} "PolicyName" 128, {@code PutRolePolicy}
 * "PolicyName" 128).
 */
final class IamNames {
  private static final Pattern NAME = Pattern.compile("[\\w+=,.@-]+");

  private IamNames() {}

  /** The given name checked against IAM's rules, or a generated one. */
  static String read(Properties properties, String key, int maxLength, StackEnvironment stack) {
    String name =
        properties
            .string(key)
            .orElseGet(() -> PhysicalNames.generate(stack, properties.logicalId(), maxLength));
    check(properties, key, name, maxLength);
    return name;
  }

  static void check(Properties properties, String key, String name, int maxLength) {
    if (properties.unknown(name)) {
      return;
    }
    if (!NAME.matcher(name).matches()) {
      throw properties.invalid(
          "#/" + key + ": string [" + name + "] does not match pattern [\\w+=,.@-]+", key);
    }
    if (name.length() > maxLength) {
      throw properties.invalid(
          "#/" + key + ": expected maxLength: " + maxLength + ", actual: " + name.length(), key);
    }
  }
}
